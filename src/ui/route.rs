//! Hash routes (`#/`, `#/review`, `#/review/section/2`, `#/review/topic/caching`, `#/topics`,
//! `#/topics/caching`, `#/cards/new/caching`, `#/cards/own-…`, `#/decks/new`, `#/decks/deck-…`,
//! `#/stats`, `#/browse`, `#/browse/<card id>`, the interview routes): they work under any sub-path and survive a reload.

use crate::core::content::catalogue::Scope;
use leptos::prelude::*;

/// A screen of the app.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    /// Counts and the curriculum.
    Home,
    /// Reviewing the cards of a scope.
    Review(Scope),
    /// Search and the curriculum with progress.
    Topics,
    /// One topic's cards.
    Topic(String),
    /// The mock-interview picker.
    Interviews,
    /// One interview attempt (running or its results).
    Attempt(String),
    /// Past attempts and their ratings.
    History,
    /// A new own card, in the deck or topic with this slug.
    NewCard(String),
    /// Editing the own card with this id.
    EditCard(String),
    /// A new own deck.
    NewDeck,
    /// Renaming the own deck with this id.
    RenameDeck(String),
    /// Statistics.
    Stats,
    /// The card browser's table.
    Browse,
    /// One card in the browser, by id.
    BrowseCard(String),
}

impl Route {
    /// Parses a location hash.
    pub fn parse(hash: &str) -> Route {
        let path = hash.trim_start_matches('#').trim_start_matches('/');
        let parts: Vec<&str> = path.split('/').collect();
        match parts.as_slice() {
            ["review"] => Route::Review(Scope::All),
            ["review", "section", i] => i
                .parse()
                .map_or(Route::Home, |i| Route::Review(Scope::Section(i))),
            ["review", "topic", slug] => Route::Review(Scope::Topic((*slug).to_string())),
            ["topics"] => Route::Topics,
            ["topics", slug] => Route::Topic((*slug).to_string()),
            ["interviews"] => Route::Interviews,
            ["attempts", id] => Route::Attempt((*id).to_string()),
            ["history"] => Route::History,
            ["cards", "new", slug] => Route::NewCard((*slug).to_string()),
            ["cards", id] => Route::EditCard((*id).to_string()),
            ["decks", "new"] => Route::NewDeck,
            ["stats"] => Route::Stats,
            ["browse"] => Route::Browse,
            ["browse", id] => Route::BrowseCard((*id).to_string()),
            ["decks", id] => Route::RenameDeck((*id).to_string()),
            _ => Route::Home,
        }
    }

    /// The hash for this route.
    pub fn href(&self) -> String {
        match self {
            Route::Home => "#/".into(),
            Route::Review(Scope::All) => "#/review".into(),
            Route::Review(Scope::Section(i)) => format!("#/review/section/{i}"),
            Route::Review(Scope::Topic(slug)) => format!("#/review/topic/{slug}"),
            Route::Topics => "#/topics".into(),
            Route::Topic(slug) => format!("#/topics/{slug}"),
            Route::Interviews => "#/interviews".into(),
            Route::Attempt(id) => format!("#/attempts/{id}"),
            Route::History => "#/history".into(),
            Route::NewCard(slug) => format!("#/cards/new/{slug}"),
            Route::EditCard(id) => format!("#/cards/{id}"),
            Route::NewDeck => "#/decks/new".into(),
            Route::RenameDeck(id) => format!("#/decks/{id}"),
            Route::Stats => "#/stats".into(),
            Route::Browse => "#/browse".into(),
            Route::BrowseCard(id) => format!("#/browse/{id}"),
        }
    }
}

fn current_hash() -> String {
    window().location().hash().unwrap_or_default()
}

/// The current route as a signal that follows `hashchange`.
pub fn use_route() -> ReadSignal<Route> {
    let (route, set_route) = signal(Route::parse(&current_hash()));
    let handle = window_event_listener(leptos::ev::hashchange, move |_| {
        set_route.set(Route::parse(&current_hash()))
    });
    on_cleanup(move || handle.remove());
    route
}

/// Navigates to `route`.
pub fn go(route: &Route) {
    let _ = window().location().set_hash(&route.href());
}
