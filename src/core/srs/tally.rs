//! The day's tally shown when a review is finished.

use crate::core::srs::log::{LogEntry, ReviewKind};
use std::collections::HashSet;

/// What a study day's log adds up to.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    /// Distinct cards graded.
    pub cards: usize,
    /// All grades given, re-drills included.
    pub answers: usize,
    /// First-of-day grades of 3 or more.
    pub passed_first_try: usize,
    /// Cards seen for the first time ever.
    pub introduced: usize,
    /// Count of each grade 0–5 over all answers.
    pub by_grade: [usize; 6],
}

impl Tally {
    /// Tallies the given entries (normally one study day's).
    pub fn of<'a>(entries: impl IntoIterator<Item = &'a LogEntry>) -> Tally {
        let mut tally = Tally::default();
        let mut cards = HashSet::new();
        for e in entries {
            cards.insert(e.card_id.as_str());
            tally.answers += 1;
            tally.by_grade[usize::from(e.grade.value())] += 1;
            if e.kind == ReviewKind::First {
                tally.passed_first_try += usize::from(e.grade.is_pass());
                tally.introduced += usize::from(e.before.is_none());
            }
        }
        tally.cards = cards.len();
        tally
    }

    /// Share of cards recalled on the first try, in whole percent (0 when nothing was graded).
    pub fn first_try_percent(&self) -> usize {
        (self.passed_first_try * 100)
            .checked_div(self.cards)
            .unwrap_or(0)
    }
}
