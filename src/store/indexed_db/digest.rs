//! The review digest's cache (`core::stats::digest`): its packed text as of an event, in the
//! snapshot store under its own key, so whatever drops the card-state snapshot (a merge of
//! older events) drops it too; read with the events a fold needs, in the same transaction.

use super::request::{card_histories, commit, err, get_by_key, put_at, request_range, tx};
use super::schema::{CARD_INDEX, EVENTS, SNAPSHOT};
use super::snapshot::Bytes;
use crate::core::srs::event::{Event, EventId};
use crate::store::{CachedDigest, StoreResult};
use indexed_db_futures::database::Database;
use indexed_db_futures::transaction::TransactionMode;
use indexed_db_futures::KeyRange;
use serde::{Deserialize, Serialize};

/// The digest's key in the snapshot store.
pub const DIGEST: &str = "digest";

/// The packed digest as of the event `upto`.
#[derive(Serialize, Deserialize)]
struct Record {
    upto: String,
    packed: Bytes,
}

/// The cached digest and every event after its own, in one transaction (see
/// `Store::stats_digest`).
pub async fn read(db: &Database) -> StoreResult<Option<CachedDigest>> {
    let tx = tx(db, &[SNAPSHOT, EVENTS], TransactionMode::Readonly)?;
    let snapshots = tx.object_store(SNAPSHOT).map_err(err)?;
    // a record this code cannot read is a cache to rebuild, not an error
    let record: Option<Record> = get_by_key(&snapshots, DIGEST).await.ok().flatten();
    let Some(Record { upto, packed }) = record else {
        return Ok(None);
    };
    let Ok(packed) = String::from_utf8(packed.0) else {
        return Ok(None);
    };
    let events = tx.object_store(EVENTS).map_err(err)?;
    let after = KeyRange::LowerBound(upto.clone(), true);
    let newer: Vec<Event> = request_range::<_, String, Event, _, _>(&events, after)?.await?;
    let mut touched: Vec<&str> = newer.iter().map(|e| e.card_id.as_str()).collect();
    touched.sort_unstable();
    touched.dedup();
    let index = events.index(CARD_INDEX).map_err(err)?;
    let histories = card_histories(&index, &touched)?.await?;
    let history = histories.into_iter().flatten().filter(|e| e.id.0 <= upto);
    Ok(Some(CachedDigest {
        history: history.collect(),
        upto: EventId(upto),
        packed,
        newer,
    }))
}

/// Replaces the cached digest with `packed` as of the event `upto`.
pub async fn write(db: &Database, upto: &EventId, packed: String) -> StoreResult<()> {
    let tx = tx(db, &[SNAPSHOT], TransactionMode::Readwrite)?;
    let store = tx.object_store(SNAPSHOT).map_err(err)?;
    let record = Record {
        upto: upto.0.clone(),
        packed: Bytes(packed.into_bytes()),
    };
    put_at(&store, DIGEST, &record)?;
    drop(store);
    commit(tx).await
}
