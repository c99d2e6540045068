//! Card counts — new, learning and mature — overall, per section and per topic.
//!
//! A card's stage is decided in one place, [`Progress::of`]: when cards can be suspended or
//! buried, or flagged as leeches, those stages become fields of [`Progress`] there (from the
//! events that set them), and every count here follows.

use crate::core::content::catalogue::{Catalogue, Topic};
use crate::core::content::progress::Progress;
use crate::core::srs::log::CardStates;

/// The counts of one section and of each of its topics.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SectionCounts {
    /// The section's name.
    pub name: String,
    /// All its cards.
    pub all: Progress,
    /// Each topic's slug and counts, in curriculum order.
    pub topics: Vec<(String, Progress)>,
}

/// The counts of the whole catalogue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CardCounts {
    /// Every card.
    pub all: Progress,
    /// Each section, in curriculum order.
    pub sections: Vec<SectionCounts>,
}

/// The counts of one topic's cards.
pub fn topic_counts(topic: &Topic, states: &CardStates) -> Progress {
    Progress::of(&topic.cards, states)
}

/// The sum of two counts.
fn sum(a: Progress, b: Progress) -> Progress {
    Progress {
        new: a.new + b.new,
        learning: a.learning + b.learning,
        mature: a.mature + b.mature,
    }
}

/// The counts of every card of `catalogue` given the card states.
pub fn card_counts(catalogue: &Catalogue, states: &CardStates) -> CardCounts {
    let sections: Vec<SectionCounts> = catalogue
        .sections()
        .iter()
        .map(|section| {
            let topics: Vec<(String, Progress)> = section
                .topics
                .iter()
                .map(|t| (t.slug.clone(), topic_counts(t, states)))
                .collect();
            SectionCounts {
                name: section.name.clone(),
                all: topics.iter().fold(Progress::default(), |a, t| sum(a, t.1)),
                topics,
            }
        })
        .collect();
    CardCounts {
        all: sections
            .iter()
            .fold(Progress::default(), |a, s| sum(a, s.all)),
        sections,
    }
}
