//! Databases written by every earlier release (schema versions 1, 2 and 3, built here as those
//! releases built them) upgrade in place with every record kept; the old review log becomes
//! the event log.

use crate::support::{at, catalogue, g, open};
use archdrill::core::feedback::boost::Boost;
use archdrill::core::interview::session::Attempt;
use archdrill::core::srs::event::Action;
use archdrill::core::srs::log::{rebuild_states, replay, ReviewKind};
use archdrill::core::srs::sm2::{next_state, Sm2State};
use archdrill::core::srs::study_day::StudyDay;
use archdrill::store::indexed_db::{IdbStore, DB_VERSION};
use archdrill::store::{Settings, Store};
use indexed_db_futures::database::Database;
use indexed_db_futures::prelude::*;
use indexed_db_futures::transaction::TransactionMode;
use serde::Serialize;
use wasm_bindgen_test::*;

/// A review log entry as versions 1–3 wrote it (`seq` assigned by IndexedDB).
#[derive(Serialize, Clone)]
struct OldEntry {
    card_id: &'static str,
    at_ms: f64,
    day: StudyDay,
    grade: archdrill::core::srs::sm2::Grade,
    kind: &'static str,
    before: Option<Sm2State>,
    after: Sm2State,
}

/// A card record, as every version writes it.
#[derive(Serialize)]
struct CardRecord {
    id: &'static str,
    state: Sm2State,
}

/// Three reviews as an old build logged them: `a` graded 2 then re-drilled with 5 on day 3,
/// `b` graded 4 on day 4.
fn old_log() -> Vec<OldEntry> {
    let a = next_state(Sm2State::NEW, g(2), StudyDay(3));
    let b = next_state(Sm2State::NEW, g(4), StudyDay(4));
    let entry = |card_id, day: i32, q, kind, before, after| OldEntry {
        card_id,
        at_ms: at(day).at_ms + f64::from(q),
        day: StudyDay(day),
        grade: g(q),
        kind,
        before,
        after,
    };
    vec![
        entry("a", 3, 2, "First", None, a),
        entry("a", 3, 5, "Drill", Some(a), a),
        entry("b", 4, 4, "First", None, b),
    ]
}

/// Creates the schema of `version` (1–3) as that release did and fills it with the old log,
/// card states, settings and (from version 2) an attempt and a boost, (3) a snapshot.
async fn old_database(name: &str, version: u32, attempt: &Attempt, boost: &Boost) {
    IdbStore::delete(name).await.unwrap();
    let db = Database::open(name)
        .with_version(version)
        .with_on_upgrade_needed(move |_, db| {
            db.create_object_store("cards")
                .with_key_path("id".into())
                .build()?;
            let log = db.create_object_store("log").with_key_path("seq".into());
            let log = log.with_auto_increment(true).build()?;
            log.create_index("day", "day".into()).build()?;
            db.create_object_store("settings").build()?;
            if version >= 2 {
                db.create_object_store("attempts")
                    .with_key_path("id".into())
                    .build()?;
                db.create_object_store("boosts")
                    .with_auto_increment(true)
                    .build()?;
            }
            if version >= 3 {
                db.create_object_store("snapshot").build()?;
            }
            Ok(())
        })
        .await
        .unwrap();
    let mut stores = vec!["cards", "log", "settings"];
    stores.extend(if version >= 2 {
        &["attempts", "boosts"][..]
    } else {
        &[]
    });
    stores.extend(if version >= 3 { &["snapshot"][..] } else { &[] });
    let tx = db
        .transaction(&stores[..])
        .with_mode(TransactionMode::Readwrite)
        .build()
        .unwrap();
    let log = tx.object_store("log").unwrap();
    for entry in old_log() {
        log.add(&entry).serde().unwrap().await.unwrap();
    }
    let cards = tx.object_store("cards").unwrap();
    for (id, state) in rebuilt_old_states() {
        cards
            .put(&CardRecord { id, state })
            .serde()
            .unwrap()
            .await
            .unwrap();
    }
    let settings = tx.object_store("settings").unwrap();
    let custom = Settings {
        new_per_day: 9,
        day_start_hour: 5,
        review_per_day: 150,
        leech_threshold: 5,
    };
    settings
        .put(&custom)
        .with_key("settings")
        .without_key_type()
        .serde()
        .unwrap()
        .await
        .unwrap();
    if version >= 2 {
        let attempts = tx.object_store("attempts").unwrap();
        attempts.put(attempt).serde().unwrap().await.unwrap();
        tx.object_store("boosts")
            .unwrap()
            .add(boost)
            .serde()
            .unwrap()
            .await
            .unwrap();
    }
    if version >= 3 {
        #[derive(Serialize)]
        struct OldSnapshot {
            seq: u64,
            #[serde(with = "serde_bytes_as_seq")]
            packed: Vec<u8>,
        }
        let snapshot = OldSnapshot {
            seq: 3,
            packed: b"a,9,9,130,900\n".to_vec(),
        };
        let snapshots = tx.object_store("snapshot").unwrap();
        let put = snapshots
            .put(&snapshot)
            .with_key("snapshot")
            .without_key_type();
        put.serde().unwrap().await.unwrap();
        snapshots
            .put(&3u64)
            .with_key("seq")
            .without_key_type()
            .serde()
            .unwrap()
            .await
            .unwrap();
    }
    drop((log, cards, settings));
    tx.commit().await.unwrap();
    db.close();
}

/// Serialises bytes as a byte buffer (a `Uint8Array`), as version 3 stored its snapshot.
mod serde_bytes_as_seq {
    pub fn serialize<S: serde::Serializer>(bytes: &[u8], s: S) -> Result<S::Ok, S::Error> {
        s.serialize_bytes(bytes)
    }
}

/// The card states the old log leads to.
fn rebuilt_old_states() -> Vec<(&'static str, Sm2State)> {
    let log = old_log();
    vec![("a", log[0].after), ("b", log[2].after)]
}

#[wasm_bindgen_test]
async fn databases_of_versions_1_2_and_3_upgrade_with_every_record_kept() {
    let catalogue = catalogue();
    let interview = &catalogue.interviews()[0];
    let attempt = Attempt::start(interview, at(3).at_ms);
    let boost = Boost {
        attempt_id: attempt.id.clone(),
        day: StudyDay(3),
        topics: vec!["Caching".into()],
        pulled: vec![("a".into(), StudyDay(4))],
    };
    for version in 1..=3u32 {
        let name = "archdrill-test-upgrade";
        old_database(name, version, &attempt, &boost).await;
        let upgraded = open(name).await;
        assert_eq!(upgraded.version(), DB_VERSION);
        let log = upgraded.full_log().await.unwrap();
        let grades: Vec<_> = log
            .iter()
            .map(|e| (e.card_id.as_str(), e.day, e.action.clone()))
            .collect();
        let expected: Vec<_> = old_log()
            .into_iter()
            .map(|e| (e.card_id, e.day, Action::Grade(e.grade)))
            .collect();
        assert_eq!(grades, expected, "v{version}: every review, in order");
        let kinds: Vec<_> = replay(&log).0.iter().map(|r| r.kind).collect();
        assert_eq!(
            kinds,
            [ReviewKind::First, ReviewKind::Drill, ReviewKind::First]
        );
        let states = upgraded.card_states().await.unwrap();
        assert_eq!(
            states,
            rebuild_states(&log),
            "v{version}: states equal the replay"
        );
        let expected_states: Vec<_> = rebuilt_old_states();
        for (id, state) in expected_states {
            assert_eq!(
                states.get(id),
                Some(&state),
                "v{version}: {id}, not the old snapshot"
            );
        }
        assert_eq!(
            upgraded.settings().await.unwrap().new_per_day,
            9,
            "v{version}"
        );
        let (attempts, boosts) = (
            upgraded.attempts().await.unwrap(),
            upgraded.boosts().await.unwrap(),
        );
        if version >= 2 {
            assert_eq!(
                (attempts, boosts),
                (vec![attempt.clone()], vec![boost.clone()])
            );
        } else {
            assert!(
                attempts.is_empty() && boosts.is_empty(),
                "the version 2 stores exist"
            );
        }
        // a grade after the upgrade continues the log, after the moved entries
        let next = upgraded.grade("a", g(5), at(5)).await.unwrap();
        assert!(log.iter().all(|e| e.id < next.id), "v{version}");
        drop(upgraded);
        let reopened = open(name).await;
        assert_eq!(
            reopened.full_log().await.unwrap().len(),
            4,
            "v{version}: moved once"
        );
    }
}
