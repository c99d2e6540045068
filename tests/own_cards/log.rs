//! Own cards and decks in the log and the store: stored forms, naming, undo, refusals, field
//! checks, and merging from several devices.

use crate::common::{g, shuffled_with_repeats};
use crate::{at, card, content, deck, put};
use archdrill::core::srs::event::{Action, DeckRef, Event, EventId, Hlc};
use archdrill::core::srs::log::{append, can_retract, card_state, rebuild_states, union};
use archdrill::core::srs::own::{
    check_card, check_field, is_deck_id, is_own_card_id, named, own_content, CardFieldError, Field,
    NEW_ID,
};
use archdrill::store::memory::MemoryStore;
use archdrill::store::{Store, StoreError};
use pollster::block_on;
use proptest::prelude::*;

#[test]
fn reviews_and_undos_keep_their_stored_form_and_edits_have_theirs() {
    let json = |a: &Action| serde_json::to_string(a).unwrap();
    assert_eq!(json(&Action::Grade(g(4))), r#"{"Grade":4}"#);
    assert_eq!(
        json(&Action::Retract(EventId("1-0-d".into()))),
        r#"{"Retract":"1-0-d"}"#
    );
    assert_eq!(json(&Action::DeleteCard), r#""DeleteCard""#);
    assert_eq!(json(&deck("Mine")), r#"{"EditDeck":{"name":"Mine"}}"#);
    let edit = card(DeckRef::Topic("caching".into()), "Q");
    assert_eq!(
        json(&edit),
        r#"{"EditCard":{"deck":{"Topic":"caching"},"front":"Q","back":"back of Q","tags":["mine"]}}"#
    );
    for action in [Action::Grade(g(4)), edit, Action::DeleteCard, deck("D")] {
        assert_eq!(
            serde_json::from_str::<Action>(&json(&action)).unwrap(),
            action
        );
    }
}

#[test]
fn a_store_names_new_cards_and_decks_from_their_event_and_replay_ignores_edits() {
    let store = MemoryStore::new();
    let made = put(&store, NEW_ID, deck("Queues"), 1);
    assert!(is_deck_id(&made.card_id), "{}", made.card_id);
    assert_eq!(made.card_id, format!("deck-{}", made.id.0));
    let own = DeckRef::Own(made.card_id.clone());
    let first = put(
        &store,
        NEW_ID,
        card(own.clone(), "What is backpressure?"),
        2,
    );
    assert!(is_own_card_id(&first.card_id), "{}", first.card_id);
    assert_eq!(first.card_id, format!("own-{}", first.id.0));
    assert_eq!(
        (first.before, first.after),
        (None, None),
        "an edit schedules nothing"
    );
    let graded = block_on(store.grade(&first.card_id, g(5), at(3))).unwrap();
    let edit = put(&store, &first.card_id, card(own, "Backpressure?"), 4);
    assert_eq!((edit.before, edit.after), (graded.after, graded.after));
    let log = block_on(store.full_log()).unwrap();
    let reviews_only: Vec<Event> = log.iter().filter(|e| !e.is_edit()).cloned().collect();
    assert_eq!(rebuild_states(&log), rebuild_states(&reviews_only));
    assert_eq!(block_on(store.card_states()).unwrap(), rebuild_states(&log));
    assert_eq!(block_on(store.review_count()).unwrap(), 1);
    let got = content(&store);
    assert_eq!(got.decks.len(), 1);
    assert_eq!(got.decks[0].name, "Queues");
    assert_eq!(got.cards.len(), 1);
    assert_eq!(got.cards[0].front, "Backpressure?", "the last edit wins");
}

#[test]
fn undoing_a_delete_brings_the_card_back_with_its_schedule() {
    let store = MemoryStore::new();
    let topic = DeckRef::Topic("caching".into());
    let id = put(&store, NEW_ID, card(topic.clone(), "v1"), 1).card_id;
    block_on(store.grade(&id, g(4), at(2))).unwrap();
    let edit = put(&store, &id, card(topic, "v2"), 3);
    let schedule = block_on(store.card_states()).unwrap()[&id];
    let delete = put(&store, &id, Action::DeleteCard, 4);
    assert!(content(&store).cards.is_empty(), "deleted");
    assert_eq!(
        block_on(store.card_states()).unwrap()[&id],
        schedule,
        "reviews stay"
    );
    let undo = block_on(store.retract(&id, &delete.id, at(5))).unwrap();
    let back = content(&store);
    assert_eq!(back.cards.len(), 1);
    assert_eq!(
        (back.cards[0].id.as_str(), back.cards[0].front.as_str()),
        (id.as_str(), "v2")
    );
    assert_eq!(
        card_state(&block_on(store.full_log()).unwrap()),
        Some(schedule)
    );
    // the undone delete cannot be undone again, nor the undo itself
    let log = block_on(store.full_log()).unwrap();
    assert!(!can_retract(&log, &delete.id));
    assert!(!can_retract(&log, &undo.id));
    let refused = block_on(store.retract(&id, &delete.id, at(6))).unwrap_err();
    assert!(matches!(refused, StoreError::NotFound(_)));
    // undoing the second edit leaves the first
    assert!(can_retract(&log, &edit.id));
    block_on(store.retract(&id, &edit.id, at(7))).unwrap();
    assert_eq!(content(&store).cards[0].front, "v1");
    assert_eq!(
        block_on(store.review_count()).unwrap(),
        1,
        "undos of edits undo no review"
    );
}

#[test]
fn a_store_refuses_a_malformed_edit_and_writes_nothing() {
    let store = MemoryStore::new();
    let topic = DeckRef::Topic("caching".into());
    let cases = [
        (NEW_ID, card(topic.clone(), "  \n"), "The front is empty"),
        (
            "c1",
            card(topic.clone(), "Q"),
            "\"c1\" is no id of your cards",
        ),
        (
            "own-x",
            Action::DeleteCard,
            "\"own-x\" is no id of your cards",
        ),
        (
            NEW_ID,
            card(DeckRef::Own("mine".into()), "Q"),
            "\"mine\" is no id of your decks",
        ),
        (NEW_ID, deck(" "), "The deck's name is empty"),
        (
            "own-1-0-d",
            deck("D"),
            "\"own-1-0-d\" is no id of your decks",
        ),
    ];
    for (card_id, action, why) in cases {
        let err = block_on(store.append(card_id, action, at(1))).unwrap_err();
        assert!(
            matches!(&err, StoreError::Refused(w) if w.starts_with(why)),
            "{err:?}"
        );
        assert!(err.to_string().starts_with("Couldn't save: "), "{err}");
    }
    assert!(block_on(store.full_log()).unwrap().is_empty());
}

#[test]
fn fields_are_checked_in_characters_with_errors_for_the_learner() {
    assert_eq!(check_card("Q", "A"), Ok(()));
    assert_eq!(
        check_card(" \t\n", "A"),
        Err(CardFieldError::Empty(Field::Front))
    );
    assert_eq!(check_card("Q", ""), Err(CardFieldError::Empty(Field::Back)));
    // 4,000 two-byte characters are 8,000 bytes and still fit
    assert_eq!(check_card(&"é".repeat(4_000), &"ü".repeat(20_000)), Ok(()));
    let long = check_card(&"é".repeat(4_001), "A").unwrap_err();
    assert_eq!(long, CardFieldError::TooLong(Field::Front, 4_001));
    assert_eq!(
        long.to_string(),
        "The front is 4,001 characters long; it can be at most 4,000 characters."
    );
    let back = check_card("Q", &"a".repeat(20_001)).unwrap_err();
    assert_eq!(back.field(), Field::Back);
    assert_eq!(
        back.to_string(),
        "The back is 20,001 characters long; it can be at most 20,000 characters."
    );
    let empty = |field| CardFieldError::Empty(field).to_string();
    assert_eq!(empty(Field::Front), "The front is empty: write a question.");
    assert_eq!(empty(Field::Back), "The back is empty: write an answer.");
    assert_eq!(
        empty(Field::DeckName),
        "The deck's name is empty: name the deck."
    );
    assert!(check_field(Field::DeckName, &"d".repeat(101)).is_err());
}

/// One step of a device editing a shared set of own cards and decks.
#[derive(Debug, Clone)]
enum Op {
    Edit {
        card: usize,
        text: u8,
        own_deck: bool,
    },
    Delete {
        card: usize,
    },
    Create {
        text: u8,
    },
    Rename {
        deck: usize,
        text: u8,
    },
    Undo,
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        4 => (0usize..3, any::<u8>(), any::<bool>())
            .prop_map(|(card, text, own_deck)| Op::Edit { card, text, own_deck }),
        1 => (0usize..3).prop_map(|card| Op::Delete { card }),
        1 => any::<u8>().prop_map(|text| Op::Create { text }),
        2 => (0usize..2, any::<u8>()).prop_map(|(deck, text)| Op::Rename { deck, text }),
        2 => Just(Op::Undo),
    ]
}

/// Appends `action` to `log` on device `device` at clock `clock`, naming new cards and decks.
fn push(log: &mut Vec<Event>, clock: &mut Hlc, device: &str, card_id: &str, action: Action) {
    *clock = clock.tick(at(log.len() as u64).at_ms);
    let id = clock.id(device);
    let card_id = named(card_id, &action, &id);
    let history: Vec<Event> = log
        .iter()
        .filter(|e| e.card_id == card_id)
        .cloned()
        .collect();
    log.push(append(&history, id, &card_id, action, at(log.len() as u64)));
}

/// Two decks and three cards made on one device (the devices' shared start).
fn base() -> Vec<Event> {
    let (mut log, mut clock) = (Vec::new(), Hlc::default());
    for name in ["A", "B"] {
        push(&mut log, &mut clock, "base", NEW_ID, deck(name));
    }
    for n in 0..3 {
        let action = card(DeckRef::Topic("caching".into()), &format!("card {n}"));
        push(&mut log, &mut clock, "base", NEW_ID, action);
    }
    log
}

/// The events `ops` add on device `n` (its clock `skew` seconds off) after `base`.
fn device_log(base: &[Event], n: usize, skew: u64, ops: &[Op]) -> Vec<Event> {
    let device = format!("dev{n}");
    let (decks, cards) = (&base[..2], &base[2..]);
    let mut clock = Hlc {
        ms: at(skew).at_ms as u64,
        counter: 0,
    };
    let mut log = base.to_vec();
    for op in ops {
        let (card_id, action) = match op {
            Op::Edit {
                card: c,
                text,
                own_deck,
            } => {
                let to = match own_deck {
                    true => DeckRef::Own(decks[c % 2].card_id.clone()),
                    false => DeckRef::Topic("caching".into()),
                };
                (
                    cards[*c].card_id.clone(),
                    card(to, &format!("{device} {text}")),
                )
            }
            Op::Delete { card: c } => (cards[*c].card_id.clone(), Action::DeleteCard),
            Op::Create { text } => (
                NEW_ID.into(),
                card(DeckRef::Topic("x".into()), &text.to_string()),
            ),
            Op::Rename { deck: d, text } => (decks[*d].card_id.clone(), deck(&text.to_string())),
            Op::Undo => {
                let Some(target) = log
                    .iter()
                    .rev()
                    .find(|e| e.is_edit() && can_retract(&log, &e.id))
                else {
                    continue;
                };
                (target.card_id.clone(), Action::Retract(target.id.clone()))
            }
        };
        push(&mut log, &mut clock, &device, &card_id, action);
    }
    log.split_off(base.len())
}

proptest! {
    #[test]
    fn edits_from_any_devices_merge_to_the_same_content_in_any_order(
        devices in prop::collection::vec((0u64..5, prop::collection::vec(op(), 0..20)), 2..=3),
        seed in any::<u64>(),
        cut in 0usize..100,
    ) {
        let base = base();
        let mut all = base.clone();
        for (n, (skew, ops)) in devices.iter().enumerate() {
            all.extend(device_log(&base, n, *skew, ops));
        }
        let expected = own_content(&all);
        let shuffled = shuffled_with_repeats(&all, seed);
        prop_assert_eq!(&own_content(&shuffled), &expected);
        let at = cut * shuffled.len() / 100;
        prop_assert_eq!(&own_content(&union(&shuffled[..at], &shuffled[at..])), &expected);
        prop_assert_eq!(&own_content(&union(&shuffled[at..], &shuffled[..at])), &expected);
    }
}

#[test]
fn a_tab_applying_edits_keeps_its_states_and_undo_still_takes_the_last_review() {
    let store = MemoryStore::new();
    let mut tab = archdrill::core::srs::study_data::StudyData::default();
    let id = put(
        &store,
        NEW_ID,
        card(DeckRef::Topic("caching".into()), "Q"),
        1,
    )
    .card_id;
    let review = block_on(store.grade(&id, g(4), at(2))).unwrap();
    let made = put(&store, NEW_ID, deck("D"), 3);
    let edit = put(
        &store,
        &id,
        card(DeckRef::Own(made.card_id.clone()), "Q2"),
        4,
    );
    let log = block_on(store.full_log()).unwrap();
    for event in log.iter().cloned() {
        tab.apply(event);
    }
    assert_eq!(
        tab.states,
        rebuild_states(&log),
        "an edit's caches are its card's state"
    );
    assert_eq!(tab.undoable().map(|e| &e.id), Some(&review.id));
    assert_eq!(tab.reviews_on(at(0).day), 1);
    assert_eq!(tab.recent_log.last().map(|e| &e.id), Some(&edit.id));
}
