//! Settings: new cards per day and the hour a study day starts; this device's storage; your
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
    let new_per_day = RwSignal::new(state.settings().get_untracked().new_per_day.to_string());
    let hour = RwSignal::new(state.settings().get_untracked().day_start_hour.to_string());
    let invalid = RwSignal::new(None::<&'static str>);
    let open = RwSignal::new(false);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let parsed = match (new_per_day.get().trim().parse(), hour.get().trim().parse()) {
            (Ok(new_per_day), Ok(day_start_hour)) => Some(Settings {
                new_per_day,
                day_start_hour,
            }),
            _ => None,
        };
        match parsed.filter(Settings::is_valid) {
            Some(settings) => {
                invalid.set(None);
                state.save_settings(settings);
            }
            None => invalid.set(Some(
                "New cards per day must be 0–999 and the day start hour 0–23.",
            )),
        }
    };
    view! {
        <details class="panel settings" on:toggle=move |ev| open.set(event_target::<web_sys::HtmlDetailsElement>(&ev).open())>
            <summary>"Settings"</summary>
            <form on:submit=submit>
                <label>
                    "New cards per day"
                    <input type="number" min="0" max="999" inputmode="numeric" bind:value=new_per_day/>
                </label>
                <label>
                    "Study day starts at (hour, local time)"
                    <input type="number" min="0" max="23" inputmode="numeric" bind:value=hour/>
                </label>
                <button type="submit">"Save"</button>
                {move || invalid.get().map(|m| view! { <p class="error" role="alert">{m}</p> })}
            </form>
            <StorageStatus/>
            <LazyPart part=Part::YourData open/>
        </details>
    }
}
