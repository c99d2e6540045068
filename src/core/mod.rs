//! The pure core: no browser, no UI, no clock. Everything here builds and tests natively.
//!
//! Domains, each depending only on those listed before it (no import cycles):
//! - [`text`]: Markdown for notes, the sanitiser for imported HTML, decimals without float
//!   formatting, the one sort routine;
//! - [`srs`]: spaced repetition — SM-2, study days, the event log and its replay, the day's
//!   queue, the state snapshot, the day's tally;
//! - [`interview`]: the mock-interview model, the attempt state machine, signals and rating;
//! - [`estimate`]: the back-of-envelope estimator — QPS, storage, bandwidth, instances, cost;
//! - [`sketch`]: text sketches of a system — parsed, laid out, analysed, followed up;
//! - [`content`]: the catalogue read from the content file, search, progress, curriculum counts;
//! - [`interchange`]: Anki's "Notes in Plain Text" files, written and read;
//! - [`feedback`]: the review boost, the one place that sees both reviews and interviews;
//! - [`backup`]: everything as one versioned file, and merging one in without overwriting;
//! - [`stats`]: the statistics screen's numbers — heatmap and streaks, forecast, true
//!   retention, card counts, histograms, reviews per day, topic mastery, interview trend.

pub mod backup;
pub mod content;
pub mod estimate;
pub mod feedback;
pub mod interchange;
pub mod interview;
pub mod sketch;
pub mod srs;
pub mod stats;
pub mod text;
