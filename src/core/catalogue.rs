//! The embedded curriculum: sections, topics and cards, validated and generated at build
//! time from `decks/*.toml` (see `build/content.rs`).

/// A curriculum section.
#[derive(Debug, PartialEq, Eq)]
pub struct Section {
    /// Section heading.
    pub name: &'static str,
    /// One-line description.
    pub summary: &'static str,
    /// Topics in curriculum order.
    pub topics: &'static [Topic],
}

/// A curriculum topic and its deck.
#[derive(Debug, PartialEq, Eq)]
pub struct Topic {
    /// Topic name.
    pub name: &'static str,
    /// Curriculum summary.
    pub summary: &'static str,
    /// URL slug, from the deck's file name.
    pub slug: &'static str,
    /// The deck's cards in file order.
    pub cards: &'static [Card],
}

/// A flashcard.
#[derive(Debug, PartialEq, Eq)]
pub struct Card {
    /// Stable id; progress is keyed on it.
    pub id: &'static str,
    /// Question, Markdown.
    pub front: &'static str,
    /// Answer, Markdown.
    pub back: &'static str,
    /// Tags.
    pub tags: &'static [&'static str],
}

include!(concat!(env!("OUT_DIR"), "/catalogue.rs"));

/// Which cards a review covers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Scope {
    /// Every card.
    All,
    /// The cards of one section (by index in [`SECTIONS`]).
    Section(usize),
    /// The cards of one topic (by slug).
    Topic(String),
}

impl Scope {
    /// The ids of the cards in scope, in curriculum order.
    pub fn card_ids(&self) -> Vec<&'static str> {
        self.topics()
            .flat_map(|t| t.cards.iter().map(|c| c.id))
            .collect()
    }

    /// The topics in scope.
    pub fn topics(&self) -> impl Iterator<Item = &'static Topic> + '_ {
        SECTIONS
            .iter()
            .enumerate()
            .filter(move |(i, _)| !matches!(self, Scope::Section(s) if s != i))
            .flat_map(|(_, s)| s.topics.iter())
            .filter(move |t| !matches!(self, Scope::Topic(slug) if slug != t.slug))
    }

    /// A heading for the scope ("All topics", a section name or a topic name).
    pub fn title(&self) -> &'static str {
        match self {
            Scope::All => "All topics",
            Scope::Section(i) => SECTIONS.get(*i).map_or("Unknown section", |s| s.name),
            Scope::Topic(_) => self.topics().next().map_or("Unknown topic", |t| t.name),
        }
    }
}

/// The card with this id, if any.
pub fn card(id: &str) -> Option<&'static Card> {
    SECTIONS
        .iter()
        .flat_map(|s| s.topics)
        .flat_map(|t| t.cards)
        .find(|c| c.id == id)
}

/// The topic that holds the card with this id, if any.
pub fn topic_of(id: &str) -> Option<&'static Topic> {
    SECTIONS
        .iter()
        .flat_map(|s| s.topics)
        .find(|t| t.cards.iter().any(|c| c.id == id))
}
