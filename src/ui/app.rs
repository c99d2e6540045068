//! The root component: opens IndexedDB, loads the learner's data, then shows the routed screen.

use super::card_text::{cannot_load_cards, loading, CardText};
use super::content_file::load_content;
use super::home::Home;
use super::hooks::use_day_rollover::{use_day_rollover, EVERY};
use super::hooks::use_lazy::{use_lazy, Lazy};
use super::interviews::lazy::{self, LoadFailed};
use super::pwa::{
    offline_indicator::OfflineIndicator, storage::Persistence, update_banner::UpdateBanner,
};
use super::review::Review;
use super::route::{use_route, Route};
use super::shortcuts::ShortcutsHelp;
use super::state::{AppState, OpeningStore};
use super::topic_detail::TopicDetail;
use super::topics::Topics;
use super::your_data_lazy::{LazyPart, Part};
use crate::store::indexed_db::{IdbStore, DB_NAME};
use crate::store::{earlier_reviews, load_startup, Settings, Startup, StoreError};
use futures::future::join;
use futures::future::FutureExt;
use leptos::prelude::*;
use std::rc::Rc;

/// Why the app could not start.
#[derive(Clone)]
enum StartError {
    /// IndexedDB failed.
    Storage(StoreError),
    /// The content file did not arrive or does not read.
    Content(String),
}

impl From<StoreError> for StartError {
    fn from(e: StoreError) -> Self {
        StartError::Storage(e)
    }
}

/// Opens the store and reads the learner's data while the content file is installed. On a
/// first visit (no database yet) nothing is read: the app starts at once and IndexedDB creates
/// the database once the first screen is up; the first write waits for it, and a failure shows
/// as a storage error. The history strip's counts of earlier days are read after the first
/// screen.
async fn open(db_name: &'static str) -> Result<AppState, StartError> {
    let content = load_content();
    let fresh = IdbStore::is_absent(db_name).await;
    let outdated = RwSignal::new(false);
    let opening: OpeningStore = IdbStore::open(db_name, move || outdated.set(true))
        .map(|r| r.map(Rc::new))
        .boxed_local()
        .shared();
    let read = async {
        if fresh {
            let today = super::clock::now(Settings::default().day_start_hour).day;
            return Ok(Startup::empty(today));
        }
        let store = opening.clone().await?;
        super::perf::mark(super::perf::DB_OPENED);
        load_startup(&*store, super::clock::today_of).await
    };
    let (catalogue, startup) = join(content, read).await;
    let startup = startup?;
    let catalogue = catalogue.map_err(StartError::Content)?;
    super::perf::mark(super::perf::DATA_LOADED);
    let today = startup.today;
    let state = AppState::new(opening.clone(), startup, catalogue, outdated);
    state.connect_tabs();
    // then the history strip's counts of earlier days, not needed for the first screen; on a
    // first visit there are none: only the database being created is awaited
    leptos::task::spawn_local(async move {
        let counts = match opening.await {
            Ok(_) if fresh => return super::perf::mark(super::perf::DB_OPENED),
            Ok(store) => earlier_reviews(&*store, today).await,
            Err(e) => Err(e),
        };
        match counts {
            Ok(counts) => state.set_earlier_reviews(counts),
            Err(e) => state.report(e),
        }
    });
    Ok(state)
}

/// The whole app, on the database `db_name` (tests pass their own).
#[component]
pub fn App(
    /// The IndexedDB database to use.
    #[prop(default = DB_NAME)]
    db_name: &'static str,
) -> impl IntoView {
    let loaded = RwSignal::new_local(None::<Result<AppState, StartError>>);
    leptos::task::spawn_local(async move { loaded.set(Some(open(db_name).await)) });
    move || match loaded.get() {
        None => loading("Loading your progress…").into_any(),
        Some(Err(StartError::Storage(e))) => view! {
            <div class="fatal" role="alert">
                <h1>"archdrill can't open its storage"</h1>
                <p>{e.to_string()}</p>
                <p>"Private browsing or blocked site data can cause this. Nothing was changed."</p>
            </div>
        }
        .into_any(),
        Some(Err(StartError::Content(reason))) => cannot_load_cards(reason).into_any(),
        Some(Ok(state)) => view! { <Shell state/> }.into_any(),
    }
}

/// Reloads the page (after another tab upgraded the database).
fn reload() {
    if let Some(window) = web_sys::window() {
        let _ = window.location().reload();
    }
}

/// Header, error banner and the screen for the current route.
#[component]
fn Shell(state: AppState) -> impl IntoView {
    provide_context(state);
    provide_context(super::your_data_lazy::ReviewsCounted(StoredValue::new(
        None,
    )));
    use_day_rollover(state, EVERY);
    Persistence::provide();
    CardText::provide(state);
    let route = use_route();
    // the keyboard shortcuts dialog is open: the screen behind is inert
    let help = RwSignal::new(false);
    let screens = use_lazy(lazy::load, lazy::ready());
    let stats = use_lazy(super::stats::lazy::load, None);
    let browse = use_lazy(super::browse::lazy::load, None);
    view! {
        <header class="topbar" inert=move || help.get()>
            <a class="brand" href="#/">"archdrill"</a>
            <nav class="mainnav" aria-label="Main">
                <a href="#/" aria-current=move || (route.get() == Route::Home).then_some("page")>"Today"</a>
                <a href="#/topics" aria-current=move || matches!(route.get(), Route::Topics | Route::Topic(_)).then_some("page")>"Topics"</a>
                <a href="#/interviews" aria-current=move || matches!(route.get(), Route::Interviews | Route::Attempt(_) | Route::History).then_some("page")>"Interviews"</a>
                <a href="#/stats" aria-current=move || (route.get() == Route::Stats).then_some("page")>"Stats"</a>
                <a href="#/browse" aria-current=move || matches!(route.get(), Route::Browse | Route::BrowseCard(_)).then_some("page")>"Browse"</a>
            </nav>
        </header>
        <OfflineIndicator/>
        <UpdateBanner/>
        {move || state.outdated().get().then(|| view! {
            <p class="error" role="alert">"archdrill was updated in another tab — "
                <button on:click=|_| reload()>"Reload"</button></p>
        })}
        {move || state.error().get().map(|e| view! {
            <p class="error" role="alert">{e}" "
                {state.can_retry().then(|| view! { <button on:click=move |_| state.retry()>"Retry"</button> })}</p>
        })}
        <main inert=move || help.get()>
            {move || match route.get() {
                Route::Home => view! { <Home/> }.into_any(),
                Route::Review(scope) => CardText::get().or_wait(|| view! { <Review scope/> }.into_any()),
                Route::Topics => CardText::get().or_wait(|| view! { <Topics/> }.into_any()),
                Route::Topic(slug) => CardText::get().or_wait(|| view! { <TopicDetail slug/> }.into_any()),
                route @ (Route::Interviews | Route::Attempt(_) | Route::History) => {
                    lazy_screen(screens, "the interview screens", |build| build(route))
                }
                Route::Stats => CardText::get().or_wait(|| lazy_screen(stats, "the statistics", |build| build())),
                Route::Browse => CardText::get().or_wait(|| lazy_screen(browse, "the card browser", |build| build(None))),
                Route::BrowseCard(id) => CardText::get().or_wait(|| lazy_screen(browse, "the card browser", |build| build(Some(id)))),
                Route::NewCard(deck) => editor(Part::NewCard(deck)),
                Route::EditCard(id) => editor(Part::EditCard(id)),
                Route::NewDeck => editor(Part::Deck(None)),
                Route::RenameDeck(id) => editor(Part::Deck(Some(id))),
            }}
        </main>
        <ShortcutsHelp route open=help/>
    }
}

/// An editor of own cards or decks, from the lazily loaded "Your data" piece, once the cards'
/// text is in (the deck picker names every topic).
fn editor(part: Part) -> AnyView {
    CardText::get().or_wait(|| view! { <LazyPart part open=true/> }.into_any())
}

/// The screen of a lazily loaded piece once it is in (`build` makes it from what the piece
/// gives), "Loading `what`…" while it arrives, or why it did not, with Retry.
fn lazy_screen<T, F>(
    lazy: Lazy<T, F>,
    what: &'static str,
    build: impl FnOnce(T) -> AnyView,
) -> AnyView
where
    T: Copy + Send + Sync + 'static,
    F: std::future::Future<Output = Result<T, LoadFailed>> + 'static,
{
    if let Some(built) = lazy.built() {
        return build(built);
    }
    if lazy.failed() {
        return view! {
            <div class="fatal" role="alert">
                <h1>{format!("archdrill can't load {what}")}</h1>
                <p>"Check the connection and try again; if archdrill was updated meanwhile, reload the page. Your progress is stored on this device and was not changed."</p>
                <button on:click=move |_| lazy.ask()>"Retry"</button>
            </div>
        }
        .into_any();
    }
    lazy.ask();
    view! { <p class="loading" aria-busy="true">{format!("Loading {what}…")}</p> }.into_any()
}
