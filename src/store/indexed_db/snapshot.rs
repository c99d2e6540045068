//! The card-state snapshot: every card state packed in one record as of an event id (see
//! `core::srs::snapshot`), and that id alone under `"upto"`, so opening a large collection is
//! one read plus the events written since. Only a cache: one that does not read is rebuilt
//! from the per-card records, and merging events older than it (another device's) must clear
//! it. Events are appended with ids above every stored one, each carrying its card's state
//! after it, so the snapshot stays valid as reviews and retractions are written.

use super::request::{
    all_records, commit, delete_by_key, err, put_at, put_record, request_range, tx,
};
use super::schema::{CARDS, EVENTS, SNAPSHOT};
use crate::core::srs::event::{Event, EventId};
use crate::core::srs::log::CardStates;
use crate::core::srs::sm2::Sm2State;
use crate::core::srs::snapshot;
use crate::store::StoreResult;
use indexed_db_futures::cursor::CursorDirection;
use indexed_db_futures::database::Database;
use indexed_db_futures::object_store::ObjectStore;
use indexed_db_futures::prelude::*;
use indexed_db_futures::transaction::TransactionMode;
use indexed_db_futures::KeyRange;
use serde::{Deserialize, Serialize};

/// Key of the snapshot's event id on its own, read first so the events newer than the
/// snapshot are asked for while the snapshot itself is still on its way.
const UPTO: &str = "upto";
/// Every key the snapshot store holds (the card states', and the review digest's: see
/// `digest.rs`): deleting them drops every cache.
pub const KEYS: [&str; 3] = [UPTO, SNAPSHOT, super::digest::DIGEST];
/// Events replayed on top of the snapshot before a fresh one is written.
const REPLAY_LIMIT: usize = 500;

/// The packed card states as of the event `upto` (`""`: before any event).
#[derive(Serialize, Deserialize)]
struct Snapshot {
    upto: String,
    packed: Bytes,
}

/// Text kept as bytes (a `Uint8Array` in IndexedDB): read back with one copy into wasm memory
/// instead of re-encoding a JavaScript string of a few hundred kB.
pub(super) struct Bytes(pub(super) Vec<u8>);

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
pub struct CardRecord {
    /// The card's id.
    pub id: String,
    /// Its state, the replay of its events.
    pub state: Sm2State,
}

/// Asks the `cards` store of a read-write transaction to hold `state` as `card_id`'s (`None`:
/// the card is new, its record goes).
pub fn put_state(
    cards: &ObjectStore<'_>,
    card_id: &str,
    state: Option<Sm2State>,
) -> StoreResult<()> {
    match state {
        Some(state) => put_record(
            cards,
            &CardRecord {
                id: card_id.to_string(),
                state,
            },
        ),
        None => delete_by_key(cards, card_id),
    }
}

/// Replaces the snapshot with `states` as of the event `upto`, in one transaction.
async fn write(db: &Database, states: &CardStates, upto: &str) -> StoreResult<()> {
    let snapshot = Snapshot {
        upto: upto.to_string(),
        packed: Bytes(snapshot::pack(states).into_bytes()),
    };
    let tx = tx(db, &[SNAPSHOT], TransactionMode::Readwrite)?;
    let store = tx.object_store(SNAPSHOT).map_err(err)?;
    put_at(&store, UPTO, &upto)?;
    put_at(&store, SNAPSHOT, &snapshot)?;
    drop(store);
    commit(tx).await
}

/// Every card state: the snapshot plus the events written since (each event's cached state
/// after it), or the per-card records when there is no usable snapshot, which then writes one.
pub async fn card_states(db: &Database) -> StoreResult<CardStates> {
    let (states, rewrite) = read_states(db).await?;
    if let Some(upto) = rewrite {
        // only a cache: the states are read, so a failed write must not stop the app
        let _ = write(db, &states, &upto).await;
    }
    Ok(states)
}

/// The card states, and the event id to write a fresh snapshot at when one is due.
async fn read_states(db: &Database) -> StoreResult<(CardStates, Option<String>)> {
    let tx = tx(db, &[SNAPSHOT, EVENTS, CARDS], TransactionMode::Readonly)?;
    let events = tx.object_store(EVENTS).map_err(err)?;
    let snapshots = tx.object_store(SNAPSHOT).map_err(err)?;
    let upto_request = snapshots.get(UPTO).serde().map_err(err)?;
    let snapshot_request = snapshots.get(SNAPSHOT).serde().map_err(err)?;
    let newer = |upto: &str| {
        request_range::<_, String, Event, _, _>(&events, KeyRange::LowerBound(upto.into(), true))
    };
    // the events newer than the snapshot are asked for as soon as its id is known, while the
    // snapshot (a few hundred kB in a large collection) is still on its way
    let upto: Option<String> = upto_request.await.ok().flatten();
    let newer_request = upto.as_deref().map(newer).transpose()?;
    let snapshot: Option<Snapshot> = snapshot_request.await.ok().flatten();
    let unpacked = snapshot
        .as_ref()
        .and_then(|s| snapshot::unpack(std::str::from_utf8(&s.packed.0).ok()?).ok());
    if let (Some(snapshot), Some(mut states)) = (snapshot, unpacked) {
        let newer: Vec<Event> = match newer_request {
            Some(request) if upto.as_deref() == Some(snapshot.upto.as_str()) => request.await?,
            _ => newer(&snapshot.upto)?.await?, // an `upto` of another snapshot: ask again
        };
        for event in &newer {
            match event.after {
                Some(state) => states.insert(event.card_id.clone(), state),
                None => states.remove(&event.card_id),
            };
        }
        let rewrite = (newer.len() > REPLAY_LIMIT).then(|| newer.last().map(|e| e.id.0.clone()));
        return Ok((states, rewrite.flatten()));
    }
    drop(newer_request);
    let records: Vec<CardRecord> = all_records(&tx.object_store(CARDS).map_err(err)?).await?;
    let newest = newest_id(&events).await?;
    let states: CardStates = records.into_iter().map(|r| (r.id, r.state)).collect();
    let rewrite = (!states.is_empty()).then(|| newest.map_or(String::new(), |id| id.0));
    Ok((states, rewrite))
}

/// The id of the newest stored event, if any.
async fn newest_id(
    events: &indexed_db_futures::object_store::ObjectStore<'_>,
) -> StoreResult<Option<EventId>> {
    let cursor = events
        .open_key_cursor()
        .with_direction(CursorDirection::Prev);
    let Some(cursor) = cursor.primitive().map_err(err)?.await.map_err(err)? else {
        return Ok(None);
    };
    Ok(cursor.primary_key::<String>().map_err(err)?.map(EventId))
}
