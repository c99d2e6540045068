//! Performance marks (`performance.mark`) at the moments the benchmark harness (`bench/`) times.
//! A mark costs about a microsecond and is only read by tools; nothing in the app depends on it.

/// The wasm has started running (`main`).
pub const WASM_STARTED: &str = "archdrill:wasm-started";
/// IndexedDB is open (upgraded if it had to be).
pub const DB_OPENED: &str = "archdrill:db-opened";
/// Study data and settings have been read from IndexedDB.
pub const DATA_LOADED: &str = "archdrill:data-loaded";
/// The home screen is rendered with today's counts.
pub const HOME_READY: &str = "archdrill:home-ready";
/// A grade's (or an undo's) IndexedDB transaction has committed.
pub const GRADE_SAVED: &str = "archdrill:grade-saved";
/// A card front is rendered with the "Show answer" button enabled.
pub const CARD_READY: &str = "archdrill:card-ready";

/// The Stats screen has drawn every chart (its figures computed from the whole log).
pub const STATS_READY: &str = "archdrill:stats-ready";
/// The card browser's table is drawn for its current query (first page, or after a change).
pub const BROWSE_READY: &str = "archdrill:browse-ready";

/// Adds the performance mark `name` (ignored where the Performance API is missing).
pub fn mark(name: &str) {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark(name);
    }
}
