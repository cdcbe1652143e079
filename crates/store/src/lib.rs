//! The embedded SQLite store: versioned migrations, idempotent ingest (one
//! transaction per document, keyed by content hash), and the queries the CLI and
//! the API use.
//!
//! Invariants: a document is stored at most once per SHA-256; a failed document
//! leaves nothing behind; actors of the knowledge base keep their KB id across
//! documents, named actors merge by normalised name, anonymous and pseudonymous
//! sources stay scoped to their document.

pub mod curation;
pub mod views;

use rapport_kb::norm_key;
use rapport_model::{Actor, ActorKind, Record, Source};
use rusqlite::{params, Connection, OptionalExtension};
use serde::Serialize;
use std::path::Path;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database: {0}")]
    Sql(#[from] rusqlite::Error),
    #[error("{0}")]
    Other(String),
}

pub type Result<T> = std::result::Result<T, StoreError>;

const MIGRATIONS: &[&str] = &[
    // 1: documents, actors, aliases, mentions, claims, evidence
    r#"
    CREATE TABLE documents (
        id INTEGER PRIMARY KEY,
        doc_id TEXT NOT NULL,
        sha256 TEXT NOT NULL UNIQUE,
        title TEXT, url TEXT, outlet TEXT, published TEXT,
        text TEXT NOT NULL,
        ingested_at TEXT NOT NULL DEFAULT (datetime('now'))
    );
    CREATE TABLE actors (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        kind TEXT NOT NULL,
        country TEXT, parent TEXT,
        anonymous INTEGER NOT NULL DEFAULT 0,
        pseudonym INTEGER NOT NULL DEFAULT 0,
        description TEXT
    );
    CREATE TABLE aliases (
        actor TEXT NOT NULL REFERENCES actors(id),
        alias TEXT NOT NULL,
        norm TEXT NOT NULL,
        PRIMARY KEY (actor, norm)
    );
    CREATE INDEX aliases_norm ON aliases(norm);
    CREATE TABLE mentions (
        doc INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        actor TEXT NOT NULL REFERENCES actors(id),
        start INTEGER NOT NULL, end INTEGER NOT NULL
    );
    CREATE INDEX mentions_actor ON mentions(actor);
    CREATE TABLE claims (
        id INTEGER PRIMARY KEY,
        doc INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        local_id TEXT NOT NULL,
        type TEXT NOT NULL,
        mode TEXT NOT NULL,
        role TEXT,
        source TEXT NOT NULL REFERENCES actors(id),
        target TEXT REFERENCES actors(id),
        time_start TEXT, time_end TEXT, time_text TEXT,
        location_name TEXT, location_country TEXT,
        status TEXT NOT NULL, certainty TEXT NOT NULL, polarity TEXT NOT NULL,
        attr_by TEXT NOT NULL,
        attr_cue TEXT,
        confidence REAL NOT NULL
    );
    CREATE INDEX claims_source ON claims(source);
    CREATE INDEX claims_target ON claims(target);
    CREATE INDEX claims_time ON claims(time_start);
    CREATE TABLE evidence (
        claim INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
        start INTEGER NOT NULL, end INTEGER NOT NULL
    );
    CREATE INDEX evidence_claim ON evidence(claim);
    "#,
    // 2: the user's knowledge-base curation, kept apart from the shipped data, and
    // reversible merges of actors
    r#"
    CREATE TABLE kb_curated (
        id TEXT PRIMARY KEY,
        record TEXT NOT NULL,
        updated_at TEXT NOT NULL DEFAULT (datetime('now'))
    );
    CREATE TABLE merges (
        id INTEGER PRIMARY KEY,
        from_id TEXT NOT NULL,
        into_id TEXT NOT NULL,
        at TEXT NOT NULL DEFAULT (datetime('now')),
        undone INTEGER NOT NULL DEFAULT 0,
        changes TEXT NOT NULL
    );
    "#,
];

/// A connection to a rapport store.
pub struct Store {
    conn: Connection,
}

/// What storing one document did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Stored {
    New {
        doc: i64,
        claims: usize,
    },
    /// The same bytes were stored before.
    Duplicate {
        doc: i64,
    },
}

#[derive(Debug, Clone, Serialize)]
pub struct ActorRow {
    pub id: String,
    pub name: String,
    pub kind: String,
    pub country: Option<String>,
    pub anonymous: bool,
    pub pseudonym: bool,
    pub description: Option<String>,
    pub aliases: Vec<String>,
    pub claims: i64,
    pub documents: i64,
}

#[derive(Debug, Clone, Serialize)]
pub struct ClaimRow {
    pub id: i64,
    #[serde(rename = "type")]
    pub kind: String,
    pub mode: Vec<String>,
    pub role: Option<String>,
    pub source: String,
    pub source_name: String,
    pub target: Option<String>,
    pub target_name: Option<String>,
    pub time_start: Option<String>,
    pub time_end: Option<String>,
    pub time_text: Option<String>,
    pub location: Option<String>,
    pub status: String,
    pub certainty: String,
    pub polarity: String,
    pub attribution: String,
    /// author, document, reports, named, pseudonymous or anonymous
    pub attribution_kind: String,
    pub attribution_name: Option<String>,
    pub cue: Option<String>,
    pub confidence: f64,
    pub document: String,
    pub document_title: Option<String>,
    pub published: Option<String>,
    pub evidence: Vec<(usize, usize)>,
    pub excerpt: String,
}

#[derive(Debug, Clone, Default)]
pub struct ClaimFilter {
    pub actor: Option<String>,
    pub other: Option<String>,
    pub kind: Option<String>,
    pub from_year: Option<i32>,
    pub to_year: Option<i32>,
    pub limit: Option<usize>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Dyad {
    pub a: String,
    pub a_name: String,
    pub b: String,
    pub b_name: String,
    pub claims: i64,
    pub documents: i64,
    pub types: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Stats {
    pub documents: i64,
    pub actors: i64,
    pub claims: i64,
}

impl Store {
    /// Opens (creating if needed) and migrates the store at `path`.
    pub fn open(path: &Path) -> Result<Store> {
        let conn = Connection::open(path)?;
        Store::init(conn)
    }

    /// A store in memory, for tests.
    pub fn memory() -> Result<Store> {
        Store::init(Connection::open_in_memory()?)
    }

    fn init(conn: Connection) -> Result<Store> {
        conn.pragma_update(None, "foreign_keys", "ON")?;
        conn.pragma_update(None, "journal_mode", "WAL").ok();
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        let mut s = Store { conn };
        s.migrate()?;
        Ok(s)
    }

    /// The schema version after migration.
    pub fn version(&self) -> Result<i64> {
        Ok(self
            .conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))?)
    }

    fn migrate(&mut self) -> Result<()> {
        let have = self.version()? as usize;
        if have > MIGRATIONS.len() {
            return Err(StoreError::Other(format!(
                "the store is at schema version {have}, newer than this rapport ({}); upgrade rapport",
                MIGRATIONS.len()
            )));
        }
        for (i, sql) in MIGRATIONS.iter().enumerate().skip(have) {
            let tx = self.conn.transaction()?;
            tx.execute_batch(sql)?;
            tx.pragma_update(None, "user_version", (i + 1) as i64)?;
            tx.commit()?;
        }
        Ok(())
    }

    /// Stores one extraction record with its text, in one transaction.
    pub fn ingest(&mut self, rec: &Record, text: &str) -> Result<Stored> {
        if let Some(doc) = self
            .conn
            .query_row(
                "SELECT id FROM documents WHERE sha256 = ?1",
                [&rec.doc.sha256],
                |r| r.get(0),
            )
            .optional()?
        {
            return Ok(Stored::Duplicate { doc });
        }
        let tx = self.conn.transaction()?;
        tx.execute(
            "INSERT INTO documents (doc_id, sha256, title, url, outlet, published, text) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![rec.doc.id, rec.doc.sha256, rec.doc.title, rec.doc.url, rec.doc.outlet, rec.doc.published.map(|d| d.to_string()), text],
        )?;
        let doc = tx.last_insert_rowid();
        // local actor id -> global id
        let mut global = std::collections::HashMap::new();
        for a in &rec.actors {
            let gid = global_id(&rec.doc.id, a);
            tx.execute(
                "INSERT INTO actors (id, name, kind, country, parent, anonymous, pseudonym, description) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
                 ON CONFLICT(id) DO UPDATE SET name = CASE WHEN length(excluded.name) > length(actors.name) AND actors.kind = 'person' THEN excluded.name ELSE actors.name END",
                params![gid, a.name, a.kind.as_str(), a.country, a.parent, a.anonymous, a.pseudonym, a.description],
            )?;
            for form in std::iter::once(&a.name).chain(a.aliases.iter()) {
                tx.execute(
                    "INSERT OR IGNORE INTO aliases (actor, alias, norm) VALUES (?1, ?2, ?3)",
                    params![gid, form, norm_key(form)],
                )?;
            }
            for m in &a.mentions {
                tx.execute(
                    "INSERT INTO mentions (doc, actor, start, end) VALUES (?1, ?2, ?3, ?4)",
                    params![doc, gid, m.start as i64, m.end as i64],
                )?;
            }
            global.insert(a.id.clone(), gid);
        }
        let g = |id: &str| -> Result<String> {
            global
                .get(id)
                .cloned()
                .ok_or_else(|| StoreError::Other(format!("claim refers to unknown actor {id:?}")))
        };
        for c in &rec.claims {
            let by = match &c.attribution.by {
                Source::Actor(a) => g(a)?,
                other => other.as_str().to_string(),
            };
            let mode = serde_json::to_string(&c.mode).unwrap_or_else(|_| "[]".into());
            let target = c.target.as_deref().map(g).transpose()?;
            tx.execute(
                "INSERT INTO claims (doc, local_id, type, mode, role, source, target, time_start, time_end, time_text, location_name, location_country, status, certainty, polarity, attr_by, attr_cue, confidence)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)",
                params![
                    doc, c.id, c.kind.as_str(), mode, c.role, g(&c.source)?, target,
                    c.time.as_ref().and_then(|t| t.start).map(|d| d.to_string()),
                    c.time.as_ref().and_then(|t| t.end).map(|d| d.to_string()),
                    c.time.as_ref().and_then(|t| t.text.clone()),
                    c.location.as_ref().map(|l| l.name.clone()),
                    c.location.as_ref().and_then(|l| l.country.clone()),
                    c.status.as_str(), c.certainty.as_str(), c.polarity.as_str(), by, c.attribution.cue, c.confidence
                ],
            )?;
            let cid = tx.last_insert_rowid();
            for e in &c.evidence {
                tx.execute(
                    "INSERT INTO evidence (claim, start, end) VALUES (?1, ?2, ?3)",
                    params![cid, e.start as i64, e.end as i64],
                )?;
            }
        }
        tx.commit()?;
        Ok(Stored::New {
            doc,
            claims: rec.claims.len(),
        })
    }

    pub fn stats(&self) -> Result<Stats> {
        let one = |sql: &str| -> Result<i64> { Ok(self.conn.query_row(sql, [], |r| r.get(0))?) };
        Ok(Stats {
            documents: one("SELECT count(*) FROM documents")?,
            actors: one("SELECT count(DISTINCT actor) FROM mentions")?,
            claims: one("SELECT count(*) FROM claims")?,
        })
    }

    /// The actor a name, alias or id stands for ("Tehran" → iran).
    pub fn resolve(&self, name: &str, kb: Option<&rapport_kb::Kb>) -> Result<Option<String>> {
        if let Some(id) = self
            .conn
            .query_row("SELECT id FROM actors WHERE id = ?1", [name], |r| {
                r.get::<_, String>(0)
            })
            .optional()?
        {
            return Ok(Some(id));
        }
        let key = norm_key(name);
        let found: Option<String> = self
            .conn
            .query_row(
                "SELECT a.actor FROM aliases a LEFT JOIN claims c ON c.source = a.actor OR c.target = a.actor WHERE a.norm = ?1 GROUP BY a.actor ORDER BY count(c.id) DESC LIMIT 1",
                [&key],
                |r| r.get(0),
            )
            .optional()?;
        if found.is_some() {
            return Ok(found);
        }
        if let Some((k, _)) = kb.and_then(|kb| kb.lookup(name)) {
            return Ok(Some(k.id.clone()));
        }
        Ok(None)
    }

    pub fn actors(&self, kind: Option<ActorKind>) -> Result<Vec<ActorRow>> {
        let mut st = self.conn.prepare(
            "SELECT a.id, a.name, a.kind, a.country, a.anonymous, a.pseudonym, a.description,
                    (SELECT count(*) FROM claims c WHERE c.source = a.id OR c.target = a.id),
                    (SELECT count(DISTINCT doc) FROM mentions m WHERE m.actor = a.id)
             FROM actors a WHERE (?1 IS NULL OR a.kind = ?1) AND EXISTS (SELECT 1 FROM mentions m WHERE m.actor = a.id)
             ORDER BY 8 DESC, 9 DESC, a.name",
        )?;
        let rows = st.query_map([kind.map(|k| k.as_str())], |r| {
            Ok(ActorRow {
                id: r.get(0)?,
                name: r.get(1)?,
                kind: r.get(2)?,
                country: r.get(3)?,
                anonymous: r.get(4)?,
                pseudonym: r.get(5)?,
                description: r.get(6)?,
                aliases: Vec::new(),
                claims: r.get(7)?,
                documents: r.get(8)?,
            })
        })?;
        let mut out = rows.collect::<std::result::Result<Vec<_>, _>>()?;
        let mut al = self
            .conn
            .prepare("SELECT alias FROM aliases WHERE actor = ?1 ORDER BY alias")?;
        for a in &mut out {
            a.aliases = al
                .query_map([&a.id], |r| r.get(0))?
                .collect::<std::result::Result<Vec<String>, _>>()?;
            a.aliases.retain(|x| *x != a.name);
        }
        Ok(out)
    }

    /// Claims matching a filter, chronological by event time, undated last.
    pub fn claims(&self, f: &ClaimFilter) -> Result<Vec<ClaimRow>> {
        let mut st = self.conn.prepare(
            "SELECT c.id, c.type, c.mode, c.role, c.source, sa.name, c.target, ta.name, c.time_start, c.time_end, c.time_text,
                    c.location_name, c.status, c.certainty, c.polarity, c.attr_by, ba.name, ba.anonymous, ba.pseudonym, c.attr_cue,
                    c.confidence, d.doc_id, d.title, d.published, d.text
             FROM claims c
             JOIN documents d ON d.id = c.doc
             JOIN actors sa ON sa.id = c.source
             LEFT JOIN actors ta ON ta.id = c.target
             LEFT JOIN actors ba ON ba.id = c.attr_by
             WHERE (?1 IS NULL OR c.source = ?1 OR c.target = ?1)
               AND (?2 IS NULL OR (c.source = ?2 AND c.target = ?1) OR (c.target = ?2 AND c.source = ?1))
               AND (?3 IS NULL OR c.type = ?3)
               AND (?4 IS NULL OR CAST(substr(coalesce(c.time_end, c.time_start), 1, 4) AS INTEGER) >= ?4)
               AND (?5 IS NULL OR CAST(substr(coalesce(c.time_start, c.time_end), 1, 4) AS INTEGER) <= ?5)
               AND ((?4 IS NULL AND ?5 IS NULL) OR coalesce(c.time_start, c.time_end) IS NOT NULL)
             ORDER BY coalesce(c.time_start, c.time_end) IS NULL, coalesce(c.time_start, c.time_end), d.published, c.id
             LIMIT ?6",
        )?;
        let limit = f.limit.map(|l| l as i64).unwrap_or(-1);
        let rows = st.query_map(
            params![f.actor, f.other, f.kind, f.from_year, f.to_year, limit],
            |r| {
                let by: String = r.get(15)?;
                let by_name: Option<String> = r.get(16)?;
                let anon: Option<bool> = r.get(17)?;
                let pseudo: Option<bool> = r.get(18)?;
                let kind = match by.as_str() {
                    "author" | "document" | "reports" => by.clone(),
                    _ if anon == Some(true) => "anonymous".into(),
                    _ if pseudo == Some(true) => "pseudonymous".into(),
                    _ => "named".into(),
                };
                let mode: String = r.get(2)?;
                Ok(ClaimRow {
                    id: r.get(0)?,
                    kind: r.get(1)?,
                    mode: serde_json::from_str(&mode).unwrap_or_default(),
                    role: r.get(3)?,
                    source: r.get(4)?,
                    source_name: r.get(5)?,
                    target: r.get(6)?,
                    target_name: r.get(7)?,
                    time_start: r.get(8)?,
                    time_end: r.get(9)?,
                    time_text: r.get(10)?,
                    location: r.get(11)?,
                    status: r.get(12)?,
                    certainty: r.get(13)?,
                    polarity: r.get(14)?,
                    attribution: by,
                    attribution_kind: kind,
                    attribution_name: by_name,
                    cue: r.get(19)?,
                    confidence: r.get(20)?,
                    document: r.get(21)?,
                    document_title: r.get(22)?,
                    published: r.get(23)?,
                    evidence: Vec::new(),
                    excerpt: r.get::<_, String>(24)?,
                })
            },
        )?;
        let mut out = rows.collect::<std::result::Result<Vec<_>, _>>()?;
        let mut ev = self
            .conn
            .prepare("SELECT start, end FROM evidence WHERE claim = ?1 ORDER BY start")?;
        for c in &mut out {
            c.evidence = ev
                .query_map([c.id], |r| {
                    Ok((r.get::<_, i64>(0)? as usize, r.get::<_, i64>(1)? as usize))
                })?
                .collect::<std::result::Result<Vec<_>, _>>()?;
            let text = std::mem::take(&mut c.excerpt);
            c.excerpt = c
                .evidence
                .first()
                .and_then(|&(s, e)| text.get(s..e))
                .unwrap_or("")
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
        }
        Ok(out)
    }

    /// The pairs of actors with the most claims between them.
    pub fn dyads(&self, limit: usize) -> Result<Vec<Dyad>> {
        let mut st = self.conn.prepare(
            "SELECT min(c.source, c.target) AS a, max(c.source, c.target) AS b, count(*), count(DISTINCT c.doc), group_concat(DISTINCT c.type)
             FROM claims c WHERE c.target IS NOT NULL AND c.type NOT IN ('LEADS', 'MEMBER_OF', 'PART_OF')
             GROUP BY a, b ORDER BY count(DISTINCT c.doc) DESC, count(*) DESC, a, b LIMIT ?1",
        )?;
        let rows = st.query_map([limit as i64], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get(2)?,
                r.get(3)?,
                r.get(4)?,
            ))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (a, b, claims, documents, types) = row?;
            let name = |id: &str| -> Result<String> {
                Ok(self
                    .conn
                    .query_row("SELECT name FROM actors WHERE id = ?1", [id], |r| r.get(0))?)
            };
            out.push(Dyad {
                a_name: name(&a)?,
                b_name: name(&b)?,
                a,
                b,
                claims,
                documents,
                types,
            });
        }
        Ok(out)
    }
}

/// The store-wide id of a document's actor.
pub fn global_id(doc_id: &str, a: &Actor) -> String {
    if a.anonymous || a.pseudonym {
        format!("{}/{}", doc_id, a.id)
    } else {
        a.id.clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rapport_model::*;

    fn record(sha: &str) -> Record {
        let actor = |id: &str, kind: ActorKind, anon: bool| Actor {
            id: id.into(),
            name: id.to_uppercase(),
            kind,
            aliases: vec![format!("{id} alias")],
            country: None,
            parent: None,
            anonymous: anon,
            pseudonym: false,
            description: None,
            mentions: vec![Span::new(0, 4)],
        };
        Record {
            doc: DocMeta {
                id: "d1".into(),
                sha256: sha.into(),
                published: Some(PartialDate::year(2017)),
                ..Default::default()
            },
            actors: vec![
                actor("iran", ActorKind::Country, false),
                actor("taliban", ActorKind::ArmedGroup, false),
                actor("a-source", ActorKind::Person, true),
            ],
            claims: vec![
                Claim {
                    id: "c1".into(),
                    kind: ClaimType::Aid,
                    mode: vec![Mode::Weapons],
                    role: None,
                    source: "iran".into(),
                    target: Some("taliban".into()),
                    time: Some(Time::point(PartialDate::year(2015), "in 2015")),
                    location: None,
                    status: Status::Actual,
                    certainty: Certainty::Asserted,
                    polarity: Polarity::Positive,
                    attribution: Attribution {
                        by: Source::Actor("a-source".into()),
                        cue: Some("said".into()),
                    },
                    evidence: vec![Span::new(0, 9)],
                    confidence: 0.8,
                },
                Claim {
                    id: "c2".into(),
                    kind: ClaimType::HostileTo,
                    mode: vec![],
                    role: None,
                    source: "taliban".into(),
                    target: Some("iran".into()),
                    time: None,
                    location: None,
                    status: Status::Actual,
                    certainty: Certainty::Asserted,
                    polarity: Polarity::Positive,
                    attribution: Attribution::author(),
                    evidence: vec![Span::new(10, 14)],
                    confidence: 0.8,
                },
            ],
            text: None,
        }
    }

    #[test]
    fn ingest_is_idempotent_and_queryable() {
        let mut s = Store::memory().unwrap();
        assert_eq!(s.version().unwrap(), MIGRATIONS.len() as i64);
        let r = record("abc");
        assert!(matches!(
            s.ingest(&r, "Iran armed them.").unwrap(),
            Stored::New { claims: 2, .. }
        ));
        assert!(matches!(
            s.ingest(&r, "Iran armed them.").unwrap(),
            Stored::Duplicate { .. }
        ));
        assert_eq!(s.stats().unwrap().claims, 2);
        assert_eq!(
            s.resolve("iran alias", None).unwrap().as_deref(),
            Some("iran")
        );
        let tl = s
            .claims(&ClaimFilter {
                actor: Some("iran".into()),
                other: Some("taliban".into()),
                ..Default::default()
            })
            .unwrap();
        assert_eq!(tl.len(), 2);
        assert_eq!(tl[0].kind, "AID", "dated first");
        assert_eq!(tl[0].attribution_kind, "anonymous");
        assert_eq!(tl[0].attribution, "d1/a-source");
        assert_eq!(tl[0].excerpt, "Iran arme");
        assert_eq!(tl[1].time_start, None, "undated last");
        let from = s
            .claims(&ClaimFilter {
                from_year: Some(2016),
                ..Default::default()
            })
            .unwrap();
        assert!(from.is_empty());
        assert_eq!(s.dyads(5).unwrap()[0].claims, 2);
    }

    #[test]
    fn a_failed_document_leaves_nothing() {
        let mut s = Store::memory().unwrap();
        let mut r = record("x");
        r.claims[0].source = "nobody".into();
        assert!(s.ingest(&r, "t").is_err());
        assert_eq!(s.stats().unwrap().documents, 0);
        let ok = record("y");
        s.ingest(&ok, "t").unwrap();
        assert_eq!(s.stats().unwrap().documents, 1);
    }

    #[test]
    fn reopening_keeps_data() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("r.db");
        Store::open(&p)
            .unwrap()
            .ingest(&record("z"), "text")
            .unwrap();
        let s = Store::open(&p).unwrap();
        assert_eq!(s.stats().unwrap().documents, 1);
        assert_eq!(s.version().unwrap(), MIGRATIONS.len() as i64);
    }
}
