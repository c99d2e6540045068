//! Build-time loading and validation of the human-edited content in `decks/`.
//!
//! Shared by `build.rs` (which packs the result into the content file, `build/pack.rs`) and by
//! `tests/content_validation.rs` (which feeds it broken files). Every error names the
//! file, the line and the reason, so a bad edit fails the build with a useful message.

use serde::Deserialize;
use std::collections::HashMap;
use std::fmt;
use toml::Spanned;

/// One content file: where it came from and what it says.
pub struct Source {
    /// Path shown in error messages.
    pub path: String,
    /// The file's text.
    pub text: String,
}

/// A problem found in a content file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentError {
    /// Path of the offending file.
    pub path: String,
    /// 1-based line of the offending value.
    pub line: usize,
    /// What is wrong, in words.
    pub reason: String,
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.path, self.line, self.reason)
    }
}

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
    card: Vec<CardSrc>,
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

/// Collects errors for one file, turning byte offsets into line numbers.
struct Reporter<'a> {
    source: &'a Source,
    errors: &'a mut Vec<ContentError>,
}

impl Reporter<'_> {
    fn at(&mut self, offset: usize, reason: impl Into<String>) {
        let line = line_of(&self.source.text, offset);
        self.errors.push(ContentError {
            path: self.source.path.clone(),
            line,
            reason: reason.into(),
        });
    }

    fn non_empty(&mut self, value: &Spanned<String>, what: &str) {
        if value.get_ref().trim().is_empty() {
            self.at(value.span().start, format!("{what} is empty"));
        }
    }
}

/// 1-based line number of a byte offset.
pub fn line_of(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())].matches('\n').count() + 1
}

fn parse<T: for<'de> Deserialize<'de>>(
    source: &Source,
    errors: &mut Vec<ContentError>,
) -> Option<T> {
    match toml::from_str::<T>(&source.text) {
        Ok(value) => Some(value),
        Err(err) => {
            let offset = err.span().map_or(0, |span| span.start);
            let reason = err.message().trim().replace('\n', " ");
            Reporter { source, errors }.at(offset, format!("invalid TOML: {reason}"));
            None
        }
    }
}

/// `NN-slug.toml` → `slug`, or `None` when the file name does not follow the pattern.
fn slug_of(path: &str) -> Option<String> {
    let name = path.rsplit('/').next()?.strip_suffix(".toml")?;
    let (number, slug) = name.split_once('-')?;
    let valid_number = !number.is_empty() && number.bytes().all(|b| b.is_ascii_digit());
    (valid_number && is_slug(slug)).then(|| slug.to_string())
}

/// Lower-case ASCII letters, digits and single dashes.
fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && !s.starts_with('-')
        && !s.ends_with('-')
        && !s.contains("--")
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// Validates the curriculum files (in order: the main one, then any extra ones)
/// and the deck files, and returns the sections with their decks in curriculum order.
pub fn validate(
    curricula: &[Source],
    decks: &[Source],
) -> Result<Vec<SectionData>, Vec<ContentError>> {
    let mut errors = Vec::new();
    let mut sections = Vec::new();
    // topic name → (section index, topic index, where the curriculum names it)
    let mut topic_index: HashMap<String, (usize, usize)> = HashMap::new();
    for source in curricula {
        let Some(file) = parse::<CurriculumFile>(source, &mut errors) else {
            continue;
        };
        for section in file.section {
            let mut report = Reporter {
                source,
                errors: &mut errors,
            };
            report.non_empty(&section.name, "section name");
            report.non_empty(&section.summary, "section summary");
            let section_idx = sections.len();
            let mut topics = Vec::new();
            for topic in section.topic {
                report.non_empty(&topic.name, "topic name");
                report.non_empty(&topic.summary, "topic summary");
                let name = topic.name.get_ref().clone();
                if topic_index
                    .insert(name.clone(), (section_idx, topics.len()))
                    .is_some()
                {
                    report.at(
                        topic.name.span().start,
                        format!("topic \"{name}\" is listed twice"),
                    );
                }
                topics.push(TopicData {
                    name,
                    summary: topic.summary.into_inner(),
                    slug: String::new(),
                    cards: Vec::new(),
                });
            }
            sections.push(SectionData {
                name: section.name.into_inner(),
                summary: section.summary.into_inner(),
                topics,
            });
        }
    }

    let mut card_ids: HashMap<String, String> = HashMap::new();
    let mut deck_of_topic: HashMap<String, String> = HashMap::new();
    for source in decks {
        let Some(deck) = parse::<DeckFile>(source, &mut errors) else {
            continue;
        };
        let mut report = Reporter {
            source,
            errors: &mut errors,
        };
        let Some(slug) = slug_of(&source.path) else {
            report.at(
                0,
                "deck file name must look like NN-slug.toml (e.g. 11-caching.toml)",
            );
            continue;
        };
        let topic_name = deck.topic.get_ref();
        let Some(&(si, ti)) = topic_index.get(topic_name) else {
            report.at(
                deck.topic.span().start,
                format!("topic \"{topic_name}\" is not in the curriculum"),
            );
            continue;
        };
        let section = &mut sections[si];
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
        if let Some(other) = deck_of_topic.insert(topic_name.clone(), source.path.clone()) {
            report.at(
                deck.topic.span().start,
                format!("topic \"{topic_name}\" already has a deck: {other}"),
            );
            continue;
        }
        if deck.card.is_empty() {
            report.at(0, "deck has no [[card]]");
        }
        topic.slug = slug;
        for card in deck.card {
            report.non_empty(&card.id, "card id");
            report.non_empty(&card.front, "card front");
            report.non_empty(&card.back, "card back");
            let id = card.id.get_ref();
            let line = line_of(&source.text, card.id.span().start);
            if !id.trim().is_empty() && !is_slug(id) {
                report.at(
                    card.id.span().start,
                    format!("card id \"{id}\" must be lower-case letters, digits and dashes"),
                );
            }
            if let Some(first) = card_ids.insert(id.clone(), format!("{}:{line}", source.path)) {
                report.at(
                    card.id.span().start,
                    format!("duplicate card id \"{id}\" (first at {first})"),
                );
            }
            for tag in &card.tags {
                if !is_slug(tag.get_ref()) {
                    report.at(
                        tag.span().start,
                        format!(
                            "tag \"{}\" must be lower-case letters, digits and dashes",
                            tag.get_ref()
                        ),
                    );
                }
            }
            topic.cards.push(CardData {
                id: card.id.into_inner(),
                front: card.front.into_inner().trim().to_string(),
                back: card.back.into_inner().trim().to_string(),
                tags: card.tags.into_iter().map(Spanned::into_inner).collect(),
            });
        }
    }
    for section in &mut sections {
        section.topics.retain(|t| !t.slug.is_empty());
    }
    sections.retain(|s| !s.topics.is_empty());
    if errors.is_empty() {
        Ok(sections)
    } else {
        Err(errors)
    }
}
