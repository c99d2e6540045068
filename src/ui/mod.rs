//! Leptos components (client-side rendering). Thin: they call the core and the store.

pub mod app;
pub mod backup_file;
pub mod card_text;
pub mod clock;
pub mod content_file;
pub mod counts_badge;
pub mod data_marks;
pub mod data_notice;
pub mod grade_buttons;
pub mod history;
pub mod home;
pub mod hooks;
pub mod interviews;
pub mod js_error;
pub mod perf;
pub mod progress_bar;
pub mod pwa;
pub mod review;
pub mod route;
pub mod settings_panel;
pub mod state;
pub mod tabs;
pub mod tally;
pub mod topic_detail;
pub mod topics;
pub mod your_data;
