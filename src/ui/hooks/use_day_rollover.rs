//! `use_day_rollover`: the study day rolls over at the day-start hour while the app is open.

use crate::store::Store;
use crate::ui::clock;
use crate::ui::state::AppState;
use leptos::prelude::*;
use std::time::Duration;

/// How often the app looks at the clock.
pub const EVERY: Duration = Duration::from_secs(30);

/// Checks the study day `every` so often; when it has changed, the app reads today's data
/// again (the queue, counts and history strip follow). The timer stops on unmount.
///
/// ```ignore
/// use_day_rollover(state, EVERY); // in the component that shows every screen
/// ```
pub fn use_day_rollover<S: Store + 'static>(state: AppState<S>, every: Duration) {
    let check = move || {
        let hour = state.settings().with_untracked(|s| s.day_start_hour);
        if clock::now(hour).day != state.today().get_untracked() {
            state.refresh();
        }
    };
    if let Ok(handle) = set_interval_with_handle(check, every) {
        on_cleanup(move || handle.clear());
    }
}
