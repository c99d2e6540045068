//! The calendar heatmap: a year of study days as week columns (Monday at the top), darker for
//! more reviews. Each cell says its date and count in its tooltip; the chart takes keyboard
//! focus and the arrow keys walk the days (left/right a week, up/down a day), the focused day's
//! date and count read out below it.

use crate::core::srs::study_day::StudyDay;
use crate::core::stats::heatmap::Heatmap;
use leptos::prelude::*;

/// The side of a cell and the gap after it, in SVG units.
const CELL: u32 = 12;

/// The shade (0–4) of a day with `count` reviews when the busiest day had `most`.
fn level(count: u32, most: u32) -> u32 {
    match count {
        0 => 0,
        n => (4 * n).div_ceil(most.max(1)).clamp(1, 4),
    }
}

/// "Tue 01 Dec 2026: 12 reviews".
fn say(day: StudyDay, count: u32) -> String {
    let date = day.date();
    let reviews = if count == 1 { "review" } else { "reviews" };
    format!("{date} {}: {count} {reviews}", date.year)
}

/// The heatmap of `map`.
#[component]
pub fn HeatmapChart(
    /// The heatmap's figures.
    map: Heatmap,
) -> impl IntoView {
    let most = map.days.iter().copied().max().unwrap_or(0);
    let last = map.days.len().saturating_sub(1);
    let focused = RwSignal::new(last);
    let from = map.from;
    let days = StoredValue::new(map.days.clone());
    let count_of = move |i: usize| days.with_value(|d| d.get(i).copied().unwrap_or(0));
    let first_weekday = usize::from(from.date().weekday);
    let cells = map.days.iter().enumerate().map(|(i, count)| {
        let slot = i + first_weekday;
        let (x, y) = ((slot / 7) as u32 * CELL, (slot % 7) as u32 * CELL);
        let class = format!("cell l{}", level(*count, most));
        let tip = say(StudyDay(from.0 + i as i32), *count);
        view! {
            <rect class=class x=x y=y width="10" height="10" rx="2"
                  class:focused=move || focused.get() == i on:mouseenter=move |_| focused.set(i)><title>{tip}</title></rect>
        }
    }).collect_view();
    let width = (map.weeks.len() as u32).max(1) * CELL;
    let keydown = move |ev: leptos::ev::KeyboardEvent| {
        let step: i64 = match ev.key().as_str() {
            "ArrowLeft" => -7,
            "ArrowRight" => 7,
            "ArrowUp" => -1,
            "ArrowDown" => 1,
            "Home" => -(last as i64),
            "End" => last as i64,
            _ => return,
        };
        ev.prevent_default();
        focused.update(|f| *f = (*f as i64 + step).clamp(0, last as i64) as usize);
    };
    view! {
        <figure class="heatmap">
            <div class="scroll-x">
                <svg viewBox=format!("0 0 {width} {}", 7 * CELL) role="img" tabindex="0" data-testid="heatmap"
                     aria-label="Reviews per day over the last year; arrow keys move between days"
                     aria-describedby="heatmap-day" on:keydown=keydown>{cells}</svg>
            </div>
            <figcaption id="heatmap-day" aria-live="polite" data-testid="heatmap-day">
                {move || say(StudyDay(from.0 + focused.get() as i32), count_of(focused.get()))}
            </figcaption>
        </figure>
    }
}
