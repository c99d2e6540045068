//! The day's review queue: due cards (most overdue first) up to the daily review limit, then
//! new cards up to the daily new-card limit, then the same-day re-drill of every card graded
//! below 4 until it gets a 4 or 5.

use super::event::Event;
use super::limits::{left, Limits};
use super::log::CardStates;
use super::log::{day_reviews, ReviewKind};
use crate::core::srs::sm2::Sm2State;
use crate::core::srs::study_day::StudyDay;
use crate::core::text::order::sort_keys;
use std::collections::{HashMap, HashSet};

/// Why a card is in the queue.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// A scheduled review that is due today or overdue.
    Due,
    /// A card never graded before.
    New,
    /// Graded below 4 today: asked again until graded 4 or 5 (no scheduling effect).
    Drill,
}

/// Cards an interview attempt asked to see sooner (see [`crate::core::feedback::boost`]).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Priority {
    /// New cards introduced before all others (still within the daily limit).
    pub new_first: HashSet<String>,
    /// Review cards pulled forward: card id → (its due day when pulled, the day it is due now).
    /// A card leaves this once reviewed, because its due day changes.
    pub pulled: HashMap<String, (StudyDay, StudyDay)>,
    /// Cards out of every stage today: suspended, or buried today (see `marks`).
    pub set_aside: HashSet<String>,
}

impl Priority {
    /// The day `state` is effectively due, pull-forwards applied.
    fn due(&self, id: &str, state: &Sm2State) -> StudyDay {
        match self.pulled.get(id) {
            Some(&(was_due, now_due)) if was_due == state.due => now_due.min(state.due),
            _ => state.due,
        }
    }
}

/// How many cards of each stage a queue holds.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Due reviews.
    pub due: usize,
    /// New cards (within today's remaining limit).
    pub new: usize,
    /// Cards waiting for the re-drill.
    pub drill: usize,
}

impl Counts {
    /// All cards still to study today.
    pub fn total(&self) -> usize {
        self.due + self.new + self.drill
    }
}

/// What today's log says about each card.
struct Today<'l> {
    /// Cards with a first-of-day grade today.
    graded: HashSet<&'l str>,
    /// Latest grade today per card and its position among the day's reviews.
    last: HashMap<&'l str, (u8, u64)>,
    /// New cards introduced today (anywhere, not only in this scope).
    introduced: usize,
    /// Due reviews given their first grade today (anywhere, not only in this scope).
    reviewed: usize,
}

fn summarise(log: &[Event], today: StudyDay) -> Today<'_> {
    let mut summary = Today {
        graded: HashSet::new(),
        last: HashMap::new(),
        introduced: 0,
        reviewed: 0,
    };
    // reviews come in replay order, so a card's later grade replaces its earlier one
    for (position, review) in day_reviews(log, today).into_iter().enumerate() {
        let card = review.event.card_id.as_str();
        if review.kind == ReviewKind::First {
            summary.graded.insert(card);
            summary.introduced += usize::from(review.introduced);
            summary.reviewed += usize::from(!review.introduced);
        }
        summary
            .last
            .insert(card, (review.grade.value(), position as u64));
    }
    summary
}

/// Where a card goes in today's queue, before the new-card limit.
enum Slot {
    /// A review due on this (effective) day, today or earlier.
    Due(StudyDay),
    /// A card never graded.
    New,
}

/// What today holds for one card.
struct Standing {
    /// The log position of its latest grade today, when that grade sends it to the re-drill.
    drill: Option<u64>,
    /// Its place among today's due and new cards, if it has one.
    slot: Option<Slot>,
}

/// What today holds for the card `id`.
fn standing(
    id: &str,
    states: &CardStates,
    day: &Today<'_>,
    today: StudyDay,
    priority: &Priority,
) -> Standing {
    if priority.set_aside.contains(id) {
        return Standing {
            drill: None,
            slot: None,
        };
    }
    let drill = match day.last.get(id) {
        Some(&(grade, seq)) if grade < 4 => Some(seq),
        _ => None,
    };
    let slot = if day.graded.contains(id) {
        None
    } else if let Some(state) = states.get(id) {
        let due = priority.due(id, state);
        (due <= today).then_some(Slot::Due(due))
    } else {
        Some(Slot::New)
    };
    Standing { drill, slot }
}

/// New cards and due reviews still allowed today.
fn allowed(limits: Limits, day: &Today<'_>) -> (usize, usize) {
    (
        left(limits.new_per_day, day.introduced),
        left(limits.review_per_day, day.reviewed),
    )
}

/// The queue for the cards in `scope` (in curriculum order) on study day `today`.
///
/// `log` must contain at least today's entries (others are ignored); the limits count new
/// cards introduced and due reviews graded today in any scope. `priority` pulls reviews forward and puts
/// some new cards first.
pub fn build_queue<'a>(
    scope: &[&'a str],
    states: &CardStates,
    log: &[Event],
    today: StudyDay,
    limits: Limits,
    priority: &Priority,
) -> Vec<(&'a str, Stage)> {
    let queue = build_queue_of(scope, |id| id, states, log, today, limits, priority);
    queue.into_iter().map(|(id, stage)| (*id, stage)).collect()
}

/// [`build_queue`] over any items with an id (`id_of`), e.g. the catalogue's cards: the queue
/// holds the items themselves.
pub fn build_queue_of<'s, T>(
    scope: &'s [T],
    id_of: impl Fn(&T) -> &str,
    states: &CardStates,
    log: &[Event],
    today: StudyDay,
    limits: Limits,
    priority: &Priority,
) -> Vec<(&'s T, Stage)> {
    let day = summarise(log, today);
    // (key, curriculum position) per list: due by (due day, position), new by (not boosted,
    // position), drill by seq
    let mut due: Vec<(u64, usize)> = Vec::new();
    let mut new: Vec<(u64, usize)> = Vec::new();
    let mut drill: Vec<(u64, usize)> = Vec::new();
    let (new_left, review_left) = allowed(limits, &day);
    for (position, item) in scope.iter().enumerate() {
        let id = id_of(item);
        let standing = standing(id, states, &day, today, priority);
        if let Some(seq) = standing.drill {
            drill.push((seq, position));
        }
        match standing.slot {
            Some(Slot::Due(due_day)) => {
                let day = u64::from(due_day.0.wrapping_sub(i32::MIN) as u32);
                due.push((day, position));
            }
            Some(Slot::New) => {
                let later = u64::from(!priority.new_first.contains(id));
                new.push((later, position));
            }
            None => {}
        }
    }
    for list in [&mut due, &mut new, &mut drill] {
        sort_keys(list);
    }
    due.truncate(review_left);
    new.truncate(new_left);
    let staged =
        |list: Vec<(u64, usize)>, stage| list.into_iter().map(move |(_, i)| (&scope[i], stage));
    staged(due, Stage::Due)
        .chain(staged(new, Stage::New))
        .chain(staged(drill, Stage::Drill))
        .collect()
}

/// Today's counts overall, per section and per topic of a curriculum.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CurriculumCounts {
    /// Every card.
    pub total: Counts,
    /// Per section, in curriculum order.
    pub sections: Vec<Counts>,
    /// Per topic, by section then topic, in curriculum order.
    pub topics: Vec<Vec<Counts>>,
    /// Due reviews over today's review limit (not in `total.due`): they wait for another day.
    pub due_waiting: usize,
}

/// The stage-by-stage sum of `counts`.
fn sum<'c>(counts: impl IntoIterator<Item = &'c Counts>) -> Counts {
    counts.into_iter().fold(Counts::default(), |a, b| Counts {
        due: a.due + b.due,
        new: a.new + b.new,
        drill: a.drill + b.drill,
    })
}

/// Today's counts for every topic and section and overall, given each section's topics' card
/// ids: each is what `count(&build_queue(..))` gives for that scope, but the log is summarised
/// once and each card looked at once (the home screen shows them all; hundreds of queues made
/// it slow).
pub fn curriculum_counts<'a, S, T, C>(
    sections: S,
    states: &CardStates,
    log: &[Event],
    today: StudyDay,
    limits: Limits,
    priority: &Priority,
) -> CurriculumCounts
where
    S: IntoIterator<Item = T>,
    T: IntoIterator<Item = C>,
    C: IntoIterator<Item = &'a str>,
{
    let day = summarise(log, today);
    let (new_left, review_left) = allowed(limits, &day);
    let limit = |c: Counts| Counts {
        due: c.due.min(review_left),
        new: c.new.min(new_left),
        ..c
    };
    let unlimited: Vec<Vec<Counts>> = sections
        .into_iter()
        .map(|section| {
            let topic_counts = section.into_iter().map(|topic| {
                let mut counts = Counts::default();
                for id in topic {
                    let standing = standing(id, states, &day, today, priority);
                    counts.drill += usize::from(standing.drill.is_some());
                    match standing.slot {
                        Some(Slot::Due(_)) => counts.due += 1,
                        Some(Slot::New) => counts.new += 1,
                        None => {}
                    }
                }
                counts
            });
            topic_counts.collect()
        })
        .collect();
    let per_section: Vec<Counts> = unlimited.iter().map(sum).collect();
    let all_due = sum(&per_section).due;
    CurriculumCounts {
        due_waiting: all_due - all_due.min(review_left),
        total: limit(sum(&per_section)),
        sections: per_section.into_iter().map(limit).collect(),
        topics: unlimited
            .into_iter()
            .map(|topics| topics.into_iter().map(limit).collect())
            .collect(),
    }
}

/// Counts of a queue by stage.
pub fn count<I>(queue: &[(I, Stage)]) -> Counts {
    let mut counts = Counts::default();
    for (_, stage) in queue {
        match stage {
            Stage::Due => counts.due += 1,
            Stage::New => counts.new += 1,
            Stage::Drill => counts.drill += 1,
        }
    }
    counts
}
