//! `rapport kb …`: search, inspect and curate the actor knowledge base. Curated
//! records live in the store, apart from the shipped data, and take effect in every
//! later extraction with that store.

use super::{print_json_lines, Format};
use anyhow::{anyhow, bail, Context, Result};
use clap::Subcommand;
use rapport_kb::{norm_key, to_toml, Kb, KbActor};
use rapport_model::{ActorKind, ClaimType, PartialDate};
use rapport_store::{ClaimFilter, Store};
use serde::Serialize;
use std::path::{Path, PathBuf};

#[derive(Subcommand)]
pub enum KbCmd {
    /// Find actors by any name, alias, capital or demonym (substring, case- and accent-insensitive).
    Search {
        query: String,
        #[arg(long)]
        kind: Option<ActorKind>,
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
    /// Show one actor's record, roles and the names seen in stored documents.
    Show { actor: String },
    /// Add (or replace) a curated actor.
    Add {
        #[arg(long)]
        id: String,
        #[arg(long)]
        name: String,
        #[arg(long)]
        kind: ActorKind,
        /// ISO 3166-1 alpha-3.
        #[arg(long)]
        country: Option<String>,
        /// The id of the actor this one is part of.
        #[arg(long)]
        parent: Option<String>,
        #[arg(long = "alias")]
        aliases: Vec<String>,
        /// Where the facts can be checked.
        #[arg(long)]
        source: Option<String>,
    },
    /// Add a name to an actor.
    Alias { actor: String, alias: String },
    /// Merge one stored actor into another (reversible with `kb unmerge`).
    Merge { from: String, into: String },
    /// Undo a merge, by its number or by the merged actor's id.
    Unmerge { merge: String },
    /// List merges.
    Merges,
    /// Write the curated records as a TOML file (the data/kb format).
    Export {
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// Read curated records from a TOML file in the data/kb format.
    Import { file: PathBuf },
    /// Roles of a person over time: from the knowledge base and from stored claims.
    Roles {
        actor: String,
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
    /// Who led an organisation at a date, from the knowledge base and stored claims.
    WhoLed {
        org: String,
        /// YYYY, YYYY-MM or YYYY-MM-DD.
        #[arg(long)]
        at: PartialDate,
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
}

/// The knowledge base with the store's curated records.
pub fn kb_for(store: &Store) -> Result<Kb> {
    Kb::with_curated(store.curated()?).map_err(|e| anyhow!("{e}"))
}

fn open(db: &Path) -> Result<Store> {
    Store::open(db).with_context(|| format!("cannot open the store at {}", db.display()))
}

/// An actor id from any name: the knowledge base first, then the store.
fn resolve(kb: &Kb, store: &Store, name: &str) -> Result<String> {
    if let Some(a) = kb.get(name) {
        return Ok(a.id.clone());
    }
    if let Some((a, _)) = kb.lookup(name) {
        return Ok(a.id.clone());
    }
    store
        .resolve(name, None)?
        .ok_or_else(|| anyhow!("no actor called {name:?} (try `rapport kb search`)"))
}

#[derive(Serialize)]
struct Found {
    id: String,
    name: String,
    kind: String,
    matched: String,
    origin: &'static str,
}

#[derive(Serialize)]
struct RoleRow {
    relation: String,
    org: String,
    role: Option<String>,
    start: Option<String>,
    end: Option<String>,
    source: String,
}

fn bounds(d: PartialDate) -> ((i32, u8, u8), (i32, u8, u8)) {
    let lo = (d.year, d.month.unwrap_or(1), d.day.unwrap_or(1));
    let hi = (d.year, d.month.unwrap_or(12), d.day.unwrap_or(31));
    (lo, hi)
}

/// Whether an interval (open ends allowed) covers a date at its precision.
fn covers(start: Option<PartialDate>, end: Option<PartialDate>, at: PartialDate) -> bool {
    let (alo, ahi) = bounds(at);
    start.is_none_or(|s| bounds(s).0 <= ahi) && end.is_none_or(|e| alo <= bounds(e).1)
}

pub fn run(db: &Path, cmd: KbCmd) -> Result<i32> {
    let mut store = open(db)?;
    let kb = kb_for(&store)?;
    let curated_ids: Vec<String> = store.curated()?.into_iter().map(|a| a.id).collect();
    match cmd {
        KbCmd::Search {
            query,
            kind,
            format,
        } => {
            let q = norm_key(&query);
            if q.is_empty() {
                bail!("an empty query matches everything; give a name");
            }
            let mut found = Vec::new();
            for a in kb.actors() {
                if kind.is_some_and(|k| k != a.kind) {
                    continue;
                }
                if let Some((form, _)) = a.surface_forms().find(|(f, _)| norm_key(f).contains(&q)) {
                    let origin = if curated_ids.contains(&a.id) {
                        "curated"
                    } else {
                        "shipped"
                    };
                    found.push(Found {
                        id: a.id.clone(),
                        name: a.name.clone(),
                        kind: a.kind.as_str().into(),
                        matched: form.to_string(),
                        origin,
                    });
                }
            }
            for a in store.actors(kind)? {
                if found.iter().any(|f| f.id == a.id) {
                    continue;
                }
                if let Some(form) = std::iter::once(&a.name)
                    .chain(a.aliases.iter())
                    .find(|f| norm_key(f).contains(&q))
                {
                    found.push(Found {
                        id: a.id.clone(),
                        name: a.name.clone(),
                        kind: a.kind.clone(),
                        matched: form.clone(),
                        origin: "documents",
                    });
                }
            }
            if format == Format::Json {
                return print_json_lines(&found);
            }
            for f in &found {
                println!(
                    "{:<28} {:<30} {:<13} {:<10} matched {:?}",
                    f.id, f.name, f.kind, f.origin, f.matched
                );
            }
            println!("{} actor(s)", found.len());
            Ok(0)
        }
        KbCmd::Show { actor } => {
            let id = resolve(&kb, &store, &actor)?;
            match kb.get(&id) {
                Some(a) => {
                    let origin = if curated_ids.contains(&a.id) {
                        "curated"
                    } else {
                        "shipped"
                    };
                    println!(
                        "# {} ({origin}, {})",
                        a.name,
                        if origin == "shipped" {
                            a.file.as_str()
                        } else {
                            "store"
                        }
                    );
                    print!("{}", to_toml(std::slice::from_ref(a)));
                }
                None => {
                    println!("# {id}: found in stored documents only (not in the knowledge base)")
                }
            }
            if let Some(row) = store.actors(None)?.into_iter().find(|a| a.id == id) {
                println!(
                    "\n# in stored documents: {} claim(s) in {} document(s); names seen: {}",
                    row.claims,
                    row.documents,
                    row.aliases.join(", ")
                );
            }
            Ok(0)
        }
        KbCmd::Add {
            id,
            name,
            kind,
            country,
            parent,
            aliases,
            source,
        } => {
            if !id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                || id.is_empty()
            {
                bail!("id {id:?}: use lowercase letters, digits and '-'");
            }
            let record = KbActor {
                id: id.clone(),
                name,
                kind,
                country,
                parent,
                capital: None,
                metonyms: vec![],
                demonyms: vec![],
                aliases,
                roles: vec![],
                source,
                file: "curated".into(),
            };
            let mut all = store.curated()?;
            all.retain(|a| a.id != id);
            all.push(record.clone());
            Kb::with_curated(all).map_err(|e| anyhow!("not added: {e}"))?;
            store.put_curated(&record)?;
            println!("added {id}; it takes effect in every later extraction with this store");
            Ok(0)
        }
        KbCmd::Alias { actor, alias } => {
            let id = resolve(&kb, &store, &actor)?;
            if let Some(a) = kb.get(&id) {
                let mut rec = a.clone();
                if !rec.aliases.contains(&alias) {
                    rec.aliases.push(alias.clone());
                }
                rec.file = "curated".into();
                let mut all = store.curated()?;
                all.retain(|x| x.id != id);
                all.push(rec.clone());
                Kb::with_curated(all).map_err(|e| anyhow!("alias not added: {e}"))?;
                store.put_curated(&rec)?;
            }
            if store.actors(None)?.iter().any(|a| a.id == id) {
                store.add_alias(&id, &alias)?;
            }
            println!("{alias:?} now names {id}");
            Ok(0)
        }
        KbCmd::Merge { from, into } => {
            let (from, into) = (resolve(&kb, &store, &from)?, resolve(&kb, &store, &into)?);
            let id = store.merge_actors(&from, &into)?;
            println!("merge {id}: {from} into {into} (undo with `rapport kb unmerge {id}`)");
            Ok(0)
        }
        KbCmd::Unmerge { merge } => {
            let m = store.unmerge(&merge)?;
            println!(
                "merge {} undone: {} is separate from {} again",
                m.id, m.from_id, m.into_id
            );
            Ok(0)
        }
        KbCmd::Merges => {
            for m in store.merges()? {
                println!(
                    "{:>4}  {}  {} into {}{}",
                    m.id,
                    m.at,
                    m.from_id,
                    m.into_id,
                    if m.undone { "  (undone)" } else { "" }
                );
            }
            Ok(0)
        }
        KbCmd::Export { out } => {
            let text = to_toml(&store.curated()?);
            match out {
                Some(p) => std::fs::write(&p, text)
                    .with_context(|| format!("cannot write {}", p.display()))?,
                None => print!("{text}"),
            }
            Ok(0)
        }
        KbCmd::Import { file } => {
            let text = std::fs::read_to_string(&file)
                .with_context(|| format!("cannot read {}", file.display()))?;
            let name = file.display().to_string();
            let records = rapport_kb::parse_toml(&name, &text).map_err(|e| anyhow!("{e}"))?;
            let mut all = store.curated()?;
            for r in &records {
                all.retain(|a| a.id != r.id);
                all.push(r.clone());
            }
            Kb::with_curated(all).map_err(|e| anyhow!("{name}: not imported: {e}"))?;
            for r in &records {
                store.put_curated(r)?;
            }
            println!("{} record(s) imported from {name}", records.len());
            Ok(0)
        }
        KbCmd::Roles { actor, format } => {
            let id = resolve(&kb, &store, &actor)?;
            let mut rows = Vec::new();
            if let Some(a) = kb.get(&id) {
                for r in &a.roles {
                    rows.push(RoleRow {
                        relation: r.relation.as_str().into(),
                        org: r.org.clone(),
                        role: r.role.clone(),
                        start: r.start.map(|d| d.to_string()),
                        end: r.end.map(|d| d.to_string()),
                        source: format!("knowledge base: {}", a.source.clone().unwrap_or_default()),
                    });
                }
            }
            for kind in [ClaimType::Leads, ClaimType::MemberOf] {
                for c in store.claims(&ClaimFilter {
                    actor: Some(id.clone()),
                    kind: Some(kind.as_str().into()),
                    ..Default::default()
                })? {
                    if c.source != id {
                        continue;
                    }
                    rows.push(RoleRow {
                        relation: c.kind.clone(),
                        org: c.target.clone().unwrap_or_default(),
                        role: c.role.clone(),
                        start: c.time_start.clone(),
                        end: c.time_end.clone(),
                        source: format!(
                            "{} (per {}): “{}”",
                            c.document,
                            c.attribution_name.clone().unwrap_or(c.attribution.clone()),
                            c.excerpt
                        ),
                    });
                }
            }
            if format == Format::Json {
                return print_json_lines(&rows);
            }
            for r in &rows {
                println!(
                    "{:<10} {:<26} {:<22} {:>10} .. {:<10}  {}",
                    r.relation,
                    r.org,
                    r.role.as_deref().unwrap_or("-"),
                    r.start.as_deref().unwrap_or(""),
                    r.end.as_deref().unwrap_or(""),
                    r.source
                );
            }
            println!("{} role(s)", rows.len());
            Ok(0)
        }
        KbCmd::WhoLed { org, at, format } => {
            let org = resolve(&kb, &store, &org)?;
            let mut rows = Vec::new();
            for a in kb.actors() {
                for r in a.roles.iter().filter(|r| {
                    r.relation == ClaimType::Leads && r.org == org && covers(r.start, r.end, at)
                }) {
                    rows.push(RoleRow {
                        relation: a.name.clone(),
                        org: org.clone(),
                        role: r.role.clone(),
                        start: r.start.map(|d| d.to_string()),
                        end: r.end.map(|d| d.to_string()),
                        source: format!("knowledge base: {}", a.source.clone().unwrap_or_default()),
                    });
                }
            }
            for c in store.claims(&ClaimFilter {
                actor: Some(org.clone()),
                kind: Some("LEADS".into()),
                ..Default::default()
            })? {
                if c.target.as_deref() != Some(org.as_str()) {
                    continue;
                }
                let parse =
                    |s: &Option<String>| s.as_deref().and_then(|x| PartialDate::parse(x).ok());
                let (s, e) = (parse(&c.time_start), parse(&c.time_end));
                if (s.is_some() || e.is_some()) && !covers(s, e, at) {
                    continue;
                }
                let dated = if s.is_none() && e.is_none() {
                    " [undated claim]"
                } else {
                    ""
                };
                rows.push(RoleRow {
                    relation: c.source_name.clone(),
                    org: org.clone(),
                    role: c.role.clone(),
                    start: c.time_start.clone(),
                    end: c.time_end.clone(),
                    source: format!(
                        "{}{dated} (per {}): “{}”",
                        c.document,
                        c.attribution_name.clone().unwrap_or(c.attribution.clone()),
                        c.excerpt
                    ),
                });
            }
            if format == Format::Json {
                return print_json_lines(&rows);
            }
            println!("who led {org} at {at}:");
            for r in &rows {
                println!(
                    "  {:<28} {:<20} {:>10} .. {:<10}  {}",
                    r.relation,
                    r.role.as_deref().unwrap_or("-"),
                    r.start.as_deref().unwrap_or(""),
                    r.end.as_deref().unwrap_or(""),
                    r.source
                );
            }
            if rows.is_empty() {
                println!("  no one, as far as the knowledge base and the stored claims say");
            }
            Ok(0)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn intervals_cover_dates_at_their_precision() {
        let d = |s: &str| PartialDate::parse(s).unwrap();
        assert!(covers(
            Some(d("2015-07")),
            Some(d("2016-05-21")),
            d("2016-01")
        ));
        assert!(covers(Some(d("2015-07")), Some(d("2016-05-21")), d("2015")));
        assert!(!covers(
            Some(d("2015-07")),
            Some(d("2016-05-21")),
            d("2016-06")
        ));
        assert!(covers(Some(d("2021")), None, d("2024-03-01")));
        assert!(!covers(None, Some(d("2013-04")), d("2014")));
    }
}
