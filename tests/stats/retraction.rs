//! A retracted review is gone from every statistic: the log with a review and its
//! retraction gives the same numbers as the log without either.

use super::common::catalogue;
use super::fixture::{digest, Log, TODAY};
use archdrill::core::stats::forecast::{forecast, Forecast};
use archdrill::core::stats::heatmap::{heatmap, Heatmap};
use archdrill::core::stats::histogram::{easiness, intervals, Histogram};
use archdrill::core::stats::mastery::{mastery, Mastery};
use archdrill::core::stats::per_day::{per_day, DayStack};
use archdrill::core::stats::ratio::Ratio;
use archdrill::core::stats::retention::{retention_periods, Retention};

/// Every statistic of the review log.
#[derive(Debug, PartialEq)]
struct All {
    heatmap: Heatmap,
    forecast: Forecast,
    retention: [Retention; 3],
    per_day: Vec<DayStack>,
    histograms: [Histogram; 2],
    mastery: Vec<Mastery>,
}

fn all(log: &Log) -> All {
    let (reviews, states) = log.replayed();
    All {
        heatmap: heatmap(&digest(&reviews), TODAY),
        forecast: forecast(&states, TODAY, (20, 20), 100),
        retention: retention_periods(&digest(&reviews), TODAY),
        per_day: per_day(&digest(&reviews), TODAY, 365),
        histograms: [intervals(&states), easiness(&states)],
        mastery: mastery(catalogue(), &digest(&reviews), &states, TODAY),
    }
}

/// Two cards of the catalogue reviewed on a few days, the last review of `a` yesterday.
fn base() -> (Log, String) {
    let topic = &catalogue().sections()[0].topics[0];
    let (a, b) = (topic.cards[0].id(), topic.cards[1].id());
    let mut log = Log::default();
    log.grades(a, &[(-30, 4), (-29, 4), (-23, 5), (-8, 4)]);
    log.grades(b, &[(-3, 3), (-2, 4), (-1, 4)]);
    (log, a.to_string())
}

#[test]
fn a_retracted_review_counts_nowhere() {
    let (mut log, a) = base();
    let without = all(&log);
    let today = log.grade(&a, 1, 0);
    let with = all(&log);
    // the review changes every statistic it could, so the comparison below means something
    assert_ne!(with.heatmap.days, without.heatmap.days);
    assert_ne!(with.heatmap.current_streak, without.heatmap.current_streak);
    assert_ne!(with.forecast, without.forecast);
    assert_ne!(with.retention, without.retention);
    assert_ne!(with.per_day, without.per_day);
    assert_ne!(with.histograms, without.histograms);
    assert_ne!(with.mastery, without.mastery);
    log.retract(&today);
    assert_eq!(all(&log), without);
}

#[test]
fn a_retracted_first_review_makes_the_next_one_first() {
    let (mut log, a) = base();
    let first = log.grade(&a, 5, 0);
    log.grade(&a, 1, 0); // a re-drill while the 5 stands
    let drilled = all(&log);
    assert_eq!(drilled.per_day[364].drill, 1);
    log.retract(&first);
    let after = all(&log);
    // a's interval before today is 39 days (1, 6, 15, 39): a mature review that fails
    assert_eq!(
        (after.per_day[364].drill, after.per_day[364].mature),
        (0, 1)
    );
    let [week, ..] = after.retention;
    assert_eq!(
        (week.young, week.mature),
        (Ratio::new(2, 2), Ratio::new(0, 1))
    );
}
