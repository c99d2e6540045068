//! The browser entry point: mounts the app.

#[cfg(target_arch = "wasm32")]
fn main() {
    archdrill::ui::perf::mark(archdrill::ui::perf::WASM_STARTED);
    // a panic's message and place in the console (a bare abort would only say "unreachable")
    std::panic::set_hook(Box::new(|panic| leptos::logging::error!("{panic}")));
    leptos::mount::mount_to_body(|| leptos::view! { <archdrill::ui::app::App/> });
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("archdrill runs in the browser: use `make serve`.");
}
