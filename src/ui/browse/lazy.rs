//! The card browser as a lazily loaded piece of the wasm (like `stats::lazy`): fetched the
//! first time a `#/browse` route opens, precached by the service worker afterwards.

use super::card::CardScreen;
use super::table::BrowseScreen;
use crate::ui::interviews::lazy::LoadFailed;
use leptos::prelude::*;

/// Builds the table (`None`) or one card's page.
pub type Build = fn(Option<String>) -> AnyView;

/// The screen.
fn build(card_id: Option<String>) -> AnyView {
    match card_id {
        Some(card_id) => view! { <CardScreen card_id/> }.into_any(),
        None => view! { <BrowseScreen/> }.into_any(),
    }
}

/// Fetches and instantiates the browser's wasm (once; a failure is retried on the next call).
#[cfg(feature = "split")]
#[leptos::wasm_split::wasm_split(browse, wasm_split_path = ::leptos::wasm_split, fallible)]
pub fn load() -> Result<Build, LoadFailed> {
    Ok(build)
}

/// The screen, linked in.
#[cfg(not(feature = "split"))]
pub async fn load() -> Result<Build, LoadFailed> {
    Ok(build)
}
