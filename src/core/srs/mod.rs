//! Spaced repetition: SM-2, study days, the event log (reviews and retractions) and its replay
//! into card states, the day's queue and its daily limits, the learner's settings, marks on cards (suspend, bury, reset, flag, leech), the packed state snapshot, the day's tally, each card's history and figures for the card browser, and the
//! learner's own cards and decks (edits in the log).

pub mod batch;
pub mod card_figures;
pub mod card_history;
pub mod event;
pub mod interval_label;
pub mod limits;
pub mod log;
pub mod marks;
pub mod own;
pub mod queue;
pub mod settings;
pub mod sm2;
pub mod snapshot;
pub mod study_data;
pub mod study_day;
pub mod tally;
