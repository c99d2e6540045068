//! Mock interviews: the model read from the content file, an attempt's state machine, the
//! automatic signals computed from notes (with the vocabulary they look for), and the rating
//! rule.

pub mod model;
pub mod rating;
pub mod session;
pub mod signals;
mod vocabulary;
