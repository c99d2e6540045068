//! Text and number helpers with no domain knowledge: the notes' safe Markdown, decimals written
//! without float formatting, and the one sort routine the core uses.

pub mod decimal;
pub mod markdown;
pub mod order;
