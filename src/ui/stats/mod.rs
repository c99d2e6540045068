//! The Stats screen (`#/stats`): what the learner retains and what is coming, drawn from the
//! pure statistics of `core::stats` over the review digest and the card states — calendar heatmap with streaks,
//! forecast, true retention, card counts, interval and ease histograms, reviews per day,
//! per-topic mastery and the interview trend. Charts are SVG drawn here (`charts`), each with a
//! table or text beside it for screen readers; the screen is a lazily loaded piece (`lazy`).

pub mod charts;
pub mod figures;
pub mod heatmap;
pub mod lazy;
pub mod screen;
