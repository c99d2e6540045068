//! `use_now`: the wall clock as a signal that ticks while the component is mounted.

use leptos::prelude::*;
use std::time::Duration;

/// Milliseconds since the epoch, updated every `every`; the timer stops on unmount.
///
/// ```ignore
/// let now = use_now(Duration::from_millis(250));
/// view! { <span>{move || clock_label(deadline - now.get())}</span> }
/// ```
pub fn use_now(every: Duration) -> ReadSignal<f64> {
    let (now, set_now) = signal(js_sys::Date::now());
    if let Ok(handle) = set_interval_with_handle(move || set_now.set(js_sys::Date::now()), every) {
        on_cleanup(move || handle.clear());
    }
    now
}
