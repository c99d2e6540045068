//! The build's content: the catalogue of sections, topics, cards and interviews read from the
//! content file, the learner's own cards and decks joined to it, search over cards, the card browser's
//! query and learning progress.

pub mod browse;
pub mod card;
pub mod catalogue;
pub mod own;
pub mod pack;
pub mod progress;
pub mod search;
