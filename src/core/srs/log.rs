//! Replay: card states and each review's role as a pure function of the **set** of events.
//!
//! Events are taken in id order (time, counter, device), duplicates once; a retraction removes
//! the review it names wherever the two arrive in the set. For each card, the first surviving
//! grade of a study day schedules with SM-2 and later ones that day are re-drills. A card's
//! study day never goes backwards in replay: a grade dated before the day its card was last
//! scheduled (a device whose clock or day-start hour lags) counts on that later day, so a
//! card is never scheduled from a day before its previous review. A surviving reset mark makes
//! its card new again (its reviews stay). Edits of own cards and decks and the other marks
//! schedule nothing: replay skips them (a deleted card keeps its state; see `own`, `marks`).

use super::event::{Action, Event, EventId, Hlc};
use super::marks::Mark;
use super::sm2::{next_state, Grade, Sm2State};
use super::study_day::{Moment, StudyDay};
use crate::core::text::order::by_key;
use serde::{Deserialize, Serialize};
use std::collections::{HashMap, HashSet};

/// SM-2 state per card id (cards never graded are absent). Hashed with FxHash rather than
/// SipHash: every open of a large collection hashes each id a few times (snapshot, counts,
/// queue), and the keys are the app's own card ids, so hash flooding is no concern.
pub type CardStates = HashMap<String, Sm2State, rustc_hash::FxBuildHasher>;

/// Whether a grade was a card's first of the study day (it schedules) or a re-drill (it does not).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ReviewKind {
    /// The first grade of the card on this study day: it changes the SM-2 state.
    First,
    /// A same-day re-drill grade: logged, schedules nothing.
    Drill,
}

/// A surviving review as replay saw it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Replayed<'e> {
    /// The review event.
    pub event: &'e Event,
    /// The grade it gave.
    pub grade: Grade,
    /// The day it counted on (its own, or its card's later scheduling day).
    pub day: StudyDay,
    /// Whether it scheduled.
    pub kind: ReviewKind,
    /// The card's state before it (`None`: the card was new).
    pub before: Option<Sm2State>,
    /// The card's state after it.
    pub after: Sm2State,
}

/// `events` in id order, each once (the store hands them over in that order already, so
/// they are sorted only when they are not).
fn in_order<'e>(events: impl IntoIterator<Item = &'e Event>) -> Vec<&'e Event> {
    let events: Vec<&Event> = events.into_iter().collect();
    if events.windows(2).all(|w| w[0].id < w[1].id) {
        return events;
    }
    // by clock reading through the one sort routine, then by the whole id where two readings
    // are equal (two devices in one millisecond): an insertion pass, linear on sorted runs
    let mut events = by_key(events, |e| e.id.hlc().map_or(u64::MAX, Hlc::sort_key));
    for i in 1..events.len() {
        let mut j = i;
        while j > 0 && events[j - 1].id > events[j].id {
            events.swap(j - 1, j);
            j -= 1;
        }
    }
    events.dedup_by(|a, b| a.id == b.id);
    events
}

/// The events of a set in replay order, each once, and the ids retracted among them.
pub(super) fn ordered<'e>(
    events: impl IntoIterator<Item = &'e Event>,
) -> (Vec<&'e Event>, HashSet<&'e str>) {
    let events = in_order(events);
    let retracted = events
        .iter()
        .filter_map(|e| Some(e.retracted()?.0.as_str()))
        .collect();
    (events, retracted)
}

/// Whether `event` is a review that no retraction of the set cancels.
fn survives(event: &Event, retracted: &HashSet<&str>) -> bool {
    event.grade().is_some() && !retracted.contains(event.id.0.as_str())
}

/// What replay does with an event of the set.
enum Scheduling {
    /// A surviving review: it grades its card.
    Grade(Grade),
    /// A surviving reset: its card is new again.
    Reset,
}

/// What replay does with `event`, if anything.
fn scheduling(event: &Event, retracted: &HashSet<&str>) -> Option<Scheduling> {
    if retracted.contains(event.id.0.as_str()) {
        return None;
    }
    match event.action {
        Action::Grade(grade) => Some(Scheduling::Grade(grade)),
        Action::Mark(Mark::Reset) => Some(Scheduling::Reset),
        _ => None,
    }
}

/// Where one card stands during replay.
#[derive(Clone, Copy)]
struct Track {
    state: Sm2State,
    scheduled_on: StudyDay,
}

/// One surviving review of a card that stood at `track` (`None`: new): its role and where the
/// card stands after it. The day never goes backwards: a grade dated before the card's last
/// scheduling day counts on that day.
fn step<'e>(track: Option<Track>, event: &'e Event, grade: Grade) -> (Replayed<'e>, Track) {
    let day = track.map_or(event.day, |t| event.day.max(t.scheduled_on));
    let before = track.map(|t| t.state);
    let (kind, after) = match track {
        Some(t) if t.scheduled_on == day => (ReviewKind::Drill, t.state),
        _ => (
            ReviewKind::First,
            next_state(before.unwrap_or(Sm2State::NEW), grade, day),
        ),
    };
    let replayed = Replayed {
        event,
        grade,
        day,
        kind,
        before,
        after,
    };
    // a drill leaves the day the card was scheduled on as it was (the same day)
    (
        replayed,
        Track {
            state: after,
            scheduled_on: day,
        },
    )
}

/// Replays `events` (any order, duplicates allowed) and returns every surviving review in
/// replay order with its role, and the card states they lead to.
pub fn replay<'e>(events: impl IntoIterator<Item = &'e Event>) -> (Vec<Replayed<'e>>, CardStates) {
    let (events, retracted) = ordered(events);
    let mut tracks: HashMap<&str, Track> = HashMap::new();
    let mut reviews = Vec::new();
    for event in events {
        match scheduling(event, &retracted) {
            Some(Scheduling::Grade(grade)) => {
                let track = tracks.get(event.card_id.as_str()).copied();
                let (replayed, track) = step(track, event, grade);
                tracks.insert(&event.card_id, track);
                reviews.push(replayed);
            }
            Some(Scheduling::Reset) => {
                tracks.remove(event.card_id.as_str());
            }
            None => {}
        }
    }
    let states = tracks
        .into_iter()
        .map(|(id, t)| (id.to_string(), t.state))
        .collect();
    (reviews, states)
}

/// Card states rebuilt from a set of events (see [`replay`]).
pub fn rebuild_states<'e>(events: impl IntoIterator<Item = &'e Event>) -> CardStates {
    replay(events).1
}

/// The state of one card after `events` (its own events, any order); `None` while it is new.
/// The same rule as [`replay`], for one card (what a store does inside a grade's transaction).
pub fn card_state<'e>(events: impl IntoIterator<Item = &'e Event>) -> Option<Sm2State> {
    let (events, retracted) = ordered(events);
    let mut track = None;
    for event in events {
        track = match scheduling(event, &retracted) {
            Some(Scheduling::Grade(grade)) => Some(step(track, event, grade).1),
            Some(Scheduling::Reset) => None,
            None => track,
        };
    }
    track.map(|t| t.state)
}

/// The event that appends `action` on `card_id` at `now` with id `id` to a card whose stored
/// events are `history`, with the card's state before and after it (by replay) as its caches.
/// An edit, a delete or the retraction of one schedules nothing, so its two caches are equal:
/// the card's state as it stands (a store writing `after` back changes nothing).
pub fn append(history: &[Event], id: EventId, card_id: &str, action: Action, now: Moment) -> Event {
    let mut event = Event {
        id,
        card_id: card_id.to_string(),
        at_ms: now.at_ms,
        day: now.day,
        action,
        before: card_state(history),
        after: None,
        took_ms: None,
    };
    event.after = card_state(history.iter().chain([&event]));
    event
}

/// Whether `target` is a review or an edit (of an own card or deck) among `history` that no
/// retraction there cancels yet; a retraction itself is never retracted.
pub fn can_retract(history: &[Event], target: &EventId) -> bool {
    let (events, retracted) = ordered(history);
    events
        .iter()
        .any(|e| &e.id == target && e.retracted().is_none() && !retracted.contains(e.id.0.as_str()))
}

/// The union of two logs: every event of either, each once, in id order.
pub fn union(a: &[Event], b: &[Event]) -> Vec<Event> {
    in_order(a.iter().chain(b)).into_iter().cloned().collect()
}

/// What one study day's events say, as the day's queue and tally need it.
#[derive(Debug, Clone, PartialEq)]
pub struct DayReview<'e> {
    /// The review event.
    pub event: &'e Event,
    /// The grade it gave.
    pub grade: Grade,
    /// Whether it was the card's first surviving grade of the day.
    pub kind: ReviewKind,
    /// Whether the card was new before the day (the writer's cache of the day's first event).
    pub introduced: bool,
}

/// The surviving reviews of study day `day` in replay order, from a set holding at least that
/// day's events: the first of each card schedules, the rest are re-drills.
pub fn day_reviews(events: &[Event], day: StudyDay) -> Vec<DayReview<'_>> {
    let (events, retracted) = ordered(events.iter().filter(|e| e.day == day));
    // cards seen among the day's reviews, those that were new before the day (their first
    // review's cache), and those with a surviving review already
    let (mut seen, mut new, mut graded) = (HashSet::new(), HashSet::new(), HashSet::new());
    for e in events.iter().filter(|e| e.grade().is_some()) {
        if seen.insert(e.card_id.as_str()) && e.before.is_none() {
            new.insert(e.card_id.as_str());
        }
    }
    let surviving = events.into_iter().filter(|e| survives(e, &retracted));
    surviving
        .filter_map(|event| {
            let grade = event.grade()?;
            let first = graded.insert(event.card_id.as_str());
            Some(DayReview {
                event,
                grade,
                kind: if first {
                    ReviewKind::First
                } else {
                    ReviewKind::Drill
                },
                introduced: first && new.contains(event.card_id.as_str()),
            })
        })
        .collect()
}

/// Surviving reviews per study day from `from` up to, not including, `until`, from a set
/// holding at least those days' events.
pub fn reviews_per_day(
    events: &[Event],
    from: StudyDay,
    until: StudyDay,
) -> Vec<(StudyDay, usize)> {
    let (events, retracted) = ordered(events.iter().filter(|e| e.day >= from && e.day < until));
    let mut counts: Vec<(StudyDay, usize)> = (from.0..until.0).map(|d| (StudyDay(d), 0)).collect();
    for e in events.iter().filter(|e| survives(e, &retracted)) {
        counts[from.days_until(e.day) as usize].1 += 1;
    }
    counts
}

/// The newest surviving review among `events` (the one Undo cancels), if any.
pub fn newest_review(events: &[Event]) -> Option<&Event> {
    let (events, retracted) = ordered(events);
    events.into_iter().rev().find(|e| survives(e, &retracted))
}

/// The study day of each retraction among `events` (each once) that takes back an event of the
/// set other than a review: an edit or a mark. A store that counts reviews as reviews minus
/// retractions adds these back.
pub fn non_review_retraction_days(events: &[Event]) -> Vec<StudyDay> {
    let others: HashSet<&str> = events
        .iter()
        .filter(|e| e.grade().is_none() && e.retracted().is_none())
        .map(|e| e.id.0.as_str())
        .collect();
    let mut seen = HashSet::new();
    let mut days = Vec::new();
    for e in events {
        let takes_back = e.retracted().is_some_and(|t| others.contains(t.0.as_str()));
        if takes_back && seen.insert(e.id.0.as_str()) {
            days.push(e.day);
        }
    }
    days
}
