//! A new own deck, or one renamed: its name, checked before anything is stored, then the
//! deck's page.

use super::route::{go, Route};
use super::state::AppState;
use crate::core::srs::own::{check_field, Field, NEW_ID};
use leptos::prelude::*;

/// The form of a new deck, or of renaming the own deck `deck_id`.
#[component]
pub fn DeckForm(
    /// The deck renamed, if it exists.
    deck_id: Option<String>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let own = untrack(|| state.own());
    let existing = deck_id
        .as_ref()
        .and_then(|id| own.decks.iter().find(|d| d.id == *id).cloned());
    if deck_id.is_some() && existing.is_none() {
        return view! { <p class="panel">"No deck of yours has this address. " <a href="#/topics">"Topics"</a></p> }.into_any();
    }
    let name = RwSignal::new(
        existing
            .as_ref()
            .map(|d| d.name.clone())
            .unwrap_or_default(),
    );
    let error = RwSignal::new(None::<String>);
    let id = StoredValue::new(deck_id.unwrap_or_else(|| NEW_ID.to_string()));
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let typed = name.get().trim().to_string();
        if let Err(e) = check_field(Field::DeckName, &typed) {
            return error.set(Some(e.to_string()));
        }
        error.set(None);
        state.save_deck(id.get_value(), typed, |stored| {
            go(&Route::Topic(stored.card_id.clone()))
        });
    };
    let (title, back) = match &existing {
        Some(deck) => ("Rename your deck", Route::Topic(deck.id.clone())),
        None => ("New deck", Route::Topics),
    };
    view! {
        <section class="panel deck-form" aria-labelledby="deck-title">
            <a class="back-link" href=back.href()>"← Back"</a>
            <h1 id="deck-title">{title}</h1>
            <form on:submit=save class="editor-form">
                <div class="field">
                    <label for="deck-name">"Name"</label>
                    <input id="deck-name" data-testid="deck-name" type="text" autocomplete="off" bind:value=name
                           aria-invalid=move || error.get().is_some().then_some("true") aria-describedby="deck-name-error"/>
                    <p class="field-error" id="deck-name-error" role="alert">{move || error.get()}</p>
                </div>
                <p class="editor-actions">
                    <button type="submit" class="primary" disabled=move || state.busy().get()>"Save deck"</button>
                </p>
            </form>
        </section>
    }
    .into_any()
}
