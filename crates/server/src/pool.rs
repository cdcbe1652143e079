//! A small pool of store connections. SQLite in WAL mode lets readers run beside
//! the one writer; writes (ingest) are serialised by `Pool::write`.

use rapport_store::{Store, StoreError};
use std::ops::{Deref, DerefMut};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};

/// Connections kept open when idle.
const IDLE: usize = 8;

pub struct Pool {
    path: PathBuf,
    idle: Mutex<Vec<Store>>,
    writer: Mutex<()>,
}

impl Pool {
    /// Opens (and migrates) the store once to check it can be used.
    pub fn open(path: &Path) -> Result<Pool, StoreError> {
        let first = Store::open(path)?;
        Ok(Pool {
            path: path.to_path_buf(),
            idle: Mutex::new(vec![first]),
            writer: Mutex::new(()),
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// A connection, back to the pool when dropped.
    pub fn get(&self) -> Result<Pooled<'_>, StoreError> {
        let idle = self.idle.lock().unwrap_or_else(|e| e.into_inner()).pop();
        let store = match idle {
            Some(s) => s,
            None => Store::open(&self.path)?,
        };
        Ok(Pooled {
            pool: self,
            store: Some(store),
        })
    }

    /// Held while writing, so that writers never wait on each other's locks.
    pub fn write(&self) -> MutexGuard<'_, ()> {
        self.writer.lock().unwrap_or_else(|e| e.into_inner())
    }
}

pub struct Pooled<'a> {
    pool: &'a Pool,
    store: Option<Store>,
}

impl Deref for Pooled<'_> {
    type Target = Store;
    fn deref(&self) -> &Store {
        self.store.as_ref().expect("present until dropped")
    }
}

impl DerefMut for Pooled<'_> {
    fn deref_mut(&mut self) -> &mut Store {
        self.store.as_mut().expect("present until dropped")
    }
}

impl Drop for Pooled<'_> {
    fn drop(&mut self) {
        if let Some(s) = self.store.take() {
            let mut idle = self.pool.idle.lock().unwrap_or_else(|e| e.into_inner());
            if idle.len() < IDLE {
                idle.push(s);
            }
        }
    }
}
