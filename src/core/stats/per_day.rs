//! Reviews per study day over the last 30, 90 or 365 days, stacked by what each review was
//! (see [`ReviewClass`]), with the time they took where it was measured.

use super::digest::Digest;
use super::review::window_start;
use crate::core::srs::study_day::StudyDay;

/// The periods the chart offers, in days ending today.
pub const PER_DAY_PERIODS: [u32; 3] = [30, 90, 365];

/// One day's reviews by class.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DayStack {
    /// First reviews ever of new cards.
    pub new: u32,
    /// First reviews of the day of young cards.
    pub young: u32,
    /// First reviews of the day of mature cards.
    pub mature: u32,
    /// Later reviews of the day (re-drills).
    pub drill: u32,
    /// The measured times of the day's reviews added up, in milliseconds.
    pub took_ms: u64,
    /// The day's reviews with a measured time.
    pub timed: u32,
}

impl DayStack {
    /// Every review of the day.
    pub fn total(&self) -> u32 {
        self.new + self.young + self.mature + self.drill
    }
}

/// Each of the `days` days ending `today`, oldest first, with its reviews by class.
pub fn per_day(reviews: &Digest, today: StudyDay, days: u32) -> Vec<DayStack> {
    let from = window_start(today, days);
    (from.0..=today.0)
        .map(|d| reviews.stack(StudyDay(d)))
        .collect()
}
