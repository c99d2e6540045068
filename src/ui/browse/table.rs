//! The browser's table (`#/browse`): the query's page — search box, filter and sort menus,
//! Previous / Next — with a checkbox per row and the actions on the checked ones, drawn at once
//! from the card states and marks while the whole log is read for lapses and last reviews (one
//! replay). The query outlives the screen (back from a card, it is as it was).

use super::actions::{MarkActions, Notice, NoticeLine};
use super::words::{self, SORTS, STATES};
use crate::core::content::browse::{tags, Collection, Page, Query, Row};
use crate::core::srs::card_figures::{card_figures, Figures};
use crate::core::srs::interval_label::interval_label;
use crate::core::srs::study_day::StudyDay;
use crate::core::text::decimal::grouped;
use crate::ui::route::Route;
use crate::ui::state::AppState;
use leptos::prelude::*;
use std::cell::RefCell;
use std::sync::Arc;

thread_local! {
    /// The query last shown, and a notice for the next time the table shows (a deleted card's).
    static KEPT: RefCell<(Query, Option<String>)> = RefCell::default();
}

/// Says `notice` the next time the table shows (after leaving a card's page).
pub fn notice_next(notice: String) {
    KEPT.with_borrow_mut(|(_, kept)| *kept = Some(notice));
}

/// One row as the table shows it (owned, so a page can be a memo).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct RowView {
    id: String,
    front: String,
    topic: String,
    due: String,
    interval: String,
    ease: String,
    lapses: String,
    last_review: String,
    marks: String,
}

impl RowView {
    /// The row; its lapses and last review as "…" while the log's figures are not `known`.
    fn of(row: &Row, today: StudyDay, known: bool) -> RowView {
        let figure = |shown: String| if known { shown } else { "…".into() };
        let state = row.state;
        let due = state.map_or("New".into(), |s| words::day(s.due));
        RowView {
            id: row.card.id().to_string(),
            front: row.front_excerpt.clone(),
            topic: row.topic.name.clone(),
            due,
            interval: state.map_or(String::new(), |s| interval_label(s.interval)),
            ease: state.map_or(String::new(), |s| words::ease(s.ef100)),
            lapses: figure(row.figures.lapses.to_string()),
            last_review: figure(row.figures.last_review.map_or("—".into(), words::day)),
            marks: words::marks(row.marks, today),
        }
    }
}

/// A page as the table shows it.
#[derive(Debug, Clone, PartialEq, Default)]
struct PageView {
    rows: Vec<RowView>,
    total: usize,
    first: usize,
    page: usize,
    pages: usize,
}

impl PageView {
    fn of(page: &Page, today: StudyDay, known: bool) -> PageView {
        PageView {
            rows: page
                .rows
                .iter()
                .map(|r| RowView::of(r, today, known))
                .collect(),
            total: page.total,
            first: page.first(),
            page: page.page,
            pages: page.pages(),
        }
    }

    /// "Showing 1–50 of 1,204" (or that nothing matches).
    fn showing(&self) -> String {
        if self.total == 0 {
            return "No card matches.".into();
        }
        let last = self.first + self.rows.len();
        let (from, to) = (grouped(self.first as u64 + 1), grouped(last as u64));
        format!("Showing {from}–{to} of {}", grouped(self.total as u64))
    }
}

/// The log's figures per card: `None` while the whole log is read, then what it says or why
/// it could not be read.
type LogFigures = RwSignal<Option<Result<Arc<Figures>, String>>>;

/// The table screen: drawn at once from the card states and marks; lapses and last reviews
/// follow once the whole log is read.
#[component]
pub fn BrowseScreen() -> impl IntoView {
    let state = expect_context::<AppState>();
    let figures: LogFigures = RwSignal::new(None);
    leptos::task::spawn_local(async move {
        let read = state.full_log().await.map_err(|e| e.to_string());
        figures.set(Some(read.map(|log| Arc::new(card_figures(&log)))));
    });
    table(state, figures)
}

/// What the table says of the log's figures while they are not in.
fn figures_status(figures: LogFigures) -> impl IntoView {
    move || {
        match figures.get() {
        None => Some(view! { <p class="muted small" aria-busy="true">"Reading your reviews for lapses and last reviews…"</p> }.into_any()),
        Some(Err(e)) => Some(view! { <p class="error" role="alert">{format!("Lapses and last reviews could not be read: {e}")}</p> }.into_any()),
        Some(Ok(_)) => None,
    }
    }
}

/// The page `query` asks for, as the table shows it (follows the catalogue, the day, the card
/// states, the marks and the log's figures).
fn page_of(state: AppState, figures: LogFigures, query: RwSignal<Query>) -> Memo<PageView> {
    Memo::new(move |_| {
        let catalogue = state.catalogue();
        let today = state.today().get();
        let marks = state.marks();
        let none_yet = Figures::default();
        figures.with(|read| {
            let known = read.as_ref().and_then(|r| r.as_deref().ok());
            query.with(|q| {
                state.data().with(|d| {
                    marks.with(|marks| {
                        let collection = Collection {
                            catalogue: &catalogue,
                            states: &d.states,
                            figures: known.unwrap_or(&none_yet),
                            marks,
                            today,
                        };
                        PageView::of(&collection.run(q), today, known.is_some())
                    })
                })
            })
        })
    })
}

/// The controls, the table and the actions.
fn table(state: AppState, figures: LogFigures) -> impl IntoView {
    let (kept, flash) = KEPT.with_borrow_mut(|(query, flash)| (query.clone(), flash.take()));
    let query = RwSignal::new(kept);
    let notice: Notice = RwSignal::new(flash);
    let selected = RwSignal::new(Vec::<String>::new());
    let page = page_of(state, figures, query);
    Effect::new(move |_| {
        query.with(|q| KEPT.with_borrow_mut(|(kept, _)| kept.clone_from(q)));
        page.track();
        crate::ui::perf::mark(crate::ui::perf::BROWSE_READY);
    });
    let page_ids = move || page.with(|p| p.rows.iter().map(|r| r.id.clone()).collect::<Vec<_>>());
    let all_checked = move || {
        let ids = page_ids();
        !ids.is_empty() && selected.with(|s| ids.iter().all(|id| s.contains(id)))
    };
    let check_all = move |_| {
        let (ids, all) = (page_ids(), all_checked());
        selected.update(|s| {
            s.retain(|id| !ids.contains(id));
            if !all {
                s.extend(ids);
            }
        });
    };
    view! {
        <section class="panel browse" aria-labelledby="browse-title">
            <h1 id="browse-title">"Browse cards"</h1>
            {controls(state, query)}
            <p class="browse-showing" data-testid="browse-showing" aria-live="polite">{move || page.with(PageView::showing)}</p>
            {figures_status(figures)}
            <div class="browse-selection">
                <span data-testid="browse-selected">{move || format!("{} selected", grouped(selected.with(Vec::len) as u64))}</span>
                <MarkActions ids=Signal::derive(move || selected.get()) notice/>
            </div>
            <NoticeLine notice/>
            <div class="scroll-x" tabindex="0" role="region" aria-label="Cards">
                <table class="browse-table" data-testid="browse-table">
                    <thead><tr>
                        <th scope="col"><input type="checkbox" aria-label="Select all on this page" data-testid="select-page" prop:checked=all_checked on:change=check_all/></th>
                        <th scope="col">"Card"</th><th scope="col">"Topic"</th><th scope="col">"Due"</th>
                        <th scope="col">"Interval"</th><th scope="col">"Ease"</th><th scope="col">"Lapses"</th>
                        <th scope="col">"Last review"</th><th scope="col">"Marks"</th>
                    </tr></thead>
                    <tbody>
                        <For each=move || page.get().rows key=|r| r.clone() let:row>
                            {row_view(row, selected)}
                        </For>
                    </tbody>
                </table>
            </div>
            {pager(query, page)}
        </section>
    }
}

/// One row with its checkbox.
fn row_view(row: RowView, selected: RwSignal<Vec<String>>) -> impl IntoView {
    let id = StoredValue::new(row.id.clone());
    let checked = move || selected.with(|s| id.with_value(|id| s.contains(id)));
    let toggle = move |_| {
        let id = id.get_value();
        selected.update(|s| match s.iter().position(|x| *x == id) {
            Some(at) => drop(s.remove(at)),
            None => s.push(id),
        });
    };
    let href = Route::BrowseCard(row.id.clone()).href();
    view! {
        <tr data-card=row.id.clone()>
            <td><input type="checkbox" aria-label=format!("Select: {}", row.front) prop:checked=checked on:change=toggle/></td>
            <td class="browse-front"><a href=href>{row.front}</a></td>
            <td class="browse-wrap">{row.topic}</td><td>{row.due}</td><td>{row.interval}</td><td>{row.ease}</td>
            <td>{row.lapses}</td><td>{row.last_review}</td><td class="browse-wrap">{row.marks}</td>
        </tr>
    }
}

/// Sets the query with `change` and goes back to its first page.
fn change(query: RwSignal<Query>, change: impl FnOnce(&mut Query)) {
    query.update(|q| {
        change(q);
        q.page = 0;
    });
}

/// The search box and the filter and sort menus.
fn controls(state: AppState, query: RwSignal<Query>) -> impl IntoView {
    let catalogue = untrack(|| state.catalogue());
    let sections: Vec<(usize, String)> = catalogue
        .sections()
        .iter()
        .map(|s| s.name.clone())
        .enumerate()
        .collect();
    let topics = catalogue.sections().iter().enumerate().flat_map(|(i, s)| {
        s.topics
            .iter()
            .map(move |t| (i, t.slug.clone(), t.name.clone()))
    });
    let topics: Vec<(usize, String, String)> = topics.collect();
    let tags: Vec<String> = tags(&catalogue).into_iter().map(String::from).collect();
    let index_of = |v: String| v.parse::<usize>().ok();
    view! {
        <div class="browse-controls">
            <label class="field">"Search"
                <input type="search" data-testid="browse-search" prop:value=move || query.with(|q| q.text.clone())
                    on:input=move |ev| change(query, |q| q.text = event_target_value(&ev))/>
            </label>
            <label class="field">"Section"
                <select data-testid="browse-section" prop:value=move || query.with(|q| q.section.map_or(String::new(), |s| s.to_string()))
                    on:change=move |ev| change(query, |q| { q.section = index_of(event_target_value(&ev)); q.topic = None; })>
                    <option value="">"All sections"</option>
                    {sections.into_iter().map(|(i, name)| view! { <option value=i.to_string()>{name}</option> }).collect_view()}
                </select>
            </label>
            <label class="field">"Topic"
                <select data-testid="browse-topic" prop:value=move || query.with(|q| q.topic.clone().unwrap_or_default())
                    on:change=move |ev| change(query, |q| q.topic = Some(event_target_value(&ev)).filter(|t| !t.is_empty()))>
                    <option value="">"All topics"</option>
                    {move || {
                        let section = query.with(|q| q.section);
                        let shown = topics.iter().filter(|(s, _, _)| section.is_none_or(|x| x == *s));
                        shown.map(|(_, slug, name)| view! { <option value=slug.clone()>{name.clone()}</option> }).collect_view()
                    }}
                </select>
            </label>
            <label class="field">"Tag"
                <select data-testid="browse-tag" prop:value=move || query.with(|q| q.tag.clone().unwrap_or_default())
                    on:change=move |ev| change(query, |q| q.tag = Some(event_target_value(&ev)).filter(|t| !t.is_empty()))>
                    <option value="">"All tags"</option>
                    {tags.into_iter().map(|t| view! { <option value=t.clone()>{t.clone()}</option> }).collect_view()}
                </select>
            </label>
            {order_menus(query)}
        </div>
    }
}

/// The state filter's, the sort's and the order's menus.
fn order_menus(query: RwSignal<Query>) -> impl IntoView {
    let index_of = |v: String| v.parse::<usize>().ok();
    view! {
            <label class="field">"State"
                <select data-testid="browse-state" prop:value=move || query.with(|q| STATES.iter().position(|(_, s)| *s == q.state).unwrap_or(0).to_string())
                    on:change=move |ev| change(query, |q| q.state = index_of(event_target_value(&ev)).and_then(|i| STATES.get(i)).map_or_else(Default::default, |(_, s)| *s))>
                    {STATES.iter().enumerate().map(|(i, (label, _))| view! { <option value=i.to_string()>{*label}</option> }).collect_view()}
                </select>
            </label>
            <label class="field">"Sort by"
                <select data-testid="browse-sort" prop:value=move || query.with(|q| SORTS.iter().position(|(_, s)| *s == q.sort).unwrap_or(0).to_string())
                    on:change=move |ev| change(query, |q| q.sort = index_of(event_target_value(&ev)).and_then(|i| SORTS.get(i)).map_or_else(Default::default, |(_, s)| *s))>
                    {SORTS.iter().enumerate().map(|(i, (label, _))| view! { <option value=i.to_string()>{*label}</option> }).collect_view()}
                </select>
            </label>
            <label class="field">"Order"
                <select data-testid="browse-order" prop:value=move || if query.with(|q| q.descending) { "desc" } else { "asc" }
                    on:change=move |ev| change(query, |q| q.descending = event_target_value(&ev) == "desc")>
                    <option value="asc">"Ascending"</option>
                    <option value="desc">"Descending"</option>
                </select>
            </label>
    }
}

/// Previous / Next and where the page is.
fn pager(query: RwSignal<Query>, page: Memo<PageView>) -> impl IntoView {
    let go = move |to: usize| query.update(|q| q.page = to);
    view! {
        <nav class="browse-pager" aria-label="Pages">
            <button type="button" data-testid="browse-previous" disabled=move || page.with(|p| p.page == 0)
                on:click=move |_| go(page.with(|p| p.page.saturating_sub(1)))>"Previous"</button>
            <span>{move || page.with(|p| format!("Page {} of {}", p.page + 1, p.pages))}</span>
            <button type="button" data-testid="browse-next" disabled=move || page.with(|p| p.page + 1 >= p.pages)
                on:click=move |_| go(page.with(|p| p.page + 1))>"Next"</button>
        </nav>
    }
}
