//! Mock-interview screens: picker, a running attempt, results and history.

pub mod history;
pub mod lazy;
pub mod notes_editor;
pub mod picker;
pub mod rating_chip;
pub mod results;
pub mod resume_banner;
pub mod session;

use super::route::{go, Route};
use super::state::AppState;
use crate::core::interview::model::Interview;
use crate::core::interview::session::Attempt;
use leptos::prelude::StoredValue;

/// Starts a new attempt at `interview` now and opens it.
pub fn start(state: AppState, interview: &Interview) {
    let attempt = Attempt::start(interview, js_sys::Date::now());
    let route = Route::Attempt(attempt.id.clone());
    state.save_attempt(attempt);
    go(&route);
}

/// The interview `attempt` is an attempt at, copied out of the catalogue for a screen's views.
pub fn interview_of(state: AppState, attempt: &Attempt) -> StoredValue<Interview> {
    let interview = state.catalogue().interview(&attempt.interview_id).cloned();
    StoredValue::new(interview.expect("attempts refer to embedded interviews"))
}

/// Applies `change` to the stored attempt `id` and autosaves it.
pub fn update(state: AppState, id: &str, change: impl FnOnce(&mut Attempt)) {
    let Some(mut attempt) = state
        .attempts()
        .with_untracked(|all| all.iter().find(|a| a.id == id).cloned())
    else {
        return;
    };
    change(&mut attempt);
    state.save_attempt(attempt);
}
