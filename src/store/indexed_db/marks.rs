//! The marks on cards as the database holds them: every mark event through the `mark` index
//! (schema 5), every retraction through `retraction_day`, and the retractions among those that
//! take back no review, which the review counts add back.

use super::request::{err, request_range, tx};
use super::schema::{EVENTS, MARK_INDEX, RETRACTION_DAY_INDEX};
use super::IdbStore;
use crate::core::srs::event::Event;
use crate::core::srs::log::non_review_retraction_days;
use crate::core::srs::marks::marks_log;
use crate::core::srs::study_day::StudyDay;
use crate::store::{Store, StoreResult};
use futures::future::join;
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
