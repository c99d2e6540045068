//! Browser tests (wasm-bindgen-test in headless Chromium): IndexedDB written and read back,
//! and the app mounted, clicked and checked against what it stored.
#![cfg(target_arch = "wasm32")]

use archdrill::core::srs::log::ReviewKind;
use archdrill::core::srs::sm2::{Grade, Sm2State};
use archdrill::core::srs::study_data::StudyData;
use archdrill::core::srs::study_day::Moment;
use archdrill::core::srs::study_day::StudyDay;
use archdrill::store::indexed_db::{IdbStore, DB_VERSION};
use archdrill::store::{load_study_data, Settings, Store};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    JsFuture::from(promise).await.unwrap();
}

/// Polls `cond` every 10 ms for up to 5 s.
async fn until(what: &str, cond: impl Fn() -> bool) {
    for _ in 0..500 {
        if cond() {
            return;
        }
        sleep(10).await;
    }
    panic!("timed out waiting for {what}");
}

async fn fresh_store(name: &str) -> IdbStore {
    IdbStore::delete(name).await.unwrap();
    IdbStore::open(name).await.unwrap()
}

fn at(day: i32) -> Moment {
    Moment {
        at_ms: f64::from(day) * 86_400_000.0,
        day: StudyDay(day),
    }
}

#[wasm_bindgen_test]
async fn reviews_are_written_atomically_and_read_back_after_reopening() {
    let name = "archdrill-test-store";
    let store = fresh_store(name).await;
    assert_eq!(store.version(), DB_VERSION);
    let mut data = StudyData::default();
    for (card, q, day) in [("a", 4, 10), ("b", 2, 10), ("b", 4, 10), ("a", 5, 11)] {
        let stored = store
            .record(data.entry_for(card, Grade::new(q).unwrap(), at(day)))
            .await
            .unwrap();
        assert!(stored.seq > 0, "the store assigns a seq");
        data.apply(stored);
    }
    drop(store);

    let reopened = IdbStore::open(name).await.unwrap();
    let loaded = load_study_data(&reopened, StudyDay(11)).await.unwrap();
    assert_eq!(loaded.states, data.states);
    assert_eq!(
        loaded.recent_log,
        data.day_log(StudyDay(11)).cloned().collect::<Vec<_>>()
    );
    // earlier days are counted through the day index, not loaded
    assert_eq!(loaded.earlier_reviews.len(), 13);
    assert_eq!(
        (
            loaded.reviews_on(StudyDay(10)),
            loaded.reviews_on(StudyDay(9))
        ),
        (3, 0)
    );
    let log = reopened.full_log().await.unwrap();
    assert_eq!(
        log.iter().map(|e| e.kind).collect::<Vec<_>>(),
        [
            ReviewKind::First,
            ReviewKind::First,
            ReviewKind::Drill,
            ReviewKind::First
        ]
    );
    assert_eq!(reopened.log_since(StudyDay(11)).await.unwrap().len(), 1);
    assert_eq!(
        archdrill::core::srs::log::rebuild_states(&log),
        reopened.card_states().await.unwrap()
    );
}

#[wasm_bindgen_test]
async fn undo_removes_the_entry_and_restores_the_state_together() {
    let store = fresh_store("archdrill-test-undo").await;
    let mut data = StudyData::default();
    let first = store
        .record(data.entry_for("a", Grade::new(4).unwrap(), at(1)))
        .await
        .unwrap();
    data.apply(first.clone());
    let second = store
        .record(data.entry_for("a", Grade::new(5).unwrap(), at(2)))
        .await
        .unwrap();
    store.undo(&second).await.unwrap();
    assert_eq!(
        store.card_states().await.unwrap().get("a"),
        Some(&first.after)
    );
    assert_eq!(store.full_log().await.unwrap(), vec![first.clone()]);
    store.undo(&first).await.unwrap();
    assert!(
        store.card_states().await.unwrap().is_empty(),
        "an undone new card is new again"
    );
    assert!(store.full_log().await.unwrap().is_empty());
    assert!(
        store.undo(&first).await.is_err(),
        "undoing twice is refused"
    );
}

#[wasm_bindgen_test]
async fn settings_round_trip() {
    let store = fresh_store("archdrill-test-settings").await;
    assert_eq!(store.settings().await.unwrap(), Settings::default());
    let custom = Settings {
        new_per_day: 7,
        day_start_hour: 2,
    };
    store.save_settings(custom).await.unwrap();
    assert_eq!(
        IdbStore::open("archdrill-test-settings")
            .await
            .unwrap()
            .settings()
            .await
            .unwrap(),
        custom
    );
}

fn query(selector: &str) -> Option<web_sys::HtmlElement> {
    document()
        .query_selector(selector)
        .unwrap()
        .and_then(|e| e.dyn_into().ok())
}

fn text(selector: &str) -> String {
    query(selector)
        .and_then(|e| e.text_content())
        .unwrap_or_default()
}

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
    let store = IdbStore::open(name).await.unwrap();
    let log = store.full_log().await.unwrap();
    assert_eq!(log.len(), 1);
    assert_eq!(
        (log[0].grade, log[0].before, log[0].kind),
        (Grade::new(4).unwrap(), None, ReviewKind::First)
    );
    let state: Sm2State = store.card_states().await.unwrap()[&log[0].card_id];
    assert_eq!((state.repetitions, state.interval), (1, 1));
    window().location().set_hash("#/").unwrap();
}

#[wasm_bindgen_test]
async fn a_text_snapshot_of_an_earlier_build_is_rebuilt_from_the_card_records() {
    use indexed_db_futures::database::Database;
    use indexed_db_futures::prelude::*;
    use indexed_db_futures::transaction::TransactionMode;
    let name = "archdrill-test-text-snapshot";
    let store = fresh_store(name).await;
    let mut data = StudyData::default();
    for card in ["a", "b"] {
        let entry = data.entry_for(card, Grade::new(5).unwrap(), at(3));
        data.apply(store.record(entry).await.unwrap());
    }
    // what an earlier build wrote: the packed states as a string, here claiming other states
    #[derive(serde::Serialize)]
    struct TextSnapshot {
        seq: u64,
        packed: &'static str,
    }
    let old = TextSnapshot {
        seq: data.recent_log[1].seq,
        packed: "a,7,99,130,500\nb,7,99,130,500\n",
    };
    let raw = Database::open(name).await.unwrap();
    let write_old = async || {
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
    };
    write_old().await;
    // undo cannot tell what the old snapshot covers: it drops it instead of failing
    let newest = data.recent_log[1].clone();
    store.undo(&newest).await.unwrap();
    data.revert(&newest);
    assert_eq!(store.card_states().await.unwrap(), data.states);
    // read as no snapshot: the states come from the card records, and a new snapshot is written
    write_old().await;
    assert_eq!(store.card_states().await.unwrap(), data.states);
    assert_eq!(store.card_states().await.unwrap(), data.states);
    raw.close();
}

#[wasm_bindgen_test]
async fn reviews_of_earlier_days_reach_the_history_strip_after_the_first_screen() {
    let name = "archdrill-test-history";
    let store = fresh_store(name).await;
    let today = archdrill::ui::clock::now(Settings::default().day_start_hour).day;
    // three reviews two days ago and one yesterday: counted by the app, not loaded at start-up
    let mut data = StudyData::default();
    for (card, back) in [("a", 2), ("b", 2), ("c", 2), ("a", 1)] {
        let entry = data.entry_for(card, Grade::new(4).unwrap(), at(today.0 - back));
        data.apply(store.record(entry).await.unwrap());
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

/// Mounts the app on `db` at `hash`, with the build's content file installed as the app would
/// fetch it (the test runner does not serve it); keep the returned handle alive while testing.
fn mount_app(db: &'static str, hash: &str) -> leptos::mount::UnmountHandle<impl Mountable> {
    let content = include_str!(concat!(
        env!("OUT_DIR"),
        "/",
        env!("ARCHDRILL_CONTENT_FILE")
    ));
    archdrill::core::content::catalogue::install(content.to_string())
        .expect("the build's content file");
    window().location().set_hash(hash).unwrap();
    let host = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&host).unwrap();
    leptos::mount::mount_to(
        host.unchecked_into(),
        move || view! { <archdrill::ui::app::App db_name=db/> },
    )
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

    let stored = IdbStore::open(db).await.unwrap().attempts().await.unwrap();
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

#[wasm_bindgen_test]
async fn a_version_1_database_is_upgraded_in_place_without_losing_reviews() {
    use indexed_db_futures::database::Database;
    use indexed_db_futures::prelude::*;
    use indexed_db_futures::transaction::TransactionMode;
    let name = "archdrill-test-upgrade";
    IdbStore::delete(name).await.unwrap();
    // the schema of version 1, with one review in it
    let v1 = Database::open(name)
        .with_version(1u32)
        .with_on_upgrade_needed(|_, db| {
            db.create_object_store("cards")
                .with_key_path("id".into())
                .build()?;
            let log = db
                .create_object_store("log")
                .with_key_path("seq".into())
                .with_auto_increment(true)
                .build()?;
            log.create_index("day", "day".into()).build()?;
            db.create_object_store("settings").build()?;
            Ok(())
        })
        .await
        .unwrap();
    let entry = StudyData::default().entry_for("a", Grade::new(4).unwrap(), at(3));
    let tx = v1
        .transaction(["log", "cards"])
        .with_mode(TransactionMode::Readwrite)
        .build()
        .unwrap();
    tx.object_store("log")
        .unwrap()
        .add(&entry)
        .serde()
        .unwrap()
        .await
        .unwrap();
    #[derive(serde::Serialize)]
    struct CardRecord<'a> {
        id: &'a str,
        state: Sm2State,
    }
    let record = CardRecord {
        id: "a",
        state: entry.after,
    };
    tx.object_store("cards")
        .unwrap()
        .put(&record)
        .serde()
        .unwrap()
        .await
        .unwrap();
    tx.commit().await.unwrap();
    v1.close();

    let upgraded = IdbStore::open(name).await.unwrap();
    assert_eq!(upgraded.version(), DB_VERSION);
    assert_eq!(
        upgraded.card_states().await.unwrap().get("a"),
        Some(&entry.after)
    );
    assert_eq!(upgraded.full_log().await.unwrap().len(), 1);
    assert!(
        upgraded.attempts().await.unwrap().is_empty(),
        "the version 2 stores exist"
    );
    assert!(upgraded.boosts().await.unwrap().is_empty());
}

#[wasm_bindgen_test]
async fn card_states_come_from_the_snapshot_plus_newer_log_and_survive_undo() {
    let store = fresh_store("archdrill-test-snapshot").await;
    let mut data = StudyData::default();
    let grade = async |data: &mut StudyData, card: &str, q: u8, day: i32| {
        let stored = store
            .record(data.entry_for(card, Grade::new(q).unwrap(), at(day)))
            .await
            .unwrap();
        data.apply(stored.clone());
        stored
    };
    grade(&mut data, "a", 4, 1).await;
    let covered = grade(&mut data, "b", 5, 1).await;
    // the first read has no snapshot: it reads the per-card records and writes one
    assert_eq!(store.card_states().await.unwrap(), data.states);
    let after_snapshot = grade(&mut data, "a", 5, 2).await;
    grade(&mut data, "c", 3, 2).await;
    // now: the snapshot plus the two newer log entries
    assert_eq!(store.card_states().await.unwrap(), data.states);
    store.undo(&after_snapshot).await.unwrap();
    data.revert(&after_snapshot);
    assert_eq!(store.card_states().await.unwrap(), data.states);
    // undoing an entry the snapshot already holds drops the snapshot instead of resurrecting it
    store.undo(&covered).await.unwrap();
    data.revert(&covered);
    assert!(!data.states.contains_key("b"));
    assert_eq!(store.card_states().await.unwrap(), data.states);
    assert_eq!(
        archdrill::core::srs::log::rebuild_states(&store.full_log().await.unwrap()),
        data.states
    );
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
