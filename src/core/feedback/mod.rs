//! Feedback from interviews into review: the one domain that sees both.

pub mod boost;
