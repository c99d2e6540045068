//! The review digest: folding the events written after a cached digest gives the digest of the
//! whole log (for any split, with undos, resets and re-drills among them); its text reads back
//! equal and refuses another catalogue or a malformed line; through a store it is cached,
//! brought up to date with only the new cards read, and rebuilt when it no longer holds.

use super::common::{catalogue, g};
use super::fixture::{digest, Log, TODAY};
use archdrill::core::srs::event::{Action, Event, EventId};
use archdrill::core::srs::log::replay;
use archdrill::core::srs::marks::Mark;
use archdrill::core::srs::study_day::{Moment, StudyDay};
use archdrill::core::stats::digest::Digest;
use archdrill::core::stats::mastery::mastery_from;
use archdrill::store::digest::{review_digest, Topics};
use archdrill::store::memory::MemoryStore;
use archdrill::store::Store;
use pollster::block_on;
use proptest::prelude::*;

/// The first `n` card ids of the build's first topics.
fn cards(n: usize) -> Vec<String> {
    let topics = catalogue().sections().iter().flat_map(|s| &s.topics);
    let ids = topics.flat_map(|t| t.cards.iter().take(2).map(|c| c.id().to_string()));
    ids.take(n).collect()
}

/// A card's topic by the build's catalogue.
fn topic_of(id: &str) -> Option<String> {
    catalogue().card(id).map(|(topic, _)| topic.slug.clone())
}

/// The digest of `events` (whole), every day's topics kept.
fn whole(events: &[Event]) -> Digest {
    Digest::of(&replay(events).0, &topic_of, StudyDay(i32::MIN))
}

/// The digest of the events up to the `split`-th, then the rest folded in.
fn folded(events: &[Event], split: usize) -> Digest {
    let (old, new) = events.split_at(split);
    let mut digest = whole(old);
    let upto = old.last().map_or(EventId(String::new()), |e| e.id.clone());
    let touched: Vec<&str> = new.iter().map(|e| e.card_id.as_str()).collect();
    let card_events: Vec<Event> = events
        .iter()
        .filter(|e| touched.contains(&e.card_id.as_str()))
        .cloned()
        .collect();
    digest.fold(&upto, &card_events, &topic_of).unwrap();
    digest
}

/// What one step of a random history does: grade card `card` with `q` on day `day`, undo the
/// newest review, or reset the card.
#[derive(Debug, Clone)]
enum Step {
    Grade { card: usize, q: u8, day: i32 },
    Undo,
    Reset { card: usize },
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        6 => (0..4usize, 0..=5u8, 0..3i32).prop_map(|(card, q, day)| Step::Grade { card, q, day }),
        1 => Just(Step::Undo),
        1 => (0..4usize).prop_map(|card| Step::Reset { card }),
    ]
}

/// The log of `steps`, days moving forward with each grade's `day` (a 0 stays on the day:
/// re-drills).
fn history(steps: &[Step]) -> Log {
    let ids = cards(4);
    let mut log = Log::default();
    let mut today = -60;
    let mut reviews: Vec<EventId> = Vec::new();
    for s in steps {
        match *s {
            Step::Grade { card, q, day } => {
                today += day;
                reviews.push(log.grade(&ids[card], q, today.min(0)));
            }
            Step::Undo => {
                if let Some(target) = reviews.pop() {
                    log.retract(&target);
                }
            }
            Step::Reset { card } => log.mark(&ids[card], Mark::Reset, today.min(0)),
        }
    }
    log
}

proptest! {
    #[test]
    fn folding_the_newer_events_gives_the_digest_of_the_whole_log(
        steps in proptest::collection::vec(step(), 1..40),
        split in 0..40usize,
    ) {
        let log = history(&steps);
        let split = split.min(log.events.len());
        prop_assert_eq!(folded(&log.events, split), whole(&log.events));
    }
}

#[test]
fn an_undo_of_a_review_from_before_the_cache_takes_it_out() {
    let ids = cards(2);
    let mut log = Log::default();
    log.grades(&ids[0], &[(-3, 4), (-1, 4)]);
    let last = log.grade(&ids[1], 2, 0);
    let before_undo = log.events.len();
    log.retract(&last);
    let digest = folded(&log.events, before_undo);
    assert_eq!(digest, whole(&log.events));
    assert_eq!(
        digest.stack(TODAY).total(),
        0,
        "today's one review is undone"
    );
    assert_eq!(digest.stack(StudyDay(TODAY.0 - 1)).young, 1);
}

#[test]
fn a_fold_that_does_not_add_up_is_stale() {
    let ids = cards(1);
    let mut log = Log::default();
    log.grades(&ids[0], &[(-3, 4), (-1, 4)]);
    // a digest that never counted the card's first review cannot take it out
    let mut empty = Digest::default();
    let upto = log.events[0].id.clone();
    assert!(empty.fold(&upto, &log.events, &topic_of).is_err());
}

#[test]
fn the_packed_digest_reads_back_for_its_catalogue_only() {
    let ids = cards(3);
    let mut log = Log::default();
    log.grades(&ids[0], &[(-40, 4), (-20, 4), (-1, 2), (-1, 5)]);
    log.grades(&ids[2], &[(-2, 4), (-1, 3)]);
    let (reviews, _) = log.replayed();
    let mut digest = digest(&reviews);
    digest.prune(StudyDay(TODAY.0 - 10));
    let packed = digest.pack(77);
    assert_eq!(Digest::unpack(&packed, 77), Some(digest.clone()));
    assert_eq!(
        Digest::unpack(&packed, 78),
        None,
        "another catalogue's topics"
    );
    let broken = |from: &str, to: &str| Digest::unpack(&packed.replacen(from, to, 1), 77);
    assert_eq!(broken("archdrill-digest 1", "archdrill-digest 2"), None);
    assert_eq!(broken("\nd ", "\nd x"), None);
    assert_eq!(broken("\nt ", "\nq "), None);
    assert_eq!(
        Digest::unpack(&format!("{packed}d 1 1 2\n"), 77),
        None,
        "a short line"
    );
    assert!(
        packed.lines().any(|l| l.starts_with("t ")),
        "topics are kept"
    );
}

#[test]
fn pruning_keeps_the_days_but_drops_older_topics() {
    let ids = cards(1);
    let mut log = Log::default();
    log.grades(&ids[0], &[(-40, 4), (-30, 4), (-5, 4)]);
    let (reviews, _) = log.replayed();
    let mut digest = digest(&reviews);
    let all_days = digest.reviews_per_day().count();
    digest.prune(StudyDay(TODAY.0 - 10));
    assert_eq!(digest.reviews_per_day().count(), all_days);
    let before = digest.topic_retention(StudyDay(i32::MIN), TODAY);
    assert_eq!(
        before.values().map(|r| r.all().whole).sum::<u64>(),
        1,
        "−5 only"
    );
}

/// A moment at noon of study day `day`.
fn at(day: i32) -> Moment {
    Moment {
        at_ms: (f64::from(day) + 0.5) * 86_400_000.0,
        day: StudyDay(day),
    }
}

/// How the store tests count topics, for study day `today`.
fn topics(today: i32) -> Topics<fn(&str) -> Option<String>> {
    Topics {
        of: topic_of,
        fingerprint: catalogue().topic_fingerprint(),
        horizon: mastery_from(StudyDay(today)),
    }
}

/// The digest of everything `store` holds, from its whole log.
fn rebuilt(store: &MemoryStore, today: i32) -> Digest {
    let log = block_on(store.full_log()).unwrap();
    Digest::of(&replay(&log).0, &topic_of, mastery_from(StudyDay(today)))
}

#[test]
fn the_store_caches_the_digest_and_brings_it_up_to_date() {
    let (store, ids) = (MemoryStore::new(), cards(3));
    for day in [100, 101, 103] {
        block_on(store.grade(&ids[0], g(4), at(day))).unwrap();
    }
    let first = block_on(review_digest(&store, &topics(103))).unwrap();
    assert_eq!(first, rebuilt(&store, 103));
    let cached = block_on(store.stats_digest()).unwrap().unwrap();
    assert!(cached.newer.is_empty(), "cached as of the newest event");
    // after it: a new card, a re-drill, an undo, a reset
    block_on(store.grade(&ids[1], g(3), at(104))).unwrap();
    let drill = block_on(store.grade(&ids[1], g(1), at(104))).unwrap();
    block_on(store.retract(&ids[1], &drill.id, at(104))).unwrap();
    block_on(store.append(&ids[0], Action::Mark(Mark::Reset), at(104))).unwrap();
    block_on(store.grade(&ids[0], g(5), at(104))).unwrap();
    let cached = block_on(store.stats_digest()).unwrap().unwrap();
    assert_eq!(cached.newer.len(), 5);
    assert_eq!(
        cached.history.len(),
        3,
        "a's three earlier grades: b had none"
    );
    let second = block_on(review_digest(&store, &topics(104))).unwrap();
    assert_eq!(second, rebuilt(&store, 104));
    assert_eq!(
        second.stack(StudyDay(104)).new,
        2,
        "b's first and a's after its reset"
    );
    let cached = block_on(store.stats_digest()).unwrap().unwrap();
    assert!(cached.newer.is_empty());
    assert_eq!(
        Digest::unpack(&cached.packed, topics(104).fingerprint),
        Some(second)
    );
}

#[test]
fn a_cache_that_no_longer_holds_is_built_again_from_the_whole_log() {
    let (store, ids) = (MemoryStore::new(), cards(2));
    block_on(store.grade(&ids[0], g(4), at(100))).unwrap();
    let newest = block_on(store.grade(&ids[1], g(4), at(100))).unwrap();
    let right = rebuilt(&store, 100);
    let fingerprint = topics(100).fingerprint;
    for stale in [
        "not a digest".to_string(),
        right.pack(fingerprint ^ 1), // another catalogue's topics
        Digest::new(StudyDay(200)).pack(fingerprint), // keeps fewer days' topics
    ] {
        block_on(store.save_stats_digest(&EventId(String::new()), stale.clone())).unwrap();
        let read = block_on(review_digest(&store, &topics(100))).unwrap();
        assert_eq!(read, right, "{stale:?}");
    }
    let cached = block_on(store.stats_digest()).unwrap().unwrap();
    assert_eq!(
        cached.upto, newest.id,
        "cached again as of the newest event"
    );
    // one that never counted b's review cannot take its undo out: it does not add up
    let empty = Digest::new(mastery_from(StudyDay(100))).pack(fingerprint);
    block_on(store.save_stats_digest(&newest.id, empty)).unwrap();
    block_on(store.retract(&ids[1], &newest.id, at(100))).unwrap();
    let read = block_on(review_digest(&store, &topics(100))).unwrap();
    assert_eq!(read, rebuilt(&store, 100));
    assert_eq!(read.stack(StudyDay(100)).new, 1, "a's review, b's undone");
}

#[test]
fn merging_a_backup_in_drops_the_cache() {
    let (store, ids) = (MemoryStore::new(), cards(1));
    block_on(store.grade(&ids[0], g(4), at(100))).unwrap();
    block_on(review_digest(&store, &topics(100))).unwrap();
    assert!(block_on(store.stats_digest()).unwrap().is_some());
    let plan = archdrill::core::backup::merge::MergePlan {
        events: Vec::new(),
        attempts: Vec::new(),
        boosts: Vec::new(),
        settings: None,
        known: 0,
    };
    block_on(store.import(&plan, at(100))).unwrap();
    assert_eq!(block_on(store.stats_digest()).unwrap(), None);
}
