//! One card in the browser (`#/browse/<card id>`): its text, schedule (due, interval, ease,
//! repetitions, lapses), marks and full history, read from the card's own events (again after
//! every write), and the actions on it; your own cards also have Edit and Delete.

use super::actions::{MarkActions, Notice, NoticeLine};
use super::table::notice_next;
use super::words;
use crate::core::srs::card_history::card_history;
use crate::core::srs::event::Event;
use crate::core::srs::interval_label::interval_label;
use crate::core::srs::marks::lapses;
use crate::core::srs::own::is_own_card_id;
use crate::ui::route::{go, Route};
use crate::ui::state::AppState;
use leptos::prelude::*;

/// The card `card_id`'s page, or that there is no such card.
#[component]
pub fn CardScreen(
    /// The card's id.
    card_id: String,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let found = untrack(|| state.catalogue())
        .card(&card_id)
        .map(|(topic, card)| {
            (
                topic.name.clone(),
                card.front().to_string(),
                card.back().to_string(),
            )
        });
    let back = view! { <a href=Route::Browse.href() class="back-link">"← All cards"</a> };
    let Some((topic, front, back_text)) = found else {
        return view! { <section class="panel">{back}<p>"No such card: it may have been deleted."</p></section> }.into_any();
    };
    let log = RwSignal::new(None::<Result<Vec<Event>, String>>);
    let id = StoredValue::new(card_id.clone());
    // read again after every write (a mark, an undo, a grade in this tab)
    Effect::new(move |_| {
        let _ = state.revision().get();
        leptos::task::spawn_local(async move {
            let read = state.card_log(id.get_value()).await;
            log.set(Some(read.map_err(|e| e.to_string())));
        });
    });
    let notice: Notice = RwSignal::new(None);
    let ids = Signal::derive(move || vec![id.get_value()]);
    view! {
        <section class="panel browse-card" aria-labelledby="card-title">
            {back}
            <h1 id="card-title">"Card"</h1>
            <p class="muted">{topic}</p>
            // the catalogue's card text is the safe renderer's output, as on every screen showing it
            <div class="md front" inner_html=front></div>
            <div class="md back" inner_html=back_text></div>
            <MarkActions ids notice/>
            {own_actions(state, card_id, notice)}
            <NoticeLine notice/>
        </section>
        <section class="panel"><h2>"Schedule"</h2>{schedule(state, id, log)}</section>
        <section class="panel"><h2>"History"</h2>{history(log)}</section>
    }
    .into_any()
}

/// Edit and Delete for the learner's own cards.
fn own_actions(state: AppState, card_id: String, notice: Notice) -> Option<impl IntoView> {
    let own = is_own_card_id(&card_id);
    let edit = Route::EditCard(card_id.clone()).href();
    let delete = move |_| {
        notice.set(Some("Saving…".into()));
        state.delete_card(card_id.clone(), |_| {
            notice_next("Card deleted. Its reviews stay in the log.".into());
            go(&Route::Browse);
        });
    };
    own.then(|| {
        view! {
            <p class="notice-actions">
                <a class="button" href=edit>"Edit"</a>
                <button type="button" class="danger" on:click=delete>"Delete card"</button>
            </p>
        }
    })
}

/// Due, interval, ease, repetitions, lapses and marks.
fn schedule(
    state: AppState,
    id: StoredValue<String>,
    log: RwSignal<Option<Result<Vec<Event>, String>>>,
) -> impl IntoView {
    let entries = move || {
        let today = state.today().get();
        let card_state = state
            .data()
            .with(|d| id.with_value(|id| d.states.get(id).copied()));
        let marks = state
            .marks()
            .with(|m| id.with_value(|id| m.get(id).copied()));
        let lapses = log.with(|l| match l {
            Some(Ok(events)) => lapses(events).to_string(),
            _ => "…".into(),
        });
        let marks = marks
            .map(|m| words::marks(m, today))
            .filter(|m| !m.is_empty());
        let (due, interval, ease, repetitions) = match card_state {
            Some(s) => (
                words::day(s.due),
                interval_label(s.interval),
                words::ease(s.ef100),
                s.repetitions.to_string(),
            ),
            None => (
                "New: not scheduled yet".into(),
                "—".into(),
                "—".into(),
                "0".into(),
            ),
        };
        let rows = [
            ("Due", due),
            ("Interval", interval),
            ("Ease", ease),
            ("Repetitions", repetitions),
            ("Lapses", lapses),
            ("Marks", marks.unwrap_or_else(|| "None".into())),
        ];
        rows.map(|(term, value)| view! { <div><dt>{term}</dt><dd>{value}</dd></div> })
            .collect_view()
    };
    view! { <dl class="stat-row" data-testid="card-schedule">{entries}</dl> }
}

/// The history as a table, oldest first.
fn history(log: RwSignal<Option<Result<Vec<Event>, String>>>) -> impl IntoView {
    move || {
        match log.get() {
        None => view! { <p class="loading" aria-busy="true">"Reading the card's history…"</p> }.into_any(),
        Some(Err(e)) => view! { <p class="error" role="alert">{format!("The history could not be read: {e}")}</p> }.into_any(),
        Some(Ok(events)) => {
            let lines = card_history(&events);
            if lines.is_empty() {
                return view! { <p class="muted" data-testid="card-history">"Never reviewed."</p> }.into_any();
            }
            view! {
                <div class="scroll-x" tabindex="0" role="region" aria-label="History">
                    <table class="stats-table" data-testid="card-history">
                        <thead><tr><th scope="col">"Day"</th><th scope="col">"What"</th><th scope="col">"Grade"</th><th scope="col">"Interval after"</th><th scope="col">"Ease after"</th></tr></thead>
                        <tbody>
                            {lines.iter().map(|line| {
                                let [what, grade, interval, ease] = words::history_cells(line);
                                view! { <tr><td>{words::day(line.day)}</td><td>{what}</td><td>{grade}</td><td>{interval}</td><td>{ease}</td></tr> }
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
            }.into_any()
        }
    }
    }
}
