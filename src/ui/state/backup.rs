//! The app state's side of backups and of reading everything: the whole log (the card browser),
//! the review digest (Stats), everything
//! stored as a backup, the plan of merging one in, and the import itself, queued like every
//! write and followed by a fresh read of everything.

use super::AppState;
use crate::core::backup::merge::{plan, MergePlan};
use crate::core::backup::Backup;
use crate::core::srs::event::Event;
use crate::core::stats::digest::Digest;
use crate::core::stats::mastery::mastery_from;
use crate::store::digest::{self, Topics};
use crate::store::{backup, Store, StoreResult};
use leptos::prelude::*;
use std::rc::Rc;

impl<S: Store + 'static> AppState<S> {
    /// Everything stored, as a backup.
    pub async fn export_backup(self) -> StoreResult<Backup> {
        let store = self.store.get_value().await?;
        backup::backup(&*store).await
    }

    /// The whole event log, as stored.
    pub async fn full_log(self) -> StoreResult<Vec<Event>> {
        self.store.get_value().await?.full_log().await
    }

    /// The review digest of the whole log (see `store::digest`), topics by the catalogue.
    pub async fn review_digest(self) -> StoreResult<Digest> {
        let store = self.store.get_value().await?;
        let catalogue = self.catalogue();
        let topics = Topics {
            fingerprint: catalogue.topic_fingerprint(),
            horizon: mastery_from(self.today().get_untracked()),
            of: move |id: &str| catalogue.card(id).map(|(topic, _)| topic.slug.clone()),
        };
        digest::review_digest(&*store, &topics).await
    }

    /// How many reviews are stored and not undone.
    pub async fn review_count(self) -> StoreResult<usize> {
        self.store.get_value().await?.review_count().await
    }

    /// What merging `incoming` would add to what is stored.
    pub async fn plan_import(self, incoming: Backup) -> StoreResult<MergePlan> {
        let store = self.store.get_value().await?;
        Ok(plan(incoming, &backup::held(&*store).await?))
    }

    /// Adds `merge` in one transaction, then reads everything again; `done` runs once it is
    /// stored (a failure shows the storage error, with Retry).
    pub fn import(self, merge: MergePlan, done: impl Fn() + 'static) {
        let (merge, done) = (Rc::new(merge), Rc::new(done));
        self.write(Rc::new(move |store| {
            let (merge, done) = (merge.clone(), done.clone());
            Box::pin(async move {
                store.import(&merge, self.now()).await?;
                self.refresh();
                done();
                Ok(())
            })
        }))
    }
}
