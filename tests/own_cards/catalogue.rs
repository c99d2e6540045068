//! Own cards in the catalogue (counts, queues, progress, safe HTML) and in backups.

use crate::common::{catalogue, g, safe_html::foreign_markup, xss_vectors};
use crate::{at, card, content, deck, put, DAY};
use archdrill::core::backup::check::check_events;
use archdrill::core::backup::merge::plan;
use archdrill::core::backup::Backup;
use archdrill::core::content::catalogue::{Scope, Section};
use archdrill::core::content::own::{render_text, OWN_SECTION, UNFILED_NAME, UNFILED_SLUG};
use archdrill::core::content::progress::Progress;
use archdrill::core::srs::event::{Action, CardEdit, DeckRef};
use archdrill::core::srs::limits::Limits;
use archdrill::core::srs::own::{in_id_ranges, own_content, OwnCard, OwnContent, NEW_ID};
use archdrill::core::srs::queue::{build_queue, count, curriculum_counts, Priority};
use archdrill::core::srs::study_day::StudyDay;
use archdrill::core::text::sanitize::sanitize_html;
use archdrill::store::backup::{backup, held};
use archdrill::store::memory::MemoryStore;
use archdrill::store::Store;
use pollster::block_on;

/// The first curriculum topic's slug.
fn first_slug() -> String {
    catalogue().sections()[0].topics[0].slug.clone()
}

/// A store with an empty deck, a deck "Queues" with one card, a card in the first curriculum
/// topic and two whose deck is gone; gives it and the ids of those cards in that order.
fn collection() -> (MemoryStore, Vec<String>) {
    let store = MemoryStore::new();
    put(&store, NEW_ID, deck("Empty"), 1);
    let queues = put(&store, NEW_ID, deck("Queues"), 2).card_id;
    let decks = [
        DeckRef::Own(queues),
        DeckRef::Topic(first_slug()),
        DeckRef::Topic("no-such-topic".into()),
        DeckRef::Own("deck-1-0-elsewhere".into()),
    ];
    let ids = (decks.into_iter().enumerate())
        .map(|(n, to)| put(&store, NEW_ID, card(to, &format!("card {n}")), 3 + n as u64).card_id)
        .collect();
    (store, ids)
}

#[test]
fn own_decks_follow_the_curriculum_and_cards_join_their_topic_or_the_unfiled_one() {
    let (store, ids) = collection();
    let base = catalogue();
    let shown = base.with_own(&content(&store), render_text);
    assert_eq!(shown.sections().len(), base.sections().len() + 1);
    let own = shown.sections().last().unwrap();
    assert_eq!(own.name, OWN_SECTION);
    let names: Vec<&str> = own.topics.iter().map(|t| t.name.as_str()).collect();
    assert_eq!(names, ["Empty", "Queues", UNFILED_NAME]);
    let card_ids = |slug: &str| Scope::Topic(slug.into()).card_ids(&shown);
    assert!(
        card_ids(&own.topics[0].slug).is_empty(),
        "an empty deck is shown"
    );
    assert_eq!(card_ids(&own.topics[1].slug), [ids[0].as_str()]);
    assert_eq!(card_ids(UNFILED_SLUG), [ids[2].as_str(), ids[3].as_str()]);
    let topic = &shown.sections()[0].topics[0];
    assert_eq!(
        topic.cards.len(),
        base.sections()[0].topics[0].cards.len() + 1
    );
    assert_eq!(shown.card(&ids[1]).unwrap().0.slug, first_slug());
    assert_eq!(shown.card(&ids[0]).unwrap().1.front(), "<p>card 0</p>\n");
    // no stray card, no unfiled topic
    let mut tidy = content(&store);
    tidy.cards.truncate(2);
    let tidy = base.with_own(&tidy, render_text);
    assert!(Scope::Topic(UNFILED_SLUG.into())
        .topics(&tidy)
        .next()
        .is_none());
    assert_eq!(tidy.sections().last().unwrap().topics.len(), 2);
}

#[test]
fn counts_queues_and_progress_see_own_cards() {
    let (store, ids) = collection();
    block_on(store.grade(&ids[0], g(4), at(10))).unwrap();
    let states = block_on(store.card_states()).unwrap();
    let log = block_on(store.full_log()).unwrap();
    let counts = |c: &archdrill::core::content::catalogue::Catalogue| {
        let topics = c.sections().iter().map(Section::topic_card_ids);
        curriculum_counts(
            topics,
            &states,
            &log,
            StudyDay(DAY + 30),
            Limits::new_cards(1_000_000),
            &Priority::default(),
        )
    };
    let (before, after) = (
        counts(catalogue()),
        counts(&catalogue().with_own(&content(&store), render_text)),
    );
    assert_eq!(
        after.total.new,
        before.total.new + 3,
        "three own cards are new"
    );
    assert_eq!(
        after.total.due,
        before.total.due + 1,
        "the graded one is due"
    );
    assert_eq!(after.topics[0][0].new, before.topics[0][0].new + 1);
    let own = after.sections.last().unwrap();
    assert_eq!((own.new, own.due), (2, 1));
    let shown = catalogue().with_own(&content(&store), render_text);
    let last = Scope::Section(shown.sections().len() - 1);
    let scope = last.card_ids(&shown);
    let queue = build_queue(
        &scope,
        &states,
        &log,
        StudyDay(DAY + 30),
        Limits::new_cards(20),
        &Priority::default(),
    );
    assert_eq!((count(&queue).due, count(&queue).new), (1, 2));
    let queues = &shown.sections().last().unwrap().topics[1];
    assert_eq!(Progress::of(&queues.cards, &states).learning, 1);
}

#[test]
fn untrusted_text_of_an_own_card_renders_as_text() {
    let vectors = xss_vectors();
    // each vector as Markdown the learner typed (own-N-0-x) and as HTML from Anki (own-N-1-x)
    let cards = vectors.iter().enumerate().flat_map(|(n, v)| {
        [false, true].map(|html| OwnCard {
            id: format!("own-{n:x}-{}-x", u8::from(html)),
            deck: DeckRef::Topic(first_slug()),
            front: v.clone(),
            back: v.clone(),
            tags: Vec::new(),
            html,
            anki_guid: None,
        })
    });
    let own = OwnContent {
        decks: Vec::new(),
        cards: cards.collect(),
    };
    let shown = catalogue().with_own(&own, render_text);
    for card in &own.cards {
        let (_, shown) = shown.card(&card.id).unwrap();
        for html in [shown.front(), shown.back()] {
            if card.html {
                // the sanitiser's own tests prove its output safe on this corpus
                assert_eq!(html, sanitize_html(&card.front), "{:?}", card.front);
            } else {
                assert_eq!(foreign_markup(html), None, "{:?} gave {html:?}", card.front);
            }
        }
    }
    let first = shown.card("own-0-0-x").unwrap().1.front();
    assert!(
        first.contains("&lt;SCRIPT SRC=//xss.rocks/xss.js&gt;&lt;/SCRIPT&gt;"),
        "{first}"
    );
}

#[test]
fn backups_round_trip_own_cards_and_refuse_a_malformed_edit_at_its_place() {
    let (store, ids) = collection();
    let last = put(&store, &ids[0], Action::DeleteCard, 20);
    block_on(store.retract(&ids[0], &last.id, at(21))).unwrap();
    let file = block_on(backup(&store)).unwrap();
    assert_eq!((file.header.edits, file.header.retractions), (7, 1));
    let json = serde_json::to_string(&file).unwrap();
    let read: Backup = serde_json::from_str(&json).unwrap();
    assert_eq!(read, file);
    assert_eq!(check_events(&read.events), Ok(()));
    let other = MemoryStore::on_device("bbbbbbbbbbbbbbbb");
    let merge = plan(read, &block_on(held(&other)).unwrap());
    assert_eq!(
        merge.summary(),
        "1 undo, 7 edits of your cards new; 0 already here."
    );
    block_on(other.import(&merge, at(30))).unwrap();
    assert_eq!(content(&other), content(&store));
    assert_eq!(
        serde_json::to_string(&block_on(backup(&other)).unwrap()).unwrap(),
        json
    );
    // a backup written before own cards has no count of edits
    let old: Backup = serde_json::from_str(&json.replace("\"edits\":7,", "")).unwrap();
    assert_eq!(old.header.edits, 0);
    let mut bad = file.events.clone();
    let blank = CardEdit::markdown(
        DeckRef::Topic(first_slug()),
        " ".into(),
        "A".into(),
        Vec::new(),
    );
    bad[3].action = Action::EditCard(blank);
    assert_eq!(
        check_events(&bad).unwrap_err().to_string(),
        "This backup's event 4 does not read: The front is empty: write a question."
    );
    bad[3] = file.events[3].clone();
    bad[1].card_id = "c1".into();
    assert!(check_events(&bad)
        .unwrap_err()
        .to_string()
        .contains("event 2 does not read: \"c1\" is no id of your decks"));
}

#[test]
fn a_store_reads_the_events_of_own_cards_and_decks_without_the_rest_of_the_log() {
    let (store, ids) = collection();
    block_on(store.grade(&ids[0], g(4), at(10))).unwrap();
    block_on(store.grade(&first_slug(), g(4), at(11))).unwrap();
    let own = block_on(store.own_log()).unwrap();
    let all = block_on(store.full_log()).unwrap();
    assert_eq!(
        own.len(),
        all.len() - 1,
        "the curriculum card's review is left out"
    );
    assert!(own.iter().all(|e| e.card_id != first_slug()));
    assert_eq!(own_content(&own), content(&store));
    for id in ids
        .iter()
        .chain(content(&store).decks.iter().map(|d| &d.id))
    {
        assert!(in_id_ranges(id), "{id}");
    }
    assert!(!in_id_ranges("owner") && !in_id_ranges("decks") && !in_id_ranges("own"));
}
