//! The curriculum: sections, topics and cards, validated at build time from `decks/*.toml`
//! (see `build/content.rs`) and read at start-up from the build's content file.

use crate::core::content::pack::{unpack, Content, PackError};
use crate::core::interview::model::Interview;
use std::sync::OnceLock;

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
    /// Question, safe HTML (rendered from the deck's Markdown at build time).
    pub front: &'static str,
    /// Answer, safe HTML (rendered from the deck's Markdown at build time).
    pub back: &'static str,
    /// Tags.
    pub tags: &'static [&'static str],
}

/// The build's content file (`content-<hash>.txt`), served next to index.html.
pub const CONTENT_FILE: &str = env!("ARCHDRILL_CONTENT_FILE");

/// The first content installed: the outline or the whole content file.
static CONTENT: OnceLock<Content> = OnceLock::new();
/// The whole content file, when the outline came first.
static WITH_TEXT: OnceLock<Content> = OnceLock::new();

/// Reads the text of the outline or the content file and makes it the app's content (kept for
/// the rest of the program). Once the cards' text is installed, later calls change nothing; an
/// outline after an outline neither.
pub fn install(text: String) -> Result<(), PackError> {
    if is_installed() && has_card_text() {
        return Ok(());
    }
    let content = unpack(Box::leak(text.into_boxed_str()))?;
    if !is_installed() {
        let _ = CONTENT.set(content);
    } else if content.has_card_text {
        let _ = WITH_TEXT.set(content);
    }
    Ok(())
}

/// Whether [`install`] has run (natively the build's content file is always at hand).
pub fn is_installed() -> bool {
    CONTENT.get().is_some()
}

/// The installed content, with the cards' text once it is there. In the browser the app
/// installs the outline or the content file before anything reads it; natively it is the
/// build's content file, read on first use.
pub fn content() -> &'static Content {
    #[cfg(not(target_arch = "wasm32"))]
    let content = CONTENT.get_or_init(|| {
        unpack(include_str!(concat!(
            env!("OUT_DIR"),
            "/",
            env!("ARCHDRILL_CONTENT_FILE")
        )))
        .expect("the build's content file reads")
    });
    #[cfg(target_arch = "wasm32")]
    let content = CONTENT
        .get()
        .expect("the content file is installed before the app reads it");
    WITH_TEXT.get().unwrap_or(content)
}

/// Whether the cards' fronts and backs are installed (only the outline is, at first, when the
/// app opens on the home screen).
pub fn has_card_text() -> bool {
    content().has_card_text
}

/// Every curriculum section with its topics and cards.
pub fn sections() -> &'static [Section] {
    content().sections
}

/// Every mock interview, easiest first.
pub fn interviews() -> &'static [Interview] {
    content().interviews
}

/// The interview with this id.
pub fn interview(id: &str) -> Option<&'static Interview> {
    interviews().iter().find(|i| i.id == id)
}

impl Section {
    /// Each topic's card ids, in curriculum order (what `queue::curriculum_counts` counts).
    pub fn topic_card_ids(&self) -> impl Iterator<Item = impl Iterator<Item = &'static str>> {
        self.topics.iter().map(|t| t.cards.iter().map(|c| c.id))
    }
}

/// Which cards a review covers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Scope {
    /// Every card.
    All,
    /// The cards of one section (by index in [`sections`]).
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
        sections()
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
            Scope::Section(i) => sections().get(*i).map_or("Unknown section", |s| s.name),
            Scope::Topic(_) => self.topics().next().map_or("Unknown topic", |t| t.name),
        }
    }
}

/// The card with this id and the topic that holds it, if any.
pub fn card(id: &str) -> Option<(&'static Topic, &'static Card)> {
    sections()
        .iter()
        .flat_map(|s| s.topics)
        .find_map(|t| t.cards.iter().find(|c| c.id == id).map(|c| (t, c)))
}
