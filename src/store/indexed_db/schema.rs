//! The database's schema, one upgrade step per version, and the move of a v1–v3 review log into
//! the event log.
//!
//! Version [`DB_VERSION`]:
//! - `events` (since 4): the event log keyed by event id (see `core::srs::event`), indexes
//!   `day`, `card`, and `review_day` / `retraction_day` (reviews and retractions by day, to
//!   count them), and `mark` (since 5: mark events by the mark's name); never deleted from;
//! - `cards`: `{ id, state }` keyed by card id, the replay of the card's events;
//! - `meta` (since 4): under `"clock"`, this device's id and its clock's last reading;
//! - `settings`: one record under the key `"settings"`;
//! - `attempts`, `boosts` (since 2): mock-interview attempts by `id`; review boosts;
//! - `snapshot` (since 3): a cache of every card state (see `snapshot.rs`);
//! - `log` (1–3): the old review log keyed by `seq`; version 4 moves its entries into `events`
//!   when the database is first opened, in one transaction, and leaves it empty.

use super::request::{all_records, commit, err, put_at, tx};
use crate::core::srs::event::{Action, Event, Hlc};
use crate::core::srs::sm2::{Grade, Sm2State};
use crate::core::srs::study_day::StudyDay;
use crate::store::StoreResult;
use indexed_db_futures::database::{Database, VersionChangeEvent};
use indexed_db_futures::prelude::*;
use indexed_db_futures::transaction::TransactionMode;
use serde::{Deserialize, Serialize};

/// The schema version this build writes.
pub const DB_VERSION: u32 = 5;

pub const CARDS: &str = "cards";
pub const EVENTS: &str = "events";
pub const META: &str = "meta";
pub const SETTINGS: &str = "settings";
pub const ATTEMPTS: &str = "attempts";
pub const BOOSTS: &str = "boosts";
pub const SNAPSHOT: &str = "snapshot";
pub const DAY_INDEX: &str = "day";
pub const CARD_INDEX: &str = "card";
/// Index of the reviews by `[day, grade]`: a retraction has no grade, so it is not in it.
pub const REVIEW_DAY_INDEX: &str = "review_day";
/// Index of the retractions by `[day, target]`: a review has no target, so it is not in it.
pub const RETRACTION_DAY_INDEX: &str = "retraction_day";
/// Index of the mark events by the mark's name (`"Suspend"`…): no other event has one.
pub const MARK_INDEX: &str = "mark";
/// A store made and deleted by the version 5 upgrade: the way to its transaction (and so to
/// `events`, to index it), which `indexed_db_futures` gives no other way.
const SCRATCH: &str = "upgrade-scratch";
/// Key of the clock record in `meta`.
pub const CLOCK: &str = "clock";
const LEGACY_LOG: &str = "log";

/// This device's id and the last reading of its clock, read and written by every write.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Clock {
    /// A random id, made when the database was created or upgraded to version 4.
    pub device: String,
    /// The last reading issued.
    pub last: Hlc,
}

/// A random device id: 16 hex digits of a random UUID (all zeros where the browser has none).
fn new_device_id() -> String {
    let uuid = web_sys::window()
        .and_then(|w| w.crypto().ok())
        .map(|c| c.random_uuid())
        .unwrap_or_default();
    let hex: String = uuid
        .chars()
        .filter(char::is_ascii_hexdigit)
        .take(16)
        .collect();
    format!("{hex:0<16}")
}

/// Creates or migrates the object stores from the event's old version to [`DB_VERSION`]; a
/// v1–v3 log is moved into `events` after the upgrade ([`move_legacy_log`]).
pub fn upgrade(event: &VersionChangeEvent, db: &Database) -> indexed_db_futures::Result<()> {
    let old = event.old_version() as u32;
    if old < 1 {
        db.create_object_store(CARDS)
            .with_key_path("id".into())
            .build()?;
        db.create_object_store(SETTINGS).build()?;
    }
    if old < 2 {
        db.create_object_store(ATTEMPTS)
            .with_key_path("id".into())
            .build()?;
        db.create_object_store(BOOSTS)
            .with_auto_increment(true)
            .build()?;
    }
    if old < 3 {
        db.create_object_store(SNAPSHOT).build()?;
    }
    if old < 4 {
        let events = db
            .create_object_store(EVENTS)
            .with_key_path("id".into())
            .build()?;
        events.create_index(DAY_INDEX, "day".into()).build()?;
        events.create_index(CARD_INDEX, "card_id".into()).build()?;
        // records whose key path does not resolve are left out of an index: these two count
        // reviews and retractions per day without reading them
        let reviews = vec!["day".to_string(), "action.Grade".to_string()];
        events
            .create_index(REVIEW_DAY_INDEX, reviews.into())
            .build()?;
        let retractions = vec!["day".to_string(), "action.Retract".to_string()];
        events
            .create_index(RETRACTION_DAY_INDEX, retractions.into())
            .build()?;
        let meta = db.create_object_store(META).build()?;
        let clock = Clock {
            device: new_device_id(),
            last: Hlc::default(),
        };
        // asked for now; the upgrade's transaction commits it with the new stores
        drop(
            meta.put(&clock)
                .with_key(CLOCK)
                .without_key_type()
                .serde()?,
        );
    }
    if old < 5 {
        let scratch = db.create_object_store(SCRATCH).build()?;
        let events = scratch.transaction().object_store(EVENTS)?;
        events
            .create_index(MARK_INDEX, "action.Mark".into())
            .build()?;
        drop(events);
        scratch.delete_object_store()?;
    }
    Ok(())
}

/// Whether the database still has the v1–v3 `log` store (emptied once moved, but kept: only
/// an upgrade can delete a store).
pub fn has_legacy_log(db: &Database) -> bool {
    db.object_store_names().any(|name| name == LEGACY_LOG)
}

/// A review log entry as versions 1–3 stored it.
#[derive(Deserialize)]
struct LegacyEntry {
    card_id: String,
    at_ms: f64,
    day: StudyDay,
    grade: Grade,
    before: Option<Sm2State>,
    after: Sm2State,
}

/// Moves every entry of the v1–v3 `log` into `events`, in `seq` order, with ids from this
/// device's clock, and clears `log` and the snapshot cache: one transaction, so an interrupted
/// move leaves the old log as it was and is done again on the next open (an empty `log` costs
/// one read).
pub async fn move_legacy_log(db: &Database) -> StoreResult<()> {
    let stores = [LEGACY_LOG, EVENTS, META, SNAPSHOT];
    let tx = tx(db, &stores, TransactionMode::Readwrite)?;
    let legacy = tx.object_store(LEGACY_LOG).map_err(err)?;
    let entries: Vec<LegacyEntry> = all_records(&legacy).await?;
    if entries.is_empty() {
        return Ok(()); // moved already: the read-write transaction commits nothing
    }
    let meta = tx.object_store(META).map_err(err)?;
    let mut clock: Clock = super::request::get_by_key(&meta, CLOCK)
        .await?
        .unwrap_or(Clock {
            device: new_device_id(),
            last: Hlc::default(),
        });
    let events = tx.object_store(EVENTS).map_err(err)?;
    for entry in entries {
        clock.last = clock.last.tick(entry.at_ms);
        let event = Event {
            id: clock.last.id(&clock.device),
            card_id: entry.card_id,
            at_ms: entry.at_ms,
            day: entry.day,
            action: Action::Grade(entry.grade),
            before: entry.before,
            after: Some(entry.after),
            took_ms: None,
        };
        super::request::put_record(&events, &event)?;
    }
    put_at(&meta, CLOCK, &clock)?;
    legacy.clear().map_err(err)?.await.map_err(err)?;
    tx.object_store(SNAPSHOT)
        .map_err(err)?
        .clear()
        .map_err(err)?
        .await
        .map_err(err)?;
    drop((legacy, meta, events));
    commit(tx).await
}
