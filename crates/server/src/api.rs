//! The JSON API handlers. Every handler parses its parameters first (errors name
//! the parameter), then runs its queries on a pooled connection off the async
//! threads.

use crate::error::ApiError;
use crate::params::{Params, RawPairs};
use crate::pool::Pool;
use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::{Path, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use rapport_extract::Extractor;
use rapport_model::ActorKind;
use rapport_store::views::{
    self, ActorProfile, ActorRef, ActorSummary, ClaimQuery, ClaimView, DocumentSummary,
    DocumentView, Graph, Overview, Page, Undated,
};
use rapport_store::{Dyad, Store, Stored};
use rapport_text::{read_memory, ReadOptions};
use serde::Serialize;
use std::sync::Arc;

/// The largest upload accepted, in bytes.
pub const MAX_UPLOAD: usize = 20 * 1024 * 1024;
/// The largest request body of any other route.
pub const MAX_BODY: usize = 64 * 1024;

pub struct AppState {
    pub pool: Pool,
    pub extractor: Extractor,
}

pub type St = State<Arc<AppState>>;

/// Runs `f` with a pooled connection on the blocking thread pool.
async fn blocking<T, F>(s: &Arc<AppState>, f: F) -> Result<T, ApiError>
where
    F: FnOnce(&AppState, &mut Store) -> Result<T, ApiError> + Send + 'static,
    T: Send + 'static,
{
    let s = s.clone();
    tokio::task::spawn_blocking(move || {
        let mut store = s.pool.get()?;
        f(&s, &mut store)
    })
    .await
    .map_err(|e| ApiError::internal(format!("the request failed: {e}")))?
}

/// The actor a name, alias or id stands for.
fn resolve(s: &AppState, store: &Store, param: &str, name: &str) -> Result<ActorRef, ApiError> {
    let found = match store.resolve(name, Some(s.extractor.kb()))? {
        Some(id) => store.actor_ref(&id)?,
        None => None,
    };
    found.ok_or_else(|| {
        ApiError::not_found(format!(
            "{param}: no actor called {name:?} in the store (search with /api/actors?q=…)"
        ))
    })
}

fn document_key(store: &Store, param: &str, id: &str) -> Result<i64, ApiError> {
    store
        .document_key(id)?
        .ok_or_else(|| ApiError::not_found(format!("{param}: no document with key or id {id:?}")))
}

/// The claim filters shared by /api/claims, /api/timeline and /api/graph.
pub const FILTERS: &[&str] = &[
    "type",
    "from",
    "to",
    "at",
    "undated",
    "certainty",
    "status",
    "polarity",
    "attribution",
    "exclude_anonymous",
    "document",
];

fn known(extra: &[&'static str]) -> Vec<&'static str> {
    FILTERS.iter().chain(extra).copied().collect()
}

/// Parses the filters; `document` is returned as given, to resolve on the store.
fn filters(p: &Params) -> Result<(ClaimQuery, Option<String>), ApiError> {
    let mut q = ClaimQuery {
        types: p
            .list("type")
            .iter()
            .map(|t| t.to_ascii_uppercase())
            .collect(),
        certainty: p
            .list("certainty")
            .iter()
            .map(|t| t.to_ascii_lowercase())
            .collect(),
        status: p
            .list("status")
            .iter()
            .map(|t| t.to_ascii_lowercase())
            .collect(),
        attribution: p
            .list("attribution")
            .iter()
            .map(|t| t.to_ascii_lowercase())
            .collect(),
        polarity: p.str("polarity").map(|t| t.to_ascii_lowercase()),
        exclude_anonymous: p.flag("exclude_anonymous")?,
        ..Default::default()
    };
    if p.has("at") {
        if p.has("from") || p.has("to") {
            return Err(ApiError::bad_request(
                "at: give either at (everything up to a date) or from/to (a range), not both",
            ));
        }
        q.to = p.date("at")?;
    } else {
        q.from = p.date("from")?;
        q.to = p.date("to")?;
    }
    if let Some(u) = p.str("undated") {
        q.undated = Undated::parse(u).ok_or_else(|| {
            ApiError::bad_request(format!(
                "undated: expected include, exclude, only or auto, got {u:?}"
            ))
        })?;
    }
    views::validate(&q).map_err(|e| ApiError::bad_request(e.to_string()))?;
    Ok((q, p.str("document").map(String::from)))
}

pub async fn stats(State(s): St, raw: RawPairs) -> Result<Json<Overview>, ApiError> {
    Params::new(raw, &[])?;
    Ok(Json(blocking(&s, |_, st| Ok(st.overview()?)).await?))
}

pub async fn claims(State(s): St, raw: RawPairs) -> Result<Json<Page<ClaimView>>, ApiError> {
    let p = Params::new(raw, &known(&["actor", "other", "limit", "offset"]))?;
    let (mut q, doc) = filters(&p)?;
    q.limit = p.count("limit", 50, 1000)?;
    q.offset = p.offset()?;
    let actor = p.str("actor").map(String::from);
    let other = p.str("other").map(String::from);
    if other.is_some() && actor.is_none() {
        return Err(ApiError::bad_request(
            "other: needs actor too (the claims between actor and other)",
        ));
    }
    Ok(Json(
        blocking(&s, move |s, st| {
            q.actor = actor
                .map(|a| resolve(s, st, "actor", &a))
                .transpose()?
                .map(|a| a.id);
            q.other = other
                .map(|a| resolve(s, st, "other", &a))
                .transpose()?
                .map(|a| a.id);
            q.document = doc.map(|d| document_key(st, "document", &d)).transpose()?;
            Ok(st.claim_page(&q)?)
        })
        .await?,
    ))
}

/// Every claim between two actors, in time order, undated last.
#[derive(Serialize)]
pub struct Timeline {
    pub a: ActorRef,
    pub b: ActorRef,
    /// Matching claims with a time, and without.
    pub dated: i64,
    pub undated: i64,
    #[serde(flatten)]
    pub page: Page<ClaimView>,
}

pub async fn timeline(State(s): St, raw: RawPairs) -> Result<Json<Timeline>, ApiError> {
    let p = Params::new(raw, &known(&["a", "b", "limit", "offset"]))?;
    let (mut q, doc) = filters(&p)?;
    q.limit = p.count("limit", 200, 1000)?;
    q.offset = p.offset()?;
    let need = |k: &str, which: &str| {
        p.str(k).map(String::from).ok_or_else(|| {
            ApiError::bad_request(format!(
                "{k}: missing; name the {which} actor (any name or alias)"
            ))
        })
    };
    let (a, b) = (need("a", "first")?, need("b", "second")?);
    Ok(Json(
        blocking(&s, move |s, st| {
            let a = resolve(s, st, "a", &a)?;
            let b = resolve(s, st, "b", &b)?;
            q.actor = Some(a.id.clone());
            q.other = Some(b.id.clone());
            q.document = doc.map(|d| document_key(st, "document", &d)).transpose()?;
            let count = |undated: Undated| -> Result<i64, ApiError> {
                Ok(st
                    .claim_page(&ClaimQuery {
                        undated,
                        limit: 0,
                        offset: 0,
                        ..q.clone()
                    })?
                    .total)
            };
            let undated = match q.undated {
                Undated::Exclude => 0,
                Undated::Auto if q.from.is_some() || q.to.is_some() => 0,
                _ => count(Undated::Only)?,
            };
            let dated = match q.undated {
                Undated::Only => 0,
                _ => count(Undated::Exclude)?,
            };
            let page = st.claim_page(&q)?;
            Ok(Timeline {
                a,
                b,
                dated,
                undated,
                page,
            })
        })
        .await?,
    ))
}

pub async fn graph(State(s): St, raw: RawPairs) -> Result<Json<Graph>, ApiError> {
    let p = Params::new(raw, &known(&["max_nodes"]))?;
    let (mut q, doc) = filters(&p)?;
    let max_nodes = p.count("max_nodes", 150, 2000)?;
    Ok(Json(
        blocking(&s, move |_, st| {
            q.document = doc.map(|d| document_key(st, "document", &d)).transpose()?;
            Ok(st.graph(&q, max_nodes)?)
        })
        .await?,
    ))
}

pub async fn actors(State(s): St, raw: RawPairs) -> Result<Json<Page<ActorSummary>>, ApiError> {
    let p = Params::new(raw, &["q", "kind", "limit", "offset"])?;
    let q = p.str("q").map(String::from);
    let kind = p
        .str("kind")
        .map(|k| {
            k.parse::<ActorKind>()
                .map(|k| k.as_str())
                .map_err(|e| ApiError::bad_request(format!("kind: {e}")))
        })
        .transpose()?;
    let (limit, offset) = (p.count("limit", 50, 1000)?, p.offset()?);
    Ok(Json(
        blocking(&s, move |_, st| {
            Ok(st.search_actors(q.as_deref(), kind, limit, offset)?)
        })
        .await?,
    ))
}

pub async fn actor(
    State(s): St,
    Path(id): Path<String>,
    raw: RawPairs,
) -> Result<Json<ActorProfile>, ApiError> {
    Params::new(raw, &[])?;
    Ok(Json(
        blocking(&s, move |s, st| {
            let a = resolve(s, st, "actor", &id)?;
            st.actor_profile(&a.id)?
                .ok_or_else(|| ApiError::not_found(format!("actor: no actor called {id:?}")))
        })
        .await?,
    ))
}

pub async fn documents(
    State(s): St,
    raw: RawPairs,
) -> Result<Json<Page<DocumentSummary>>, ApiError> {
    let p = Params::new(raw, &["q", "limit", "offset"])?;
    let q = p.str("q").map(String::from);
    let (limit, offset) = (p.count("limit", 50, 1000)?, p.offset()?);
    Ok(Json(
        blocking(&s, move |_, st| {
            Ok(st.documents(q.as_deref(), limit, offset)?)
        })
        .await?,
    ))
}

pub async fn document(
    State(s): St,
    Path(id): Path<String>,
    raw: RawPairs,
) -> Result<Json<DocumentView>, ApiError> {
    Params::new(raw, &[])?;
    Ok(Json(
        blocking(&s, move |_, st| {
            let key = document_key(st, "document", &id)?;
            st.document(key)?
                .ok_or_else(|| ApiError::not_found(format!("document: no document {id:?}")))
        })
        .await?,
    ))
}

pub async fn dyads(State(s): St, raw: RawPairs) -> Result<Json<Vec<Dyad>>, ApiError> {
    let p = Params::new(raw, &["limit"])?;
    let limit = p.count("limit", 20, 500)?;
    Ok(Json(blocking(&s, move |_, st| Ok(st.dyads(limit)?)).await?))
}

#[derive(Serialize, Debug)]
pub struct Ingested {
    pub key: i64,
    pub id: String,
    pub title: Option<String>,
    /// `stored`, or `duplicate` when the same bytes were stored before.
    pub status: &'static str,
    /// Claims the store holds for the document.
    pub claims: i64,
    pub actors: usize,
}

#[derive(Serialize, Debug)]
pub struct ItemError {
    pub item: String,
    pub message: String,
}

#[derive(Serialize, Debug)]
pub struct IngestResult {
    /// The uploaded item's name.
    pub item: String,
    pub documents: Vec<Ingested>,
    pub errors: Vec<ItemError>,
    pub warnings: Vec<String>,
}

/// A file name without folders, to name the upload and pick its format.
fn upload_name(name: &str) -> Result<String, ApiError> {
    let base = name.rsplit(['/', '\\']).next().unwrap_or("").trim();
    if base.is_empty() || base == "." || base == ".." {
        return Err(ApiError::bad_request(format!(
            "name: {name:?} is not a file name"
        )));
    }
    if base.len() > 255 || base.chars().any(char::is_control) {
        return Err(ApiError::bad_request(
            "name: too long or has control characters",
        ));
    }
    Ok(base.to_string())
}

/// Reads, extracts and stores one uploaded item (a .txt, .md, .html or .jsonl
/// file, or pasted text).
pub async fn ingest(
    State(s): St,
    raw: RawPairs,
    body: Result<Bytes, BytesRejection>,
) -> Result<Json<IngestResult>, ApiError> {
    let p = Params::new(raw, &["name", "title", "published", "outlet"])?;
    let body = body.map_err(|e| {
        if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
            ApiError::new(
                e.status(),
                format!("body: over the limit of {} MiB", MAX_UPLOAD >> 20),
            )
        } else {
            ApiError::new(e.status(), format!("body: {}", e.body_text()))
        }
    })?;
    let name = upload_name(p.str("name").unwrap_or("pasted.txt"))?;
    if body.is_empty() {
        return Err(ApiError::bad_request(format!(
            "{name}: empty; send the article's text or the file's bytes as the body"
        )));
    }
    let opts = ReadOptions {
        max_bytes: MAX_UPLOAD,
        published: p.date("published")?,
        title: p.str("title").map(String::from),
        outlet: p.str("outlet").map(String::from),
    };
    let result = blocking(&s, move |s, st| {
        let outcome = read_memory(&name, body.to_vec(), &opts);
        let mut out = IngestResult {
            item: name.clone(),
            documents: Vec::new(),
            errors: outcome
                .errors
                .iter()
                .map(|e| ItemError {
                    item: e.item.clone(),
                    message: e.message.clone(),
                })
                .collect(),
            warnings: outcome.warnings.clone(),
        };
        for mut doc in outcome.docs {
            if let Some(key) = st.document_by_sha(&doc.meta.sha256)? {
                let meta = st.document(key)?;
                out.documents.push(Ingested {
                    key,
                    id: meta
                        .as_ref()
                        .map_or(doc.meta.id.clone(), |m| m.meta.id.clone()),
                    title: meta.as_ref().and_then(|m| m.meta.title.clone()),
                    status: "duplicate",
                    claims: meta.as_ref().map_or(0, |m| m.meta.claims),
                    actors: meta.as_ref().map_or(0, |m| m.meta.actors as usize),
                });
                continue;
            }
            // another text under the same id gets its own id, so that its
            // anonymous sources stay its own
            if st.has_document_id(&doc.meta.id)? {
                let suffix: String = doc.meta.sha256.chars().take(8).collect();
                doc.meta.id = format!("{}-{suffix}", doc.meta.id);
            }
            let rec = s.extractor.extract(&doc);
            let stored = {
                let _w = s.pool.write();
                st.ingest(&rec, &doc.text)
            };
            match stored {
                Ok(Stored::New { doc: key, claims }) => out.documents.push(Ingested {
                    key,
                    id: rec.doc.id.clone(),
                    title: rec.doc.title.clone(),
                    status: "stored",
                    claims: claims as i64,
                    actors: rec.actors.len(),
                }),
                Ok(Stored::Duplicate { doc: key }) => out.documents.push(Ingested {
                    key,
                    id: rec.doc.id.clone(),
                    title: rec.doc.title.clone(),
                    status: "duplicate",
                    claims: 0,
                    actors: 0,
                }),
                Err(e) => out.errors.push(ItemError {
                    item: doc.meta.id.clone(),
                    message: format!("not stored: {e}"),
                }),
            }
        }
        Ok(out)
    })
    .await?;
    if result.documents.is_empty() {
        let first = result
            .errors
            .first()
            .map(|e| format!("{}: {}", e.item, e.message))
            .unwrap_or_else(|| format!("{}: no document in it", result.item));
        return Err(ApiError::new(StatusCode::UNPROCESSABLE_ENTITY, first)
            .with(serde_json::to_value(&result).unwrap_or_default()));
    }
    Ok(Json(result))
}

pub const OPENAPI: &str = include_str!("../assets/openapi.json");

pub async fn openapi() -> Response {
    ([(header::CONTENT_TYPE, "application/json")], OPENAPI).into_response()
}

pub async fn not_found(uri: axum::http::Uri) -> ApiError {
    ApiError::not_found(format!(
        "no such {}: {}",
        if uri.path().starts_with("/api") {
            "endpoint"
        } else {
            "page"
        },
        uri.path()
    ))
}

pub async fn method_not_allowed(method: axum::http::Method, uri: axum::http::Uri) -> ApiError {
    ApiError::new(
        StatusCode::METHOD_NOT_ALLOWED,
        format!("{}: method {method} not allowed", uri.path()),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn upload_names() {
        assert_eq!(upload_name("C:\\inbox\\a.html").unwrap(), "a.html");
        assert_eq!(upload_name("../../etc/passwd").unwrap(), "passwd");
        assert!(upload_name("dir/").is_err());
        assert!(upload_name("..").is_err());
        assert!(upload_name("a\u{7}.txt").is_err());
    }
}
