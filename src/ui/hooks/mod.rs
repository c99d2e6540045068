//! Browser hooks, one per file.

pub mod use_after_paint;
pub mod use_day_rollover;
pub mod use_keydown;
pub mod use_lazy;
pub mod use_now;
