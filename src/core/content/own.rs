//! The learner's own cards and decks (`srs::own`) joined to the curriculum: each own deck is a
//! topic of a last section, [`OWN_SECTION`] (empty decks too), and a card attached to a
//! curriculum topic joins that topic's cards, so counts, queues and progress see them like any
//! other. Their text is untrusted: fronts and backs are rendered by the notes renderer
//! (`to_safe_html`), so raw HTML shows as text; a card imported from Anki holds HTML, which goes
//! through the allowlist sanitiser (`sanitize_html`) instead.
//!
//! A card whose deck is gone (an own deck whose creation was undone, a topic a later build
//! dropped) is not lost: it goes to the topic [`UNFILED_SLUG`] at the end of that section, shown
//! only while it holds a card, where the learner can move or delete it.

use super::catalogue::{Card, Catalogue, Section, Topic};
use crate::core::srs::event::DeckRef;
use crate::core::srs::own::{OwnCard, OwnContent};
use crate::core::text::markdown::to_safe_html;
use crate::core::text::sanitize::sanitize_html;

/// The name of the section of the learner's own decks.
pub const OWN_SECTION: &str = "Your decks";
/// The slug of the topic that holds own cards whose deck is gone (no deck id takes it: a deck
/// id is `deck-<event id>`).
pub const UNFILED_SLUG: &str = "deck-unfiled";
/// The name of that topic.
pub const UNFILED_NAME: &str = "Cards without a deck";

/// Renders an own card's front or back to safe HTML (`html`: the text is HTML from Anki).
pub type RenderText = fn(&str, bool) -> String;

/// The safe HTML of an own card's front or back: Markdown through the notes renderer, HTML from
/// Anki through the sanitiser. (The app loads it with its renderers, after the first screen.)
pub fn render_text(text: &str, html: bool) -> String {
    if html {
        sanitize_html(text)
    } else {
        to_safe_html(text)
    }
}

/// Leaves an own card's text out: until the renderers are loaded, counts and queues need only
/// the cards' ids, and the screens that show text wait.
pub fn without_text(_: &str, _: bool) -> String {
    String::new()
}

/// An own card as the catalogue holds it: its text rendered by `render`.
fn rendered(card: &OwnCard, render: RenderText) -> Card {
    let tags: Vec<&str> = card.tags.iter().map(String::as_str).collect();
    let (front, back) = (
        render(&card.front, card.html),
        render(&card.back, card.html),
    );
    Card::new(&card.id, &front, &back, &tags)
}

/// An empty topic.
fn topic(name: &str, slug: &str) -> Topic {
    Topic {
        name: name.to_string(),
        summary: String::new(),
        slug: slug.to_string(),
        cards: Vec::new(),
    }
}

impl Catalogue {
    /// This catalogue (the curriculum: not one that has own content already) with `own`'s decks
    /// and cards (see the module doc). An own card whose id the curriculum holds is left out
    /// (the build refuses curriculum ids that look like own ones, so none is). Their text is
    /// rendered by `render` ([`render_text`], or [`without_text`] while it is not loaded).
    pub fn with_own(&self, own: &OwnContent, render: RenderText) -> Catalogue {
        let mut decks: Vec<Topic> = own.decks.iter().map(|d| topic(&d.name, &d.id)).collect();
        let mut unfiled = topic(UNFILED_NAME, UNFILED_SLUG);
        let mut catalogue = self.clone();
        for own_card in &own.cards {
            let card = rendered(own_card, render);
            let in_deck = match &own_card.deck {
                DeckRef::Own(id) => decks.iter_mut().find(|d| d.slug == *id),
                DeckRef::Topic(slug) => match catalogue.add_card(slug, card.clone()) {
                    Ok(()) => continue,
                    Err(_) => None,
                },
            };
            in_deck.unwrap_or(&mut unfiled).cards.push(card);
        }
        decks.extend((!unfiled.cards.is_empty()).then_some(unfiled));
        catalogue.push_section(Section {
            name: OWN_SECTION.to_string(),
            summary: "Cards you wrote.".to_string(),
            topics: decks,
        });
        catalogue
    }
}
