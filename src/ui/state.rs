//! The app's state (like todomvc's): study data and settings as signals, persisted through
//! the store on every change, which the UI reads through [`AppState`].

use super::clock;
use crate::core::catalogue::Scope;
use crate::core::queue::{build_queue, count, Counts, Stage};
use crate::core::review_log::LogEntry;
use crate::core::sm2::Grade;
use crate::core::study_data::{Moment, StudyData};
use crate::store::indexed_db::IdbStore;
use crate::store::{Settings, Store};
use leptos::prelude::*;
use std::rc::Rc;

/// Shared state, provided as context by the app.
#[derive(Clone, Copy)]
pub struct AppState {
    store: StoredValue<Rc<IdbStore>, LocalStorage>,
    /// Card states and the recent review log.
    pub data: RwSignal<StudyData>,
    /// The learner's settings.
    pub settings: RwSignal<Settings>,
    /// Entries graded in this page session, newest last: what Undo can revert.
    pub undo_stack: RwSignal<Vec<LogEntry>>,
    /// True while a write is in flight (input is ignored meanwhile).
    pub busy: RwSignal<bool>,
    /// The last storage error, shown to the learner.
    pub error: RwSignal<Option<String>>,
    /// Bumped after every successful write, so views can reset per-step UI (a shown answer).
    pub revision: RwSignal<u64>,
}

impl AppState {
    /// State around an opened store and what was loaded from it.
    pub fn new(store: IdbStore, data: StudyData, settings: Settings) -> AppState {
        AppState {
            store: StoredValue::new_local(Rc::new(store)),
            data: RwSignal::new(data),
            settings: RwSignal::new(settings),
            undo_stack: RwSignal::new(Vec::new()),
            busy: RwSignal::new(false),
            error: RwSignal::new(None),
            revision: RwSignal::new(0),
        }
    }

    /// Now, by the learner's day-start hour.
    pub fn now(&self) -> Moment {
        clock::now(self.settings.get_untracked().day_start_hour)
    }

    /// Today's queue for `scope` (tracks data and settings).
    pub fn queue(&self, scope: &Scope) -> Vec<(&'static str, Stage)> {
        let ids = scope.card_ids();
        let today = self.now().day;
        let new_per_day = self.settings.with(|s| s.new_per_day);
        self.data
            .with(|d| build_queue(&ids, &d.states, &d.recent_log, today, new_per_day))
    }

    /// Today's counts for `scope` (tracks data and settings).
    pub fn counts(&self, scope: &Scope) -> Counts {
        count(&self.queue(scope))
    }

    /// Runs a write unless one is already in flight; storage errors land in [`AppState::error`].
    fn write<F>(self, run: impl FnOnce(Rc<IdbStore>) -> F + 'static)
    where
        F: std::future::Future<Output = Result<(), crate::store::StoreError>> + 'static,
    {
        if self.busy.get_untracked() {
            return;
        }
        self.busy.set(true);
        let store = self.store.get_value();
        leptos::task::spawn_local(async move {
            let result = run(store).await;
            if result.is_ok() {
                self.revision.update(|r| *r += 1);
            }
            self.error.set(result.err().map(|e| e.to_string()));
            self.busy.set(false);
        });
    }

    /// Grades `card_id`: one transaction stores the log entry and the new state, then the
    /// signals follow.
    pub fn grade(self, card_id: &'static str, grade: Grade) {
        let entry = self
            .data
            .with_untracked(|d| d.entry_for(card_id, grade, self.now()));
        self.write(move |store| async move {
            let stored = store.record(entry).await?;
            self.undo_stack.update(|s| s.push(stored.clone()));
            self.data.update(|d| d.apply(stored));
            Ok(())
        });
    }

    /// Reverts the newest grade of this session (state and log entry, atomically).
    pub fn undo(self) {
        let Some(entry) = self.undo_stack.with_untracked(|s| s.last().cloned()) else {
            return;
        };
        self.write(move |store| async move {
            store.undo(&entry).await?;
            self.undo_stack.update(|s| {
                s.pop();
            });
            self.data.update(|d| d.revert(&entry));
            Ok(())
        });
    }

    /// Stores new settings.
    pub fn save_settings(self, settings: Settings) {
        self.write(move |store| async move {
            store.save_settings(settings).await?;
            self.settings.set(settings);
            Ok(())
        });
    }
}
