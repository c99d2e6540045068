//! The review history strip: cards reviewed on each of the last days.

use super::state::AppState;
use crate::store::HISTORY_DAYS;
use leptos::prelude::*;

/// Reviews per study day over the last [`HISTORY_DAYS`], newest last, as a bar chart with numbers.
#[component]
pub fn History() -> impl IntoView {
    let state = expect_context::<AppState>();
    let days = Memo::new(move |_| {
        let today = state.now().day;
        state.data().with(|d| {
            (0..HISTORY_DAYS)
                .rev()
                .map(|back| {
                    let day = crate::core::srs::study_day::StudyDay(today.0 - back);
                    (day, d.reviews_on(day))
                })
                .collect::<Vec<_>>()
        })
    });
    let total = move || days.with(|d| d.iter().map(|(_, n)| n).sum::<usize>());
    let peak = move || days.with(|d| d.iter().map(|(_, n)| *n).max().unwrap_or(0).max(1));
    view! {
        <section class="panel history" aria-labelledby="history-title">
            <h2 id="history-title">"Last " {HISTORY_DAYS} " days"</h2>
            <p class="muted" data-testid="history-total">{total} " reviews"</p>
            <ol class="bars">
                {move || {
                    let peak = peak();
                    days.get()
                        .into_iter()
                        .map(|(day, n)| {
                            let height = format!("height:{}%", 4 + n * 96 / peak);
                            let label = format!("{}: {n} reviews", day.date());
                            view! {
                                <li title=label.clone() aria-label=label>
                                    <span class="bar" style=height></span>
                                    <span class="n">{n}</span>
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ol>
        </section>
    }
}
