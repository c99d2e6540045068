//! The statistics of issue 15 (`core::stats`) against hand-computed fixtures: event logs built
//! with `srs::log::append` as a store writes them, replayed as the statistics screen will.
#![cfg(not(target_arch = "wasm32"))]

#[path = "../common/mod.rs"]
mod common;
mod fixture;

mod cards;
mod digest;
mod forecast;
mod heatmap;
mod mastery;
mod retention;
mod retraction;
mod time_spent;
mod trend;
