//! The card editor: a new own card, or one of the learner's own cards edited or deleted. Front
//! and back in Markdown with a live preview from the app's safe renderer (a card imported from
//! Anki holds HTML, previewed through the sanitiser), optional tags, and the deck: an own deck
//! or a curriculum topic. A field that cannot be saved says why beside it and nothing is stored;
//! a delete can be undone.

use super::route::{go, Route};
use super::state::AppState;
use crate::core::content::catalogue::Catalogue;
use crate::core::content::own::{OWN_SECTION, UNFILED_SLUG};
use crate::core::srs::event::{CardEdit, DeckRef, EventId};
use crate::core::srs::own::{check_field, is_deck_id, CardFieldError, Field, OwnCard, NEW_ID};
use crate::core::text::decimal::grouped;
use crate::core::text::markdown::to_safe_html;
use crate::core::text::sanitize::sanitize_html;
use leptos::prelude::*;

/// The `<select>` value of a deck: `own:<id>` or `topic:<slug>`.
fn deck_value(deck: &DeckRef) -> String {
    match deck {
        DeckRef::Own(id) => format!("own:{id}"),
        DeckRef::Topic(slug) => format!("topic:{slug}"),
    }
}

/// The deck a `<select>` value names.
fn deck_of(value: &str) -> DeckRef {
    match value.strip_prefix("own:") {
        Some(id) => DeckRef::Own(id.to_string()),
        None => DeckRef::Topic(value.trim_start_matches("topic:").to_string()),
    }
}

/// The slug of the topic page a deck shows on.
fn slug_of(deck: &DeckRef) -> String {
    match deck {
        DeckRef::Own(id) | DeckRef::Topic(id) => id.clone(),
    }
}

/// The deck picker's options, `chosen` selected: own decks first, then each curriculum
/// section's topics.
fn deck_options(catalogue: &Catalogue, chosen: &str) -> impl IntoView {
    let group = |name: String, options: Vec<(String, String)>| {
        let option = |(value, label): (String, String)| {
            let selected = value == chosen;
            view! { <option value=value selected=selected>{label}</option> }
        };
        view! { <optgroup label=name>{options.into_iter().map(option).collect_view()}</optgroup> }
    };
    let sections = catalogue.sections().iter().rev();
    let groups: Vec<_> = sections
        .map(|section| {
            let decks = section.topics.iter().filter(|t| t.slug != UNFILED_SLUG);
            let own = section.name == OWN_SECTION;
            let value = |slug: &str| {
                deck_value(&if own {
                    DeckRef::Own(slug.into())
                } else {
                    DeckRef::Topic(slug.into())
                })
            };
            let options = decks.map(|t| (value(&t.slug), t.name.clone())).collect();
            group(section.name.clone(), options)
        })
        .collect();
    groups.into_iter().collect_view()
}

/// A field's error, if the last Save found one in it.
fn error_of(errors: RwSignal<Option<CardFieldError>>, field: Field) -> Signal<Option<String>> {
    Signal::derive(move || {
        errors
            .get()
            .filter(|e| e.field() == field)
            .map(|e| e.to_string())
    })
}

/// A labelled textarea with its character count, its error and a live preview.
#[component]
fn TextField(
    /// The field.
    field: Field,
    /// Its text.
    text: RwSignal<String>,
    /// The error to show under it.
    error: Signal<Option<String>>,
    /// Renders the text for the preview.
    render: fn(&str) -> String,
) -> impl IntoView {
    let (name, id) = match field {
        Field::Front => ("Front (question)", "edit-front"),
        _ => ("Back (answer)", "edit-back"),
    };
    let error_id = format!("{id}-error");
    let count = move || {
        format!(
            "{} / {} characters",
            grouped(text.with(|t| t.chars().count()) as u64),
            grouped(field.limit() as u64)
        )
    };
    view! {
        <div class="field">
            <label for=id>{name}</label>
            <textarea id=id data-testid=id rows="5" spellcheck="true" prop:value=move || text.get()
                aria-invalid=move || error.get().is_some().then_some("true")
                aria-describedby=error_id.clone()
                on:input=move |ev| text.set(event_target_value(&ev))></textarea>
            <p class="muted small">{count}</p>
            <p class="field-error" id=error_id role="alert">{move || error.get()}</p>
            <div class="md preview card-preview" role="group" aria-label=format!("{name}, as it will show") data-testid=format!("{id}-preview")
                 inner_html=move || text.with(|t| render(t))></div>
        </div>
    }
}

/// The editor of a new card in `deck` (a slug), or of the own card `card_id`.
#[component]
pub fn CardEditor(
    /// The card edited, if it exists.
    card_id: Option<String>,
    /// The deck or topic slug of a new card.
    #[prop(optional)]
    deck: Option<String>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let own = untrack(|| state.own());
    let existing: Option<OwnCard> = card_id
        .as_ref()
        .and_then(|id| own.cards.iter().find(|c| c.id == *id).cloned());
    if card_id.is_some() && existing.is_none() {
        return view! { <p class="panel">"This card is not one of yours, or it was deleted. " <a href="#/topics">"Topics"</a></p> }.into_any();
    }
    let start_deck = existing
        .as_ref()
        .map(|c| c.deck.clone())
        .unwrap_or_else(|| {
            let slug = deck.unwrap_or_default();
            if is_deck_id(&slug) {
                DeckRef::Own(slug)
            } else {
                DeckRef::Topic(slug)
            }
        });
    let (front, back) = (
        RwSignal::new(
            existing
                .as_ref()
                .map(|c| c.front.clone())
                .unwrap_or_default(),
        ),
        RwSignal::new(
            existing
                .as_ref()
                .map(|c| c.back.clone())
                .unwrap_or_default(),
        ),
    );
    let tags = RwSignal::new(
        existing
            .as_ref()
            .map(|c| c.tags.join(" "))
            .unwrap_or_default(),
    );
    let chosen = RwSignal::new(deck_value(&start_deck));
    let errors = RwSignal::new(None::<CardFieldError>);
    let deleted = RwSignal::new(None::<EventId>);
    let html = existing.as_ref().is_some_and(|c| c.html);
    let render: fn(&str) -> String = if html { sanitize_html } else { to_safe_html };
    let anki_guid = existing.as_ref().and_then(|c| c.anki_guid.clone());
    let id = StoredValue::new(card_id.clone().unwrap_or_else(|| NEW_ID.to_string()));
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let checked = check_field(Field::Front, &front.get())
            .and_then(|()| check_field(Field::Back, &back.get()));
        errors.set(checked.err());
        if checked.is_err() {
            return;
        }
        let deck = deck_of(&chosen.get());
        let tags = tags.get().split_whitespace().map(str::to_string).collect();
        let edit = CardEdit {
            deck: deck.clone(),
            front: front.get(),
            back: back.get(),
            tags,
            html,
            anki_guid: anki_guid.clone(),
        };
        state.save_card(id.get_value(), edit, move |_| {
            go(&Route::Topic(slug_of(&deck)))
        });
    };
    let delete = move |_| {
        state.delete_card(id.get_value(), move |e| deleted.set(Some(e.id.clone())));
    };
    let undo = move |_| {
        if let Some(target) = deleted.get_untracked() {
            state.undo_edit(id.get_value(), target, move |_| deleted.set(None));
        }
    };
    let catalogue = untrack(|| state.catalogue());
    let title = if existing.is_some() {
        "Edit your card"
    } else {
        "New card"
    };
    view! {
        <section class="panel card-editor" aria-labelledby="editor-title">
            <a class="back-link" href=Route::Topic(slug_of(&start_deck)).href()>"← Back to the deck"</a>
            <h1 id="editor-title">{title}</h1>
            {html.then(|| view! { <p class="muted small">"This card came from Anki: its text is HTML, shown through archdrill's sanitiser (no scripts, styles or images)."</p> })}
            {move || deleted.get().map(|_| view! {
                <p class="notice" role="status" data-testid="card-deleted">"Card deleted. Its reviews are kept; undo brings it back with its schedule. "
                    <button type="button" on:click=undo>"Undo"</button></p>
            })}
            <form on:submit=save class="editor-form" inert=move || deleted.get().is_some()>
                <div class="field">
                    <label for="edit-deck">"Deck"</label>
                    <select id="edit-deck" data-testid="edit-deck" on:change=move |ev| chosen.set(event_target_value(&ev))>
                        {deck_options(&catalogue, &chosen.get_untracked())}
                    </select>
                </div>
                <TextField field=Field::Front text=front error=error_of(errors, Field::Front) render/>
                <TextField field=Field::Back text=back error=error_of(errors, Field::Back) render/>
                <div class="field">
                    <label for="edit-tags">"Tags (separated by spaces)"</label>
                    <input id="edit-tags" data-testid="edit-tags" type="text" autocomplete="off" bind:value=tags/>
                </div>
                <p class="editor-actions">
                    <button type="submit" class="primary" disabled=move || state.busy().get()>"Save card"</button>
                    {existing.is_some().then(|| view! { <button type="button" class="danger" on:click=delete>"Delete card"</button> })}
                </p>
            </form>
        </section>
    }
    .into_any()
}
