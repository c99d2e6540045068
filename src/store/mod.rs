//! Persistence behind one small trait: IndexedDB in the browser, memory in native tests.
//! The core never sees it; the UI's state (`ui/state.rs`) drives it.

pub mod backup;
pub mod digest;
#[cfg(target_arch = "wasm32")]
pub mod indexed_db;
pub mod memory;

use crate::core::backup::merge::MergePlan;
use crate::core::feedback::boost::Boost;
use crate::core::interview::session::Attempt;
use crate::core::srs::batch::EditBatch;
use crate::core::srs::event::{Action, Event, EventId};
use crate::core::srs::log::CardStates;
use crate::core::srs::marks::Mark;
use crate::core::srs::sm2::Grade;
use crate::core::srs::study_data::StudyData;
use crate::core::srs::study_day::Moment;
use crate::core::srs::study_day::StudyDay;
use futures::future::{join, join3};
use std::fmt;

pub use crate::core::srs::settings::Settings;

/// The refusal of a retraction whose target is no surviving review.
pub fn no_review(target: &EventId) -> StoreError {
    StoreError::NotFound(format!("Review {}", target.0))
}

/// A storage failure; its `Display` is fit to show the learner.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StoreError {
    /// The browser's storage quota for the site is used up.
    QuotaExceeded,
    /// Another tab holds the database open with another version of archdrill.
    Blocked,
    /// A stored record does not read: its key and why.
    Corrupt {
        /// The record's key.
        key: String,
        /// What is wrong with it.
        reason: String,
    },
    /// What was asked for is not stored.
    NotFound(String),
    /// A write that would store something malformed (an own card's empty front): why.
    Refused(String),
    /// Anything else, in the browser's words.
    Other(String),
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StoreError::QuotaExceeded => f.write_str(
                "Couldn't save — storage is full. Free some space on this device, then Retry.",
            ),
            StoreError::Blocked => f.write_str(
                "archdrill is open in another tab with another version — close that tab, then Reload.",
            ),
            StoreError::Corrupt { key, reason } => {
                write!(f, "A stored record does not read ({key}: {reason}).")
            }
            StoreError::NotFound(what) => write!(f, "{what} is not stored."),
            StoreError::Refused(why) => write!(f, "Couldn't save: {why}."),
            StoreError::Other(message) => write!(f, "Storage error: {message}"),
        }
    }
}

/// What the review screen adds to a grade beside its action.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct GradeExtras {
    /// The lapse that makes a card a leech (0: never).
    pub leech_threshold: u32,
    /// The time from the card shown to the grade (see `Event::took_ms`).
    pub took_ms: Option<u32>,
}

impl GradeExtras {
    /// The event `action` makes, as stored: a grade keeps the time it took.
    pub fn timed(&self, mut event: Event) -> Event {
        if event.grade().is_some() {
            event.took_ms = self.took_ms;
        }
        event
    }
}

/// Result of a store operation.
pub type StoreResult<T> = Result<T, StoreError>;

/// Where the event log, the card states derived from it, settings and interview attempts live.
/// Each write is one transaction.
#[allow(async_fn_in_trait)]
pub trait Store {
    /// Every card state (the replay of the log), by card id.
    async fn card_states(&self) -> StoreResult<CardStates>;
    /// Events of study days `from` and later, by day, then id (replay orders them itself).
    async fn log_since(&self, from: StudyDay) -> StoreResult<Vec<Event>>;
    /// The whole log, in id order.
    async fn full_log(&self) -> StoreResult<Vec<Event>>;
    /// Every mark event (suspend, bury, reset, flag, leech) and every retraction of one, in any
    /// order: what `core::srs::marks::marks` needs, read by index rather than the whole log.
    async fn marks_log(&self) -> StoreResult<Vec<Event>>;
    /// Every event of the learner's own cards and decks (edits, and reviews of own cards and
    /// undos of either), in any order: what `core::srs::own::own_content` needs, read by card id
    /// range (`own::ID_RANGES`) rather than the whole log.
    async fn own_log(&self) -> StoreResult<Vec<Event>>;
    /// In one transaction: reads the card's stored events and the clock, appends `action` on
    /// `card_id` at `now` as a new event and stores the card's replayed state. A grade's role
    /// (scheduling or re-drill) comes from what is stored, never from what a tab remembers; a
    /// retraction (undo: nothing is deleted) of no surviving review or edit is refused with
    /// `NotFound` and writes nothing. An edit of an own card or deck on `card_id`
    /// `core::srs::own::NEW_ID` creates one, named from the new event's id (the returned event's
    /// `card_id`); a malformed edit (`own::append_problem`) is refused with `Refused`.
    async fn append(&self, card_id: &str, action: Action, now: Moment) -> StoreResult<Event> {
        let extras = GradeExtras::default();
        let mut stored = self.append_all(card_id, action, extras, now).await?;
        Ok(stored.swap_remove(0))
    }
    /// [`Store::append`] with what a grade brings (`extras`: a grade's event keeps the time it
    /// took), and in the same transaction, when the action is a grade whose lapse makes the card
    /// a leech at the threshold (`core::srs::marks::makes_leech`), the
    /// [`Mark::Leech`](crate::core::srs::marks::Mark::Leech) that suspends it. Gives the events
    /// stored, the appended one first.
    async fn append_all(
        &self,
        card_id: &str,
        action: Action,
        extras: GradeExtras,
        now: Moment,
    ) -> StoreResult<Vec<Event>>;
    /// Every event of `card_id` (reviews, undos, marks, edits), in id order: what the card
    /// browser's history of the card shows, read by card id rather than the whole log.
    async fn card_log(&self, card_id: &str) -> StoreResult<Vec<Event>>;
    /// In one transaction: appends `mark` on each card of `card_ids` at `now`, each as
    /// [`Store::append`] would (its own event id, its replayed state stored). Gives the events
    /// stored, in the order of `card_ids`.
    async fn append_marks(
        &self,
        card_ids: &[String],
        mark: Mark,
        now: Moment,
    ) -> StoreResult<Vec<Event>>;
    /// In one transaction: stores `batch`'s new decks, then its card edits, each as
    /// [`Store::append`] would (a card put into a deck of the batch gets that deck's id); a
    /// malformed batch (`EditBatch::problem`) is refused with `Refused` and writes nothing.
    /// Gives the events stored, in order.
    async fn append_batch(&self, batch: &EditBatch, now: Moment) -> StoreResult<Vec<Event>>;
    /// Grades `card_id` (see [`Store::append`]).
    async fn grade(&self, card_id: &str, grade: Grade, now: Moment) -> StoreResult<Event> {
        self.append(card_id, Action::Grade(grade), now).await
    }
    /// Retracts the review `target` of `card_id` (see [`Store::append`]).
    async fn retract(&self, card_id: &str, target: &EventId, now: Moment) -> StoreResult<Event> {
        self.append(card_id, Action::Retract(target.clone()), now)
            .await
    }
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
    /// Adds what `plan` holds in one transaction (see `core::backup::merge`): the new records,
    /// the card states of every card they concern replayed from all its events, and the clock
    /// moved past the newest event seen (`now`: this device's wall clock).
    async fn import(&self, plan: &MergePlan, now: Moment) -> StoreResult<()>;
    /// How many reviews are stored and not undone.
    async fn review_count(&self) -> StoreResult<usize>;
    /// Surviving reviews on each study day from `from` up to, not including, `until`.
    async fn reviews_per_day(
        &self,
        from: StudyDay,
        until: StudyDay,
    ) -> StoreResult<Vec<(StudyDay, usize)>>;
    /// The review digest cached by [`Store::save_stats_digest`], with every event stored after
    /// its event and the earlier events of the cards those concern, read in one transaction;
    /// `None` when none is cached. Only a cache: merging events older than the newest stored
    /// one (`Store::import`) drops it, as it drops the card-state snapshot.
    async fn stats_digest(&self) -> StoreResult<Option<CachedDigest>>;
    /// Caches `packed` (`core::stats::digest_pack`) as the review digest of the events up to
    /// `upto`.
    async fn save_stats_digest(&self, upto: &EventId, packed: String) -> StoreResult<()>;
}

/// A cached review digest as the store holds it (see [`Store::stats_digest`]).
#[derive(Debug, Clone, PartialEq)]
pub struct CachedDigest {
    /// The newest event it counts.
    pub upto: EventId,
    /// The digest as text (`core::stats::digest_pack`).
    pub packed: String,
    /// Every stored event after `upto`, in id order.
    pub newer: Vec<Event>,
    /// Every event up to `upto` of each card `newer` concerns (what a fold replays them on).
    pub history: Vec<Event>,
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
    let (states, recent_log, (earlier, marks_log)) = join3(
        store.card_states(),
        store.log_since(today),
        join(earlier_reviews(store, today), store.marks_log()),
    )
    .await;
    Ok(StudyData {
        states: states?,
        recent_log: recent_log?,
        earlier_reviews: earlier?,
        marks_log: marks_log?,
    })
}

/// Everything the app reads from the store when it starts.
#[derive(Debug, Clone, PartialEq)]
pub struct Startup {
    /// The study day it started on.
    pub today: StudyDay,
    /// Settings.
    pub settings: Settings,
    /// Card states and today's events (no earlier review counts: see [`earlier_reviews`]).
    pub data: StudyData,
    /// Interview attempts, oldest first.
    pub attempts: Vec<Attempt>,
    /// Review boosts.
    pub boosts: Vec<Boost>,
    /// The events of the learner's own decks and cards (see [`Store::own_log`]).
    pub own_log: Vec<Event>,
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
            own_log: Vec::new(),
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
    let ((today_log, states, marks_log), (attempts, boosts, own)) = join(
        join3(today_log, store.card_states(), store.marks_log()),
        join3(store.attempts(), store.boosts(), store.own_log()),
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
            marks_log: marks_log?,
        },
        attempts: attempts?,
        boosts: boosts?,
        own_log: own?,
    })
}
