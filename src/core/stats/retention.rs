//! True retention as Anki defines it: of the reviews of cards already learned, only a card's
//! first review of a study day counts (re-drills do not, nor a new card's first review), and
//! a grade below 3 is a failure. Split into young and mature cards by the interval before the
//! review (mature from [`crate::core::content::progress::MATURE_DAYS`] days).

use super::ratio::Ratio;
use super::review::{class, in_window, ReviewClass};
use crate::core::srs::log::Replayed;
use crate::core::srs::study_day::StudyDay;

/// The periods retention is shown for, in days ending today.
pub const RETENTION_PERIODS: [u32; 3] = [7, 30, 365];

/// Passed of counted reviews, for young and mature cards.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Retention {
    /// Reviews of cards whose interval was under 21 days.
    pub young: Ratio,
    /// Reviews of cards whose interval was 21 days or more.
    pub mature: Ratio,
}

impl Retention {
    /// Young and mature together.
    pub fn all(&self) -> Ratio {
        Ratio::new(
            self.young.part + self.mature.part,
            self.young.whole + self.mature.whole,
        )
    }

    /// Counts `review` when it is a young or mature card's first review of the day.
    pub fn count(&mut self, review: &Replayed<'_>) {
        match class(review) {
            ReviewClass::Young => self.young.add(review.grade.is_pass()),
            ReviewClass::Mature => self.mature.add(review.grade.is_pass()),
            ReviewClass::New | ReviewClass::Drill => {}
        }
    }
}

/// True retention over the `days` days ending `today`.
pub fn retention(reviews: &[Replayed<'_>], today: StudyDay, days: u32) -> Retention {
    let mut retention = Retention::default();
    for r in reviews.iter().filter(|r| in_window(r.day, today, days)) {
        retention.count(r);
    }
    retention
}

/// True retention for each of [`RETENTION_PERIODS`], in that order.
pub fn retention_periods(reviews: &[Replayed<'_>], today: StudyDay) -> [Retention; 3] {
    RETENTION_PERIODS.map(|days| retention(reviews, today, days))
}
