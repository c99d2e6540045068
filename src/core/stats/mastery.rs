//! Per-topic mastery: each topic's true retention over the last [`MASTERY_DAYS`] days and its
//! share of mature cards, weakest first.
//!
//! Order: topics with counted reviews in the period come first, by retention (passed of
//! total, young and mature together) from lowest; then topics without any, which have no
//! retention to rank by. Within each group, and between equal retentions, a lower share of
//! mature cards comes first; remaining ties keep curriculum order.

use super::counts::topic_counts;
use super::digest::Digest;
use super::ratio::Ratio;
use super::retention::Retention;
use super::review::window_start;
use crate::core::content::catalogue::Catalogue;
use crate::core::srs::log::CardStates;
use crate::core::srs::study_day::StudyDay;
use crate::core::text::order::by_key;

/// The period of the retention that ranks topics, in days ending today.
pub const MASTERY_DAYS: u32 = 30;

/// The first day of the mastery period ending `today`: a [`Digest`] must keep its topics from
/// that day on.
pub fn mastery_from(today: StudyDay) -> StudyDay {
    window_start(today, MASTERY_DAYS)
}

/// How well one topic is known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mastery {
    /// The topic's slug.
    pub slug: String,
    /// Its true retention over the period.
    pub retention: Retention,
    /// Its mature cards of all its cards.
    pub mature: Ratio,
}

/// The sort key of the order in the module doc: no reviews last, then retention, then the
/// mature share, both from lowest; a share of 0–1 as 30 binary places takes 31 bits.
fn weakness_key(m: &Mastery) -> u64 {
    let all = m.retention.all();
    let share = |r: Ratio| r.scaled(30).min(1 << 30);
    (u64::from(all.whole == 0) << 62) | (share(all) << 31) | share(m.mature)
}

/// Every topic of `catalogue`, weakest first (see the module doc).
pub fn mastery(
    catalogue: &Catalogue,
    reviews: &Digest,
    states: &CardStates,
    today: StudyDay,
) -> Vec<Mastery> {
    let retention = reviews.topic_retention(mastery_from(today), today);
    let topics = catalogue.sections().iter().flat_map(|s| &s.topics);
    let all: Vec<Mastery> = topics
        .map(|topic| {
            let counts = topic_counts(topic, states);
            Mastery {
                slug: topic.slug.clone(),
                retention: retention
                    .get(topic.slug.as_str())
                    .copied()
                    .unwrap_or_default(),
                mature: Ratio::new(counts.mature as u64, counts.total() as u64),
            }
        })
        .collect();
    by_key(all, weakness_key)
}
