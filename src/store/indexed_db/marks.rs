//! The marks on cards as the database holds them: every mark event through the `mark` index
//! (schema 5), every retraction through `retraction_day`, and the retractions among those that
//! take back no review, which the review counts add back; one card's events for its history,
//! and one mark on many cards in one transaction (the card browser's selection).

use super::request::{
    card_histories, commit, err, get_by_key, put_at, put_record, request_range, tx,
};
use super::schema::{
    Clock, CARDS, CARD_INDEX, CLOCK, EVENTS, MARK_INDEX, META, RETRACTION_DAY_INDEX,
};
use super::snapshot::put_state;
use super::IdbStore;
use crate::core::srs::event::{Action, Event};
use crate::core::srs::log::{append, non_review_retraction_days};
use crate::core::srs::marks::{marks_log, Mark};
use crate::core::srs::study_day::{Moment, StudyDay};
use crate::store::{Store, StoreError, StoreResult};
use futures::future::join;
use indexed_db_futures::database::Database;
use indexed_db_futures::transaction::TransactionMode;
use indexed_db_futures::KeyRange;

/// Every mark event and every retraction of one (see `Store::marks_log`).
pub async fn read_marks_log(store: &IdbStore) -> StoreResult<Vec<Event>> {
    let tx = tx(&store.db, &[EVENTS], TransactionMode::Readonly)?;
    let events = tx.object_store(EVENTS).map_err(err)?;
    let (marks, retractions) = (
        events.index(MARK_INDEX).map_err(err)?,
        events.index(RETRACTION_DAY_INDEX).map_err(err)?,
    );
    // every key of either index: any string (a mark's name) is at least "", any array (a
    // retraction's [day, target]) at least []
    let every_string = KeyRange::LowerBound(String::new(), false);
    let every_array = KeyRange::LowerBound(Vec::<i32>::new(), false);
    let (marks, retractions) = join(
        request_range::<_, _, Event, _, _>(&marks, every_string)?,
        request_range::<_, _, Event, _, _>(&retractions, every_array)?,
    )
    .await;
    Ok(marks_log(marks?, retractions?))
}

/// The study day of each retraction that takes back an edit of an own card or deck, or a mark,
/// rather than a review.
pub async fn non_review_retractions(store: &IdbStore) -> StoreResult<Vec<StudyDay>> {
    let (own, marks) = join(store.own_log(), store.marks_log()).await;
    let mut events = own?;
    events.extend(marks?);
    Ok(non_review_retraction_days(&events))
}

/// Every event of `card_id`, through the `card` index (see `Store::card_log`).
pub async fn card_log(store: &IdbStore, card_id: &str) -> StoreResult<Vec<Event>> {
    let tx = tx(&store.db, &[EVENTS], TransactionMode::Readonly)?;
    let events = tx.object_store(EVENTS).map_err(err)?;
    let index = events.index(CARD_INDEX).map_err(err)?;
    let mut histories = card_histories(&index, &[card_id])?.await?;
    Ok(histories.pop().unwrap_or_default())
}

/// Appends `mark` on every card of `card_ids` at `now` in one transaction: each card's stored
/// events and the clock are read together, then every event and card state is written.
pub async fn append_marks(
    db: &Database,
    card_ids: &[String],
    mark: Mark,
    now: Moment,
) -> StoreResult<Vec<Event>> {
    let tx = tx(db, &[EVENTS, CARDS, META], TransactionMode::Readwrite)?;
    let events = tx.object_store(EVENTS).map_err(err)?;
    let (cards, meta) = (
        tx.object_store(CARDS).map_err(err)?,
        tx.object_store(META).map_err(err)?,
    );
    let index = events.index(CARD_INDEX).map_err(err)?;
    let ids: Vec<&str> = card_ids.iter().map(String::as_str).collect();
    let reads = card_histories(&index, &ids)?;
    let (histories, clock) = join(reads, get_by_key::<Clock>(&meta, CLOCK)).await;
    let mut clock = clock?.ok_or_else(|| StoreError::NotFound("This device's clock".into()))?;
    let mut stored = Vec::with_capacity(ids.len());
    for (card_id, history) in ids.into_iter().zip(histories?) {
        clock.last = clock.last.tick(now.at_ms);
        let id = clock.last.id(&clock.device);
        let event = append(&history, id, card_id, Action::Mark(mark), now);
        put_record(&events, &event)?;
        put_state(&cards, card_id, event.after)?;
        stored.push(event);
    }
    put_at(&meta, CLOCK, &clock)?;
    drop(index);
    drop((events, cards, meta));
    commit(tx).await?;
    Ok(stored)
}
