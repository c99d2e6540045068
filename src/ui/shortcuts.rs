//! The keyboard shortcuts of the current screen: `?` (or the "Keyboard shortcuts" button at the
//! foot of every screen) opens them in a modal dialog; Esc or Close puts it away and gives focus
//! back to where it was.

use super::hooks::use_keydown::use_keydown;
use super::route::Route;
use leptos::html::Button;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Every screen's shortcuts.
const EVERYWHERE: [(&str, &str); 2] = [
    ("?", "Show this list"),
    ("Tab, Shift+Tab", "Move between controls"),
];

/// The shortcuts `route`'s screen has of its own: (keys, what they do).
pub fn shortcuts_of(route: &Route) -> &'static [(&'static str, &'static str)] {
    match route {
        Route::Review(_) => &[
            ("Space or Enter", "Show the answer"),
            ("0 – 5", "Grade the card, once its answer shows"),
            ("U", "Undo the newest grade of today"),
            ("-", "Bury the card until the next study day"),
            ("@", "Suspend the card"),
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

/// The element that had focus, to give it back.
fn focused() -> Option<web_sys::HtmlElement> {
    let active = document().active_element()?;
    active.dyn_into::<web_sys::HtmlElement>().ok()
}

/// The dialog of `route`'s shortcuts, and the button that opens it.
#[component]
pub fn ShortcutsHelp(
    /// The current route.
    route: ReadSignal<Route>,
    /// Whether the dialog is open (the screen behind is inert meanwhile).
    open: RwSignal<bool>,
) -> impl IntoView {
    let back_to = StoredValue::new_local(None::<web_sys::HtmlElement>);
    let close_button = NodeRef::<Button>::new();
    let show = move || {
        back_to.set_value(focused());
        open.set(true);
    };
    let close = move || {
        open.set(false);
        if let Some(element) = back_to.get_value() {
            let _ = element.focus();
        }
    };
    use_keydown(move |ev| match (ev.key().as_str(), open.get_untracked()) {
        ("?", false) => {
            ev.prevent_default();
            show();
        }
        // focus was moved off the dialog (it cannot be by Tab): Esc still closes it
        ("Escape", true) => close(),
        _ => {}
    });
    Effect::new(move |_| {
        if let (true, Some(button)) = (open.get(), close_button.get()) {
            let _ = button.focus();
        }
    });
    let keydown = move |ev: leptos::ev::KeyboardEvent| {
        // the screen's own keys (Esc goes home on Review) do not see keys meant for the dialog
        ev.stop_propagation();
        match ev.key().as_str() {
            "Escape" => close(),
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
        <footer class="foot" inert=move || open.get()><button type="button" class="link" on:click=move |_| show()>"Keyboard shortcuts (?)"</button></footer>
        {move || open.get().then(|| view! {
            <div class="scrim" on:click=move |_| close()></div>
            <div class="panel shortcuts" role="dialog" aria-modal="true" aria-labelledby="shortcuts-title" data-testid="shortcuts" on:keydown=keydown>
                <h2 id="shortcuts-title">"Keyboard shortcuts"</h2>
                <table><tbody>{rows}</tbody></table>
                <button type="button" node_ref=close_button on:click=move |_| close()>"Close"</button>
            </div>
        })}
    }
}
