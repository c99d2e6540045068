//! A store's side of backups: everything it holds as a [`Backup`], and the keys of what it
//! holds, to plan a merge (`core::backup`).

use super::{Store, StoreResult};
use crate::core::backup::merge::Held;
use crate::core::backup::{backup_of, Backup};
use futures::future::join4;

/// Everything `store` holds, as a backup in canonical order.
pub async fn backup(store: &impl Store) -> StoreResult<Backup> {
    let (settings, events, attempts, boosts) = join4(
        store.settings(),
        store.full_log(),
        store.attempts(),
        store.boosts(),
    )
    .await;
    Ok(backup_of(settings?, events?, attempts?, boosts?))
}

/// The keys of what `store` holds, and its settings (read as its backup would be).
pub async fn held(store: &impl Store) -> StoreResult<Held> {
    Ok(Held::of(backup(store).await?))
}
