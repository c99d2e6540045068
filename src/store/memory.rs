//! An in-memory [`Store`] for native tests; it behaves like the IndexedDB one.

use super::{Settings, Store, StoreError, StoreResult};
use crate::core::feedback::boost::Boost;
use crate::core::interview::session::{upsert, Attempt};
use crate::core::srs::log::LogEntry;
use crate::core::srs::study_data::CardStates;
use crate::core::srs::study_day::StudyDay;
use std::cell::RefCell;
use std::collections::BTreeMap;

/// Everything a [`MemoryStore`] holds.
#[derive(Debug, Default, Clone)]
struct Tables {
    states: CardStates,
    log: BTreeMap<u64, LogEntry>,
    next_seq: u64,
    settings: Option<Settings>,
    attempts: Vec<Attempt>,
    boosts: Vec<Boost>,
}

/// A [`Store`] kept in memory.
#[derive(Debug, Default)]
pub struct MemoryStore {
    tables: RefCell<Tables>,
    /// When set, the next write fails before changing anything (to test error handling).
    fail_next_write: RefCell<bool>,
}

impl MemoryStore {
    /// An empty store.
    pub fn new() -> Self {
        Self::default()
    }

    /// Makes the next write fail, as a full or broken disk would.
    pub fn fail_next_write(&self) {
        *self.fail_next_write.borrow_mut() = true;
    }

    fn check_write(&self) -> StoreResult<()> {
        if self.fail_next_write.replace(false) {
            return Err(StoreError("quota exceeded".into()));
        }
        Ok(())
    }
}

impl Store for MemoryStore {
    async fn card_states(&self) -> StoreResult<CardStates> {
        Ok(self.tables.borrow().states.clone())
    }

    async fn log_since(&self, from: StudyDay) -> StoreResult<Vec<LogEntry>> {
        Ok(self
            .tables
            .borrow()
            .log
            .values()
            .filter(|e| e.day >= from)
            .cloned()
            .collect())
    }

    async fn full_log(&self) -> StoreResult<Vec<LogEntry>> {
        Ok(self.tables.borrow().log.values().cloned().collect())
    }

    async fn record(&self, mut entry: LogEntry) -> StoreResult<LogEntry> {
        self.check_write()?;
        let mut tables = self.tables.borrow_mut();
        tables.next_seq += 1;
        entry.seq = tables.next_seq;
        tables.states.insert(entry.card_id.clone(), entry.after);
        tables.log.insert(entry.seq, entry.clone());
        Ok(entry)
    }

    async fn undo(&self, entry: &LogEntry) -> StoreResult<()> {
        self.check_write()?;
        let mut tables = self.tables.borrow_mut();
        if tables.log.remove(&entry.seq).is_none() {
            return Err(StoreError(format!(
                "review {} is not in the log",
                entry.seq
            )));
        }
        match entry.before {
            Some(state) => tables.states.insert(entry.card_id.clone(), state),
            None => tables.states.remove(&entry.card_id),
        };
        Ok(())
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

    async fn reviews_per_day(
        &self,
        from: StudyDay,
        until: StudyDay,
    ) -> StoreResult<Vec<(StudyDay, usize)>> {
        let tables = self.tables.borrow();
        let count = |day| tables.log.values().filter(|e| e.day == day).count();
        Ok((from.0..until.0)
            .map(|d| (StudyDay(d), count(StudyDay(d))))
            .collect())
    }
}
