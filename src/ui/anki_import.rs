//! Settings → "Your data" → Import from Anki: a notes file exported from Anki ("Notes in Plain
//! Text") read and planned (`core::interchange::anki`), a preview of the cards it creates and
//! updates, then one transaction that stores them as your own cards. A file that does not read
//! is named with its line, and nothing is written.

use super::state::AppState;
use crate::core::interchange::anki::{guid_for, import_plan, read_notes, ImportPlan};
use crate::core::srs::own::is_own_card_id;
use leptos::html::Input;
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::collections::HashSet;

/// The largest Anki file read, in bytes.
const MAX_FILE_BYTES: f64 = 200.0 * 1024.0 * 1024.0;

/// The guids archdrill's export gives its built-in cards.
fn built_in_guids(state: AppState) -> HashSet<String> {
    let catalogue = untrack(|| state.catalogue());
    let cards = catalogue.sections().iter().flat_map(|s| &s.topics);
    let ids = cards.flat_map(|t| t.cards.iter().map(|c| c.id()));
    ids.filter(|id| !is_own_card_id(id)).map(guid_for).collect()
}

/// Reads `file` and plans its import: the plan, or what is wrong with the file.
async fn plan_of(state: AppState, file: web_sys::File) -> Result<ImportPlan, String> {
    if file.size() > MAX_FILE_BYTES {
        let mb = (file.size() / 1e6).round();
        return Err(format!(
            "The file is {mb} MB; archdrill reads Anki files of up to 200 MB."
        ));
    }
    let bytes = gloo_file::futures::read_as_bytes(&gloo_file::File::from(file))
        .await
        .map_err(|e| format!("The file could not be read: {e}."))?;
    let notes =
        read_notes(&bytes).map_err(|e| format!("This is not a file Anki's import reads: {e}."))?;
    let built_in = built_in_guids(state);
    Ok(import_plan(&notes, &untrack(|| state.own()), &|guid| {
        built_in.contains(guid)
    }))
}

/// The "Import from Anki" button, its file picker, preview and outcome.
#[component]
pub fn AnkiImport() -> impl IntoView {
    let state = expect_context::<AppState>();
    let picker = NodeRef::<Input>::new();
    let plan = RwSignal::new_local(None::<ImportPlan>);
    let outcome = RwSignal::new(None::<(bool, String)>);
    let picked = move |_| {
        let Some(input) = picker.get() else { return };
        let file = input.files().and_then(|files| files.get(0));
        input.set_value(""); // the same file can be picked again
        let Some(file) = file else { return };
        plan.set(None);
        outcome.set(None);
        spawn_local(async move {
            match plan_of(state, file).await {
                Ok(p) if p.is_empty() => {
                    outcome.set(Some((false, format!("Nothing to import: {}", p.summary()))))
                }
                Ok(p) => plan.set(Some(p)),
                Err(e) => outcome.set(Some((true, format!("{e} Nothing was imported.")))),
            }
        });
    };
    let confirm = move |_| {
        if let Some(p) = plan.try_update(Option::take).flatten() {
            let summary = p.summary();
            state.save_batch(p.batch, move |_| {
                outcome.set(Some((false, format!("Imported from Anki: {summary}"))))
            });
        }
    };
    view! {
        <button type="button" data-testid="import-anki" on:click=move |_| { if let Some(i) = picker.get() { i.click() } }>"Import from Anki…"</button>
        <input type="file" accept=".txt,.csv,.tsv,text/plain,text/csv,text/tab-separated-values" hidden node_ref=picker
               data-testid="anki-file" aria-label="Anki notes file" on:change=picked/>
        {move || plan.with(|p| p.as_ref().map(ImportPlan::summary)).map(|summary| view! {
            <div class="import-preview" role="group" aria-label="Anki import preview" data-testid="anki-preview">
                <p>{summary}</p>
                <button type="button" class="primary" on:click=confirm>"Import cards"</button>
                <button type="button" on:click=move |_| plan.set(None)>"Cancel"</button>
            </div>
        })}
        {move || outcome.get().map(|(error, text)| show(error, text))}
    }
}

/// An outcome line: an alert for an error, a status otherwise.
fn show(error: bool, text: String) -> AnyView {
    if error {
        view! { <p class="error" role="alert" data-testid="anki-message">{text}</p> }.into_any()
    } else {
        view! { <p role="status" data-testid="anki-message">{text}</p> }.into_any()
    }
}
