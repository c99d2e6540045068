//! The review digest the Stats screen reads (`core::stats::digest`): the cached one brought up
//! to date with the events stored since (only the cards they concern are read, in the same
//! transaction as the cache), or, when none
//! is cached or it no longer holds (another catalogue, an older horizon, a sum that does not
//! add up), one built from the whole log. Either way it is cached again as of the newest event
//! it counts; a failed cache write costs only speed, so it is not an error.

use super::{CachedDigest, Store, StoreResult};
use crate::core::srs::event::EventId;
use crate::core::srs::log::replay;
use crate::core::srs::study_day::StudyDay;
use crate::core::stats::digest::{Digest, TopicOf};

/// How the digest counts topics: the catalogue's card-to-topic map, its fingerprint
/// (`Catalogue::topic_fingerprint`) and the first day whose topics are kept.
pub struct Topics<F: TopicOf> {
    /// A card's topic slug.
    pub of: F,
    /// Tells one catalogue's topics from another's.
    pub fingerprint: u64,
    /// The first day topic mastery needs (`stats::mastery::mastery_from`).
    pub horizon: StudyDay,
}

/// The digest of every stored event (see the module doc).
pub async fn review_digest<F: TopicOf>(
    store: &impl Store,
    topics: &Topics<F>,
) -> StoreResult<Digest> {
    if let Some(cached) = store.stats_digest().await? {
        if let Some(digest) = brought_up_to_date(store, cached, topics).await? {
            return Ok(digest);
        }
    }
    let log = store.full_log().await?;
    let digest = Digest::of(&replay(&log).0, &topics.of, topics.horizon);
    if let Some(newest) = log.iter().map(|e| &e.id).max() {
        save(store, newest, &digest, topics).await;
    }
    Ok(digest)
}

/// `cached` with the events stored after it folded in; `None` when it does not hold.
async fn brought_up_to_date<F: TopicOf>(
    store: &impl Store,
    cached: CachedDigest,
    topics: &Topics<F>,
) -> StoreResult<Option<Digest>> {
    let unpacked = Digest::unpack(&cached.packed, topics.fingerprint);
    let Some(mut digest) = unpacked.filter(|d| d.horizon() <= topics.horizon) else {
        return Ok(None);
    };
    let Some(newest) = cached.newer.last().map(|e| e.id.clone()) else {
        if digest.horizon() < topics.horizon {
            digest.prune(topics.horizon);
            save(store, &cached.upto, &digest, topics).await;
        }
        return Ok(Some(digest));
    };
    let card_events = cached.history.iter().chain(&cached.newer);
    if digest.fold(&cached.upto, card_events, &topics.of).is_err() {
        return Ok(None);
    }
    digest.prune(topics.horizon);
    save(store, &newest, &digest, topics).await;
    Ok(Some(digest))
}

/// Caches `digest` as of `upto`, ignoring a failure (the digest is read already).
async fn save<F: TopicOf>(store: &impl Store, upto: &EventId, digest: &Digest, topics: &Topics<F>) {
    let _ = store
        .save_stats_digest(upto, digest.pack(topics.fingerprint))
        .await;
}
