//! `use_day_rollover`: the study day rolls over at the day-start hour while the app is open.

use crate::ui::clock;
use crate::ui::state::AppState;
use leptos::prelude::*;
use std::time::Duration;

/// How often the clock is looked at.
const EVERY: Duration = Duration::from_secs(30);

/// Checks the study day every 30 s; when it has changed, the app reads today's data again
/// (the queue, counts and history strip follow). The timer stops on unmount.
///
/// ```ignore
/// use_day_rollover(state); // in the component that shows every screen
/// ```
pub fn use_day_rollover(state: AppState) {
    let check = move || {
        let hour = state.settings().with_untracked(|s| s.day_start_hour);
        if clock::now(hour).day != state.today().get_untracked() {
            state.refresh();
        }
    };
    if let Ok(handle) = set_interval_with_handle(check, EVERY) {
        on_cleanup(move || handle.clear());
    }
}
