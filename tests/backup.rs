//! Backups (`core::backup`, `store::backup`): the file is canonical, so export → import into an
//! empty profile → export gives the same bytes; importing merges and never overwrites, twice
//! changes nothing; every bad file is named, with the position of a bad record.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use archdrill::core::backup::check::{
    check, check_envelope, check_events, check_size, decode_list, parse_error, BackupError,
    MAX_BYTES,
};
use archdrill::core::backup::merge::plan;
use archdrill::core::backup::{backup_of, file_name, Backup};
use archdrill::core::feedback::boost::Boost;
use archdrill::core::srs::event::{Action, EventId};
use archdrill::core::srs::log::rebuild_states;
use archdrill::core::srs::study_day::{Moment, StudyDay};
use archdrill::store::backup::{backup, held};
use archdrill::store::memory::MemoryStore;
use archdrill::store::{Settings, Store};
use common::{attempt, g};
use pollster::block_on;

fn at(day: i32, n: u64) -> Moment {
    Moment {
        at_ms: f64::from(day) * 86_400_000.0 + n as f64,
        day: StudyDay(day),
    }
}

/// A store on `device` with reviews on two days, one undone, an attempt and a boost.
fn collection(device: &str, cards: &[&str]) -> MemoryStore {
    let store = MemoryStore::on_device(device);
    for (i, card) in cards.iter().enumerate() {
        block_on(store.grade(card, g(4), at(20_000, i as u64))).unwrap();
        block_on(store.grade(card, g(3), at(20_003, i as u64))).unwrap();
    }
    let last = block_on(store.full_log()).unwrap().pop().unwrap();
    block_on(store.retract(&last.card_id, &last.id, at(20_003, 99))).unwrap();
    let (mut a, _) = attempt(["clarify", "simple", "hot key", "failover"], [1.0; 4]);
    a.id = format!("url-shortener@{device}");
    let boost = Boost {
        attempt_id: a.id.clone(),
        day: StudyDay(20_003),
        topics: vec!["Caching".into()],
        pulled: vec![],
    };
    block_on(store.complete_attempt(&a, Some(&boost))).unwrap();
    block_on(store.save_settings(Settings {
        new_per_day: 35,
        day_start_hour: 5,
        review_per_day: 150,
        leech_threshold: 5,
    }))
    .unwrap();
    store
}

fn json(b: &Backup) -> String {
    serde_json::to_string(b).unwrap()
}

/// Imports `file` (JSON text) into `store`, as the app does: parse, check, plan, one write.
fn import(store: &MemoryStore, file: &str) -> String {
    let backup: Backup = serde_json::from_str(file).unwrap();
    check_events(&backup.events).unwrap();
    let plan = plan(backup, &block_on(held(store)).unwrap());
    block_on(store.import(&plan, at(20_010, 0))).unwrap();
    plan.summary()
}

#[test]
fn export_import_into_an_empty_profile_export_again_gives_the_same_bytes() {
    let a = collection("aaaaaaaaaaaaaaaa", &["c1", "c2", "c3"]);
    let first = json(&block_on(backup(&a)).unwrap());
    let empty = MemoryStore::on_device("bbbbbbbbbbbbbbbb");
    let summary = import(&empty, &first);
    assert_eq!(summary, "6 reviews, 1 undo, 1 interview attempt, 1 review boost, your settings new; 0 already here.");
    assert_eq!(json(&block_on(backup(&empty)).unwrap()), first);
    assert_eq!(
        block_on(empty.card_states()).unwrap(),
        block_on(a.card_states()).unwrap()
    );
}

#[test]
fn importing_the_same_file_twice_changes_nothing_and_never_overwrites() {
    let a = collection("aaaaaaaaaaaaaaaa", &["c1", "c2"]);
    let b = collection("bbbbbbbbbbbbbbbb", &["c2", "c3"]);
    let file = json(&block_on(backup(&a)).unwrap());
    import(&b, &file);
    let merged = json(&block_on(backup(&b)).unwrap());
    assert_eq!(import(&b, &file), "Nothing new: 7 already here.");
    assert_eq!(json(&block_on(backup(&b)).unwrap()), merged);
    // b's own settings stay: a browser that saved settings keeps them
    assert_eq!(
        block_on(b.settings()).unwrap(),
        Settings {
            new_per_day: 35,
            day_start_hour: 5,
            review_per_day: 150,
            leech_threshold: 5,
        }
    );
    // the union of both logs, card states equal to its replay
    let log = block_on(b.full_log()).unwrap();
    assert_eq!(log.len(), 2 * (4 + 1));
    assert_eq!(block_on(b.card_states()).unwrap(), rebuild_states(&log));
    assert_eq!(block_on(b.attempts()).unwrap().len(), 2);
}

#[test]
fn the_clock_moves_past_imported_events_so_new_ones_sort_after_them() {
    let a = collection("aaaaaaaaaaaaaaaa", &["c1"]);
    let b = MemoryStore::on_device("bbbbbbbbbbbbbbbb");
    import(&b, &json(&block_on(backup(&a)).unwrap()));
    // b's wall clock is behind a's newest event
    let newer = block_on(b.grade("c1", g(5), at(20_001, 0))).unwrap();
    let newest_imported = block_on(a.full_log())
        .unwrap()
        .into_iter()
        .map(|e| e.id)
        .max()
        .unwrap();
    assert!(
        newer.id > newest_imported,
        "{:?} after {:?}",
        newer.id,
        newest_imported
    );
}

#[test]
fn the_file_is_canonical_and_its_header_says_what_it_holds() {
    let a = collection("aaaaaaaaaaaaaaaa", &["c1", "c2"]);
    let b = block_on(backup(&a)).unwrap();
    let mut shuffled = b.events.clone();
    shuffled.reverse();
    let again = backup_of(b.settings, shuffled, b.attempts.clone(), b.boosts.clone());
    assert_eq!(json(&again), json(&b));
    let h = &b.header;
    assert_eq!(
        (h.reviews, h.retractions, h.attempts, h.boosts),
        (4, 1, 1, 1)
    );
    assert_eq!(h.first_day.as_deref(), Some("2024-10-04"));
    assert_eq!(h.last_day.as_deref(), Some("2024-10-07"));
    assert_eq!(h.devices, vec!["aaaaaaaaaaaaaaaa".to_string()]);
    assert_eq!(
        file_name(StudyDay(20_424).date()),
        "archdrill-backup-2025-12-02.json"
    );
}

#[test]
fn bad_files_are_named() {
    assert_eq!(check_size(MAX_BYTES), Ok(()));
    assert_eq!(
        check_size(MAX_BYTES + 1),
        Err(BackupError::TooBig(MAX_BYTES + 1))
    );
    assert_eq!(
        check_size(250_000_000).unwrap_err().to_string(),
        "This file is 250 MB; a backup can be at most 200 MB."
    );
    // the browser's and serde_json's words for input that ends early
    for message in [
        "Unexpected end of JSON input",
        "Unterminated string in JSON at position 7",
        "EOF while parsing a value at line 1 column 5",
    ] {
        assert_eq!(
            parse_error(message, 645),
            BackupError::Truncated,
            "{message}"
        );
    }
    // Chromium stopping at the last character of a file cut right after a value
    let at = |n: usize| {
        format!(
            "Expected ',' or '}}' after property value in JSON at position {n} (line 1 column {})",
            n + 1
        )
    };
    assert_eq!(parse_error(&at(645), 645), BackupError::Truncated);
    assert!(matches!(parse_error(&at(10), 645), BackupError::NotJson(_)));
    assert!(matches!(
        parse_error("Unexpected token 'h', \"hello\" is not valid JSON", 5),
        BackupError::NotJson(_)
    ));
    assert_eq!(check_envelope(None, Some(1.0)), Err(BackupError::NotBackup));
    assert_eq!(check_envelope(Some("archdrill-backup"), Some(2.0)).unwrap_err().to_string(),
        "This backup is of format 2, newer than this archdrill reads (1): update the app, then import it.");
    assert_eq!(
        check_envelope(Some("archdrill-backup"), Some(1.5)),
        Err(BackupError::NotBackup)
    );
    assert_eq!(check_envelope(Some("archdrill-backup"), Some(1.0)), Ok(()));
}

#[test]
fn a_bad_record_is_named_with_its_position() {
    let items = vec![serde_json::json!({"id": "x"}); 1204]
        .into_iter()
        .chain([serde_json::json!(7)]);
    let err = decode_list(items, "event", |v| {
        if v.is_object() {
            Ok(())
        } else {
            Err("not an object".into())
        }
    })
    .unwrap_err();
    assert_eq!(
        err.to_string(),
        "This backup's event 1,205 does not read: not an object."
    );

    let a = collection("aaaaaaaaaaaaaaaa", &["c1", "c2"]);
    let events = block_on(a.full_log()).unwrap();
    let mut twice = events.clone();
    twice.push(events[0].clone());
    assert!(check_events(&twice)
        .unwrap_err()
        .to_string()
        .contains("event 6 does not read: its id"));
    let mut bad = events.clone();
    bad[2].card_id = " ".into();
    assert_eq!(
        check_events(&bad).unwrap_err().to_string(),
        "This backup's event 3 does not read: it names no card."
    );
    let mut orphan = events.clone();
    orphan[4].action = Action::Retract(EventId("1-0-elsewhere".into()));
    assert!(check_events(&orphan)
        .unwrap_err()
        .to_string()
        .contains("event 5 does not read: it undoes \"1-0-elsewhere\""));
    let mut badid = events;
    badid[0].id = EventId("yesterday".into());
    assert!(check_events(&badid)
        .unwrap_err()
        .to_string()
        .contains("event 1 does not read: its id \"yesterday\""));
}

#[test]
fn an_attempt_or_settings_the_screens_cannot_show_are_refused_with_their_position() {
    let a = collection("aaaaaaaaaaaaaaaa", &["c1"]);
    let good = block_on(backup(&a)).unwrap();
    assert_eq!(check(&good), Ok(()));
    let refused = |change: &dyn Fn(&mut Backup)| {
        let mut b = good.clone();
        change(&mut b);
        check(&b).unwrap_err().to_string()
    };
    assert_eq!(
        refused(&|b| b.attempts[0].phase = 7),
        "This backup's attempt 1 does not read: its phase 7 is not 0–3."
    );
    assert_eq!(
        refused(&|b| b.attempts[0].elapsed_ms[2] = f64::NAN),
        "This backup's attempt 1 does not read: a time of it is not a time."
    );
    assert_eq!(
        refused(&|b| b.attempts[0].rating = Some(9)),
        "This backup's attempt 1 does not read: its rating 9 is not 1–4."
    );
    assert_eq!(
        refused(&|b| b.attempts[0].interview_id = String::new()),
        "This backup's attempt 1 does not read: it names no attempt or no interview."
    );
    assert_eq!(refused(&|b| b.settings.day_start_hour = 24), "This backup's settings do not read: new cards per day must be 0–999, reviews per day 0–9999, the day start hour 0–23 and the leech threshold 0–99.");
}
