//! The append-only review log: the source of truth from which every card state can be rebuilt.

use crate::core::srs::sm2::{next_state, Grade, Sm2State};
use crate::core::srs::study_data::CardStates;
use crate::core::srs::study_day::StudyDay;
use crate::core::text::order::by_key;
use serde::{Deserialize, Serialize};

/// Whether a grade was a card's first of the study day (it schedules) or a re-drill (it does not).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ReviewKind {
    /// The first grade of the card on this study day: it changes the SM-2 state.
    First,
    /// A same-day re-drill grade: logged, schedules nothing.
    Drill,
}

/// True for the `seq` of an entry not yet stored (so the store assigns one).
fn is_unassigned(seq: &u64) -> bool {
    *seq == 0
}

/// One graded review.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LogEntry {
    /// Key assigned by the store (0 until stored); increases with every entry.
    #[serde(default, skip_serializing_if = "is_unassigned")]
    pub seq: u64,
    /// The card's id.
    pub card_id: String,
    /// When it was graded, in milliseconds since the Unix epoch.
    pub at_ms: f64,
    /// The study day it was graded on.
    pub day: StudyDay,
    /// The grade given.
    pub grade: Grade,
    /// First of the day or re-drill.
    pub kind: ReviewKind,
    /// The card's state before (`None` for a new card).
    pub before: Option<Sm2State>,
    /// The card's state after.
    pub after: Sm2State,
}

/// Card states rebuilt by replaying a log in `seq` order: each first-of-day grade is fed
/// to [`next_state`]; drill entries change nothing.
pub fn rebuild_states(log: &[LogEntry]) -> CardStates {
    let ordered = by_key(log.iter().collect(), |e: &&LogEntry| e.seq);
    let mut states = CardStates::default();
    for entry in ordered.into_iter().filter(|e| e.kind == ReviewKind::First) {
        let state = states.get(&entry.card_id).copied().unwrap_or(Sm2State::NEW);
        states.insert(
            entry.card_id.clone(),
            next_state(state, entry.grade, entry.day),
        );
    }
    states
}
