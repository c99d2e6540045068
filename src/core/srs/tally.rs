//! The day's tally shown when a review is finished.

use super::log::{DayReview, ReviewKind};
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
    /// Tallies one study day's surviving reviews.
    pub fn of(reviews: &[DayReview<'_>]) -> Tally {
        let mut tally = Tally::default();
        let mut cards = HashSet::new();
        for r in reviews {
            cards.insert(r.event.card_id.as_str());
            tally.answers += 1;
            tally.by_grade[usize::from(r.grade.value())] += 1;
            if r.kind == ReviewKind::First {
                tally.passed_first_try += usize::from(r.grade.is_pass());
                tally.introduced += usize::from(r.introduced);
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
