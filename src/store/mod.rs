//! Persistence behind one small trait: IndexedDB in the browser, memory in native tests.
//! The core never sees it; [`crate::review`] drives it.

#[cfg(target_arch = "wasm32")]
pub mod indexed_db;
pub mod memory;

use crate::core::feedback::boost::Boost;
use crate::core::interview::session::Attempt;
use crate::core::srs::log::LogEntry;
use crate::core::srs::queue::DEFAULT_NEW_PER_DAY;
use crate::core::srs::study_data::CardStates;
use crate::core::srs::study_data::StudyData;
use crate::core::srs::study_day::{StudyDay, DEFAULT_DAY_START_HOUR};
use futures::future::{join3, join4};
use serde::{Deserialize, Serialize};
use std::fmt;

/// The learner's settings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Settings {
    /// New cards introduced per study day.
    pub new_per_day: u32,
    /// Local hour (0–23) at which a study day starts.
    pub day_start_hour: u8,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            new_per_day: DEFAULT_NEW_PER_DAY,
            day_start_hour: DEFAULT_DAY_START_HOUR,
        }
    }
}

/// A storage failure, in words fit to show the learner.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoreError(pub String);

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "storage error: {}", self.0)
    }
}

/// Result of a store operation.
pub type StoreResult<T> = Result<T, StoreError>;

/// Where card states, the review log and settings live. Each write is atomic.
#[allow(async_fn_in_trait)]
pub trait Store {
    /// Every stored card state, by card id.
    async fn card_states(&self) -> StoreResult<CardStates>;
    /// Log entries of study days `from` and later, in `seq` order.
    async fn log_since(&self, from: StudyDay) -> StoreResult<Vec<LogEntry>>;
    /// The whole log, in `seq` order.
    async fn full_log(&self) -> StoreResult<Vec<LogEntry>>;
    /// In one transaction: appends `entry` to the log and stores `entry.after` as the card's
    /// state. Returns the entry with its assigned `seq`.
    async fn record(&self, entry: LogEntry) -> StoreResult<LogEntry>;
    /// In one transaction: deletes `entry` from the log and restores the card's state to
    /// `entry.before` (deleting it when the card was new).
    async fn undo(&self, entry: &LogEntry) -> StoreResult<()>;
    /// Stored settings, or the defaults.
    async fn settings(&self) -> StoreResult<Settings>;
    /// Replaces the settings.
    async fn save_settings(&self, settings: Settings) -> StoreResult<()>;
    /// Every stored interview attempt, oldest first.
    async fn attempts(&self) -> StoreResult<Vec<Attempt>>;
    /// Stores (inserts or replaces) an attempt in progress.
    async fn save_attempt(&self, attempt: &Attempt) -> StoreResult<()>;
    /// In one transaction: stores the finished attempt and the review boost it caused.
    async fn complete_attempt(&self, attempt: &Attempt, boost: Option<&Boost>) -> StoreResult<()>;
    /// Every stored review boost, oldest first.
    async fn boosts(&self) -> StoreResult<Vec<Boost>>;
    /// How many reviews were logged on each study day from `from` up to, not including, `until`.
    async fn reviews_per_day(
        &self,
        from: StudyDay,
        until: StudyDay,
    ) -> StoreResult<Vec<(StudyDay, usize)>>;
}

/// Days the history strip shows, today included.
pub const HISTORY_DAYS: i32 = 14;

/// The number of reviews on each of the [`HISTORY_DAYS`] − 1 days before `today` (counted, not
/// loaded).
pub async fn earlier_reviews(
    store: &impl Store,
    today: StudyDay,
) -> StoreResult<Vec<(StudyDay, usize)>> {
    store
        .reviews_per_day(StudyDay(today.0 - HISTORY_DAYS + 1), today)
        .await
}

/// Loads every card state, today's log entries and the review counts of the days before
/// (see [`earlier_reviews`]); the reads are issued together, so their transactions overlap.
pub async fn load_study_data(store: &impl Store, today: StudyDay) -> StoreResult<StudyData> {
    let (states, recent_log, earlier) = join3(
        store.card_states(),
        store.log_since(today),
        earlier_reviews(store, today),
    )
    .await;
    Ok(StudyData {
        states: states?,
        recent_log: recent_log?,
        earlier_reviews: earlier?,
    })
}

/// Everything the app reads from the store when it starts.
#[derive(Debug, Clone, PartialEq)]
pub struct Startup {
    /// The study day it started on.
    pub today: StudyDay,
    /// Settings.
    pub settings: Settings,
    /// Card states and today's log (no earlier review counts: see [`earlier_reviews`]).
    pub data: StudyData,
    /// Interview attempts, oldest first.
    pub attempts: Vec<Attempt>,
    /// Review boosts.
    pub boosts: Vec<Boost>,
}

impl Startup {
    /// What a learner with nothing stored starts with: default settings, no reviews, no
    /// attempts, on study day `today`.
    pub fn empty(today: StudyDay) -> Startup {
        Startup {
            today,
            settings: Settings::default(),
            data: StudyData::default(),
            attempts: Vec::new(),
            boosts: Vec::new(),
        }
    }
}

/// Reads what the app needs to show its first screen; `today_of` turns the settings into
/// today's study day (the clock stays outside the store). Every read is issued at once, except
/// today's log, which follows the settings. The history strip's counts are read after the
/// first screen ([`earlier_reviews`]).
pub async fn load_startup(
    store: &impl Store,
    today_of: impl FnOnce(&Settings) -> StudyDay,
) -> StoreResult<Startup> {
    let today_log = async {
        let settings = store.settings().await?;
        let today = today_of(&settings);
        Ok((settings, today, store.log_since(today).await?))
    };
    let (today_log, states, attempts, boosts) = join4(
        today_log,
        store.card_states(),
        store.attempts(),
        store.boosts(),
    )
    .await;
    let (settings, today, recent_log) = today_log?;
    Ok(Startup {
        today,
        settings,
        data: StudyData {
            states: states?,
            recent_log,
            earlier_reviews: Vec::new(),
        },
        attempts: attempts?,
        boosts: boosts?,
    })
}
