//! The app state's writes of the learner's own cards and decks: each an event (or a batch of
//! them, an Anki import) queued like every write, then added to the own cards' events the state
//! holds, so the catalogue, counts and queues see the change.

use super::AppState;
use crate::core::srs::batch::EditBatch;
use crate::core::srs::event::{Action, CardEdit, DeckEdit, Event, EventId};
use crate::store::Store;
use leptos::prelude::*;
use std::rc::Rc;

impl<S: Store + 'static> AppState<S> {
    /// Creates (`card_id` is `own::NEW_ID`) or replaces an own card; `done` gets the stored
    /// event (its `card_id` names a new card).
    pub fn save_card(self, card_id: String, edit: CardEdit, done: impl Fn(&Event) + 'static) {
        self.edit(card_id, Action::EditCard(edit), done);
    }

    /// Deletes an own card (its reviews stay in the log); `done` gets the delete, which
    /// [`AppState::undo_edit`] takes back.
    pub fn delete_card(self, card_id: String, done: impl Fn(&Event) + 'static) {
        self.edit(card_id, Action::DeleteCard, done);
    }

    /// Creates (`deck_id` is `own::NEW_ID`) or renames an own deck; `done` gets the event.
    pub fn save_deck(self, deck_id: String, name: String, done: impl Fn(&Event) + 'static) {
        self.edit(deck_id, Action::EditDeck(DeckEdit { name }), done);
    }

    /// Takes back the edit `target` of `card_id` (a retraction: a deleted card comes back with
    /// its schedule).
    pub fn undo_edit(self, card_id: String, target: EventId, done: impl Fn(&Event) + 'static) {
        self.edit(card_id, Action::Retract(target), done);
    }

    /// Appends one edit, then reads the own content again and calls `done` with the event.
    fn edit(self, card_id: String, action: Action, done: impl Fn(&Event) + 'static) {
        let done = Rc::new(done);
        self.write(Rc::new(move |store| {
            let (card_id, action, done) = (card_id.clone(), action.clone(), done.clone());
            Box::pin(async move {
                let stored = store.append(&card_id, action, self.now()).await?;
                self.data.update(|d| d.apply(stored.clone()));
                self.take_own(None, std::slice::from_ref(&stored));
                done(&stored);
                Ok(())
            })
        }));
    }

    /// Stores `batch` in one transaction (an import from Anki), then reads the own content
    /// again; `done` gets how many events were stored.
    pub fn save_batch(self, batch: EditBatch, done: impl Fn(usize) + 'static) {
        let (batch, done) = (Rc::new(batch), Rc::new(done));
        self.write(Rc::new(move |store| {
            let (batch, done) = (batch.clone(), done.clone());
            Box::pin(async move {
                let stored = store.append_batch(&batch, self.now()).await?;
                self.data
                    .update(|d| stored.iter().for_each(|e| d.apply(e.clone())));
                self.take_own(None, &stored);
                done(stored.len());
                Ok(())
            })
        }));
    }
}
