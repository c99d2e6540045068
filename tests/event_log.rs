//! The event log merges without loss: card states are a pure function of the *set* of events,
//! whatever the order, duplication or split of the logs of 1–4 devices; union is commutative,
//! associative and idempotent; a retraction may arrive before the review it cancels; clocks
//! that disagree reorder nothing that was causally ordered and never lose a review.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use archdrill::core::srs::event::{Action, Event, EventId, Hlc, MAX_CLOCK_LEAD_MS};
use archdrill::core::srs::log::{append, rebuild_states, replay, union, ReviewKind};
use archdrill::core::srs::study_day::{Moment, StudyDay};
use common::{g, shuffled_with_repeats};
use proptest::prelude::*;

const DAY_MS: f64 = 86_400_000.0;

/// One step of a simulated device: grade `card` with `q`, or undo its own newest review.
#[derive(Debug, Clone)]
enum Op {
    Grade { card: u8, q: u8 },
    Undo,
    NextDay,
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        6 => (0u8..4, 0u8..6).prop_map(|(card, q)| Op::Grade { card, q }),
        1 => Just(Op::Undo),
        2 => Just(Op::NextDay),
    ]
}

/// The events `ops` make on device `device`, whose clock is `skew_days` off and which sees
/// only its own events (it has not synced yet).
fn device_log(device: usize, skew_days: i32, ops: &[Op]) -> Vec<Event> {
    let name = format!("dev{device}");
    let (mut clock, mut day, mut log) = (Hlc::default(), 100 + skew_days, Vec::<Event>::new());
    for (n, op) in ops.iter().enumerate() {
        let now = Moment {
            at_ms: f64::from(day) * DAY_MS + n as f64 * 1000.0 + device as f64,
            day: StudyDay(day),
        };
        let (card, action) = match op {
            Op::NextDay => {
                day += 1;
                continue;
            }
            Op::Grade { card, q } => (format!("c{card}"), Action::Grade(g(*q))),
            Op::Undo => {
                let Some(target) = replay(&log).0.last().map(|r| r.event.clone()) else {
                    continue;
                };
                (target.card_id, Action::Retract(target.id))
            }
        };
        clock = clock.tick(now.at_ms);
        let history: Vec<Event> = log.iter().filter(|e| e.card_id == card).cloned().collect();
        log.push(append(&history, clock.id(&name), &card, action, now));
    }
    log
}

/// The logs of 1–4 devices with clocks up to 3 days off.
fn devices() -> impl Strategy<Value = Vec<Vec<Event>>> {
    prop::collection::vec((-3i32..=3, prop::collection::vec(op(), 0..25)), 1..=4).prop_map(|ds| {
        ds.iter()
            .enumerate()
            .map(|(i, (skew, ops))| device_log(i, *skew, ops))
            .collect()
    })
}

/// Every surviving review's id and role, in replay order.
fn roles(events: &[Event]) -> Vec<(EventId, ReviewKind)> {
    let reviews = replay(events).0;
    reviews
        .iter()
        .map(|r| (r.event.id.clone(), r.kind))
        .collect()
}

proptest! {
    #[test]
    fn any_order_duplication_or_split_replays_the_same(
        logs in devices(),
        seed in any::<u64>(),
        cut in 0usize..100,
    ) {
        let all: Vec<Event> = logs.concat();
        let expected = (rebuild_states(&all), roles(&all));
        // shuffled and with some events twice
        let shuffled = shuffled_with_repeats(&all, seed);
        prop_assert_eq!(&(rebuild_states(&shuffled), roles(&shuffled)), &expected);
        // split in two at any point and merged back by union
        let at = cut * shuffled.len() / 100;
        let merged = union(&shuffled[..at], &shuffled[at..]);
        prop_assert_eq!(merged.len(), all.len());
        prop_assert_eq!(&(rebuild_states(&merged), roles(&merged)), &expected);
    }

    #[test]
    fn union_is_commutative_associative_and_idempotent(logs in devices()) {
        let (a, b, c) = (
            logs[0].clone(),
            logs.get(1).cloned().unwrap_or_default(),
            logs.get(2).cloned().unwrap_or_default(),
        );
        prop_assert_eq!(union(&a, &b), union(&b, &a));
        prop_assert_eq!(union(&union(&a, &b), &c), union(&a, &union(&b, &c)));
        prop_assert_eq!(union(&a, &a), union(&a, &[]));
    }

    #[test]
    fn no_review_is_lost_and_no_card_has_two_scheduling_grades_a_day(logs in devices()) {
        let all: Vec<Event> = logs.concat();
        let (reviews, states) = replay(&all);
        let retracted = all.iter().filter(|e| e.retracted().is_some()).count();
        let graded = all.iter().filter(|e| e.grade().is_some()).count();
        prop_assert_eq!(reviews.len(), graded - retracted, "every review not undone counts");
        let mut scheduled = std::collections::HashSet::new();
        for r in reviews.iter().filter(|r| r.kind == ReviewKind::First) {
            prop_assert!(scheduled.insert((r.event.card_id.clone(), r.day)));
            // a card is never scheduled from a day before its previous review
            if let Some(before) = r.before {
                prop_assert!(r.after.due >= r.day && r.day.0 >= before.due.0 - before.interval as i32);
            }
        }
        for r in &reviews {
            prop_assert!(states.contains_key(&r.event.card_id));
        }
    }
}

#[test]
fn a_retraction_that_arrives_before_its_review_still_cancels_it() {
    let now = Moment {
        at_ms: 100.0 * DAY_MS,
        day: StudyDay(100),
    };
    let clock = Hlc::default().tick(now.at_ms);
    let review = append(&[], clock.id("a"), "c", Action::Grade(g(4)), now);
    let retraction = append(
        std::slice::from_ref(&review),
        clock.tick(now.at_ms).id("a"),
        "c",
        Action::Retract(review.id.clone()),
        now,
    );
    assert!(rebuild_states([&retraction]).is_empty());
    let merged = union(
        std::slice::from_ref(&retraction),
        std::slice::from_ref(&review),
    );
    assert!(
        rebuild_states(&merged).is_empty(),
        "the review stays cancelled"
    );
    assert_eq!(retraction.after, None, "the writer's cache agrees");
}

#[test]
fn the_same_card_graded_on_two_devices_on_one_day_schedules_once() {
    let day = StudyDay(100);
    let on = |device: &str, ms: f64, q| {
        let now = Moment { at_ms: ms, day };
        append(
            &[],
            Hlc::default().tick(ms).id(device),
            "c",
            Action::Grade(g(q)),
            now,
        )
    };
    let (a, b) = (
        on("a", 100.0 * DAY_MS + 5.0, 2),
        on("b", 100.0 * DAY_MS + 9.0, 5),
    );
    let kinds: Vec<_> = replay([&b, &a])
        .0
        .iter()
        .map(|r| (r.event.id.clone(), r.kind))
        .collect();
    assert_eq!(
        kinds,
        [(a.id.clone(), ReviewKind::First), (b.id, ReviewKind::Drill)]
    );
}

#[test]
fn the_clock_never_runs_backwards_and_ignores_a_far_future_device() {
    let start = Hlc {
        ms: 5_000,
        counter: 0,
    };
    assert_eq!(
        start.tick(4_000.0),
        Hlc {
            ms: 5_000,
            counter: 1
        },
        "wall clock set back"
    );
    assert_eq!(
        start.tick(6_000.0),
        Hlc {
            ms: 6_000,
            counter: 0
        }
    );
    let near = Hlc {
        ms: 5_000 + MAX_CLOCK_LEAD_MS,
        counter: 3,
    };
    assert_eq!(
        start.observe(near, 5_000.0),
        near,
        "a causally later event stays later"
    );
    let far = Hlc {
        ms: 6_000 + MAX_CLOCK_LEAD_MS,
        counter: 0,
    };
    assert_eq!(
        start.observe(far, 5_000.0),
        start,
        "a clock days ahead is not followed"
    );
    assert!(start.id("d") < start.tick(5_000.0).id("d"));
    assert_eq!(near.id("dev").hlc(), Some(near));
}

#[test]
fn a_grade_dated_before_its_cards_last_review_is_a_drill_of_that_day() {
    // device b's clock lags half a day: after syncing a's review of day 100 it grades the card
    // "on day 99"; its clock follows a's (within the lead allowed), so its grade sorts after
    let a_now = Moment {
        at_ms: 100.0 * DAY_MS,
        day: StudyDay(100),
    };
    let a_clock = Hlc::default().tick(a_now.at_ms);
    let first = append(&[], a_clock.id("a"), "c", Action::Grade(g(5)), a_now);
    let b_now = Moment {
        at_ms: 99.5 * DAY_MS,
        day: StudyDay(99),
    };
    let b_clock = Hlc::default()
        .observe(a_clock, b_now.at_ms)
        .tick(b_now.at_ms);
    let later = append(
        std::slice::from_ref(&first),
        b_clock.id("b"),
        "c",
        Action::Grade(g(1)),
        b_now,
    );
    let (reviews, states) = replay([&first, &later]);
    assert_eq!(reviews.len(), 2, "both reviews are kept");
    assert_eq!(
        (reviews[1].kind, reviews[1].day),
        (ReviewKind::Drill, StudyDay(100))
    );
    assert_eq!(states["c"], first.after.unwrap());
    // a clock more than a day behind does not follow a's: b's grade sorts first, and both
    // reviews still count (each schedules on its own day)
    let b_now = Moment {
        at_ms: 97.5 * DAY_MS,
        day: StudyDay(97),
    };
    let b_clock = Hlc::default()
        .observe(a_clock, b_now.at_ms)
        .tick(b_now.at_ms);
    let lagging = append(&[], b_clock.id("b"), "c", Action::Grade(g(1)), b_now);
    let (reviews, _) = replay([&first, &lagging]);
    let order: Vec<_> = reviews
        .iter()
        .map(|r| (r.event.id.clone(), r.kind))
        .collect();
    assert_eq!(
        order,
        [
            (lagging.id, ReviewKind::First),
            (first.id.clone(), ReviewKind::First)
        ]
    );
}
