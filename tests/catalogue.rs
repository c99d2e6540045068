//! Content checks over the decks in the content file: every curriculum topic has one deck, in order,
//! with enough atomic, well-formed cards. Prints the per-topic counts.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use archdrill::core::content::catalogue::Scope;
use common::catalogue;
use pulldown_cmark::{Event, Parser};
use std::collections::HashSet;

/// (section, topic) in the order of `decks/curriculum.toml`.
fn curriculum() -> Vec<(String, String)> {
    let text = std::fs::read_to_string("decks/curriculum.toml").unwrap();
    let value: toml::Value = toml::from_str(&text).unwrap();
    let mut topics = Vec::new();
    for section in value["section"].as_array().unwrap() {
        for topic in section["topic"].as_array().unwrap() {
            let name = |v: &toml::Value| v["name"].as_str().unwrap().to_string();
            topics.push((name(section), name(topic)));
        }
    }
    topics
}

const BIG_TOPICS: [&str; 7] = [
    "Caching",
    "Database replication",
    "Replication strategies",
    "Consensus",
    "Message queues",
    "CAP theorem",
    "Indexes",
];

#[test]
fn every_curriculum_topic_has_exactly_one_deck_in_order() {
    let embedded: Vec<(String, String)> = catalogue()
        .sections()
        .iter()
        .flat_map(|s| {
            s.topics
                .iter()
                .map(move |t| (s.name.to_string(), t.name.to_string()))
        })
        .collect();
    assert_eq!(embedded, curriculum());
    assert_eq!(embedded.len(), 45);
}

#[test]
fn decks_are_big_enough_and_cards_well_formed() {
    let mut ids = HashSet::new();
    let mut fronts = HashSet::new();
    let mut total = 0;
    println!("| # | section | topic | cards |\n|---|---|---|---|");
    for (n, (section, topic)) in catalogue()
        .sections()
        .iter()
        .flat_map(|s| s.topics.iter().map(move |t| (s, t)))
        .enumerate()
    {
        println!(
            "| {} | {} | {} | {} |",
            n + 1,
            section.name,
            topic.name,
            topic.cards.len()
        );
        total += topic.cards.len();
        let minimum = if BIG_TOPICS.contains(&topic.name.as_str()) {
            20
        } else {
            12
        };
        assert!(
            topic.cards.len() >= minimum,
            "{} has {} cards, needs {minimum}",
            topic.name,
            topic.cards.len()
        );
        for card in &topic.cards {
            assert!(ids.insert(card.id()), "duplicate id {}", card.id());
            assert!(
                card.id().starts_with(&format!("{}-", topic.slug)),
                "{} should start with {}-",
                card.id(),
                topic.slug
            );
            assert!(
                !card.front().trim().is_empty() && !card.back().trim().is_empty(),
                "{} has an empty side",
                card.id()
            );
            assert!(
                fronts.insert(card.front().trim().to_lowercase()),
                "duplicate front in {}: {}",
                card.id(),
                card.front()
            );
            assert_ne!(
                card.front().trim(),
                card.back().trim(),
                "{}: the front is also the answer",
                card.id()
            );
        }
    }
    println!("| | | **total** | **{total}** |");
    assert_eq!(
        total,
        deck_sources().len(),
        "every card of decks/ is in the content file"
    );
    assert!(total >= 600, "{total} cards in all");
}

#[test]
fn scopes_select_their_cards_in_order() {
    let all = Scope::All.card_ids(catalogue());
    let by_section: Vec<&str> = (0..catalogue().sections().len())
        .flat_map(|i| Scope::Section(i).card_ids(catalogue()))
        .collect();
    assert_eq!(all, by_section);
    let caching = Scope::Topic("caching".into());
    assert_eq!(caching.title(catalogue()), "Caching");
    assert!(caching
        .card_ids(catalogue())
        .iter()
        .all(|id| id.starts_with("caching-")));
    assert!(Scope::Topic("nope".into()).card_ids(catalogue()).is_empty());
    assert_eq!(
        Scope::Section(0).title(catalogue()),
        "Programming Fundamentals"
    );
}

/// (card id, front, back) of every card in `decks/*.toml`, as written (Markdown).
fn deck_sources() -> Vec<(String, String, String)> {
    let mut cards = Vec::new();
    for entry in std::fs::read_dir("decks").unwrap() {
        let path = entry.unwrap().path();
        if path.ends_with("curriculum.toml") {
            continue;
        }
        let value: toml::Value = toml::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        for card in value["card"].as_array().unwrap() {
            let field = |k: &str| card[k].as_str().unwrap().to_string();
            cards.push((field("id"), field("front"), field("back")));
        }
    }
    cards
}

#[test]
fn shipped_decks_hold_no_raw_html() {
    for (id, front, back) in deck_sources() {
        for side in [front, back] {
            let raw =
                Parser::new(&side).find(|e| matches!(e, Event::Html(_) | Event::InlineHtml(_)));
            assert!(raw.is_none(), "{id} contains raw HTML: {raw:?}");
        }
    }
}

#[test]
fn card_text_arrives_as_the_html_of_its_markdown() {
    let sources = deck_sources();
    let (id, front, back) = sources
        .iter()
        .find(|(_, f, b)| f.contains('`') && b.contains("**"))
        .expect("a card with code in its front and bold in its back");
    let (topic, card) = catalogue().card(id).unwrap();
    assert!(
        topic.cards.iter().any(|c| c.id() == card.id()),
        "{} holds {id}",
        topic.slug
    );
    let html = |md: &str| {
        let mut out = String::new();
        pulldown_cmark::html::push_html(
            &mut out,
            Parser::new_ext(
                md,
                pulldown_cmark::Options::ENABLE_TABLES
                    | pulldown_cmark::Options::ENABLE_STRIKETHROUGH,
            ),
        );
        out
    };
    assert_eq!(
        (card.front(), card.back()),
        (html(front).as_str(), html(back).as_str())
    );
    assert!(
        card.front().contains("<code>") && card.back().contains("<strong>"),
        "{card:?}"
    );
}
