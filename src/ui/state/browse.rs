//! The app state's side of the card browser: one card's events for its history, and one mark
//! on many cards (the browser's selection) as one write of one transaction.

use super::AppState;
use crate::core::srs::event::Event;
use crate::core::srs::marks::Mark;
use crate::store::{Store, StoreResult};
use leptos::prelude::*;
use std::rc::Rc;

impl<S: Store + 'static> AppState<S> {
    /// Every stored event of `card_id`, in id order.
    pub async fn card_log(self, card_id: String) -> StoreResult<Vec<Event>> {
        self.store.get_value().await?.card_log(&card_id).await
    }

    /// Marks every card of `card_ids` with `mark` in one transaction (queued like every
    /// write); then the signals follow and `done` gets how many cards were marked.
    pub fn mark_all(self, card_ids: Vec<String>, mark: Mark, done: impl Fn(usize) + 'static) {
        let (card_ids, done) = (Rc::new(card_ids), Rc::new(done));
        self.leech.set(None);
        self.write(Rc::new(move |store| {
            let (card_ids, done) = (card_ids.clone(), done.clone());
            Box::pin(async move {
                let stored = store.append_marks(&card_ids, mark, self.now()).await?;
                self.data
                    .update(|d| stored.iter().cloned().for_each(|e| d.apply(e)));
                done(stored.len());
                Ok(())
            })
        }));
    }
}
