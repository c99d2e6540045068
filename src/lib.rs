//! archdrill: learn system design with SM-2 flashcards and mock interviews, in the browser.
//!
//! - [`core`]: pure logic (SM-2, study days, due queue, catalogue, Markdown), native-testable.
//! - [`store`]: persistence behind the [`store::Store`] trait (IndexedDB in the browser).
//! - `ui`: Leptos components (wasm only).
//! - `bench_exports`: functions the benchmark harness calls from JavaScript (wasm, feature
//!   `bench` only: the shipped app carries none of them).

#[cfg(all(target_arch = "wasm32", feature = "bench"))]
pub mod bench_exports;
pub mod core;
pub mod store;
#[cfg(target_arch = "wasm32")]
pub mod ui;
