//! `use_lazy`: a lazily loaded piece of the wasm (a `wasm_split` load function) as state a view
//! can follow — loaded once when first asked for, a failure kept so the view can say so and
//! offer Retry, which asks again.

use crate::ui::interviews::lazy::LoadFailed;
use leptos::prelude::*;
use std::future::Future;

/// A piece loaded by `load`, giving a `T` (the function that builds its screens).
pub struct Lazy<T: Send + Sync + 'static, F: 'static> {
    built: RwSignal<Option<T>>,
    failed: RwSignal<bool>,
    loading: StoredValue<bool>,
    load: fn() -> F,
}

impl<T: Send + Sync + 'static, F: 'static> Clone for Lazy<T, F> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: Send + Sync + 'static, F: 'static> Copy for Lazy<T, F> {}

/// The piece `load` fetches; `ready` when it needs no loading (linked in).
///
/// ```ignore
/// let stats = use_lazy(stats::lazy::load, None);
/// move || stats.built().map(|build| build()) // None until it is in; stats.ask() starts it
/// ```
pub fn use_lazy<T, F>(load: fn() -> F, ready: Option<T>) -> Lazy<T, F>
where
    T: Copy + Send + Sync + 'static,
    F: Future<Output = Result<T, LoadFailed>> + 'static,
{
    Lazy {
        built: RwSignal::new(ready),
        failed: RwSignal::new(false),
        loading: StoredValue::new(false),
        load,
    }
}

impl<T, F> Lazy<T, F>
where
    T: Copy + Send + Sync + 'static,
    F: Future<Output = Result<T, LoadFailed>> + 'static,
{
    /// What the piece gives, once it is in (tracked).
    pub fn built(self) -> Option<T> {
        self.built.get()
    }

    /// Whether the last load failed (tracked).
    pub fn failed(self) -> bool {
        self.failed.get()
    }

    /// Starts loading the piece unless it is in or on its way.
    pub fn ask(self) {
        if self.built.get_untracked().is_some() || self.loading.get_value() {
            return;
        }
        self.loading.set_value(true);
        if self.failed.get_untracked() {
            self.failed.set(false);
        }
        leptos::task::spawn_local(async move {
            let loaded = (self.load)().await;
            self.loading.set_value(false);
            match loaded {
                Ok(built) => self.built.set(Some(built)),
                Err(_) => self.failed.set(true),
            }
        });
    }
}
