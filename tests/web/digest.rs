//! The review digest's cache in IndexedDB: written as of the newest event, read back with the
//! events stored after it after reopening, brought up to date through the `card` index, and
//! dropped with the snapshot when a backup is merged in.

use crate::support::{at, fresh_store, g, open};
use archdrill::core::backup::merge::MergePlan;
use archdrill::core::srs::log::replay;
use archdrill::core::srs::study_day::StudyDay;
use archdrill::core::stats::digest::Digest;
use archdrill::store::digest::{review_digest, Topics};
use archdrill::store::Store;
use wasm_bindgen_test::*;

/// Every card in one topic, `t`; every day's topics kept.
fn topics() -> Topics<fn(&str) -> Option<String>> {
    Topics {
        of: |_| Some("t".to_string()),
        fingerprint: 7,
        horizon: StudyDay(0),
    }
}

#[wasm_bindgen_test]
async fn the_digest_is_cached_read_back_brought_up_to_date_and_dropped_by_a_merge() {
    let name = "archdrill-test-digest";
    let store = fresh_store(name).await;
    store.grade("a", g(4), at(1)).await.unwrap();
    let newest = store.grade("b", g(2), at(1)).await.unwrap();
    let first = review_digest(&store, &topics()).await.unwrap();
    assert_eq!(first.stack(StudyDay(1)).new, 2);
    drop(store);
    let store = open(name).await;
    let cached = store.stats_digest().await.unwrap().expect("cached");
    assert_eq!((cached.upto, cached.newer.len()), (newest.id.clone(), 0));
    assert_eq!(Digest::unpack(&cached.packed, 7), Some(first));
    let undone = store.retract("b", &newest.id, at(1)).await.unwrap();
    store.grade("a", g(5), at(3)).await.unwrap();
    let cached = store.stats_digest().await.unwrap().unwrap();
    assert_eq!(cached.newer.len(), 2);
    assert_eq!(cached.newer[0], undone);
    let earlier: Vec<&str> = cached.history.iter().map(|e| e.card_id.as_str()).collect();
    assert_eq!(
        earlier,
        ["a", "b"],
        "the two cards' grades before the cache, through the index"
    );
    let second = review_digest(&store, &topics()).await.unwrap();
    let log = store.full_log().await.unwrap();
    assert_eq!(
        second,
        Digest::of(&replay(&log).0, &topics().of, StudyDay(0))
    );
    assert_eq!(second.stack(StudyDay(1)).new, 1, "b's review undone");
    assert_eq!(second.stack(StudyDay(3)).young, 1);
    let plan = MergePlan {
        events: Vec::new(),
        attempts: Vec::new(),
        boosts: Vec::new(),
        settings: None,
        known: 0,
    };
    store.import(&plan, at(3)).await.unwrap();
    assert_eq!(
        store.stats_digest().await.unwrap(),
        None,
        "dropped by the merge"
    );
}
