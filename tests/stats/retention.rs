//! True retention and reviews per day by class, from one hand-scheduled log:
//!
//! card `a` (SM-2 by hand): new on day −200 (→ 1 d), young on −199 (interval 1 → 6),
//! −190 (6 → 15, EF 2.6), −170 (15 → 39, EF 2.7); mature on −20 (39, pass → 105), −5 (105,
//! fails → 1), a re-drill on −5 that passes, young on −4 (1, pass → 1).
//! card `b`: new on −6, a failing re-drill on −6, young on −5 (fails), −4 and −3 (pass).
//! card `c`: only on day −400, outside every period.

use super::fixture::{day, digest, state, Log, TODAY};
use archdrill::core::stats::per_day::{per_day, DayStack};
use archdrill::core::stats::ratio::Ratio;
use archdrill::core::stats::retention::{retention, retention_periods};

fn log() -> Log {
    let mut log = Log::default();
    let a = [
        (-200, 4),
        (-199, 4),
        (-190, 5),
        (-170, 5),
        (-20, 4),
        (-5, 2),
        (-5, 5),
        (-4, 4),
    ];
    log.grades("a", &a);
    log.grades("b", &[(-6, 3), (-6, 2), (-5, 1), (-4, 5), (-3, 4)]);
    log.grades("c", &[(-401, 4), (-400, 2)]);
    log
}

#[test]
fn the_schedule_is_the_one_worked_out_by_hand() {
    let log = log();
    let (_, states) = log.replayed();
    let intervals: Vec<u32> = log
        .events
        .iter()
        .filter(|e| e.card_id == "a")
        .map(|e| e.after.unwrap().interval)
        .collect();
    assert_eq!(intervals, [1, 6, 15, 39, 105, 1, 1, 1]);
    assert_eq!((states["a"].ef100, states["b"].interval), (238, 6));
}

#[test]
fn only_the_first_review_of_a_day_of_a_learned_card_counts() {
    let log = log();
    let (reviews, _) = log.replayed();
    let [week, month, year] = retention_periods(&digest(&reviews), TODAY);
    // a −4; b −5 (fail), −4, −3 — not b's first review, not either re-drill
    assert_eq!(
        (week.young, week.mature),
        (Ratio::new(3, 4), Ratio::new(0, 1))
    );
    assert_eq!(
        (week.young.percent(), week.mature.percent()),
        (Some(75), Some(0))
    );
    assert_eq!(
        (month.young, month.mature),
        (Ratio::new(3, 4), Ratio::new(1, 2))
    );
    assert_eq!(month.all(), Ratio::new(4, 6));
    assert_eq!(
        (year.young, year.mature),
        (Ratio::new(6, 7), Ratio::new(1, 2))
    );
    assert_eq!(year.young.percent(), Some(86));
    assert_eq!(Ratio::new(600, 7).decimal(1).as_deref(), Some("85.7"));
    assert_eq!(
        retention(&digest(&reviews), day(-400), 1).young,
        Ratio::new(0, 1),
        "c's fail"
    );
    assert_eq!(
        retention(&digest(&[]), TODAY, 30).all().percent(),
        None,
        "nothing to count"
    );
}

#[test]
fn cards_are_mature_from_an_interval_of_21_days() {
    let log = log();
    let (reviews, _) = log.replayed();
    // a's mature review on −20 (interval 39), its interval before put at 20 and at 21 days
    let review = *reviews.iter().find(|r| r.day == day(-20)).unwrap();
    let at = |interval| {
        let mut r = review;
        r.before = Some(state(interval, 250, day(-20)));
        retention(&digest(&[r]), TODAY, 30)
    };
    assert_eq!(
        (at(20).young, at(20).mature),
        (Ratio::new(1, 1), Ratio::default())
    );
    assert_eq!(
        (at(21).young, at(21).mature),
        (Ratio::default(), Ratio::new(1, 1))
    );
}

#[test]
fn reviews_per_day_stack_new_young_mature_and_re_drills() {
    let log = log();
    let (reviews, _) = log.replayed();
    let month = per_day(&digest(&reviews), TODAY, 30);
    assert_eq!(month.len(), 30);
    let at = |offset: i32| month[(offset + 29) as usize];
    let stack = |new, young, mature, drill| DayStack {
        new,
        young,
        mature,
        drill,
        ..DayStack::default()
    };
    assert_eq!(at(-20), stack(0, 0, 1, 0));
    assert_eq!(at(-6), stack(1, 0, 0, 1));
    assert_eq!(at(-5), stack(0, 1, 1, 1));
    assert_eq!(at(-4), stack(0, 2, 0, 0));
    assert_eq!(at(-3), stack(0, 1, 0, 0));
    assert_eq!(month.iter().map(DayStack::total).sum::<u32>(), 9);
    let quarter = per_day(&digest(&reviews), TODAY, 90);
    assert_eq!(
        quarter.iter().map(DayStack::total).sum::<u32>(),
        9,
        "−170 is outside"
    );
    let year = per_day(&digest(&reviews), TODAY, 365);
    assert_eq!(year[164], stack(1, 0, 0, 0), "a's first review, on −200");
    assert_eq!(year.iter().map(DayStack::total).sum::<u32>(), 13);
    assert!(per_day(&digest(&[]), TODAY, 90)
        .iter()
        .all(|s| s.total() == 0));
}
