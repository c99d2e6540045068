//! The review digest: what the statistics take from the reviews, summed per study day (reviews
//! by class, the time they took, first-of-day passes of young and mature cards) and, for the
//! days topic mastery looks at, per topic. Every figure of the Stats screen that comes from
//! reviews is read from it rather than from the log.
//!
//! A digest is a sum over cards, and a card's share depends on its own events only (replay
//! schedules each card apart), so one kept as of an event is brought up to date by replaying
//! just the cards written since, with and without the new events ([`Digest::fold`]): the
//! result equals the digest of the whole log (tested), without reading the whole log.

use super::per_day::DayStack;
use super::ratio::Ratio;
use super::retention::Retention;
use super::review::{class, ReviewClass};
use crate::core::srs::event::{Event, EventId};
use crate::core::srs::log::{replay, Replayed};
use crate::core::srs::study_day::StudyDay;
use std::collections::{BTreeMap, HashMap};

/// Counters of one study day: new, young, mature and re-drill reviews, milliseconds taken,
/// timed reviews, passed young and passed mature first-of-day reviews.
pub type DayRow = [u64; 8];
/// Counters of one topic on one study day: young and mature first-of-day reviews, and how
/// many of each passed.
pub type TopicRow = [u64; 4];

/// A digest that does not add up with the events it is folded with (a cache written by other
/// code, or events merged in below its event): build it again from the whole log.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stale;

/// The reviews of a set of events, as the statistics count them (see the module doc).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Digest {
    /// Per study day with reviews.
    pub(super) days: BTreeMap<StudyDay, DayRow>,
    /// Per study day from `horizon` on, per topic slug with young or mature reviews.
    pub(super) topics: BTreeMap<StudyDay, BTreeMap<String, TopicRow>>,
    /// The first day whose topics are kept.
    pub(super) horizon: StudyDay,
}

/// Where a card's topic is found: its slug, or `None` for a card the catalogue lacks.
pub trait TopicOf: Fn(&str) -> Option<String> {}
impl<F: Fn(&str) -> Option<String>> TopicOf for F {}

/// Adds `row` into `into`, counter by counter.
fn add<const N: usize>(into: &mut [u64; N], row: &[u64; N]) {
    into.iter_mut().zip(row).for_each(|(a, b)| *a += b);
}

/// Takes `row` from `from`, counter by counter; `Stale` when one would go below zero.
fn subtract<const N: usize>(from: &mut [u64; N], row: &[u64; N]) -> Result<(), Stale> {
    for (a, b) in from.iter_mut().zip(row) {
        *a = a.checked_sub(*b).ok_or(Stale)?;
    }
    Ok(())
}

/// Takes `row` from `map`'s entry `key` (dropped once all zero, so equal sums are equal maps).
fn take<K: Ord, const N: usize>(
    map: &mut BTreeMap<K, [u64; N]>,
    key: K,
    row: &[u64; N],
) -> Result<(), Stale> {
    let entry = map.get_mut(&key).ok_or(Stale)?;
    subtract(entry, row)?;
    if entry.iter().all(|&n| n == 0) {
        map.remove(&key);
    }
    Ok(())
}

/// The counters one review adds to its day, and to its topic's day.
fn rows(review: &Replayed<'_>) -> (DayRow, TopicRow) {
    let passed = u64::from(review.grade.is_pass());
    let (mut day, mut topic) = (DayRow::default(), TopicRow::default());
    match class(review) {
        ReviewClass::New => day[0] = 1,
        ReviewClass::Young => (day[1], day[6], topic[0], topic[2]) = (1, passed, 1, passed),
        ReviewClass::Mature => (day[2], day[7], topic[1], topic[3]) = (1, passed, 1, passed),
        ReviewClass::Drill => day[3] = 1,
    }
    if let Some(took) = review.event.took_ms {
        (day[4], day[5]) = (u64::from(took), 1);
    }
    (day, topic)
}

impl Default for Digest {
    /// An empty digest keeping the topics of every day.
    fn default() -> Digest {
        Digest::new(StudyDay(i32::MIN))
    }
}

impl Digest {
    /// An empty digest keeping topics from study day `horizon` on.
    pub fn new(horizon: StudyDay) -> Digest {
        Digest {
            days: BTreeMap::new(),
            topics: BTreeMap::new(),
            horizon,
        }
    }

    /// The digest of `reviews` (as replay returns them), topics by `topic_of` from `horizon` on.
    pub fn of(reviews: &[Replayed<'_>], topic_of: &impl TopicOf, horizon: StudyDay) -> Digest {
        let mut digest = Digest::new(horizon);
        for review in reviews {
            digest.count(review, topic_of);
        }
        digest
    }

    /// Adds one review.
    fn count(&mut self, review: &Replayed<'_>, topic_of: &impl TopicOf) {
        let (day, topic) = rows(review);
        add(self.days.entry(review.day).or_default(), &day);
        if review.day < self.horizon || topic == TopicRow::default() {
            return;
        }
        if let Some(slug) = topic_of(&review.event.card_id) {
            let topics = self.topics.entry(review.day).or_default();
            add(topics.entry(slug).or_default(), &topic);
        }
    }

    /// Adds `other` (a digest with the same horizon) into this one.
    fn add_digest(&mut self, other: &Digest) {
        for (day, row) in &other.days {
            add(self.days.entry(*day).or_default(), row);
        }
        for (day, topics) in &other.topics {
            let into = self.topics.entry(*day).or_default();
            for (slug, row) in topics {
                add(into.entry(slug.clone()).or_default(), row);
            }
        }
    }

    /// Takes `other` (a part of this digest) out of it.
    fn take_digest(&mut self, other: &Digest) -> Result<(), Stale> {
        for (day, row) in &other.days {
            take(&mut self.days, *day, row)?;
        }
        for (day, topics) in &other.topics {
            let from = self.topics.get_mut(day).ok_or(Stale)?;
            for (slug, row) in topics {
                take(from, slug.clone(), row)?;
            }
            if from.is_empty() {
                self.topics.remove(day);
            }
        }
        Ok(())
    }

    /// Brings this digest of every event up to `upto` up to date with the events written after
    /// it: `card_events` holds every event (old and new) of each card those events concern.
    /// Each such card is replayed with and without its new events and the difference added.
    pub fn fold<'e>(
        &mut self,
        upto: &EventId,
        card_events: impl IntoIterator<Item = &'e Event>,
        topic_of: &impl TopicOf,
    ) -> Result<(), Stale> {
        let mut by_card: HashMap<&str, Vec<&Event>> = HashMap::new();
        for event in card_events {
            by_card.entry(&event.card_id).or_default().push(event);
        }
        for events in by_card.values() {
            let old = events.iter().copied().filter(|e| &e.id <= upto);
            let before = Digest::of(&replay(old).0, topic_of, self.horizon);
            let after = Digest::of(&replay(events.iter().copied()).0, topic_of, self.horizon);
            self.take_digest(&before)?;
            self.add_digest(&after);
        }
        Ok(())
    }

    /// Drops the topics of days before `horizon` (a horizon earlier than the kept one is
    /// ignored: those days are gone).
    pub fn prune(&mut self, horizon: StudyDay) {
        self.horizon = self.horizon.max(horizon);
        self.topics = self.topics.split_off(&self.horizon);
    }

    /// The first day whose topics are kept.
    pub fn horizon(&self) -> StudyDay {
        self.horizon
    }

    /// Reviews on each study day with any, in day order.
    pub fn reviews_per_day(&self) -> impl Iterator<Item = (StudyDay, u64)> + '_ {
        let total = |row: &DayRow| row[..4].iter().sum();
        self.days.iter().map(move |(day, row)| (*day, total(row)))
    }

    /// The counters of each day from `from` to `until`, both included, with any reviews.
    fn rows_between(
        &self,
        from: StudyDay,
        until: StudyDay,
    ) -> impl Iterator<Item = (&StudyDay, &DayRow)> {
        self.days.range(from..=until.max(from))
    }

    /// Reviews of study day `day` by class, and the time they took.
    pub fn stack(&self, day: StudyDay) -> DayStack {
        let row = self.days.get(&day).copied().unwrap_or_default();
        let count = |n: u64| u32::try_from(n).unwrap_or(u32::MAX);
        DayStack {
            new: count(row[0]),
            young: count(row[1]),
            mature: count(row[2]),
            drill: count(row[3]),
            took_ms: row[4],
            timed: count(row[5]),
        }
    }

    /// True retention of the days from `from` to `until`, both included.
    pub fn retention(&self, from: StudyDay, until: StudyDay) -> Retention {
        let mut sum = DayRow::default();
        self.rows_between(from, until)
            .for_each(|(_, row)| add(&mut sum, row));
        Retention {
            young: Ratio::new(sum[6], sum[1]),
            mature: Ratio::new(sum[7], sum[2]),
        }
    }

    /// True retention per topic slug over the days from `from` (not before the horizon) to
    /// `until`, both included.
    pub fn topic_retention(&self, from: StudyDay, until: StudyDay) -> HashMap<&str, Retention> {
        let mut sums: HashMap<&str, TopicRow> = HashMap::new();
        for topics in self.topics.range(from..=until.max(from)).map(|(_, t)| t) {
            for (slug, row) in topics {
                add(sums.entry(slug.as_str()).or_default(), row);
            }
        }
        let retention = |r: TopicRow| Retention {
            young: Ratio::new(r[2], r[0]),
            mature: Ratio::new(r[3], r[1]),
        };
        sums.into_iter()
            .map(|(slug, r)| (slug, retention(r)))
            .collect()
    }
}
