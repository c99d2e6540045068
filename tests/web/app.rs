//! The app mounted, clicked and checked against what it stored.

use crate::support::{grade, mount_app, open, query, sleep, text, until};
use archdrill::core::srs::log::{replay, ReviewKind};
use archdrill::core::srs::sm2::{Grade, Sm2State};
use archdrill::core::srs::study_data::StudyData;
use archdrill::store::indexed_db::IdbStore;
use archdrill::store::{Settings, Store};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

/// The grade button whose accessible text begins with `q`.
fn grade_button(q: u8) -> Option<web_sys::HtmlElement> {
    let buttons = document().query_selector_all(".grades button").unwrap();
    (0..buttons.length())
        .filter_map(|i| buttons.item(i)?.dyn_into::<web_sys::HtmlElement>().ok())
        .find(|b| {
            b.text_content()
                .unwrap_or_default()
                .starts_with(&q.to_string())
        })
}

#[wasm_bindgen_test]
async fn the_app_reviews_a_card_and_stores_the_grade() {
    let name = "archdrill-test-app";
    IdbStore::delete(name).await.unwrap();
    // a first visit: the app starts without waiting for the database, and the grade below
    // waits for IndexedDB to create it
    assert!(IdbStore::is_absent(name).await, "no database yet");
    let _mounted = mount_app(name, "#/");

    until("home counts", || query("[data-testid=count-new]").is_some()).await;
    assert_eq!(text("[data-testid=count-new]"), "20");
    assert_eq!(text("[data-testid=count-due]"), "0");

    query("a.button.primary").expect("Start review").click();
    until("a card", || query("[data-testid=card-front]").is_some()).await;
    let front = text("[data-testid=card-front]");
    assert!(
        query("[data-testid=card-back]").is_none(),
        "the answer starts hidden"
    );
    query("button.show").expect("Show answer").click();
    until("the answer", || query("[data-testid=card-back]").is_some()).await;
    for q in 0..=5 {
        let label = grade_button(q)
            .expect("six grade buttons")
            .text_content()
            .unwrap();
        assert!(
            label.starts_with(&format!("{q} {}", Grade::new(q).unwrap().meaning())),
            "{label}"
        );
    }
    assert!(
        grade_button(4)
            .unwrap()
            .text_content()
            .unwrap()
            .ends_with("1d"),
        "a new card's 4 schedules in 1 day"
    );
    grade_button(4).unwrap().click();
    until("the next card", || {
        query("[data-testid=card-back]").is_none()
    })
    .await;
    assert_ne!(text("[data-testid=card-front]"), front);
    assert!(text("[data-testid=remaining]").starts_with("19 left"));

    assert!(
        !IdbStore::is_absent(name).await,
        "the app created the database"
    );
    let store = open(name).await;
    let log = store.full_log().await.unwrap();
    assert_eq!(log.len(), 1);
    assert_eq!((log[0].grade(), log[0].before), (Grade::new(4), None));
    assert_eq!(replay(&log).0[0].kind, ReviewKind::First);
    let state: Sm2State = store.card_states().await.unwrap()[&log[0].card_id];
    assert_eq!((state.repetitions, state.interval), (1, 1));
    window().location().set_hash("#/").unwrap();
}

#[wasm_bindgen_test]
async fn reviews_of_earlier_days_reach_the_history_strip_after_the_first_screen() {
    let name = "archdrill-test-history";
    let store = crate::support::fresh_store(name).await;
    let today = archdrill::ui::clock::now(Settings::default().day_start_hour).day;
    // three reviews two days ago and one yesterday: counted by the app, not loaded at start-up
    let mut data = StudyData::default();
    for (card, back) in [("a", 2), ("b", 2), ("c", 2), ("a", 1)] {
        grade(&store, &mut data, card, 4, today.0 - back).await;
    }
    let _mounted = mount_app(name, "#/");
    until("home counts", || query("[data-testid=count-new]").is_some()).await;
    until("the earlier days' reviews", || {
        text("[data-testid=history-total]").starts_with("4 ")
    })
    .await;
    let bars = document().query_selector_all(".history .bars .n").unwrap();
    let counts: Vec<String> = (0..bars.length())
        .map(|i| bars.item(i).unwrap().text_content().unwrap())
        .collect();
    assert_eq!(&counts[10..], ["0", "3", "1", "0"], "{counts:?}");
}

#[wasm_bindgen_test]
async fn interview_notes_autosave_and_resume_after_a_remount() {
    let db = "archdrill-test-interview";
    IdbStore::delete(db).await.unwrap();
    let first = mount_app(db, "#/interviews");
    until("the picker", || {
        query("[data-testid=interview-list] button.primary").is_some()
    })
    .await;
    query("[data-testid=interview-list] button.primary")
        .unwrap()
        .click();
    until("the notes editor", || {
        query("[data-testid=notes]").is_some()
    })
    .await;
    let attempt_hash = window().location().hash().unwrap();
    assert!(attempt_hash.starts_with("#/attempts/"), "{attempt_hash}");
    let notes: web_sys::HtmlTextAreaElement =
        query("[data-testid=notes]").unwrap().unchecked_into();
    notes.set_value("100M users, 40 writes/s");
    notes
        .dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
    until("the autosave", || {
        text("[data-testid=save-status]").starts_with("Saved")
    })
    .await;
    drop(first);
    assert!(query("[data-testid=notes]").is_none(), "unmounted");

    let stored = open(db).await.attempts().await.unwrap();
    assert_eq!(stored.len(), 1);
    assert_eq!(stored[0].notes[0], "100M users, 40 writes/s");
    assert!(
        stored[0].running_since_ms.is_some(),
        "the clock keeps running while the tab is closed"
    );

    sleep(2100).await;
    let _second = mount_app(db, &attempt_hash);
    until("the resumed attempt", || {
        query("[data-testid=notes]").is_some()
    })
    .await;
    let resumed: web_sys::HtmlTextAreaElement =
        query("[data-testid=notes]").unwrap().unchecked_into();
    assert_eq!(resumed.value(), "100M users, 40 writes/s");
    assert!(text("[data-testid=phase-title]").starts_with("1 of 4"));
    // the 2 s the app was closed count on the clock of the 8-minute phase
    let clock = text("[data-testid=phase-clock]");
    let left = clock.trim_start_matches("Phase ").trim_end_matches(" left");
    let (m, s) = left.split_once(':').expect("m:ss");
    let seconds_left: u32 = m.parse::<u32>().unwrap() * 60 + s.parse::<u32>().unwrap();
    assert!(seconds_left <= 8 * 60 - 2, "{clock}");
    window().location().set_hash("#/").unwrap();
}

/// The benchmark's SM-2 replay (two sequences side by side, then the rest one by one) ends each
/// sequence where replaying it alone with `next_state` does, for lengths that leave remainders.
#[cfg(feature = "bench")]
#[wasm_bindgen_test]
fn the_benchmark_replay_matches_replaying_each_sequence_alone() {
    use archdrill::bench_exports::sm2_run;
    use archdrill::core::srs::sm2::next_state;
    let grades: Vec<u8> = (0..1_003u32).map(|i| (i * 7 + i / 5) as u8 % 6).collect();
    for length in [1, 2, 3, 7, 20, 1_003, 2_000] {
        let expected: Vec<u32> = grades
            .chunks(length)
            .flat_map(|sequence| {
                let s = sequence.iter().fold(Sm2State::NEW, |s, &q| {
                    next_state(s, Grade::new(q).unwrap(), s.due)
                });
                [s.repetitions, s.interval, u32::from(s.ef100)]
            })
            .collect();
        assert_eq!(
            sm2_run(&grades, length).ok().unwrap(),
            expected,
            "length {length}"
        );
    }
    let mut bad = grades.clone();
    bad[900] = 6; // in the last, unpaired sequence of length 300
    assert!(sm2_run(&bad, 300).is_err());
    bad[900] = 0;
    bad[10] = 9; // in a pair
    assert!(sm2_run(&bad, 300).is_err());
}
