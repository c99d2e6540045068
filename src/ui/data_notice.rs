//! Home's notices about the learner's data: the database this browser deleted (noticed through
//! what `data_marks` remembered), and a backup reminder after 50 reviews not in a backup, at
//! most once a week.

use super::clock;
use super::data_marks;
use super::state::AppState;
use super::your_data_lazy::{RestoreAsked, ReviewsCounted};
use crate::core::srs::study_day::StudyDay;
use crate::core::text::decimal::grouped;
use leptos::prelude::*;

/// Reviews not in a backup that bring the reminder.
const REMIND_AFTER: usize = 50;
/// How long "Not now" puts the reminder off.
const WEEK_MS: f64 = 7.0 * 86_400_000.0;

/// Opens Settings (its "Your data" section loads as it opens) and brings it into view.
fn open_settings() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Ok(Some(details)) = document.query_selector("details.settings") {
        let _ = details.set_attribute("open", "");
        details.scroll_into_view();
    }
}

/// Counts the reviews not in a backup (the stored reviews counted once a visit: see
/// [`ReviewsCounted`]) and shows the reminder when they are enough.
fn check_reminder(state: AppState, reminder: RwSignal<Option<usize>>) {
    let now = clock::now(0).at_ms;
    if data_marks::reminder_off().is_some_and(|at| now - at < WEEK_MS) {
        return;
    }
    let ReviewsCounted(counted) = expect_context::<ReviewsCounted>();
    let show = move |count: usize| {
        let since = count.saturating_sub(data_marks::last_export().map_or(0, |(_, r)| r));
        if since >= REMIND_AFTER {
            let _ = reminder.try_set(Some(since));
        }
    };
    if let Some(count) = counted.get_value() {
        return show(count);
    }
    leptos::task::spawn_local(async move {
        if let Ok(count) = state.review_count().await {
            counted.set_value(Some(count));
            show(count);
        }
    });
}

/// The eviction notice and the backup reminder.
#[component]
pub fn DataNotices() -> impl IntoView {
    let state = expect_context::<AppState>();
    let restore = expect_context::<RestoreAsked>();
    // read before this visit's progress is remembered below
    let empty = untrack(|| state.data().with(|d| d.states.is_empty()));
    let evicted = RwSignal::new(if empty { data_marks::held() } else { None });
    Effect::new(move |_| {
        let cards = state.data().with(|d| d.states.len());
        if cards > 0 {
            evicted.set(None); // restored, or studying afresh
        }
        if evicted.get_untracked().is_none() {
            data_marks::set_held(cards, state.today().get().0);
        }
    });
    let reminder = RwSignal::new(None::<usize>);
    check_reminder(state, reminder);
    let afresh = move |_| {
        data_marks::set_held(0, state.today().get_untracked().0);
        evicted.set(None);
    };
    let not_now = move |_| {
        data_marks::set_reminder_off(clock::now(0).at_ms);
        reminder.set(None);
    };
    view! {
        {move || evicted.get().map(|(cards, day)| view! {
            <section class="panel notice warning" role="alert" data-testid="eviction-notice">
                <h2>"This browser deleted archdrill's data"</h2>
                <p>"When archdrill last opened here, on " {StudyDay(day).date().to_string()} ", it held your progress on "
                   {grouped(cards as u64)} " cards. The browser has cleared it since: browsers do that to sites not visited for a while, or when site data is cleared."</p>
                <p>"Restore it from a backup file (Settings → Your data → Import backup…)."</p>
                <p class="notice-actions">
                    <button type="button" class="primary" on:click=move |_| { restore.0.set(true); open_settings() }>"Restore from a backup"</button>
                    <button type="button" on:click=afresh>"Start afresh"</button>
                </p>
            </section>
        })}
        {move || reminder.get().map(|n| view! {
            <section class="panel notice" aria-label="Backup reminder" data-testid="backup-reminder">
                <p>{grouped(n as u64)} " reviews are not in a backup yet. A backup file keeps them if this browser ever clears its data."</p>
                <p class="notice-actions">
                    <button type="button" class="primary" on:click=move |_| { reminder.set(None); open_settings() }>"Back up now"</button>
                    <button type="button" on:click=not_now>"Not now"</button>
                </p>
            </section>
        })}
    }
}
