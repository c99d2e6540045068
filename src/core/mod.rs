//! The pure core: no browser, no UI, no clock. Everything here builds and tests natively.

pub mod boost;
pub mod catalogue;
pub mod content_pack;
pub mod decimal;
pub mod interval_label;
pub mod interview;
pub mod interview_session;
pub mod markdown;
pub mod order;
pub mod progress;
pub mod queue;
pub mod rating;
pub mod review_log;
pub mod search;
pub mod signals;
pub mod sm2;
pub mod state_snapshot;
pub mod study_data;
pub mod study_day;
pub mod tally;
