//! The offline indicator: a notice under the header while the browser has no network.

use leptos::prelude::*;

/// Says "Offline" while `navigator.onLine` is false, following the `online`/`offline` events.
#[component]
pub fn OfflineIndicator() -> impl IntoView {
    let online = RwSignal::new(window().navigator().on_line());
    let went_online = window_event_listener(leptos::ev::online, move |_| online.set(true));
    let went_offline = window_event_listener(leptos::ev::offline, move |_| online.set(false));
    on_cleanup(move || {
        went_online.remove();
        went_offline.remove();
    });
    view! {
        <div class="pwa-status" role="status">
            {move || (!online.get()).then(|| view! {
                <p class="offline-indicator" data-testid="offline-indicator">
                    <span class="offline-dot" aria-hidden="true"></span>
                    <strong>"Offline."</strong>
                    " Everything keeps working and your progress is saved on this device."
                </p>
            })}
        </div>
    }
}
