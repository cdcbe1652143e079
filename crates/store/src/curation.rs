//! The user's side of the knowledge base: curated records (kept in the store, apart
//! from the shipped data files, so that upgrades never overwrite them) and
//! reversible merges of actors across documents.

use crate::{Result, Store, StoreError};
use rapport_kb::KbActor;
use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};

/// What a merge changed, so that it can be undone.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct MergeChanges {
    pub claim_sources: Vec<i64>,
    pub claim_targets: Vec<i64>,
    pub claim_attributions: Vec<i64>,
    pub mentions: Vec<i64>,
    pub aliases: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Merge {
    pub id: i64,
    pub from_id: String,
    pub into_id: String,
    pub at: String,
    pub undone: bool,
}

impl Store {
    /// The curated records, in id order.
    pub fn curated(&self) -> Result<Vec<KbActor>> {
        let mut st = self
            .conn
            .prepare("SELECT id, record FROM kb_curated ORDER BY id")?;
        let rows = st.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?;
        let mut out = Vec::new();
        for row in rows {
            let (id, json) = row?;
            let mut a: KbActor = serde_json::from_str(&json).map_err(|e| {
                StoreError::Other(format!("curated record {id:?} is unreadable: {e}"))
            })?;
            a.file = "curated".into();
            out.push(a);
        }
        Ok(out)
    }

    /// Adds or replaces a curated record.
    pub fn put_curated(&mut self, a: &KbActor) -> Result<()> {
        let json = serde_json::to_string(a).map_err(|e| StoreError::Other(e.to_string()))?;
        self.conn.execute(
            "INSERT INTO kb_curated (id, record) VALUES (?1, ?2) ON CONFLICT(id) DO UPDATE SET record = excluded.record, updated_at = datetime('now')",
            params![a.id, json],
        )?;
        Ok(())
    }

    /// Merges actor `from` into `into` everywhere in the store (claims, mentions,
    /// aliases), recording what changed. Returns the merge's id.
    pub fn merge_actors(&mut self, from: &str, into: &str) -> Result<i64> {
        if from == into {
            return Err(StoreError::Other(
                "an actor cannot be merged into itself".into(),
            ));
        }
        for id in [from, into] {
            let known: Option<String> = self
                .conn
                .query_row("SELECT id FROM actors WHERE id = ?1", [id], |r| r.get(0))
                .optional()?;
            if known.is_none() {
                return Err(StoreError::Other(format!("no actor {id:?} in the store")));
            }
        }
        let tx = self.conn.transaction()?;
        let ids = |sql: &str| -> Result<Vec<i64>> {
            let mut st = tx.prepare(sql)?;
            let v = st
                .query_map([from], |r| r.get(0))?
                .collect::<std::result::Result<Vec<i64>, _>>()?;
            Ok(v)
        };
        let changes = MergeChanges {
            claim_sources: ids("SELECT id FROM claims WHERE source = ?1")?,
            claim_targets: ids("SELECT id FROM claims WHERE target = ?1")?,
            claim_attributions: ids("SELECT id FROM claims WHERE attr_by = ?1")?,
            mentions: ids("SELECT rowid FROM mentions WHERE actor = ?1")?,
            aliases: {
                let mut st = tx.prepare("SELECT alias FROM aliases WHERE actor = ?1 AND norm NOT IN (SELECT norm FROM aliases WHERE actor = ?2)")?;
                let v = st
                    .query_map(params![from, into], |r| r.get(0))?
                    .collect::<std::result::Result<Vec<String>, _>>()?;
                v
            },
        };
        tx.execute(
            "UPDATE claims SET source = ?2 WHERE source = ?1",
            params![from, into],
        )?;
        tx.execute(
            "UPDATE claims SET target = ?2 WHERE target = ?1",
            params![from, into],
        )?;
        tx.execute(
            "UPDATE claims SET attr_by = ?2 WHERE attr_by = ?1",
            params![from, into],
        )?;
        tx.execute(
            "UPDATE mentions SET actor = ?2 WHERE actor = ?1",
            params![from, into],
        )?;
        for a in &changes.aliases {
            tx.execute(
                "INSERT OR IGNORE INTO aliases (actor, alias, norm) VALUES (?1, ?2, ?3)",
                params![into, a, rapport_kb::norm_key(a)],
            )?;
        }
        let json = serde_json::to_string(&changes).map_err(|e| StoreError::Other(e.to_string()))?;
        tx.execute(
            "INSERT INTO merges (from_id, into_id, changes) VALUES (?1, ?2, ?3)",
            params![from, into, json],
        )?;
        let id = tx.last_insert_rowid();
        tx.commit()?;
        Ok(id)
    }

    /// Undoes a merge (by its id, or the latest live merge of actor `from`).
    pub fn unmerge(&mut self, which: &str) -> Result<Merge> {
        let row: Option<(i64, String, String, String)> = match which.parse::<i64>() {
            Ok(id) => self.conn.query_row("SELECT id, from_id, into_id, changes FROM merges WHERE id = ?1 AND undone = 0", [id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))).optional()?,
            Err(_) => self.conn.query_row("SELECT id, from_id, into_id, changes FROM merges WHERE from_id = ?1 AND undone = 0 ORDER BY id DESC LIMIT 1", [which], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))).optional()?,
        };
        let Some((id, from, into, json)) = row else {
            return Err(StoreError::Other(format!(
                "no live merge {which:?} (see `rapport kb merges`)"
            )));
        };
        let changes: MergeChanges =
            serde_json::from_str(&json).map_err(|e| StoreError::Other(e.to_string()))?;
        let tx = self.conn.transaction()?;
        for c in &changes.claim_sources {
            tx.execute(
                "UPDATE claims SET source = ?2 WHERE id = ?1",
                params![c, from],
            )?;
        }
        for c in &changes.claim_targets {
            tx.execute(
                "UPDATE claims SET target = ?2 WHERE id = ?1",
                params![c, from],
            )?;
        }
        for c in &changes.claim_attributions {
            tx.execute(
                "UPDATE claims SET attr_by = ?2 WHERE id = ?1",
                params![c, from],
            )?;
        }
        for m in &changes.mentions {
            tx.execute(
                "UPDATE mentions SET actor = ?2 WHERE rowid = ?1",
                params![m, from],
            )?;
        }
        for a in &changes.aliases {
            tx.execute(
                "DELETE FROM aliases WHERE actor = ?1 AND alias = ?2",
                params![into, a],
            )?;
        }
        tx.execute("UPDATE merges SET undone = 1 WHERE id = ?1", [id])?;
        tx.commit()?;
        self.merges()?
            .into_iter()
            .find(|m| m.id == id)
            .ok_or_else(|| StoreError::Other("merge vanished".into()))
    }

    pub fn merges(&self) -> Result<Vec<Merge>> {
        let mut st = self
            .conn
            .prepare("SELECT id, from_id, into_id, at, undone FROM merges ORDER BY id")?;
        let rows = st.query_map([], |r| {
            Ok(Merge {
                id: r.get(0)?,
                from_id: r.get(1)?,
                into_id: r.get(2)?,
                at: r.get(3)?,
                undone: r.get(4)?,
            })
        })?;
        Ok(rows.collect::<std::result::Result<Vec<_>, _>>()?)
    }

    /// Adds a surface form to a stored actor (the curated KB gets it too, by the caller).
    pub fn add_alias(&mut self, actor: &str, alias: &str) -> Result<()> {
        self.conn.execute(
            "INSERT OR IGNORE INTO aliases (actor, alias, norm) VALUES (?1, ?2, ?3)",
            params![actor, alias, rapport_kb::norm_key(alias)],
        )?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ClaimFilter;
    use rapport_model::*;

    fn rec(doc: &str, sha: &str, person: &str) -> Record {
        let actor = |id: &str, kind: ActorKind| Actor {
            id: id.into(),
            name: id.into(),
            kind,
            aliases: vec![format!("{id} alias")],
            country: None,
            parent: None,
            anonymous: false,
            pseudonym: false,
            description: None,
            mentions: vec![Span::new(0, 3)],
        };
        Record {
            doc: DocMeta {
                id: doc.into(),
                sha256: sha.into(),
                ..Default::default()
            },
            actors: vec![
                actor(person, ActorKind::Person),
                actor("taliban", ActorKind::ArmedGroup),
            ],
            claims: vec![Claim {
                id: "c1".into(),
                kind: ClaimType::Leads,
                mode: vec![],
                role: Some("leader".into()),
                source: person.into(),
                target: Some("taliban".into()),
                time: None,
                location: None,
                status: Status::Actual,
                certainty: Certainty::Asserted,
                polarity: Polarity::Positive,
                attribution: Attribution::author(),
                evidence: vec![Span::new(0, 5)],
                confidence: 0.8,
            }],
            text: None,
        }
    }

    #[test]
    fn merge_and_unmerge_restore_everything() {
        let mut s = Store::memory().unwrap();
        s.ingest(&rec("a", "1", "mansour"), "text a").unwrap();
        s.ingest(&rec("b", "2", "mansur"), "text b").unwrap();
        let id = s.merge_actors("mansour", "mansur").unwrap();
        let leads = s
            .claims(&ClaimFilter {
                actor: Some("mansur".into()),
                ..Default::default()
            })
            .unwrap();
        assert_eq!(leads.len(), 2);
        assert_eq!(
            s.resolve("mansour alias", None).unwrap().as_deref(),
            Some("mansur")
        );
        assert!(s
            .merge_actors("nobody", "mansur")
            .unwrap_err()
            .to_string()
            .contains("nobody"));
        let m = s.unmerge(&id.to_string()).unwrap();
        assert!(m.undone);
        let leads = s
            .claims(&ClaimFilter {
                actor: Some("mansur".into()),
                ..Default::default()
            })
            .unwrap();
        assert_eq!(leads.len(), 1);
        assert_eq!(
            s.resolve("mansour alias", None).unwrap().as_deref(),
            Some("mansour")
        );
        assert!(
            s.unmerge(&id.to_string()).is_err(),
            "a merge is undone once"
        );
    }

    #[test]
    fn curated_records_round_trip() {
        let mut s = Store::memory().unwrap();
        let a = KbActor {
            id: "kandahar-shura".into(),
            name: "Kandahar Shura".into(),
            kind: ActorKind::Body,
            country: None,
            parent: Some("taliban".into()),
            capital: None,
            metonyms: vec![],
            demonyms: vec![],
            aliases: vec!["the Kandahar council".into()],
            roles: vec![],
            source: Some("analyst".into()),
            file: String::new(),
        };
        s.put_curated(&a).unwrap();
        let mut b = a.clone();
        b.aliases.push("KS".into());
        s.put_curated(&b).unwrap();
        let got = s.curated().unwrap();
        assert_eq!(got.len(), 1);
        assert_eq!(
            got[0].aliases,
            vec!["the Kandahar council".to_string(), "KS".to_string()]
        );
    }
}
