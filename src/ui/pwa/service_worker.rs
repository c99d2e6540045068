//! Registers the service worker (`sw.js`, written after every build by
//! `tools/pwa/write-sw.mjs`) and reports a new build that is installed and waiting.

use crate::ui::js_error::describe;
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    EventTarget, ServiceWorker, ServiceWorkerContainer, ServiceWorkerRegistration,
    ServiceWorkerState,
};

thread_local! {
    /// Whether the next `controllerchange` means a new build took over (then the page reloads)
    /// rather than the first worker claiming a page that had none.
    static RELOAD_ON_TAKEOVER: Cell<bool> = const { Cell::new(false) };
}

/// How long after start-up the service worker is registered (and starts precaching).
const REGISTER_DELAY_MS: i32 = 1500;

/// Resolves after `ms` milliseconds.
async fn after_ms(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
    });
    let _ = JsFuture::from(promise).await;
}

/// A new build's service worker, installed and waiting for the learner's go-ahead.
#[derive(Clone)]
pub struct WaitingUpdate(ServiceWorker);

impl WaitingUpdate {
    /// Lets the new build take over; the page reloads as soon as it has.
    pub fn apply(&self) {
        RELOAD_ON_TAKEOVER.set(true);
        if let Err(e) = self.0.post_message(&JsValue::from_str("skip-waiting")) {
            let reason = describe(&e);
            leptos::logging::warn!("archdrill: could not start the update: {reason}");
        }
    }
}

/// Registers `sw.js` next to the page (so any sub-path works) where service workers exist, and
/// calls `on_update` whenever a new build is installed and waiting. When a new build takes
/// over, the page reloads, so old JavaScript never runs next to a new build's files.
pub fn register(on_update: impl Fn(WaitingUpdate) + 'static) {
    let Some(container) = container() else { return };
    RELOAD_ON_TAKEOVER.set(container.controller().is_some());
    listen(&container, "controllerchange", || {
        if RELOAD_ON_TAKEOVER.replace(true) {
            let _ = window().location().reload();
        }
    });
    leptos::task::spawn_local(async move {
        // precaching the whole build competes with the first screen: let that finish first
        after_ms(REGISTER_DELAY_MS).await;
        let registration = match JsFuture::from(container.register("sw.js")).await {
            Ok(registration) => registration.unchecked_into::<ServiceWorkerRegistration>(),
            Err(e) => {
                leptos::logging::warn!("archdrill: no offline support: {}", describe(&e));
                return;
            }
        };
        let on_update = Rc::new(on_update) as Rc<dyn Fn(WaitingUpdate)>;
        if let Some(waiting) = registration.waiting() {
            on_update(WaitingUpdate(waiting));
        }
        if let Some(installing) = registration.installing() {
            watch_install(&registration, installing, on_update.clone());
        }
        let found = registration.clone();
        listen(&registration, "updatefound", move || {
            if let Some(installing) = found.installing() {
                watch_install(&found, installing, on_update.clone());
            }
        });
    });
}

/// Calls `on_update` when `worker` is installed while another build is active (an update;
/// without an active worker it is the first install).
fn watch_install(
    registration: &ServiceWorkerRegistration,
    worker: ServiceWorker,
    on_update: Rc<dyn Fn(WaitingUpdate)>,
) {
    let (registration, installed) = (registration.clone(), worker.clone());
    listen(&worker, "statechange", move || {
        if installed.state() == ServiceWorkerState::Installed && registration.active().is_some() {
            on_update(WaitingUpdate(installed.clone()));
        }
    });
}

/// `navigator.serviceWorker`, missing in old browsers and on insecure origins.
fn container() -> Option<ServiceWorkerContainer> {
    let navigator = window().navigator();
    js_sys::Reflect::has(&navigator, &"serviceWorker".into())
        .unwrap_or(false)
        .then(|| navigator.service_worker())
}

/// Adds an event listener for as long as the page lives (like the workers it listens to).
fn listen(target: &EventTarget, event: &str, handler: impl Fn() + 'static) {
    let closure = Closure::<dyn Fn()>::new(handler);
    let _ = target.add_event_listener_with_callback(event, closure.as_ref().unchecked_ref());
    closure.forget();
}

fn window() -> web_sys::Window {
    web_sys::window().expect("a browser window")
}
