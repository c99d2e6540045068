//! The build-time content checks name file, line and reason for every kind of bad input, each
//! at the line of the offending value (`deck_checks`, `interview_checks`), and one check of all
//! the content reports every error of every file (`whole_build`).
#![cfg(not(target_arch = "wasm32"))]

// Shared with build.rs; these tests read part of what they return.
#[allow(dead_code)]
#[path = "../../build/check.rs"]
mod check;
#[allow(dead_code)]
#[path = "../../build/content.rs"]
mod content;
#[allow(dead_code)]
#[path = "../../build/interviews.rs"]
mod interviews;
#[path = "../../build/phase_topics.rs"]
mod phase_topics;
#[allow(dead_code)]
#[path = "../../build/render.rs"]
mod render;
#[path = "../../build/report.rs"]
mod report;

mod deck_checks;
mod interview_checks;
mod whole_build;

use report::Source;

/// A content file at `path` holding `text`.
fn src(path: &str, text: &str) -> Source {
    Source {
        path: path.into(),
        text: text.into(),
    }
}
