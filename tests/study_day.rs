//! Study days start at a configurable hour.
#![cfg(not(target_arch = "wasm32"))]

use archdrill::core::srs::study_day::{study_day, StudyDay, DEFAULT_DAY_START_HOUR};
use chrono::NaiveDate;

/// Local wall-clock milliseconds of a date and time (chrono only checks the arithmetic here).
fn at(y: i32, m: u32, d: u32, h: u32, min: u32) -> f64 {
    NaiveDate::from_ymd_opt(y, m, d)
        .unwrap()
        .and_hms_opt(h, min, 0)
        .unwrap()
        .and_utc()
        .timestamp_millis() as f64
}

#[test]
fn day_starts_at_the_configured_hour() {
    let day = study_day(at(2026, 11, 22, 12, 0), DEFAULT_DAY_START_HOUR);
    let date = day.date();
    assert_eq!((date.year, date.month, date.day), (2026, 11, 22));
    assert_eq!(date.to_string(), "Sun 22 Nov");
    // 01:30 after midnight still belongs to the evening before with the 04:00 default
    assert_eq!(study_day(at(2026, 11, 23, 1, 30), 4), day);
    assert_eq!(study_day(at(2026, 11, 23, 3, 59), 4), day);
    assert_eq!(study_day(at(2026, 11, 23, 4, 0), 4), day.plus(1));
    // with midnight as the start, 00:00 is already the next day
    assert_eq!(study_day(at(2026, 11, 23, 0, 0), 0), day.plus(1));
    assert_eq!(study_day(at(2026, 11, 22, 23, 59), 0), day);
}

#[test]
fn days_count_from_the_epoch_and_differences_are_signed() {
    assert_eq!(study_day(at(1970, 1, 1, 12, 0), 4), StudyDay(0));
    assert_eq!(study_day(at(1970, 1, 1, 2, 0), 4), StudyDay(-1));
    assert_eq!(StudyDay(10).days_until(StudyDay(7)), -3);
    assert_eq!(StudyDay(10).plus(5), StudyDay(15));
}

#[test]
fn dates_match_the_gregorian_calendar_for_centuries() {
    use chrono::Datelike;
    for n in (-200_000..200_000)
        .step_by(97)
        .chain([-1, 0, 59, 60, 11_016, 20_514])
    {
        let expected = NaiveDate::default() + chrono::TimeDelta::days(n);
        let date = StudyDay(n as i32).date();
        assert_eq!(
            (
                date.year,
                u32::from(date.month),
                u32::from(date.day),
                u32::from(date.weekday)
            ),
            (
                expected.year(),
                expected.month(),
                expected.day(),
                expected.weekday().num_days_from_monday()
            ),
            "day {n}"
        );
        assert_eq!(date.to_string(), expected.format("%a %d %b").to_string());
    }
}
