//! The keyboard shortcuts of the current screen: `?` (or the "Keyboard shortcuts" button at the
//! foot of every screen) opens them in a modal dialog (`shortcuts_dialog`, loaded the first
//! time); Esc or Close puts it away and gives focus back to where it was.

use super::hooks::use_keydown::use_keydown;
use super::hooks::use_lazy::use_lazy;
use super::route::Route;
use super::shortcuts_dialog::load;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

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
    let dialog = use_lazy(load, None);
    let back_to = StoredValue::new_local(None::<web_sys::HtmlElement>);
    let show = move || {
        back_to.set_value(focused());
        dialog.ask();
        open.set(true);
    };
    let close = Callback::new(move |()| {
        open.set(false);
        if let Some(element) = back_to.get_value() {
            let _ = element.focus();
        }
    });
    use_keydown(move |ev| match (ev.key().as_str(), open.get_untracked()) {
        ("?", false) => {
            ev.prevent_default();
            show();
        }
        // focus was moved off the dialog (it cannot be by Tab): Esc still closes it
        ("Escape", true) => close.run(()),
        _ => {}
    });
    let body = move || {
        match (dialog.built(), dialog.failed()) {
        (Some(build), _) => build(route, close),
        (None, failed) => view! {
            <div class="scrim" on:click=move |_| close.run(())></div>
            <div class="panel shortcuts" role="dialog" aria-modal="true" aria-label="Keyboard shortcuts">
                {if failed {
                    view! { <p role="alert">"archdrill can't load the list of shortcuts. Check the connection and try again. "
                        <button type="button" on:click=move |_| dialog.ask()>"Retry"</button></p> }.into_any()
                } else {
                    view! { <p class="loading" aria-busy="true">"Loading the keyboard shortcuts…"</p> }.into_any()
                }}
                <button type="button" on:click=move |_| close.run(())>"Close"</button>
            </div>
        }
        .into_any(),
    }
    };
    view! {
        <footer class="foot" inert=move || open.get()><button type="button" class="link" on:click=move |_| show()>"Keyboard shortcuts (?)"</button></footer>
        {move || open.get().then(body)}
    }
}
