//! Edits of the learner's own cards and decks stored together, in one transaction (an import
//! from Anki): decks to create first, then card edits, which may put a card into one of those
//! decks before the store has named it ([`new_deck`]: a stand-in the store resolves with
//! [`EditBatch::card_actions`]).

use super::event::{Action, CardEdit, DeckEdit, DeckRef};
use super::own::{append_problem, DECK_PREFIX, NEW_ID};

/// What a batch's card edit names the `i`th deck it creates with, until the store names it.
pub fn new_deck(i: usize) -> DeckRef {
    DeckRef::Own(format!("{NEW_ID}-{i}"))
}

/// The index of the created deck `deck` stands in for, if it is a stand-in.
fn stand_in(deck: &DeckRef) -> Option<usize> {
    match deck {
        DeckRef::Own(id) => id.strip_prefix(NEW_ID)?.strip_prefix('-')?.parse().ok(),
        DeckRef::Topic(_) => None,
    }
}

/// Edits stored together: every one is stored, or none.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EditBatch {
    /// Decks to create, in order (the `i`th is [`new_deck`]`(i)` until stored).
    pub new_decks: Vec<DeckEdit>,
    /// Card edits: the card's id ([`NEW_ID`] creates one) and its content.
    pub cards: Vec<(String, CardEdit)>,
}

impl EditBatch {
    /// Whether it stores nothing.
    pub fn is_empty(&self) -> bool {
        self.new_decks.is_empty() && self.cards.is_empty()
    }

    /// The card edits to append once the new decks are stored as `deck_ids` (in order): each
    /// stand-in replaced by its deck's id. A stand-in without a deck is left as it is (and
    /// refused by the store's check, see [`EditBatch::problem`]).
    pub fn card_actions(&self, deck_ids: &[String]) -> Vec<(String, Action)> {
        let resolve = |deck: &DeckRef| match stand_in(deck).and_then(|i| deck_ids.get(i)) {
            Some(id) => DeckRef::Own(id.clone()),
            None => deck.clone(),
        };
        let edit = |(id, edit): &(String, CardEdit)| {
            let deck = resolve(&edit.deck);
            (
                id.clone(),
                Action::EditCard(CardEdit {
                    deck,
                    ..edit.clone()
                }),
            )
        };
        self.cards.iter().map(edit).collect()
    }

    /// Why the batch cannot be stored, if it cannot: its first malformed edit, by position.
    pub fn problem(&self) -> Option<String> {
        let decks = self.new_decks.iter().enumerate().find_map(|(i, deck)| {
            let action = Action::EditDeck(deck.clone());
            append_problem(NEW_ID, &action).map(|why| format!("new deck {}: {why}", i + 1))
        });
        // stand-ins checked against well-formed ids of the decks they will be
        let ids: Vec<String> = (0..self.new_decks.len())
            .map(|i| format!("{DECK_PREFIX}{i:x}-0-batch"))
            .collect();
        let cards = self.card_actions(&ids).into_iter().enumerate();
        decks.or_else(|| {
            cards.into_iter().find_map(|(i, (id, action))| {
                append_problem(&id, &action).map(|why| format!("card {}: {why}", i + 1))
            })
        })
    }
}
