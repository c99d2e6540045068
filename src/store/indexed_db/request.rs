//! The small vocabulary every IndexedDB operation is written in: one transaction helper,
//! typed reads and writes, and the mapping of the browser's errors to [`StoreError`].

use crate::core::srs::event::Event;
use crate::store::{StoreError, StoreResult};
use futures::future::join_all;
use indexed_db_futures::database::Database;
use indexed_db_futures::error::{DomException, Error, SerialisationError};
use indexed_db_futures::index::Index;
use indexed_db_futures::object_store::ObjectStore;
use indexed_db_futures::prelude::*;
use indexed_db_futures::query_source::GetAllRecords;
use indexed_db_futures::transaction::{
    Transaction, TransactionDurability, TransactionMode, TransactionOptions,
};
use indexed_db_futures::KeyRange;
use serde::{Deserialize, Serialize};
use std::future::Future;

/// The learner-facing error for a browser error (`key`: the record it concerns, if one).
pub fn store_error(e: impl Into<Error>, key: &str) -> StoreError {
    match e.into() {
        Error::DomException(DomException::Other(dom)) if dom.name() == "QuotaExceededError" => {
            StoreError::QuotaExceeded
        }
        Error::DomException(DomException::AbortError(dom)) if dom.message().contains("uota") => {
            StoreError::QuotaExceeded
        }
        // the connection was closed for another tab's newer version
        Error::DomException(DomException::InvalidStateError(_)) => StoreError::Blocked,
        Error::Serialisation(SerialisationError::Serde(e)) => StoreError::Corrupt {
            key: key.to_string(),
            reason: e.to_string(),
        },
        other => StoreError::Other(other.to_string()),
    }
}

/// [`store_error`] for errors that concern no one record.
pub fn err(e: impl Into<Error>) -> StoreError {
    store_error(e, "")
}

/// A transaction over `stores` of `db`. Writes are `strict`: the browser confirms them only
/// once they are on disk, so a grade the screen confirmed survives a crash or a power cut
/// (Chromium's default, `relaxed`, may confirm before that; see README, "Storage").
pub fn tx<'a>(
    db: &'a Database,
    stores: &[&str],
    mode: TransactionMode,
) -> StoreResult<Transaction<'a>> {
    let builder = db.transaction(stores).with_mode(mode);
    match mode {
        TransactionMode::Readwrite => builder.with_options(strict()).build(),
        _ => builder.build(),
    }
    .map_err(err)
}

/// The options of a transaction confirmed only once on disk.
fn strict() -> TransactionOptions {
    TransactionOptions::new().with_durability(TransactionDurability::Strict)
}

/// Commits `tx`; a transaction dropped instead rolls back. A transaction the browser aborts
/// at commit (Chromium checks the quota as it writes) is reported by its own error, such as
/// `QuotaExceededError`, rather than as "aborted".
pub async fn commit(tx: Transaction<'_>) -> StoreResult<()> {
    use indexed_db_futures::internals::SystemRepr;
    let sys = tx.as_sys().clone();
    tx.commit().await.map_err(|aborted| match sys.error() {
        Some(cause) => err(cause),
        None => err(aborted),
    })
}

/// Every record of `store`, in key order.
pub async fn all_records<T: for<'de> Deserialize<'de>>(
    store: &ObjectStore<'_>,
) -> StoreResult<Vec<T>> {
    let records = store.get_all().serde().map_err(err)?.await.map_err(err)?;
    records
        .collect::<Result<_, _>>()
        .map_err(|e| store_error(e, store.name().as_str()))
}

/// Asks `source` (an object store or an index) now for every record whose key is in `range`;
/// the returned future yields them in key order.
pub fn request_range<'a, Q, K, T, F, I>(
    source: &'a Q,
    range: KeyRange<K>,
) -> StoreResult<impl Future<Output = StoreResult<Vec<T>>>>
where
    Q: QuerySource,
    GetAllRecords<'a, Q, T, KeyRange<K>>: BuildSerde<Fut = F>,
    F: Future<Output = indexed_db_futures::Result<I>>,
    I: Iterator<Item = indexed_db_futures::Result<T>>,
{
    let request = source.get_all().with_query(range).serde().map_err(err)?;
    Ok(async move {
        let records = request.await.map_err(err)?;
        records
            .collect::<Result<_, _>>()
            .map_err(|e| store_error(e, "events"))
    })
}

/// The record under the string key `key` of `store`, if any.
pub async fn get_by_key<T: for<'de> Deserialize<'de>>(
    store: &ObjectStore<'_>,
    key: &str,
) -> StoreResult<Option<T>> {
    let request = store.get(key).serde().map_err(err)?;
    request.await.map_err(|e| store_error(e, key))
}

// Writes are asked for and not awaited: the transaction's commit says whether they landed (a
// failed request aborts it), so a write costs no round trip of its own.

/// Asks `store` of a read-write transaction to store `record` (keyed by its key path).
pub fn put_record<T: Serialize>(store: &ObjectStore<'_>, record: &T) -> StoreResult<()> {
    store.put(record).serde().map(drop).map_err(err)
}

/// Asks `store` of a read-write transaction to store `value` under the string key `key`.
pub fn put_at<T: Serialize>(store: &ObjectStore<'_>, key: &str, value: &T) -> StoreResult<()> {
    let request = store.put(value).with_key(key).without_key_type().serde();
    request.map(drop).map_err(err)
}

/// Asks `store` of a read-write transaction to delete the record under the string key `key`.
pub fn delete_by_key(store: &ObjectStore<'_>, key: &str) -> StoreResult<()> {
    store.delete(key).build().map(drop).map_err(err)
}

/// Asks `index` (the events' `card` index) now for the stored events of each of `card_ids`;
/// the returned future yields them card by card, in that order, each in id order.
pub fn card_histories<'a>(
    index: &'a Index<'_>,
    card_ids: &[&str],
) -> StoreResult<impl Future<Output = StoreResult<Vec<Vec<Event>>>> + 'a> {
    let reads = card_ids
        .iter()
        .map(|id| request_range::<_, String, Event, _, _>(index, KeyRange::Only(id.to_string())))
        .collect::<StoreResult<Vec<_>>>()?;
    Ok(async move { join_all(reads).await.into_iter().collect() })
}
