//! Storing a batch of own-card and deck edits (`core::srs::batch`) in one transaction: the new
//! decks are named first, then each card edit is appended with its deck's id, every event with
//! its own id from the device's clock. Edits schedule nothing, so no card state changes.

use super::request::{card_histories, commit, err, get_by_key, put_at, put_record, tx};
use super::schema::*;
use crate::core::srs::batch::EditBatch;
use crate::core::srs::event::{Action, Event};
use crate::core::srs::log::append;
use crate::core::srs::own::{named, NEW_ID};
use crate::core::srs::study_day::Moment;
use crate::store::{StoreError, StoreResult};
use futures::future::join;
use indexed_db_futures::database::Database;
use indexed_db_futures::transaction::TransactionMode;
use std::collections::BTreeMap;

/// Stores `batch` at `now` in one transaction and gives its events, in order.
pub async fn append_batch(
    db: &Database,
    batch: &EditBatch,
    now: Moment,
) -> StoreResult<Vec<Event>> {
    if let Some(why) = batch.problem() {
        return Err(StoreError::Refused(why));
    }
    let tx = tx(db, &[EVENTS, META], TransactionMode::Readwrite)?;
    let (events, meta) = (
        tx.object_store(EVENTS).map_err(err)?,
        tx.object_store(META).map_err(err)?,
    );
    let index = events.index(CARD_INDEX).map_err(err)?;
    let mut edited: Vec<&str> = batch.cards.iter().map(|(id, _)| id.as_str()).collect();
    edited.retain(|id| *id != NEW_ID);
    edited.sort_unstable();
    edited.dedup();
    let reads = card_histories(&index, &edited)?;
    let (histories, clock) = join(reads, get_by_key::<Clock>(&meta, CLOCK)).await;
    let histories: BTreeMap<&str, Vec<Event>> = edited.into_iter().zip(histories?).collect();
    let mut clock = clock?.ok_or_else(|| StoreError::NotFound("This device's clock".into()))?;
    let mut issue = |card_id: &str, action: Action| {
        clock.last = clock.last.tick(now.at_ms);
        let id = clock.last.id(&clock.device);
        let card_id = named(card_id, &action, &id);
        let history = histories
            .get(card_id.as_str())
            .map_or(&[][..], Vec::as_slice);
        append(history, id, &card_id, action, now)
    };
    let mut stored: Vec<Event> = batch
        .new_decks
        .iter()
        .map(|deck| issue(NEW_ID, Action::EditDeck(deck.clone())))
        .collect();
    let deck_ids: Vec<String> = stored.iter().map(|e| e.card_id.clone()).collect();
    for (card_id, action) in batch.card_actions(&deck_ids) {
        stored.push(issue(&card_id, action));
    }
    for event in &stored {
        put_record(&events, event)?;
    }
    put_at(&meta, CLOCK, &clock)?;
    drop(index);
    drop((events, meta));
    commit(tx).await?;
    Ok(stored)
}
