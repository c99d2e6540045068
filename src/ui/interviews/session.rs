//! A running attempt: phase prompt, countdowns, pause/resume, hints and the notes editor.
//! Everything is autosaved, so a reload resumes here with the clock where it belongs.

use super::notes_editor::NotesEditor;
use super::results::Results;
use super::update;
use crate::core::interview::model::PhaseKey;
use crate::core::interview::session::{Attempt, Status};
use crate::core::interview::signals::clock_label;
use crate::ui::hooks::use_now::use_now;
use crate::ui::state::AppState;
use leptos::prelude::*;
use std::time::Duration;

/// The attempt `id`: the running session, or its results once the phases are over.
#[component]
pub fn AttemptScreen(
    /// The attempt's id.
    id: String,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let lookup = id.clone();
    let attempt = Memo::new(move |_| {
        state
            .attempts()
            .with(|all| all.iter().find(|a| a.id == lookup).cloned())
    });
    let phase_over = Memo::new(move |_| {
        attempt.with(|a| {
            a.as_ref()
                .map(|a| matches!(a.status, Status::Assessing | Status::Done))
        })
    });
    move || {
        match phase_over.get() {
        None => view! { <p class="panel">"This attempt does not exist. " <a href="#/interviews">"All interviews"</a></p> }.into_any(),
        Some(false) => view! { <Session id=id.clone() attempt/> }.into_any(),
        Some(true) => view! { <Results id=id.clone() attempt/> }.into_any(),
    }
    }
}

/// A countdown: `m:ss left`, or `+m:ss over` once past zero.
fn countdown(left_ms: f64) -> String {
    if left_ms >= 0.0 {
        format!("{} left", clock_label(left_ms))
    } else {
        format!("+{} over", clock_label(-left_ms))
    }
}

#[component]
fn Session(id: String, attempt: Memo<Option<Attempt>>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let now = use_now(Duration::from_millis(250));
    let current = move || attempt.get().expect("shown only for an existing attempt");
    let interview = untrack(|| super::interview_of(state, &current()));
    let hints_shown = RwSignal::new(0usize);
    let id = StoredValue::new(id);
    let act = move |change: fn(&mut Attempt, f64)| {
        update(state, &id.get_value(), |a| change(a, js_sys::Date::now()));
        hints_shown.set(0);
    };
    let phase = Memo::new(move |_| attempt.with(|a| a.as_ref().map_or(0, |a| a.phase)));
    let paused = Memo::new(move |_| {
        attempt.with(|a| a.as_ref().is_some_and(|a| a.status == Status::Paused))
    });
    let notes = Signal::derive(move || {
        attempt.with(|a| {
            a.as_ref()
                .map(|a| a.notes[phase.get()].clone())
                .unwrap_or_default()
        })
    });
    let on_input = Callback::new(move |text: String| {
        update(state, &id.get_value(), |a| a.notes[a.phase] = text)
    });
    view! {
        <section class="panel session-head">
            <a href="#/interviews" class="back-link">"← Interviews"</a>
            <h1>{interview.read_value().title.clone()}</h1>
            <div class="clocks" aria-live="off">
                <span class="clock" data-testid="phase-clock"
                      class:over=move || current().phase_left(&interview.read_value(), phase.get(), now.get()) < 0.0>
                    "Phase " {move || countdown(current().phase_left(&interview.read_value(), phase.get(), now.get()))}
                </span>
                <span class="clock total" data-testid="total-clock"
                      class:over=move || current().total_left(&interview.read_value(), now.get()) < 0.0>
                    "Interview " {move || countdown(current().total_left(&interview.read_value(), now.get()))}
                </span>
                {move || if paused.get() {
                    view! { <button class="primary" on:click=move |_| act(Attempt::resume)>"Resume"</button> }.into_any()
                } else {
                    view! { <button on:click=move |_| act(Attempt::pause)>"Pause"</button> }.into_any()
                }}
            </div>
            <ol class="phase-steps">
                {PhaseKey::ALL.iter().map(|&key| {
                    let p = key.index();
                    view! {
                        <li class:current=move || phase.get() == p class:done=move || { phase.get() > p }>
                            <span class="step-name">{key.name()}</span>
                            <span class="small">
                                {move || clock_label(current().elapsed(p, now.get()))} " / " {interview.read_value().phases[p].minutes} ":00"
                            </span>
                        </li>
                    }
                }).collect_view()}
            </ol>
        </section>
        <section class="panel prompt">
            <p class="muted small">"The interviewer says"</p>
            <div class="md interviewer" inner_html=interview.read_value().prompt.clone()></div>
        </section>
        <section class="panel phase">
            <h2 data-testid="phase-title" aria-live="polite">
                {move || format!("{} of 4 · {}", phase.get() + 1, PhaseKey::ALL[phase.get()].title())}
            </h2>
            <div class="md" inner_html=move || interview.read_value().phases[phase.get()].prompt.clone()></div>
            <div class="hints">
                {move || interview.read_value().phases[phase.get()].hints.iter().take(hints_shown.get())
                    .map(|h| view! { <p class="hint-text"><strong>"Hint: "</strong>{h.clone()}</p> }).collect_view()}
                {move || {
                    let hints = interview.read_value().phases[phase.get()].hints.len();
                    (hints_shown.get() < hints).then(|| view! {
                        <button class="link" on:click=move |_| hints_shown.update(|n| *n += 1)>
                            {format!("Show a hint ({} of {})", hints_shown.get() + 1, hints)}
                        </button>
                    })
                }}
            </div>
            {move || paused.get().then(|| view! { <p class="paused" role="status">"Paused — the clock is stopped. Resume to continue."</p> })}
            <NotesEditor text=notes disabled=paused on_input autosave=state.autosave()/>
            <p class="actions">
                {move || if phase.get() < 3 {
                    view! { <button class="primary" on:click=move |_| act(Attempt::next_phase)>"Next phase →"</button> }.into_any()
                } else {
                    view! { <button class="primary" on:click=move |_| act(Attempt::next_phase)>"Finish interview"</button> }.into_any()
                }}
                {move || (phase.get() < 3).then(|| view! {
                    <button on:click=move |_| act(Attempt::finish)>"End now"</button>
                })}
            </p>
        </section>
    }
}
