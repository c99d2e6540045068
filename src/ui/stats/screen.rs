//! The Stats screen: reads the review digest once it opens (`store::digest`: the cached one and
//! what was stored since), then draws every figure (see the module doc of `ui::stats`);
//! "Reading your reviews…" meanwhile, or why it could not.

use super::charts::{Series, StackedBars};
use super::figures::Figures;
use super::heatmap::HeatmapChart;
use crate::core::content::catalogue::{Catalogue, Scope};
use crate::core::content::progress::Progress;
use crate::core::srs::study_data::StudyData;
use crate::core::srs::study_day::StudyDay;
use crate::core::stats::histogram::Histogram;
use crate::core::stats::per_day::PER_DAY_PERIODS;
use crate::core::stats::ratio::Ratio;
use crate::core::stats::retention::{Retention, RETENTION_PERIODS};
use crate::core::stats::time_spent::time_spent;
use crate::core::text::decimal::{counted, grouped};
use crate::ui::route::Route;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// Topics the mastery list shows before "all topics".
const WEAKEST: usize = 8;

/// "92 % (46 of 50)", or "—" with nothing counted.
fn percent(r: Ratio) -> String {
    match r.percent() {
        Some(p) => format!("{p} % ({} of {})", grouped(r.part), grouped(r.whole)),
        None => "—".into(),
    }
}

/// The Stats screen.
#[component]
pub fn StatsScreen() -> impl IntoView {
    let state = expect_context::<AppState>();
    let figures = RwSignal::new_local(None::<Result<std::rc::Rc<Figures>, String>>);
    leptos::task::spawn_local(async move {
        let read = state.review_digest().await.map_err(|e| e.to_string());
        let catalogue = state.catalogue();
        let today = state.today().get_untracked();
        let new_per_day = state.settings().with_untracked(|s| s.new_per_day);
        let new_today = untrack(|| state.curriculum_counts().total.new) as u32;
        let done = read.map(|digest| {
            let attempts = state.attempts().with_untracked(Clone::clone);
            let new = (new_today, new_per_day);
            let of = |data: &StudyData| {
                let reviews = (&digest, &data.states);
                Figures::of(reviews, &catalogue, &attempts, new, today)
            };
            std::rc::Rc::new(state.data().with_untracked(of))
        });
        figures.set(Some(done));
    });
    move || {
        match figures.get() {
        None => view! { <p class="loading" aria-busy="true">"Reading your reviews…"</p> }.into_any(),
        Some(Err(e)) => view! { <p class="error" role="alert">{format!("The statistics could not be read: {e} Nothing was changed.")}</p> }.into_any(),
        Some(Ok(f)) => sections(&f, &state.catalogue()).into_any(),
    }
    }
}

/// Every section of the screen.
fn sections(f: &Figures, catalogue: &Catalogue) -> impl IntoView {
    Effect::new(|_| crate::ui::perf::mark(crate::ui::perf::STATS_READY));
    view! {
        <section class="panel stats" aria-labelledby="stats-title">
            <h1 id="stats-title">"Statistics"</h1>
            {calendar(f)}
        </section>
        <section class="panel stats"><h2>"Coming up"</h2>{coming_up(f)}</section>
        <section class="panel stats"><h2>"True retention"</h2>{retention(&f.retention)}</section>
        <section class="panel stats"><h2>"Reviews per day"</h2>{reviews_per_day(f)}</section>
        <section class="panel stats"><h2>"Cards"</h2>{cards(f)}</section>
        <section class="panel stats"><h2>"Weakest topics"</h2>{weakest(f, catalogue)}</section>
        <section class="panel stats"><h2>"Interview trend"</h2>{interview_trend(f, catalogue)}</section>
    }
}

/// The heatmap with its streaks and averages.
fn calendar(f: &Figures) -> impl IntoView {
    let h = &f.heatmap;
    let average = |r: Ratio| r.decimal(1).unwrap_or_else(|| "0".into());
    view! {
        <HeatmapChart map=h.clone()/>
        <dl class="stat-row" data-testid="streaks">
            <div><dt>"Current streak"</dt><dd>{counted(h.current_streak as usize, "day", "days")}</dd></div>
            <div><dt>"Longest streak"</dt><dd>{counted(h.longest_streak as usize, "day", "days")}</dd></div>
            <div><dt>"Days studied"</dt><dd>{format!("{} of the last {}", counted(h.days_studied.part as usize, "day", "days"), grouped(h.days_studied.whole))}</dd></div>
            <div><dt>"Daily average"</dt><dd>{format!("{} reviews ({} on days studied)", average(h.average_per_day), average(h.average_per_studied_day))}</dd></div>
        </dl>
    }
}

/// The label of the day `offset` days after `today`.
fn day_label(today: StudyDay, offset: i32) -> String {
    match offset {
        0 => "Today".into(),
        1 => "Tomorrow".into(),
        n => StudyDay(today.0 + n).date().to_string(),
    }
}

/// The forecast: the next 30 days, then the year by week.
fn coming_up(f: &Figures) -> impl IntoView {
    let series = || {
        vec![
            Series {
                name: "Due",
                class: "due",
            },
            Series {
                name: "New",
                class: "new",
            },
        ]
    };
    let days = f
        .forecast
        .days
        .iter()
        .enumerate()
        .map(|(i, l)| (day_label(f.today, i as i32), vec![l.due, l.new]))
        .collect();
    let weeks = f
        .forecast
        .weeks
        .iter()
        .enumerate()
        .map(|(i, l)| {
            (
                match i {
                    0 => "This week".to_string(),
                    _ => format!("Week of {}", day_label(f.today, 7 * i as i32)),
                },
                vec![l.due, l.new],
            )
        })
        .collect();
    let today = f.forecast.days.first().copied().unwrap_or_default();
    view! {
        <p data-testid="forecast-today">{format!("Today: {} due ({} overdue) and {} new.", today.due, f.forecast.overdue, today.new)}</p>
        <h3>"Next 30 days"</h3>
        <StackedBars title="The next 30 days".into() series=series() bars=days row_name="Day"/>
        <h3>"Next year, by week"</h3>
        <StackedBars title="The next year".into() series=series() bars=weeks skip_empty=true row_name="Week"/>
    }
}

/// True retention for young, mature and all cards over each period.
fn retention(periods: &[Retention; 3]) -> impl IntoView {
    let row = |name: &'static str, of: fn(&Retention) -> Ratio| {
        view! {
            <tr><th scope="row">{name}</th>{periods.iter().map(|r| view! { <td>{percent(of(r))}</td> }).collect_view()}</tr>
        }
    };
    view! {
        <p class="muted small">"As Anki counts it: the first review of a card on a study day, passed with a grade of 3 or more. Young: interval under 21 days."</p>
        <div class="scroll-x" tabindex="0" role="region" aria-label="True retention"><table class="stats-table" data-testid="retention">
            <thead><tr><th scope="col">"Cards"</th>{RETENTION_PERIODS.iter().map(|d| view! { <th scope="col">{format!("Last {d} days")}</th> }).collect_view()}</tr></thead>
            <tbody>{row("Young", |r| r.young)}{row("Mature", |r| r.mature)}{row("All", Retention::all)}</tbody>
        </table></div>
    }
}

/// Reviews per day of the last 30, 90 or 365 days, stacked by class.
fn reviews_per_day(f: &Figures) -> impl IntoView {
    let period = RwSignal::new(PER_DAY_PERIODS[0]);
    let stacks = StoredValue::new(f.per_day.clone());
    let today = f.today;
    let chart = move || {
        let days = period.get() as usize;
        let bars = stacks.with_value(|all| {
            let shown = &all[all.len().saturating_sub(days)..];
            let start = today.0 - shown.len() as i32 + 1;
            shown
                .iter()
                .enumerate()
                .map(|(i, d)| {
                    (
                        StudyDay(start + i as i32).date().to_string(),
                        vec![d.new, d.young, d.mature, d.drill],
                    )
                })
                .collect()
        });
        let series = vec![
            Series {
                name: "New",
                class: "new",
            },
            Series {
                name: "Young",
                class: "young",
            },
            Series {
                name: "Mature",
                class: "mature",
            },
            Series {
                name: "Re-drill",
                class: "drill",
            },
        ];
        view! { <StackedBars title=format!("Reviews of the last {days} days") series bars skip_empty=true row_name="Day"/> }
    };
    let spent = move || {
        let days = period.get() as usize;
        stacks.with_value(|all| time_spent(&all[all.len().saturating_sub(days)..]).said())
    };
    view! {
        <p class="period-switch" role="group" aria-label="Period">
            {PER_DAY_PERIODS.into_iter().map(|d| view! {
                <button type="button" aria-pressed=move || (period.get() == d).to_string() on:click=move |_| period.set(d)>{format!("{d} days")}</button>
            }).collect_view()}
        </p>
        {chart}
        <p class="muted" data-testid="time-spent">{spent}</p>
    }
}

/// A histogram as bars, with its mean.
fn histogram(
    title: &'static str,
    h: &Histogram,
    unit: fn(u32) -> String,
    mean: String,
) -> impl IntoView {
    let bars = h
        .buckets
        .iter()
        .map(|b| {
            (
                match b.to {
                    Some(to) if to == b.from => unit(to),
                    Some(to) => format!("{}–{}", unit(b.from), unit(to)),
                    None => format!("{}+", unit(b.from)),
                },
                vec![b.count],
            )
        })
        .collect();
    view! {
        <h3>{title}</h3>
        <p class="small muted">{mean}</p>
        <StackedBars title=title.to_string() series=vec![Series { name: "Cards", class: "learning" }] bars row_name="From–to"/>
    }
}

/// Card counts overall and per section, and the interval and ease histograms.
fn cards(f: &Figures) -> impl IntoView {
    let row = |name: String, p: &Progress| {
        view! {
            <tr><th scope="row">{name}</th><td>{grouped(p.new as u64)}</td><td>{grouped(p.learning as u64)}</td><td>{grouped(p.mature as u64)}</td></tr>
        }
    };
    let interval_mean = format!(
        "Mean interval: {} days",
        f.intervals.mean.decimal(1).unwrap_or_else(|| "—".into())
    );
    let ease_mean = format!(
        "Mean easiness factor: {}",
        f.ease
            .mean
            .rounded()
            .map_or("—".into(), |e| format!("{}.{:02}", e / 100, e % 100))
    );
    view! {
        <div class="scroll-x" tabindex="0" role="region" aria-label="Card counts"><table class="stats-table" data-testid="card-counts">
            <thead><tr><th scope="col">"Section"</th><th scope="col">"New"</th><th scope="col">"Learning"</th><th scope="col">"Mature"</th></tr></thead>
            <tbody>
                {row("All cards".into(), &f.counts.all)}
                {f.counts.sections.iter().map(|s| row(s.name.clone(), &s.all)).collect_view()}
            </tbody>
        </table></div>
        <p class="muted small">"Learning: reviewed, interval under 21 days; mature: 21 days or more."</p>
        {histogram("Intervals", &f.intervals, |d| format!("{d} d"), interval_mean)}
        {histogram("Easiness factors", &f.ease, |e| format!("{}.{:02}", e / 100, e % 100), ease_mean)}
    }
}

/// The topics ranked weakest first, each with a link to study it.
fn weakest(f: &Figures, catalogue: &Catalogue) -> impl IntoView {
    let name = |slug: &str| Scope::Topic(slug.to_string()).title(catalogue).to_string();
    let item = |m: &crate::core::stats::mastery::Mastery| {
        let study = Route::Review(Scope::Topic(m.slug.clone())).href();
        let mature = m.mature.percent().map_or("—".into(), |p| format!("{p} %"));
        view! {
            <li>
                <span class="topic-name">{name(&m.slug)}</span>
                <span class="small muted">{format!("retention {} · mature {mature}", percent(m.retention.all()))}</span>
                <a class="button" href=study>"Study"</a>
            </li>
        }
    };
    let (first, rest) = f.mastery.split_at(f.mastery.len().min(WEAKEST));
    view! {
        <p class="muted small">"By true retention over the last 30 days, then the share of mature cards; topics without reviews last."</p>
        <ol class="mastery" data-testid="mastery">{first.iter().map(item).collect_view()}</ol>
        {(!rest.is_empty()).then(|| view! {
            <details><summary>{format!("All {} topics", f.mastery.len())}</summary><ol class="mastery" start=WEAKEST + 1>{rest.iter().map(item).collect_view()}</ol></details>
        })}
    }
}

/// Ratings of the rated interview attempts over time, per phase.
fn interview_trend(f: &Figures, catalogue: &Catalogue) -> impl IntoView {
    if f.trend.is_empty() {
        return view! { <p class="muted">"No rated interview yet: finish one in Interviews to see your ratings over time."</p> }.into_any();
    }
    let rows = f
        .trend
        .iter()
        .map(|p| {
            let title = catalogue
                .interview(&p.interview_id)
                .map_or(p.interview_id.clone(), |i| i.title.clone());
            let date = crate::ui::clock::calendar_day(p.started_ms)
                .date()
                .to_string();
            view! {
                <tr><th scope="row">{format!("{date} · {title}")}</th><td>{p.overall.label()}</td>
                    {p.phases.iter().map(|r| view! { <td>{r.label()}</td> }).collect_view()}</tr>
            }
        })
        .collect_view();
    view! {
        <div class="scroll-x" tabindex="0" role="region" aria-label="Interview ratings"><table class="stats-table" data-testid="trend">
            <thead><tr><th scope="col">"Attempt"</th><th scope="col">"Overall"</th><th scope="col">"Clarify"</th><th scope="col">"Simplify"</th><th scope="col">"Bottlenecks"</th><th scope="col">"Failure"</th></tr></thead>
            <tbody>{rows}</tbody>
        </table></div>
    }
    .into_any()
}
