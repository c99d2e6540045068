//! The browser [`Store`]: IndexedDB via `indexed_db_futures`. The schema and its upgrades are
//! in `schema.rs`, the request helpers every operation uses in `request.rs`, the card-state
//! snapshot in `snapshot.rs`, merging a backup in `import.rs`, a batch of edits in `batch.rs`.

mod batch;
mod digest;
mod import;
mod marks;
mod request;
mod schema;
mod snapshot;

use super::{no_review, CachedDigest, GradeExtras, Settings, Store, StoreError, StoreResult};
use crate::core::backup::merge::MergePlan;
use crate::core::feedback::boost::Boost;
use crate::core::interview::session::Attempt;
use crate::core::srs::batch::EditBatch;
use crate::core::srs::event::{Action, Event, EventId};
use crate::core::srs::log::{append, can_retract, CardStates};
use crate::core::srs::marks::{makes_leech, Mark};
use crate::core::srs::own::{append_problem, named, ID_RANGES};
use crate::core::srs::study_day::{Moment, StudyDay};
use crate::core::text::order::by_key;
use futures::future::join;
use indexed_db_futures::database::Database;
use indexed_db_futures::prelude::*;
use indexed_db_futures::transaction::TransactionMode;
use indexed_db_futures::KeyRange;
use request::{all_records, commit, err, get_by_key, put_at, put_record, request_range, tx};
pub use schema::DB_VERSION;
use schema::*;
use snapshot::put_state;

/// The database name the app uses.
pub const DB_NAME: &str = "archdrill";

/// IndexedDB-backed [`Store`].
pub struct IdbStore {
    db: Database,
}

impl IdbStore {
    /// Opens (creating or upgrading) the database `name`, then moves a v1–v3 review log into
    /// the event log. `on_version_change` runs when another tab asks to upgrade the database:
    /// the connection is closed first, so that tab is not blocked.
    pub async fn open(name: &str, on_version_change: impl Fn() + 'static) -> StoreResult<IdbStore> {
        let db = Database::open(name)
            .with_version(DB_VERSION)
            .with_on_blocked(|_| Ok(()))
            .with_on_upgrade_needed(|event, db| upgrade(&event, &db))
            .await
            .map_err(|e| match e {
                indexed_db_futures::error::OpenDbError::Base(e) => err(e),
                other => StoreError::Other(other.to_string()),
            })?;
        watch_version_change(&db, on_version_change);
        if has_legacy_log(&db) {
            move_legacy_log(&db).await?;
        }
        Ok(IdbStore { db })
    }

    /// Whether the browser says there is no database `name` yet (`indexedDB.databases()`), so
    /// nothing is stored; `false` whenever it cannot say. index.html asks early and leaves the
    /// promise in `window.archdrillDatabases`; without it, this asks now.
    pub async fn is_absent(name: &str) -> bool {
        use wasm_bindgen::JsCast;
        let Some(window) = web_sys::window() else {
            return false;
        };
        let asked = js_sys::Reflect::get(&window, &"archdrillDatabases".into())
            .ok()
            .filter(|p| p.is_instance_of::<js_sys::Promise>());
        let ask = || {
            let factory = window.indexed_db().ok().flatten()?;
            js_sys::Reflect::get(&factory, &"databases".into())
                .ok()?
                .dyn_into::<js_sys::Function>()
                .ok()?
                .call0(&factory)
                .ok()
        };
        let Some(list) = asked.or_else(ask) else {
            return false;
        };
        let found = wasm_bindgen_futures::JsFuture::from(js_sys::Promise::from(list)).await;
        let Some(found) = found.ok().filter(js_sys::Array::is_array) else {
            return false;
        };
        !js_sys::Array::from(&found).iter().any(|db| {
            js_sys::Reflect::get(&db, &"name".into())
                .ok()
                .and_then(|n| n.as_string())
                .is_some_and(|n| n == name)
        })
    }

    /// Deletes the database `name` (tests start from nothing).
    pub async fn delete(name: &str) -> StoreResult<()> {
        let request =
            Database::delete_by_name(name).map_err(|e| StoreError::Other(e.to_string()))?;
        request.await.map_err(err)
    }

    /// The schema version of the open database.
    pub fn version(&self) -> u32 {
        self.db.version() as u32
    }

    /// Stores `value` as the one record of the store `name` (under the key `name`).
    async fn put_single<T: serde::Serialize>(&self, name: &str, value: &T) -> StoreResult<()> {
        let tx = tx(&self.db, &[name], TransactionMode::Readwrite)?;
        put_at(&tx.object_store(name).map_err(err)?, name, value)?;
        commit(tx).await
    }

    /// Every record of one object store, in key order.
    async fn all<T: for<'de> serde::Deserialize<'de>>(&self, name: &str) -> StoreResult<Vec<T>> {
        let tx = tx(&self.db, &[name], TransactionMode::Readonly)?;
        all_records(&tx.object_store(name).map_err(err)?).await
    }

    /// Events whose study day is in `range`, by day, then id.
    async fn events_of_days(&self, range: KeyRange<f64>) -> StoreResult<Vec<Event>> {
        let tx = tx(&self.db, &[EVENTS], TransactionMode::Readonly)?;
        let events = tx.object_store(EVENTS).map_err(err)?;
        let index = events.index(DAY_INDEX).map_err(err)?;
        let found = request_range(&index, range)?.await;
        found
    }
}

/// Closes `db` and calls `then` when another tab opens it with a newer version.
fn watch_version_change(db: &Database, then: impl Fn() + 'static) {
    use indexed_db_futures::internals::SystemRepr;
    use wasm_bindgen::{closure::Closure, JsCast};
    let sys: web_sys::IdbDatabase = db.as_sys().clone().unchecked_into();
    let target = sys.clone();
    let on_change = Closure::<dyn Fn()>::new(move || {
        target.close();
        then();
    });
    sys.set_onversionchange(Some(on_change.as_ref().unchecked_ref()));
    on_change.forget(); // lives as long as the connection, which lives as long as the page
}

impl Store for IdbStore {
    async fn card_states(&self) -> StoreResult<CardStates> {
        snapshot::card_states(&self.db).await
    }

    async fn log_since(&self, from: StudyDay) -> StoreResult<Vec<Event>> {
        self.events_of_days(KeyRange::LowerBound(f64::from(from.0), false))
            .await
    }

    async fn full_log(&self) -> StoreResult<Vec<Event>> {
        self.all(EVENTS).await
    }

    async fn own_log(&self) -> StoreResult<Vec<Event>> {
        let tx = tx(&self.db, &[EVENTS], TransactionMode::Readonly)?;
        let events = tx.object_store(EVENTS).map_err(err)?;
        let index = events.index(CARD_INDEX).map_err(err)?;
        let range = |(start, end): (&str, &str)| {
            let range = KeyRange::Bound(start.to_string(), false, end.to_string(), true);
            request_range::<_, String, Event, _, _>(&index, range)
        };
        let (cards, decks) = (range(ID_RANGES[0])?, range(ID_RANGES[1])?);
        let (cards, decks) = join(cards, decks).await;
        let mut own = cards?;
        own.extend(decks?);
        Ok(own)
    }

    async fn marks_log(&self) -> StoreResult<Vec<Event>> {
        marks::read_marks_log(self).await
    }

    async fn append_all(
        &self,
        card_id: &str,
        action: Action,
        extras: GradeExtras,
        now: Moment,
    ) -> StoreResult<Vec<Event>> {
        if let Some(why) = append_problem(card_id, &action) {
            return Err(StoreError::Refused(why));
        }
        let tx = tx(&self.db, &[EVENTS, CARDS, META], TransactionMode::Readwrite)?;
        let events = tx.object_store(EVENTS).map_err(err)?;
        let (cards, meta) = (
            tx.object_store(CARDS).map_err(err)?,
            tx.object_store(META).map_err(err)?,
        );
        let index = events.index(CARD_INDEX).map_err(err)?;
        let history = request_range(&index, KeyRange::Only(card_id.to_string()))?;
        let (history, clock) = join(history, get_by_key::<Clock>(&meta, CLOCK)).await;
        let mut history: Vec<Event> = history?;
        if let Action::Retract(target) = &action {
            if !can_retract(&history, target) {
                return Err(no_review(target)); // the transaction is dropped: nothing written
            }
        }
        let mut clock = clock?.ok_or_else(|| StoreError::NotFound("This device's clock".into()))?;
        let mut issue = |history: &[Event], card_id: &str, action| {
            clock.last = clock.last.tick(now.at_ms);
            let id = clock.last.id(&clock.device);
            // a new card or deck (`NEW_ID`) has no stored events: `history` is empty, as it should be
            let card_id = named(card_id, &action, &id);
            append(history, id, &card_id, action, now)
        };
        let event = extras.timed(issue(&history, card_id, action));
        let leech = makes_leech(&history, &event, extras.leech_threshold);
        let mut stored = vec![event];
        if leech {
            history.push(stored[0].clone());
            stored.push(issue(&history, card_id, Action::Mark(Mark::Leech)));
        }
        for event in &stored {
            put_record(&events, event)?;
        }
        put_at(&meta, CLOCK, &clock)?;
        // the card's state after the last event stored
        let newest = &stored[stored.len() - 1];
        put_state(&cards, &newest.card_id, newest.after)?;
        drop(index);
        drop((events, cards, meta));
        commit(tx).await?;
        Ok(stored)
    }

    async fn card_log(&self, card_id: &str) -> StoreResult<Vec<Event>> {
        marks::card_log(self, card_id).await
    }

    async fn append_marks(
        &self,
        card_ids: &[String],
        mark: Mark,
        now: Moment,
    ) -> StoreResult<Vec<Event>> {
        marks::append_marks(&self.db, card_ids, mark, now).await
    }

    async fn append_batch(&self, batch: &EditBatch, now: Moment) -> StoreResult<Vec<Event>> {
        batch::append_batch(&self.db, batch, now).await
    }

    async fn settings(&self) -> StoreResult<Settings> {
        let tx = tx(&self.db, &[SETTINGS], TransactionMode::Readonly)?;
        let store = tx.object_store(SETTINGS).map_err(err)?;
        let stored: Option<Settings> = get_by_key(&store, SETTINGS).await?;
        Ok(stored.unwrap_or_default())
    }

    async fn save_settings(&self, settings: Settings) -> StoreResult<()> {
        self.put_single(SETTINGS, &settings).await
    }

    async fn attempts(&self) -> StoreResult<Vec<Attempt>> {
        let attempts: Vec<Attempt> = self.all(ATTEMPTS).await?;
        // start times are non-negative milliseconds, so their whole values order them
        Ok(by_key(attempts, |a| a.started_ms as u64))
    }

    async fn save_attempt(&self, attempt: &Attempt) -> StoreResult<()> {
        self.complete_attempt(attempt, None).await
    }

    async fn complete_attempt(&self, attempt: &Attempt, boost: Option<&Boost>) -> StoreResult<()> {
        let tx = tx(&self.db, &[ATTEMPTS, BOOSTS], TransactionMode::Readwrite)?;
        put_record(&tx.object_store(ATTEMPTS).map_err(err)?, attempt)?;
        if let Some(boost) = boost {
            let boosts = tx.object_store(BOOSTS).map_err(err)?;
            boosts.add(boost).serde().map(drop).map_err(err)?;
        }
        commit(tx).await
    }

    async fn boosts(&self) -> StoreResult<Vec<Boost>> {
        self.all(BOOSTS).await
    }

    async fn review_count(&self) -> StoreResult<usize> {
        let tx = tx(&self.db, &[EVENTS], TransactionMode::Readonly)?;
        let events = tx.object_store(EVENTS).map_err(err)?;
        let count = |index: &str| -> StoreResult<_> {
            let index = events.index(index).map_err(err)?;
            let request = index.count().primitive().map_err(err)?;
            Ok(async move { request.await.map_err(err) })
        };
        let (reviews, retractions) = (count(REVIEW_DAY_INDEX)?, count(RETRACTION_DAY_INDEX)?);
        let others = marks::non_review_retractions(self);
        let ((reviews, retractions), others) = join(join(reviews, retractions), others).await;
        // an undone edit or mark is a retraction too, but takes no review away
        let not_of_reviews = others?.len();
        Ok((reviews? as usize + not_of_reviews).saturating_sub(retractions? as usize))
    }

    async fn import(&self, plan: &MergePlan, now: Moment) -> StoreResult<()> {
        import::merge(&self.db, plan, now.at_ms).await
    }

    async fn reviews_per_day(
        &self,
        from: StudyDay,
        until: StudyDay,
    ) -> StoreResult<Vec<(StudyDay, usize)>> {
        let tx = tx(&self.db, &[EVENTS], TransactionMode::Readonly)?;
        let events = tx.object_store(EVENTS).map_err(err)?;
        let (reviews, retractions) = (
            events.index(REVIEW_DAY_INDEX).map_err(err)?,
            events.index(RETRACTION_DAY_INDEX).map_err(err)?,
        );
        // every count asked for before the first is awaited: one round of the event loop. A
        // retraction is counted on the day it was made, which is its review's day (Undo takes
        // the loaded day's reviews)
        let day = |d: i32| {
            let key = |d: i32| wasm_bindgen::JsValue::from(js_sys::Array::of1(&d.into()));
            KeyRange::Bound(key(d), false, key(d + 1), true)
        };
        let mut requests = Vec::new();
        for d in from.0..until.0 {
            let reviewed = reviews
                .count()
                .with_query::<wasm_bindgen::JsValue, _>(day(d))
                .primitive()
                .map_err(err)?;
            let retracted = retractions
                .count()
                .with_query::<wasm_bindgen::JsValue, _>(day(d))
                .primitive()
                .map_err(err)?;
            requests.push((d, reviewed, retracted));
        }
        // an undone edit or mark is a retraction too, but takes no review away
        let not_of_reviews = marks::non_review_retractions(self).await?;
        let mut counts = Vec::with_capacity(requests.len());
        for (d, reviewed, retracted) in requests {
            let (reviewed, retracted) =
                (reviewed.await.map_err(err)?, retracted.await.map_err(err)?);
            let of_edits = not_of_reviews.iter().filter(|day| day.0 == d).count();
            counts.push((
                StudyDay(d),
                (reviewed as usize + of_edits).saturating_sub(retracted as usize),
            ));
        }
        Ok(counts)
    }

    async fn stats_digest(&self) -> StoreResult<Option<CachedDigest>> {
        digest::read(&self.db).await
    }

    async fn save_stats_digest(&self, upto: &EventId, packed: String) -> StoreResult<()> {
        digest::write(&self.db, upto, packed).await
    }
}
