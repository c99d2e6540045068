//! `use_keydown`: a window keydown listener that lives as long as the calling component.

use leptos::prelude::*;
use web_sys::KeyboardEvent;

/// Calls `handler` for every keydown on the window, except while typing in a form field
/// or with Ctrl/Alt/Meta held; removed when the component unmounts.
///
/// ```ignore
/// use_keydown(move |ev| if ev.key() == "u" { undo() });
/// ```
pub fn use_keydown(handler: impl Fn(&KeyboardEvent) + 'static) {
    let handle = window_event_listener(leptos::ev::keydown, move |ev: KeyboardEvent| {
        let typing = ev
            .target()
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(t).ok())
            .is_some_and(|el| matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT"));
        if !typing && !ev.ctrl_key() && !ev.alt_key() && !ev.meta_key() {
            handler(&ev);
        }
    });
    on_cleanup(move || handle.remove());
}
