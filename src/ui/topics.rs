//! The Topics screen: search over every card, and sections → topics with their progress.

use super::progress_bar::ProgressBar;
use super::route::Route;
use super::state::AppState;
use crate::core::catalogue::sections;
use crate::core::progress::Progress;
use crate::core::search::search;
use leptos::prelude::*;

/// Results shown for one search at most.
const MAX_RESULTS: usize = 50;

/// Search box and the curriculum browser.
#[component]
pub fn Topics() -> impl IntoView {
    let state = expect_context::<AppState>();
    let query = RwSignal::new(String::new());
    let results = Memo::new(move |_| query.with(|q| search(q, MAX_RESULTS + 1)));
    view! {
        <section class="panel search" aria-labelledby="search-title">
            <h1 id="search-title">"Topics"</h1>
            <input type="search" class="search-box" placeholder="Search cards: fronts, backs, tags…"
                   aria-label="Search cards" bind:value=query/>
            {move || (!query.with(|q| q.trim().is_empty())).then(|| {
                let found = results.get();
                let more = found.len() > MAX_RESULTS;
                view! {
                    <p class="muted small" data-testid="search-count">
                        {match found.len() {
                            _ if more => format!("{MAX_RESULTS}+ cards"),
                            1 => "1 card".to_string(),
                            n => format!("{n} cards"),
                        }}
                    </p>
                    <ul class="results" data-testid="search-results">
                        {found.into_iter().take(MAX_RESULTS).map(|(topic, card)| view! {
                            <li>
                                <a class="small" href=Route::Topic(topic.slug.into()).href()>{topic.name}</a>
                                <details>
                                    <summary>
                                        <span class="md" inner_html=card.front></span>
                                    </summary>
                                    <div class="md back" inner_html=card.back></div>
                                </details>
                            </li>
                        }).collect_view()}
                    </ul>
                }
            })}
        </section>
        {sections().iter().map(|section| view! {
            <article class="panel section">
                <h2>{section.name}</h2>
                <p class="muted">{section.summary}</p>
                <ul class="topic-list">
                    {section.topics.iter().map(|topic| {
                        let progress = Memo::new(move |_| state.data.with(|d| Progress::of(topic.cards, &d.states)));
                        view! {
                            <li>
                                <a href=Route::Topic(topic.slug.into()).href()>
                                    <span class="topic-name">{topic.name}</span>
                                    <span class="muted small">{topic.summary}</span>
                                </a>
                                <span class="small muted">{topic.cards.len()} " cards"</span>
                                <ProgressBar progress/>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </article>
        }).collect_view()}
    }
}
