//! Settings → "Your data" (backups, Anki export and import: the JSON glue, the merge, the Anki
//! reader and writer), Home's notices about the learner's data (eviction, backup reminder) and
//! the editors of own cards and decks as a lazily loaded piece of the wasm — like the interview
//! screens (`interviews::lazy`), so the shell every screen needs stays small. Home asks for it
//! right after its first paint (the notices), Settings when it opens, the editors' routes when
//! they open; the service worker precaches it with the rest of the build.

use super::card_editor::CardEditor;
use super::data_notice::DataNotices;
use super::deck_form::DeckForm;
use super::hooks::use_lazy::use_lazy;
use super::interviews::lazy::LoadFailed;
use super::your_data::YourData;
use leptos::prelude::*;

/// The parts of the piece.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Part {
    /// Settings → "Your data".
    YourData,
    /// Home's eviction notice and backup reminder.
    Notices,
    /// A new own card in the deck or topic with this slug.
    NewCard(String),
    /// The editor of the own card with this id.
    EditCard(String),
    /// A new deck (`None`) or the deck with this id renamed.
    Deck(Option<String>),
}

impl Part {
    /// What the "Loading…" line names.
    fn what(&self) -> &'static str {
        match self {
            Part::YourData | Part::Notices => "your data",
            Part::NewCard(_) | Part::EditCard(_) => "the card editor",
            Part::Deck(_) => "the deck editor",
        }
    }
}

/// Builds a part of the piece.
pub type Section = fn(Part) -> AnyView;

/// The part asked for.
fn section(part: Part) -> AnyView {
    match part {
        Part::YourData => view! { <YourData/> }.into_any(),
        Part::Notices => view! { <DataNotices/> }.into_any(),
        Part::NewCard(deck) => view! { <CardEditor card_id=None deck/> }.into_any(),
        Part::EditCard(id) => view! { <CardEditor card_id=Some(id)/> }.into_any(),
        Part::Deck(deck_id) => view! { <DeckForm deck_id/> }.into_any(),
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

/// The stored reviews as the backup reminder counted them, once per visit (counting reads a
/// whole index, seconds on a large collection, and every other read would wait behind it on
/// each return to Home); `None` until counted. A reminder due from this visit's reviews shows
/// on the next.
#[derive(Clone, Copy)]
pub struct ReviewsCounted(pub StoredValue<Option<usize>>);

/// `part`, loaded when `open` first turns true; "Loading…" meanwhile, or why it could not be
/// loaded with Retry (the notices stay away instead).
#[component]
pub fn LazyPart(
    /// Which part.
    part: Part,
    /// Whether it is wanted yet.
    #[prop(into)]
    open: Signal<bool>,
) -> impl IntoView {
    let piece = use_lazy(load, None);
    Effect::new(move |_| {
        if open.get() {
            piece.ask();
        }
    });
    let what = part.what();
    move || {
        match (piece.built(), piece.failed()) {
        (Some(section), _) => section(part.clone()),
        _ if part == Part::Notices => ().into_any(),
        (None, true) => view! {
            <p class="error" role="alert">{format!("archdrill can't load {what}: check the connection and try again. Nothing stored was changed. ")}
                <button type="button" on:click=move |_| piece.ask()>"Retry"</button></p>
        }
        .into_any(),
        (None, false) => view! { <p class="muted" aria-busy="true">{format!("Loading {what}…")}</p> }.into_any(),
    }
    }
}
