//! Issue 16's text sketches (`core::sketch`): the flowchart subset parsed, laid out without
//! overlaps, analysed into findings and followed up with questions, each natively.
#![cfg(not(target_arch = "wasm32"))]

mod analysis;
mod corpus;
mod followup;
mod layout;
mod parse;
