//! Text and number helpers with no domain knowledge: the notes' safe Markdown, the allowlist
//! sanitiser for imported HTML, decimals written without float formatting, and the one sort
//! routine the core uses.

pub mod decimal;
pub mod markdown;
pub mod order;
pub mod sanitize;
