//! The learner's own cards in IndexedDB: a batch of new decks and cards in one transaction, a
//! malformed batch refused whole, and an undone delete that leaves the review counts alone.

use crate::support::{at, fresh_store, g};
use archdrill::core::srs::batch::{new_deck, EditBatch};
use archdrill::core::srs::event::{Action, CardEdit, DeckEdit, DeckRef};
use archdrill::core::srs::log::reviews_per_day;
use archdrill::core::srs::own::{own_content, NEW_ID};
use archdrill::core::srs::study_day::StudyDay;
use archdrill::store::{Store, StoreError};
use wasm_bindgen_test::*;

/// A card edit in `deck` with this front.
fn card(deck: DeckRef, front: &str) -> (String, CardEdit) {
    let edit = CardEdit::markdown(deck, front.into(), "An answer".into(), vec!["t".into()]);
    (NEW_ID.to_string(), edit)
}

#[wasm_bindgen_test]
async fn a_batch_stores_its_decks_and_cards_in_one_transaction_or_nothing() {
    let store = fresh_store("archdrill-test-own-batch").await;
    let bad = EditBatch {
        new_decks: vec![DeckEdit {
            name: "Spanish".into(),
        }],
        cards: vec![card(new_deck(0), "Fine"), card(new_deck(0), " ")],
    };
    let refused = store.append_batch(&bad, at(3)).await;
    assert!(
        matches!(refused, Err(StoreError::Refused(_))),
        "{refused:?}"
    );
    assert_eq!(
        store.full_log().await.unwrap(),
        vec![],
        "nothing of it is written"
    );
    let good = EditBatch {
        cards: vec![card(new_deck(0), "Hola?"), card(new_deck(0), "Adiós?")],
        ..bad
    };
    let stored = store.append_batch(&good, at(3)).await.unwrap();
    assert_eq!(stored.len(), 3);
    let own = own_content(&store.own_log().await.unwrap());
    assert_eq!(own.decks.len(), 1);
    let fronts: Vec<&str> = own.cards.iter().map(|c| c.front.as_str()).collect();
    assert_eq!(fronts, ["Hola?", "Adiós?"]);
    assert!(own
        .cards
        .iter()
        .all(|c| c.deck == DeckRef::Own(own.decks[0].id.clone())));
}

#[wasm_bindgen_test]
async fn an_undone_delete_takes_no_review_away_from_the_counts() {
    let store = fresh_store("archdrill-test-own-counts").await;
    let (_, edit) = card(DeckRef::Topic("caching".into()), "Mine?");
    let made = store
        .append(NEW_ID, Action::EditCard(edit), at(5))
        .await
        .unwrap();
    let id = made.card_id.clone();
    store.grade(&id, g(4), at(5)).await.unwrap();
    let deleted = store.append(&id, Action::DeleteCard, at(6)).await.unwrap();
    store.retract(&id, &deleted.id, at(6)).await.unwrap();
    assert_eq!(store.review_count().await.unwrap(), 1);
    let counts = store
        .reviews_per_day(StudyDay(5), StudyDay(7))
        .await
        .unwrap();
    let log = store.full_log().await.unwrap();
    assert_eq!(counts, reviews_per_day(&log, StudyDay(5), StudyDay(7)));
    assert_eq!(counts, vec![(StudyDay(5), 1), (StudyDay(6), 0)]);
    let own = own_content(&store.own_log().await.unwrap());
    assert_eq!(
        own.cards.len(),
        1,
        "the undone delete brought the card back"
    );
    assert!(
        store.card_states().await.unwrap().contains_key(&id),
        "with its schedule"
    );
}
