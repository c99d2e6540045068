//! The review screen: front, "Show answer", back, grades; keyboard: Space/Enter, 0–5, U, Esc.

use super::grade_buttons::GradeButtons;
use super::hooks::use_keydown::use_keydown;
use super::route::{go, Route};
use super::state::AppState;
use super::tally::DayTally;
use crate::core::catalogue::{card, Scope};
use crate::core::queue::{count, Stage};
use crate::core::sm2::Grade;
use leptos::prelude::*;

fn stage_label(stage: Stage) -> &'static str {
    match stage {
        Stage::Due => "Review",
        Stage::New => "New",
        Stage::Drill => "Re-drill",
    }
}

/// Reviews the day's queue for `scope` until it is empty, then shows the tally.
#[component]
pub fn Review(
    /// The cards to review.
    scope: Scope,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let title = scope.title();
    let queue = Memo::new(move |_| state.queue(&scope));
    let current = Memo::new(move |_| queue.with(|q| q.first().copied()));
    // the revision at which the answer was shown: a grade or undo hides it again
    let shown_at = RwSignal::new(None::<u64>);
    let shown = move || shown_at.get() == Some(state.revision.get());
    let reveal = move || shown_at.set(Some(state.revision.get_untracked()));

    use_keydown(move |ev| {
        let key = ev.key();
        match key.as_str() {
            " " | "Enter" if current.get_untracked().is_some() && !shown() => {
                ev.prevent_default();
                reveal();
            }
            "u" | "U" => state.undo(),
            "Escape" => go(&Route::Home),
            _ => {
                let grade = key.parse::<u8>().ok().and_then(Grade::new);
                if let (Some(grade), Some((id, _)), true) =
                    (grade, current.get_untracked(), shown())
                {
                    state.grade(id, grade);
                }
            }
        }
    });

    let can_undo = move || state.undo_stack.with(|s| !s.is_empty());
    view! {
        <div class="review">
            <nav class="review-bar">
                <a href="#/" class="back-link">"← Home"</a>
                <h1 class="scope">{title}</h1>
                <span class="remaining" data-testid="remaining">
                    {move || {
                        let c = queue.with(|q| count(q));
                        format!("{} left · {} due · {} new · {} re-drill", c.total(), c.due, c.new, c.drill)
                    }}
                </span>
                <button class="undo" on:click=move |_| state.undo() disabled=move || !can_undo()
                        title="Undo the last grade (U)">"Undo"</button>
            </nav>
            {move || match current.get() {
                None => view! { <DayTally/> }.into_any(),
                Some((id, stage)) => {
                    let (topic, card) = card(id).expect("queued cards come from the catalogue");
                    let topic = topic.name;
                    view! {
                        <article class="panel card" data-card-id=id>
                            <p class="card-meta">
                                <span class=format!("stage {}", stage_label(stage).to_ascii_lowercase())>{stage_label(stage)}</span>
                                <span class="muted">{topic}</span>
                            </p>
                            <div class="md front" data-testid="card-front" inner_html=card.front></div>
                            {move || if shown() {
                                view! {
                                    <hr/>
                                    <div class="md back" data-testid="card-back" inner_html=card.back></div>
                                    <GradeButtons card_id=id/>
                                    <p class="hint muted">"Keys 0–5 grade · U undoes"</p>
                                }.into_any()
                            } else {
                                Effect::new(|_| super::perf::mark(super::perf::CARD_READY));
                                view! {
                                    <button class="primary show" on:click=move |_| reveal()>"Show answer"</button>
                                    <p class="hint muted">"Space or Enter shows the answer"</p>
                                }.into_any()
                            }}
                        </article>
                    }.into_any()
                }
            }}
        </div>
    }
}
