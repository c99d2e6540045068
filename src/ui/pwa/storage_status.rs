//! Settings' "This device" section: whether the browser keeps the data, how much of the
//! quota it uses, and which build of the app is running.

use super::storage::{estimate, Persistence};
use crate::core::text::decimal::fixed;
use leptos::prelude::*;

/// Storage persistence and usage, with a button to ask again when not persistent.
#[component]
pub fn StorageStatus() -> impl IntoView {
    let persistence = expect_context::<Persistence>();
    // a plain signal filled once (a resource would bring Leptos' async machinery into the wasm)
    let usage = RwSignal::new(None::<(f64, f64)>);
    leptos::task::spawn_local(async move {
        // the section may be gone by then: a write to a disposed signal is simply dropped
        let _ = usage.try_set(estimate().await);
    });
    view! {
        <section class="storage-status" aria-labelledby="storage-title">
            <h3 id="storage-title">"This device"</h3>
            <p data-testid="storage-persistence">
                {move || match persistence.0.get() {
                    Some(true) => view! {
                        <strong>"Storage is persistent."</strong>
                        " The browser will not clear your progress to free up space."
                    }.into_any(),
                    Some(false) => view! {
                        <strong>"Storage is not persistent."</strong>
                        " The browser may clear your progress if the device runs low on space. "
                        <button type="button" on:click=move |_| persistence.request()>"Ask to keep it"</button>
                    }.into_any(),
                    None => view! { "The browser has not said whether it keeps your progress." }.into_any(),
                }}
            </p>
            <p data-testid="storage-usage">
                {move || match usage.get() {
                    Some((used, quota)) => format!("Using {} of the {} this site may store.", bytes(used), bytes(quota)),
                    None => "Storage use is unknown.".to_string(),
                }}
            </p>
            <p class="muted small" data-testid="build-version">"Build " {build_version()}</p>
        </section>
    }
}

/// `n` bytes in decimal units, e.g. "1.2 MB" (one decimal below 10, none above).
fn bytes(n: f64) -> String {
    const UNITS: [&str; 5] = ["B", "kB", "MB", "GB", "TB"];
    let mut value = n;
    let mut unit = 0;
    while value >= 1000.0 && unit + 1 < UNITS.len() {
        value /= 1000.0;
        unit += 1;
    }
    let decimals = u32::from(unit > 0 && value < 10.0);
    format!("{} {}", fixed(value, decimals), UNITS[unit])
}

/// The build stamp `tools/pwa/write-sw.mjs` put in index.html ("dev" in an unstamped page).
fn build_version() -> String {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| {
            d.query_selector("meta[name=archdrill-build]")
                .ok()
                .flatten()
        })
        .and_then(|meta| meta.get_attribute("content"))
        .unwrap_or_else(|| "dev".to_string())
}
