//! The learner's study settings: how many new cards and due reviews a day, when a study day
//! starts, and the lapse that makes a card a leech.

use super::limits::{
    Limits, DEFAULT_NEW_PER_DAY, DEFAULT_REVIEW_PER_DAY, MAX_NEW_PER_DAY, MAX_REVIEW_PER_DAY,
};
use super::marks::{DEFAULT_LEECH_THRESHOLD, MAX_LEECH_THRESHOLD};
use super::study_day::DEFAULT_DAY_START_HOUR;
use serde::{Deserialize, Serialize};

/// The learner's settings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Settings {
    /// New cards introduced per study day.
    pub new_per_day: u32,
    /// Local hour (0–23) at which a study day starts.
    pub day_start_hour: u8,
    /// Due reviews per study day (settings stored before the limit existed read as the default).
    #[serde(default = "default_review_per_day")]
    pub review_per_day: u32,
    /// The lapse that makes a card a leech (0: never; settings stored before it read as 8).
    #[serde(default = "default_leech_threshold")]
    pub leech_threshold: u32,
}

/// The leech threshold of settings stored without one.
fn default_leech_threshold() -> u32 {
    DEFAULT_LEECH_THRESHOLD
}

/// The review limit of settings stored without one.
fn default_review_per_day() -> u32 {
    DEFAULT_REVIEW_PER_DAY
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            new_per_day: DEFAULT_NEW_PER_DAY,
            day_start_hour: DEFAULT_DAY_START_HOUR,
            review_per_day: DEFAULT_REVIEW_PER_DAY,
            leech_threshold: DEFAULT_LEECH_THRESHOLD,
        }
    }
}

impl Settings {
    /// Whether the values are in range (see [`Settings::RANGES`]).
    pub fn is_valid(&self) -> bool {
        self.new_per_day <= MAX_NEW_PER_DAY
            && self.review_per_day <= MAX_REVIEW_PER_DAY
            && self.day_start_hour <= 23
            && self.leech_threshold <= MAX_LEECH_THRESHOLD
    }

    /// The valid ranges, in words (for a refused form or backup).
    pub const RANGES: &'static str =
        "new cards per day must be 0–999, reviews per day 0–9999, the day start hour 0–23 \
         and the leech threshold 0–99";

    /// The daily limits these settings set.
    pub fn limits(&self) -> Limits {
        Limits {
            new_per_day: self.new_per_day,
            review_per_day: self.review_per_day,
        }
    }
}
