//! The actions on a selection of cards (the browser's checked rows, or the one card of its
//! page): suspend, unsuspend, bury, reset (after a confirmation), flag and unflag, each one
//! write of one transaction; what happened is said in words, a failure in the store's.

use super::words::mark_done;
use crate::core::srs::marks::{Flag, Mark};
use crate::ui::state::AppState;
use leptos::prelude::*;

/// What the last action said: its outcome in words, or `None` before any.
pub type Notice = RwSignal<Option<String>>;

/// Marks the cards `ids` with `mark`, then says so in `notice`.
fn apply(state: AppState, ids: Vec<String>, mark: Mark, notice: Notice) {
    if ids.is_empty() {
        return notice.set(Some("Select some cards first.".into()));
    }
    notice.set(Some("Saving…".into()));
    state.mark_all(ids, mark, move |n| notice.set(Some(mark_done(mark, n))));
}

/// The buttons acting on the cards `ids` says (evaluated when one is pressed).
#[component]
pub fn MarkActions(
    /// The cards to act on.
    #[prop(into)]
    ids: Signal<Vec<String>>,
    /// Where the outcome is said.
    notice: Notice,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let confirming = RwSignal::new(false);
    let act = move |mark: Mark| apply(state, ids.get_untracked(), mark, notice);
    let button = move |label: &'static str, mark: Mark| {
        view! { <button type="button" on:click=move |_| act(mark)>{label}</button> }
    };
    // the menu goes back to "Flag…" once a choice is acted on (`set` always notifies)
    let flag_menu = RwSignal::new(String::new());
    let flag = move |ev: leptos::ev::Event| {
        let chosen = event_target_value(&ev);
        if !chosen.is_empty() {
            act(Flag::chosen(&chosen));
        }
        flag_menu.set(String::new());
    };
    view! {
        <div class="browse-actions" role="group" aria-label="Act on the selected cards">
            {button("Suspend", Mark::Suspend)}
            {button("Unsuspend", Mark::Unsuspend)}
            {button("Bury", Mark::Bury)}
            <button type="button" on:click=move |_| confirming.set(true)>"Reset…"</button>
            <select aria-label="Flag" prop:value=move || flag_menu.get() on:change=flag>
                <option value="">"Flag…"</option>
                {Flag::ALL.map(|f| view! { <option value=f.name()>{f.name()}</option> }).collect_view()}
                <option value="none">"Unflag"</option>
            </select>
        </div>
        {move || confirming.get().then(|| {
            let n = ids.with(Vec::len);
            let what = if n == 1 { "this card".to_string() } else { format!("these {n} cards") };
            view! {
                <div class="notice panel confirm" role="alertdialog" aria-label="Reset to new">
                    <p>{format!("Reset {what} to new? Each schedule starts again; the reviews stay in the history.")}</p>
                    <p class="notice-actions">
                        <button type="button" class="danger" on:click=move |_| { confirming.set(false); act(Mark::Reset) }>"Reset to new"</button>
                        <button type="button" on:click=move |_| confirming.set(false)>"Cancel"</button>
                    </p>
                </div>
            }
        })}
    }
}

/// The outcome of the last action (or the store's error while one failed), announced politely.
#[component]
pub fn NoticeLine(
    /// The notice.
    notice: Notice,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let said = move || match state.error().get() {
        Some(error) if notice.with(Option::is_some) => Some(error),
        _ => notice.get(),
    };
    view! { <p class="browse-notice" role="status" data-testid="browse-notice">{said}</p> }
}
