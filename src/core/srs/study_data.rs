//! What the app knows about the learner's progress: card states and the recent review log,
//! and the pure rules for turning a grade into a log entry and for undoing it.

use crate::core::srs::log::{LogEntry, ReviewKind};
use crate::core::srs::sm2::{next_state, Grade, Sm2State};
use crate::core::srs::study_day::StudyDay;
use std::collections::HashMap;

/// A moment in time as the app needs it: wall-clock milliseconds and the study day.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Moment {
    /// Milliseconds since the Unix epoch.
    pub at_ms: f64,
    /// The study day containing that moment.
    pub day: StudyDay,
}

/// SM-2 state per card id (cards never graded are absent). Hashed with FxHash rather than
/// SipHash: every open of a large collection hashes each id a few times (snapshot, counts,
/// queue), and the keys are the app's own card ids, so hash flooding is no concern.
pub type CardStates = HashMap<String, Sm2State, rustc_hash::FxBuildHasher>;

/// Card states, the log entries since the app loaded, and review counts of earlier days.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct StudyData {
    /// SM-2 state per card id (cards never graded are absent).
    pub states: CardStates,
    /// Log entries from the study day the app loaded on, in `seq` order.
    pub recent_log: Vec<LogEntry>,
    /// Reviews per study day for some days before that (for the history strip).
    pub earlier_reviews: Vec<(StudyDay, usize)>,
}

impl StudyData {
    /// The log entry (not yet stored, `seq` 0) for grading `card_id` with `grade` at `now`:
    /// the first grade of the day schedules with SM-2, later ones are re-drills.
    pub fn entry_for(&self, card_id: &str, grade: Grade, now: Moment) -> LogEntry {
        let before = self.states.get(card_id).copied();
        let first_today = !self
            .recent_log
            .iter()
            .any(|e| e.day == now.day && e.card_id == card_id && e.kind == ReviewKind::First);
        let (kind, after) = match (first_today, before) {
            (false, Some(state)) => (ReviewKind::Drill, state),
            _ => (
                ReviewKind::First,
                next_state(before.unwrap_or(Sm2State::NEW), grade, now.day),
            ),
        };
        LogEntry {
            seq: 0,
            card_id: card_id.to_string(),
            at_ms: now.at_ms,
            day: now.day,
            grade,
            kind,
            before,
            after,
        }
    }

    /// Records a stored entry.
    pub fn apply(&mut self, entry: LogEntry) {
        self.states.insert(entry.card_id.clone(), entry.after);
        self.recent_log.push(entry);
    }

    /// Reverts a stored entry: its state goes back to `before` and the entry leaves the log.
    pub fn revert(&mut self, entry: &LogEntry) {
        match entry.before {
            Some(state) => self.states.insert(entry.card_id.clone(), state),
            None => self.states.remove(&entry.card_id),
        };
        self.recent_log.retain(|e| e.seq != entry.seq);
    }

    /// How many reviews were logged on `day`, from the loaded entries or the earlier counts.
    pub fn reviews_on(&self, day: StudyDay) -> usize {
        self.earlier_reviews
            .iter()
            .find(|(d, _)| *d == day)
            .map_or_else(|| self.day_log(day).count(), |(_, n)| *n)
    }

    /// The entries of one study day.
    pub fn day_log(&self, day: StudyDay) -> impl Iterator<Item = &LogEntry> {
        self.recent_log.iter().filter(move |e| e.day == day)
    }
}
