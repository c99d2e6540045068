//! Exporting the curriculum to Anki: every card of the build becomes one Basic note in its
//! section's and topic's deck, and the file reads back (Anki's format, `core::interchange`)
//! with every front, back, tag, deck and guid; the learner's own cards export in
//! `archdrill::<deck>`, those that came from Anki with their note's guid.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use archdrill::core::content::own::{render_text, OWN_SECTION, UNFILED_NAME};
use archdrill::core::interchange::anki::{guid_for, notes_of, read_notes, write_notes};
use archdrill::core::srs::event::DeckRef;
use archdrill::core::srs::own::{OwnCard, OwnContent, OwnDeck};
use common::catalogue;

#[test]
fn every_card_of_the_build_exports_and_reads_back() {
    let sections = catalogue().sections();
    let notes = notes_of(sections, &OwnContent::default());
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

/// An own card `id` in `deck`, from the Anki note `anki_guid` if any.
fn own_card(id: &str, deck: DeckRef, anki_guid: Option<&str>) -> OwnCard {
    OwnCard {
        id: id.into(),
        deck,
        front: format!("front of {id}"),
        back: format!("back of {id}"),
        tags: vec!["mine".into()],
        html: anki_guid.is_some(),
        anki_guid: anki_guid.map(str::to_string),
    }
}

#[test]
fn own_cards_export_in_their_deck_and_keep_the_guid_of_their_anki_note() {
    let deck = OwnDeck {
        id: "deck-1-0-d".into(),
        name: "Spanish::Verbs".into(),
    };
    let topic = catalogue().sections()[0].topics[0].clone();
    let own = OwnContent {
        cards: vec![
            own_card("own-2-0-d", DeckRef::Own(deck.id.clone()), None),
            own_card("own-3-0-d", DeckRef::Own(deck.id.clone()), Some("ankiG1")),
            own_card("own-4-0-d", DeckRef::Own("deck-9-0-gone".into()), None),
            own_card(
                "own-5-0-d",
                DeckRef::Topic(topic.slug.clone()),
                Some("ankiG2"),
            ),
        ],
        decks: vec![deck],
    };
    let shown = catalogue().with_own(&own, render_text);
    let notes = notes_of(shown.sections(), &own);
    let note = |id: &str| {
        let card = shown.card(id).unwrap().1;
        let found = notes.iter().filter(|n| n.front_html == card.front());
        let found: Vec<_> = found.collect();
        assert_eq!(found.len(), 1, "{id}");
        found[0].clone()
    };
    assert_eq!(
        (note("own-2-0-d").deck, note("own-2-0-d").guid),
        ("archdrill::Spanish::Verbs".into(), guid_for("own-2-0-d"))
    );
    assert_eq!(
        (note("own-3-0-d").deck, note("own-3-0-d").guid),
        ("archdrill::Spanish::Verbs".into(), "ankiG1".into())
    );
    assert_eq!(note("own-4-0-d").deck, format!("archdrill::{UNFILED_NAME}"));
    let section = &catalogue().sections()[0].name;
    assert_eq!(
        (note("own-5-0-d").deck, note("own-5-0-d").guid),
        (
            format!("archdrill::{section}::{}", topic.name),
            "ankiG2".into()
        )
    );
    assert!(notes.iter().all(|n| !n.deck.contains(OWN_SECTION)));
    assert_eq!(
        notes.len(),
        notes_of(catalogue().sections(), &own).len() + 4
    );
}
