//! The browser entry point: mounts the app.

#[cfg(target_arch = "wasm32")]
fn main() {
    archdrill::ui::perf::mark(archdrill::ui::perf::WASM_STARTED);
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(|| leptos::view! { <archdrill::ui::app::App/> });
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("archdrill runs in the browser: use `make serve`.");
}
