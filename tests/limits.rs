//! The daily review limit: due reviews over it wait (most overdue kept), reviews graded today
//! count against it in every scope, re-drills and new cards are not held back by it, and Home
//! says what waits.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use archdrill::core::srs::limits::{waiting_note, Limits};
use archdrill::core::srs::log::CardStates;
use archdrill::core::srs::queue::{build_queue, count, curriculum_counts, Counts, Priority, Stage};
use archdrill::core::srs::settings::Settings;
use archdrill::core::srs::study_day::StudyDay;
use common::{due_on, entry};

const TODAY: StudyDay = StudyDay(100);

fn limits(new_per_day: u32, review_per_day: u32) -> Limits {
    Limits {
        new_per_day,
        review_per_day,
    }
}

/// Cards c0–c5 due on days 95–100 (c0 the most overdue), c6 and c7 new.
fn collection() -> (Vec<String>, CardStates) {
    let ids: Vec<String> = (0..8).map(|i| format!("c{i}")).collect();
    let states = (0..6)
        .map(|i| (ids[i].clone(), due_on(95 + i as i32)))
        .collect();
    (ids, states)
}

#[test]
fn due_reviews_over_the_limit_wait_and_the_most_overdue_are_kept() {
    let (ids, states) = collection();
    let scope: Vec<&str> = ids.iter().map(String::as_str).collect();
    let queue = build_queue(
        &scope,
        &states,
        &[],
        TODAY,
        limits(20, 3),
        &Priority::default(),
    );
    assert_eq!(
        queue,
        [
            ("c0", Stage::Due),
            ("c1", Stage::Due),
            ("c2", Stage::Due),
            ("c6", Stage::New),
            ("c7", Stage::New)
        ]
    );
    // a limit of 0 takes no reviews, and new cards still come
    let queue = build_queue(
        &scope,
        &states,
        &[],
        TODAY,
        limits(20, 0),
        &Priority::default(),
    );
    assert_eq!(
        count(&queue),
        Counts {
            due: 0,
            new: 2,
            drill: 0
        }
    );
}

#[test]
fn reviews_graded_today_count_against_the_limit_and_redrills_do_not() {
    let (ids, states) = collection();
    let scope: Vec<&str> = ids.iter().map(String::as_str).collect();
    // c0 reviewed with a 2 (re-drill), then drilled once; c6 introduced (new, not a review)
    let log = vec![
        entry(1, "c0", 100, 2, Some(due_on(95)), false),
        entry(2, "c0", 100, 3, Some(due_on(95)), true),
        entry(3, "c6", 100, 4, None, false),
    ];
    let queue = build_queue(
        &scope,
        &states,
        &log,
        TODAY,
        limits(20, 3),
        &Priority::default(),
    );
    // one review used: two of c1–c5 are left, c7 is new, c0 stays in the re-drill
    assert_eq!(
        queue,
        [
            ("c1", Stage::Due),
            ("c2", Stage::Due),
            ("c7", Stage::New),
            ("c0", Stage::Drill)
        ]
    );
    // the limit counts reviews in any scope: a topic of c3 alone has none left at a limit of 1
    let topic = ["c3"];
    let queue = build_queue(
        &topic,
        &states,
        &log,
        TODAY,
        limits(20, 1),
        &Priority::default(),
    );
    assert!(queue.is_empty(), "{queue:?}");
}

#[test]
fn curriculum_counts_hold_the_limit_in_every_scope_and_count_what_waits() {
    let (ids, states) = collection();
    // two topics: c0–c3 and c4–c7
    let topics: [Vec<&str>; 2] = [
        ids[..4].iter().map(String::as_str).collect(),
        ids[4..].iter().map(String::as_str).collect(),
    ];
    let counts = curriculum_counts(
        [topics.clone()],
        &states,
        &[],
        TODAY,
        limits(20, 3),
        &Priority::default(),
    );
    assert_eq!(
        counts.total,
        Counts {
            due: 3,
            new: 2,
            drill: 0
        }
    );
    assert_eq!(counts.due_waiting, 3);
    // the first topic has 4 due, the second 2: each is capped at what the limit leaves
    assert_eq!(counts.topics[0][0].due, 3);
    assert_eq!(counts.topics[0][1].due, 2);
    assert_eq!(counts.sections[0].due, 3);
    let unlimited = curriculum_counts(
        [topics],
        &states,
        &[],
        TODAY,
        Settings::default().limits(),
        &Priority::default(),
    );
    assert_eq!((unlimited.total.due, unlimited.due_waiting), (6, 0));
}

#[test]
fn home_says_what_waits_and_nothing_when_nothing_does() {
    assert_eq!(waiting_note(0, 200), None);
    assert_eq!(
        waiting_note(1, 200).unwrap(),
        "1 more due review is over today's limit of 200. It stays due and come first on the next \
         study day, most overdue first; raise the limit in Settings to study them today."
            .replace("come first", "comes first")
            .replace("study them", "study it")
    );
    assert_eq!(
        waiting_note(37, 200).unwrap(),
        "37 more due reviews are over today's limit of 200. They stay due and come first on the \
         next study day, most overdue first; raise the limit in Settings to study them today."
    );
}

#[test]
fn settings_stored_before_the_limit_read_with_the_default_of_200() {
    let old: Settings = serde_json::from_str(r#"{"new_per_day":7,"day_start_hour":3}"#).unwrap();
    assert_eq!(old.review_per_day, 200);
    assert_eq!(old.limits(), limits(7, 200));
    let too_many = Settings {
        review_per_day: 10_000,
        ..Settings::default()
    };
    assert!(!too_many.is_valid());
    assert!(Settings {
        review_per_day: 9_999,
        ..Settings::default()
    }
    .is_valid());
}
