//! Read models for the HTTP API and the explorer (documents, graph, filtered and
//! paginated claims). Built on the same tables as `lib.rs`.
//!
//! Times are the ISO strings the store keeps (`1998`, `1998-09`, `2016-05-21`), so
//! they keep the text's precision. A time filter compares intervals: a claim's
//! earliest moment is its `start` (or the beginning of time when open), its latest
//! moment is the last day its `end` covers (or the end of time when open). In SQL
//! the last day of `2015` is written `2015~`, which sorts after every `2015-…`.

use crate::{Result, Store, StoreError};
use rapport_kb::norm_key;
use rapport_model::{ClaimType, PartialDate};
use rusqlite::types::Value;
use rusqlite::{params, params_from_iter, OptionalExtension};
use serde::Serialize;
use std::collections::{BTreeMap, HashMap, HashSet};

/// One page of a longer list.
#[derive(Debug, Clone, Serialize)]
pub struct Page<T> {
    pub items: Vec<T>,
    /// How many items match in all.
    pub total: i64,
    pub limit: usize,
    pub offset: usize,
    /// The offset of the next page, `null` on the last one.
    pub next_offset: Option<usize>,
}

impl<T> Page<T> {
    fn new(items: Vec<T>, total: i64, limit: usize, offset: usize) -> Self {
        let next = offset + items.len();
        Page {
            next_offset: ((next as i64) < total && !items.is_empty()).then_some(next),
            items,
            total,
            limit,
            offset,
        }
    }
}

/// A stored document, without its text.
#[derive(Debug, Clone, Serialize)]
pub struct DocumentSummary {
    /// The store's key for the document (stable, unique).
    pub key: i64,
    /// The document id from the input (a file name, a JSON Lines `id`).
    pub id: String,
    pub title: Option<String>,
    pub url: Option<String>,
    pub outlet: Option<String>,
    pub published: Option<String>,
    pub sha256: String,
    /// Length of the text in bytes.
    pub bytes: i64,
    pub claims: i64,
    pub actors: i64,
    pub ingested_at: String,
}

/// A reference to an actor inside another object.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ActorRef {
    pub id: String,
    pub name: String,
    pub kind: String,
}

/// A reference to a document inside another object.
#[derive(Debug, Clone, Serialize)]
pub struct DocRef {
    pub key: i64,
    pub id: String,
    pub title: Option<String>,
    pub published: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct TimeView {
    pub start: Option<String>,
    pub end: Option<String>,
    /// The words the time was read from.
    pub text: Option<String>,
    /// `day`, `month` or `year` for a point; `interval` when start and end differ or one is open.
    pub precision: &'static str,
}

#[derive(Debug, Clone, Serialize)]
pub struct LocationView {
    pub name: String,
    pub country: Option<String>,
}

/// The actor a claim is attributed to.
#[derive(Debug, Clone, Serialize)]
pub struct SourceActor {
    pub id: String,
    pub name: String,
    pub anonymous: bool,
    pub pseudonym: bool,
    pub description: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct AttributionView {
    /// `author`, `document`, `reports`, or the id of the actor who says so.
    pub by: String,
    /// `author`, `document`, `reports`, `named`, `pseudonymous` or `anonymous`.
    pub kind: String,
    pub actor: Option<SourceActor>,
    /// The words that mark the source ("told me", "according to").
    pub cue: Option<String>,
}

#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq)]
pub struct SpanView {
    pub start: usize,
    pub end: usize,
}

/// A claim as the API serves it: everything the record has, with names.
#[derive(Debug, Clone, Serialize)]
pub struct ClaimView {
    pub id: i64,
    /// The claim's id inside its document's record (`c7`).
    pub local_id: String,
    pub document: DocRef,
    #[serde(rename = "type")]
    pub kind: String,
    pub mode: Vec<String>,
    pub role: Option<String>,
    pub source: ActorRef,
    pub target: Option<ActorRef>,
    pub time: Option<TimeView>,
    pub location: Option<LocationView>,
    pub status: String,
    pub certainty: String,
    pub polarity: String,
    pub attribution: AttributionView,
    /// Byte spans into the document text.
    pub evidence: Vec<SpanView>,
    /// The first evidence span's text, whitespace collapsed.
    pub excerpt: String,
    pub confidence: f64,
    /// -1 (conflict) .. +1 (cooperation), from the claim type.
    pub tone: f32,
}

/// Which undated claims a query returns.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Undated {
    /// Undated claims too, unless a time filter is given.
    #[default]
    Auto,
    Include,
    Exclude,
    Only,
}

impl Undated {
    pub fn parse(s: &str) -> Option<Undated> {
        match s {
            "auto" => Some(Undated::Auto),
            "include" | "true" | "yes" | "1" => Some(Undated::Include),
            "exclude" | "false" | "no" | "0" => Some(Undated::Exclude),
            "only" => Some(Undated::Only),
            _ => None,
        }
    }
}

/// Attribution kinds, as `ClaimView::attribution.kind` spells them.
pub const ATTRIBUTION_KINDS: &[&str] = &[
    "author",
    "document",
    "reports",
    "named",
    "pseudonymous",
    "anonymous",
];

/// A filter over claims; every field narrows the set. Lists mean "any of".
#[derive(Debug, Clone, Default)]
pub struct ClaimQuery {
    /// Claims where this actor id is source or target.
    pub actor: Option<String>,
    /// With `actor`: only claims between the two (either direction).
    pub other: Option<String>,
    pub types: Vec<String>,
    /// Claims whose time overlaps [from, to]; either end may be open.
    pub from: Option<PartialDate>,
    pub to: Option<PartialDate>,
    pub undated: Undated,
    pub certainty: Vec<String>,
    pub status: Vec<String>,
    pub polarity: Option<String>,
    /// Attribution kinds (`ATTRIBUTION_KINDS`).
    pub attribution: Vec<String>,
    /// Leave out claims that rest only on an anonymous source.
    pub exclude_anonymous: bool,
    /// Only claims of this document (by key).
    pub document: Option<i64>,
    pub limit: usize,
    pub offset: usize,
}

/// The graph of actors and aggregated claims.
#[derive(Debug, Clone, Serialize)]
pub struct Graph {
    pub nodes: Vec<GraphNode>,
    pub edges: Vec<GraphEdge>,
    /// Claims that matched the filter (with or without a target).
    pub claims: i64,
    /// Nodes left out to keep the graph within `max_nodes`.
    pub hidden_nodes: usize,
    /// The earliest and latest dates of all dated claims in the store, for a time slider.
    pub range: DateRange,
}

#[derive(Debug, Clone, Serialize, Default)]
pub struct DateRange {
    pub min: Option<String>,
    pub max: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct GraphNode {
    pub id: String,
    pub name: String,
    pub kind: String,
    pub country: Option<String>,
    pub anonymous: bool,
    pub pseudonym: bool,
    /// Matching claims where the actor is source or target.
    pub claims: i64,
    /// Edges to other shown nodes.
    pub degree: usize,
}

/// All matching claims between two actors, in either direction.
#[derive(Debug, Clone, Serialize)]
pub struct GraphEdge {
    /// `a|b`, with `a < b`.
    pub id: String,
    pub a: String,
    pub b: String,
    pub claims: i64,
    pub documents: i64,
    /// Independent sources: a named actor counts once however many documents
    /// quote them; an anonymous or pseudonymous source, the author's own voice,
    /// unspecified reports and documentary evidence count once per document.
    pub sources: i64,
    /// Mean tone of the positive claims, -1 (conflict) .. +1 (cooperation).
    pub tone: f32,
    /// Claims from `a` to `b`, from `b` to `a`.
    pub a_to_b: i64,
    pub b_to_a: i64,
    /// Claims per type.
    pub types: BTreeMap<String, i64>,
    /// Claims that are probable or possible.
    pub hedged: i64,
    /// Claims that say something did not happen.
    pub negative: i64,
    pub first: Option<String>,
    pub last: Option<String>,
}

/// An actor found by a search.
#[derive(Debug, Clone, Serialize)]
pub struct ActorSummary {
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

/// One LEADS / MEMBER_OF / PART_OF claim seen from an actor.
#[derive(Debug, Clone, Serialize)]
pub struct RoleView {
    pub claim: i64,
    #[serde(rename = "type")]
    pub kind: String,
    pub role: Option<String>,
    /// `out`: the actor leads / belongs to `other`; `in`: `other` leads / belongs to the actor.
    pub direction: &'static str,
    pub other: Option<ActorRef>,
    pub time: Option<TimeView>,
    pub certainty: String,
    pub polarity: String,
    pub document: DocRef,
}

/// Claims of one type between the actor and one counterpart.
#[derive(Debug, Clone, Serialize)]
pub struct Counterpart {
    #[serde(rename = "type")]
    pub kind: String,
    pub actor: ActorRef,
    /// Claims where the profiled actor is the source, and the target.
    pub outgoing: i64,
    pub incoming: i64,
    pub documents: i64,
    pub first: Option<String>,
    pub last: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ProfileDocument {
    pub key: i64,
    pub id: String,
    pub title: Option<String>,
    pub published: Option<String>,
    pub mentions: i64,
}

#[derive(Debug, Clone, Serialize)]
pub struct ActorProfile {
    pub actor: ActorSummary,
    pub parent: Option<ActorRef>,
    /// Actors whose parent this one is.
    pub children: Vec<ActorRef>,
    pub roles: Vec<RoleView>,
    pub counterparts: Vec<Counterpart>,
    /// One-sided events (no target) of this actor, by type.
    pub solo: BTreeMap<String, i64>,
    pub documents: Vec<ProfileDocument>,
}

#[derive(Debug, Clone, Serialize)]
pub struct MentionView {
    pub actor: String,
    pub name: String,
    pub kind: String,
    pub start: usize,
    pub end: usize,
}

/// A document with its text, its claims and the actors it mentions.
#[derive(Debug, Clone, Serialize)]
pub struct DocumentView {
    #[serde(flatten)]
    pub meta: DocumentSummary,
    pub text: String,
    pub claims: Vec<ClaimView>,
    pub mentions: Vec<MentionView>,
}

/// Store-wide numbers for the explorer's header.
#[derive(Debug, Clone, Serialize)]
pub struct Overview {
    pub documents: i64,
    pub actors: i64,
    pub claims: i64,
    pub dated_claims: i64,
    pub range: DateRange,
    /// Claims per type.
    pub types: BTreeMap<String, i64>,
}

/// The precision of a stored time.
pub fn precision(start: Option<&str>, end: Option<&str>) -> &'static str {
    match (start, end) {
        (Some(s), Some(e)) if s == e => match s.len() {
            4 => "year",
            7 => "month",
            _ => "day",
        },
        _ => "interval",
    }
}

fn time_view(start: Option<String>, end: Option<String>, text: Option<String>) -> Option<TimeView> {
    if start.is_none() && end.is_none() {
        return None;
    }
    Some(TimeView {
        precision: precision(start.as_deref(), end.as_deref()),
        start,
        end,
        text,
    })
}

fn tone_of(kind: &str) -> f32 {
    kind.parse::<ClaimType>().map(|k| k.tone()).unwrap_or(0.0)
}

/// SQL for the attribution kind of claim `c` with attributing actor `ba`.
const ATTR_KIND: &str = "CASE WHEN c.attr_by IN ('author', 'document', 'reports') THEN c.attr_by
      WHEN ba.anonymous = 1 THEN 'anonymous' WHEN ba.pseudonym = 1 THEN 'pseudonymous' ELSE 'named' END";

const CLAIM_COLUMNS: &str = "c.id, c.local_id, d.id, d.doc_id, d.title, d.published,
    c.type, c.mode, c.role, c.source, sa.name, sa.kind, c.target, ta.name, ta.kind,
    c.time_start, c.time_end, c.time_text, c.location_name, c.location_country,
    c.status, c.certainty, c.polarity, c.attr_by, ba.name, ba.anonymous, ba.pseudonym, ba.description,
    c.attr_cue, c.confidence";

const CLAIM_JOINS: &str = "FROM claims c
    JOIN documents d ON d.id = c.doc
    JOIN actors sa ON sa.id = c.source
    LEFT JOIN actors ta ON ta.id = c.target
    LEFT JOIN actors ba ON ba.id = c.attr_by";

const CLAIM_ORDER: &str = "ORDER BY coalesce(c.time_start, c.time_end) IS NULL, coalesce(c.time_start, c.time_end), c.time_end, d.published, c.id";

fn in_list(col: &str, values: &[String], args: &mut Vec<Value>) -> String {
    let marks: Vec<&str> = values.iter().map(|_| "?").collect();
    args.extend(values.iter().map(|v| Value::Text(v.clone())));
    format!("{col} IN ({})", marks.join(", "))
}

/// The WHERE clause (and its arguments) of a claim query.
fn claim_where(q: &ClaimQuery) -> (String, Vec<Value>) {
    let mut w: Vec<String> = vec!["1 = 1".into()];
    let mut args: Vec<Value> = Vec::new();
    match (&q.actor, &q.other) {
        (Some(a), Some(b)) => {
            w.push("((c.source = ? AND c.target = ?) OR (c.source = ? AND c.target = ?))".into());
            args.extend([a, b, b, a].into_iter().map(|s| Value::Text(s.to_string())));
        }
        (Some(a), None) | (None, Some(a)) => {
            w.push("(c.source = ? OR c.target = ?)".into());
            args.extend([Value::Text(a.clone()), Value::Text(a.clone())]);
        }
        (None, None) => {}
    }
    if !q.types.is_empty() {
        w.push(in_list("c.type", &q.types, &mut args));
    }
    if !q.certainty.is_empty() {
        w.push(in_list("c.certainty", &q.certainty, &mut args));
    }
    if !q.status.is_empty() {
        w.push(in_list("c.status", &q.status, &mut args));
    }
    if let Some(p) = &q.polarity {
        w.push("c.polarity = ?".into());
        args.push(Value::Text(p.clone()));
    }
    if !q.attribution.is_empty() {
        w.push(in_list(
            &format!("({ATTR_KIND})"),
            &q.attribution,
            &mut args,
        ));
    }
    if q.exclude_anonymous {
        w.push("coalesce(ba.anonymous, 0) = 0".into());
    }
    if let Some(d) = q.document {
        w.push("c.doc = ?".into());
        args.push(Value::Integer(d));
    }
    let timed = q.from.is_some() || q.to.is_some();
    let dated = "(c.time_start IS NOT NULL OR c.time_end IS NOT NULL)";
    let undated = "(c.time_start IS NULL AND c.time_end IS NULL)";
    let mut range = Vec::new();
    if let Some(to) = q.to {
        range.push("(c.time_start IS NULL OR c.time_start <= ? || '~')".to_string());
        args.push(Value::Text(to.to_string()));
    }
    if let Some(from) = q.from {
        range.push("(c.time_end IS NULL OR c.time_end || '~' >= ?)".to_string());
        args.push(Value::Text(from.to_string()));
    }
    let range = if range.is_empty() {
        dated.to_string()
    } else {
        format!("({dated} AND {})", range.join(" AND "))
    };
    match (q.undated, timed) {
        (Undated::Only, _) => w.push(undated.into()),
        (Undated::Exclude, _) | (Undated::Auto, true) => w.push(range),
        (Undated::Include, _) | (Undated::Auto, false) => {
            w.push(format!("({range} OR {undated})"));
        }
    }
    (w.join(" AND "), args)
}

fn claim_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<(ClaimView, i64)> {
    let by: String = r.get(23)?;
    let by_name: Option<String> = r.get(24)?;
    let anon: Option<bool> = r.get(25)?;
    let pseudo: Option<bool> = r.get(26)?;
    let kind = match by.as_str() {
        "author" | "document" | "reports" => by.clone(),
        _ if anon == Some(true) => "anonymous".into(),
        _ if pseudo == Some(true) => "pseudonymous".into(),
        _ => "named".into(),
    };
    let description: Option<String> = r.get(27)?;
    let actor = by_name.map(|name| SourceActor {
        id: by.clone(),
        name,
        anonymous: anon.unwrap_or(false),
        pseudonym: pseudo.unwrap_or(false),
        description,
    });
    let mode: String = r.get(7)?;
    let ctype: String = r.get(6)?;
    let target = match (
        r.get::<_, Option<String>>(12)?,
        r.get::<_, Option<String>>(13)?,
    ) {
        (Some(id), Some(name)) => Some(ActorRef {
            id,
            name,
            kind: r.get::<_, Option<String>>(14)?.unwrap_or_default(),
        }),
        _ => None,
    };
    let location = r
        .get::<_, Option<String>>(18)?
        .map(|name| -> rusqlite::Result<LocationView> {
            Ok(LocationView {
                name,
                country: r.get(19)?,
            })
        })
        .transpose()?;
    Ok((
        ClaimView {
            id: r.get(0)?,
            local_id: r.get(1)?,
            document: DocRef {
                key: r.get(2)?,
                id: r.get(3)?,
                title: r.get(4)?,
                published: r.get(5)?,
            },
            tone: tone_of(&ctype),
            kind: ctype,
            mode: serde_json::from_str(&mode).unwrap_or_default(),
            role: r.get(8)?,
            source: ActorRef {
                id: r.get(9)?,
                name: r.get(10)?,
                kind: r.get(11)?,
            },
            target,
            time: time_view(r.get(15)?, r.get(16)?, r.get(17)?),
            location,
            status: r.get(20)?,
            certainty: r.get(21)?,
            polarity: r.get(22)?,
            attribution: AttributionView {
                by,
                kind,
                actor,
                cue: r.get(28)?,
            },
            evidence: Vec::new(),
            excerpt: String::new(),
            confidence: r.get(29)?,
        },
        r.get(2)?,
    ))
}

impl Store {
    /// Loads evidence spans and excerpts for claims read by `claim_from_row`.
    fn fill_evidence(&self, claims: &mut [ClaimView]) -> Result<()> {
        let mut ev = self
            .conn
            .prepare_cached("SELECT start, end FROM evidence WHERE claim = ?1 ORDER BY start")?;
        let mut text = self.conn.prepare_cached(
            "SELECT substr(CAST(text AS BLOB), ?2 + 1, ?3 - ?2) FROM documents WHERE id = ?1",
        )?;
        for c in claims {
            c.evidence = ev
                .query_map([c.id], |r| {
                    Ok(SpanView {
                        start: r.get::<_, i64>(0)? as usize,
                        end: r.get::<_, i64>(1)? as usize,
                    })
                })?
                .collect::<std::result::Result<Vec<_>, _>>()?;
            if let Some(first) = c.evidence.first() {
                let bytes: Option<Vec<u8>> = text
                    .query_row(
                        params![c.document.key, first.start as i64, first.end as i64],
                        |r| r.get(0),
                    )
                    .optional()?
                    .flatten();
                let s = String::from_utf8_lossy(&bytes.unwrap_or_default()).into_owned();
                c.excerpt = s.split_whitespace().collect::<Vec<_>>().join(" ");
            }
        }
        Ok(())
    }

    /// Claims matching a query, by event time (undated last), one page.
    pub fn claim_page(&self, q: &ClaimQuery) -> Result<Page<ClaimView>> {
        let (w, args) = claim_where(q);
        let total: i64 = self.conn.query_row(
            &format!("SELECT count(*) {CLAIM_JOINS} WHERE {w}"),
            params_from_iter(args.iter()),
            |r| r.get(0),
        )?;
        let mut all = args;
        all.push(Value::Integer(q.limit as i64));
        all.push(Value::Integer(q.offset as i64));
        let mut st = self.conn.prepare(&format!(
            "SELECT {CLAIM_COLUMNS} {CLAIM_JOINS} WHERE {w} {CLAIM_ORDER} LIMIT ? OFFSET ?"
        ))?;
        let mut items = st
            .query_map(params_from_iter(all.iter()), |r| {
                claim_from_row(r).map(|x| x.0)
            })?
            .collect::<std::result::Result<Vec<_>, _>>()?;
        self.fill_evidence(&mut items)?;
        Ok(Page::new(items, total, q.limit, q.offset))
    }

    /// Stored documents, newest publication first, one page.
    pub fn documents(
        &self,
        q: Option<&str>,
        limit: usize,
        offset: usize,
    ) -> Result<Page<DocumentSummary>> {
        let pattern = q.map(|q| format!("%{}%", q.trim().to_lowercase()));
        let filter = "(?1 IS NULL OR lower(d.doc_id) LIKE ?1 OR lower(coalesce(d.title, '')) LIKE ?1 OR lower(coalesce(d.outlet, '')) LIKE ?1)";
        let total: i64 = self.conn.query_row(
            &format!("SELECT count(*) FROM documents d WHERE {filter}"),
            [&pattern],
            |r| r.get(0),
        )?;
        let mut st = self.conn.prepare(&format!(
            "{DOC_SELECT} WHERE {filter} ORDER BY d.published IS NULL, d.published DESC, d.id DESC LIMIT ?2 OFFSET ?3"
        ))?;
        let items = st
            .query_map(params![pattern, limit as i64, offset as i64], doc_summary)?
            .collect::<std::result::Result<Vec<_>, _>>()?;
        Ok(Page::new(items, total, limit, offset))
    }

    /// The key of a document given as its key (`12`) or its id (`01-iran-taliban`;
    /// the most recently stored one when several share an id).
    pub fn document_key(&self, id_or_key: &str) -> Result<Option<i64>> {
        if let Ok(k) = id_or_key.parse::<i64>() {
            if let Some(k) = self
                .conn
                .query_row("SELECT id FROM documents WHERE id = ?1", [k], |r| r.get(0))
                .optional()?
            {
                return Ok(Some(k));
            }
        }
        Ok(self
            .conn
            .query_row(
                "SELECT id FROM documents WHERE doc_id = ?1 ORDER BY id DESC LIMIT 1",
                [id_or_key],
                |r| r.get(0),
            )
            .optional()?)
    }

    /// The key of the document stored with these bytes (by SHA-256).
    pub fn document_by_sha(&self, sha256: &str) -> Result<Option<i64>> {
        Ok(self
            .conn
            .query_row(
                "SELECT id FROM documents WHERE sha256 = ?1",
                [sha256],
                |r| r.get(0),
            )
            .optional()?)
    }

    /// Whether a document with this id (from the input) is stored.
    pub fn has_document_id(&self, id: &str) -> Result<bool> {
        Ok(self
            .conn
            .query_row(
                "SELECT 1 FROM documents WHERE doc_id = ?1",
                [id],
                |_| Ok(()),
            )
            .optional()?
            .is_some())
    }

    /// A document with its text, all its claims (with evidence spans) and mentions.
    pub fn document(&self, key: i64) -> Result<Option<DocumentView>> {
        let Some(meta) = self
            .conn
            .query_row(&format!("{DOC_SELECT} WHERE d.id = ?1"), [key], doc_summary)
            .optional()?
        else {
            return Ok(None);
        };
        let text: String =
            self.conn
                .query_row("SELECT text FROM documents WHERE id = ?1", [key], |r| {
                    r.get(0)
                })?;
        let claims = self
            .claim_page(&ClaimQuery {
                document: Some(key),
                undated: Undated::Include,
                limit: usize::MAX >> 1,
                ..Default::default()
            })?
            .items;
        let mut st = self.conn.prepare(
            "SELECT m.actor, a.name, a.kind, m.start, m.end FROM mentions m JOIN actors a ON a.id = m.actor
             WHERE m.doc = ?1 ORDER BY m.start, m.end",
        )?;
        let mentions = st
            .query_map([key], |r| {
                Ok(MentionView {
                    actor: r.get(0)?,
                    name: r.get(1)?,
                    kind: r.get(2)?,
                    start: r.get::<_, i64>(3)? as usize,
                    end: r.get::<_, i64>(4)? as usize,
                })
            })?
            .collect::<std::result::Result<Vec<_>, _>>()?;
        Ok(Some(DocumentView {
            meta,
            text,
            claims,
            mentions,
        }))
    }

    /// Actors whose name, id or any alias contains `q` (normalised as the KB
    /// does: case, accents, punctuation), exact matches first, then by claims.
    pub fn search_actors(
        &self,
        q: Option<&str>,
        kind: Option<&str>,
        limit: usize,
        offset: usize,
    ) -> Result<Page<ActorSummary>> {
        let key = q.map(norm_key).filter(|k| !k.is_empty());
        let pattern = key.as_ref().map(|k| format!("%{k}%"));
        let id_pattern = q.map(|q| format!("%{}%", q.trim().to_lowercase()));
        let filter = "EXISTS (SELECT 1 FROM mentions m WHERE m.actor = a.id)
             AND (?1 IS NULL OR a.kind = ?1)
             AND (?2 IS NULL OR lower(a.id) LIKE ?3 OR EXISTS (SELECT 1 FROM aliases x WHERE x.actor = a.id AND x.norm LIKE ?2))";
        let total: i64 = self.conn.query_row(
            &format!("SELECT count(*) FROM actors a WHERE {filter}"),
            params![kind, pattern, id_pattern],
            |r| r.get(0),
        )?;
        let mut st = self.conn.prepare(&format!(
            "SELECT a.id, a.name, a.kind, a.country, a.anonymous, a.pseudonym, a.description,
                    (SELECT count(*) FROM claims c WHERE c.source = a.id OR c.target = a.id) AS n,
                    (SELECT count(DISTINCT doc) FROM mentions m WHERE m.actor = a.id) AS docs,
                    (?4 IS NOT NULL AND (a.id = ?5 OR EXISTS (SELECT 1 FROM aliases x WHERE x.actor = a.id AND x.norm = ?4))) AS exact
             FROM actors a WHERE {filter}
             ORDER BY exact DESC, n DESC, docs DESC, a.name LIMIT ?6 OFFSET ?7"
        ))?;
        let items = st
            .query_map(
                params![
                    kind,
                    pattern,
                    id_pattern,
                    key,
                    q.map(str::trim),
                    limit as i64,
                    offset as i64
                ],
                actor_summary,
            )?
            .collect::<std::result::Result<Vec<_>, _>>()?;
        let mut items = items;
        self.fill_aliases(&mut items)?;
        Ok(Page::new(items, total, limit, offset))
    }

    fn fill_aliases(&self, actors: &mut [ActorSummary]) -> Result<()> {
        let mut al = self
            .conn
            .prepare_cached("SELECT alias FROM aliases WHERE actor = ?1 ORDER BY alias")?;
        for a in actors {
            let mut seen = HashSet::new();
            a.aliases = al
                .query_map([&a.id], |r| r.get::<_, String>(0))?
                .collect::<std::result::Result<Vec<String>, _>>()?
                .into_iter()
                .filter(|x| *x != a.name && seen.insert(x.to_lowercase()))
                .collect();
        }
        Ok(())
    }

    /// A short reference to an actor, if it is stored.
    pub fn actor_ref(&self, id: &str) -> Result<Option<ActorRef>> {
        Ok(self
            .conn
            .query_row(
                "SELECT id, name, kind FROM actors WHERE id = ?1",
                [id],
                |r| {
                    Ok(ActorRef {
                        id: r.get(0)?,
                        name: r.get(1)?,
                        kind: r.get(2)?,
                    })
                },
            )
            .optional()?)
    }

    /// Everything the explorer shows about one actor.
    pub fn actor_profile(&self, id: &str) -> Result<Option<ActorProfile>> {
        let Some(mut actor) = self
            .conn
            .query_row(
                "SELECT a.id, a.name, a.kind, a.country, a.anonymous, a.pseudonym, a.description,
                        (SELECT count(*) FROM claims c WHERE c.source = a.id OR c.target = a.id),
                        (SELECT count(DISTINCT doc) FROM mentions m WHERE m.actor = a.id)
                 FROM actors a WHERE a.id = ?1",
                [id],
                actor_summary,
            )
            .optional()?
        else {
            return Ok(None);
        };
        self.fill_aliases(std::slice::from_mut(&mut actor))?;
        let parent_id: Option<String> =
            self.conn
                .query_row("SELECT parent FROM actors WHERE id = ?1", [id], |r| {
                    r.get(0)
                })?;
        let parent = match parent_id {
            Some(p) => self.actor_ref(&p)?,
            None => None,
        };
        let mut st = self.conn.prepare(
            "SELECT a.id, a.name, a.kind FROM actors a WHERE a.parent = ?1
               AND EXISTS (SELECT 1 FROM mentions m WHERE m.actor = a.id) ORDER BY a.name",
        )?;
        let children = st
            .query_map([id], |r| {
                Ok(ActorRef {
                    id: r.get(0)?,
                    name: r.get(1)?,
                    kind: r.get(2)?,
                })
            })?
            .collect::<std::result::Result<Vec<_>, _>>()?;

        // roles over time: LEADS / MEMBER_OF / PART_OF either way
        let roles_q = ClaimQuery {
            actor: Some(id.to_string()),
            types: vec!["LEADS".into(), "MEMBER_OF".into(), "PART_OF".into()],
            undated: Undated::Include,
            limit: 10_000,
            ..Default::default()
        };
        let roles = self
            .claim_page(&roles_q)?
            .items
            .into_iter()
            .map(|c| {
                let out = c.source.id == id;
                RoleView {
                    claim: c.id,
                    kind: c.kind,
                    role: c.role,
                    direction: if out { "out" } else { "in" },
                    other: if out { c.target } else { Some(c.source) },
                    time: c.time,
                    certainty: c.certainty,
                    polarity: c.polarity,
                    document: c.document,
                }
            })
            .collect();

        // counterparts by relation type
        let mut st = self.conn.prepare(
            "SELECT c.type, CASE WHEN c.source = ?1 THEN c.target ELSE c.source END AS other,
                    sum(c.source = ?1), sum(c.target = ?1), count(DISTINCT c.doc),
                    min(coalesce(c.time_start, c.time_end)), max(coalesce(c.time_end, c.time_start))
             FROM claims c
             WHERE (c.source = ?1 OR c.target = ?1) AND c.target IS NOT NULL AND c.source != c.target
             GROUP BY c.type, other ORDER BY count(*) DESC, c.type, other",
        )?;
        let rows = st
            .query_map([id], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, i64>(2)?,
                    r.get::<_, i64>(3)?,
                    r.get::<_, i64>(4)?,
                    r.get::<_, Option<String>>(5)?,
                    r.get::<_, Option<String>>(6)?,
                ))
            })?
            .collect::<std::result::Result<Vec<_>, _>>()?;
        let mut counterparts = Vec::new();
        for (kind, other, outgoing, incoming, documents, first, last) in rows {
            if let Some(actor) = self.actor_ref(&other)? {
                counterparts.push(Counterpart {
                    kind,
                    actor,
                    outgoing,
                    incoming,
                    documents,
                    first,
                    last,
                });
            }
        }
        let mut st = self.conn.prepare(
            "SELECT type, count(*) FROM claims WHERE source = ?1 AND target IS NULL GROUP BY type",
        )?;
        let solo = st
            .query_map([id], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?)))?
            .collect::<std::result::Result<BTreeMap<_, _>, _>>()?;
        let mut st = self.conn.prepare(
            "SELECT d.id, d.doc_id, d.title, d.published, count(*) FROM mentions m JOIN documents d ON d.id = m.doc
             WHERE m.actor = ?1 GROUP BY d.id ORDER BY d.published IS NULL, d.published DESC, d.id DESC",
        )?;
        let documents = st
            .query_map([id], |r| {
                Ok(ProfileDocument {
                    key: r.get(0)?,
                    id: r.get(1)?,
                    title: r.get(2)?,
                    published: r.get(3)?,
                    mentions: r.get(4)?,
                })
            })?
            .collect::<std::result::Result<Vec<_>, _>>()?;
        Ok(Some(ActorProfile {
            actor,
            parent,
            children,
            roles,
            counterparts,
            solo,
            documents,
        }))
    }

    /// The earliest and latest dates of dated claims.
    pub fn date_range(&self) -> Result<DateRange> {
        Ok(self.conn.query_row(
            "SELECT min(coalesce(time_start, time_end)), max(coalesce(time_end, time_start)) FROM claims",
            [],
            |r| {
                Ok(DateRange {
                    min: r.get(0)?,
                    max: r.get(1)?,
                })
            },
        )?)
    }

    pub fn overview(&self) -> Result<Overview> {
        let s = self.stats()?;
        let dated: i64 = self.conn.query_row(
            "SELECT count(*) FROM claims WHERE time_start IS NOT NULL OR time_end IS NOT NULL",
            [],
            |r| r.get(0),
        )?;
        let mut st = self
            .conn
            .prepare("SELECT type, count(*) FROM claims GROUP BY type")?;
        let types = st
            .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?)))?
            .collect::<std::result::Result<BTreeMap<_, _>, _>>()?;
        Ok(Overview {
            documents: s.documents,
            actors: s.actors,
            claims: s.claims,
            dated_claims: dated,
            range: self.date_range()?,
            types,
        })
    }

    /// The graph of the claims matching `q` (its `actor`, `other`, `limit` and
    /// `offset` are ignored): one node per actor, one edge per pair of actors
    /// aggregating their claims. At most `max_nodes` nodes, those with the most
    /// claims; edges only between shown nodes.
    pub fn graph(&self, q: &ClaimQuery, max_nodes: usize) -> Result<Graph> {
        let q = ClaimQuery {
            actor: None,
            other: None,
            document: q.document,
            ..q.clone()
        };
        let (w, args) = claim_where(&q);
        let mut st = self.conn.prepare(&format!(
            "SELECT c.source, c.target, c.type, c.doc, c.attr_by, ({ATTR_KIND}), d.outlet,
                    c.polarity, c.certainty, coalesce(c.time_start, c.time_end), coalesce(c.time_end, c.time_start)
             {CLAIM_JOINS} WHERE {w}"
        ))?;
        struct Row {
            source: String,
            target: Option<String>,
            kind: String,
            doc: i64,
            by: String,
            by_kind: String,
            negative: bool,
            hedged: bool,
            first: Option<String>,
            last: Option<String>,
        }
        let rows = st
            .query_map(params_from_iter(args.iter()), |r| {
                Ok(Row {
                    source: r.get(0)?,
                    target: r.get(1)?,
                    kind: r.get(2)?,
                    doc: r.get(3)?,
                    by: r.get(4)?,
                    by_kind: r.get(5)?,
                    negative: r.get::<_, String>(7)? == "negative",
                    hedged: r.get::<_, String>(8)? != "asserted",
                    first: r.get(9)?,
                    last: r.get(10)?,
                })
            })?
            .collect::<std::result::Result<Vec<_>, _>>()?;
        let mut count: HashMap<&str, i64> = HashMap::new();
        for r in &rows {
            *count.entry(&r.source).or_default() += 1;
            if let Some(t) = &r.target {
                if t != &r.source {
                    *count.entry(t).or_default() += 1;
                }
            }
        }
        let mut ranked: Vec<(&str, i64)> = count.iter().map(|(k, v)| (*k, *v)).collect();
        ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        let hidden_nodes = ranked.len().saturating_sub(max_nodes);
        ranked.truncate(max_nodes);
        let shown: HashSet<&str> = ranked.iter().map(|r| r.0).collect();

        #[derive(Default)]
        struct Acc {
            claims: i64,
            docs: HashSet<i64>,
            sources: HashSet<String>,
            tone_sum: f32,
            tone_n: i64,
            a_to_b: i64,
            b_to_a: i64,
            types: BTreeMap<String, i64>,
            hedged: i64,
            negative: i64,
            first: Option<String>,
            last: Option<String>,
        }
        let mut edges: BTreeMap<(String, String), Acc> = BTreeMap::new();
        for r in &rows {
            let Some(t) = &r.target else { continue };
            if t == &r.source || !shown.contains(r.source.as_str()) || !shown.contains(t.as_str()) {
                continue;
            }
            let (a, b) = if r.source < *t {
                (r.source.clone(), t.clone())
            } else {
                (t.clone(), r.source.clone())
            };
            let forward = a == r.source;
            let e = edges.entry((a, b)).or_default();
            e.claims += 1;
            e.docs.insert(r.doc);
            e.sources.insert(match r.by_kind.as_str() {
                "named" => format!("actor:{}", r.by),
                "anonymous" | "pseudonymous" => format!("actor:{}@{}", r.by, r.doc),
                other => format!("{other}@{}", r.doc),
            });
            if !r.negative {
                e.tone_sum += tone_of(&r.kind);
                e.tone_n += 1;
            }
            if forward {
                e.a_to_b += 1;
            } else {
                e.b_to_a += 1;
            }
            *e.types.entry(r.kind.clone()).or_default() += 1;
            e.hedged += i64::from(r.hedged);
            e.negative += i64::from(r.negative);
            keep(&mut e.first, &r.first, std::cmp::Ordering::Less);
            keep(&mut e.last, &r.last, std::cmp::Ordering::Greater);
        }
        let mut degree: HashMap<&str, usize> = HashMap::new();
        for (a, b) in edges.keys() {
            *degree.entry(a).or_default() += 1;
            *degree.entry(b).or_default() += 1;
        }
        let mut actor = self.conn.prepare_cached(
            "SELECT name, kind, country, anonymous, pseudonym FROM actors WHERE id = ?1",
        )?;
        let mut nodes = Vec::with_capacity(ranked.len());
        for (id, claims) in &ranked {
            let (name, kind, country, anonymous, pseudonym) = actor.query_row([id], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
            })?;
            nodes.push(GraphNode {
                id: id.to_string(),
                name,
                kind,
                country,
                anonymous,
                pseudonym,
                claims: *claims,
                degree: degree.get(id).copied().unwrap_or(0),
            });
        }
        let edges = edges
            .into_iter()
            .map(|((a, b), e)| GraphEdge {
                id: format!("{a}|{b}"),
                a,
                b,
                claims: e.claims,
                documents: e.docs.len() as i64,
                sources: e.sources.len() as i64,
                tone: if e.tone_n > 0 {
                    e.tone_sum / e.tone_n as f32
                } else {
                    0.0
                },
                a_to_b: e.a_to_b,
                b_to_a: e.b_to_a,
                types: e.types,
                hedged: e.hedged,
                negative: e.negative,
                first: e.first,
                last: e.last,
            })
            .collect();
        Ok(Graph {
            nodes,
            edges,
            claims: rows.len() as i64,
            hidden_nodes,
            range: self.date_range()?,
        })
    }
}

/// Replaces `slot` with `new` when it is empty or `new` compares as `want` to it.
fn keep(slot: &mut Option<String>, new: &Option<String>, want: std::cmp::Ordering) {
    if let Some(n) = new {
        match slot {
            Some(old) if n.cmp(old) != want => {}
            _ => *slot = Some(n.clone()),
        }
    }
}

const DOC_SELECT: &str = "SELECT d.id, d.doc_id, d.title, d.url, d.outlet, d.published, d.sha256, length(CAST(d.text AS BLOB)),
    (SELECT count(*) FROM claims c WHERE c.doc = d.id),
    (SELECT count(DISTINCT actor) FROM mentions m WHERE m.doc = d.id),
    d.ingested_at
    FROM documents d";

fn doc_summary(r: &rusqlite::Row<'_>) -> rusqlite::Result<DocumentSummary> {
    Ok(DocumentSummary {
        key: r.get(0)?,
        id: r.get(1)?,
        title: r.get(2)?,
        url: r.get(3)?,
        outlet: r.get(4)?,
        published: r.get(5)?,
        sha256: r.get(6)?,
        bytes: r.get(7)?,
        claims: r.get(8)?,
        actors: r.get(9)?,
        ingested_at: r.get(10)?,
    })
}

fn actor_summary(r: &rusqlite::Row<'_>) -> rusqlite::Result<ActorSummary> {
    Ok(ActorSummary {
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
}

/// Checks a claim query's closed vocabularies; the error names the bad item.
pub fn validate(q: &ClaimQuery) -> std::result::Result<(), StoreError> {
    use rapport_model::{Certainty, Polarity, Status};
    let check = |what: &str, v: &str, ok: bool, all: Vec<&str>| {
        if ok {
            Ok(())
        } else {
            Err(StoreError::Other(format!(
                "{what}: unknown value {v:?}; one of: {}",
                all.join(", ")
            )))
        }
    };
    for t in &q.types {
        check(
            "type",
            t,
            ClaimType::parse(t).is_some(),
            ClaimType::ALL.iter().map(|x| x.as_str()).collect(),
        )?;
    }
    for c in &q.certainty {
        check(
            "certainty",
            c,
            Certainty::parse(c).is_some(),
            Certainty::ALL.iter().map(|x| x.as_str()).collect(),
        )?;
    }
    for s in &q.status {
        check(
            "status",
            s,
            Status::parse(s).is_some(),
            Status::ALL.iter().map(|x| x.as_str()).collect(),
        )?;
    }
    if let Some(p) = &q.polarity {
        check(
            "polarity",
            p,
            Polarity::parse(p).is_some(),
            Polarity::ALL.iter().map(|x| x.as_str()).collect(),
        )?;
    }
    for a in &q.attribution {
        check(
            "attribution",
            a,
            ATTRIBUTION_KINDS.contains(&a.as_str()),
            ATTRIBUTION_KINDS.to_vec(),
        )?;
    }
    if let (Some(f), Some(t)) = (q.from, q.to) {
        if f.to_string() > format!("{t}~") {
            return Err(StoreError::Other(format!("from: {f} is after to: {t}")));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use rapport_model::*;

    fn actor(id: &str, kind: ActorKind, anonymous: bool) -> Actor {
        Actor {
            id: id.into(),
            name: id.to_uppercase(),
            kind,
            aliases: vec![format!("{id} alias")],
            country: None,
            parent: None,
            anonymous,
            pseudonym: false,
            description: anonymous.then(|| "an official".to_string()),
            mentions: vec![Span::new(0, 4)],
        }
    }

    fn claim(
        id: &str,
        kind: ClaimType,
        s: &str,
        t: Option<&str>,
        time: Option<Time>,
        by: Source,
        ev: (usize, usize),
    ) -> Claim {
        Claim {
            id: id.into(),
            kind,
            mode: vec![],
            role: None,
            source: s.into(),
            target: t.map(Into::into),
            time,
            location: None,
            status: Status::Actual,
            certainty: Certainty::Asserted,
            polarity: Polarity::Positive,
            attribution: Attribution { by, cue: None },
            evidence: vec![Span::new(ev.0, ev.1)],
            confidence: 0.7,
        }
    }

    fn time(s: Option<&str>, e: Option<&str>) -> Option<Time> {
        Some(Time {
            start: s.map(|x| PartialDate::parse(x).unwrap()),
            end: e.map(|x| PartialDate::parse(x).unwrap()),
            text: None,
        })
    }

    const TEXT: &str = "Iran armed the Taliban. Iran fought them. Él dijo.";

    fn store() -> Store {
        let mut s = Store::memory().unwrap();
        let rec = Record {
            doc: DocMeta {
                id: "d1".into(),
                title: Some("One".into()),
                sha256: "s1".into(),
                published: Some(PartialDate::year(2017)),
                ..Default::default()
            },
            actors: vec![
                actor("iran", ActorKind::Country, false),
                actor("taliban", ActorKind::ArmedGroup, false),
                actor("src", ActorKind::Person, true),
                actor("amin", ActorKind::Person, false),
            ],
            claims: vec![
                claim(
                    "c1",
                    ClaimType::Aid,
                    "iran",
                    Some("taliban"),
                    time(Some("2015"), Some("2015")),
                    Source::Actor("src".into()),
                    (0, 23),
                ),
                claim(
                    "c2",
                    ClaimType::Assault,
                    "iran",
                    Some("taliban"),
                    time(Some("2001-09"), None),
                    Source::Author,
                    (24, 41),
                ),
                claim(
                    "c3",
                    ClaimType::HostileTo,
                    "taliban",
                    Some("iran"),
                    None,
                    Source::Actor("amin".into()),
                    (24, 41),
                ),
                claim(
                    "c4",
                    ClaimType::Leads,
                    "amin",
                    Some("taliban"),
                    time(Some("2016-05-21"), Some("2016-05-21")),
                    Source::Author,
                    (42, 51),
                ),
                claim(
                    "c5",
                    ClaimType::Mobilize,
                    "iran",
                    None,
                    time(None, Some("1998")),
                    Source::Author,
                    (42, 51),
                ),
            ],
            text: None,
        };
        s.ingest(&rec, TEXT).unwrap();
        let mut rec2 = rec.clone();
        rec2.doc.id = "d2".into();
        rec2.doc.sha256 = "s2".into();
        rec2.claims.truncate(1);
        rec2.claims[0].attribution.by = Source::Actor("amin".into());
        s.ingest(&rec2, TEXT).unwrap();
        s
    }

    fn q() -> ClaimQuery {
        ClaimQuery {
            limit: 100,
            ..Default::default()
        }
    }

    #[test]
    fn claim_pages_filter_and_order() {
        let s = store();
        let all = s.claim_page(&q()).unwrap();
        assert_eq!(all.total, 6);
        let times: Vec<_> = all
            .items
            .iter()
            .map(|c| c.time.as_ref().map(|t| t.precision))
            .collect();
        // open-start 1998, 2001-09.., 2015 twice, 2016-05-21, undated last
        assert_eq!(
            times,
            vec![
                Some("interval"),
                Some("interval"),
                Some("year"),
                Some("year"),
                Some("day"),
                None
            ]
        );
        let c1 = &all.items[2];
        assert_eq!(c1.excerpt, "Iran armed the Taliban.");
        assert_eq!(c1.evidence, vec![SpanView { start: 0, end: 23 }]);
        assert_eq!(c1.attribution.kind, "anonymous");
        assert_eq!(c1.attribution.by, "d1/src");
        assert_eq!(
            c1.attribution
                .actor
                .as_ref()
                .unwrap()
                .description
                .as_deref(),
            Some("an official")
        );
        assert_eq!(c1.source.name, "IRAN");
        assert_eq!(c1.tone, 1.0);
        // a page
        let p = s
            .claim_page(&ClaimQuery {
                limit: 2,
                offset: 2,
                ..q()
            })
            .unwrap();
        assert_eq!((p.items.len(), p.next_offset), (2, Some(4)));
        let last = s
            .claim_page(&ClaimQuery {
                limit: 2,
                offset: 4,
                ..q()
            })
            .unwrap();
        assert_eq!(last.next_offset, None);
        // a pair, a type, an attribution kind
        let pair = s
            .claim_page(&ClaimQuery {
                actor: Some("taliban".into()),
                other: Some("iran".into()),
                ..q()
            })
            .unwrap();
        assert_eq!(pair.total, 4);
        let anon = s
            .claim_page(&ClaimQuery {
                exclude_anonymous: true,
                ..q()
            })
            .unwrap();
        assert_eq!(anon.total, 5);
        let named = s
            .claim_page(&ClaimQuery {
                attribution: vec!["named".into()],
                ..q()
            })
            .unwrap();
        assert_eq!(named.total, 2);
        let types = s
            .claim_page(&ClaimQuery {
                types: vec!["AID".into(), "LEADS".into()],
                ..q()
            })
            .unwrap();
        assert_eq!(types.total, 3);
        assert_eq!(
            s.claim_page(&ClaimQuery {
                undated: Undated::Only,
                ..q()
            })
            .unwrap()
            .total,
            1
        );
    }

    #[test]
    fn time_ranges_overlap_intervals_at_their_precision() {
        let s = store();
        let range = |f: Option<&str>, t: Option<&str>| -> Vec<String> {
            let mut v: Vec<String> = s
                .claim_page(&ClaimQuery {
                    from: f.map(|x| PartialDate::parse(x).unwrap()),
                    to: t.map(|x| PartialDate::parse(x).unwrap()),
                    ..q()
                })
                .unwrap()
                .items
                .into_iter()
                .map(|c| c.local_id)
                .collect();
            v.dedup();
            v
        };
        // the year 2015 covers 2015-06; the open 2001-09.. interval too
        assert_eq!(range(Some("2015-06"), Some("2015-06")), vec!["c2", "c1"]);
        // as of 2000: only what had begun by then (c5 ends 1998, open start)
        assert_eq!(range(None, Some("2000")), vec!["c5"]);
        assert_eq!(range(Some("1999"), None), vec!["c2", "c1", "c4"]);
        assert_eq!(range(Some("2016-05-22"), Some("2016-12")), vec!["c2"]);
        assert_eq!(range(Some("2016-05"), Some("2016-05")), vec!["c2", "c4"]);
    }

    #[test]
    fn graph_aggregates_edges_and_sources() {
        let s = store();
        let g = s.graph(&q(), 100).unwrap();
        assert_eq!(g.claims, 6);
        let e = g.edges.iter().find(|e| e.id == "iran|taliban").unwrap();
        // c1 twice (anonymous in d1, Amin in d2), c2, c3
        assert_eq!(e.claims, 4);
        assert_eq!(e.documents, 2);
        // anonymous@d1, author@d1, actor:amin (c3 in d1 and c1 in d2 count once)
        assert_eq!(e.sources, 3);
        assert_eq!(e.types["AID"], 2);
        assert_eq!((e.a_to_b, e.b_to_a), (3, 1));
        assert!((e.tone - (1.0 + 1.0 - 1.0 - 1.0) / 4.0).abs() < 1e-6);
        assert_eq!(e.first.as_deref(), Some("2001-09"));
        let iran = g.nodes.iter().find(|n| n.id == "iran").unwrap();
        assert_eq!(
            (iran.claims, iran.degree, iran.kind.as_str()),
            (5, 1, "country")
        );
        assert_eq!(g.range.min.as_deref(), Some("1998"));
        assert_eq!(g.range.max.as_deref(), Some("2016-05-21"));
        // the graph as of 2000 has no edge; without anonymous claims one source fewer
        let g2000 = s
            .graph(
                &ClaimQuery {
                    to: Some(PartialDate::year(2000)),
                    ..q()
                },
                100,
            )
            .unwrap();
        assert!(g2000.edges.is_empty());
        assert_eq!(g2000.nodes.len(), 1);
        let no_anon = s
            .graph(
                &ClaimQuery {
                    exclude_anonymous: true,
                    ..q()
                },
                100,
            )
            .unwrap();
        assert_eq!(
            no_anon
                .edges
                .iter()
                .find(|e| e.id == "iran|taliban")
                .unwrap()
                .sources,
            2
        );
        // the node cap keeps the busiest actors
        let small = s.graph(&q(), 2).unwrap();
        assert_eq!(small.nodes.len(), 2);
        assert_eq!(small.hidden_nodes, 1);
    }

    #[test]
    fn documents_profiles_and_search() {
        let s = store();
        let docs = s.documents(None, 10, 0).unwrap();
        assert_eq!(docs.total, 2);
        assert_eq!(docs.items[0].bytes, TEXT.len() as i64);
        let key = s.document_key("d1").unwrap().unwrap();
        assert_eq!(s.document_key(&key.to_string()).unwrap(), Some(key));
        assert_eq!(s.document_key("nope").unwrap(), None);
        let d = s.document(key).unwrap().unwrap();
        assert_eq!(d.claims.len(), 5);
        assert_eq!(d.text, TEXT);
        assert_eq!(d.mentions.len(), 4);
        assert!(s.document(9999).unwrap().is_none());
        // the multi-byte excerpt is cut on bytes, as the spans are
        assert_eq!(
            d.claims
                .iter()
                .find(|c| c.local_id == "c4")
                .unwrap()
                .excerpt,
            "Él dijo."
        );

        let found = s.search_actors(Some("Taliban ALIAS"), None, 10, 0).unwrap();
        assert_eq!(found.items[0].id, "taliban");
        assert_eq!(found.items[0].aliases, vec!["taliban alias"]);
        assert_eq!(
            s.search_actors(Some("ali"), Some("country"), 10, 0)
                .unwrap()
                .total,
            1
        );
        assert_eq!(s.search_actors(None, None, 10, 0).unwrap().total, 5);

        let p = s.actor_profile("amin").unwrap().unwrap();
        assert_eq!(p.roles.len(), 1);
        assert_eq!(p.roles[0].direction, "out");
        assert_eq!(p.roles[0].other.as_ref().unwrap().id, "taliban");
        assert_eq!(p.roles[0].time.as_ref().unwrap().precision, "day");
        let t = s.actor_profile("taliban").unwrap().unwrap();
        assert_eq!(t.roles[0].direction, "in");
        let aid = t.counterparts.iter().find(|c| c.kind == "AID").unwrap();
        assert_eq!(
            (
                aid.actor.id.as_str(),
                aid.outgoing,
                aid.incoming,
                aid.documents
            ),
            ("iran", 0, 2, 2)
        );
        assert_eq!(
            s.actor_profile("iran").unwrap().unwrap().solo["MOBILIZE"],
            1
        );
        assert_eq!(t.documents.len(), 2);
        assert!(s.actor_profile("nobody").unwrap().is_none());
        let o = s.overview().unwrap();
        assert_eq!((o.documents, o.claims, o.dated_claims), (2, 6, 5));
    }

    #[test]
    fn validation_names_the_bad_item() {
        let bad = ClaimQuery {
            types: vec!["AIDS".into()],
            ..q()
        };
        let e = validate(&bad).unwrap_err().to_string();
        assert!(
            e.starts_with("type: unknown value \"AIDS\"") && e.contains("ASSAULT"),
            "{e}"
        );
        let bad = ClaimQuery {
            attribution: vec!["rumour".into()],
            ..q()
        };
        assert!(validate(&bad)
            .unwrap_err()
            .to_string()
            .contains("attribution"));
        let bad = ClaimQuery {
            from: Some(PartialDate::year(2017)),
            to: Some(PartialDate::year(2016)),
            ..q()
        };
        assert!(validate(&bad).unwrap_err().to_string().contains("after"));
        let ok = ClaimQuery {
            from: Some(PartialDate::month(2016, 5)),
            to: Some(PartialDate::year(2016)),
            ..q()
        };
        assert!(validate(&ok).is_ok());
    }
}
