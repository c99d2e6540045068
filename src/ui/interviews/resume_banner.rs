//! A banner on Home for an interview left unfinished (closed tab, reload): one click resumes it.

use crate::core::interview::session::Status;
use crate::ui::route::Route;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// "Unfinished interview: … Resume", or nothing.
#[component]
pub fn ResumeBanner() -> impl IntoView {
    let state = expect_context::<AppState>();
    let open = Memo::new(move |_| {
        state.attempts().with(|all| {
            all.iter()
                .rev()
                .find(|a| a.status != Status::Done)
                .and_then(|a| {
                    let title = state.catalogue().interview(&a.interview_id)?.title.clone();
                    Some((a.id.clone(), title, a.status))
                })
        })
    });
    move || {
        open.get().map(|(id, title, status)| {
            let what = match status {
                Status::Assessing => "waiting for your assessment",
                Status::Paused => "paused",
                _ => "in progress, clock running",
            };
            view! {
                <section class="panel resume" data-testid="resume-banner">
                    <p><strong>{title}</strong> <span class="muted">" — " {what}</span></p>
                    <a class="button primary" href=Route::Attempt(id).href()>"Resume interview"</a>
                </section>
            }
        })
    }
}
