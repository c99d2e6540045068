//! The Topics screen: search over every card, and sections → topics with their progress.

use super::home::own_decks_line;
use super::progress_bar::ProgressBar;
use super::route::Route;
use super::state::AppState;
use crate::core::content::own::OWN_SECTION;
use crate::core::content::progress::Progress;
use crate::core::content::search::search;
use crate::core::text::decimal::counted;
use leptos::prelude::*;

/// Results shown for one search at most.
const MAX_RESULTS: usize = 50;

/// Search box and the curriculum browser.
#[component]
pub fn Topics() -> impl IntoView {
    let state = expect_context::<AppState>();
    let query = RwSignal::new(String::new());
    let catalogue = untrack(|| state.catalogue());
    let found = catalogue.clone();
    // (topic slug, topic name, front, back) of each card found
    let results = Memo::new(move |_| {
        let cards = query.with(|q| search(&found, q, MAX_RESULTS + 1));
        let owned = cards.into_iter().map(|(t, c)| {
            (
                t.slug.clone(),
                t.name.clone(),
                c.front().to_string(),
                c.back().to_string(),
            )
        });
        owned.collect::<Vec<_>>()
    });
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
                        {found.into_iter().take(MAX_RESULTS).map(|(slug, name, front, back)| view! {
                            <li>
                                <a class="small" href=Route::Topic(slug).href()>{name}</a>
                                <details>
                                    <summary>
                                        <span class="md" inner_html=front></span>
                                    </summary>
                                    <div class="md back" inner_html=back></div>
                                </details>
                            </li>
                        }).collect_view()}
                    </ul>
                }
            })}
        </section>
        {catalogue.sections().iter().enumerate().map(|(i, section)| view! {
            <article class="panel section">
                <h2>{section.name.clone()}</h2>
                <p class="muted">{section.summary.clone()}</p>
                {(section.name == OWN_SECTION).then(|| own_decks_line(section.topics.is_empty()))}
                <ul class="topic-list">
                    {section.topics.iter().enumerate().map(|(j, topic)| {
                        let of = catalogue.clone();
                        let progress = Memo::new(move |_| {
                            let cards = &of.sections()[i].topics[j].cards;
                            state.data().with(|d| Progress::of(cards, &d.states))
                        });
                        view! {
                            <li>
                                <a href=Route::Topic(topic.slug.clone()).href()>
                                    <span class="topic-name">{topic.name.clone()}</span>
                                    <span class="muted small">{topic.summary.clone()}</span>
                                </a>
                                <span class="small muted">{counted(topic.cards.len(), "card", "cards")}</span>
                                <ProgressBar progress/>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </article>
        }).collect_view()}
    }
}
