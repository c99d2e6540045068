//! The app's state (like todomvc's): study data and settings as signals, persisted through
//! the store on every change, which the UI reads through [`AppState`].

use super::clock;
use crate::core::content::catalogue::{sections, Scope, Section};
use crate::core::feedback::boost::{self, Boost};
use crate::core::interview::session::{upsert, Attempt};
use crate::core::srs::log::LogEntry;
use crate::core::srs::queue::{
    build_queue, count, curriculum_counts, Counts, CurriculumCounts, Priority, Stage,
};
use crate::core::srs::sm2::Grade;
use crate::core::srs::study_data::StudyData;
use crate::core::srs::study_day::Moment;
use crate::core::srs::study_day::StudyDay;
use crate::store::indexed_db::IdbStore;
use crate::store::{Settings, Startup, Store, StoreError};
use futures::future::{LocalBoxFuture, Shared};
use leptos::prelude::*;
use std::rc::Rc;

/// The store once it is open. On a first visit the app starts before IndexedDB has created the
/// database (there is nothing to read), and writes wait here until it has.
pub type OpeningStore = Shared<LocalBoxFuture<'static, Result<Rc<IdbStore>, StoreError>>>;

/// A write in flight (see `AppState::write`).
type Write = LocalBoxFuture<'static, Result<(), StoreError>>;

/// Shared state, provided as context by the app.
#[derive(Clone, Copy)]
pub struct AppState {
    store: StoredValue<OpeningStore, LocalStorage>,
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
    /// Mock-interview attempts, oldest first.
    pub attempts: RwSignal<Vec<Attempt>>,
    /// Review boosts from interview attempts.
    pub boosts: RwSignal<Vec<Boost>>,
    /// The queue priority those boosts give today (derived from the boosts and settings).
    pub priority: Memo<Priority>,
    /// True while attempt autosaves are being written.
    pub saving: RwSignal<bool>,
    /// Attempt versions waiting to be written.
    unsaved: StoredValue<Vec<Attempt>>,
}

impl AppState {
    /// State around a store (open, or opening) and what was read from it at start-up.
    pub fn new(store: OpeningStore, startup: Startup) -> AppState {
        let Startup {
            settings,
            data,
            attempts,
            boosts,
            ..
        } = startup;
        let settings = RwSignal::new(settings);
        let boosts = RwSignal::new(boosts);
        AppState {
            attempts: RwSignal::new(attempts),
            // read again whenever a boost is added or the day-start hour changes
            priority: Memo::new(move |_| {
                let today = clock::now(settings.with(|s| s.day_start_hour)).day;
                boosts.with(|b| boost::priority(b, today))
            }),
            boosts,
            saving: RwSignal::new(false),
            unsaved: StoredValue::new(Vec::new()),
            store: StoredValue::new_local(store),
            data: RwSignal::new(data),
            settings,
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

    /// Calls `f` with what today's queue depends on: study data, today, new cards per day and
    /// the priority (tracks data, settings and priority).
    fn with_queue_inputs<R>(&self, f: impl FnOnce(&StudyData, StudyDay, u32, &Priority) -> R) -> R {
        let today = self.now().day;
        let new_per_day = self.settings.with(|s| s.new_per_day);
        self.data
            .with(|d| self.priority.with(|p| f(d, today, new_per_day, p)))
    }

    /// Today's queue for `scope` (tracks data and settings).
    pub fn queue(&self, scope: &Scope) -> Vec<(&'static str, Stage)> {
        let ids = scope.card_ids();
        self.with_queue_inputs(|d, today, new_per_day, p| {
            build_queue(&ids, &d.states, &d.recent_log, today, new_per_day, p)
        })
    }

    /// Today's counts for every topic, every section and overall (tracks data and settings).
    pub fn curriculum_counts(&self) -> CurriculumCounts {
        self.with_queue_inputs(|d, today, new_per_day, p| {
            curriculum_counts(
                sections().iter().map(Section::topic_card_ids),
                &d.states,
                &d.recent_log,
                today,
                new_per_day,
                p,
            )
        })
    }

    /// Today's counts for `scope` (tracks data and settings).
    pub fn counts(&self, scope: &Scope) -> Counts {
        count(&self.queue(scope))
    }

    /// Runs a write unless one is already in flight; storage errors land in [`AppState::error`].
    /// (Boxed, so every write shares this one body instead of a copy per caller in the wasm.)
    fn write(self, run: Box<dyn FnOnce(Rc<IdbStore>) -> Write>) {
        if self.busy.get_untracked() {
            return;
        }
        self.busy.set(true);
        let store = self.store.get_value();
        leptos::task::spawn_local(async move {
            let result = match store.await {
                Ok(store) => run(store).await,
                Err(e) => Err(e),
            };
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
        self.write(Box::new(move |store| {
            Box::pin(async move {
                let stored = store.record(entry).await?;
                super::perf::mark(super::perf::GRADE_SAVED);
                self.undo_stack.update(|s| s.push(stored.clone()));
                self.data.update(|d| d.apply(stored));
                Ok(())
            })
        }));
    }

    /// Reverts the newest grade of this session (state and log entry, atomically).
    pub fn undo(self) {
        let Some(entry) = self.undo_stack.with_untracked(|s| s.last().cloned()) else {
            return;
        };
        self.write(Box::new(move |store| {
            Box::pin(async move {
                store.undo(&entry).await?;
                self.undo_stack.update(|s| {
                    s.pop();
                });
                self.data.update(|d| d.revert(&entry));
                Ok(())
            })
        }));
    }

    /// Stores new settings.
    pub fn save_settings(self, settings: Settings) {
        self.write(Box::new(move |store| {
            Box::pin(async move {
                store.save_settings(settings).await?;
                self.settings.set(settings);
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
        self.write(Box::new(move |store| {
            Box::pin(async move {
                store.complete_attempt(&attempt, boost.as_ref()).await?;
                self.boosts.update(|all| all.extend(boost));
                self.attempts.update(|all| upsert(all, &attempt));
                Ok(())
            })
        }));
    }
}
