//! Marks on cards: suspend, bury until the next study day, reset to new, flag, and the leech
//! mark that suspends a card which keeps lapsing. Each is an event of the log, so marks merge
//! and undo (by retraction) like reviews; what a card's marks say is a pure function of the set
//! of events. Reset changes the card's schedule, so replay (`log`) applies it, not this module.

use super::event::{Action, Event};
use super::log::{ordered, replay, Replayed, ReviewKind};
use super::study_day::StudyDay;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// Anki's default: the 8th lapse makes a card a leech.
pub const DEFAULT_LEECH_THRESHOLD: u32 = 8;

/// The most lapses the leech threshold can be set to (0 turns leeches off).
pub const MAX_LEECH_THRESHOLD: u32 = 99;

/// A flag's colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Flag {
    /// Red.
    Red,
    /// Orange.
    Orange,
    /// Green.
    Green,
    /// Blue.
    Blue,
}

impl Flag {
    /// Every flag, in menu order.
    pub const ALL: [Flag; 4] = [Flag::Red, Flag::Orange, Flag::Green, Flag::Blue];

    /// The flag's name, as menus say it.
    pub fn name(self) -> &'static str {
        match self {
            Flag::Red => "Red",
            Flag::Orange => "Orange",
            Flag::Green => "Green",
            Flag::Blue => "Blue",
        }
    }

    /// The mark a flag menu's choice makes: the flag of that name, or no flag for any other.
    pub fn chosen(name: &str) -> Mark {
        Flag::ALL
            .into_iter()
            .find(|f| f.name() == name)
            .map_or(Mark::Unflag, Flag::mark)
    }

    /// The mark that sets this flag.
    pub fn mark(self) -> Mark {
        match self {
            Flag::Red => Mark::FlagRed,
            Flag::Orange => Mark::FlagOrange,
            Flag::Green => Mark::FlagGreen,
            Flag::Blue => Mark::FlagBlue,
        }
    }
}

/// What a mark event does to its card. Unit variants, so the log stores each as a plain string
/// (`{"Mark":"Suspend"}`), which the database can index.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Mark {
    /// Leaves every queue and count until unsuspended.
    Suspend,
    /// Back into the queues (a leech stays tagged leech).
    Unsuspend,
    /// Leaves today's queue and counts; back on the next study day.
    Bury,
    /// Back to new: its schedule starts again, its reviews stay in the log.
    Reset,
    /// Flagged red.
    FlagRed,
    /// Flagged orange.
    FlagOrange,
    /// Flagged green.
    FlagGreen,
    /// Flagged blue.
    FlagBlue,
    /// No flag.
    Unflag,
    /// Tagged leech and suspended: written with the grade that made it one.
    Leech,
}

impl Mark {
    /// What the mark did, in a sentence for the learner.
    pub fn said(self) -> &'static str {
        match self {
            Mark::Suspend => "Suspended: it leaves every queue until you unsuspend it.",
            Mark::Unsuspend => "Unsuspended: it is back in the queues.",
            Mark::Bury => "Buried until the next study day.",
            Mark::Reset => "Reset: it is a new card again; its reviews stay in the history.",
            Mark::FlagRed => "Flagged red.",
            Mark::FlagOrange => "Flagged orange.",
            Mark::FlagGreen => "Flagged green.",
            Mark::FlagBlue => "Flagged blue.",
            Mark::Unflag => "Flag removed.",
            Mark::Leech => {
                "This card keeps slipping — it is suspended; edit it or break it into smaller \
                 cards."
            }
        }
    }
}

/// What a card's marks say.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CardMarks {
    /// Suspended (by hand or as a leech).
    pub suspended: bool,
    /// Buried on this study day (set aside on that day only).
    pub buried_on: Option<StudyDay>,
    /// Its flag, if any.
    pub flag: Option<Flag>,
    /// Tagged leech.
    pub leech: bool,
}

impl CardMarks {
    /// Whether the card is out of the queues on study day `today`.
    pub fn set_aside(&self, today: StudyDay) -> bool {
        self.suspended || self.buried_on == Some(today)
    }

    /// The marks after `mark`, written on study day `day`.
    fn with(mut self, mark: Mark, day: StudyDay) -> CardMarks {
        match mark {
            Mark::Suspend => self.suspended = true,
            Mark::Unsuspend => self.suspended = false,
            Mark::Bury => self.buried_on = Some(day),
            Mark::Reset => {}
            Mark::FlagRed => self.flag = Some(Flag::Red),
            Mark::FlagOrange => self.flag = Some(Flag::Orange),
            Mark::FlagGreen => self.flag = Some(Flag::Green),
            Mark::FlagBlue => self.flag = Some(Flag::Blue),
            Mark::Unflag => self.flag = None,
            Mark::Leech => {
                self.leech = true;
                self.suspended = true;
            }
        }
        self
    }
}

/// Marks per card id (cards without any are absent).
pub type Marks = HashMap<String, CardMarks, rustc_hash::FxBuildHasher>;

/// The marks a set of events leaves (any order, duplicates allowed): every mark no retraction
/// cancels, in replay order, the later winning.
pub fn marks<'e>(events: impl IntoIterator<Item = &'e Event>) -> Marks {
    let (events, retracted) = ordered(events);
    let mut marks = Marks::default();
    for event in events {
        let Action::Mark(mark) = event.action else {
            continue;
        };
        if !retracted.contains(event.id.0.as_str()) {
            let card = marks.entry(event.card_id.clone()).or_default();
            *card = card.with(mark, event.day);
        }
    }
    marks
}

/// The ids of the cards `marks` sets aside on study day `today`.
pub fn set_aside(marks: &Marks, today: StudyDay) -> std::collections::HashSet<String> {
    let aside = marks.iter().filter(|(_, m)| m.set_aside(today));
    aside.map(|(id, _)| id.clone()).collect()
}

/// Lapses of one card among its events: first-of-day grades below 3 of a card that had been
/// learned (its state before had at least one successful repetition).
pub fn lapses<'e>(card_events: impl IntoIterator<Item = &'e Event>) -> u32 {
    let (reviews, _) = replay(card_events);
    reviews.iter().filter(|r| is_lapse(r)).count() as u32
}

/// Whether a replayed review is a lapse: a first-of-day grade below 3 of a card that had been
/// learned (its state before had at least one successful repetition).
pub fn is_lapse(review: &Replayed) -> bool {
    review.kind == ReviewKind::First
        && review.grade.value() < 3
        && review.before.is_some_and(|b| b.repetitions > 0)
}

/// Whether a card's `lapses`-th lapse makes it a leech at `threshold`: at the threshold, then
/// every half threshold after (8, 12, 16… by default, as Anki does); never at threshold 0.
pub fn is_leech_lapse(lapses: u32, threshold: u32) -> bool {
    if threshold == 0 || lapses < threshold {
        return false;
    }
    (lapses - threshold).is_multiple_of((threshold / 2).max(1))
}

/// Whether `grade`, just appended to its card's `history`, is a lapse that makes the card a
/// leech at `threshold`.
pub fn makes_leech(history: &[Event], grade: &Event, threshold: u32) -> bool {
    if threshold == 0 || grade.grade().is_none() {
        return false; // leeches off, or no grade: no replay on the write's path
    }
    // one replay: `grade` is the newest event, so it comes last and changes no earlier review
    let (reviews, _) = replay(history.iter().chain([grade]));
    let this = reviews.iter().find(|r| r.event.id == grade.id);
    let lapses = reviews.iter().filter(|r| is_lapse(r)).count() as u32;
    this.is_some_and(is_lapse) && is_leech_lapse(lapses, threshold)
}

/// What [`marks`] needs from a log whose `marks` (every mark event) and `retractions` (every
/// retraction, or more) were read apart: the marks and the retractions that name one of them.
pub fn marks_log(mut marks: Vec<Event>, retractions: Vec<Event>) -> Vec<Event> {
    let ids: std::collections::HashSet<&str> = marks.iter().map(|e| e.id.0.as_str()).collect();
    let unmarks: Vec<Event> = retractions
        .into_iter()
        .filter(|r| r.retracted().is_some_and(|t| ids.contains(t.0.as_str())))
        .collect();
    marks.extend(unmarks);
    marks
}
