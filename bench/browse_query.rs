//! The card browser's query timed natively on 100,000 synthetic cards (100 topics of 1,000, a
//! year of schedules, some marks): the first page, a state filter, each sort, a tag and a text
//! search. Figures, never pass or fail: `cargo bench --bench browse_query` prints the median
//! and the slowest of 20 runs of each, in milliseconds. The browser's own figures, in the wasm,
//! come from `make bench` (`archdrill:browse-ready`).

use archdrill::core::content::browse::{Collection, Query, SortKey, StateFilter};
use archdrill::core::content::catalogue::Catalogue;
use archdrill::core::srs::card_figures::{CardFigures, Figures};
use archdrill::core::srs::log::CardStates;
use archdrill::core::srs::marks::{CardMarks, Flag, Marks};
use archdrill::core::srs::sm2::Sm2State;
use archdrill::core::srs::study_day::StudyDay;
use std::time::Instant;

const TOPICS: usize = 100;
const CARDS_PER_TOPIC: usize = 1_000;
const TODAY: StudyDay = StudyDay(20_000);
const RUNS: usize = 20;

/// A content file of `TOPICS` × `CARDS_PER_TOPIC` cards in ten sections (see `content::pack`).
fn content_file() -> String {
    let (rs, us, gs) = ('\u{1e}', '\u{1f}', '\u{1d}');
    let mut file = format!("archdrill-content 1{rs}");
    for t in 0..TOPICS {
        if t % 10 == 0 {
            file += &format!("S{us}Section {}{us}Synthetic{rs}", t / 10);
        }
        file += &format!("T{us}Topic {t}{us}Synthetic{us}topic-{t}{rs}");
        for c in 0..CARDS_PER_TOPIC {
            let front = format!("<p>What does card {c} of topic {t} ask about replication?</p>");
            let tags = format!("tag-{}{gs}level-{}", c % 50, c % 3);
            file += &format!("C{us}card-{t}-{c}{us}{front}{us}<p>An answer.</p>{us}{tags}{rs}");
        }
    }
    file
}

/// Schedules for 90 % of the cards, figures for them, and marks on 1 in 40.
fn collection_data(catalogue: &Catalogue) -> (CardStates, Figures, Marks) {
    let (mut states, mut figures, mut marks) =
        (CardStates::default(), Figures::default(), Marks::default());
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = move || {
        seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
        (seed >> 33) as u32
    };
    let cards = catalogue
        .sections()
        .iter()
        .flat_map(|s| &s.topics)
        .flat_map(|t| &t.cards);
    for (i, card) in cards.enumerate() {
        if i % 10 == 9 {
            continue;
        }
        let interval = next() % 200 + 1;
        let state = Sm2State {
            repetitions: 3,
            interval,
            ef100: 130 + (next() % 150) as u16,
            due: TODAY.plus(next() % 200),
        };
        states.insert(card.id().to_string(), state);
        let last_review = Some(StudyDay(TODAY.0 - (next() % 100) as i32));
        figures.insert(
            card.id().to_string(),
            CardFigures {
                lapses: next() % 5,
                last_review,
            },
        );
        if i % 40 == 0 {
            let flag = Some(Flag::ALL[i / 40 % 4]);
            marks.insert(
                card.id().to_string(),
                CardMarks {
                    suspended: i % 80 == 0,
                    flag,
                    ..CardMarks::default()
                },
            );
        }
    }
    (states, figures, marks)
}

/// Median and slowest of `RUNS` runs of `query`, in ms, and how many cards it keeps.
fn time(collection: &Collection, query: &Query) -> (f64, f64, usize) {
    let mut samples = Vec::with_capacity(RUNS);
    let mut total = 0;
    for _ in 0..RUNS {
        let started = Instant::now();
        total = collection.run(query).total;
        samples.push(started.elapsed().as_secs_f64() * 1000.0);
    }
    samples.sort_by(f64::total_cmp);
    (samples[RUNS / 2], samples[RUNS - 1], total)
}

fn main() {
    let catalogue = Catalogue::read(content_file()).expect("the synthetic content file reads");
    let (states, figures, marks) = collection_data(&catalogue);
    let collection = Collection {
        catalogue: &catalogue,
        states: &states,
        figures: &figures,
        marks: &marks,
        today: TODAY,
    };
    let queries = [
        ("first page", Query::default()),
        (
            "state: due today",
            Query {
                state: StateFilter::DueToday,
                ..Query::default()
            },
        ),
        (
            "state: flagged",
            Query {
                state: StateFilter::Flagged(None),
                ..Query::default()
            },
        ),
        (
            "sort: due, page 100",
            Query {
                sort: SortKey::Due,
                page: 100,
                ..Query::default()
            },
        ),
        (
            "sort: interval, descending",
            Query {
                sort: SortKey::Interval,
                descending: true,
                ..Query::default()
            },
        ),
        (
            "sort: ease",
            Query {
                sort: SortKey::Ease,
                ..Query::default()
            },
        ),
        (
            "sort: lapses, descending",
            Query {
                sort: SortKey::Lapses,
                descending: true,
                ..Query::default()
            },
        ),
        (
            "sort: last review",
            Query {
                sort: SortKey::LastReview,
                ..Query::default()
            },
        ),
        (
            "section 3, learning",
            Query {
                section: Some(3),
                state: StateFilter::Learning,
                ..Query::default()
            },
        ),
        (
            "tag",
            Query {
                tag: Some("tag-7".into()),
                ..Query::default()
            },
        ),
        (
            "text: \"card 7 topic\"",
            Query {
                text: "card 7 topic".into(),
                ..Query::default()
            },
        ),
    ];
    println!(
        "| query on {} cards | kept | median ms | slowest ms |",
        grouped(TOPICS * CARDS_PER_TOPIC)
    );
    println!("|---|---:|---:|---:|");
    for (name, query) in &queries {
        let (median, slowest, kept) = time(&collection, query);
        println!(
            "| {name} | {} | {median:.1} | {slowest:.1} |",
            grouped(kept)
        );
    }
}

/// `n` with thousands separators.
fn grouped(n: usize) -> String {
    archdrill::core::text::decimal::grouped(n as u64)
}
