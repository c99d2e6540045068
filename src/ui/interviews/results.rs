//! After the last phase: the reference walk-through beside the candidate's notes, rubric
//! self-assessment, automatic signals with their evidence, and the explained rating.

use super::rating_chip::RatingChip;
use super::update;
use crate::core::feedback::boost::{boost_topics, make_boost};
use crate::core::interview::model::PhaseKey;
use crate::core::interview::rating::evaluate;
use crate::core::interview::session::{Attempt, Mark, Status};
use crate::core::text::markdown::to_safe_html;
use crate::ui::route::Route;
use crate::ui::state::AppState;
use leptos::prelude::*;

const MARKS: [Mark; 3] = [Mark::Met, Mark::Partly, Mark::Missed];

/// Results of the attempt `id`.
#[component]
pub fn Results(
    /// The attempt's id.
    id: String,
    /// The attempt, as stored.
    attempt: Memo<Option<Attempt>>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let current = move || attempt.get().expect("shown only for an existing attempt");
    let interview = untrack(|| super::interview_of(state, &current()));
    let evaluation = Memo::new(move |_| {
        attempt.with(|a| a.as_ref().map(|a| evaluate(&interview.read_value(), a)))
    });
    let report = move || evaluation.get().map(|(_, r)| r).expect("evaluated");
    let done =
        Memo::new(move |_| attempt.with(|a| a.as_ref().is_some_and(|a| a.status == Status::Done)));
    let id = StoredValue::new(id);
    let save = move |_| {
        let mut finished = current();
        let report = report();
        let today = state.now().day;
        let topics = boost_topics(&interview.read_value(), &report.weakest_phases());
        let catalogue = state.catalogue();
        let boost = state
            .data()
            .with_untracked(|d| make_boost(&catalogue, &finished.id, topics, &d.states, today));
        finished.status = Status::Done;
        finished.rating = Some(report.rating.number());
        state.complete_attempt(finished, boost);
    };
    view! {
        <section class="panel overall" data-testid="overall">
            <a href="#/interviews" class="back-link">"← Interviews"</a>
            <h1>{interview.read_value().title.clone()} " — results"</h1>
            <p class="overall-rating">
                "Overall: " {move || view! { <RatingChip rating=report().rating/> }}
            </p>
            <p class="muted small explanation" data-testid="overall-explanation">{move || report().explanation}</p>
            <details class="rule small muted">
                <summary>"How the rating is computed"</summary>
                <p>"Per phase: rubric = Σ weight × credit ÷ Σ weight (met 1, partly ½, missed or not assessed 0); \
                    signals = the mean of the phase's automatic signals; score = 0.75 × rubric + 0.25 × signals. \
                    Score ≥ 0.85 Strong Hire, ≥ 0.65 Hire, ≥ 0.45 Lean No Hire, else No Hire. Overall: the phase scores \
                    weighted by each phase's rubric weight, never more than one step above the weakest phase."</p>
            </details>
            {move || if done.get() {
                let boosted = state.boosts().with(|b| b.iter().find(|b| b.attempt_id == id.get_value()).map(|b| (b.topics.len(), b.pulled.len())));
                view! {
                    <p class="saved" role="status" data-testid="saved">
                        "Saved to your history. "
                        {boosted.map(|(t, p)| format!("Cards of {t} linked topics come up sooner: new ones first, {p} reviews pulled to today."))}
                    </p>
                    <a class="button" href=Route::History.href()>"History"</a>
                }.into_any()
            } else {
                let assessed = move || attempt.with(|a| a.as_ref().is_some_and(|a| a.fully_assessed(&interview.read_value())));
                view! {
                    <p class="muted small">"Assess every rubric item below, then save."</p>
                    <button class="primary" on:click=save disabled=move || !assessed()>"Save rating"</button>
                }.into_any()
            }}
        </section>
        {PhaseKey::ALL.iter().map(|&key| {
            let p = key.index();
            let phase_rating = move || report().phases[p].clone();
            view! {
                <section class="panel phase-result" data-testid=format!("result-{}", key.key())>
                    <header class="phase-result-head">
                        <h2>{format!("{}. {}", p + 1, key.title())}</h2>
                        {move || view! { <RatingChip rating=phase_rating().rating/> }}
                    </header>
                    <p class="muted small">{move || phase_rating().explanation()}</p>
                    {(key == PhaseKey::Clarify).then(|| view! {
                        <details class="facts">
                            <summary>"Scale facts good questions uncover"</summary>
                            <ul>{interview.read_value().facts.iter().map(|f| view! { <li>{f.clone()}</li> }).collect_view()}</ul>
                        </details>
                    })}
                    <div class="compare">
                        <div>
                            <h3>"Your notes"</h3>
                            <div class="md notes-out" inner_html=move || {
                                let text = current().notes[p].clone();
                                if text.trim().is_empty() { "<p class=\"muted\">(no notes)</p>".to_string() } else { to_safe_html(&text) }
                            }></div>
                        </div>
                        <div>
                            <h3>"Reference"</h3>
                            <div class="md reference" inner_html=interview.read_value().phases[p].reference.clone()></div>
                        </div>
                    </div>
                    <h3>"Rubric"</h3>
                    <ul class="rubric">
                        {interview.read_value().rubric_of(key).map(|(i, item)| view! {
                            <li>
                                <span class="rubric-item">{item.item.clone()} <span class="muted small">" ×" {item.weight}</span></span>
                                <span class="marks" role="radiogroup" aria-label=item.item.clone()>
                                    {MARKS.iter().map(|&mark| view! {
                                        <label class=format!("mark {}", mark.label())>
                                            <input type="radio" name=format!("rubric-{i}") disabled=move || done.get()
                                                prop:checked=move || current().marks_for(&interview.read_value()).get(i).copied().flatten() == Some(mark)
                                                on:change=move |_| update(state, &id.get_value(), |a| a.set_mark(&interview.read_value(), i, mark))/>
                                            {mark.label()}
                                        </label>
                                    }).collect_view()}
                                </span>
                            </li>
                        }).collect_view()}
                    </ul>
                    <h3>"Automatic signals"</h3>
                    <ul class="signals">
                        {move || evaluation.get().map(|(found, _)| found.into_iter().filter(|s| s.phase == key).map(|s| view! {
                            <li class=format!("signal {}", s.mark.label())>
                                <span class="signal-mark">{s.mark.label()}</span>
                                <span>{s.name}</span>
                                <span class="muted small evidence">{s.evidence}</span>
                            </li>
                        }).collect_view())}
                    </ul>
                </section>
            }
        }).collect_view()}
    }
}
