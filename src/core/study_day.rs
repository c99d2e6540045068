//! Study days: calendar days that start at a configurable hour (04:00 by default, as in Anki),
//! so a session after midnight still counts for the evening's day.

use chrono::{NaiveDate, NaiveDateTime, TimeDelta};
use serde::{Deserialize, Serialize};

/// The hour a study day starts by default (04:00 local time).
pub const DEFAULT_DAY_START_HOUR: u8 = 4;

/// A study day, counted in days since 1970-01-01.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct StudyDay(pub i32);

impl StudyDay {
    /// The study day `days` later.
    pub fn plus(self, days: u32) -> StudyDay {
        StudyDay(
            self.0
                .saturating_add(i32::try_from(days).unwrap_or(i32::MAX)),
        )
    }

    /// Days from `self` until `later` (negative when `later` is earlier).
    pub fn days_until(self, later: StudyDay) -> i32 {
        later.0 - self.0
    }

    /// The calendar date this study day is named after.
    pub fn date(self) -> NaiveDate {
        NaiveDate::default() + TimeDelta::days(i64::from(self.0))
    }
}

/// The study day that contains the local date-time `local`, for days starting at `day_start_hour`.
///
/// ```
/// use archdrill::core::study_day::{study_day, StudyDay};
/// let t = chrono::NaiveDate::from_ymd_opt(1970, 1, 2).unwrap().and_hms_opt(3, 59, 0).unwrap();
/// assert_eq!(study_day(t, 4), StudyDay(0)); // 03:59 still belongs to the day before
/// ```
pub fn study_day(local: NaiveDateTime, day_start_hour: u8) -> StudyDay {
    let shifted = local - TimeDelta::hours(i64::from(day_start_hour.min(23)));
    let days = shifted
        .date()
        .signed_duration_since(NaiveDate::default())
        .num_days();
    StudyDay(i32::try_from(days).unwrap_or(i32::MAX))
}
