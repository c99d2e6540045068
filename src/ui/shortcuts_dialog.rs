//! The keyboard shortcuts dialog itself, a lazily loaded piece of the wasm (like
//! `stats::lazy`): fetched the first time `?` is pressed, precached by the service worker
//! afterwards. The button and the `?` key that open it stay in the shell (`shortcuts`).

use super::route::Route;
use crate::ui::interviews::lazy::LoadFailed;
use leptos::html::Button;
use leptos::prelude::*;

/// Builds the dialog of the route's shortcuts; `close` puts it away.
pub type Build = fn(ReadSignal<Route>, Callback<()>) -> AnyView;

/// Every screen's shortcuts.
const EVERYWHERE: [(&str, &str); 2] = [
    ("?", "Show this list"),
    ("Tab, Shift+Tab", "Move between controls"),
];

/// The shortcuts `route`'s screen has of its own: (keys, what they do).
fn shortcuts_of(route: &Route) -> &'static [(&'static str, &'static str)] {
    match route {
        Route::Review(_) => &[
            ("Space or Enter", "Show the answer"),
            ("0 – 5", "Grade the card, once its answer shows"),
            ("U", "Undo the newest grade of today"),
            ("Esc", "Back to Today"),
        ],
        Route::Stats => &[
            ("← →", "Heatmap: a week back or on"),
            ("↑ ↓", "Heatmap: a day back or on"),
            ("Home, End", "Heatmap: the first or the last day"),
        ],
        _ => &[],
    }
}

/// The modal dialog: focus on Close while it is open, Tab kept on it, Esc closes.
fn dialog(route: ReadSignal<Route>, close: Callback<()>) -> AnyView {
    let close_button = NodeRef::<Button>::new();
    Effect::new(move |_| {
        if let Some(button) = close_button.get() {
            let _ = button.focus();
        }
    });
    let keydown = move |ev: leptos::ev::KeyboardEvent| {
        // the screen's own keys (Esc goes home on Review) do not see keys meant for the dialog
        ev.stop_propagation();
        match ev.key().as_str() {
            "Escape" => close.run(()),
            // Close is its only control: Tab stays on it (the page behind is inert)
            "Tab" => ev.prevent_default(),
            _ => {}
        }
    };
    let rows = move || {
        let own = shortcuts_of(&route.get());
        own.iter().chain(&EVERYWHERE).map(|(keys, what)| view! { <tr><th scope="row"><kbd>{*keys}</kbd></th><td>{*what}</td></tr> }).collect_view()
    };
    view! {
        <div class="scrim" on:click=move |_| close.run(())></div>
        <div class="panel shortcuts" role="dialog" aria-modal="true" aria-labelledby="shortcuts-title" data-testid="shortcuts" on:keydown=keydown>
            <h2 id="shortcuts-title">"Keyboard shortcuts"</h2>
            <table><tbody>{rows}</tbody></table>
            <button type="button" node_ref=close_button on:click=move |_| close.run(())>"Close"</button>
        </div>
    }
    .into_any()
}

/// Fetches and instantiates the dialog's wasm (once; a failure is retried on the next call).
#[cfg(feature = "split")]
#[leptos::wasm_split::wasm_split(shortcuts, wasm_split_path = ::leptos::wasm_split, fallible)]
pub fn load() -> Result<Build, LoadFailed> {
    Ok(dialog)
}

/// The dialog, linked in.
#[cfg(not(feature = "split"))]
pub async fn load() -> Result<Build, LoadFailed> {
    Ok(dialog)
}
