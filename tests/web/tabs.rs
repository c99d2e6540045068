//! Two tabs of one browser on one database: a grade decides from what is stored, not from a
//! tab's memory, and a tab gets out of the way of another tab's upgrade.

use crate::support::{at, fresh_store, g, open, sleep};
use archdrill::core::srs::log::{rebuild_states, replay, ReviewKind};
use archdrill::core::srs::study_day::StudyDay;
use archdrill::store::indexed_db::{IdbStore, DB_VERSION};
use archdrill::store::{load_study_data, Store};
use indexed_db_futures::database::Database;
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen_test::*;

#[wasm_bindgen_test]
async fn two_tabs_grading_the_same_card_on_one_day_schedule_it_once() {
    let name = "archdrill-test-two-tabs";
    let first_tab = fresh_store(name).await;
    let second_tab = open(name).await;
    // both tabs loaded before either graded: each remembers the card as new
    let (one, two) = (
        load_study_data(&first_tab, StudyDay(7)).await.unwrap(),
        load_study_data(&second_tab, StudyDay(7)).await.unwrap(),
    );
    assert!(one.states.is_empty() && two.states.is_empty());
    let a = first_tab.grade("card", g(2), at(7)).await.unwrap();
    let b = second_tab.grade("card", g(5), at(7)).await.unwrap();
    assert_eq!(
        b.before, a.after,
        "the second tab started from the stored state"
    );
    assert_eq!(
        b.after, a.after,
        "its grade is a re-drill: it schedules nothing"
    );
    let c = first_tab.grade("other", g(4), at(7)).await.unwrap();
    let log = second_tab.full_log().await.unwrap();
    assert_eq!(log.len(), 3);
    assert!(a.id < b.id && b.id < c.id, "one clock for both tabs");
    let kinds: Vec<_> = replay(&log).0.iter().map(|r| r.kind).collect();
    assert_eq!(
        kinds,
        [ReviewKind::First, ReviewKind::Drill, ReviewKind::First]
    );
    assert_eq!(first_tab.card_states().await.unwrap(), rebuild_states(&log));
}

#[wasm_bindgen_test]
async fn an_open_tab_closes_its_connection_when_another_upgrades() {
    let name = "archdrill-test-version-change";
    IdbStore::delete(name).await.unwrap();
    let told = Rc::new(Cell::new(false));
    let flag = told.clone();
    let old_tab = IdbStore::open(name, move || flag.set(true)).await.unwrap();
    // a newer build in another tab opens the next version: not blocked by the old tab
    let newer = Database::open(name)
        .with_version(DB_VERSION + 1)
        .with_on_upgrade_needed(|_, _| Ok(()))
        .await
        .unwrap();
    assert_eq!(newer.version() as u32, DB_VERSION + 1);
    sleep(10).await;
    assert!(told.get(), "the old tab was told to reload");
    assert!(
        old_tab.settings().await.is_err(),
        "and its connection is closed"
    );
    newer.close();
}
