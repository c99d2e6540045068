//! One card's history as the card browser shows it: every surviving review (its day, grade,
//! whether it scheduled, the interval after) and every surviving mark (suspend, bury, reset,
//! flag, leech) in log order, as a pure function of the card's events. Undone reviews and
//! marks are left out, as replay leaves them out.

use super::event::Event;
use super::log::{ordered, replay, ReviewKind};
use super::marks::Mark;
use super::sm2::Grade;
use super::study_day::StudyDay;

/// What one line of a card's history records.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HistoryItem {
    /// A review: its grade, whether it scheduled or was a re-drill, and the interval after it.
    Review {
        /// The grade given.
        grade: Grade,
        /// Whether it scheduled (the day's first grade) or was a re-drill.
        kind: ReviewKind,
        /// The card's interval in days after it.
        interval_after: u32,
        /// The easiness factor after it, in hundredths.
        ef100_after: u16,
    },
    /// A mark (a reset included).
    Mark(Mark),
}

/// One line of a card's history.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HistoryLine {
    /// The study day it counted on (a review's, as replay counted it).
    pub day: StudyDay,
    /// What happened.
    pub item: HistoryItem,
}

/// The history of the card whose events (any order, duplicates allowed) are `card_events`,
/// oldest first.
pub fn card_history<'e>(
    card_events: impl IntoIterator<Item = &'e Event> + Clone,
) -> Vec<HistoryLine> {
    let (reviews, _) = replay(card_events.clone());
    let mut reviews = reviews.into_iter().peekable();
    let (events, retracted) = ordered(card_events);
    let mut lines = Vec::new();
    for event in events {
        if let Some(review) = reviews.next_if(|r| r.event.id == event.id) {
            let item = HistoryItem::Review {
                grade: review.grade,
                kind: review.kind,
                interval_after: review.after.interval,
                ef100_after: review.after.ef100,
            };
            lines.push(HistoryLine {
                day: review.day,
                item,
            });
        } else if let Some(mark) = event.mark() {
            if !retracted.contains(event.id.0.as_str()) {
                let item = HistoryItem::Mark(mark);
                lines.push(HistoryLine {
                    day: event.day,
                    item,
                });
            }
        }
    }
    lines
}
