//! Browser tests (wasm-bindgen-test in headless Chromium): IndexedDB written and read back,
//! upgraded from every earlier schema, shared by two tabs, and the app mounted, clicked and
//! checked against what it stored.
#![cfg(target_arch = "wasm32")]

mod app;
mod digest;
mod durability;
mod marks;
mod own;
mod state;
mod store;
mod support;
mod tabs;
mod upgrade;

wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);
