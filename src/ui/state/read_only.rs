//! [`ReadOnly`]: a signal of the app state that views read and cannot write. A thin wrapper
//! over the state's own `RwSignal`, so it adds no reactive code of its own to the wasm.

use leptos::prelude::*;

/// Read access to one of the app state's signals.
pub struct ReadOnly<T: 'static>(RwSignal<T>);

impl<T: 'static> Clone for ReadOnly<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: 'static> Copy for ReadOnly<T> {}

impl<T: Send + Sync + 'static> ReadOnly<T> {
    /// Read access to `signal`.
    pub(super) fn of(signal: RwSignal<T>) -> Self {
        ReadOnly(signal)
    }

    /// Calls `f` with the value, tracking it.
    pub fn with<R>(&self, f: impl FnOnce(&T) -> R) -> R {
        self.0.with(f)
    }

    /// Calls `f` with the value, without tracking it.
    pub fn with_untracked<R>(&self, f: impl FnOnce(&T) -> R) -> R {
        self.0.with_untracked(f)
    }
}

impl<T: Clone + Send + Sync + 'static> ReadOnly<T> {
    /// The value, tracking it.
    pub fn get(&self) -> T {
        self.0.get()
    }

    /// The value, without tracking it.
    pub fn get_untracked(&self) -> T {
        self.0.get_untracked()
    }
}

impl<T: Clone + Send + Sync + 'static> From<ReadOnly<T>> for Signal<T> {
    fn from(read: ReadOnly<T>) -> Self {
        read.0.into()
    }
}
