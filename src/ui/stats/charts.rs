//! The Stats screen's bar charts: SVG the app draws itself (no charting library), stacked bars
//! scaled to the tallest, each bar's numbers in its tooltip, and the same numbers as a table for
//! screen readers (the SVG itself is hidden from them).

use leptos::prelude::*;

/// One series of a stacked bar chart: its name (the legend and table header) and CSS class.
pub struct Series {
    /// Shown in the legend and the table.
    pub name: &'static str,
    /// The bar segment's class (its colour, see `style.css`).
    pub class: &'static str,
}

/// The height of every chart's drawing, in SVG units.
const HEIGHT: f64 = 100.0;
/// The width of one bar's slot, in SVG units.
const SLOT: f64 = 10.0;

/// A stacked bar chart of `bars` (a label and one value per series each), with its legend and
/// a table of the same numbers (rows with nothing left out of the table when `skip_empty`).
#[component]
pub fn StackedBars(
    /// What the chart shows, for its figure caption and the table's name.
    title: String,
    /// The series, bottom first.
    series: Vec<Series>,
    /// Each bar: its label and its values, in series order.
    bars: Vec<(String, Vec<u32>)>,
    /// What a bar's label is ("Day", "Week"…), the table's first column.
    row_name: &'static str,
    /// Whether the table leaves out bars whose values are all 0.
    #[prop(optional)]
    skip_empty: bool,
) -> impl IntoView {
    let tallest = bars
        .iter()
        .map(|(_, v)| v.iter().sum::<u32>())
        .max()
        .unwrap_or(0)
        .max(1);
    let width = SLOT * bars.len().max(1) as f64;
    let scale = HEIGHT / f64::from(tallest);
    let drawn = bars.iter().enumerate().map(|(i, (label, values))| {
        let mut top = HEIGHT;
        let segments = values.iter().zip(&series).filter(|(v, _)| **v > 0).map(|(v, s)| {
            let h = f64::from(*v) * scale;
            top -= h;
            view! { <rect class=s.class x=format!("{}", i as f64 * SLOT + 1.0) y=format!("{top:.2}") width="8" height=format!("{h:.2}")/> }
        }).collect_view();
        let tip = format!("{label}: {}", describe(values, &series));
        view! { <g><title>{tip}</title>{segments}</g> }
    });
    let drawn: Vec<_> = drawn.collect();
    let first = bars.first().map(|(l, _)| l.clone()).unwrap_or_default();
    let last = bars.last().map(|(l, _)| l.clone()).unwrap_or_default();
    let rows: Vec<_> = bars.iter().filter(|(_, v)| !skip_empty || v.iter().any(|n| *n > 0)).map(|(label, values)| view! {
        <tr><th scope="row">{label.clone()}</th>{values.iter().map(|v| view! { <td>{*v}</td> }).collect_view()}</tr>
    }).collect();
    let heads: Vec<_> = series
        .iter()
        .map(|s| view! { <th scope="col">{s.name}</th> })
        .collect();
    let legend: Vec<_> = series
        .iter()
        .map(|s| view! { <span class="legend"><i class=s.class></i>{s.name}</span> })
        .collect();
    view! {
        <figure class="chart">
            <svg viewBox=format!("0 0 {width} {HEIGHT}") preserveAspectRatio="none" aria-hidden="true" class="bars">{drawn}</svg>
            <figcaption class="axis small muted"><span>{first}</span><span>{format!("tallest: {tallest}")}</span><span>{last}</span></figcaption>
            <p class="small">{legend}</p>
            <details class="as-table">
                <summary>{format!("{title} as a table")}</summary>
                <table><thead><tr><th scope="col">{row_name}</th>{heads}</tr></thead><tbody>{rows}</tbody></table>
            </details>
        </figure>
    }
}

/// "3 due, 2 new" for a bar's values.
fn describe(values: &[u32], series: &[Series]) -> String {
    let parts: Vec<String> = values
        .iter()
        .zip(series)
        .map(|(v, s)| format!("{v} {}", s.name.to_lowercase()))
        .collect();
    parts.join(", ")
}
