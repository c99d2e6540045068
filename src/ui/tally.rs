//! The finished screen: the day's tally.

use super::state::AppState;
use crate::core::content::catalogue::Scope;
use crate::core::srs::limits::Limits;
use crate::core::srs::queue::build_queue;
use crate::core::srs::settings::Settings;
use crate::core::srs::tally::Tally;
use leptos::prelude::*;

/// "Done for now" with today's numbers and what comes tomorrow.
#[component]
pub fn DayTally() -> impl IntoView {
    let state = expect_context::<AppState>();
    let tally = Memo::new(move |_| {
        let today = state.today().get();
        state.data().with(|d| Tally::of(&d.day_reviews(today)))
    });
    let due_tomorrow = Memo::new(move |_| {
        let tomorrow = state.today().get().plus(1);
        let catalogue = state.catalogue();
        let ids = Scope::All.card_ids(&catalogue);
        // tomorrow's due reviews, as its review limit lets them in
        let limits = Limits {
            new_per_day: 0,
            ..state.settings().with(Settings::limits)
        };
        state.data().with(|d| {
            state
                .priority()
                .with(|p| build_queue(&ids, &d.states, &[], tomorrow, limits, p))
                .len()
        })
    });
    view! {
        <section class="panel finished" data-testid="finished" aria-labelledby="finished-title">
            <h2 id="finished-title">"Done for now"</h2>
            <dl class="tally">
                <div><dt>"Cards reviewed today"</dt><dd data-testid="tally-cards">{move || tally.get().cards}</dd></div>
                <div><dt>"Answers (with re-drills)"</dt><dd>{move || tally.get().answers}</dd></div>
                <div><dt>"Recalled on first try"</dt><dd>{move || tally.get().first_try_percent()} "%"</dd></div>
                <div><dt>"New cards learned"</dt><dd>{move || tally.get().introduced}</dd></div>
                <div><dt>"Due tomorrow"</dt><dd>{due_tomorrow}</dd></div>
            </dl>
            <ol class="grade-tally" aria-label="Answers by grade">
                {(0..6).map(|q| view! {
                    <li class=format!("g{q}")>
                        <span class="key">{q}</span>
                        <span class="n">{move || tally.get().by_grade[q]} "×"</span>
                    </li>
                }).collect_view()}
            </ol>
            <a class="button primary" href="#/">"Back to home"</a>
        </section>
    }
}
