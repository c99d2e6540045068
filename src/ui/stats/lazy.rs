//! The Stats screen as a lazily loaded piece of the wasm (like `interviews::lazy`): fetched the
//! first time `#/stats` opens, precached by the service worker afterwards.

use super::screen::StatsScreen;
use crate::ui::interviews::lazy::LoadFailed;
use leptos::prelude::*;

/// Builds the Stats screen.
pub type Build = fn() -> AnyView;

/// The screen.
fn build() -> AnyView {
    view! { <StatsScreen/> }.into_any()
}

/// Fetches and instantiates the Stats wasm (once; a failure is retried on the next call).
#[cfg(feature = "split")]
#[leptos::wasm_split::wasm_split(stats, wasm_split_path = ::leptos::wasm_split, fallible)]
pub fn load() -> Result<Build, LoadFailed> {
    Ok(build)
}

/// The screen, linked in.
#[cfg(not(feature = "split"))]
pub async fn load() -> Result<Build, LoadFailed> {
    Ok(build)
}
