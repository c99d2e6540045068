//! Settings → "Your data": export a backup file, import one (a preview of what it adds, then
//! one transaction that merges it), the date of the last backup made in this browser, and
//! every card exported for Anki.

use super::anki_import::AnkiImport;
use super::backup_file;
use super::clock;
use super::data_marks;
use super::state::AppState;
use super::your_data_lazy::RestoreAsked;
use crate::core::backup::merge::MergePlan;
use crate::core::backup::{file_name, iso};
use crate::core::interchange::anki::{notes_of, write_notes};
use crate::core::text::decimal::grouped;
use leptos::html::Input;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// The outcome line: an error (shown as an alert) or what happened.
type Outcome = Option<(bool, String)>;

/// "Tue 01 Dec" for a time in ms since the epoch, in the local calendar.
fn local_date(at_ms: f64) -> String {
    clock::calendar_day(at_ms).date().to_string()
}

/// Writes a backup of everything stored and offers it as a download.
fn export(state: AppState, outcome: RwSignal<Outcome>, last: RwSignal<Option<(f64, usize)>>) {
    spawn_local(async move {
        let result = async {
            let backup = state.export_backup().await.map_err(|e| e.to_string())?;
            let now_ms = clock::now(0).at_ms;
            let name = file_name(clock::calendar_day(now_ms).date());
            backup_file::download(&backup_file::to_json(&backup)?, &name, "application/json")?;
            data_marks::set_last_export(now_ms, backup.header.reviews);
            last.set(Some((now_ms, backup.header.reviews)));
            let h = &backup.header;
            Ok::<_, String>(format!(
                "Downloaded {name}: {} reviews, {} interview attempts.",
                grouped(h.reviews as u64),
                grouped(h.attempts as u64)
            ))
        };
        outcome.set(Some(match result.await {
            Ok(done) => (false, done),
            Err(e) => (true, format!("Couldn't export the backup: {e}")),
        }));
    });
}

/// Writes every card as Anki notes (Anki's "Notes in Plain Text") and offers the file.
fn export_to_anki(state: AppState, outcome: RwSignal<Outcome>) {
    let catalogue = state.catalogue();
    if !catalogue.has_card_text() || !state.has_own_text() {
        return outcome.set(Some((
            true,
            "The cards are still loading: try again in a moment.".into(),
        )));
    }
    let notes = notes_of(catalogue.sections(), &state.own());
    let name = format!(
        "archdrill-anki-{}.txt",
        iso(clock::calendar_day(clock::now(0).at_ms).date())
    );
    outcome.set(Some(
        match backup_file::download(&write_notes(&notes), &name, "text/plain") {
            Ok(()) => (
                false,
                format!(
                    "Downloaded {name}: {} notes for Anki (File → Import).",
                    grouped(notes.len() as u64)
                ),
            ),
            Err(e) => (true, format!("Couldn't export to Anki: {e}")),
        },
    ));
}

/// Reads the picked file and plans its merge: a preview, or what is wrong (nothing written).
fn preview(
    state: AppState,
    file: web_sys::File,
    plan: RwSignal<Option<MergePlan>, LocalStorage>,
    outcome: RwSignal<Outcome>,
) {
    plan.set(None);
    outcome.set(None);
    spawn_local(async move {
        let planned = match backup_file::read_file(file).await {
            Ok(backup) => state.plan_import(backup).await.map_err(|e| e.to_string()),
            Err(e) => Err(e.to_string()),
        };
        match planned {
            Ok(p) if p.is_empty() => {
                outcome.set(Some((false, format!("Nothing to import. {}", p.summary()))))
            }
            Ok(p) => plan.set(Some(p)),
            Err(e) => outcome.set(Some((true, format!("{e} Nothing was imported.")))),
        }
    });
}

/// The "Your data" section.
#[component]
pub fn YourData() -> impl IntoView {
    let state = expect_context::<AppState>();
    let outcome = RwSignal::new(None);
    let last = RwSignal::new(data_marks::last_export());
    let plan = RwSignal::new_local(None::<MergePlan>);
    let picker = NodeRef::<Input>::new();
    // opened by the eviction notice's "Restore from a backup": straight to the file picker
    if let Some(RestoreAsked(asked)) = use_context::<RestoreAsked>() {
        Effect::new(move |_| {
            if let (true, Some(input)) = (asked.get(), picker.get()) {
                asked.set(false);
                input.click();
            }
        });
    }
    let picked = move |_| {
        let Some(input) = picker.get() else { return };
        let file = input.files().and_then(|files| files.get(0));
        input.set_value(""); // the same file can be picked again
        if let Some(file) = file {
            preview(state, file, plan, outcome);
        }
    };
    let confirm = move |_| {
        if let Some(p) = plan.try_update(Option::take).flatten() {
            let summary = p.summary();
            state.import(p, move || {
                outcome.set(Some((false, format!("Imported: {summary}"))))
            });
        }
    };
    view! {
        <section class="your-data" aria-labelledby="data-title">
            <h3 id="data-title">"Your data"</h3>
            <p class="muted">"Your progress lives only in this browser. A backup file keeps it safe and moves it to another browser; importing one adds what this browser lacks and never overwrites. Export to Anki writes every card as notes Anki imports (File → Import), in decks archdrill::Section::Topic; Import from Anki reads a file Anki exports as “Notes in Plain Text” into your own cards."</p>
            <p data-testid="last-export">{move || match last.get() {
                Some((at, reviews)) => format!("Last backup: {}, {} reviews.", local_date(at), grouped(reviews as u64)),
                None => "No backup made in this browser yet.".to_string(),
            }}</p>
            <p class="data-actions">
                <button type="button" on:click=move |_| export(state, outcome, last)>"Export backup"</button>
                <button type="button" data-testid="import-backup" on:click=move |_| { if let Some(i) = picker.get() { i.click() } }>"Import backup…"</button>
                <button type="button" on:click=move |_| export_to_anki(state, outcome)>"Export to Anki"</button>
                <input type="file" accept=".json,application/json" hidden node_ref=picker
                       data-testid="backup-file" aria-label="Backup file" on:change=picked/>
            </p>
            <div class="data-actions anki-import"><AnkiImport/></div>
            {move || plan.with(|p| p.as_ref().map(|p| p.summary())).map(|summary| view! {
                <div class="import-preview" role="group" aria-label="Import preview" data-testid="import-preview">
                    <p>{summary}</p>
                    <button type="button" class="primary" on:click=confirm>"Import"</button>
                    <button type="button" on:click=move |_| plan.set(None)>"Cancel"</button>
                </div>
            })}
            {move || outcome.get().map(|(error, text)| if error {
                view! { <p class="error" role="alert" data-testid="data-message">{text}</p> }.into_any()
            } else {
                view! { <p role="status" data-testid="data-message">{text}</p> }.into_any()
            })}
        </section>
    }
}
