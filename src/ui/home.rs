//! Home: today's counts overall, per section and per topic, what the review limit holds
//! back, and where to start. The counts
//! come first; the curriculum (hundreds of rows in a large collection) and the settings below
//! it are built right after they are painted, and the notices about the learner's data
//! (their code in the lazily loaded "Your data" piece) then too.

use super::counts_badge::CountsBadge;
use super::history::History;
use super::hooks::use_after_paint::use_after_paint;
use super::interviews::resume_banner::ResumeBanner;
use super::route::Route;
use super::settings_panel::SettingsPanel;
use super::state::AppState;
use super::your_data_lazy::{LazyPart, Part, RestoreAsked};
use crate::core::content::catalogue::Scope;
use crate::core::content::own::OWN_SECTION;
use crate::core::srs::limits::waiting_note;
use crate::core::srs::queue::CurriculumCounts;
use crate::core::text::decimal::counted;
use leptos::prelude::*;

/// The home screen.
#[component]
pub fn Home() -> impl IntoView {
    let state = expect_context::<AppState>();
    // the eviction notice asks "Your data" (loaded with Settings) to open the file picker
    provide_context(RestoreAsked(RwSignal::new(false)));
    let counts = Memo::new(move |_| state.curriculum_counts());
    let total = Memo::new(move |_| counts.with(|c| c.total));
    let painted = use_after_paint();
    let catalogue = untrack(|| state.catalogue());
    let sections = catalogue.sections();
    let card_total: usize = sections
        .iter()
        .flat_map(|s| &s.topics)
        .map(|t| t.cards.len())
        .sum();
    let section_total = sections.len();
    Effect::new(|_| super::perf::mark(super::perf::HOME_READY));
    view! {
        <LazyPart part=Part::Notices open=painted/>
        <ResumeBanner/>
        <section class="panel today" aria-labelledby="today-title">
            <h1 id="today-title">"Today"</h1>
            <dl class="today-counts" data-testid="today-counts">
                <div class="due"><dt>"Due"</dt><dd data-testid="count-due">{move || total.get().due}</dd></div>
                <div class="new"><dt>"New"</dt><dd data-testid="count-new">{move || total.get().new}</dd></div>
                <div class="drill"><dt>"Re-drill"</dt><dd data-testid="count-drill">{move || total.get().drill}</dd></div>
            </dl>
            {move || if total.get().total() > 0 {
                view! { <a class="button primary" href=Route::Review(Scope::All).href()>"Start review"</a> }.into_any()
            } else {
                view! { <p class="done">"All done for today. New cards arrive tomorrow."</p> }.into_any()
            }}
            {move || {
                let waiting = counts.with(|c| c.due_waiting);
                let limit = state.settings().with(|s| s.review_per_day);
                waiting_note(waiting, limit).map(|note| view! { <p class="waiting" data-testid="due-waiting">{note}</p> })
            }}
            <p class="muted">{section_total} " sections · " {card_total} " cards"</p>
        </section>
        <History/>
        {move || painted.get().then(|| view! {
            // built again when own decks change (another tab made or undid one)
            {move || { let _ = state.catalogue(); view! { <Curriculum counts/> } }}
            <SettingsPanel/>
        })}
    }
}

/// Under the section of own decks: a link to make one, and what it holds when empty.
pub fn own_decks_line(empty: bool) -> impl IntoView {
    view! {
        <p class="own-decks muted small">
            {empty.then_some("Decks you make, and cards you import from Anki (Settings → Your data), show here. ")}
            <a class="button" href=Route::NewDeck.href() data-testid="new-deck">"New deck"</a>
        </p>
    }
}

/// Every section and topic with today's counts and a link to study it.
#[component]
fn Curriculum(counts: Memo<CurriculumCounts>) -> impl IntoView {
    let catalogue = untrack(|| expect_context::<AppState>().catalogue());
    view! {
        <section class="curriculum" aria-label="Curriculum">
            {catalogue.sections().iter().enumerate().map(|(i, section)| {
                let section_counts = Memo::new(move |_| counts.with(|c| c.sections.get(i).copied().unwrap_or_default()));
                view! {
                    <article class="panel section">
                        <header>
                            <div>
                                <h2>{section.name.clone()}</h2>
                                <p class="muted">{section.summary.clone()}</p>
                            </div>
                            <CountsBadge counts=section_counts/>
                            <a class="button" href=Route::Review(Scope::Section(i)).href()
                               aria-label=format!("Study section {}", section.name)>"Study"</a>
                        </header>
                        {(section.name == OWN_SECTION).then(|| own_decks_line(section.topics.is_empty()))}
                        <ul class="topics">
                            {section.topics.iter().enumerate().map(|(j, topic)| {
                                let href = Route::Review(Scope::Topic(topic.slug.clone())).href();
                                // a deck undone in another tab leaves fewer topics until Home is built again
                                let topic_counts = Memo::new(move |_| counts.with(|c| c.topics.get(i).and_then(|t| t.get(j)).copied().unwrap_or_default()));
                                view! {
                                    <li>
                                        <a href=href>
                                            <span class="topic-name">{topic.name.clone()}</span>
                                            <span class="muted small">{counted(topic.cards.len(), "card", "cards")}</span>
                                        </a>
                                        <CountsBadge counts=topic_counts/>
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    </article>
                }
            }).collect_view()}
        </section>
    }
}
