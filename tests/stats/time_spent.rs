//! Time spent: each review's measured time (capped at a minute) summed per study day and over
//! the period shown, the reviews without a time said apart.

use super::fixture::{digest, Log, TODAY};
use archdrill::core::srs::event::{took_ms, MAX_TOOK_MS};
use archdrill::core::stats::per_day::per_day;
use archdrill::core::stats::time_spent::{duration, time_spent, TimeSpent};

#[test]
fn a_measured_time_is_capped_at_a_minute_and_no_reading_is_no_time() {
    assert_eq!(took_ms(8_400.4), Some(8_400));
    assert_eq!(
        took_ms(3_600_000.0),
        Some(MAX_TOOK_MS),
        "a card left open an hour counts a minute"
    );
    assert_eq!(took_ms(-1.0), None);
    assert_eq!(took_ms(f64::NAN), None);
}

#[test]
fn times_add_up_per_day_and_over_the_period_and_untimed_reviews_are_said_apart() {
    let mut log = Log::default();
    log.grade("a", 4, -1);
    log.grade("b", 5, 0);
    log.grade("c", 2, 0);
    log.grade("d", 4, -40);
    // as the store keeps them: a 12 s and an 8 s review yesterday and today; c and d untimed
    for (event, took) in log
        .events
        .iter_mut()
        .zip([Some(12_000), Some(8_000), None, Some(60_000)])
    {
        event.took_ms = took;
    }
    let (reviews, _) = log.replayed();
    let month = per_day(&digest(&reviews), TODAY, 30);
    assert_eq!((month[28].took_ms, month[28].timed), (12_000, 1));
    assert_eq!((month[29].took_ms, month[29].timed), (8_000, 1));
    let spent = time_spent(&month);
    assert_eq!(
        spent,
        TimeSpent {
            total_ms: 20_000,
            timed: 2,
            reviews: 3
        }
    );
    assert_eq!(
        spent.said(),
        "Time spent: 20 s over 2 timed reviews (10 s a review). 1 review had no time."
    );
    let quarter = time_spent(&per_day(&digest(&reviews), TODAY, 90));
    assert_eq!(
        quarter.said(),
        "Time spent: 1 min over 3 timed reviews (26.67 s a review). 1 review had no time."
    );
    assert_eq!(
        time_spent(&month[..28]).said(),
        "No review in this period was timed."
    );
}

#[test]
fn durations_read_as_seconds_minutes_or_hours_and_minutes() {
    assert_eq!(duration(44_600), "45 s");
    assert_eq!(duration(59_400), "59 s");
    assert_eq!(duration(60_000), "1 min");
    assert_eq!(duration(12 * 60_000 + 29_000), "12 min");
    assert_eq!(duration(3 * 3_600_000 + 5 * 60_000), "3 h 05 min");
}
