//! "Reload to update": offered when a new build of the app is installed and waiting.

use super::service_worker::{register, WaitingUpdate};
use leptos::prelude::*;

/// Registers the service worker and, once a new build waits, offers to reload into it.
#[component]
pub fn UpdateBanner() -> impl IntoView {
    let update = RwSignal::new_local(None::<WaitingUpdate>);
    let applying = RwSignal::new(false);
    register(move |waiting| {
        let _ = update.try_set(Some(waiting));
    });
    view! {
        <div class="pwa-status" role="status">
            {move || update.get().map(|waiting| view! {
                <div class="update-banner" data-testid="update-banner">
                    <p>"A new version of archdrill is ready."</p>
                    <button class="primary" disabled=applying
                        on:click=move |_| { applying.set(true); waiting.apply(); }>
                        "Reload to update"
                    </button>
                </div>
            })}
        </div>
    }
}
