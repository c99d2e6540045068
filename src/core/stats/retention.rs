//! True retention as Anki defines it: of the reviews of cards already learned, only a card's
//! first review of a study day counts (re-drills do not, nor a new card's first review), and
//! a grade below 3 is a failure. Split into young and mature cards by the interval before the
//! review (mature from [`crate::core::content::progress::MATURE_DAYS`] days).

use super::digest::Digest;
use super::ratio::Ratio;
use super::review::window_start;
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
}

/// True retention over the `days` days ending `today`.
pub fn retention(reviews: &Digest, today: StudyDay, days: u32) -> Retention {
    reviews.retention(window_start(today, days), today)
}

/// True retention for each of [`RETENTION_PERIODS`], in that order.
pub fn retention_periods(reviews: &Digest, today: StudyDay) -> [Retention; 3] {
    RETENTION_PERIODS.map(|days| retention(reviews, today, days))
}
