//! Every write transaction the IndexedDB store opens is `strict` (the browser confirms it once
//! it is on disk), and reads keep the default: watched on `IDBDatabase.prototype.transaction`.

use crate::support::{fresh_store, grade};
use archdrill::core::srs::study_data::StudyData;
use archdrill::store::{Settings, Store};
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::*;

#[wasm_bindgen(inline_js = "
let seen = null;
let original = null;
export function watch_transactions() {
  seen = [];
  original = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function (...args) {
    const tx = original.apply(this, args);
    seen.push(`${tx.mode} ${tx.durability}`);
    return tx;
  };
}
export function transactions_seen() {
  IDBDatabase.prototype.transaction = original;
  return seen;
}
")]
extern "C" {
    fn watch_transactions();
    fn transactions_seen() -> Vec<String>;
}

#[wasm_bindgen_test]
async fn grades_and_settings_are_written_strictly_and_read_by_default() {
    let store = fresh_store("archdrill-test-durability").await;
    watch_transactions();
    let mut data = StudyData::default();
    grade(&store, &mut data, "a", 4, 10).await;
    store.save_settings(Settings::default()).await.unwrap();
    store.settings().await.unwrap();
    let seen = transactions_seen();
    let writes: Vec<&String> = seen.iter().filter(|t| t.starts_with("readwrite")).collect();
    assert_eq!(writes, ["readwrite strict", "readwrite strict"], "{seen:?}");
    assert!(seen.iter().any(|t| t == "readonly default"), "{seen:?}");
    assert!(
        seen.iter()
            .all(|t| t.ends_with("strict") == t.starts_with("readwrite")),
        "{seen:?}"
    );
}
