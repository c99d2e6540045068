//! Installing content in the order the app does when it opens on the home screen: the outline
//! first (ids, no card text), then the content file, which brings the cards' fronts and backs;
//! a damaged file changes nothing. One test: the installed content is process-wide.
#![cfg(not(target_arch = "wasm32"))]

use archdrill::core::content::catalogue::{
    has_card_text, install, is_installed, sections, CONTENT_FILE,
};
use std::path::Path;

fn built(name: &str) -> String {
    std::fs::read_to_string(Path::new(env!("OUT_DIR")).join(name)).expect("the build wrote it")
}

/// Every card as (id, front, back).
fn cards() -> Vec<(&'static str, &'static str, &'static str)> {
    sections()
        .iter()
        .flat_map(|s| s.topics.iter().flat_map(|t| t.cards.iter()))
        .map(|c| (c.id, c.front, c.back))
        .collect()
}

#[test]
fn the_outline_comes_first_and_the_content_file_adds_the_cards_text() {
    let outline = built(&CONTENT_FILE.replacen("content-", "outline-", 1));
    assert!(!is_installed());
    install(outline.clone()).unwrap();
    assert!(is_installed() && !has_card_text());
    let ids: Vec<_> = cards().iter().map(|c| c.0).collect();
    assert!(ids.len() > 100, "the curriculum's cards: {}", ids.len());
    assert!(cards().iter().all(|c| c.1.is_empty() && c.2.is_empty()));

    install(outline.clone()).unwrap();
    assert!(!has_card_text(), "an outline again changes nothing");
    let damaged = install("archdrill-content 1\u{1e}X\u{1e}".into()).unwrap_err();
    assert!(damaged.to_string().contains("record 2"), "{damaged}");
    assert!(!has_card_text(), "a damaged file changes nothing");

    install(built(CONTENT_FILE)).unwrap();
    assert!(has_card_text());
    assert_eq!(cards().iter().map(|c| c.0).collect::<Vec<_>>(), ids);
    assert!(cards().iter().all(|c| !c.1.is_empty() && !c.2.is_empty()));
    install(outline).unwrap();
    assert!(has_card_text(), "the text stays once installed");
}
