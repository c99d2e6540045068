//! Persistent storage: on the first run the app asks the browser to keep its data
//! (`navigator.storage.persist()`); later runs only read whether it does.

use crate::ui::hooks::use_after_paint::after_paint;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{StorageEstimate, StorageManager};

/// Marks, in `localStorage`, that the first-run request was made.
const ASKED_KEY: &str = "archdrill:persistence-asked";

/// Whether the browser keeps the app's data under storage pressure, as last learned
/// (`None` while unknown, or where the Storage API is missing).
#[derive(Clone, Copy)]
pub struct Persistence(pub RwSignal<Option<bool>>);

impl Persistence {
    /// Provides a [`Persistence`] to the components below and, once the first screen is painted,
    /// fills it in: asks the browser to persist on the first run, reads `persisted()` on later
    /// ones.
    pub fn provide() -> Self {
        let persistence = Self(RwSignal::new(None));
        provide_context(persistence);
        after_paint(move || {
            if first_run() {
                persistence.request();
            } else {
                persistence.update(|m| m.persisted());
            }
        });
        persistence
    }

    /// Asks the browser (again) to keep the data, and records its answer.
    pub fn request(self) {
        self.update(|m| m.persist());
    }

    fn update(self, call: fn(&StorageManager) -> Result<js_sys::Promise, wasm_bindgen::JsValue>) {
        let Some(promise) = manager().and_then(|m| call(&m).ok()) else {
            return;
        };
        leptos::task::spawn_local(async move {
            if let Some(kept) = JsFuture::from(promise).await.ok().and_then(|v| v.as_bool()) {
                let _ = self.0.try_set(Some(kept));
            }
        });
    }
}

/// Bytes used and the quota, from `navigator.storage.estimate()`.
pub async fn estimate() -> Option<(f64, f64)> {
    let promise = manager()?.estimate().ok()?;
    let estimate = JsFuture::from(promise)
        .await
        .ok()?
        .unchecked_into::<StorageEstimate>();
    Some((estimate.get_usage()?, estimate.get_quota()?))
}

/// True the first time it is called in this browser profile (remembered in `localStorage`).
fn first_run() -> bool {
    let Some(local) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) else {
        return true;
    };
    let first = matches!(local.get_item(ASKED_KEY), Ok(None));
    if first {
        let _ = local.set_item(ASKED_KEY, "1");
    }
    first
}

/// `navigator.storage`, missing in old browsers and on insecure origins.
fn manager() -> Option<StorageManager> {
    let navigator = web_sys::window()?.navigator();
    js_sys::Reflect::has(&navigator, &"storage".into())
        .unwrap_or(false)
        .then(|| navigator.storage())
}
