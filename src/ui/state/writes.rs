//! The app state's writes: one queue, one after another, each kept for Retry when it fails.

use super::{AppState, WriteFn};
use crate::core::feedback::boost::Boost;
use crate::core::interview::session::{upsert, Attempt};
use crate::core::srs::sm2::Grade;
use crate::store::{Settings, Store};
use leptos::prelude::*;
use std::rc::Rc;

impl<S: Store + 'static> AppState<S> {
    /// Queues a write behind those already asked for; when it fails, its error is shown and it
    /// is kept for [`AppState::retry`]. (Boxed, so every write shares this one body.)
    fn write(self, run: WriteFn<S>) {
        self.pending.update_value(|n| *n += 1);
        self.busy.set(true);
        let (store, queue) = (self.store.get_value(), self.queue.get_value());
        leptos::task::spawn_local(async move {
            let turn = queue.lock().await;
            let result = match store.await {
                Ok(store) => run(store).await,
                Err(e) => Err(e),
            };
            drop(turn);
            match result {
                Ok(()) => {
                    self.revision.update(|r| *r += 1);
                    self.error.set(None);
                    self.tabs
                        .with_value(|c| c.as_ref().map(crate::ui::tabs::announce));
                }
                Err(e) => {
                    self.failed.set_value(Some(run));
                    self.error.set(Some(e.to_string()));
                }
            }
            self.pending.update_value(|n| *n -= 1);
            self.busy.set(self.pending.get_value() > 0);
        });
    }

    /// Runs the write that failed last again.
    pub fn retry(self) {
        if let Some(run) = self.failed.try_update_value(Option::take).flatten() {
            self.write(run);
        }
    }

    /// Whether a failed write waits for Retry.
    pub fn can_retry(&self) -> bool {
        self.failed.with_value(Option::is_some)
    }

    /// Grades `card_id`: one transaction reads the card's stored events, appends the review
    /// and stores the new state; then the signals follow.
    pub fn grade(self, card_id: String, grade: Grade) {
        self.write(Rc::new(move |store| {
            let card_id = card_id.clone();
            Box::pin(async move {
                let stored = store.grade(&card_id, grade, self.now()).await?;
                crate::ui::perf::mark(crate::ui::perf::GRADE_SAVED);
                self.data.update(|d| d.apply(stored));
                Ok(())
            })
        }));
    }

    /// Cancels the newest surviving review of today (a retraction event; the card's state is
    /// replayed without it). Works again and again, also after a reload.
    pub fn undo(self) {
        let Some(review) = self.data.with_untracked(|d| d.undoable().cloned()) else {
            return;
        };
        self.write(Rc::new(move |store| {
            let review = review.clone();
            Box::pin(async move {
                let stored = store
                    .retract(&review.card_id, &review.id, self.now())
                    .await?;
                self.data.update(|d| d.apply(stored));
                Ok(())
            })
        }));
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
        if self.saving.get_untracked() {
            return;
        }
        self.saving.set(true);
        let store = self.store.get_value();
        leptos::task::spawn_local(async move {
            while let Some(next) = self.unsaved.try_update_value(|p| p.pop()).flatten() {
                let saved = match store.clone().await {
                    Ok(store) => store.save_attempt(&next).await,
                    Err(e) => Err(e),
                };
                if let Err(e) = saved {
                    self.error.set(Some(e.to_string()));
                }
            }
            self.saving.set(false);
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
