//! Figures per card that only the whole log tells — lapses and the day of the last review —
//! computed in one pass over it, so the card browser can filter and sort 100,000 cards without
//! replaying any card again.

use super::event::Event;
use super::log::replay;
use super::marks::is_lapse;
use super::study_day::StudyDay;
use std::collections::HashMap;

/// What the log says of one card beyond its SM-2 state.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CardFigures {
    /// Lapses: first-of-day grades below 3 of a card that had been learned (`marks::is_lapse`).
    pub lapses: u32,
    /// The study day of its newest surviving review (`None`: never reviewed).
    pub last_review: Option<StudyDay>,
}

/// Figures per card id (cards never reviewed are absent).
pub type Figures = HashMap<String, CardFigures, rustc_hash::FxBuildHasher>;

/// The figures of every card of a set of events (any order, duplicates allowed), in one replay.
pub fn card_figures<'e>(events: impl IntoIterator<Item = &'e Event>) -> Figures {
    let (reviews, _) = replay(events);
    let mut figures = Figures::default();
    for review in &reviews {
        let card = figures.entry(review.event.card_id.clone()).or_default();
        card.lapses += u32::from(is_lapse(review));
        card.last_review = card.last_review.max(Some(review.day));
    }
    figures
}
