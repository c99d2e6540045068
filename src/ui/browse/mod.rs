//! The card browser (`#/browse`, `#/browse/<card id>`): every card in a table the core's
//! `content::browse::Query` filters, sorts and pages, the actions on the checked cards (each
//! mark one transaction for all of them), and one card's schedule and history. A lazily loaded
//! piece of the wasm (`lazy`).

pub mod actions;
pub mod card;
pub mod lazy;
pub mod table;
pub mod words;
