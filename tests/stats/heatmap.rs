//! The calendar heatmap: layout, streaks, the day boundary, averages.

use super::fixture::{day, digest, Log, TODAY};
use archdrill::core::stats::heatmap::{heatmap, HEATMAP_DAYS};
use archdrill::core::stats::ratio::Ratio;
use chrono::{Datelike, NaiveDate, TimeDelta};

/// The calendar date of study day `d`, by chrono.
fn chrono_date(d: i32) -> NaiveDate {
    NaiveDate::from_ymd_opt(1970, 1, 1).unwrap() + TimeDelta::days(i64::from(d))
}

#[test]
fn an_empty_log_is_a_blank_year() {
    let map = heatmap(&digest(&[]), TODAY);
    assert_eq!(map.days, vec![0; HEATMAP_DAYS as usize]);
    assert_eq!((map.current_streak, map.longest_streak), (0, 0));
    assert_eq!(map.days_studied, Ratio::new(0, 365));
    assert_eq!(map.days_studied.percent(), Some(0));
    assert_eq!(map.average_per_day.decimal(2).as_deref(), Some("0.00"));
    assert_eq!(map.average_per_studied_day.decimal(2), None);
}

#[test]
fn weeks_run_monday_to_sunday_as_chrono_dates_them() {
    assert_eq!(
        chrono_date(TODAY.0),
        NaiveDate::from_ymd_opt(2024, 10, 4).unwrap()
    );
    let mut log = Log::default();
    log.grade("a", 4, -364);
    log.grade("b", 4, 0);
    let (reviews, _) = log.replayed();
    let map = heatmap(&digest(&reviews), TODAY);
    // 2023-10-06 is a Friday: four blank days (Mon–Thu) lead the first week, 369 cells in all
    assert_eq!(map.from, day(-364));
    assert_eq!(map.weeks.len(), 53);
    assert_eq!(
        map.weeks[0],
        [None, None, None, None, Some(1), Some(0), Some(0)]
    );
    assert_eq!(
        map.weeks[52],
        [Some(0), Some(0), Some(0), Some(0), Some(1), None, None]
    );
    // every cell's weekday is the one chrono gives its date
    for (w, week) in map.weeks.iter().enumerate() {
        for (weekday, cell) in week.iter().enumerate() {
            let cell_day = map.from.0 - 4 + (w * 7 + weekday) as i32;
            let date = chrono_date(cell_day);
            assert_eq!(date.weekday().num_days_from_monday() as usize, weekday);
            assert_eq!(
                cell.is_some(),
                (map.from.0..=TODAY.0).contains(&cell_day),
                "{date}"
            );
        }
    }
}

#[test]
fn a_review_at_0359_belongs_to_the_study_day_before() {
    let mut log = Log::default();
    log.grade_at("a", 4, -1, 3, 59); // study day -2
    log.grade_at("b", 4, 0, 3, 59); // study day -1
    log.grade_at("c", 4, 0, 4, 0); // study day 0
    log.grade_at("d", 4, 1, 3, 59); // tomorrow's date, still today's study day
    let (reviews, _) = log.replayed();
    let map = heatmap(&digest(&reviews), TODAY);
    assert_eq!(map.days[361..], [0, 1, 1, 2]);
    assert_eq!(map.current_streak, 3);
}

#[test]
fn streaks_run_across_days_not_across_gaps() {
    let mut log = Log::default();
    // ten days in a row long before the period, eight in it, a gap, then three up to yesterday
    for offset in (-410..=-401).chain(-20..=-13).chain(-3..=-1) {
        log.grade("a", 4, offset);
    }
    log.grade("b", 4, -2); // two reviews on one day
    let (reviews, _) = log.replayed();
    let map = heatmap(&digest(&reviews), TODAY);
    assert_eq!(
        map.current_streak, 3,
        "up to yesterday while today has none"
    );
    assert_eq!(map.longest_streak, 10, "over the whole log");
    assert_eq!(map.days_studied, Ratio::new(11, 365));
    assert_eq!(map.days_studied.percent(), Some(3)); // 3.01 %
    assert_eq!(map.average_per_day, Ratio::new(12, 365));
    assert_eq!(map.average_per_day.decimal(2).as_deref(), Some("0.03"));
    assert_eq!(
        map.average_per_studied_day.decimal(2).as_deref(),
        Some("1.09")
    );

    log.grade("a", 4, 0);
    let (reviews, _) = log.replayed();
    assert_eq!(
        heatmap(&digest(&reviews), TODAY).current_streak,
        4,
        "today extends it"
    );
    assert_eq!(
        heatmap(&digest(&reviews), day(2)).current_streak,
        0,
        "a day missed ends it"
    );
    assert_eq!(
        heatmap(&digest(&reviews), day(1)).current_streak,
        4,
        "yesterday's still counts"
    );
    let then = heatmap(&digest(&reviews), day(-14));
    assert_eq!(
        (then.current_streak, then.longest_streak),
        (7, 10),
        "as of day −14"
    );
}
