//! Marks through the store: the leech mark is written with the grade that made it (one write),
//! marks and their undos come back in the marks log at start-up, and undone marks leave the
//! review counts alone.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use archdrill::core::srs::event::{Action, Event};
use archdrill::core::srs::marks::{marks, Mark};
use archdrill::core::srs::study_day::{Moment, StudyDay};
use archdrill::store::memory::MemoryStore;
use archdrill::store::{load_startup, GradeExtras, Store};
use common::g;
use pollster::block_on;

fn at(day: i32) -> Moment {
    Moment {
        at_ms: f64::from(day) * 86_400_000.0,
        day: StudyDay(day),
    }
}

/// Grades card `a` `q` on `day` with leech threshold 3; the events stored.
fn grade(store: &MemoryStore, day: i32, q: u8) -> Vec<Event> {
    let extras = GradeExtras {
        leech_threshold: 3,
        took_ms: None,
    };
    block_on(store.append_all("a", Action::Grade(g(q)), extras, at(day))).unwrap()
}

#[test]
fn the_grade_that_makes_a_leech_stores_the_leech_mark_with_it_and_the_card_is_suspended() {
    let store = MemoryStore::new();
    grade(&store, 1, 4); // learned
    for lapse in 1..=3 {
        let day = lapse * 2;
        let failed = grade(&store, day, 1);
        if lapse < 3 {
            assert_eq!(failed.len(), 1, "lapse {lapse} is no leech at threshold 3");
            grade(&store, day + 1, 4);
        } else {
            assert_eq!(failed.len(), 2, "the third lapse is");
            assert_eq!(failed[1].mark(), Some(Mark::Leech));
            assert_eq!(failed[1].card_id, "a");
        }
    }
    let startup = block_on(load_startup(&store, |_| StudyDay(6))).unwrap();
    let a = marks(&startup.data.marks_log)["a"];
    assert!(a.leech && a.suspended);
    // a review-only append (threshold 0) never marks
    let store = MemoryStore::new();
    grade(&store, 1, 4);
    let no_leeches = GradeExtras::default();
    let failed = block_on(store.append_all("a", Action::Grade(g(1)), no_leeches, at(2))).unwrap();
    assert_eq!(failed.len(), 1);
}

#[test]
fn an_undone_mark_is_in_the_marks_log_and_takes_no_review_from_the_counts() {
    let store = MemoryStore::new();
    grade(&store, 5, 4);
    let suspend = block_on(store.append("a", Action::Mark(Mark::Suspend), at(5))).unwrap();
    let undo = Action::Retract(suspend.id.clone());
    block_on(store.append("a", undo, at(5))).unwrap();
    let log = block_on(store.marks_log()).unwrap();
    assert_eq!(log.len(), 2, "the mark and its retraction: {log:?}");
    assert!(!marks(&log).get("a").is_some_and(|m| m.suspended));
    assert_eq!(block_on(store.review_count()).unwrap(), 1);
    let per_day = block_on(store.reviews_per_day(StudyDay(5), StudyDay(6))).unwrap();
    assert_eq!(per_day, [(StudyDay(5), 1)]);
}

#[test]
fn a_grade_keeps_the_time_it_took_and_a_mark_none() {
    let store = MemoryStore::new();
    let timed = GradeExtras {
        leech_threshold: 8,
        took_ms: Some(7_250),
    };
    let graded = block_on(store.append_all("a", Action::Grade(g(4)), timed, at(1))).unwrap();
    let marked =
        block_on(store.append_all("a", Action::Mark(Mark::FlagRed), timed, at(1))).unwrap();
    let log = block_on(store.full_log()).unwrap();
    assert_eq!(log[0].took_ms, Some(7_250));
    assert_eq!(log[0], graded[0]);
    assert_eq!((log[1].took_ms, marked[0].took_ms), (None, None));
    // stored without the field when there is no time (old events read the same)
    assert!(!serde_json::to_string(&log[1]).unwrap().contains("took_ms"));
}
