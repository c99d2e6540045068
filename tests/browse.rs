//! The card browser's query: every filter, every sort (both ways), paging and the text search
//! against hand-computed fixtures on the build's catalogue (the log's side: `browse_log.rs`).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use archdrill::core::content::browse::{
    front_excerpt, tags, Collection, Query, SortKey, StateFilter, EXCERPT_CHARS, PAGE_SIZE,
};
use archdrill::core::content::catalogue::{Scope, Topic};
use archdrill::core::content::search::search;
use archdrill::core::srs::card_figures::{CardFigures, Figures};
use archdrill::core::srs::log::CardStates;
use archdrill::core::srs::marks::{CardMarks, Flag, Marks};
use archdrill::core::srs::sm2::Sm2State;
use archdrill::core::srs::study_day::StudyDay;
use common::catalogue;

const TODAY: StudyDay = StudyDay(100);

fn caching() -> &'static Topic {
    let mut topics = catalogue().sections().iter().flat_map(|s| &s.topics);
    topics.find(|t| t.slug == "caching").unwrap()
}

/// The id of the caching topic's `i`th card.
fn c(i: usize) -> String {
    caching().cards[i].id().to_string()
}

fn state(interval: u32, ef100: u16, due: i32) -> Sm2State {
    Sm2State {
        repetitions: 2,
        interval,
        ef100,
        due: StudyDay(due),
    }
}

/// c0 learning, due today; c1 mature, flagged blue; c2 overdue but suspended; c3 buried today;
/// c4 a leech; c5 new, flagged red; the rest new.
struct Fixture {
    states: CardStates,
    figures: Figures,
    marks: Marks,
}

impl Fixture {
    fn new() -> Fixture {
        let states = CardStates::from_iter([
            (c(0), state(1, 250, 100)),
            (c(1), state(30, 200, 120)),
            (c(2), state(6, 130, 90)),
            (c(3), state(3, 250, 100)),
            (c(4), state(1, 250, 101)),
        ]);
        let figures = |lapses, last| CardFigures {
            lapses,
            last_review: Some(StudyDay(last)),
        };
        let figures = Figures::from_iter([
            (c(0), figures(0, 99)),
            (c(1), figures(2, 90)),
            (c(2), figures(1, 84)),
            (c(4), figures(8, 100)),
        ]);
        let mut marks = Marks::default();
        let mut mark = |i, m: CardMarks| marks.insert(c(i), m);
        mark(
            1,
            CardMarks {
                flag: Some(Flag::Blue),
                ..CardMarks::default()
            },
        );
        mark(
            2,
            CardMarks {
                suspended: true,
                ..CardMarks::default()
            },
        );
        mark(
            3,
            CardMarks {
                buried_on: Some(TODAY),
                ..CardMarks::default()
            },
        );
        mark(
            4,
            CardMarks {
                suspended: true,
                leech: true,
                ..CardMarks::default()
            },
        );
        mark(
            5,
            CardMarks {
                flag: Some(Flag::Red),
                ..CardMarks::default()
            },
        );
        Fixture {
            states,
            figures,
            marks,
        }
    }

    fn collection(&self) -> Collection<'_> {
        Collection {
            catalogue: catalogue(),
            states: &self.states,
            figures: &self.figures,
            marks: &self.marks,
            today: TODAY,
        }
    }

    /// The ids of the first page of `query` within the caching topic.
    fn ids(&self, query: Query) -> Vec<String> {
        let query = Query {
            topic: Some("caching".into()),
            ..query
        };
        let page = self.collection().run(&query);
        page.rows.iter().map(|r| r.card.id().to_string()).collect()
    }
}

fn filtered(state: StateFilter) -> Query {
    Query {
        state,
        ..Query::default()
    }
}

fn sorted(sort: SortKey, descending: bool) -> Query {
    Query {
        sort,
        descending,
        ..Query::default()
    }
}

/// The caching topic's card ids from `from` on, in curriculum order, except those in `but`.
fn rest(from: usize, but: &[usize]) -> Vec<String> {
    let n = caching().cards.len();
    (from..n).filter(|i| !but.contains(i)).map(c).collect()
}

fn ids(of: &[usize]) -> Vec<String> {
    of.iter().map(|&i| c(i)).collect()
}

fn then(mut first: Vec<String>, rest: Vec<String>) -> Vec<String> {
    first.extend(rest);
    first
}

#[test]
fn every_state_filter_keeps_exactly_its_cards() {
    let f = Fixture::new();
    assert!(
        caching().cards.len() > 6,
        "the fixture needs more than six cards"
    );
    assert_eq!(f.ids(filtered(StateFilter::Any)), rest(0, &[]));
    assert_eq!(f.ids(filtered(StateFilter::New)), rest(5, &[]));
    assert_eq!(
        f.ids(filtered(StateFilter::DueToday)),
        ids(&[0]),
        "suspended and buried are not due"
    );
    assert_eq!(f.ids(filtered(StateFilter::Learning)), ids(&[0, 2, 3, 4]));
    assert_eq!(f.ids(filtered(StateFilter::Mature)), ids(&[1]));
    assert_eq!(f.ids(filtered(StateFilter::Suspended)), ids(&[2, 4]));
    assert_eq!(f.ids(filtered(StateFilter::Buried)), ids(&[3]));
    assert_eq!(f.ids(filtered(StateFilter::Leech)), ids(&[4]));
    assert_eq!(f.ids(filtered(StateFilter::Flagged(None))), ids(&[1, 5]));
    assert_eq!(
        f.ids(filtered(StateFilter::Flagged(Some(Flag::Red)))),
        ids(&[5])
    );
    assert_eq!(
        f.ids(filtered(StateFilter::Flagged(Some(Flag::Blue)))),
        ids(&[1])
    );
    assert!(f
        .ids(filtered(StateFilter::Flagged(Some(Flag::Green))))
        .is_empty());
}

#[test]
fn a_card_buried_yesterday_is_not_buried_today() {
    let mut f = Fixture::new();
    f.marks.get_mut(&c(3)).unwrap().buried_on = Some(StudyDay(TODAY.0 - 1));
    assert!(f.ids(filtered(StateFilter::Buried)).is_empty());
    assert_eq!(f.ids(filtered(StateFilter::DueToday)), ids(&[0, 3]));
}

#[test]
fn every_sort_orders_both_ways_with_new_cards_last_and_ties_in_curriculum_order() {
    let f = Fixture::new();
    let new = rest(5, &[]);
    assert_eq!(f.ids(sorted(SortKey::Curriculum, false)), rest(0, &[]));
    assert_eq!(
        f.ids(sorted(SortKey::Due, false)),
        then(ids(&[2, 0, 3, 4, 1]), new.clone())
    );
    assert_eq!(
        f.ids(sorted(SortKey::Due, true)),
        then(ids(&[1, 4, 0, 3, 2]), new.clone())
    );
    assert_eq!(
        f.ids(sorted(SortKey::Interval, false)),
        then(ids(&[0, 4, 3, 2, 1]), new.clone())
    );
    assert_eq!(
        f.ids(sorted(SortKey::Interval, true)),
        then(ids(&[1, 2, 3, 0, 4]), new.clone())
    );
    assert_eq!(
        f.ids(sorted(SortKey::Ease, false)),
        then(ids(&[2, 1, 0, 3, 4]), new.clone())
    );
    assert_eq!(
        f.ids(sorted(SortKey::Ease, true)),
        then(ids(&[0, 3, 4, 1, 2]), new.clone())
    );
    // every card has a lapse count (0 when never reviewed)
    assert_eq!(
        f.ids(sorted(SortKey::Lapses, true)),
        then(ids(&[4, 1, 2]), rest(0, &[1, 2, 4]))
    );
    assert_eq!(
        f.ids(sorted(SortKey::Lapses, false)),
        then(rest(0, &[1, 2, 4]), ids(&[2, 1, 4]))
    );
    let never = rest(3, &[4]);
    assert_eq!(
        f.ids(sorted(SortKey::LastReview, true)),
        then(ids(&[4, 0, 1, 2]), never.clone())
    );
    assert_eq!(
        f.ids(sorted(SortKey::LastReview, false)),
        then(ids(&[2, 1, 0, 4]), never)
    );
}

#[test]
fn rows_carry_the_schedule_figures_marks_and_a_plain_text_excerpt_of_the_front() {
    let f = Fixture::new();
    let query = Query {
        topic: Some("caching".into()),
        sort: SortKey::Lapses,
        descending: true,
        ..Query::default()
    };
    let page = f.collection().run(&query);
    let leech = &page.rows[0];
    assert_eq!(leech.card.id(), c(4));
    assert_eq!(leech.topic.slug, "caching");
    assert_eq!(leech.state, Some(state(1, 250, 101)));
    assert_eq!(leech.figures.lapses, 8);
    assert!(leech.marks.leech && leech.marks.suspended);
    assert_eq!(leech.front_excerpt, front_excerpt(&caching().cards[4]));
    assert!(
        !leech.front_excerpt.contains('<'),
        "no markup: {}",
        leech.front_excerpt
    );
    let excerpts = catalogue()
        .sections()
        .iter()
        .flat_map(|s| &s.topics)
        .flat_map(|t| &t.cards);
    let longest = excerpts
        .map(front_excerpt)
        .max_by_key(|e| e.chars().count())
        .unwrap();
    assert!(longest.chars().count() <= EXCERPT_CHARS + 1, "{longest}");
}

#[test]
fn pages_hold_fifty_rows_and_a_page_past_the_end_is_the_last() {
    let f = Fixture::new();
    let all: Vec<&str> = Scope::All.card_ids(catalogue());
    let page = |n| {
        f.collection().run(&Query {
            page: n,
            ..Query::default()
        })
    };
    let first = page(0);
    assert_eq!((first.total, first.page, first.first()), (all.len(), 0, 0));
    assert_eq!(first.rows.len(), PAGE_SIZE);
    assert_eq!(first.rows[0].card.id(), all[0]);
    let second = page(1);
    assert_eq!(
        (second.first(), second.rows[0].card.id()),
        (PAGE_SIZE, all[PAGE_SIZE])
    );
    let last = page(10_000);
    assert_eq!(last.page, first.pages() - 1);
    assert_eq!(last.rows.len(), all.len() - last.first());
    assert_eq!(last.rows.last().unwrap().card.id(), *all.last().unwrap());
    let none = f.collection().run(&Query {
        text: "zzqxnothing".into(),
        ..Query::default()
    });
    assert_eq!(
        (none.total, none.page, none.pages(), none.rows.len()),
        (0, 0, 1, 0)
    );
}

#[test]
fn text_section_and_tag_filters_keep_what_the_search_section_and_tag_say() {
    let f = Fixture::new();
    let run = |query: Query| f.collection().run(&Query { page: 0, ..query });
    let found = search(catalogue(), "Cache invalidation", usize::MAX);
    let text = run(Query {
        text: "cache  INVALIDATION".into(),
        ..Query::default()
    });
    assert!(text.total > 0);
    assert_eq!(text.total, found.len());
    assert_eq!(text.rows[0].card.id(), found[0].1.id());
    let (s, section) = catalogue()
        .sections()
        .iter()
        .enumerate()
        .find(|(_, s)| s.topics.iter().any(|t| t.slug == "caching"))
        .unwrap();
    let in_section: usize = section.topics.iter().map(|t| t.cards.len()).sum();
    assert_eq!(
        run(Query {
            section: Some(s),
            ..Query::default()
        })
        .total,
        in_section
    );
    let tag = caching().cards[0].tags().next().expect("a tagged card");
    assert!(tags(catalogue()).contains(&tag));
    let tagged = run(Query {
        tag: Some(tag.into()),
        page: 0,
        ..Query::default()
    });
    let all = catalogue()
        .sections()
        .iter()
        .flat_map(|s| &s.topics)
        .flat_map(|t| &t.cards);
    assert_eq!(
        tagged.total,
        all.filter(|c| c.tags().any(|t| t == tag)).count()
    );
    assert!(tagged.rows.iter().all(|r| r.card.tags().any(|t| t == tag)));
    let both = run(Query {
        tag: Some(tag.into()),
        state: StateFilter::Learning,
        topic: Some("caching".into()),
        ..Query::default()
    });
    assert!(both
        .rows
        .iter()
        .all(|r| r.state.is_some_and(|s| s.interval < 21)));
}
