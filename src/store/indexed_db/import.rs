//! Merging a backup's new records into the database in one transaction (the plan comes from
//! `core::backup::merge`): the new events, attempts and boosts are added, the card states of
//! every card they concern are replayed from all of the card's events, the snapshot is cleared
//! (events older than it arrived) and the clock moves past the newest event seen.

use super::request::{
    commit, delete_by_key, err, get_by_key, put_at, put_record, request_range, tx,
};
use super::schema::*;
use super::snapshot::{put_state, KEYS};
use crate::core::backup::merge::MergePlan;
use crate::core::srs::event::Event;
use crate::core::srs::log::card_state;
use crate::store::{StoreError, StoreResult};
use indexed_db_futures::database::Database;
use indexed_db_futures::prelude::*;
use indexed_db_futures::transaction::TransactionMode;
use indexed_db_futures::KeyRange;
use std::collections::BTreeMap;

/// The plan's new events grouped by card, each card's in id order.
fn by_card(plan: &MergePlan) -> BTreeMap<&str, Vec<&Event>> {
    let mut cards: BTreeMap<&str, Vec<&Event>> = BTreeMap::new();
    for event in &plan.events {
        cards.entry(event.card_id.as_str()).or_default().push(event);
    }
    cards
}

/// Adds everything `plan` holds in one transaction, at wall-clock time `now_ms`.
pub async fn merge(db: &Database, plan: &MergePlan, now_ms: f64) -> StoreResult<()> {
    let stores = [EVENTS, CARDS, META, SNAPSHOT, ATTEMPTS, BOOSTS, SETTINGS];
    let tx = tx(db, &stores, TransactionMode::Readwrite)?;
    let store = |name: &str| tx.object_store(name).map_err(err);
    let (events, cards, meta) = (store(EVENTS)?, store(CARDS)?, store(META)?);
    let index = events.index(CARD_INDEX).map_err(err)?;
    let new_by_card = by_card(plan);
    let mut stored = Vec::with_capacity(new_by_card.len());
    for card in new_by_card.keys() {
        stored.push(request_range(&index, KeyRange::Only(card.to_string()))?);
    }
    let mut clock: Clock = get_by_key(&meta, CLOCK)
        .await?
        .ok_or_else(|| StoreError::NotFound("This device's clock".into()))?;
    for event in &plan.events {
        put_record(&events, event)?;
    }
    for ((card, new), stored) in new_by_card.into_iter().zip(stored) {
        let mut all: Vec<Event> = stored.await?;
        all.extend(new.into_iter().cloned());
        all.sort_by(|a, b| a.id.cmp(&b.id));
        put_state(&cards, card, card_state(&all))?;
    }
    if let Some(newest) = plan.events.iter().filter_map(|e| e.id.hlc()).max() {
        clock.last = clock.last.observe(newest, now_ms);
        put_at(&meta, CLOCK, &clock)?;
    }
    add_the_rest(&tx, plan)?;
    drop(index);
    drop((events, cards, meta));
    commit(tx).await
}

/// Asks for the snapshot's deletion and the plan's attempts, boosts and settings to be stored.
fn add_the_rest(
    tx: &indexed_db_futures::transaction::Transaction<'_>,
    plan: &MergePlan,
) -> StoreResult<()> {
    let snapshot = tx.object_store(SNAPSHOT).map_err(err)?;
    for key in KEYS {
        delete_by_key(&snapshot, key)?;
    }
    let attempts = tx.object_store(ATTEMPTS).map_err(err)?;
    for attempt in &plan.attempts {
        put_record(&attempts, attempt)?;
    }
    let boosts = tx.object_store(BOOSTS).map_err(err)?;
    for boost in &plan.boosts {
        boosts.add(boost).serde().map(drop).map_err(err)?;
    }
    if let Some(settings) = &plan.settings {
        put_at(&tx.object_store(SETTINGS).map_err(err)?, SETTINGS, settings)?;
    }
    Ok(())
}
