//! The app state's writes: one queue, one after another, each kept for Retry when it fails.

use super::{AppState, Autosave, WriteFn};
use crate::core::feedback::boost::Boost;
use crate::core::interview::session::{upsert, Attempt};
use crate::core::srs::event::{took_ms, Action};
use crate::core::srs::sm2::Grade;
use crate::store::{Settings, Store};
use leptos::prelude::*;
use std::rc::Rc;

impl<S: Store + 'static> AppState<S> {
    /// Queues a write behind those already asked for; they run one after another. When one
    /// fails its error is shown and it stays first in the queue, with those behind it, for
    /// [`AppState::retry`]: nothing asked for is dropped. (Boxed, so every write shares this body.)
    pub(super) fn write(self, run: WriteFn<S>) {
        self.queue.update_value(|q| q.push(run));
        // with more than this one queued and none running, a failed write waits for Retry
        if !self.busy.get_untracked() && self.queue.with_value(Vec::len) == 1 {
            self.run_queue();
        }
    }

    /// Runs the queued writes in order until the queue is empty or one fails.
    fn run_queue(self) {
        self.busy.set(true);
        let store = self.store.get_value();
        leptos::task::spawn_local(async move {
            while let Some(run) = self.queue.with_value(|q| q.first().cloned()) {
                let result = match store.clone().await {
                    Ok(store) => run(store).await,
                    Err(e) => Err(e),
                };
                if let Err(e) = result {
                    // not busy first: the error's banner offers Retry
                    self.busy.set(false);
                    return self.error.set(Some(e.to_string()));
                }
                self.queue.update_value(|q| {
                    q.remove(0);
                });
                if self.error.with_untracked(Option::is_some) {
                    self.error.set(None);
                }
                self.revision.update(|r| *r += 1);
                self.tabs
                    .with_value(|c| c.as_ref().map(crate::ui::tabs::announce));
            }
            self.busy.set(false);
        });
    }

    /// Runs the write that failed, and those queued behind it, again; and the notes autosave
    /// that failed.
    pub fn retry(self) {
        if self.write_waits() {
            self.run_queue();
        }
        if self.autosave.get_untracked() == Autosave::Failed {
            self.flush_autosaves();
        }
    }

    /// Whether a failed write or notes autosave waits for Retry.
    pub fn can_retry(&self) -> bool {
        self.write_waits() || self.autosave.get_untracked() == Autosave::Failed
    }

    /// Whether a failed write waits in the queue, none running.
    fn write_waits(&self) -> bool {
        !self.busy.get_untracked() && self.queue.with_value(|q| !q.is_empty())
    }

    /// Grades `card_id`: one transaction reads the card's stored events, appends the review
    /// (and the leech mark its lapse may make) and stores the new state; then the signals follow.
    /// The review keeps the time from the card shown ([`AppState::card_shown`]) to the grade.
    pub fn grade(self, card_id: String, grade: Grade) {
        let shown = self.shown_at.get_value().filter(|(id, _)| *id == card_id);
        let took = shown.and_then(|(_, at)| took_ms(crate::ui::clock::monotonic_ms() - at));
        self.append_then((card_id, Action::Grade(grade)), took, Self::note_leech);
    }

    /// Notes that `card_id` is shown now: its grade will keep how long it took.
    pub fn card_shown(self, card_id: String) {
        let now = crate::ui::clock::monotonic_ms();
        self.shown_at.set_value(Some((card_id, now)));
    }

    /// Cancels the newest surviving review of today (a retraction event; the card's state is
    /// replayed without it). Works again and again, also after a reload.
    pub fn undo(self) {
        if let Some(review) = self.data.with_untracked(|d| d.undoable().cloned()) {
            let undo = Action::Retract(review.id);
            self.append_then((review.card_id, undo), None, |state, _| {
                state.leech.set(None)
            });
        }
    }

    /// Stores new settings.
    pub fn save_settings(self, settings: Settings) {
        self.write(Rc::new(move |store| {
            Box::pin(async move {
                store.save_settings(settings).await?;
                self.settings.set(settings);
                self.today.set(self.now().day);
                Ok(())
            })
        }));
    }

    /// Updates an attempt in memory at once and stores it in the background (autosave).
    /// Writes are coalesced: one in flight at a time, then the newest version of each attempt.
    pub fn save_attempt(self, attempt: Attempt) {
        self.attempts.update(|all| upsert(all, &attempt));
        self.unsaved
            .update_value(|pending| upsert(pending, &attempt));
        self.flush_autosaves();
    }

    /// Writes the attempt versions waiting, one at a time, until none waits or one fails: the
    /// failed one waits again (unless a newer version already does) for the next edit or Retry.
    fn flush_autosaves(self) {
        if self.autosave.get_untracked() == Autosave::Saving {
            return;
        }
        self.autosave.set(Autosave::Saving);
        let store = self.store.get_value();
        leptos::task::spawn_local(async move {
            while let Some(next) = self.unsaved.try_update_value(|p| p.pop()).flatten() {
                let saved = match store.clone().await {
                    Ok(store) => store.save_attempt(&next).await,
                    Err(e) => Err(e),
                };
                if let Err(e) = saved {
                    self.unsaved.update_value(|p| {
                        if !p.iter().any(|a| a.id == next.id) {
                            p.push(next);
                        }
                    });
                    // failed first: the error's banner offers Retry
                    self.autosave.set(Autosave::Failed);
                    return self.error.set(Some(e.to_string()));
                }
            }
            // an error of a write still waiting for Retry stays
            if self.queue.with_value(Vec::is_empty) {
                self.error.set(None);
            }
            self.autosave.set(Autosave::Saved);
        });
    }

    /// Stores a rated attempt together with the review boost it causes (one transaction).
    pub fn complete_attempt(self, attempt: Attempt, boost: Option<Boost>) {
        // an autosave still waiting would land after this and undo the rating: drop it (one
        // already being written was started earlier, so it commits first)
        self.unsaved
            .update_value(|pending| pending.retain(|a| a.id != attempt.id));
        self.write(Rc::new(move |store| {
            let (attempt, boost) = (attempt.clone(), boost.clone());
            Box::pin(async move {
                store.complete_attempt(&attempt, boost.as_ref()).await?;
                self.boosts.update(|all| all.extend(boost));
                self.attempts.update(|all| upsert(all, &attempt));
                Ok(())
            })
        }));
    }
}
