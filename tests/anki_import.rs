//! Importing Anki notes into the learner's own cards (`core::interchange::anki::import_plan`):
//! the fixtures plan into the cards and decks they hold, a plan stored and planned again
//! changes nothing (re-imports update, never duplicate), own cards survive the trip through
//! Anki's format, notes that cannot be cards are skipped at their line, XSS vectors come out
//! harmless, and the memory store writes a batch whole or not at all.
#![cfg(not(target_arch = "wasm32"))]

#[path = "common/mod.rs"]
mod common;

use archdrill::core::content::catalogue::{Catalogue, Section};
use archdrill::core::content::own::{render_text, OWN_SECTION};
use archdrill::core::interchange::anki::{
    guid_for, import_plan, notes_of, read_notes, write_notes, ImportFile, ImportPlan,
};
use archdrill::core::srs::batch::{new_deck, EditBatch};
use archdrill::core::srs::event::{Action, CardEdit, DeckEdit, DeckRef};
use archdrill::core::srs::own::{own_content, OwnContent, NEW_ID};
use archdrill::core::srs::study_day::{Moment, StudyDay};
use archdrill::store::memory::MemoryStore;
use archdrill::store::{Store, StoreError};
use common::safe_html::{first_tag_not, is_import_tag};
use common::{catalogue, xss_vectors};
use pollster::block_on;
use std::collections::HashSet;

/// The `n`th second of a study day.
fn at(n: u64) -> Moment {
    Moment {
        at_ms: 20_000.0 * 86_400_000.0 + n as f64 * 1000.0,
        day: StudyDay(20_000),
    }
}

/// The fixture `name`, read.
fn fixture(name: &str) -> ImportFile {
    let bytes = std::fs::read(format!("tests/fixtures/anki/{name}")).unwrap();
    read_notes(&bytes).unwrap_or_else(|e| panic!("{name}: {e}"))
}

/// The plan of `file` into `own`, checked to be storable.
fn plan(file: &ImportFile, own: &OwnContent) -> ImportPlan {
    let plan = import_plan(file, own, &|_| false);
    assert_eq!(plan.batch.problem(), None, "{plan:?}");
    assert_eq!(plan.new_deck_names.len(), plan.batch.new_decks.len());
    plan
}

/// The plan of the file `text` into `own`.
fn plan_text(text: &str, own: &OwnContent) -> ImportPlan {
    plan(&read_notes(text.as_bytes()).unwrap(), own)
}

/// What `store`'s log says the learner made.
fn content(store: &MemoryStore) -> OwnContent {
    own_content(&block_on(store.full_log()).unwrap())
}

/// Stores `plan`'s batch in `store` at `n`, and gives what the store then holds.
fn store_plan(store: &MemoryStore, plan: &ImportPlan, n: u64) -> OwnContent {
    block_on(store.append_batch(&plan.batch, at(n))).unwrap();
    content(store)
}

/// The name of the deck `deck` of `plan`'s batch: a deck the batch creates or one of `own`'s.
fn deck_name(plan: &ImportPlan, own: &OwnContent, deck: &DeckRef) -> String {
    let created = (0..plan.new_deck_names.len()).find(|i| new_deck(*i) == *deck);
    if let Some(i) = created {
        return plan.new_deck_names[i].clone();
    }
    let DeckRef::Own(id) = deck else {
        panic!("{deck:?} is a topic")
    };
    own.decks.iter().find(|d| d.id == *id).unwrap().name.clone()
}

/// A card as the tests compare it: deck name, front, back, tags, guid.
type Seen = (String, String, String, Vec<String>, Option<String>);

/// The cards `plan` creates (into `own`), as [`Seen`].
fn created(plan: &ImportPlan, own: &OwnContent) -> Vec<Seen> {
    let new = plan.batch.cards.iter().filter(|(id, _)| id == NEW_ID);
    new.map(|(_, edit)| seen(deck_name(plan, own, &edit.deck), edit))
        .collect()
}

/// `edit` in deck `deck`, as [`Seen`].
fn seen(deck: String, edit: &CardEdit) -> Seen {
    assert!(edit.html, "{edit:?}");
    let tags = edit.tags.clone();
    (
        deck,
        edit.front.clone(),
        edit.back.clone(),
        tags,
        edit.anki_guid.clone(),
    )
}

/// A [`Seen`] from string slices.
fn want(deck: &str, front: &str, back: &str, tags: &[&str], guid: Option<&str>) -> Seen {
    let tags = tags.iter().map(|t| t.to_string()).collect();
    let guid = guid.map(str::to_string);
    (deck.into(), front.into(), back.into(), tags, guid)
}

/// Each fixture and the cards it creates in an empty collection.
fn fixture_cards() -> [(&'static str, Vec<Seen>); 5] {
    let back = "A network of edge caches.<br>\nIt serves &quot;static&quot; files\tnear users.";
    [
        (
            "anki_export.txt",
            vec![
                want(
                    "System Design::Caching",
                    "What is a <b>CDN</b>?",
                    back,
                    &["cdn", "caching"],
                    Some("b4Xv]K9?s|"),
                ),
                want(
                    "System Design",
                    "#1 rule of caching",
                    "Invalidate on write.",
                    &[],
                    Some("O(gN7$]/tu"),
                ),
            ],
        ),
        (
            "comma.csv",
            vec![
                want("Default", "front", "back", &[], None),
                want("Default", "Comma, quoted", "plain", &[], None),
                want("Default", "What is 2+2?", "4", &[], None),
            ],
        ),
        (
            "no_header.txt",
            vec![
                want(
                    "Default",
                    "Consistent hashing",
                    "A ring of hash slots",
                    &[],
                    None,
                ),
                want(
                    "Default",
                    "CAP",
                    "Consistency, availability, partition tolerance",
                    &[],
                    None,
                ),
            ],
        ),
        (
            "html_false.txt",
            vec![want(
                "Text::Only",
                "A &lt;tag&gt; &amp; more",
                "Plain &quot;text&quot; back",
                &["imported"],
                None,
            )],
        ),
        (
            "columns_moved.txt",
            vec![
                want(
                    "Deck A::Sub",
                    "Front one",
                    "Back one",
                    &["lb::a", "lb::b"],
                    Some("guid-1"),
                ),
                want("Deck B", "Front two", "Back two", &[], Some("guid-2")),
            ],
        ),
    ]
}

#[test]
fn the_fixtures_plan_into_new_cards_in_their_decks() {
    let own = OwnContent::default();
    for (name, cards) in fixture_cards() {
        let plan = plan(&fixture(name), &own);
        assert_eq!(created(&plan, &own), cards, "{name}");
        assert_eq!(
            (plan.created, plan.updated, plan.unchanged),
            (cards.len(), 0, 0)
        );
        assert!(plan.skipped.is_empty(), "{name}: {:?}", plan.skipped);
        let mut decks: Vec<String> = cards.iter().map(|c| c.0.clone()).collect();
        decks.dedup();
        assert_eq!(
            plan.new_deck_names, decks,
            "{name}: one deck per name, in order"
        );
    }
    let plan = plan(&fixture("anki_export.txt"), &own);
    assert_eq!(
        plan.summary(),
        "2 cards new, in 2 new decks (System Design::Caching, System Design)."
    );
}

#[test]
fn a_stored_plan_planned_again_changes_nothing() {
    for (name, _) in fixture_cards() {
        let store = MemoryStore::new();
        let file = fixture(name);
        let first = plan(&file, &OwnContent::default());
        let own = store_plan(&store, &first, 1);
        assert_eq!(own.cards.len(), first.created, "{name}");
        let again = plan(&file, &own);
        assert_eq!(
            (again.created, again.updated, again.unchanged),
            (0, 0, first.created),
            "{name}: {}",
            again.summary()
        );
        assert!(again.is_empty(), "{name}: {:?}", again.batch);
        assert!(again.new_deck_names.is_empty());
        let n = first.created;
        let many = if n == 1 { "card" } else { "cards" };
        assert_eq!(again.summary(), format!("{n} {many} already here."));
    }
}

#[test]
fn an_edited_note_updates_its_card_in_place() {
    let store = MemoryStore::new();
    let text = std::fs::read_to_string("tests/fixtures/anki/anki_export.txt").unwrap();
    let own = store_plan(&store, &plan_text(&text, &OwnContent::default()), 1);
    let edited = text.replace("Invalidate on write.", "Invalidate on <i>every</i> write.");
    assert_ne!(edited, text);
    let update = plan_text(&edited, &own);
    assert_eq!(
        (update.created, update.updated, update.unchanged),
        (0, 1, 1)
    );
    assert!(update.batch.new_decks.is_empty());
    let (id, edit) = &update.batch.cards[0];
    let card = own.cards.iter().find(|c| c.id == *id).unwrap();
    assert_eq!(card.anki_guid.as_deref(), Some("O(gN7$]/tu"));
    assert_eq!(edit.deck, card.deck, "it stays in its deck");
    assert_eq!(update.summary(), "1 card updated, 1 already here.");
    let after = store_plan(&store, &update, 2);
    assert_eq!(after.cards.len(), 2);
    let card = after.cards.iter().find(|c| c.id == *id).unwrap();
    assert_eq!(card.back, "Invalidate on <i>every</i> write.");
    assert_eq!(after.decks, own.decks);
    assert!(plan_text(&edited, &after).is_empty());
    let moved = plan_text(&edited.replace("\tSystem Design\t", "\tOps\t"), &after);
    assert_eq!((moved.created, moved.updated, moved.unchanged), (0, 1, 1));
    assert_eq!(moved.new_deck_names, ["Ops"]);
    assert_eq!(
        moved.batch.cards[0],
        (
            id.clone(),
            CardEdit {
                deck: new_deck(0),
                ..edit.clone()
            }
        )
    );
}

#[test]
fn notes_without_guid_are_not_duplicated() {
    let store = MemoryStore::new();
    let text = "Consistent hashing\tA ring\nCAP\tOld back\nCAP\tConsistency, availability\n";
    let first = plan_text(text, &OwnContent::default());
    assert_eq!(
        (first.created, first.updated, first.unchanged),
        (2, 0, 0),
        "the same deck and front twice in a file is one card"
    );
    assert_eq!(first.batch.cards[1].1.back, "Consistency, availability");
    let own = store_plan(&store, &first, 1);
    let again = plan_text(text, &own);
    assert_eq!((again.created, again.updated, again.unchanged), (0, 0, 2));
    let changed = plan_text("CAP\tPick two\n", &own);
    assert_eq!((changed.created, changed.updated), (0, 1));
    let after = store_plan(&store, &changed, 2);
    assert_eq!(after.cards.len(), 2);
    let cap = after.cards.iter().find(|c| c.front == "CAP").unwrap();
    assert_eq!(cap.back, "Pick two");
    let elsewhere = plan_text("#deck:Other\nCAP\tPick two\n", &after);
    assert_eq!(
        (elsewhere.created, elsewhere.new_deck_names.clone()),
        (1, vec!["Other".to_string()]),
        "another deck's card with the same front is another card"
    );
}

#[test]
fn an_import_uses_own_decks_of_the_same_name_and_matches_cards_the_learner_wrote() {
    let store = MemoryStore::new();
    let deck = |name: &str, n| {
        let action = Action::EditDeck(DeckEdit { name: name.into() });
        block_on(store.append(NEW_ID, action, at(n)))
            .unwrap()
            .card_id
    };
    let first = deck("Spanish", 1);
    let second = deck("Spanish", 2);
    let edit = CardEdit::markdown(
        DeckRef::Own(second.clone()),
        "hola".into(),
        "hello".into(),
        vec![],
    );
    let written = block_on(store.append(NEW_ID, Action::EditCard(edit), at(3)))
        .unwrap()
        .card_id;
    let own = content(&store);
    let plan = plan_text("#deck:Spanish\nhola\thi\nadios\tbye\n", &own);
    assert!(plan.new_deck_names.is_empty());
    assert_eq!((plan.created, plan.updated), (1, 1));
    let (id, update) = &plan.batch.cards[0];
    assert_eq!(
        (id, &update.deck, update.back.as_str()),
        (&written, &DeckRef::Own(second), "hi"),
        "the card keeps its deck of the same name"
    );
    let (id, new) = &plan.batch.cards[1];
    assert_eq!(
        (id.as_str(), &new.deck),
        (NEW_ID, &DeckRef::Own(first)),
        "a new card goes to the first deck of the name"
    );
}

/// The markdown cards and the HTML card from Anki the round trip starts from, in deck `deck`.
fn round_trip_batch() -> EditBatch {
    let markdown = |deck: usize, front: &str, back: &str, tags: &[&str]| {
        let tags = tags.iter().map(|t| t.to_string()).collect();
        let edit = CardEdit::markdown(new_deck(deck), front.into(), back.into(), tags);
        (NEW_ID.to_string(), edit)
    };
    let from_anki = CardEdit {
        deck: new_deck(1),
        front: "<b>ser</b> &amp; <i>estar</i>".into(),
        back: "<ul><li>to be</li><li>to be (state)</li></ul>".into(),
        tags: vec!["verbs".into()],
        html: true,
        anki_guid: Some("AnkiGuid1".into()),
    };
    let gone = CardEdit::markdown(
        DeckRef::Own("deck-9-0-gone".into()),
        "Where is my deck?".into(),
        "Gone".into(),
        vec![],
    );
    EditBatch {
        new_decks: vec![
            DeckEdit {
                name: "Spanish".into(),
            },
            DeckEdit {
                name: "Spanish::Verbs".into(),
            },
        ],
        cards: vec![
            markdown(0, "What is **hola**?", "*hello*", &["greeting", "es"]),
            markdown(0, "A list", "- one\n- two\n\n`code` & <b>raw</b>", &[]),
            markdown(1, "comer", "to eat", &["verbs"]),
            (NEW_ID.to_string(), from_anki),
            (NEW_ID.to_string(), gone),
        ],
    }
}

/// Every card of the catalogue's own section: deck name, front, back, tags, sorted.
fn own_cards_shown(shown: &Catalogue) -> Vec<(String, String, String, Vec<String>)> {
    let section = shown.sections().last().unwrap();
    assert_eq!(section.name, OWN_SECTION);
    let mut cards: Vec<_> = (section.topics.iter())
        .flat_map(|t| t.cards.iter().map(move |c| (t, c)))
        .map(|(topic, card)| {
            let tags = card.tags().map(str::to_string).collect();
            let (front, back) = (card.front().to_string(), card.back().to_string());
            (topic.name.clone(), front, back, tags)
        })
        .collect();
    cards.sort();
    cards
}

#[test]
fn own_cards_round_trip_through_anki() {
    let store = MemoryStore::new();
    block_on(store.append_batch(&round_trip_batch(), at(1))).unwrap();
    let own = content(&store);
    assert_eq!((own.decks.len(), own.cards.len()), (2, 5));
    let shown = catalogue().with_own(&own, render_text);
    let sections: &[Section] = shown.sections();
    let notes = notes_of(&sections[sections.len() - 1..], &own);
    assert_eq!(notes.len(), 5);
    let file = read_notes(write_notes(&notes).as_bytes()).unwrap();
    let plan = plan(&file, &OwnContent::default());
    assert_eq!((plan.created, plan.skipped.len()), (5, 0));
    let back = MemoryStore::new();
    let imported = store_plan(&back, &plan, 1);
    let again = catalogue().with_own(&imported, render_text);
    assert_eq!(own_cards_shown(&again), own_cards_shown(&shown));
    let mut guids: Vec<Option<String>> =
        imported.cards.iter().map(|c| c.anki_guid.clone()).collect();
    let mut want: Vec<Option<String>> = (own.cards.iter())
        .map(|c| Some(c.anki_guid.clone().unwrap_or_else(|| guid_for(&c.id))))
        .collect();
    guids.sort();
    want.sort();
    assert_eq!(guids, want, "each note keeps the guid it was exported with");
    let mut names: Vec<&str> = imported.decks.iter().map(|d| d.name.as_str()).collect();
    names.sort();
    assert_eq!(names, ["Cards without a deck", "Spanish", "Spanish::Verbs"]);
}

#[test]
fn own_cards_exported_to_anki_and_imported_back_are_the_same_cards() {
    let store = MemoryStore::new();
    block_on(store.append_batch(&round_trip_batch(), at(1))).unwrap();
    let own = content(&store);
    let shown = catalogue().with_own(&own, render_text);
    let notes = notes_of(shown.sections(), &own);
    let file = read_notes(write_notes(&notes).as_bytes()).unwrap();
    let built_in: HashSet<String> = (catalogue().sections().iter())
        .flat_map(|s| &s.topics)
        .flat_map(|t| t.cards.iter().map(|c| guid_for(c.id())))
        .collect();
    let plan = import_plan(&file, &own, &|guid| built_in.contains(guid));
    assert_eq!(plan.built_in, built_in.len(), "built-in cards are left out");
    // the card whose deck is gone comes back into a deck of the unfiled topic's name
    assert_eq!(
        (plan.created, plan.updated, plan.unchanged),
        (0, 1, 4),
        "{plan:?}"
    );
    assert!(plan
        .summary()
        .contains("built-in cards of archdrill left as they are"));
    let after = store_plan(&store, &plan, 2);
    assert_eq!(after.cards.len(), own.cards.len(), "no card is added twice");
}

#[test]
fn notes_that_cannot_be_cards_are_skipped_at_their_line() {
    let long_front = "x".repeat(4_001);
    let long_back = "y".repeat(20_001);
    let long_deck = "d".repeat(101);
    let text = format!(
        "#separator:tab\n#html:true\n#deck column:3\n\
         Fine\tA back\tDeck\n\
         No back\t\tDeck\n\
         <script>alert(1)</script>\tA back\tDeck\n\
         {long_front}\tA back\tDeck\n\
         \tno front field\tDeck\n\
         Long back\t{long_back}\tDeck\n\
         Long deck\tA back\t{long_deck}\n\
         Only markup\t<p><br></p><img src=\"x:y\">\tDeck\n"
    );
    let plan = plan_text(&text, &OwnContent::default());
    assert_eq!(plan.created, 1);
    let no_back = "no back: archdrill cards need an answer";
    let skipped: Vec<(usize, &str)> = plan.skipped.iter().map(|(l, w)| (*l, w.as_str())).collect();
    assert_eq!(
        skipped,
        [
            (5, no_back),
            (
                6,
                "no front: nothing of it is left to show once unsafe markup is removed"
            ),
            (
                7,
                "the front is 4,001 characters long; it can be at most 4,000 characters"
            ),
            (8, "empty first field"),
            (
                9,
                "the back is 20,001 characters long; it can be at most 20,000 characters"
            ),
            (
                10,
                "the deck's name is 101 characters long; it can be at most 100 characters"
            ),
            (11, no_back),
        ]
    );
    let summary = plan.summary();
    assert!(
        summary.starts_with(&format!(
            "1 card new, in 1 new deck (Deck); 7 notes skipped: line 5: {no_back}; line 6: no front"
        )),
        "{summary}"
    );
    assert!(summary.ends_with("; and 2 more."), "{summary}");
    assert!(!summary.contains("line 10"), "{summary}");
}

#[test]
fn a_summary_counts_in_words() {
    let skip = |line: usize| (line, "no back: archdrill cards need an answer".to_string());
    let plan = ImportPlan {
        created: 12,
        updated: 3,
        unchanged: 1_204,
        new_deck_names: vec!["Spanish".into(), "Spanish::Verbs".into()],
        skipped: vec![skip(7)],
        ..ImportPlan::default()
    };
    assert_eq!(
        plan.summary(),
        "12 cards new, 3 updated, 1,204 already here, in 2 new decks (Spanish, Spanish::Verbs); \
         1 note skipped: line 7: no back: archdrill cards need an answer."
    );
    assert_eq!(ImportPlan::default().summary(), "No cards to import.");
    let many_decks = ImportPlan {
        created: 1,
        new_deck_names: ["A", "B", "C", "D", "E", "F", "G"]
            .map(String::from)
            .to_vec(),
        ..ImportPlan::default()
    };
    assert_eq!(
        many_decks.summary(),
        "1 card new, in 7 new decks (A, B, C, D, E, and 2 more)."
    );
    let only_skips = ImportPlan {
        skipped: vec![skip(2), skip(3)],
        ..ImportPlan::default()
    };
    assert!(only_skips.is_empty());
    assert_eq!(
        only_skips.summary(),
        "No cards to import; 2 notes skipped: line 2: no back: archdrill cards need an answer; \
         line 3: no back: archdrill cards need an answer."
    );
}

/// `field` quoted as a CSV field.
fn quoted(field: &str) -> String {
    format!("\"{}\"", field.replace('"', "\"\""))
}

/// Why the tag `tag` (the text between `<` and `>`) could run script, if it could.
fn active(tag: &str) -> Option<&'static str> {
    let tag = tag.to_ascii_lowercase();
    let event = tag.split([' ', '/', '\t', '\n']).skip(1).any(|attr| {
        attr.strip_prefix("on")
            .and_then(|rest| rest.split_once('='))
            .is_some_and(|(name, _)| {
                !name.is_empty() && name.bytes().all(|b| b.is_ascii_alphabetic())
            })
    });
    if tag.starts_with("script") {
        Some("a script")
    } else if event {
        Some("an on…= attribute")
    } else if tag.contains("javascript:") {
        Some("a javascript: URL")
    } else {
        None
    }
}

#[test]
fn xss_vectors_are_harmless_as_fronts_backs_tags_and_decks() {
    let vectors = xss_vectors();
    let mut text = String::from("#separator:tab\n#html:true\n#deck column:3\n#tags column:4\n");
    for (n, v) in vectors.iter().enumerate() {
        let v = quoted(v);
        text.push_str(&format!("{v}\tback {n}\tDeck {n}\ttag\n"));
        text.push_str(&format!("front {n}\t{v}\tDeck {n}\t{v}\n"));
        text.push_str(&format!("deck {n}\tback {n}\t{v}\ttag\n"));
    }
    let file = read_notes(text.as_bytes()).unwrap();
    assert_eq!(file.notes.len(), 3 * vectors.len());
    let plan = plan(&file, &OwnContent::default());
    assert_eq!(plan.created + plan.skipped.len(), file.notes.len());
    assert!(plan.created >= vectors.len(), "{}", plan.summary());
    for (_, edit) in &plan.batch.cards {
        for html in [&edit.front, &edit.back] {
            assert!(!html.to_ascii_lowercase().contains("<script"), "{html}");
            assert_eq!(
                first_tag_not(html, |tag| active(tag).is_none()),
                None,
                "{html}"
            );
            assert_eq!(first_tag_not(html, is_import_tag), None, "{html}");
        }
        for tag in &edit.tags {
            assert!(!tag.contains(['<', '>']) && !tag.is_empty(), "{tag:?}");
        }
    }
    for name in &plan.new_deck_names {
        assert!(!name.contains(['<', '>']) && !name.is_empty(), "{name:?}");
    }
    let store = MemoryStore::new();
    let own = store_plan(&store, &plan, 1);
    assert_eq!(own.cards.len(), plan.created);
    let shown = catalogue().with_own(&own, render_text);
    let section = shown.sections().last().unwrap();
    assert_eq!(section.name, OWN_SECTION);
    for topic in &section.topics {
        assert!(!topic.name.contains(['<', '>']), "{:?}", topic.name);
        for card in &topic.cards {
            for html in [card.front(), card.back()] {
                assert_eq!(first_tag_not(html, is_import_tag), None, "{html}");
                assert_eq!(first_tag_not(html, |tag| active(tag).is_none()), None);
            }
            assert!(card.tags().all(|tag| !tag.contains('<')));
        }
    }
}

#[test]
fn a_batch_names_its_new_decks_and_a_malformed_one_writes_nothing() {
    let store = MemoryStore::new();
    let card = |deck: DeckRef, front: &str| {
        let edit = CardEdit::markdown(deck, front.into(), "back".into(), vec![]);
        (NEW_ID.to_string(), edit)
    };
    let batch = EditBatch {
        new_decks: vec![DeckEdit { name: "A".into() }, DeckEdit { name: "B".into() }],
        cards: vec![card(new_deck(1), "in B"), card(new_deck(0), "in A")],
    };
    let events = block_on(store.append_batch(&batch, at(1))).unwrap();
    let own = content(&store);
    let id_of = |name: &str| {
        own.decks
            .iter()
            .find(|d| d.name == name)
            .unwrap()
            .id
            .clone()
    };
    let deck_of = |front: &str| {
        own.cards
            .iter()
            .find(|c| c.front == front)
            .unwrap()
            .deck
            .clone()
    };
    assert_eq!(deck_of("in B"), DeckRef::Own(id_of("B")));
    assert_eq!(deck_of("in A"), DeckRef::Own(id_of("A")));
    assert_eq!((events.len(), &events[0].card_id), (4, &id_of("A")));
    let before = block_on(store.full_log()).unwrap();
    let malformed = [
        EditBatch {
            new_decks: vec![DeckEdit { name: "C".into() }],
            cards: vec![card(new_deck(0), "fine"), card(new_deck(0), "  ")],
        },
        EditBatch {
            new_decks: vec![],
            cards: vec![card(new_deck(0), "a stand-in for no deck")],
        },
        EditBatch {
            new_decks: vec![DeckEdit {
                name: String::new(),
            }],
            cards: vec![],
        },
    ];
    for batch in malformed {
        let refused = block_on(store.append_batch(&batch, at(2)));
        assert!(
            matches!(refused, Err(StoreError::Refused(_))),
            "{refused:?}"
        );
        assert_eq!(
            block_on(store.full_log()).unwrap(),
            before,
            "nothing is written"
        );
    }
}
