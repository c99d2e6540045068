//! Statistics (issue 15): pure computations over the replayed review log, the card states, the
//! catalogue and interview attempts — calendar heatmap and streaks, forecast, true retention,
//! card counts, interval and easiness histograms, reviews per day and the time they took,
//! per-topic mastery and the interview trend. Whatever depends on the date takes today's study day as a parameter; nothing
//! here reads a clock.
//!
//! Reviews come in as replay saw them ([`crate::core::srs::log::replay`]), summed in a
//! [`digest::Digest`] (kept up to date without reading the whole log): retracted reviews are
//! gone from every statistic, and each review counts on the study day replay gave it.

pub mod counts;
pub mod digest;
pub mod digest_pack;
pub mod forecast;
pub mod heatmap;
pub mod histogram;
pub mod mastery;
pub mod per_day;
pub mod ratio;
pub mod retention;
pub mod review;
pub mod time_spent;
pub mod trend;
