//! The interview picker: every interview with difficulty, length, linked topics and the best
//! previous rating; "Surprise me" picks one not yet tried (or any).

use super::rating_chip::RatingChip;
use super::start;
use crate::core::content::catalogue::Catalogue;
use crate::core::interview::model::Interview;
use crate::core::interview::rating::Rating;
use crate::core::interview::session::{Attempt, Status};
use crate::ui::route::Route;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// The best rating among finished attempts at `id`.
fn best(attempts: &[Attempt], id: &str) -> Option<Rating> {
    attempts
        .iter()
        .filter(|a| a.interview_id == id)
        .filter_map(|a| a.rating)
        .max()
        .map(Rating::from_number)
}

/// The newest unfinished attempt at `id`, if any.
fn unfinished(attempts: &[Attempt], id: &str) -> Option<String> {
    attempts
        .iter()
        .rev()
        .find(|a| a.interview_id == id && a.status != Status::Done)
        .map(|a| a.id.clone())
}

/// A random interview of `catalogue`, preferring ones never attempted.
fn surprise<'c>(catalogue: &'c Catalogue, attempts: &[Attempt]) -> &'c Interview {
    let all = catalogue.interviews();
    let fresh: Vec<&Interview> = all
        .iter()
        .filter(|i| !attempts.iter().any(|a| a.interview_id == i.id))
        .collect();
    let pool: Vec<&Interview> = if fresh.is_empty() {
        all.iter().collect()
    } else {
        fresh
    };
    pool[(js_sys::Math::random() * pool.len() as f64) as usize % pool.len()]
}

/// The list of interviews.
#[component]
pub fn Picker() -> impl IntoView {
    let state = expect_context::<AppState>();
    let catalogue = untrack(|| state.catalogue());
    let pick_from = catalogue.clone();
    view! {
        <section class="panel picker-head">
            <h1>"Mock interviews"</h1>
            <p class="muted">
                "Four timed phases: clarify → simplest design → bottlenecks → failure. "
                "Write notes as you go; at the end compare with a reference answer, assess the rubric, and get a rating."
            </p>
            <p class="actions">
                <button class="primary" on:click=move |_| start(state, state.attempts().with_untracked(|a| surprise(&pick_from, a)))>
                    "Surprise me"
                </button>
                <a class="button" href=Route::History.href()>"History"</a>
            </p>
        </section>
        <ul class="interview-list" data-testid="interview-list">
            {catalogue.interviews().iter().map(|interview| {
                let id = interview.id.clone();
                let best = Memo::new(move |_| state.attempts().with(|a| best(a, &id)));
                let id = interview.id.clone();
                let open = Memo::new(move |_| state.attempts().with(|a| unfinished(a, &id)));
                let chosen = interview.clone();
                let title = interview.title.clone();
                view! {
                    <li class="panel interview-item">
                        <div class="interview-title">
                            <h2>{interview.title.clone()}</h2>
                            <span class=format!("difficulty {}", interview.difficulty)>{interview.difficulty.clone()}</span>
                            <span class="muted small">{interview.minutes} " min"</span>
                            {move || best.get().map(|rating| view! { <span class="small muted">"best"</span> <RatingChip rating/> })}
                        </div>
                        <p class="topics-line small muted">{interview.topics.join(" · ")}</p>
                        {move || match open.get() {
                            Some(id) => view! {
                                <a class="button" href=Route::Attempt(id).href()
                                   aria-label=format!("Resume {title}")>"Resume"</a>
                            }.into_any(),
                            None => {
                                let chosen = chosen.clone();
                                view! {
                                    <button class="primary" on:click=move |_| start(state, &chosen)
                                            aria-label=format!("Start {title}")>"Start"</button>
                                }.into_any()
                            }
                        }}
                    </li>
                }
            }).collect_view()}
        </ul>
    }
}
