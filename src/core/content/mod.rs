//! The build's content: the catalogue of sections, topics, cards and interviews read from the
//! content file, search over cards and learning progress.

pub mod card;
pub mod catalogue;
pub mod pack;
pub mod progress;
pub mod search;
