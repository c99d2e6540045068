//! The review screen: front, "Show answer", back, grades, card actions (bury, suspend, flag);
//! keyboard: Space/Enter, 0–5, U, -, @, Esc.

use super::card_marks::{mark_card, CardActions, LastMark, MarkNotice};
use super::grade_buttons::GradeButtons;
use super::hooks::use_keydown::use_keydown;
use super::route::{go, Route};
use super::state::AppState;
use super::tally::DayTally;
use crate::core::content::catalogue::Scope;
use crate::core::srs::marks::Mark;
use crate::core::srs::queue::{count, Stage};
use crate::core::srs::sm2::Grade;
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
    let catalogue = untrack(|| state.catalogue());
    let title = scope.title(&catalogue).to_string();
    let queue = Memo::new(move |_| state.queue(&scope));
    let current =
        Memo::new(move |_| queue.with(|q| q.first().map(|(c, s)| (c.id().to_string(), *s))));
    // the revision and card at which the answer was shown: a grade or undo hides it again, and
    // so does another card coming first (another tab graded this one)
    let shown_at = RwSignal::new(None::<(u64, String)>);
    let at_now = move || Some(state.revision().get()).zip(current.get().map(|(id, _)| id));
    let shown = move || shown_at.get().is_some() && shown_at.get() == at_now();
    let reveal = move || shown_at.set(untrack(at_now));
    let last: LastMark = RwSignal::new(None);
    // the time a card takes runs from when it comes first (its front shows), and again after
    // every write (a re-drilled card may stay first)
    Effect::new(move |_| {
        let _ = state.revision().get();
        if let Some((id, _)) = current.get() {
            state.card_shown(id);
        }
    });
    let mark_current = move |mark| {
        if let (Some((id, _)), false) = (current.get_untracked(), state.busy().get_untracked()) {
            mark_card(state, last, id, mark);
        }
    };

    use_keydown(move |ev| {
        let key = ev.key();
        match key.as_str() {
            " " | "Enter" if current.get_untracked().is_some() && !shown() => {
                ev.prevent_default();
                reveal();
            }
            "u" | "U" if !state.busy().get_untracked() => state.undo(),
            "-" => mark_current(Mark::Bury),
            "@" => mark_current(Mark::Suspend),
            "Escape" => go(&Route::Home),
            _ => {
                let grade = key.parse::<u8>().ok().and_then(Grade::new);
                // one grade per card shown: a second key press before it is stored waits
                if let (Some(grade), Some((id, _)), true, false) = (
                    grade,
                    current.get_untracked(),
                    shown(),
                    state.busy().get_untracked(),
                ) {
                    state.grade(id, grade);
                }
            }
        }
    });

    let can_undo = move || state.data().with(|d| d.undoable().is_some()) && !state.busy().get();
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
            <MarkNotice last/>
            {move || match current.get() {
                None => view! { <DayTally/> }.into_any(),
                Some((id, stage)) => {
                    let catalogue = state.catalogue();
                    let (topic, card) = catalogue.card(&id).expect("queued cards come from the catalogue");
                    let (topic, front, back) = (topic.name.clone(), card.front().to_string(), card.back().to_string());
                    let actions = view! { <CardActions card_id=id.clone() last/> };
                    view! {
                        <article class="panel card" data-card-id=card.id().to_string()>
                            <p class="card-meta">
                                <span class=format!("stage {}", stage_label(stage).to_ascii_lowercase())>{stage_label(stage)}</span>
                                <span class="muted">{topic}</span>
                            </p>
                            <div class="md front" data-testid="card-front" inner_html=front></div>
                            {move || if shown() {
                                view! {
                                    <hr/>
                                    <div class="md back" data-testid="card-back" inner_html=back.clone()></div>
                                    <GradeButtons card_id=id.clone()/>
                                    <p class="hint muted">"Keys 0–5 grade · U undoes"</p>
                                }.into_any()
                            } else {
                                Effect::new(|_| super::perf::mark(super::perf::CARD_READY));
                                view! {
                                    <button class="primary show" on:click=move |_| reveal()>"Show answer"</button>
                                    <p class="hint muted">"Space or Enter shows the answer"</p>
                                }.into_any()
                            }}
                            {actions}
                        </article>
                    }.into_any()
                }
            }}
        </div>
    }
}
