//! The due queue: order, daily new limit, re-drill, and first-grade-only scheduling.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use archdrill::core::srs::log::CardStates;

use archdrill::core::srs::limits::Limits;
use archdrill::core::srs::queue::{build_queue, count, Counts, Priority, Stage};
use archdrill::core::srs::study_day::StudyDay;
use common::{due_on, entry};

const TODAY: StudyDay = StudyDay(100);

fn none() -> Priority {
    Priority::default()
}

fn ids(n: usize) -> Vec<String> {
    (0..n).map(|i| format!("c{i:02}")).collect()
}

#[test]
fn due_cards_come_first_most_overdue_first_then_new_in_order() {
    let names = ids(6);
    let scope: Vec<&str> = names.iter().map(String::as_str).collect();
    let states = CardStates::from_iter([
        ("c01".to_string(), due_on(100)),
        ("c03".to_string(), due_on(90)),
        ("c04".to_string(), due_on(101)), // not due yet
        ("c05".to_string(), due_on(95)),
    ]);
    let queue = build_queue(&scope, &states, &[], TODAY, Limits::new_cards(20), &none());
    assert_eq!(
        queue,
        [
            ("c03", Stage::Due),
            ("c05", Stage::Due),
            ("c01", Stage::Due),
            ("c00", Stage::New),
            ("c02", Stage::New)
        ]
    );
    assert_eq!(
        count(&queue),
        Counts {
            due: 3,
            new: 2,
            drill: 0
        }
    );
}

#[test]
fn new_limit_counts_cards_introduced_earlier_today() {
    let names = ids(10);
    let scope: Vec<&str> = names.iter().map(String::as_str).collect();
    assert_eq!(
        count(&build_queue(
            &scope,
            &CardStates::default(),
            &[],
            TODAY,
            Limits::new_cards(4),
            &none()
        ))
        .new,
        4
    );
    // two new cards (outside this scope) were introduced today, one yesterday: 2 of 4 left
    let log = [
        entry(1, "x1", 100, 5, None, false),
        entry(2, "x2", 100, 4, None, false),
        entry(3, "x3", 99, 4, None, false),
    ];
    let queue = build_queue(
        &scope,
        &CardStates::default(),
        &log,
        TODAY,
        Limits::new_cards(4),
        &none(),
    );
    assert_eq!(queue, [("c00", Stage::New), ("c01", Stage::New)]);
    assert!(build_queue(
        &scope,
        &CardStates::default(),
        &log,
        TODAY,
        Limits::new_cards(1),
        &none()
    )
    .is_empty());
}

#[test]
fn cards_graded_below_four_are_redrilled_until_four_or_five() {
    let names = ids(3);
    let scope: Vec<&str> = names.iter().map(String::as_str).collect();
    let first_c0 = entry(1, "c00", 100, 2, None, false);
    let first_c1 = entry(2, "c01", 100, 3, None, false);
    let first_c2 = entry(3, "c02", 100, 5, None, false);
    let states: CardStates = [&first_c0, &first_c1, &first_c2]
        .iter()
        .map(|e| (e.card_id.clone(), e.after.unwrap()))
        .collect();
    let mut log = vec![first_c0.clone(), first_c1.clone(), first_c2];
    assert_eq!(
        build_queue(&scope, &states, &log, TODAY, Limits::new_cards(20), &none()),
        [("c00", Stage::Drill), ("c01", Stage::Drill)]
    );
    // a drill grade of 3 keeps c00 in the drill, behind c01 (graded longer ago)
    log.push(entry(4, "c00", 100, 3, first_c0.after, true));
    assert_eq!(
        build_queue(&scope, &states, &log, TODAY, Limits::new_cards(20), &none()),
        [("c01", Stage::Drill), ("c00", Stage::Drill)]
    );
    log.push(entry(5, "c01", 100, 4, first_c1.after, true));
    log.push(entry(6, "c00", 100, 5, first_c0.after, true));
    assert!(build_queue(&scope, &states, &log, TODAY, Limits::new_cards(20), &none()).is_empty());
    // the next day the drill is over and only SM-2 decides
    assert_eq!(
        count(&build_queue(
            &scope,
            &states,
            &log,
            TODAY.plus(1),
            Limits::new_cards(20),
            &none()
        )),
        Counts {
            due: 3,
            new: 0,
            drill: 0
        }
    );
}

#[test]
fn a_due_card_graded_today_leaves_the_due_list() {
    let states = CardStates::from_iter([("c00".to_string(), due_on(100))]);
    let log = [entry(1, "c00", 100, 4, Some(due_on(100)), false)];
    assert!(build_queue(
        &["c00"],
        &states,
        &log,
        TODAY,
        Limits::new_cards(20),
        &none()
    )
    .is_empty());
}
