//! Grading and undo through the [`Store`] trait (in-memory twin of IndexedDB), and
//! rebuilding every card state from the review log.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use archdrill::core::srs::event::Event;
use archdrill::core::srs::log::{rebuild_states, ReviewKind};
use archdrill::core::srs::study_data::StudyData;
use archdrill::core::srs::study_day::Moment;
use archdrill::core::srs::study_day::StudyDay;
use archdrill::store::memory::MemoryStore;
use archdrill::store::{load_study_data, Settings, Store, StoreError};
use common::g;
use pollster::block_on;

fn at(day: i32, n: u64) -> Moment {
    Moment {
        at_ms: f64::from(day) * 86_400_000.0 + n as f64,
        day: StudyDay(day),
    }
}

/// Grades through the store and applies the stored event, as the UI does.
fn grade(store: &MemoryStore, data: &mut StudyData, card: &str, q: u8, now: Moment) -> Event {
    let stored = block_on(store.grade(card, g(q), now)).unwrap();
    data.apply(stored.clone());
    stored
}

/// Undoes `review` through the store and applies the retraction, as the UI does.
fn undo(store: &MemoryStore, data: &mut StudyData, review: &Event, now: Moment) -> Event {
    let stored = block_on(store.retract(&review.card_id, &review.id, now)).unwrap();
    data.apply(stored.clone());
    stored
}

/// The roles replay gives the loaded reviews of `day`.
fn kinds(data: &StudyData, day: i32) -> Vec<ReviewKind> {
    data.day_reviews(StudyDay(day))
        .iter()
        .map(|r| r.kind)
        .collect()
}

#[test]
fn only_the_first_grade_of_a_day_schedules_and_drills_are_logged() {
    let store = MemoryStore::new();
    let mut data = block_on(load_study_data(&store, StudyDay(10))).unwrap();
    let first = grade(&store, &mut data, "a", 2, at(10, 1));
    assert_eq!(first.before, None);
    let drill = grade(&store, &mut data, "a", 5, at(10, 2));
    assert_eq!(kinds(&data, 10), [ReviewKind::First, ReviewKind::Drill]);
    assert_eq!(drill.after, first.after, "a drill grade schedules nothing");
    let next_day = grade(&store, &mut data, "a", 5, at(11, 3));
    assert_eq!(kinds(&data, 11), [ReviewKind::First]);
    let after = next_day.after.unwrap();
    assert_eq!((after.repetitions, after.interval), (1, 1));
    // a reload loads every state, today's entries, and counts of the days before
    let reloaded = block_on(load_study_data(&store, StudyDay(11))).unwrap();
    assert_eq!(reloaded.states, data.states);
    assert_eq!(reloaded.recent_log, [next_day]);
    assert_eq!(reloaded.earlier_reviews.len(), 13);
    assert_eq!(reloaded.earlier_reviews.last(), Some(&(StudyDay(10), 2)));
    assert_eq!(
        (
            reloaded.reviews_on(StudyDay(10)),
            reloaded.reviews_on(StudyDay(11))
        ),
        (2, 1)
    );
    assert_eq!(reloaded.reviews_on(StudyDay(9)), 0);
}

#[test]
fn undo_appends_a_retraction_and_restores_the_state_in_one_step() {
    let store = MemoryStore::new();
    let mut data = StudyData::default();
    grade(&store, &mut data, "a", 4, at(10, 1));
    let before_second = block_on(load_study_data(&store, StudyDay(16))).unwrap();
    let second = grade(&store, &mut data, "a", 5, at(16, 2));
    let new_card = grade(&store, &mut data, "b", 3, at(16, 3));

    assert_eq!(
        data.undoable(),
        Some(&new_card),
        "undo takes the newest review"
    );
    undo(&store, &mut data, &new_card, at(16, 4));
    assert!(
        !data.states.contains_key("b"),
        "an undone new card is new again"
    );
    // multi-level: the next undo takes the review before, also after a reload
    let mut reloaded = block_on(load_study_data(&store, StudyDay(16))).unwrap();
    assert_eq!(reloaded.undoable(), Some(&second));
    undo(&store, &mut reloaded, &second, at(16, 5));
    let reloaded = block_on(load_study_data(&store, StudyDay(16))).unwrap();
    assert_eq!(reloaded.states, before_second.states);
    assert_eq!(reloaded.undoable(), None);
    assert!(reloaded.day_reviews(StudyDay(16)).is_empty());
    // nothing was deleted: two reviews and two retractions are in the log
    assert_eq!(block_on(store.full_log()).unwrap().len(), 5);
    // undoing twice is refused and changes nothing
    let again = block_on(store.retract("a", &second.id, at(16, 6)));
    assert!(matches!(again, Err(StoreError::NotFound(_))), "{again:?}");
    assert_eq!(
        block_on(load_study_data(&store, StudyDay(16))).unwrap(),
        reloaded
    );
}

#[test]
fn card_states_can_be_rebuilt_from_the_log() {
    let store = MemoryStore::new();
    let mut data = StudyData::default();
    let grades = [
        (1, "a", 4),
        (1, "b", 1),
        (1, "b", 4),
        (2, "b", 3),
        (2, "b", 4),
        (7, "a", 5),
        (7, "c", 0),
        (20, "a", 3),
    ];
    for (n, (day, card, q)) in grades.into_iter().enumerate() {
        grade(&store, &mut data, card, q, at(day, n as u64));
    }
    let log = block_on(store.full_log()).unwrap();
    assert_eq!(log.len(), 8);
    assert_eq!(rebuild_states(&log), block_on(store.card_states()).unwrap());
    // a reversed log still replays in id order
    let reversed: Vec<_> = log.into_iter().rev().collect();
    assert_eq!(rebuild_states(&reversed), data.states);
}

#[test]
fn a_failed_write_changes_nothing() {
    let store = MemoryStore::new();
    let mut data = StudyData::default();
    grade(&store, &mut data, "a", 4, at(1, 1));
    let snapshot = block_on(load_study_data(&store, StudyDay(1))).unwrap();
    store.fail_next_write(StoreError::QuotaExceeded);
    let failed = block_on(store.grade("b", g(5), at(1, 2)));
    assert_eq!(failed, Err(StoreError::QuotaExceeded));
    assert_eq!(
        block_on(load_study_data(&store, StudyDay(1))).unwrap(),
        snapshot
    );
}

#[test]
fn settings_default_and_persist() {
    let store = MemoryStore::new();
    assert_eq!(
        block_on(store.settings()).unwrap(),
        Settings {
            new_per_day: 20,
            day_start_hour: 4,
            review_per_day: 200,
            leech_threshold: 8,
        }
    );
    let custom = Settings {
        new_per_day: 5,
        day_start_hour: 0,
        review_per_day: 150,
        leech_threshold: 5,
    };
    block_on(store.save_settings(custom)).unwrap();
    assert_eq!(block_on(store.settings()).unwrap(), custom);
}

#[test]
fn start_up_reads_settings_first_and_loads_the_day_they_give_then_the_history() {
    let store = MemoryStore::new();
    let mut data = StudyData::default();
    grade(&store, &mut data, "a", 4, at(9, 1));
    grade(&store, &mut data, "b", 2, at(10, 2));
    let custom = Settings {
        new_per_day: 7,
        day_start_hour: 0,
        review_per_day: 150,
        leech_threshold: 5,
    };
    block_on(store.save_settings(custom)).unwrap();
    let startup = block_on(archdrill::store::load_startup(&store, |s| {
        assert_eq!(*s, custom, "the day is computed from the stored settings");
        StudyDay(10)
    }))
    .unwrap();
    assert_eq!((startup.today, startup.settings), (StudyDay(10), custom));
    // everything but the history strip's counts, which the app reads after its first screen
    let full = block_on(load_study_data(&store, StudyDay(10))).unwrap();
    assert!(startup.data.earlier_reviews.is_empty());
    assert_eq!(
        startup.data,
        StudyData {
            earlier_reviews: Vec::new(),
            ..full.clone()
        }
    );
    let earlier = block_on(archdrill::store::earlier_reviews(&store, StudyDay(10))).unwrap();
    assert_eq!(earlier, full.earlier_reviews);
    assert_eq!(full.reviews_on(StudyDay(9)), 1);
    assert_eq!(startup.data.recent_log.len(), 1);
    assert!(startup.attempts.is_empty() && startup.boosts.is_empty());
}
