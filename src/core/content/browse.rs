//! The card browser's query: every card of the catalogue (curriculum and own) filtered by text
//! (the search's words), section, topic, tag and state, sorted by a figure of its schedule, and
//! cut into pages of [`PAGE_SIZE`] rows. One pass over the cards with no allocation per card
//! (the text search aside, which reads each card's text); only the page's rows carry text.

use super::catalogue::{Card, Catalogue, Topic};
use super::progress::MATURE_DAYS;
use super::search::SearchWords;
use crate::core::srs::card_figures::{CardFigures, Figures};
use crate::core::srs::log::CardStates;
use crate::core::srs::marks::{CardMarks, Flag, Marks};
use crate::core::srs::sm2::Sm2State;
use crate::core::srs::study_day::StudyDay;
use crate::core::text::markdown::plain_text;
use crate::core::text::order::sort_keys;

/// Rows on one page of the browser.
pub const PAGE_SIZE: usize = 50;

/// Characters of a card's front a row shows.
pub const EXCERPT_CHARS: usize = 100;

/// Which cards a state filter keeps.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum StateFilter {
    /// Every card.
    #[default]
    Any,
    /// Never graded (or reset).
    New,
    /// Due on or before today, and not suspended or buried today.
    DueToday,
    /// Graded, interval under 21 days.
    Learning,
    /// Interval of 21 days or more.
    Mature,
    /// Suspended (by hand or as a leech).
    Suspended,
    /// Buried today.
    Buried,
    /// Tagged leech.
    Leech,
    /// Flagged: any flag (`None`) or this colour.
    Flagged(Option<Flag>),
}

/// What the rows are sorted by.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum SortKey {
    /// The curriculum's order (sections, topics, cards as the decks list them).
    #[default]
    Curriculum,
    /// The day the card is next due.
    Due,
    /// The current interval.
    Interval,
    /// The easiness factor.
    Ease,
    /// How often it lapsed.
    Lapses,
    /// The day of its last review.
    LastReview,
}

/// A browser query: the filters, the order and the page wanted.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Query {
    /// Words every card shown contains (empty: no text filter).
    pub text: String,
    /// Only this section's cards (by index in the catalogue).
    pub section: Option<usize>,
    /// Only this topic's cards (by slug).
    pub topic: Option<String>,
    /// Only cards with this tag.
    pub tag: Option<String>,
    /// Only cards in this state.
    pub state: StateFilter,
    /// The order.
    pub sort: SortKey,
    /// Largest first (new cards, which have no schedule, come last either way).
    pub descending: bool,
    /// The page wanted, from 0 (past the last page: the last one).
    pub page: usize,
}

/// What a query reads besides the catalogue: the schedule, the log's figures and the marks.
#[derive(Debug, Clone, Copy)]
pub struct Collection<'a> {
    /// Every card.
    pub catalogue: &'a Catalogue,
    /// Card states.
    pub states: &'a CardStates,
    /// Lapses and last reviews.
    pub figures: &'a Figures,
    /// Marks on cards.
    pub marks: &'a Marks,
    /// Today's study day.
    pub today: StudyDay,
}

/// One card as a row of the browser.
#[derive(Debug, Clone, PartialEq)]
pub struct Row<'c> {
    /// The card.
    pub card: &'c Card,
    /// Its topic (or own deck).
    pub topic: &'c Topic,
    /// The front as plain text, cut to [`EXCERPT_CHARS`].
    pub front_excerpt: String,
    /// Its schedule (`None`: new).
    pub state: Option<Sm2State>,
    /// Lapses and last review.
    pub figures: CardFigures,
    /// Its marks.
    pub marks: CardMarks,
}

/// One page of a query's result.
#[derive(Debug, Clone, PartialEq)]
pub struct Page<'c> {
    /// The page's rows, in order.
    pub rows: Vec<Row<'c>>,
    /// How many cards the query keeps in all.
    pub total: usize,
    /// The page shown, from 0.
    pub page: usize,
}

impl Page<'_> {
    /// The position (from 0) of the page's first row among all kept.
    pub fn first(&self) -> usize {
        self.page * PAGE_SIZE
    }

    /// How many pages the result has (at least 1).
    pub fn pages(&self) -> usize {
        self.total.div_ceil(PAGE_SIZE).max(1)
    }
}

/// The front of `card` as plain text, at most [`EXCERPT_CHARS`] characters (then "…").
pub fn front_excerpt(card: &Card) -> String {
    let text = plain_text(card.front());
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    match text.char_indices().nth(EXCERPT_CHARS) {
        Some((at, _)) => format!("{}…", &text[..at]),
        None => text,
    }
}

/// A figure as a sort key: values in order, a missing one (a new card's) after every value
/// whichever the direction.
fn sort_key(value: Option<u64>, descending: bool) -> u64 {
    match value {
        Some(v) if descending => u64::MAX - 1 - v.min(u64::MAX - 1),
        Some(v) => v.min(u64::MAX - 1),
        None => u64::MAX,
    }
}

impl<'a> Collection<'a> {
    /// Whether a card with this schedule and these marks passes `filter`.
    fn passes(&self, filter: StateFilter, state: Option<Sm2State>, marks: CardMarks) -> bool {
        match filter {
            StateFilter::Any => true,
            StateFilter::New => state.is_none(),
            StateFilter::DueToday => {
                state.is_some_and(|s| s.due <= self.today) && !marks.set_aside(self.today)
            }
            StateFilter::Learning => state.is_some_and(|s| s.interval < MATURE_DAYS),
            StateFilter::Mature => state.is_some_and(|s| s.interval >= MATURE_DAYS),
            StateFilter::Suspended => marks.suspended,
            StateFilter::Buried => marks.buried_on == Some(self.today),
            StateFilter::Leech => marks.leech,
            StateFilter::Flagged(None) => marks.flag.is_some(),
            StateFilter::Flagged(colour) => marks.flag == colour,
        }
    }

    /// The figure `key` sorts by, for a card with this schedule and these figures.
    fn figure(key: SortKey, state: Option<Sm2State>, figures: CardFigures) -> Option<u64> {
        let day = |d: StudyDay| (i64::from(d.0) - i64::from(i32::MIN)) as u64;
        match key {
            SortKey::Curriculum => Some(0),
            SortKey::Due => state.map(|s| day(s.due)),
            SortKey::Interval => state.map(|s| u64::from(s.interval)),
            SortKey::Ease => state.map(|s| u64::from(s.ef100)),
            SortKey::Lapses => Some(u64::from(figures.lapses)),
            SortKey::LastReview => figures.last_review.map(day),
        }
    }

    /// Every card of the catalogue with its topic, in curriculum order (`section`: only that
    /// section's).
    fn cards(&self, section: Option<usize>) -> impl Iterator<Item = (&'a Topic, &'a Card)> + 'a {
        let sections = self.catalogue.sections().iter().enumerate();
        let kept = sections.filter(move |(i, _)| section.is_none_or(|s| s == *i));
        let topics = kept.flat_map(|(_, s)| s.topics.iter());
        topics.flat_map(|t| t.cards.iter().map(move |c| (t, c)))
    }

    /// The page of `query`'s result it asks for (the last one when it asks past the end).
    pub fn run(&self, query: &Query) -> Page<'a> {
        let words = SearchWords::of(&query.text);
        let mut kept: Vec<(&'a Topic, &'a Card)> = Vec::new();
        let mut keys: Vec<(u64, usize)> = Vec::new();
        for (topic, card) in self.cards(query.section) {
            let marks = self.marks.get(card.id()).copied().unwrap_or_default();
            let state = self.states.get(card.id()).copied();
            let keep = query.topic.as_ref().is_none_or(|slug| *slug == topic.slug)
                && query
                    .tag
                    .as_ref()
                    .is_none_or(|tag| card.tags().any(|t| t == tag))
                && self.passes(query.state, state, marks)
                && words.as_ref().is_none_or(|w| w.matches(card));
            if keep {
                let figures = self.figures.get(card.id()).copied().unwrap_or_default();
                let figure = Self::figure(query.sort, state, figures);
                keys.push((sort_key(figure, query.descending), kept.len()));
                kept.push((topic, card));
            }
        }
        sort_keys(&mut keys);
        let total = kept.len();
        let page = query.page.min(total.saturating_sub(1) / PAGE_SIZE);
        let on_page = keys.iter().skip(page * PAGE_SIZE).take(PAGE_SIZE);
        let rows = on_page
            .map(|&(_, i)| self.row(kept[i].0, kept[i].1))
            .collect();
        Page { rows, total, page }
    }

    /// The row of `card` in `topic`.
    fn row(&self, topic: &'a Topic, card: &'a Card) -> Row<'a> {
        Row {
            card,
            topic,
            front_excerpt: front_excerpt(card),
            state: self.states.get(card.id()).copied(),
            figures: self.figures.get(card.id()).copied().unwrap_or_default(),
            marks: self.marks.get(card.id()).copied().unwrap_or_default(),
        }
    }
}

/// Every tag of the catalogue's cards, each once, in alphabetical order.
pub fn tags(catalogue: &Catalogue) -> Vec<&str> {
    let topics = catalogue.sections().iter().flat_map(|s| &s.topics);
    let tags: std::collections::BTreeSet<&str> =
        topics.flat_map(|t| &t.cards).flat_map(Card::tags).collect();
    tags.into_iter().collect()
}
