//! What each surviving review was, as the statistics count it, and the windows of days they
//! count over.

use crate::core::content::progress::MATURE_DAYS;
use crate::core::srs::log::{Replayed, ReviewKind};
use crate::core::srs::study_day::StudyDay;

/// The role of one review in the statistics.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReviewClass {
    /// The card's first review ever (it was new).
    New,
    /// The first review of the study day of a card whose interval before it was under
    /// [`MATURE_DAYS`].
    Young,
    /// The first review of the study day of a card whose interval before it was
    /// [`MATURE_DAYS`] or more.
    Mature,
    /// Not the card's first review of the study day: a re-drill, which schedules nothing.
    Drill,
}

/// The class of a review replay returned.
pub fn class(review: &Replayed<'_>) -> ReviewClass {
    match (review.kind, review.before) {
        (ReviewKind::Drill, _) => ReviewClass::Drill,
        (ReviewKind::First, None) => ReviewClass::New,
        (ReviewKind::First, Some(s)) if s.interval >= MATURE_DAYS => ReviewClass::Mature,
        (ReviewKind::First, Some(_)) => ReviewClass::Young,
    }
}

/// The first study day of the `days` days that end with `today` (`today` itself for 1 day).
pub fn window_start(today: StudyDay, days: u32) -> StudyDay {
    StudyDay(
        today
            .0
            .saturating_sub(i32::try_from(days).unwrap_or(i32::MAX))
            + 1,
    )
}
