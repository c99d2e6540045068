//! One topic: its summary, progress, every card (front and back), and a review of just it.

use super::counts_badge::CountsBadge;
use super::progress_bar::ProgressBar;
use super::route::Route;
use super::state::AppState;
use crate::core::content::catalogue::Scope;
use crate::core::content::progress::Progress;
use leptos::prelude::*;

/// The topic with slug `slug`, or a not-found message.
#[component]
pub fn TopicDetail(
    /// The topic's slug.
    slug: String,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let scope = Scope::Topic(slug);
    let topic = scope.topics(&untrack(|| state.catalogue())).next().cloned();
    let Some(topic) = topic else {
        return view! { <p class="panel">"No such topic. " <a href="#/topics">"All topics"</a></p> }.into_any();
    };
    let review = Route::Review(scope.clone()).href();
    let counts = Memo::new(move |_| state.counts(&scope));
    let cards = topic.cards.clone();
    let progress = Memo::new(move |_| state.data().with(|d| Progress::of(&cards, &d.states)));
    view! {
        <section class="panel topic-head">
            <a href="#/topics" class="back-link">"← Topics"</a>
            <h1>{topic.name}</h1>
            <p class="muted">{topic.summary}</p>
            <ProgressBar progress/>
            <p class="topic-actions">
                <a class="button primary" href=review>"Review this topic"</a>
                <CountsBadge counts/>
            </p>
        </section>
        <ol class="card-list" data-testid="topic-cards">
            {topic.cards.into_iter().map(|card| {
                let tags = card.tags().map(|t| format!("#{t}")).collect::<Vec<_>>().join(" ");
                view! {
                <li class="panel">
                    <div class="md front" inner_html=card.front()></div>
                    <div class="md back" inner_html=card.back()></div>
                    {(!tags.is_empty()).then(|| view! { <p class="tags small muted">{tags}</p> })}
                </li>
            }}).collect_view()}
        </ol>
    }
    .into_any()
}
