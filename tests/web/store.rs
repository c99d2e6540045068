//! The IndexedDB store: events written and read back, undo as a retraction, settings, and the
//! card-state snapshot.

use crate::support::{at, fresh_store, grade, open, undo};
use archdrill::core::srs::event::Action;
use archdrill::core::srs::log::{rebuild_states, replay, ReviewKind};
use archdrill::core::srs::study_data::StudyData;
use archdrill::core::srs::study_day::StudyDay;
use archdrill::store::indexed_db::DB_VERSION;
use archdrill::store::{load_study_data, Settings, Store, StoreError};
use wasm_bindgen_test::*;

#[wasm_bindgen_test]
async fn events_are_written_atomically_and_read_back_after_reopening() {
    let name = "archdrill-test-store";
    let store = fresh_store(name).await;
    assert_eq!(store.version(), DB_VERSION);
    let mut data = StudyData::default();
    for (card, q, day) in [("a", 4, 10), ("b", 2, 10), ("b", 4, 10), ("a", 5, 11)] {
        grade(&store, &mut data, card, q, day).await;
    }
    drop(store);

    let reopened = open(name).await;
    let loaded = load_study_data(&reopened, StudyDay(11)).await.unwrap();
    assert_eq!(loaded.states, data.states);
    let today: Vec<_> = data
        .recent_log
        .iter()
        .filter(|e| e.day == StudyDay(11))
        .cloned()
        .collect();
    assert_eq!(loaded.recent_log, today);
    // earlier days are counted from their events, not loaded
    assert_eq!(loaded.earlier_reviews.len(), 13);
    let earlier = (
        loaded.reviews_on(StudyDay(10)),
        loaded.reviews_on(StudyDay(9)),
    );
    assert_eq!(earlier, (3, 0));
    let log = reopened.full_log().await.unwrap();
    let kinds: Vec<_> = replay(&log).0.iter().map(|r| r.kind).collect();
    use ReviewKind::{Drill, First};
    assert_eq!(kinds, [First, First, Drill, First]);
    let mut ids: Vec<_> = log.iter().map(|e| e.id.clone()).collect();
    ids.dedup();
    assert!(
        ids.windows(2).all(|w| w[0] < w[1]),
        "unique ids in write order"
    );
    assert_eq!(rebuild_states(&log), reopened.card_states().await.unwrap());
}

#[wasm_bindgen_test]
async fn undo_appends_a_retraction_and_restores_the_state_together() {
    let store = fresh_store("archdrill-test-undo").await;
    let mut data = StudyData::default();
    let first = grade(&store, &mut data, "a", 4, 1).await;
    let second = grade(&store, &mut data, "a", 5, 2).await;
    undo(&store, &mut data, &second, 2).await;
    assert_eq!(
        store.card_states().await.unwrap().get("a"),
        first.after.as_ref()
    );
    undo(&store, &mut data, &first, 2).await;
    assert!(
        store.card_states().await.unwrap().is_empty(),
        "an undone new card is new again"
    );
    let log = store.full_log().await.unwrap();
    assert_eq!(log.len(), 4, "nothing is deleted from the log");
    assert!(matches!(&log[3].action, Action::Retract(id) if *id == first.id));
    let again = store.retract("a", &first.id, at(2)).await;
    assert!(
        matches!(again, Err(StoreError::NotFound(_))),
        "undoing twice is refused"
    );
    assert_eq!(
        store.full_log().await.unwrap().len(),
        4,
        "and writes nothing"
    );
}

#[wasm_bindgen_test]
async fn settings_round_trip() {
    let store = fresh_store("archdrill-test-settings").await;
    assert_eq!(store.settings().await.unwrap(), Settings::default());
    let custom = Settings {
        new_per_day: 7,
        day_start_hour: 2,
        review_per_day: 150,
        leech_threshold: 5,
    };
    store.save_settings(custom).await.unwrap();
    let reopened = open("archdrill-test-settings").await;
    assert_eq!(reopened.settings().await.unwrap(), custom);
}

#[wasm_bindgen_test]
async fn card_states_come_from_the_snapshot_plus_newer_events_and_survive_undo() {
    let store = fresh_store("archdrill-test-snapshot").await;
    let mut data = StudyData::default();
    grade(&store, &mut data, "a", 4, 1).await;
    let covered = grade(&store, &mut data, "b", 5, 1).await;
    // the first read has no snapshot: it reads the per-card records and writes one
    assert_eq!(store.card_states().await.unwrap(), data.states);
    let after_snapshot = grade(&store, &mut data, "a", 5, 2).await;
    grade(&store, &mut data, "c", 3, 2).await;
    // now: the snapshot plus the two newer events
    assert_eq!(store.card_states().await.unwrap(), data.states);
    undo(&store, &mut data, &after_snapshot, 2).await;
    assert_eq!(store.card_states().await.unwrap(), data.states);
    // undoing a review the snapshot holds: the retraction is newer than the snapshot
    undo(&store, &mut data, &covered, 2).await;
    assert!(!data.states.contains_key("b"));
    assert_eq!(store.card_states().await.unwrap(), data.states);
    assert_eq!(
        rebuild_states(&store.full_log().await.unwrap()),
        data.states
    );
}

#[wasm_bindgen_test]
async fn a_snapshot_of_an_earlier_build_is_rebuilt_from_the_card_records() {
    use indexed_db_futures::database::Database;
    use indexed_db_futures::prelude::*;
    use indexed_db_futures::transaction::TransactionMode;
    let name = "archdrill-test-text-snapshot";
    let store = fresh_store(name).await;
    let mut data = StudyData::default();
    for card in ["a", "b"] {
        grade(&store, &mut data, card, 5, 3).await;
    }
    // what an earlier build wrote: a seq and the packed states as a string, claiming others
    #[derive(serde::Serialize)]
    struct TextSnapshot {
        seq: u64,
        packed: &'static str,
    }
    let old = TextSnapshot {
        seq: 2,
        packed: "a,7,99,130,500\nb,7,99,130,500\n",
    };
    let raw = Database::open(name).await.unwrap();
    let tx = raw
        .transaction(["snapshot"])
        .with_mode(TransactionMode::Readwrite)
        .build()
        .unwrap();
    let snapshots = tx.object_store("snapshot").unwrap();
    let put = snapshots.put(&old).with_key("snapshot").without_key_type();
    put.serde().unwrap().await.unwrap();
    drop(snapshots);
    tx.commit().await.unwrap();
    // read as no snapshot: the states come from the card records, and a new snapshot is written
    assert_eq!(store.card_states().await.unwrap(), data.states);
    assert_eq!(store.card_states().await.unwrap(), data.states);
    raw.close();
}

#[wasm_bindgen_test]
async fn each_days_reviews_are_counted_without_the_undone_ones() {
    let store = fresh_store("archdrill-test-day-counts").await;
    let mut data = StudyData::default();
    grade(&store, &mut data, "a", 4, 5).await;
    grade(&store, &mut data, "b", 2, 5).await;
    grade(&store, &mut data, "b", 5, 5).await;
    let undone = grade(&store, &mut data, "c", 3, 6).await;
    undo(&store, &mut data, &undone, 6).await;
    let counts = store
        .reviews_per_day(StudyDay(4), StudyDay(7))
        .await
        .unwrap();
    let days = |n: [usize; 3]| {
        vec![
            (StudyDay(4), n[0]),
            (StudyDay(5), n[1]),
            (StudyDay(6), n[2]),
        ]
    };
    assert_eq!(counts, days([0, 3, 0]));
    let log = store.full_log().await.unwrap();
    let replayed = archdrill::core::srs::log::reviews_per_day(&log, StudyDay(4), StudyDay(7));
    assert_eq!(counts, replayed, "the indexes count what replay counts");
}
