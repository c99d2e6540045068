//! Past attempts per interview, newest first, with the trend of ratings.

use super::rating_chip::RatingChip;
use crate::core::interview::rating::Rating;
use crate::core::interview::session::Status;
use crate::core::interview::signals::clock_label;
use crate::ui::route::Route;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// "improving", "declining" or "steady", comparing the last rating with the first.
fn trend(ratings: &[u8]) -> &'static str {
    match (ratings.first(), ratings.last()) {
        (Some(first), Some(last)) if ratings.len() > 1 && last > first => "↗ improving",
        (Some(first), Some(last)) if ratings.len() > 1 && last < first => "↘ declining",
        _ if ratings.len() > 1 => "→ steady",
        _ => "",
    }
}

/// The history screen.
#[component]
pub fn History() -> impl IntoView {
    let state = expect_context::<AppState>();
    let catalogue = untrack(|| state.catalogue());
    view! {
        <section class="panel">
            <a href="#/interviews" class="back-link">"← Interviews"</a>
            <h1>"Interview history"</h1>
            {move || state.attempts().with(|a| a.is_empty()).then(|| view! {
                <p class="muted">"No attempts yet. " <a href="#/interviews">"Pick an interview"</a></p>
            })}
        </section>
        {move || state.attempts().with(|attempts| catalogue.interviews().iter().filter_map(|interview| {
            let mine: Vec<_> = attempts.iter().filter(|a| a.interview_id == interview.id).cloned().collect();
            if mine.is_empty() {
                return None;
            }
            let ratings: Vec<u8> = mine.iter().filter_map(|a| a.rating).collect();
            Some(view! {
                <section class="panel history-item" data-testid=format!("history-{}", interview.id)>
                    <header class="phase-result-head">
                        <h2>{interview.title.clone()}</h2>
                        <span class="trend muted">{trend(&ratings)}</span>
                    </header>
                    <div class="spark" aria-hidden="true">
                        {ratings.iter().map(|r| view! { <span class=format!("spark-bar r{r}") style=format!("height:{}%", r * 25)></span> }).collect_view()}
                    </div>
                    <ol class="attempts" reversed>
                        {mine.iter().rev().map(|a| {
                            let date = js_sys::Date::new(&a.started_ms.into());
                            let when = format!("{} {}", String::from(date.to_locale_date_string("en-GB", &Default::default())), String::from(date.to_locale_time_string("en-GB")).chars().take(5).collect::<String>());
                            let took = clock_label(a.total_elapsed(a.finished_ms.unwrap_or_else(js_sys::Date::now)));
                            view! {
                                <li>
                                    <a href=Route::Attempt(a.id.clone()).href()>{when}</a>
                                    <span class="muted small">{took}</span>
                                    {match (a.status, a.rating) {
                                        (Status::Done, Some(r)) => view! { <RatingChip rating=Rating::from_number(r)/> }.into_any(),
                                        _ => view! { <span class="muted small">"in progress"</span> }.into_any(),
                                    }}
                                </li>
                            }
                        }).collect_view()}
                    </ol>
                </section>
            })
        }).collect_view())}
    }
}
