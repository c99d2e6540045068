//! Learning progress of a set of cards: new, learning, mature (interval ≥ 21 days, as in Anki).

use crate::core::content::catalogue::Card;
use crate::core::srs::log::CardStates;

/// The interval, in days, from which a card counts as mature.
pub const MATURE_DAYS: u32 = 21;

/// How many cards are in each stage of learning.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Progress {
    /// Never graded.
    pub new: usize,
    /// Graded, interval under [`MATURE_DAYS`].
    pub learning: usize,
    /// Interval of [`MATURE_DAYS`] or more.
    pub mature: usize,
}

impl Progress {
    /// Progress of `cards` given the stored states.
    pub fn of(cards: &[Card], states: &CardStates) -> Progress {
        let mut progress = Progress::default();
        for card in cards {
            match states.get(card.id()) {
                None => progress.new += 1,
                Some(s) if s.interval >= MATURE_DAYS => progress.mature += 1,
                Some(_) => progress.learning += 1,
            }
        }
        progress
    }

    /// All cards counted.
    pub fn total(&self) -> usize {
        self.new + self.learning + self.mature
    }

    /// `part` as a whole percentage of the total (0 for no cards).
    pub fn percent(&self, part: usize) -> usize {
        (part * 100).checked_div(self.total()).unwrap_or(0)
    }
}
