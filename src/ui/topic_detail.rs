//! One topic (a curriculum topic or an own deck): its summary, progress, every card (front and
//! back), a review of just it, and adding a card of your own to it; your own cards have an Edit
//! link, your own decks a Rename one.

use super::counts_badge::CountsBadge;
use super::progress_bar::ProgressBar;
use super::route::Route;
use super::state::AppState;
use crate::core::content::catalogue::Scope;
use crate::core::content::progress::Progress;
use crate::core::srs::own::{is_deck_id, is_own_card_id};
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
    let add_card = Route::NewCard(topic.slug.clone()).href();
    let rename = is_deck_id(&topic.slug).then(|| Route::RenameDeck(topic.slug.clone()).href());
    let empty = topic.cards.is_empty();
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
                {(!empty).then(|| view! { <a class="button primary" href=review>"Review this topic"</a> })}
                <a class="button" href=add_card data-testid="add-card">"Add a card"</a>
                {rename.map(|href| view! { <a class="button" href=href>"Rename deck"</a> })}
                <CountsBadge counts/>
            </p>
            {empty.then(|| view! { <p class="muted">"No cards yet: add one, or import cards from Anki in Settings → Your data."</p> })}
        </section>
        <ol class="card-list" data-testid="topic-cards">
            {topic.cards.into_iter().map(|card| {
                let tags = card.tags().map(|t| format!("#{t}")).collect::<Vec<_>>().join(" ");
                let edit = is_own_card_id(card.id()).then(|| Route::EditCard(card.id().to_string()).href());
                view! {
                <li class="panel">
                    <div class="md front" inner_html=card.front()></div>
                    <div class="md back" inner_html=card.back()></div>
                    {(!tags.is_empty()).then(|| view! { <p class="tags small muted">{tags}</p> })}
                    {edit.map(|href| view! { <p class="card-mine small"><span class="muted">"Your card · "</span><a href=href>"Edit"</a></p> })}
                </li>
            }}).collect_view()}
        </ol>
    }
    .into_any()
}
