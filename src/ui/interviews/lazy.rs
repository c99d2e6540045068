//! The interview screens (picker, a running attempt and its results with the notes editor and
//! the notes Markdown renderer, history) as one lazily loaded piece of the wasm.
//!
//! With the feature `split`, `load` is a `wasm_split` point: the post-build hook
//! (`tools/split-wasm.mjs`) moves everything only it reaches into `split_interviews.wasm`, which
//! is fetched the first time an interview route opens. Without the feature (tests, native) the
//! screens are linked in and `ready` has them at once.

use super::history::History;
use super::picker::Picker;
use super::session::AttemptScreen;
use crate::ui::route::Route;
use leptos::prelude::*;

/// Builds the screen of an interview route.
pub type Screens = fn(Route) -> AnyView;

/// The screen of an interview route (nothing for the others).
fn screen(route: Route) -> AnyView {
    match route {
        Route::Interviews => view! { <Picker/> }.into_any(),
        Route::Attempt(id) => view! { <AttemptScreen id/> }.into_any(),
        Route::History => view! { <History/> }.into_any(),
        _ => ().into_any(),
    }
}

/// Why the screens could not be loaded.
#[derive(Debug, Clone, Copy)]
pub struct LoadFailed;

impl From<leptos::wasm_split::SplitLoaderError> for LoadFailed {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        LoadFailed
    }
}

/// Fetches and instantiates the interview wasm (once; a failure is retried on the next call).
#[cfg(feature = "split")]
#[leptos::wasm_split::wasm_split(interviews, wasm_split_path = ::leptos::wasm_split, fallible)]
pub fn load() -> Result<Screens, LoadFailed> {
    Ok(screen)
}

/// The screens, linked in.
#[cfg(not(feature = "split"))]
pub async fn load() -> Result<Screens, LoadFailed> {
    Ok(screen)
}

/// The screens when they need no loading: here, linked in.
#[cfg(not(feature = "split"))]
pub fn ready() -> Option<Screens> {
    Some(screen)
}

/// The screens when they need no loading: none, they are in their own wasm (and must not be
/// named here, or the main module would keep them).
#[cfg(feature = "split")]
pub fn ready() -> Option<Screens> {
    None
}
