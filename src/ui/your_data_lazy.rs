//! Settings → "Your data" (backups, Anki export: the JSON glue, the merge, the Anki writer) and
//! Home's notices about the learner's data (eviction, backup reminder) as a lazily loaded piece
//! of the wasm — like the interview screens (`interviews::lazy`), so the shell every screen
//! needs stays small. Home asks for it right after its first paint (the notices), Settings when
//! it opens; the service worker precaches it with the rest of the build.

use super::data_notice::DataNotices;
use super::interviews::lazy::LoadFailed;
use super::your_data::YourData;
use leptos::prelude::*;

/// The parts of the piece.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// Settings → "Your data".
    YourData,
    /// Home's eviction notice and backup reminder.
    Notices,
}

/// Builds a part of the piece.
pub type Section = fn(Part) -> AnyView;

/// The part asked for.
fn section(part: Part) -> AnyView {
    match part {
        Part::YourData => view! { <YourData/> }.into_any(),
        Part::Notices => view! { <DataNotices/> }.into_any(),
    }
}

/// Fetches and instantiates the piece (once; a failure is retried on the next call).
#[cfg(feature = "split")]
#[leptos::wasm_split::wasm_split(your_data, wasm_split_path = ::leptos::wasm_split, fallible)]
pub fn load() -> Result<Section, LoadFailed> {
    Ok(section)
}

/// The section, linked in.
#[cfg(not(feature = "split"))]
pub async fn load() -> Result<Section, LoadFailed> {
    Ok(section)
}

/// Asked by the eviction notice: open the file picker once the section is in.
#[derive(Clone, Copy)]
pub struct RestoreAsked(pub RwSignal<bool>);

/// `part`, loaded when `open` first turns true; for "Your data" "Loading…" meanwhile, or why it
/// could not be loaded with Retry (the notices stay away instead).
#[component]
pub fn LazyPart(
    /// Which part.
    part: Part,
    /// Whether it is wanted yet.
    #[prop(into)]
    open: Signal<bool>,
) -> impl IntoView {
    let built = RwSignal::new(None::<Section>);
    let failed = RwSignal::new(false);
    let loading = StoredValue::new(false);
    let load = move || {
        if built.get_untracked().is_some() || loading.get_value() {
            return;
        }
        loading.set_value(true);
        failed.set(false);
        leptos::task::spawn_local(async move {
            let loaded = load().await;
            loading.set_value(false);
            match loaded {
                Ok(section) => built.set(Some(section)),
                Err(_) => failed.set(true),
            }
        });
    };
    Effect::new(move |_| {
        if open.get() {
            load();
        }
    });
    move || {
        match (built.get(), failed.get()) {
        (Some(section), _) => section(part),
        _ if part == Part::Notices => ().into_any(),
        (None, true) => view! {
            <p class="error" role="alert">"The backup tools could not be loaded: check the connection. "
                <button type="button" on:click=move |_| load()>"Retry"</button></p>
        }
        .into_any(),
        (None, false) => view! { <p class="muted">"Loading your data…"</p> }.into_any(),
    }
    }
}
