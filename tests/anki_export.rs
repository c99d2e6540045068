//! Exporting the curriculum to Anki: every card of the build becomes one Basic note in its
//! section's and topic's deck, and the file reads back (Anki's format, `core::interchange`)
//! with every front, back, tag, deck and guid.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use archdrill::core::interchange::anki::{guid_for, notes_of, read_notes, write_notes};
use common::catalogue;

#[test]
fn every_card_of_the_build_exports_and_reads_back() {
    let sections = catalogue().sections();
    let notes = notes_of(sections);
    let cards: Vec<_> = sections
        .iter()
        .flat_map(|s| {
            s.topics
                .iter()
                .flat_map(move |t| t.cards.iter().map(move |c| (s, t, c)))
        })
        .collect();
    assert_eq!(notes.len(), cards.len());
    let file = write_notes(&notes);
    assert!(file.starts_with("#separator:tab\n#html:true\n#guid column:1\n#notetype column:2\n#deck column:3\n#tags column:6\n"));
    let read = read_notes(file.as_bytes()).unwrap();
    assert_eq!(read.notes.len(), cards.len());
    for (note, (section, topic, card)) in read.notes.iter().zip(&cards) {
        assert_eq!(note.guid.as_deref(), Some(guid_for(card.id()).as_str()));
        assert_eq!(
            note.deck.as_deref(),
            Some(format!("archdrill::{}::{}", section.name, topic.name).as_str())
        );
        assert_eq!(note.notetype.as_deref(), Some("Basic"));
        assert_eq!(
            note.fields,
            vec![card.front().to_string(), card.back().to_string()]
        );
        assert_eq!(note.tags, card.tags().collect::<Vec<_>>());
    }
}
