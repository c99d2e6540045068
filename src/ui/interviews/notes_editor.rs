//! The notes editor of a phase: Markdown in a monospace textarea, with a preview.

use crate::core::text::markdown::to_safe_html;
use crate::ui::state::Autosave;
use leptos::prelude::*;

/// A textarea for `text` (autosaved through `on_input`) with a Write / Preview switch and
/// the save status.
#[component]
pub fn NotesEditor(
    /// The notes.
    #[prop(into)]
    text: Signal<String>,
    /// True while editing is not allowed (the attempt is paused).
    #[prop(into)]
    disabled: Signal<bool>,
    /// Called with the new text on every edit.
    on_input: Callback<String>,
    /// Whether the notes are stored, being written, or failed to be written.
    #[prop(into)]
    autosave: Signal<Autosave>,
) -> impl IntoView {
    let preview = RwSignal::new(false);
    view! {
        <div class="notes">
            <div class="notes-tabs">
                <button aria-pressed=move || (!preview.get()).to_string()
                        on:click=move |_| preview.set(false)>"Write"</button>
                <button aria-pressed=move || preview.get().to_string()
                        on:click=move |_| preview.set(true)>"Preview"</button>
                <span class="muted small" data-testid="save-status" role="status">
                    {move || match autosave.get() {
                        Autosave::Saved => "Saved · Markdown, tables",
                        Autosave::Saving => "Saving…",
                        Autosave::Failed => "Not saved yet — see the message above",
                    }}
                </span>
            </div>
            {move || if preview.get() {
                view! { <div class="md preview" data-testid="notes-preview" inner_html=to_safe_html(&text.get())></div> }.into_any()
            } else {
                view! {
                    <textarea class="notes-input" data-testid="notes" spellcheck="false"
                        aria-label="Your notes for this phase"
                        placeholder="Requirements, numbers, components, trade-offs… (Markdown)"
                        prop:value=move || text.get() disabled=move || disabled.get()
                        on:input=move |ev| on_input.run(event_target_value(&ev))></textarea>
                }.into_any()
            }}
        </div>
    }
}
