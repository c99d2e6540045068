//! Tabs of one browser keep each other current: after every commit a tab says so on a
//! `BroadcastChannel` (a channel object never hears its own messages), and the others read
//! their counts and queue again from the store.

use wasm_bindgen::{closure::Closure, JsCast};
use web_sys::BroadcastChannel;

/// The channel's name, shared by every tab of the app's origin.
const CHANNEL: &str = "archdrill";

/// Joins the channel; `on_change` runs whenever another tab has written. `None` where the
/// browser has no `BroadcastChannel` (then tabs only see each other's writes on reload).
pub fn connect(on_change: impl Fn() + 'static) -> Option<BroadcastChannel> {
    let channel = BroadcastChannel::new(CHANNEL).ok()?;
    let listener = Closure::<dyn Fn()>::new(on_change);
    channel.set_onmessage(Some(listener.as_ref().unchecked_ref()));
    listener.forget(); // as long as the page: the channel is never closed
    Some(channel)
}

/// Tells the other tabs that the store changed.
pub fn announce(channel: &BroadcastChannel) {
    let _ = channel.post_message(&"changed".into());
}
