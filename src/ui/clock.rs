//! The only place that reads the wall clock: turns `Date.now()` into a [`Moment`].

use crate::core::srs::study_day::study_day;
use crate::core::srs::study_day::Moment;

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
