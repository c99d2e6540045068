//! Settings: new cards and due reviews per day, the hour a study day starts and the leech
//! threshold; this device's storage; your
//! data (backups).

use super::pwa::storage_status::StorageStatus;
use super::state::AppState;
use super::your_data_lazy::{LazyPart, Part};
use crate::store::Settings;
use leptos::prelude::*;

/// A small form that stores the settings on submit.
#[component]
pub fn SettingsPanel() -> impl IntoView {
    let state = expect_context::<AppState>();
    let stored = state.settings().get_untracked();
    let new_per_day = RwSignal::new(stored.new_per_day.to_string());
    let review_per_day = RwSignal::new(stored.review_per_day.to_string());
    let hour = RwSignal::new(stored.day_start_hour.to_string());
    let leech = RwSignal::new(stored.leech_threshold.to_string());
    let invalid = RwSignal::new(None::<&'static str>);
    let open = RwSignal::new(false);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let number = |field: RwSignal<String>| field.get().trim().parse().ok();
        let fields = [new_per_day, review_per_day, hour, leech].map(number);
        let parsed = match fields {
            [Some(new_per_day), Some(review_per_day), Some(hour), Some(leech_threshold)] => {
                Some(Settings {
                    new_per_day,
                    review_per_day,
                    day_start_hour: u8::try_from(hour).unwrap_or(u8::MAX),
                    leech_threshold,
                })
            }
            _ => None,
        };
        match parsed.filter(Settings::is_valid) {
            Some(settings) => {
                invalid.set(None);
                state.save_settings(settings);
            }
            None => invalid.set(Some(Settings::RANGES)),
        }
    };
    view! {
        <details class="panel settings" on:toggle=move |ev| open.set(event_target::<web_sys::HtmlDetailsElement>(&ev).open())>
            <summary>"Settings"</summary>
            <form novalidate on:submit=submit>
                <label>
                    "New cards per day"
                    <input type="number" min="0" max="999" inputmode="numeric" bind:value=new_per_day/>
                </label>
                <label>
                    "Due reviews per day"
                    <input type="number" min="0" max="9999" inputmode="numeric" bind:value=review_per_day/>
                </label>
                <label>
                    "Study day starts at (hour, local time)"
                    <input type="number" min="0" max="23" inputmode="numeric" bind:value=hour/>
                </label>
                <label>
                    "Leech after this many lapses (0: never)"
                    <input type="number" min="0" max="99" inputmode="numeric" bind:value=leech/>
                </label>
                <button type="submit">"Save"</button>
                {move || invalid.get().map(|m| view! { <p class="error" role="alert">{format!("Not saved: {m}.")}</p> })}
            </form>
            <StorageStatus/>
            <LazyPart part=Part::YourData open/>
        </details>
    }
}
