//! Build-time loading and validation of the human-edited content in `decks/`.
//!
//! Shared by `build.rs` (through `build/check.rs`; the result is packed into the content file,
//! `build/pack.rs`) and by `tests/content_validation/` (which feeds it broken files). Every
//! error names the file, the line and the reason, so a bad edit fails the build with a useful
//! message.

use crate::report::{parse, ContentError, Reporter, Source};
use serde::Deserialize;
use std::collections::hash_map::Entry;
use std::collections::{HashMap, HashSet};
use toml::Spanned;

/// A validated card.
#[derive(Debug, Clone)]
pub struct CardData {
    /// Stable id, unique across all decks.
    pub id: String,
    /// Question, Markdown.
    pub front: String,
    /// Answer, Markdown.
    pub back: String,
    /// Lower-case tags.
    pub tags: Vec<String>,
}

/// A validated topic with its deck (possibly empty if no deck file exists yet).
#[derive(Debug, Clone)]
pub struct TopicData {
    /// Topic name as the curriculum gives it.
    pub name: String,
    /// Curriculum summary, verbatim.
    pub summary: String,
    /// URL-safe slug taken from the deck file name (`11-caching.toml` → `caching`).
    pub slug: String,
    /// Cards in file order.
    pub cards: Vec<CardData>,
}

/// A validated curriculum section.
#[derive(Debug, Clone)]
pub struct SectionData {
    /// Section heading.
    pub name: String,
    /// One-line description of the section.
    pub summary: String,
    /// Topics in curriculum order.
    pub topics: Vec<TopicData>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CurriculumFile {
    section: Vec<SectionSrc>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SectionSrc {
    name: Spanned<String>,
    summary: Spanned<String>,
    topic: Vec<TopicSrc>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TopicSrc {
    name: Spanned<String>,
    summary: Spanned<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DeckFile {
    section: Spanned<String>,
    topic: Spanned<String>,
    summary: Spanned<String>,
    #[serde(default)]
    card: Option<Spanned<Vec<CardSrc>>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CardSrc {
    id: Spanned<String>,
    front: Spanned<String>,
    back: Spanned<String>,
    #[serde(default)]
    tags: Vec<Spanned<String>>,
}

/// `NN-slug.toml` → `slug`, or `None` when the file name does not follow the pattern.
fn slug_of(path: &str) -> Option<String> {
    let name = path.rsplit('/').next()?.strip_suffix(".toml")?;
    let (number, slug) = name.split_once('-')?;
    let valid_number = !number.is_empty() && number.bytes().all(|b| b.is_ascii_digit());
    (valid_number && is_slug(slug)).then(|| slug.to_string())
}

/// What the learner's own cards' ids start with (`core::srs::own::CARD_PREFIX`): no curriculum
/// card id may.
const OWN_CARD_PREFIX: &str = "own-";
/// What the learner's own decks' ids start with (`core::srs::own::DECK_PREFIX`): no deck slug may.
const OWN_DECK_PREFIX: &str = "deck-";

/// Lower-case ASCII letters, digits and single dashes.
fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && !s.starts_with('-')
        && !s.ends_with('-')
        && !s.contains("--")
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// The curriculum's topic names and those of them that have a deck: what an interview or the
/// phase topics may link. A part whose file could not be read is unknown and refuses nothing (that
/// file's own error says what is wrong), so one mistake gives one error, not one per link.
pub struct Topics {
    /// Every topic the curricula list; `None` when a curriculum file could not be read.
    listed: Option<HashSet<String>>,
    /// The topics with a deck; `None` when which topic some deck file is for is unknown.
    with_deck: Option<HashSet<String>>,
}

impl Topics {
    /// Why `name` cannot be linked (not in the curriculum, or without a deck), if it cannot.
    pub fn problem(&self, name: &str) -> Option<String> {
        let holds = |set: &Option<HashSet<String>>| set.as_ref().is_none_or(|s| s.contains(name));
        if !holds(&self.listed) {
            Some(format!("topic \"{name}\" is not in the curriculum"))
        } else if !holds(&self.with_deck) {
            Some(format!("topic \"{name}\" has no deck"))
        } else {
            None
        }
    }
}

/// The decks, validated against the curriculum.
pub struct Decks {
    /// The sections with those of their topics that have a deck, in curriculum order.
    pub sections: Vec<SectionData>,
    /// What interviews and the phase topics may link.
    pub topics: Topics,
}

/// The curricula read so far: every section with every topic, and where each topic is.
struct Curriculum {
    sections: Vec<SectionData>,
    /// topic name → (section index, topic index)
    index: HashMap<String, (usize, usize)>,
    /// Whether every curriculum file could be read.
    complete: bool,
}

/// What the decks read so far claim: card ids with their first place, topics with their deck.
#[derive(Default)]
struct Claimed {
    card_ids: HashMap<String, String>,
    deck_of_topic: HashMap<String, String>,
}

/// Validates the curriculum files (in order: the main one, then any extra ones) and the deck
/// files, adding every problem to `errors`; the sections come in curriculum order.
pub fn validate(curricula: &[Source], decks: &[Source], errors: &mut Vec<ContentError>) -> Decks {
    let mut curriculum = Curriculum {
        sections: Vec::new(),
        index: HashMap::new(),
        complete: true,
    };
    for source in curricula {
        match parse::<CurriculumFile>(source, errors) {
            Some(file) => {
                let mut report = Reporter::new(source, errors);
                for section in file.section {
                    curriculum.add_section(section, &mut report);
                }
            }
            None => curriculum.complete = false,
        }
    }
    let mut claimed = Claimed::default();
    let mut decks_complete = true;
    for source in decks {
        decks_complete &= curriculum.add_deck(source, &mut claimed, errors);
    }
    let mut sections = curriculum.sections;
    for section in &mut sections {
        section.topics.retain(|t| !t.slug.is_empty());
    }
    sections.retain(|s| !s.topics.is_empty());
    let listed = curriculum.index.into_keys().collect();
    let with_deck = claimed.deck_of_topic.into_keys().collect();
    Decks {
        sections,
        topics: Topics {
            listed: curriculum.complete.then_some(listed),
            with_deck: decks_complete.then_some(with_deck),
        },
    }
}

impl Curriculum {
    /// Adds a section of a curriculum file, refusing empty fields and a topic listed twice.
    fn add_section(&mut self, section: SectionSrc, report: &mut Reporter) {
        report.non_empty(&section.name, "section name");
        report.non_empty(&section.summary, "section summary");
        let section_idx = self.sections.len();
        let mut topics = Vec::new();
        for topic in section.topic {
            report.non_empty(&topic.name, "topic name");
            report.non_empty(&topic.summary, "topic summary");
            let name = topic.name.get_ref().clone();
            match self.index.entry(name.clone()) {
                Entry::Occupied(_) => {
                    let reason = format!("topic \"{name}\" is listed twice");
                    report.at(topic.name.span().start, reason);
                }
                Entry::Vacant(slot) => {
                    slot.insert((section_idx, topics.len()));
                }
            }
            topics.push(TopicData {
                name,
                summary: topic.summary.into_inner(),
                slug: String::new(),
                cards: Vec::new(),
            });
        }
        self.sections.push(SectionData {
            name: section.name.into_inner(),
            summary: section.summary.into_inner(),
            topics,
        });
    }

    /// Validates one deck file and gives its topic its cards; `false` when which topic the
    /// file is for is unknown (it, or the curriculum, could not be read, or its name is wrong).
    fn add_deck(
        &mut self,
        source: &Source,
        claimed: &mut Claimed,
        errors: &mut Vec<ContentError>,
    ) -> bool {
        let Some(deck) = parse::<DeckFile>(source, errors) else {
            return false;
        };
        let mut report = Reporter::new(source, errors);
        let Some(slug) = slug_of(&source.path) else {
            let reason = "deck file name must look like NN-slug.toml (e.g. 11-caching.toml)";
            report.at(0, reason);
            return false;
        };
        if slug.starts_with(OWN_DECK_PREFIX) {
            let reason = format!("deck slug \"{slug}\" starts with \"{OWN_DECK_PREFIX}\", which is kept for the learner's own decks");
            report.at(0, reason);
        }
        let topic_name = deck.topic.get_ref();
        let Some(&(si, ti)) = self.index.get(topic_name) else {
            if self.complete {
                let reason = format!("topic \"{topic_name}\" is not in the curriculum");
                report.at(deck.topic.span().start, reason);
            }
            return self.complete;
        };
        let section = &mut self.sections[si];
        if deck.section.get_ref() != &section.name {
            let reason = format!(
                "topic \"{topic_name}\" belongs to section \"{}\", not \"{}\"",
                section.name,
                deck.section.get_ref()
            );
            report.at(deck.section.span().start, reason);
        }
        let topic = &mut section.topics[ti];
        if deck.summary.get_ref() != &topic.summary {
            let reason = format!(
                "summary must be the curriculum's, verbatim: \"{}\"",
                topic.summary
            );
            report.at(deck.summary.span().start, reason);
        }
        if let Some(other) = claimed.deck_of_topic.get(topic_name) {
            let reason = format!("topic \"{topic_name}\" already has a deck: {other}");
            report.at(deck.topic.span().start, reason);
            return true;
        }
        claimed
            .deck_of_topic
            .insert(topic_name.clone(), source.path.clone());
        // at `card = []`, else the file as a whole
        let (at, cards) = (deck.card).map_or((0, Vec::new()), |c| (c.span().start, c.into_inner()));
        if cards.is_empty() {
            report.at(at, "deck has no [[card]]");
        }
        topic.slug = slug;
        for card in cards {
            topic
                .cards
                .push(check_card(card, &mut report, &mut claimed.card_ids));
        }
        true
    }
}

/// Validates one card, whose id must be unique across all decks, and gives its data.
fn check_card(
    card: CardSrc,
    report: &mut Reporter,
    card_ids: &mut HashMap<String, String>,
) -> CardData {
    report.non_empty(&card.id, "card id");
    report.non_empty(&card.front, "card front");
    report.non_empty(&card.back, "card back");
    report.no_tilde_strike(&card.front, "card front");
    report.no_tilde_strike(&card.back, "card back");
    let id = card.id.get_ref();
    let at = card.id.span().start;
    if !id.trim().is_empty() && !is_slug(id) {
        let reason = format!("card id \"{id}\" must be lower-case letters, digits and dashes");
        report.at(at, reason);
    }
    if id.starts_with(OWN_CARD_PREFIX) {
        let reason = format!("card id \"{id}\" starts with \"{OWN_CARD_PREFIX}\", which is kept for the learner's own cards");
        report.at(at, reason);
    }
    match card_ids.entry(id.clone()) {
        Entry::Occupied(first) => {
            let reason = format!("duplicate card id \"{id}\" (first at {})", first.get());
            report.at(at, reason);
        }
        Entry::Vacant(slot) => {
            slot.insert(report.place(at));
        }
    }
    for tag in &card.tags {
        if !is_slug(tag.get_ref()) {
            let reason = format!(
                "tag \"{}\" must be lower-case letters, digits and dashes",
                tag.get_ref()
            );
            report.at(tag.span().start, reason);
        }
    }
    CardData {
        id: card.id.into_inner(),
        front: card.front.into_inner().trim().to_string(),
        back: card.back.into_inner().trim().to_string(),
        tags: card.tags.into_iter().map(Spanned::into_inner).collect(),
    }
}
