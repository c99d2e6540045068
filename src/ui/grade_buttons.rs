//! The six SM-2 grade buttons, each showing when the card would come back.

use super::state::AppState;
use crate::core::srs::interval_label::interval_label;
use crate::core::srs::log::ReviewKind;
use crate::core::srs::sm2::Grade;
use leptos::prelude::*;

/// What grading `card_id` with `grade` now would do, in a few characters.
fn outcome(state: AppState, card_id: &str, grade: Grade) -> String {
    let day = state.today().get();
    let (kind, after) = state.data().with(|d| d.preview(card_id, grade, day));
    match kind {
        ReviewKind::First => interval_label(after.interval),
        ReviewKind::Drill if grade.ends_drill() => "done".into(),
        ReviewKind::Drill => "again".into(),
    }
}

/// Grade buttons 0–5 for the card `card_id`; keys 0–5 do the same.
#[component]
pub fn GradeButtons(
    /// The card being graded.
    card_id: String,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        <div class="grades" role="group" aria-label="Grade your recall">
            {Grade::ALL.into_iter().rev().map(|grade| {
                let q = grade.value();
                view! {
                    <button class=format!("grade g{q}") on:click={let id = card_id.clone(); move |_| state.grade(id.clone(), grade)}
                            disabled=move || state.busy().get()>
                        <span class="key">{q}</span>
                        " "
                        <span class="meaning">{grade.meaning()}</span>
                        " "
                        <span class="ivl">{let id = card_id.clone(); move || outcome(state, &id, grade)}</span>
                    </button>
                }
            }).collect_view()}
        </div>
    }
}
