//! The app state's marks on cards: suspend, bury, reset and flag a card, undo a mark, and the
//! leech a grade made (each a write of one event; a grade's leech mark comes with the grade).

use super::AppState;
use crate::core::srs::event::{Action, Event};
use crate::core::srs::marks::{Mark, Marks};
use crate::store::{GradeExtras, Store};
use leptos::prelude::*;
use std::rc::Rc;

impl<S: Store + 'static> AppState<S> {
    /// Appends `action` on `card_id` (a grade that took `took_ms`, an undo, a mark) in one
    /// transaction, with the leech mark a grade's lapse makes at the learner's threshold; then
    /// the signals follow, and `done` gets the events stored.
    pub(super) fn append_then(
        self,
        (card_id, action): (String, Action),
        took_ms: Option<u32>,
        done: fn(Self, &[Event]),
    ) {
        self.write(Rc::new(move |store| {
            let (card_id, action) = (card_id.clone(), action.clone());
            Box::pin(async move {
                let leech_threshold = self.settings.with_untracked(|s| s.leech_threshold);
                let extras = GradeExtras {
                    leech_threshold,
                    took_ms,
                };
                let stored = store
                    .append_all(&card_id, action, extras, self.now())
                    .await?;
                crate::ui::perf::mark(crate::ui::perf::GRADE_SAVED);
                self.data
                    .update(|d| stored.iter().cloned().for_each(|e| d.apply(e)));
                done(self, &stored);
                Ok(())
            })
        }));
    }

    /// Marks `card_id` (suspend, bury, reset, flag…); the notice of a leech is cleared.
    pub fn mark(self, card_id: String, mark: Mark) {
        self.leech.set(None);
        self.append_then((card_id, Action::Mark(mark)), None, |_, _| {});
    }

    /// Takes back the mark event `mark` of `card_id` (a retraction: the mark stays in the log).
    pub fn undo_mark(self, mark: &Event) {
        self.leech.set(None);
        let undo = Action::Retract(mark.id.clone());
        self.append_then((mark.card_id.clone(), undo), None, |_, _| {});
    }

    /// The newest surviving mark event of `card_id`, if any (what its Undo takes back).
    pub fn newest_mark(&self, card_id: &str) -> Option<Event> {
        self.data.with(|d| {
            let of_card: Vec<&Event> = d
                .marks_log
                .iter()
                .filter(|e| e.card_id == card_id)
                .collect();
            let retracted = |e: &&&Event| of_card.iter().any(|r| r.retracted() == Some(&e.id));
            let mut surviving: Vec<&&Event> = of_card
                .iter()
                .filter(|e| e.mark().is_some() && !retracted(e))
                .collect();
            surviving.sort_by(|a, b| a.id.cmp(&b.id));
            surviving.last().map(|e| (**e).clone())
        })
    }

    /// What the marks on cards say (tracks them).
    pub fn marks(&self) -> Memo<Marks> {
        self.marks
    }

    /// The card the last grade made a leech, until the next mark or grade (tracks it).
    pub fn leech(&self) -> Option<String> {
        self.leech.get()
    }

    /// Remembers the leech among `stored` (the events a grade stored), or that there is none.
    pub(super) fn note_leech(self, stored: &[Event]) {
        let leech = stored.iter().find(|e| e.mark() == Some(Mark::Leech));
        self.leech.set(leech.map(|e| e.card_id.clone()));
    }
}
