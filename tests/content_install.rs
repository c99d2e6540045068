//! Catalogues as the app builds them when it opens on the home screen: the outline first (ids,
//! no card text), then the content file, which brings the cards' fronts and backs; a damaged
//! file is an error and changes nothing; cards added at run time stay; catalogues are values,
//! built side by side.
#![cfg(not(target_arch = "wasm32"))]

use archdrill::core::content::catalogue::{AddError, Card, Catalogue, CONTENT_FILE};
use std::path::Path;

fn built(name: &str) -> String {
    std::fs::read_to_string(Path::new(env!("OUT_DIR")).join(name)).expect("the build wrote it")
}

/// Every card of `catalogue` as (id, front, back).
fn cards(catalogue: &Catalogue) -> Vec<(&str, &str, &str)> {
    let topics = catalogue.sections().iter().flat_map(|s| &s.topics);
    let cards = topics.flat_map(|t| t.cards.iter());
    cards.map(|c| (c.id(), c.front(), c.back())).collect()
}

fn custom(id: &str) -> Card {
    Card::new(id, "<p>Mine?</p>", "<p>Yes.</p>", &["mine"])
}

#[test]
fn the_outline_comes_first_and_the_content_file_adds_the_cards_text() {
    let outline_file = CONTENT_FILE.replacen("content-", "outline-", 1);
    let outline = Catalogue::read(built(&outline_file)).unwrap();
    assert!(!outline.has_card_text());
    let ids: Vec<String> = cards(&outline).iter().map(|c| c.0.to_string()).collect();
    assert!(ids.len() > 100, "the curriculum's cards: {}", ids.len());
    assert!(cards(&outline)
        .iter()
        .all(|c| c.1.is_empty() && c.2.is_empty()));

    let damaged = Catalogue::read("archdrill-content 1\u{1e}X\u{1e}").unwrap_err();
    assert!(damaged.to_string().contains("record 2"), "{damaged}");

    let again = Catalogue::read(built(&outline_file)).unwrap();
    let outline = outline.with_text_of(again);
    assert!(
        !outline.has_card_text(),
        "an outline after an outline changes nothing"
    );
    let full = outline.with_text_of(Catalogue::read(built(CONTENT_FILE)).unwrap());
    assert!(full.has_card_text());
    let full_ids: Vec<&str> = cards(&full).iter().map(|c| c.0).collect();
    assert_eq!(full_ids, ids);
    assert!(cards(&full)
        .iter()
        .all(|c| !c.1.is_empty() && !c.2.is_empty()));
}

#[test]
fn cards_added_at_run_time_are_indexed_and_outlive_the_text_arriving() {
    let outline_file = CONTENT_FILE.replacen("content-", "outline-", 1);
    let mut outline = Catalogue::read(built(&outline_file)).unwrap();
    let slug = outline.sections()[0].topics[0].slug.clone();
    outline.add_card(&slug, custom("mine-1")).unwrap();
    let (topic, card) = outline.card("mine-1").expect("indexed by id");
    assert_eq!(
        (topic.slug.as_str(), card.back()),
        (slug.as_str(), "<p>Yes.</p>")
    );
    assert_eq!(
        outline.add_card(&slug, custom("mine-1")),
        Err(AddError::DuplicateId("mine-1".into()))
    );
    assert_eq!(
        outline.add_card("no-such-topic", custom("mine-2")),
        Err(AddError::NoTopic("no-such-topic".into()))
    );
    let full = outline.with_text_of(Catalogue::of_build());
    assert!(full.has_card_text());
    assert_eq!(
        full.card("mine-1").map(|(t, _)| t.slug.as_str()),
        Some(slug.as_str())
    );
    let last = full.sections()[0].topics[0].cards.last().unwrap();
    assert_eq!(
        last.id(),
        "mine-1",
        "it reviews with its topic, after the deck's cards"
    );
}

#[test]
fn catalogues_are_independent_values() {
    let mut one = Catalogue::of_build();
    let two = Catalogue::of_build();
    assert_eq!(one, two);
    let slug = one.sections()[1].topics[0].slug.clone();
    one.add_card(&slug, custom("only-in-one")).unwrap();
    assert!(one.card("only-in-one").is_some() && two.card("only-in-one").is_none());
    let first = &two.sections()[0].topics[0].cards[0];
    assert_eq!(two.card(first.id()).map(|(_, c)| c), Some(first));
    drop(one);
    assert!(two.card(first.id()).is_some());
}
