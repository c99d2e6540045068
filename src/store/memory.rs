//! An in-memory [`Store`] for native tests; it behaves like the IndexedDB one. One value is
//! one device's database: tabs share it (through a reference), devices each have their own.

use super::{no_review, CachedDigest, GradeExtras, Settings, Store, StoreError, StoreResult};
use crate::core::backup::merge::MergePlan;
use crate::core::feedback::boost::Boost;
use crate::core::interview::session::{upsert, Attempt};
use crate::core::srs::batch::EditBatch;
use crate::core::srs::event::{Action, Event, EventId, Hlc};
use crate::core::srs::log::{append, can_retract, card_state, replay, reviews_per_day, CardStates};
use crate::core::srs::marks::{makes_leech, marks_log, Mark};
use crate::core::srs::own::{append_problem, in_id_ranges, named, NEW_ID};
use crate::core::srs::study_day::{Moment, StudyDay};
use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet};
use std::ops::Bound;

/// Everything a [`MemoryStore`] holds.
#[derive(Debug, Default, Clone)]
struct Tables {
    states: CardStates,
    events: BTreeMap<EventId, Event>,
    clock: Hlc,
    settings: Option<Settings>,
    attempts: Vec<Attempt>,
    boosts: Vec<Boost>,
    /// The cached review digest and the event it is as of.
    digest: Option<(EventId, String)>,
}

impl Tables {
    /// The stored events of one card, in id order.
    fn card_events(&self, card_id: &str) -> Vec<Event> {
        let of_card = self.events.values().filter(|e| e.card_id == card_id);
        of_card.cloned().collect()
    }

    /// Appends `action` on `card_id` as one transaction would: a new clock reading, the event
    /// (a new own card or deck named from its id), and the card's replayed state.
    fn append(&mut self, device: &str, card_id: &str, action: Action, now: Moment) -> Event {
        self.clock = self.clock.tick(now.at_ms);
        let id = self.clock.id(device);
        let card_id = named(card_id, &action, &id);
        let history = self.card_events(&card_id);
        let event = append(&history, id, &card_id, action, now);
        match event.after {
            Some(state) => self.states.insert(card_id, state),
            None => self.states.remove(&card_id),
        };
        self.events.insert(event.id.clone(), event.clone());
        event
    }

    /// Adds what `plan` holds as the IndexedDB store's one transaction does.
    fn import(&mut self, plan: &MergePlan, now: Moment) {
        self.digest = None; // events older than it may come in
        for event in &plan.events {
            self.events.insert(event.id.clone(), event.clone());
        }
        let mut touched: Vec<&str> = plan.events.iter().map(|e| e.card_id.as_str()).collect();
        touched.sort_unstable();
        touched.dedup();
        for card in touched {
            match card_state(&self.card_events(card)) {
                Some(state) => self.states.insert(card.to_string(), state),
                None => self.states.remove(card),
            };
        }
        if let Some(newest) = plan.events.iter().filter_map(|e| e.id.hlc()).max() {
            self.clock = self.clock.observe(newest, now.at_ms);
        }
        self.attempts.extend(plan.attempts.iter().cloned());
        self.boosts.extend(plan.boosts.iter().cloned());
        if let Some(settings) = plan.settings {
            self.settings = Some(settings);
        }
    }
}

/// A [`Store`] kept in memory.
#[derive(Debug)]
pub struct MemoryStore {
    device: String,
    tables: RefCell<Tables>,
    /// When set, the next write fails before changing anything (to test error handling).
    fail_next_write: RefCell<Option<StoreError>>,
}

impl Default for MemoryStore {
    fn default() -> Self {
        MemoryStore::on_device("0000000000000001")
    }
}

impl MemoryStore {
    /// An empty store of a device with a fixed id.
    pub fn new() -> Self {
        Self::default()
    }

    /// An empty store of the device `device`.
    pub fn on_device(device: &str) -> Self {
        MemoryStore {
            device: device.to_string(),
            tables: RefCell::default(),
            fail_next_write: RefCell::new(None),
        }
    }

    /// Makes the next write fail with `error`, as a full or broken disk would.
    pub fn fail_next_write(&self, error: StoreError) {
        *self.fail_next_write.borrow_mut() = Some(error);
    }

    fn check_write(&self) -> StoreResult<()> {
        self.fail_next_write.take().map_or(Ok(()), Err)
    }
}

impl Store for MemoryStore {
    async fn card_states(&self) -> StoreResult<CardStates> {
        Ok(self.tables.borrow().states.clone())
    }

    async fn log_since(&self, from: StudyDay) -> StoreResult<Vec<Event>> {
        let tables = self.tables.borrow();
        let since = tables.events.values().filter(|e| e.day >= from);
        Ok(since.cloned().collect())
    }

    async fn full_log(&self) -> StoreResult<Vec<Event>> {
        Ok(self.tables.borrow().events.values().cloned().collect())
    }

    async fn own_log(&self) -> StoreResult<Vec<Event>> {
        let tables = self.tables.borrow();
        let own = tables.events.values().filter(|e| in_id_ranges(&e.card_id));
        Ok(own.cloned().collect())
    }

    async fn marks_log(&self) -> StoreResult<Vec<Event>> {
        let tables = self.tables.borrow();
        let of =
            |keep: fn(&Event) -> bool| tables.events.values().filter(move |e| keep(e)).cloned();
        let marks = of(|e| e.mark().is_some()).collect();
        Ok(marks_log(marks, of(|e| e.retracted().is_some()).collect()))
    }

    async fn append_all(
        &self,
        card_id: &str,
        action: Action,
        extras: GradeExtras,
        now: Moment,
    ) -> StoreResult<Vec<Event>> {
        self.check_write()?;
        if let Some(why) = append_problem(card_id, &action) {
            return Err(StoreError::Refused(why));
        }
        let mut tables = self.tables.borrow_mut();
        let history = tables.card_events(card_id);
        if let Action::Retract(target) = &action {
            if !can_retract(&history, target) {
                return Err(no_review(target));
            }
        }
        let event = tables.append(&self.device, card_id, action, now);
        let event = extras.timed(event);
        tables.events.insert(event.id.clone(), event.clone());
        let leech = makes_leech(&history, &event, extras.leech_threshold);
        let mut stored = vec![event];
        if leech {
            let mark = Action::Mark(Mark::Leech);
            stored.push(tables.append(&self.device, card_id, mark, now));
        }
        Ok(stored)
    }

    async fn card_log(&self, card_id: &str) -> StoreResult<Vec<Event>> {
        Ok(self.tables.borrow().card_events(card_id))
    }

    async fn append_marks(
        &self,
        card_ids: &[String],
        mark: Mark,
        now: Moment,
    ) -> StoreResult<Vec<Event>> {
        self.check_write()?;
        let mut tables = self.tables.borrow_mut();
        let mut append = |id: &String| tables.append(&self.device, id, Action::Mark(mark), now);
        Ok(card_ids.iter().map(&mut append).collect())
    }

    async fn append_batch(&self, batch: &EditBatch, now: Moment) -> StoreResult<Vec<Event>> {
        self.check_write()?;
        if let Some(why) = batch.problem() {
            return Err(StoreError::Refused(why));
        }
        let mut tables = self.tables.borrow_mut();
        let mut append = |id: &str, action| tables.append(&self.device, id, action, now);
        let decks: Vec<Event> = batch
            .new_decks
            .iter()
            .map(|deck| append(NEW_ID, Action::EditDeck(deck.clone())))
            .collect();
        let ids: Vec<String> = decks.iter().map(|e| e.card_id.clone()).collect();
        let cards = batch.card_actions(&ids).into_iter();
        let cards: Vec<Event> = cards.map(|(id, action)| append(&id, action)).collect();
        Ok(decks.into_iter().chain(cards).collect())
    }

    async fn settings(&self) -> StoreResult<Settings> {
        Ok(self.tables.borrow().settings.unwrap_or_default())
    }

    async fn save_settings(&self, settings: Settings) -> StoreResult<()> {
        self.check_write()?;
        self.tables.borrow_mut().settings = Some(settings);
        Ok(())
    }

    async fn attempts(&self) -> StoreResult<Vec<Attempt>> {
        Ok(self.tables.borrow().attempts.clone())
    }

    async fn save_attempt(&self, attempt: &Attempt) -> StoreResult<()> {
        self.check_write()?;
        upsert(&mut self.tables.borrow_mut().attempts, attempt);
        Ok(())
    }

    async fn complete_attempt(&self, attempt: &Attempt, boost: Option<&Boost>) -> StoreResult<()> {
        self.save_attempt(attempt).await?;
        self.tables.borrow_mut().boosts.extend(boost.cloned());
        Ok(())
    }

    async fn boosts(&self) -> StoreResult<Vec<Boost>> {
        Ok(self.tables.borrow().boosts.clone())
    }

    async fn review_count(&self) -> StoreResult<usize> {
        Ok(replay(self.tables.borrow().events.values()).0.len())
    }

    async fn import(&self, plan: &MergePlan, now: Moment) -> StoreResult<()> {
        self.check_write()?;
        self.tables.borrow_mut().import(plan, now);
        Ok(())
    }

    async fn reviews_per_day(
        &self,
        from: StudyDay,
        until: StudyDay,
    ) -> StoreResult<Vec<(StudyDay, usize)>> {
        let events: Vec<Event> = self.tables.borrow().events.values().cloned().collect();
        Ok(reviews_per_day(&events, from, until))
    }

    async fn stats_digest(&self) -> StoreResult<Option<CachedDigest>> {
        let tables = self.tables.borrow();
        let Some((upto, packed)) = tables.digest.clone() else {
            return Ok(None);
        };
        let after = (Bound::Excluded(&upto), Bound::Unbounded);
        let newer: Vec<Event> = tables
            .events
            .range::<EventId, _>(after)
            .map(|(_, e)| e.clone())
            .collect();
        let touched: BTreeSet<&str> = newer.iter().map(|e| e.card_id.as_str()).collect();
        let history = tables
            .events
            .range::<EventId, _>(..=&upto)
            .filter(|(_, e)| touched.contains(e.card_id.as_str()))
            .map(|(_, e)| e.clone());
        Ok(Some(CachedDigest {
            history: history.collect(),
            newer,
            upto,
            packed,
        }))
    }

    async fn save_stats_digest(&self, upto: &EventId, packed: String) -> StoreResult<()> {
        self.check_write()?;
        self.tables.borrow_mut().digest = Some((upto.clone(), packed));
        Ok(())
    }
}
