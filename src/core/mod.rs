//! The pure core: no browser, no UI, no clock. Everything here builds and tests natively.

pub mod catalogue;
pub mod interval_label;
pub mod markdown;
pub mod progress;
pub mod queue;
pub mod review_log;
pub mod search;
pub mod sm2;
pub mod study_data;
pub mod study_day;
pub mod tally;
