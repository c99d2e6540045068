//! The learner's study settings: how many new cards a day, and when a study day starts.

use super::queue::DEFAULT_NEW_PER_DAY;
use super::study_day::DEFAULT_DAY_START_HOUR;
use serde::{Deserialize, Serialize};

/// The learner's settings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Settings {
    /// New cards introduced per study day.
    pub new_per_day: u32,
    /// Local hour (0–23) at which a study day starts.
    pub day_start_hour: u8,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            new_per_day: DEFAULT_NEW_PER_DAY,
            day_start_hour: DEFAULT_DAY_START_HOUR,
        }
    }
}

impl Settings {
    /// Whether the values are in range: 0–999 new cards, hour 0–23.
    pub fn is_valid(&self) -> bool {
        self.new_per_day <= 999 && self.day_start_hour <= 23
    }
}
