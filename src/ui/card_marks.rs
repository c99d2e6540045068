//! The review screen's card actions — bury (`-`), suspend (`@`), flag — and the notice of what
//! the last one did, with Undo; and the notice of a card a grade made a leech.

use super::route::Route;
use super::state::AppState;
use crate::core::srs::marks::{Flag, Mark};
use crate::core::srs::own::is_own_card_id;
use leptos::prelude::*;

/// The card and the mark the learner gave it last on this screen.
pub type LastMark = RwSignal<Option<(String, Mark)>>;

/// Marks `card_id` with `mark` and remembers it for the notice.
pub fn mark_card(state: AppState, last: LastMark, card_id: String, mark: Mark) {
    last.set(Some((card_id.clone(), mark)));
    state.mark(card_id, mark);
}

/// Bury, Suspend and a flag menu for the card `card_id`.
#[component]
pub fn CardActions(
    /// The card shown.
    card_id: String,
    /// Where the notice of the mark goes.
    last: LastMark,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let id = StoredValue::new(card_id);
    let act = move |mark| mark_card(state, last, id.get_value(), mark);
    let flag = move || {
        let marks = state.marks();
        marks.with(|m| m.get(&id.get_value()).and_then(|c| c.flag))
    };
    let on_flag = move |ev: leptos::ev::Event| {
        act(Flag::chosen(&event_target_value(&ev)));
    };
    view! {
        <div class="card-actions" role="group" aria-label="Card actions">
            <button type="button" on:click=move |_| act(Mark::Bury) disabled=move || state.busy().get()
                    title="Bury until the next study day (-)">"Bury"</button>
            <button type="button" on:click=move |_| act(Mark::Suspend) disabled=move || state.busy().get()
                    title="Suspend: out of every queue (@)">"Suspend"</button>
            <label class="flag">
                "Flag "
                <select on:change=on_flag prop:value=move || flag().map_or("None", Flag::name)>
                    <option value="None">"None"</option>
                    {Flag::ALL.map(|f| view! { <option value=f.name()>{f.name()}</option> }).collect_view()}
                </select>
            </label>
        </div>
    }
}

/// What the last mark did, with Undo, while it is the card's newest stored mark; or, after a grade made a leech, the leech notice with
/// Unsuspend and (for the learner's own cards) Edit.
#[component]
pub fn MarkNotice(
    /// The last mark given on this screen.
    last: LastMark,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let undo = move |card_id: String| {
        if let Some(mark) = state.newest_mark(&card_id) {
            state.undo_mark(&mark);
        }
    };
    move || {
        if let Some(card_id) = state.leech() {
            let edit = is_own_card_id(&card_id).then(|| view! { <a class="button" href=Route::EditCard(card_id.clone()).href()>"Edit it"</a> });
            let id = card_id.clone();
            return Some(view! {
                <p class="notice leech" role="status" data-testid="leech-notice">
                    {Mark::Leech.said()} " "
                    <button type="button" on:click=move |_| mark_card(state, last, id.clone(), Mark::Unsuspend)>"Unsuspend"</button>
                    {edit}
                </p>
            }.into_any());
        }
        // said once stored, and gone once its undo is: the notice follows the log
        let (card_id, mark) = last.get()?;
        state
            .newest_mark(&card_id)
            .filter(|e| e.mark() == Some(mark))?;
        Some(view! {
            <p class="notice" role="status" data-testid="mark-notice">
                {mark.said()} " "
                <button type="button" on:click=move |_| undo(card_id.clone()) disabled=move || state.busy().get()>"Undo"</button>
            </p>
        }.into_any())
    }
}
