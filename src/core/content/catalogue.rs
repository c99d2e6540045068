//! The catalogue: sections, topics, cards and interviews, validated at build time from
//! `decks/*.toml` and `interviews/*.toml` (see `build/content.rs`) and read from the build's
//! content file into an owned [`Catalogue`] with an index by card id. The app holds one in its
//! state and passes it by reference; it can take cards added at run time, and be dropped.

pub use super::card::Card;
use super::pack::{unpack, PackError};
use crate::core::interview::model::Interview;
use std::sync::Arc;

/// A curriculum section.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    /// Section heading.
    pub name: String,
    /// One-line description.
    pub summary: String,
    /// Topics in curriculum order.
    pub topics: Vec<Topic>,
}

/// A curriculum topic and its deck.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Topic {
    /// Topic name.
    pub name: String,
    /// Curriculum summary.
    pub summary: String,
    /// URL slug, from the deck's file name.
    pub slug: String,
    /// The deck's cards in file order.
    pub cards: Vec<Card>,
}

/// The build's content file (`content-<hash>.txt`), served next to index.html.
pub const CONTENT_FILE: &str = env!("ARCHDRILL_CONTENT_FILE");

/// Where a card is: section, topic and card index.
type Place = (u32, u32, u32);

/// A card id's hash, the key of the catalogue's index.
fn id_hash(id: &str) -> u64 {
    use std::hash::BuildHasher;
    rustc_hash::FxBuildHasher.hash_one(id)
}

/// Everything the app teaches, owned, with an index from card id to its place.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Catalogue {
    sections: Vec<Section>,
    interviews: Vec<Interview>,
    has_card_text: bool,
    /// (hash of the card id, its place), sorted: one allocation for the whole index.
    index: Vec<(u64, Place)>,
}

/// Why a card could not be added to a catalogue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AddError {
    /// No topic has this slug.
    NoTopic(String),
    /// A card with this id exists already.
    DuplicateId(String),
}

impl Catalogue {
    /// Reads a content file or its outline (see `pack`); its cards keep `text` and point
    /// into it.
    pub fn read(text: impl Into<String>) -> Result<Catalogue, PackError> {
        let content = unpack(&Arc::new(text.into()))?;
        let mut catalogue = Catalogue {
            sections: content.sections,
            interviews: content.interviews,
            has_card_text: content.has_card_text,
            index: Vec::new(),
        };
        catalogue.index_cards();
        Ok(catalogue)
    }

    /// The build's own content file (native code and tests only: the app fetches it).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn of_build() -> Catalogue {
        let text = include_str!(concat!(
            env!("OUT_DIR"),
            "/",
            env!("ARCHDRILL_CONTENT_FILE")
        ));
        Catalogue::read(text).expect("the build's content file reads")
    }

    fn index_cards(&mut self) {
        self.index.clear();
        for (s, section) in self.sections.iter().enumerate() {
            for (t, topic) in section.topics.iter().enumerate() {
                for (c, card) in topic.cards.iter().enumerate() {
                    let place = (s as u32, t as u32, c as u32);
                    self.index.push((id_hash(card.id()), place));
                }
            }
        }
        self.index.sort_unstable();
    }

    /// The card at `place`, with its topic.
    fn at(&self, (s, t, c): Place) -> (&Topic, &Card) {
        let topic = &self.sections[s as usize].topics[t as usize];
        (topic, &topic.cards[c as usize])
    }

    /// Every curriculum section with its topics and cards.
    pub fn sections(&self) -> &[Section] {
        &self.sections
    }

    /// Every mock interview, easiest first.
    pub fn interviews(&self) -> &[Interview] {
        &self.interviews
    }

    /// The interview with this id.
    pub fn interview(&self, id: &str) -> Option<&Interview> {
        self.interviews.iter().find(|i| i.id == id)
    }

    /// A hash of which cards are in which topic (every topic's slug and card ids, in order): a
    /// review digest cached with its topics (`stats::digest`) holds only for the same one.
    pub fn topic_fingerprint(&self) -> u64 {
        use std::hash::{BuildHasher, Hasher};
        let mut hasher = rustc_hash::FxBuildHasher.build_hasher();
        for topic in self.sections.iter().flat_map(|s| &s.topics) {
            hasher.write(topic.slug.as_bytes());
            hasher.write_u8(0xff); // not UTF-8: ends the slug
            for card in &topic.cards {
                hasher.write(card.id().as_bytes());
                hasher.write_u8(0xfe);
            }
        }
        hasher.finish()
    }

    /// Whether the cards' fronts and backs are here (an outline has ids only).
    pub fn has_card_text(&self) -> bool {
        self.has_card_text
    }

    /// The card with this id and the topic that holds it, if any.
    pub fn card(&self, id: &str) -> Option<(&Topic, &Card)> {
        let hash = id_hash(id);
        let from = self.index.partition_point(|&(h, _)| h < hash);
        let same_hash = self.index[from..].iter().take_while(|&&(h, _)| h == hash);
        same_hash
            .map(|&(_, place)| self.at(place))
            .find(|(_, card)| card.id() == id)
    }

    /// Adds `card` at the end of the topic `slug` (cards made at run time count and review
    /// with that topic).
    pub fn add_card(&mut self, slug: &str, card: Card) -> Result<(), AddError> {
        if self.card(card.id()).is_some() {
            return Err(AddError::DuplicateId(card.id().to_string()));
        }
        let place = self
            .sections
            .iter_mut()
            .enumerate()
            .find_map(|(s, section)| {
                let (t, topic) = section
                    .topics
                    .iter_mut()
                    .enumerate()
                    .find(|(_, t)| t.slug == slug)?;
                Some((s, t, topic))
            });
        let Some((s, t, topic)) = place else {
            return Err(AddError::NoTopic(slug.to_string()));
        };
        let place = (s as u32, t as u32, topic.cards.len() as u32);
        let key = (id_hash(card.id()), place);
        topic.cards.push(card);
        let at = self.index.partition_point(|entry| *entry < key);
        self.index.insert(at, key);
        Ok(())
    }

    /// Adds `section` after the others, leaving out its cards whose id is taken already.
    pub(super) fn push_section(&mut self, mut section: Section) {
        for topic in &mut section.topics {
            topic.cards.retain(|c| self.card(c.id()).is_none());
        }
        self.sections.push(section);
        self.index_cards();
    }

    /// This catalogue's cards, topics and interviews, from `newer`'s text when it has the
    /// cards' fronts and backs (the content file after the outline); cards this one holds that
    /// `newer` lacks (added at run time) are kept.
    pub fn with_text_of(self, newer: Catalogue) -> Catalogue {
        if !newer.has_card_text || self.has_card_text {
            return self;
        }
        let mut merged = newer;
        for (slug, card) in self.extra_cards(&merged) {
            let _ = merged.add_card(&slug, card);
        }
        merged
    }

    /// Cards of this catalogue that `other` does not have, with their topic's slug.
    fn extra_cards(self, other: &Catalogue) -> Vec<(String, Card)> {
        let topics = self.sections.into_iter().flat_map(|s| s.topics);
        topics
            .flat_map(|t| {
                let slug = t.slug;
                t.cards.into_iter().map(move |c| (slug.clone(), c))
            })
            .filter(|(_, c)| other.card(c.id()).is_none())
            .collect()
    }
}

impl Section {
    /// Each topic's card ids, in curriculum order (what `queue::curriculum_counts` counts).
    pub fn topic_card_ids(&self) -> impl Iterator<Item = impl Iterator<Item = &str>> {
        self.topics.iter().map(|t| t.cards.iter().map(|c| c.id()))
    }
}

/// Which cards a review covers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Scope {
    /// Every card.
    All,
    /// The cards of one section (by index in the catalogue's sections).
    Section(usize),
    /// The cards of one topic (by slug).
    Topic(String),
}

impl Scope {
    /// The cards in scope, in curriculum order.
    pub fn cards<'c>(
        &self,
        catalogue: &'c Catalogue,
    ) -> impl Iterator<Item = &'c Card> + use<'c, '_> {
        self.topics(catalogue).flat_map(|t| t.cards.iter())
    }

    /// The ids of the cards in scope, in curriculum order.
    pub fn card_ids<'c>(&self, catalogue: &'c Catalogue) -> Vec<&'c str> {
        self.cards(catalogue).map(Card::id).collect()
    }

    /// The topics in scope.
    pub fn topics<'c>(
        &self,
        catalogue: &'c Catalogue,
    ) -> impl Iterator<Item = &'c Topic> + use<'c, '_> {
        catalogue
            .sections()
            .iter()
            .enumerate()
            .filter(move |(i, _)| !matches!(self, Scope::Section(s) if s != i))
            .flat_map(|(_, s)| s.topics.iter())
            .filter(move |t| !matches!(self, Scope::Topic(slug) if *slug != t.slug))
    }

    /// A heading for the scope ("All topics", a section name or a topic name).
    pub fn title<'c>(&self, catalogue: &'c Catalogue) -> &'c str {
        match self {
            Scope::All => "All topics",
            Scope::Section(i) => catalogue
                .sections()
                .get(*i)
                .map_or("Unknown section", |s| &s.name),
            Scope::Topic(_) => self
                .topics(catalogue)
                .next()
                .map_or("Unknown topic", |t| &t.name),
        }
    }
}
