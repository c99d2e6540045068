//! Marks through the store: the leech mark is written with the grade that made it (one write),
//! marks and their undos come back in the marks log at start-up, and undone marks leave the
//! review counts alone.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use archdrill::core::srs::event::{Action, Event};
use archdrill::core::srs::marks::{marks, Mark};
use archdrill::core::srs::study_day::{Moment, StudyDay};
use archdrill::store::memory::MemoryStore;
use archdrill::store::{load_startup, Store};
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
    block_on(store.append_all("a", Action::Grade(g(q)), 3, at(day))).unwrap()
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
    let failed = block_on(store.append_all("a", Action::Grade(g(1)), 0, at(2))).unwrap();
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
