//! Study days: calendar days that start at a configurable hour (04:00 by default, as in Anki),
//! so a session after midnight still counts for the evening's day.

use serde::{Deserialize, Serialize};
use std::fmt;

/// A moment in time as the app needs it: wall-clock milliseconds and the study day.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Moment {
    /// Milliseconds since the Unix epoch.
    pub at_ms: f64,
    /// The study day containing that moment.
    pub day: StudyDay,
}

/// The hour a study day starts by default (04:00 local time).
pub const DEFAULT_DAY_START_HOUR: u8 = 4;

/// 1970-01-01 (study day 0) counted as chrono counts days of the common era (0001-01-01 is 1).
const EPOCH_CE_DAY: i32 = 719_163;

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

    /// The calendar date this study day is named after (proleptic Gregorian, by chrono; a day
    /// beyond chrono's ±262,000 years, which only a broken clock gives, reads as 1970-01-01).
    pub fn date(self) -> Date {
        use chrono::Datelike;
        let ce_day = self.0.saturating_add(EPOCH_CE_DAY);
        let date = chrono::NaiveDate::from_num_days_from_ce_opt(ce_day).unwrap_or_default();
        Date {
            year: date.year(),
            month: date.month() as u8,
            day: date.day() as u8,
            weekday: date.weekday().num_days_from_monday() as u8,
        }
    }
}

/// A calendar date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Date {
    /// The year, e.g. 2026.
    pub year: i32,
    /// 1–12.
    pub month: u8,
    /// 1–31.
    pub day: u8,
    /// 0 = Monday … 6 = Sunday.
    pub weekday: u8,
}

impl fmt::Display for Date {
    /// "Sun 22 Nov".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        const DAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
        const MONTHS: [&str; 12] = [
            "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
        ];
        let month = MONTHS[usize::from(self.month.clamp(1, 12)) - 1];
        write!(
            f,
            "{} {:02} {month}",
            DAYS[usize::from(self.weekday % 7)],
            self.day
        )
    }
}

const MS_PER_HOUR: f64 = 3_600_000.0;
const MS_PER_DAY: f64 = 86_400_000.0;

/// The study day that contains the local wall-clock time `local_ms` (milliseconds since
/// 1970-01-01 00:00 of the local calendar), for days starting at `day_start_hour`.
///
/// ```
/// use archdrill::core::srs::study_day::{study_day, StudyDay};
/// let jan_2_0359 = (24.0 * 60.0 + 3.0 * 60.0 + 59.0) * 60_000.0;
/// assert_eq!(study_day(jan_2_0359, 4), StudyDay(0)); // 03:59 still belongs to the day before
/// ```
pub fn study_day(local_ms: f64, day_start_hour: u8) -> StudyDay {
    let shifted = local_ms - f64::from(day_start_hour.min(23)) * MS_PER_HOUR;
    StudyDay(
        (shifted / MS_PER_DAY)
            .floor()
            .clamp(f64::from(i32::MIN), f64::from(i32::MAX)) as i32,
    )
}
