//! `use_after_paint`: lets a screen show its essentials in the first frame and do the rest
//! right after it is painted.

use leptos::prelude::*;
use std::time::Duration;

/// Runs `f` once the browser has painted the screen as it is now: an animation-frame callback
/// runs just before the next paint, and a timeout queued from it runs after that paint.
///
/// ```ignore
/// after_paint(|| ask_for_persistent_storage()); // not needed for the first frame
/// ```
pub fn after_paint(f: impl FnOnce() + 'static) {
    request_animation_frame(move || set_timeout(f, Duration::ZERO));
}

/// A signal that turns true once the screen as it is now has been painted (see [`after_paint`]).
///
/// ```ignore
/// let painted = use_after_paint();
/// view! { <Counts/> {move || painted.get().then(|| view! { <LongList/> })} }
/// ```
pub fn use_after_paint() -> ReadSignal<bool> {
    let (painted, set_painted) = signal(false);
    after_paint(move || {
        set_painted.try_set(true);
    });
    painted
}
