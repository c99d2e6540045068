//! The app's state (like todomvc's): study data and settings as signals, persisted through
//! the store on every change, which the UI reads through [`AppState`].

mod backup;
mod browse;
mod marks;
mod own;
mod read_only;
mod refresh;
mod writes;

use super::clock;
use crate::core::content::catalogue::{Card, Catalogue, Scope, Section};
use crate::core::content::own::{without_text, RenderText};
use crate::core::feedback::boost::{self, Boost};
use crate::core::interview::session::Attempt;
use crate::core::srs::event::Event;
use crate::core::srs::limits::Limits;
use crate::core::srs::marks::{set_aside, Marks};
use crate::core::srs::own::{in_id_ranges, own_content, OwnContent};
use crate::core::srs::queue::{
    build_queue_of, count, curriculum_counts, Counts, CurriculumCounts, Priority, Stage,
};
use crate::core::srs::study_data::StudyData;
use crate::core::srs::study_day::Moment;
use crate::core::srs::study_day::StudyDay;
use crate::store::indexed_db::IdbStore;
use crate::store::{Settings, Startup, Store, StoreError};
use futures::future::{LocalBoxFuture, Shared};
use leptos::prelude::*;
pub use read_only::ReadOnly;
use std::rc::Rc;
use std::sync::Arc;

/// The store once it is open. On a first visit the app starts before IndexedDB has created the
/// database (there is nothing to read), and writes wait here until it has.
pub type OpeningStore<S = IdbStore> = Shared<LocalBoxFuture<'static, Result<Rc<S>, StoreError>>>;

/// A write in flight (see `AppState::write`).
type Write = LocalBoxFuture<'static, Result<(), StoreError>>;

/// A write that can be run again (Retry after a failure).
pub(super) type WriteFn<S> = Rc<dyn Fn(Rc<S>) -> Write>;

/// Where the autosave of interview notes stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Autosave {
    /// Everything typed is stored.
    Saved,
    /// A version is being written.
    Saving,
    /// The last write failed (the error is shown); the newest version waits for Retry or the
    /// next edit.
    Failed,
}

/// Shared state, provided as context by the app: signals the views read through getters, and
/// the only writes to the store. Generic over the [`Store`] so tests run it on the memory store.
pub struct AppState<S: Store + 'static = IdbStore> {
    store: StoredValue<OpeningStore<S>, LocalStorage>,
    /// Writes asked for and not yet stored, in order (the first is running, or failed).
    queue: StoredValue<Vec<WriteFn<S>>, LocalStorage>,
    /// Tells the other tabs of this browser after every write.
    tabs: StoredValue<Option<web_sys::BroadcastChannel>, LocalStorage>,
    /// The curriculum as the content file gives it (the outline until the cards' text arrives).
    curriculum: StoredValue<Arc<Catalogue>>,
    /// The events of the learner's own decks and cards, and what they say.
    own: StoredValue<(Vec<Event>, OwnContent)>,
    /// The catalogue: the curriculum with the learner's own decks and cards. The cards' text may
    /// arrive later; the screens that show it wait for `CardText`.
    catalogue: StoredValue<Arc<Catalogue>>,
    /// Renders own cards' text, once loaded (`ui::own_text`).
    own_text: StoredValue<Option<RenderText>>,
    /// Bumped when the catalogue changes after start-up (an own card edited, here or in another
    /// tab): what reads the catalogue tracked reads it again.
    content: RwSignal<u64>,
    /// Card states and today's events.
    data: RwSignal<StudyData>,
    /// The learner's settings.
    settings: RwSignal<Settings>,
    /// The study day, rolled over at the day-start hour while the app is open.
    today: RwSignal<StudyDay>,
    /// True while a write is in flight or waiting (grade buttons wait meanwhile).
    busy: RwSignal<bool>,
    /// The last storage error, shown to the learner (with Retry when a write failed).
    error: RwSignal<Option<String>>,
    /// Set when another tab upgraded the database: this tab must reload.
    outdated: RwSignal<bool>,
    /// Bumped after every successful write, so views can reset per-step UI (a shown answer).
    revision: RwSignal<u64>,
    /// Mock-interview attempts, oldest first.
    attempts: RwSignal<Vec<Attempt>>,
    /// Review boosts from interview attempts.
    boosts: RwSignal<Vec<Boost>>,
    /// What the marks on cards say (derived from the marks log in `data`).
    marks: Memo<Marks>,
    /// The queue priority those boosts and marks give today (derived from them and the day).
    priority: Memo<Priority>,
    /// The card a grade just made a leech (suspended), for the review screen's notice.
    leech: RwSignal<Option<String>>,
    /// The card on the review screen and when it was shown (`clock::monotonic_ms`).
    shown_at: StoredValue<Option<(String, f64)>>,
    /// Where attempt autosaves stand.
    autosave: RwSignal<Autosave>,
    /// Attempt versions waiting to be written.
    unsaved: StoredValue<Vec<Attempt>>,
}

impl<S: Store + 'static> Clone for AppState<S> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<S: Store + 'static> Copy for AppState<S> {}

impl<S: Store + 'static> AppState<S> {
    /// State around a store (open, or opening), what was read from it at start-up and the
    /// catalogue read from the content file; `outdated` is the flag the store sets when another
    /// tab upgrades the database.
    pub fn new(
        store: OpeningStore<S>,
        startup: Startup,
        catalogue: Catalogue,
        outdated: RwSignal<bool>,
    ) -> Self {
        let Startup {
            today,
            settings,
            data,
            attempts,
            boosts,
            own_log,
        } = startup;
        let own = own_content(&own_log);
        let today = RwSignal::new(today);
        let boosts = RwSignal::new(boosts);
        let catalogue_with_own = Arc::new(catalogue.with_own(&own, without_text));
        let curriculum = StoredValue::new(Arc::new(catalogue));
        let catalogue = StoredValue::new(catalogue_with_own);
        let data = RwSignal::new(data);
        let marks = Memo::new(move |_| data.with(StudyData::marks));
        AppState {
            attempts: RwSignal::new(attempts),
            // read again whenever a boost is added, a mark changes or the day rolls over
            priority: Memo::new(move |_| {
                let catalogue = catalogue.get_value();
                let mut priority = boosts.with(|b| boost::priority(&catalogue, b, today.get()));
                priority.set_aside = marks.with(|m| set_aside(m, today.get()));
                priority
            }),
            marks,
            leech: RwSignal::new(None),
            shown_at: StoredValue::new(None),
            catalogue,
            curriculum,
            own: StoredValue::new((own_log, own)),
            content: RwSignal::new(0),
            own_text: StoredValue::new(None),
            boosts,
            autosave: RwSignal::new(Autosave::Saved),
            unsaved: StoredValue::new(Vec::new()),
            store: StoredValue::new_local(store),
            queue: StoredValue::new_local(Vec::new()),
            tabs: StoredValue::new_local(None),
            data,
            settings: RwSignal::new(settings),
            today,
            busy: RwSignal::new(false),
            error: RwSignal::new(None),
            outdated,
            revision: RwSignal::new(0),
        }
    }

    /// The catalogue: the curriculum and the learner's own decks and cards (tracks changes of
    /// the own ones).
    pub fn catalogue(&self) -> Arc<Catalogue> {
        self.content.track();
        self.catalogue.get_value()
    }

    /// The learner's own decks and cards, as typed (tracks their changes).
    pub fn own(&self) -> OwnContent {
        self.content.track();
        self.own.with_value(|(_, own)| own.clone())
    }

    /// Takes the cards' fronts and backs from `full` (the content file, after the outline).
    pub fn take_card_text(&self, full: Catalogue) {
        self.curriculum.update_value(|curriculum| {
            let outline = Arc::unwrap_or_clone(std::mem::take(curriculum));
            *curriculum = Arc::new(outline.with_text_of(full));
        });
        self.show_own();
    }

    /// Builds the catalogue again from the curriculum and the own content held.
    fn show_own(&self) {
        let render = self.own_text.get_value().unwrap_or(without_text);
        let curriculum = self.curriculum.get_value();
        let shown = self
            .own
            .with_value(|(_, own)| curriculum.with_own(own, render));
        self.catalogue.set_value(Arc::new(shown));
    }

    /// Takes the renderer of own cards' text, once loaded: the catalogue gets their text.
    pub fn take_own_text(&self, render: RenderText) {
        self.own_text.set_value(Some(render));
        self.show_own();
        self.content.update(|n| *n += 1);
    }

    /// Whether the own cards' text is in the catalogue (or there are none).
    pub fn has_own_text(&self) -> bool {
        self.own_text.with_value(Option::is_some)
            || self.own.with_value(|(_, own)| own.cards.is_empty())
    }

    /// Takes the events of the learner's own decks and cards (`events`: all of them, as read
    /// again, or `added` to those held); the catalogue follows when what they say changed.
    pub(super) fn take_own(&self, events: Option<Vec<Event>>, added: &[Event]) {
        let mut log = events.unwrap_or_else(|| self.own.with_value(|(log, _)| log.clone()));
        log.extend(added.iter().filter(|e| in_id_ranges(&e.card_id)).cloned());
        let own = own_content(&log);
        let changed = self.own.with_value(|(_, held)| *held != own);
        self.own.set_value((log, own));
        if changed {
            self.show_own();
            self.content.update(|n| *n += 1);
        }
    }

    /// Card states and today's events.
    pub fn data(&self) -> ReadOnly<StudyData> {
        ReadOnly::of(self.data)
    }

    /// The learner's settings.
    pub fn settings(&self) -> ReadOnly<Settings> {
        ReadOnly::of(self.settings)
    }

    /// The study day, rolled over at the day-start hour while the app is open.
    pub fn today(&self) -> ReadOnly<StudyDay> {
        ReadOnly::of(self.today)
    }

    /// True while a write is in flight or waiting.
    pub fn busy(&self) -> ReadOnly<bool> {
        ReadOnly::of(self.busy)
    }

    /// The last storage error, in words for the learner.
    pub fn error(&self) -> ReadOnly<Option<String>> {
        ReadOnly::of(self.error)
    }

    /// True once another tab upgraded the database: this one must reload.
    pub fn outdated(&self) -> ReadOnly<bool> {
        ReadOnly::of(self.outdated)
    }

    /// Bumped after every successful write.
    pub fn revision(&self) -> ReadOnly<u64> {
        ReadOnly::of(self.revision)
    }

    /// Mock-interview attempts, oldest first.
    pub fn attempts(&self) -> ReadOnly<Vec<Attempt>> {
        ReadOnly::of(self.attempts)
    }

    /// Review boosts from interview attempts.
    pub fn boosts(&self) -> ReadOnly<Vec<Boost>> {
        ReadOnly::of(self.boosts)
    }

    /// The queue priority interview boosts give today.
    pub fn priority(&self) -> Memo<Priority> {
        self.priority
    }

    /// Where attempt autosaves stand.
    pub fn autosave(&self) -> ReadOnly<Autosave> {
        ReadOnly::of(self.autosave)
    }

    /// Shows a storage error that no write caused (a read after the first screen).
    pub fn report(&self, error: StoreError) {
        self.error.set(Some(error.to_string()));
    }

    /// Takes the review counts of the days before today, read after the first screen.
    pub fn set_earlier_reviews(&self, counts: Vec<(StudyDay, usize)>) {
        self.data.update(|d| d.earlier_reviews = counts);
    }

    /// Now, by the learner's day-start hour.
    pub fn now(&self) -> Moment {
        clock::now(self.settings.get_untracked().day_start_hour)
    }

    /// Calls `f` with what today's queue depends on: study data, today, the daily limits and
    /// the priority (tracks data, the day, settings and priority).
    fn with_queue_inputs<R>(
        &self,
        f: impl FnOnce(&StudyData, StudyDay, Limits, &Priority) -> R,
    ) -> R {
        let today = self.today.get();
        let limits = self.settings.with(Settings::limits);
        self.data
            .with(|d| self.priority.with(|p| f(d, today, limits, p)))
    }

    /// Today's queue for `scope` (tracks the catalogue, data and settings): the cards
    /// themselves, which share the catalogue's text (no copy per card).
    pub fn queue(&self, scope: &Scope) -> Vec<(Card, Stage)> {
        let catalogue = self.catalogue();
        let cards: Vec<&Card> = scope.cards(&catalogue).collect();
        self.with_queue_inputs(|d, today, limits, p| {
            let queue = build_queue_of(
                &cards,
                |c| c.id(),
                &d.states,
                &d.recent_log,
                today,
                limits,
                p,
            );
            queue.into_iter().map(|(c, s)| ((*c).clone(), s)).collect()
        })
    }

    /// Today's counts for every topic, every section and overall (tracks data and settings).
    pub fn curriculum_counts(&self) -> CurriculumCounts {
        let catalogue = self.catalogue();
        self.with_queue_inputs(|d, today, limits, p| {
            let ids = catalogue.sections().iter().map(Section::topic_card_ids);
            curriculum_counts(ids, &d.states, &d.recent_log, today, limits, p)
        })
    }

    /// Today's counts for `scope` (tracks data and settings).
    pub fn counts(&self, scope: &Scope) -> Counts {
        count(&self.queue(scope))
    }
}
