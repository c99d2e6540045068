//! The only place that reads the clocks: turns `Date.now()` into a [`Moment`], and reads the
//! monotonic clock that times a review.

use crate::core::srs::study_day::Moment;
use crate::core::srs::study_day::{study_day, StudyDay};
use crate::store::Settings;

/// Now, with the study day computed for days starting at `day_start_hour` local time.
pub fn now(day_start_hour: u8) -> Moment {
    let date = js_sys::Date::new_0();
    let at_ms = date.get_time();
    let local_ms = at_ms - date.get_timezone_offset() * 60_000.0;
    Moment {
        at_ms,
        day: study_day(local_ms, day_start_hour),
    }
}

/// Today's study day by `settings` (one function, so every start-up read shares one instance).
pub fn today_of(settings: &Settings) -> StudyDay {
    now(settings.day_start_hour).day
}

/// The local calendar day of the time `at_ms` (ms since the epoch).
pub fn calendar_day(at_ms: f64) -> StudyDay {
    let date = js_sys::Date::new(&at_ms.into());
    study_day(at_ms - date.get_timezone_offset() * 60_000.0, 0)
}

/// Milliseconds on the page's monotonic clock (`performance.now()`; 0 where there is none): for
/// durations, which a wall-clock change must not stretch.
pub fn monotonic_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}
