//! The app's state on the memory store: writes are queued, never dropped; a failed write is
//! said in words, changes nothing, and Retry keeps it.

use crate::support::{at, catalogue, g, until};

/// A card of the curriculum.
const CARD: &str = "caching-cache-aside-read-miss";
use archdrill::core::srs::study_day::StudyDay;
use archdrill::store::memory::MemoryStore;
use archdrill::store::{Settings, Startup, Store, StoreError};
use archdrill::ui::state::{AppState, OpeningStore};
use futures::FutureExt;
use leptos::prelude::*;
use std::rc::Rc;
use wasm_bindgen_test::*;

/// An app state over a new memory store, and that store.
fn state_on_memory() -> (AppState<MemoryStore>, Rc<MemoryStore>) {
    // the app's mount starts the executor; these tests may run before any mount
    let _ = any_spawner::Executor::init_wasm_bindgen();
    let store = Rc::new(MemoryStore::new());
    let opening: OpeningStore<MemoryStore> = futures::future::ready(Ok(store.clone()))
        .boxed_local()
        .shared();
    let startup = Startup::empty(StudyDay(20_000));
    let state = AppState::new(opening, startup, catalogue(), RwSignal::new(false));
    (state, store)
}

#[wasm_bindgen_test]
async fn writes_asked_for_together_all_land_in_order() {
    let (state, store) = state_on_memory();
    state.grade(CARD.into(), g(2));
    state.grade(CARD.into(), g(5));
    state.save_settings(Settings {
        new_per_day: 3,
        day_start_hour: 4,
        review_per_day: 150,
        leech_threshold: 5,
    });
    until("three writes", || state.revision().get_untracked() == 3).await;
    assert!(!state.busy().get_untracked());
    let log = store.full_log().await.unwrap();
    assert_eq!(
        log.len(),
        2,
        "the second grade waited instead of being dropped"
    );
    assert_eq!(
        log[1].before, log[0].after,
        "and started from the first one's state"
    );
    assert_eq!(store.settings().await.unwrap().new_per_day, 3);
    assert_eq!(state.data().get_untracked().recent_log, log);
}

#[wasm_bindgen_test]
async fn a_grade_that_cannot_be_saved_says_why_and_retry_keeps_it() {
    let (state, store) = state_on_memory();
    store.fail_next_write(StoreError::QuotaExceeded);
    state.grade(CARD.into(), g(4));
    until("the error", || state.error().get_untracked().is_some()).await;
    let message = state.error().get_untracked().unwrap();
    assert!(
        message.starts_with("Couldn't save — storage is full"),
        "{message}"
    );
    assert!(state.can_retry());
    assert!(store.full_log().await.unwrap().is_empty(), "nothing stored");
    assert!(
        state.data().get_untracked().states.is_empty(),
        "nothing shown as saved"
    );
    state.retry();
    until("the retried grade", || {
        state.revision().get_untracked() == 1
    })
    .await;
    assert_eq!(state.error().get_untracked(), None);
    assert!(!state.can_retry());
    let log = store.full_log().await.unwrap();
    assert_eq!((log.len(), log[0].grade()), (1, Some(g(4))));
    assert!(state.data().get_untracked().states.contains_key(CARD));
}

#[wasm_bindgen_test]
async fn the_study_day_rolls_over_while_the_app_is_open() {
    use archdrill::ui::hooks::use_day_rollover::use_day_rollover;
    let (state, store) = state_on_memory(); // opened on day 20,000, long before today
    store.grade(CARD, g(4), at(20_000)).await.unwrap();
    let owner = Owner::new();
    owner.with(|| use_day_rollover(state, std::time::Duration::from_millis(20)));
    let today = archdrill::ui::clock::today_of(&Settings::default());
    until("the new day", || state.today().get_untracked() == today).await;
    let read_again = || state.data().get_untracked().states.contains_key(CARD);
    until("the stored states read again on the new day", read_again).await;
    assert!(
        state.data().get_untracked().recent_log.is_empty(),
        "nothing reviewed today"
    );
    drop(owner); // the timer stops with its owner
}
