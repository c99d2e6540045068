//! The learner's own cards and decks (`core::srs::own`, `core::content::own`): edits of the
//! event log that keep the stored forms of reviews and undos, merge the same in any order from
//! any devices, undo (a deleted card comes back with its schedule), are checked field by field
//! (`log`), join the catalogue — counts, queues and progress see them; their text renders as
//! safe HTML — and round-trip through backups (`catalogue`).
#![cfg(not(target_arch = "wasm32"))]

mod catalogue;
#[path = "../common/mod.rs"]
mod common;
mod log;

use archdrill::core::srs::event::{Action, CardEdit, DeckEdit, DeckRef, Event};
use archdrill::core::srs::own::{own_content, OwnContent};
use archdrill::core::srs::study_day::{Moment, StudyDay};
use archdrill::store::memory::MemoryStore;
use archdrill::store::Store;
use pollster::block_on;

/// The study day the tests write on.
pub const DAY: i32 = 20_000;

/// The `n`th second of [`DAY`].
pub fn at(n: u64) -> Moment {
    Moment {
        at_ms: f64::from(DAY) * 86_400_000.0 + n as f64 * 1000.0,
        day: StudyDay(DAY),
    }
}

/// An edit of a card in `deck` with this front (its back derived from it).
pub fn card(deck: DeckRef, front: &str) -> Action {
    Action::EditCard(CardEdit::markdown(
        deck,
        front.into(),
        format!("back of {front}"),
        vec!["mine".into()],
    ))
}

/// An edit of a deck with this name.
pub fn deck(name: &str) -> Action {
    Action::EditDeck(DeckEdit { name: name.into() })
}

/// Appends `action` on `card_id` to `store` at `n`, and gives the stored event.
pub fn put(store: &MemoryStore, card_id: &str, action: Action, n: u64) -> Event {
    block_on(store.append(card_id, action, at(n))).unwrap()
}

/// What `store`'s log says the learner made.
pub fn content(store: &MemoryStore) -> OwnContent {
    own_content(&block_on(store.full_log()).unwrap())
}
