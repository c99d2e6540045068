//! The browser [`Store`]: IndexedDB via `indexed_db_futures`.
//!
//! Schema (version [`DB_VERSION`]):
//! - `cards`: `{ id, state }` keyed by card id;
//! - `log`: review log entries keyed by auto-incremented `seq`, index `day`;
//! - `settings`: one record under the key `"settings"`;
//! - `attempts` (since version 2): mock-interview attempts keyed by `id`;
//! - `boosts` (since version 2): review boosts from attempts, auto-incremented keys;
//! - `snapshot` (since version 3): one record `{ seq, packed }`, every card state as of log
//!   entry `seq` packed as UTF-8 bytes (see `core::srs::snapshot`; a `Uint8Array` — earlier
//!   builds wrote a string, which reads as no snapshot), and that `seq` alone under the key
//!   `"seq"` — a cache that makes opening a large collection one read plus the log entries
//!   written since; undo drops it when it covers the undone entry.
//!
//! Upgrades run in `upgrade`, one arm per version step, so an old database is migrated
//! in place and nothing stored is lost.

use super::{Settings, Store, StoreError, StoreResult};
use crate::core::feedback::boost::Boost;
use crate::core::interview::session::Attempt;
use crate::core::srs::log::CardStates;
use crate::core::srs::log::LogEntry;
use crate::core::srs::sm2::Sm2State;
use crate::core::srs::snapshot;
use crate::core::srs::study_day::StudyDay;
use crate::core::text::order::by_key;
use indexed_db_futures::cursor::CursorDirection;
use indexed_db_futures::database::{Database, VersionChangeEvent};
use indexed_db_futures::prelude::*;
use indexed_db_futures::query_source::GetAllRecords;
use indexed_db_futures::transaction::TransactionMode;
use indexed_db_futures::KeyRange;
use serde::{Deserialize, Serialize};

/// The schema version this build writes.
pub const DB_VERSION: u32 = 3;
/// The database name the app uses.
pub const DB_NAME: &str = "archdrill";

const CARDS: &str = "cards";
const LOG: &str = "log";
const SETTINGS: &str = "settings";
const DAY_INDEX: &str = "day";
const ATTEMPTS: &str = "attempts";
const BOOSTS: &str = "boosts";
const SNAPSHOT: &str = "snapshot";
/// Key of the snapshot's `seq` on its own, next to the snapshot (read first, so the log entries
/// newer than the snapshot can be asked for while the snapshot itself is still on its way).
const SNAPSHOT_SEQ: &str = "seq";
/// Log entries replayed on top of the snapshot before a fresh one is written.
const SNAPSHOT_REPLAY_LIMIT: usize = 500;

/// The packed card states as of log entry `seq`.
#[derive(Serialize, Deserialize)]
struct Snapshot {
    seq: u64,
    packed: Bytes,
}

/// Text kept as bytes (a `Uint8Array` in IndexedDB): read back with one copy into wasm memory
/// instead of re-encoding a JavaScript string of a few hundred kB.
struct Bytes(Vec<u8>);

impl Serialize for Bytes {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_bytes(&self.0)
    }
}

impl<'de> Deserialize<'de> for Bytes {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = Bytes;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("bytes")
            }
            fn visit_byte_buf<E>(self, bytes: Vec<u8>) -> Result<Bytes, E> {
                Ok(Bytes(bytes))
            }
        }
        deserializer.deserialize_byte_buf(Visitor)
    }
}

/// A stored card state.
#[derive(Serialize, Deserialize)]
struct CardRecord {
    id: String,
    state: Sm2State,
}

fn err(e: impl std::fmt::Display) -> StoreError {
    StoreError(e.to_string())
}

/// Every record of `store`, in key order.
async fn all_records<T: for<'de> Deserialize<'de>>(
    store: &indexed_db_futures::object_store::ObjectStore<'_>,
) -> StoreResult<Vec<T>> {
    let records = store.get_all().serde().map_err(err)?.await.map_err(err)?;
    records.collect::<Result<_, _>>().map_err(err)
}

/// Asks `source` (an object store or an index) now for every record whose key is `from` or
/// more; the returned future yields them.
fn request_from<'a, Q, T, F, I>(
    source: &'a Q,
    from: f64,
) -> StoreResult<impl std::future::Future<Output = StoreResult<Vec<T>>>>
where
    Q: QuerySource,
    GetAllRecords<'a, Q, T, KeyRange<f64>>: BuildSerde<Fut = F>,
    F: std::future::Future<Output = indexed_db_futures::Result<I>>,
    I: Iterator<Item = indexed_db_futures::Result<T>>,
{
    let request = source.get_all().with_query(from..).serde().map_err(err)?;
    Ok(async move {
        request
            .await
            .map_err(err)?
            .collect::<Result<_, _>>()
            .map_err(err)
    })
}

/// Every record of `source` (an object store or an index) whose key is `from` or more.
async fn records_from<'a, Q, T, F, I>(source: &'a Q, from: f64) -> StoreResult<Vec<T>>
where
    Q: QuerySource,
    GetAllRecords<'a, Q, T, KeyRange<f64>>: BuildSerde<Fut = F>,
    F: std::future::Future<Output = indexed_db_futures::Result<I>>,
    I: Iterator<Item = indexed_db_futures::Result<T>>,
{
    request_from(source, from)?.await
}

/// The record under the string key `key` of `store`, if any.
async fn get_by_key<T: for<'de> Deserialize<'de>>(
    store: &indexed_db_futures::object_store::ObjectStore<'_>,
    key: &str,
) -> StoreResult<Option<T>> {
    store.get(key).serde().map_err(err)?.await.map_err(err)
}

/// Deletes the record under the string key `key` of `store`.
async fn delete_by_key(
    store: &indexed_db_futures::object_store::ObjectStore<'_>,
    key: &str,
) -> StoreResult<()> {
    store.delete(key).build().map_err(err)?.await.map_err(err)
}

/// Stores `record` (keyed by its key path) in `store` of a read-write transaction.
async fn put_record<T: Serialize>(
    store: &indexed_db_futures::object_store::ObjectStore<'_>,
    record: &T,
) -> StoreResult<()> {
    store.put(record).serde().map_err(err)?.await.map_err(err)
}

/// Stores a card's state in the `cards` store of a read-write transaction.
async fn put_state(
    cards: &indexed_db_futures::object_store::ObjectStore<'_>,
    id: &str,
    state: Sm2State,
) -> StoreResult<()> {
    let record = CardRecord {
        id: id.to_string(),
        state,
    };
    put_record(cards, &record).await
}

/// Creates or migrates the object stores from `old` to [`DB_VERSION`].
fn upgrade(event: &VersionChangeEvent, db: &Database) -> indexed_db_futures::Result<()> {
    let old = event.old_version() as u32;
    if old < 1 {
        db.create_object_store(CARDS)
            .with_key_path("id".into())
            .build()?;
        let log = db
            .create_object_store(LOG)
            .with_key_path("seq".into())
            .with_auto_increment(true)
            .build()?;
        log.create_index(DAY_INDEX, "day".into()).build()?;
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
    Ok(())
}

/// IndexedDB-backed [`Store`].
pub struct IdbStore {
    db: Database,
}

impl IdbStore {
    /// Opens (creating or upgrading) the database `name`.
    pub async fn open(name: &str) -> StoreResult<IdbStore> {
        let db = Database::open(name)
            .with_version(DB_VERSION)
            .with_on_upgrade_needed(|event, db| upgrade(&event, &db))
            .await
            .map_err(err)?;
        Ok(IdbStore { db })
    }

    /// Whether the browser says there is no database `name` yet (`indexedDB.databases()`), so
    /// nothing is stored; `false` whenever it cannot say. index.html asks early and leaves the
    /// promise in `window.archdrillDatabases`; without it, this asks now.
    pub async fn is_absent(name: &str) -> bool {
        use wasm_bindgen::JsCast;
        let Some(window) = web_sys::window() else {
            return false;
        };
        let asked = js_sys::Reflect::get(&window, &"archdrillDatabases".into())
            .ok()
            .filter(|p| p.is_instance_of::<js_sys::Promise>());
        let ask = || {
            let factory = window.indexed_db().ok().flatten()?;
            js_sys::Reflect::get(&factory, &"databases".into())
                .ok()?
                .dyn_into::<js_sys::Function>()
                .ok()?
                .call0(&factory)
                .ok()
        };
        let Some(list) = asked.or_else(ask) else {
            return false;
        };
        let found = wasm_bindgen_futures::JsFuture::from(js_sys::Promise::from(list)).await;
        let Some(found) = found.ok().filter(js_sys::Array::is_array) else {
            return false;
        };
        !js_sys::Array::from(&found).iter().any(|db| {
            js_sys::Reflect::get(&db, &"name".into())
                .ok()
                .and_then(|n| n.as_string())
                .is_some_and(|n| n == name)
        })
    }

    /// Deletes the database `name` (tests start from nothing).
    pub async fn delete(name: &str) -> StoreResult<()> {
        Database::delete_by_name(name)
            .map_err(err)?
            .await
            .map_err(err)
    }

    /// The schema version of the open database.
    pub fn version(&self) -> u32 {
        self.db.version() as u32
    }

    /// Replaces the snapshot with `states` as of log entry `seq` (and its `seq` record), in one
    /// transaction.
    async fn write_snapshot(&self, states: &CardStates, seq: u64) -> StoreResult<()> {
        let snapshot = Snapshot {
            seq,
            packed: Bytes(snapshot::pack(states).into_bytes()),
        };
        let tx = self.tx(&[SNAPSHOT], TransactionMode::Readwrite)?;
        let store = tx.object_store(SNAPSHOT).map_err(err)?;
        // both requests asked for at once: the second need not wait for the first's answer
        let put_seq = store.put(&seq).with_key(SNAPSHOT_SEQ).without_key_type();
        let put_seq = put_seq.serde().map_err(err)?;
        let put = store.put(&snapshot).with_key(SNAPSHOT).without_key_type();
        let put = put.serde().map_err(err)?;
        put_seq.await.map_err(err)?;
        put.await.map_err(err)?;
        drop(store);
        tx.commit().await.map_err(err)
    }

    /// Stores `value` as the one record of the store `name` (under the key `name`).
    async fn put_single<T: Serialize>(&self, name: &str, value: &T) -> StoreResult<()> {
        let tx = self.tx(&[name], TransactionMode::Readwrite)?;
        let store = tx.object_store(name).map_err(err)?;
        store
            .put(value)
            .with_key(name)
            .without_key_type()
            .serde()
            .map_err(err)?
            .await
            .map_err(err)?;
        tx.commit().await.map_err(err)
    }

    /// Every record of one object store, in key order.
    async fn all<T: for<'de> Deserialize<'de>>(&self, name: &str) -> StoreResult<Vec<T>> {
        let tx = self.tx(&[name], TransactionMode::Readonly)?;
        all_records(&tx.object_store(name).map_err(err)?).await
    }

    fn tx(
        &self,
        stores: &[&str],
        mode: TransactionMode,
    ) -> StoreResult<indexed_db_futures::transaction::Transaction<'_>> {
        self.db
            .transaction(stores)
            .with_mode(mode)
            .build()
            .map_err(err)
    }
}

impl Store for IdbStore {
    async fn card_states(&self) -> StoreResult<CardStates> {
        let tx = self.tx(&[SNAPSHOT, LOG, CARDS], TransactionMode::Readonly)?;
        let log = tx.object_store(LOG).map_err(err)?;
        let snapshots = tx.object_store(SNAPSHOT).map_err(err)?;
        let seq_request = snapshots.get(SNAPSHOT_SEQ).serde().map_err(err)?;
        let snapshot_request = snapshots.get(SNAPSHOT).serde().map_err(err)?;
        // the entries newer than the snapshot are asked for as soon as its seq is known, while
        // the snapshot (a few hundred kB in a large collection) is still on its way
        let seq: Option<u64> = seq_request.await.ok().flatten();
        let newer_request = seq
            .map(|seq| request_from(&log, seq as f64 + 1.0))
            .transpose()?;
        // only a cache: one that does not read (a text snapshot of an earlier build, damage) is
        // rebuilt from the per-card records below
        let snapshot: Option<Snapshot> = snapshot_request.await.ok().flatten();
        let unpacked = snapshot.as_ref().and_then(|s| {
            let text = std::str::from_utf8(&s.packed.0).ok()?;
            snapshot::unpack(text).ok()
        });
        if let (Some(snapshot), Some(mut states)) = (snapshot, unpacked) {
            let newer: Vec<LogEntry> = match (newer_request, seq == Some(snapshot.seq)) {
                (Some(newer), true) => newer.await?,
                (request, _) => {
                    drop(request); // a seq record of another snapshot: ask again
                    records_from(&log, snapshot.seq as f64 + 1.0).await?
                }
            };
            let last_seq = newer.last().map_or(snapshot.seq, |e| e.seq);
            for entry in &newer {
                states.insert(entry.card_id.clone(), entry.after);
            }
            drop(tx);
            if newer.len() > SNAPSHOT_REPLAY_LIMIT {
                // only a cache: the states are read, so a failed write must not stop the app
                let _ = self.write_snapshot(&states, last_seq).await;
            }
            return Ok(states);
        }
        drop(newer_request);
        // no usable snapshot: the per-card records, and the newest log key they reflect
        let records: Vec<CardRecord> = all_records(&tx.object_store(CARDS).map_err(err)?).await?;
        let newest = log
            .open_key_cursor()
            .with_query(0.0..)
            .with_direction(CursorDirection::Prev)
            .primitive()
            .map_err(err)?
            .await
            .map_err(err)?;
        let seq = match newest {
            Some(cursor) => cursor.primary_key::<f64>().map_err(err)?.unwrap_or(0.0) as u64,
            None => 0,
        };
        drop(tx);
        let states: CardStates = records.into_iter().map(|r| (r.id, r.state)).collect();
        if !states.is_empty() {
            let _ = self.write_snapshot(&states, seq).await;
        }
        Ok(states)
    }

    async fn log_since(&self, from: StudyDay) -> StoreResult<Vec<LogEntry>> {
        let tx = self.tx(&[LOG], TransactionMode::Readonly)?;
        let log = tx.object_store(LOG).map_err(err)?;
        let index = log.index(DAY_INDEX).map_err(err)?;
        let entries: Vec<LogEntry> = records_from(&index, f64::from(from.0)).await?;
        let entries = by_key(entries, |e| e.seq);
        Ok(entries)
    }

    async fn full_log(&self) -> StoreResult<Vec<LogEntry>> {
        self.all(LOG).await
    }

    async fn record(&self, mut entry: LogEntry) -> StoreResult<LogEntry> {
        let tx = self.tx(&[LOG, CARDS], TransactionMode::Readwrite)?;
        let log = tx.object_store(LOG).map_err(err)?;
        let cards = tx.object_store(CARDS).map_err(err)?;
        let seq = log
            .add(&entry)
            .with_key_type::<u64>()
            .serde()
            .map_err(err)?
            .await
            .map_err(err)?;
        put_state(&cards, &entry.card_id, entry.after).await?;
        tx.commit().await.map_err(err)?;
        entry.seq = seq;
        Ok(entry)
    }

    async fn undo(&self, entry: &LogEntry) -> StoreResult<()> {
        let tx = self.tx(&[LOG, CARDS, SNAPSHOT], TransactionMode::Readwrite)?;
        let log = tx.object_store(LOG).map_err(err)?;
        let cards = tx.object_store(CARDS).map_err(err)?;
        // IndexedDB keys are JS numbers; a u64 would be passed as a BigInt, which is no valid key
        let key = entry.seq as f64;
        let found: Option<LogEntry> = log.get(key).serde().map_err(err)?.await.map_err(err)?;
        if found.is_none() {
            return Err(StoreError(format!(
                "review {} is not in the log",
                entry.seq
            )));
        }
        log.delete(key).build().map_err(err)?.await.map_err(err)?;
        // a snapshot that already contains this entry would bring it back, and one without its
        // `seq` record (an earlier build's) cannot tell: drop it, it is only a cache (its small
        // `seq` record says which, without reading the snapshot itself)
        let snapshots = tx.object_store(SNAPSHOT).map_err(err)?;
        let seq: Option<u64> = get_by_key(&snapshots, SNAPSHOT_SEQ).await.ok().flatten();
        if seq.is_none_or(|seq| seq >= entry.seq) {
            snapshots.clear().map_err(err)?.await.map_err(err)?;
        }
        match entry.before {
            Some(state) => put_state(&cards, &entry.card_id, state).await?,
            None => delete_by_key(&cards, &entry.card_id).await?,
        }
        tx.commit().await.map_err(err)
    }

    async fn settings(&self) -> StoreResult<Settings> {
        let tx = self.tx(&[SETTINGS], TransactionMode::Readonly)?;
        let store = tx.object_store(SETTINGS).map_err(err)?;
        let stored: Option<Settings> = get_by_key(&store, SETTINGS).await?;
        Ok(stored.unwrap_or_default())
    }

    async fn save_settings(&self, settings: Settings) -> StoreResult<()> {
        self.put_single(SETTINGS, &settings).await
    }

    async fn attempts(&self) -> StoreResult<Vec<Attempt>> {
        let attempts: Vec<Attempt> = self.all(ATTEMPTS).await?;
        // start times are non-negative milliseconds, so their whole values order them
        Ok(by_key(attempts, |a| a.started_ms as u64))
    }

    async fn save_attempt(&self, attempt: &Attempt) -> StoreResult<()> {
        self.complete_attempt(attempt, None).await
    }

    async fn complete_attempt(&self, attempt: &Attempt, boost: Option<&Boost>) -> StoreResult<()> {
        let tx = self.tx(&[ATTEMPTS, BOOSTS], TransactionMode::Readwrite)?;
        put_record(&tx.object_store(ATTEMPTS).map_err(err)?, attempt).await?;
        if let Some(boost) = boost {
            let boosts = tx.object_store(BOOSTS).map_err(err)?;
            boosts.add(boost).serde().map_err(err)?.await.map_err(err)?;
        }
        tx.commit().await.map_err(err)
    }

    async fn boosts(&self) -> StoreResult<Vec<Boost>> {
        self.all(BOOSTS).await
    }

    async fn reviews_per_day(
        &self,
        from: StudyDay,
        until: StudyDay,
    ) -> StoreResult<Vec<(StudyDay, usize)>> {
        let tx = self.tx(&[LOG], TransactionMode::Readonly)?;
        let log = tx.object_store(LOG).map_err(err)?;
        let index = log.index(DAY_INDEX).map_err(err)?;
        // all requests go out before the first is awaited: one round of the event loop
        let requests = (from.0..until.0)
            .map(|d| index.count().with_query(d).primitive().map_err(err))
            .collect::<StoreResult<Vec<_>>>()?;
        let mut counts = Vec::with_capacity(requests.len());
        for (d, request) in (from.0..until.0).zip(requests) {
            counts.push((StudyDay(d), request.await.map_err(err)? as usize));
        }
        Ok(counts)
    }
}
