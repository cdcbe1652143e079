//! Subcommands. Each parses its arguments and calls into the crates.

use anyhow::{anyhow, Context, Result};
use clap::{Args, Parser, Subcommand, ValueEnum};
use rapport_extract::Extractor;
use rapport_model::{ActorKind, PartialDate, Record};
use rapport_store::{ClaimFilter, Store, Stored};
use rapport_text::{read_inputs, ReadOptions};
use std::io::Write;
use std::path::PathBuf;

mod demo;
mod kb;
mod nlp;
mod serve;
mod show;

#[derive(Parser)]
#[command(
    name = "rapport",
    version,
    about = "Read reporting; extract a sourced, dated graph of political actors and what they do to each other."
)]
pub struct Cli {
    /// The store (SQLite file).
    #[arg(long, global = true, env = "RAPPORT_DB", default_value = "rapport.db")]
    pub db: PathBuf,
    #[command(subcommand)]
    pub cmd: Cmd,
}

#[derive(Subcommand)]
pub enum Cmd {
    /// Extract actors and claims from articles and print them.
    Extract {
        #[command(flatten)]
        input: InputArgs,
        /// json: OUTPUT.md records; table: a readable summary; conllu: each sentence's
        /// tags, lemmas, tree and entities.
        #[arg(long, value_enum, default_value_t = ExtractFormat::Table)]
        format: ExtractFormat,
        /// Include the extracted text in JSON records.
        #[arg(long)]
        with_text: bool,
    },
    /// Show, for each claim, the rule that produced it and its trigger.
    Explain {
        #[command(flatten)]
        input: InputArgs,
    },
    /// Extract and store articles (idempotent by content hash).
    Ingest {
        #[command(flatten)]
        input: InputArgs,
    },
    /// List stored actors.
    Actors {
        /// Only actors of this kind (country, state_organ, armed_group, body, igo, organization, person, group).
        #[arg(long)]
        kind: Option<ActorKind>,
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
    /// List stored claims.
    Claims {
        /// Claims where this actor (any name or alias) is source or target.
        #[arg(long)]
        actor: Option<String>,
        /// Claim type (AID, ASSAULT, LEADS, …).
        #[arg(long = "type")]
        kind: Option<rapport_model::ClaimType>,
        /// Events in or after this year.
        #[arg(long)]
        from: Option<i32>,
        /// Events in or before this year.
        #[arg(long)]
        to: Option<i32>,
        #[arg(long)]
        limit: Option<usize>,
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
    /// Every claim between two actors, by event time, undated last.
    Timeline {
        a: String,
        b: String,
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
    /// Score extraction against a folder of gold files (spec/GOLD.md).
    Eval {
        gold_dir: PathBuf,
        /// List the missed and the unmatched claims.
        #[arg(short, long)]
        verbose: bool,
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
    /// Search, inspect and curate the actor knowledge base.
    #[command(subcommand)]
    Kb(kb::KbCmd),
    /// Train and evaluate the tagger, parser and recognizer.
    #[command(subcommand)]
    Nlp(nlp::NlpCmd),
    /// Ingest the bundled example articles, show what an analyst wants first, then serve the explorer.
    Demo {
        /// Stop after printing; do not serve the explorer.
        #[arg(long)]
        no_serve: bool,
        /// Where to serve the explorer (any free port if this one is taken).
        #[arg(long, default_value_t = rapport_server::DEFAULT_ADDR)]
        addr: std::net::SocketAddr,
        /// Access token, required off loopback (as for `serve`).
        #[arg(long, env = "RAPPORT_TOKEN", hide_env_values = true)]
        token: Option<String>,
    },
    /// Serve the explorer and the JSON API over the store (http://127.0.0.1:8080/).
    Serve {
        /// Address to listen on; anything but loopback needs a token.
        #[arg(long, default_value_t = rapport_server::DEFAULT_ADDR)]
        addr: std::net::SocketAddr,
        /// Access token (at least 16 characters), required off loopback.
        #[arg(long, env = "RAPPORT_TOKEN", hide_env_values = true)]
        token: Option<String>,
    },
}

#[derive(Args, Clone)]
pub struct InputArgs {
    /// Files, folders (read recursively) or - for stdin: .txt, .md, .html, .jsonl.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// Publication date for every document (YYYY, YYYY-MM or YYYY-MM-DD).
    #[arg(long)]
    pub published: Option<PartialDate>,
    #[arg(long)]
    pub title: Option<String>,
    #[arg(long)]
    pub outlet: Option<String>,
    /// Largest input accepted, in bytes.
    #[arg(long, default_value_t = 20 * 1024 * 1024)]
    pub max_bytes: usize,
}

impl InputArgs {
    fn options(&self) -> ReadOptions {
        ReadOptions {
            max_bytes: self.max_bytes,
            published: self.published,
            title: self.title.clone(),
            outlet: self.outlet.clone(),
        }
    }
}

#[derive(ValueEnum, Clone, Copy, PartialEq, Eq, Debug)]
pub enum Format {
    Json,
    Table,
}

#[derive(ValueEnum, Clone, Copy, PartialEq, Eq, Debug)]
pub enum ExtractFormat {
    Json,
    Table,
    Conllu,
}

pub fn run(cli: Cli) -> Result<i32> {
    match cli.cmd {
        Cmd::Extract {
            input,
            format,
            with_text,
        } => extract(&input, format, with_text, &cli.db),
        Cmd::Explain { input } => explain(&input, &cli.db),
        Cmd::Ingest { input } => {
            let mut store = open(&cli.db)?;
            let ex = Extractor::new(kb::kb_for(&store)?);
            let summary = ingest(&mut store, &ex, &input.paths, &input.options(), true)?;
            Ok(i32::from(summary.failed > 0))
        }
        Cmd::Actors { kind, format } => {
            let store = open(&cli.db)?;
            let rows = store.actors(kind)?;
            if format == Format::Json {
                return print_json_lines(&rows);
            }
            show::actors(&rows);
            Ok(0)
        }
        Cmd::Claims {
            actor,
            kind,
            from,
            to,
            limit,
            format,
        } => {
            let store = open(&cli.db)?;
            let ex = extractor()?;
            let actor = actor.map(|a| resolve(&store, &ex, &a)).transpose()?;
            let rows = store.claims(&ClaimFilter {
                actor,
                other: None,
                kind: kind.map(|k| k.as_str().to_string()),
                from_year: from,
                to_year: to,
                limit,
            })?;
            if format == Format::Json {
                return print_json_lines(&rows);
            }
            show::claims(&rows);
            Ok(0)
        }
        Cmd::Timeline { a, b, format } => {
            let store = open(&cli.db)?;
            let ex = extractor()?;
            let (a, b) = (resolve(&store, &ex, &a)?, resolve(&store, &ex, &b)?);
            let rows = store.claims(&ClaimFilter {
                actor: Some(a.clone()),
                other: Some(b.clone()),
                ..Default::default()
            })?;
            if format == Format::Json {
                return print_json_lines(&rows);
            }
            show::timeline(&a, &b, &rows);
            Ok(0)
        }
        Cmd::Eval {
            gold_dir,
            verbose,
            format,
        } => {
            let ex = extractor()?;
            let report = rapport_eval::evaluate_dir(&gold_dir, |doc| ex.extract(doc))
                .map_err(|e| anyhow!("{e}"))?;
            if format == Format::Json {
                println!("{}", serde_json::to_string_pretty(&report.summary_json())?);
            } else {
                print!("{}", report.render(verbose));
            }
            Ok(0)
        }
        Cmd::Kb(k) => kb::run(&cli.db, k),
        Cmd::Nlp(c) => nlp::run(c),
        Cmd::Demo {
            no_serve,
            addr,
            token,
        } => {
            let code = demo::run(&cli.db)?;
            if no_serve {
                return Ok(code);
            }
            serve::run(&cli.db, addr, token, true)?;
            Ok(code)
        }
        Cmd::Serve { addr, token } => {
            serve::run(&cli.db, addr, token, false)?;
            Ok(0)
        }
    }
}

fn open(db: &std::path::Path) -> Result<Store> {
    Store::open(db).with_context(|| format!("cannot open the store at {}", db.display()))
}

pub fn extractor() -> Result<Extractor> {
    Extractor::embedded().map_err(|e| anyhow!("{e}"))
}

fn resolve(store: &Store, ex: &Extractor, name: &str) -> Result<String> {
    store
        .resolve(name, Some(ex.kb()))?
        .ok_or_else(|| anyhow!("no actor called {name:?} in the store (try `rapport actors`)"))
}

pub(crate) fn print_json_lines<T: serde::Serialize>(rows: &[T]) -> Result<i32> {
    let out = std::io::stdout();
    let mut out = out.lock();
    for r in rows {
        serde_json::to_writer(&mut out, r)?;
        writeln!(out)?;
    }
    Ok(0)
}

fn report_read(outcome: &rapport_text::ReadOutcome) {
    for w in &outcome.warnings {
        eprintln!("warning: {w}");
    }
    for e in &outcome.errors {
        eprintln!("error: {e}");
    }
}

/// The extractor, with the curated knowledge base of the store when there is one.
fn extractor_for(db: &std::path::Path) -> Result<Extractor> {
    if db.exists() {
        let store = open(db)?;
        return Ok(Extractor::new(kb::kb_for(&store)?));
    }
    extractor()
}

fn extract(
    input: &InputArgs,
    format: ExtractFormat,
    with_text: bool,
    db: &std::path::Path,
) -> Result<i32> {
    let outcome = read_inputs(&input.paths, &input.options());
    report_read(&outcome);
    let ex = extractor_for(db)?;
    let out = std::io::stdout();
    let mut out = out.lock();
    for doc in &outcome.docs {
        if format == ExtractFormat::Conllu {
            let c = ex.conllu(doc).ok_or_else(|| {
                anyhow!(
                    "this build has no NLP models (models/*.bin were missing when it was built)"
                )
            })?;
            out.write_all(c.as_bytes())?;
            continue;
        }
        let mut rec: Record = ex.extract(doc);
        if format == ExtractFormat::Json {
            if with_text {
                rec.text = Some(doc.text.clone());
            }
            serde_json::to_writer(&mut out, &rec)?;
            writeln!(out)?;
        } else {
            show::record(&mut out, &rec, &doc.text)?;
        }
    }
    Ok(i32::from(!outcome.errors.is_empty()))
}

fn explain(input: &InputArgs, db: &std::path::Path) -> Result<i32> {
    let outcome = read_inputs(&input.paths, &input.options());
    report_read(&outcome);
    let ex = extractor_for(db)?;
    for doc in &outcome.docs {
        let (rec, explained) = ex.extract_explained(doc);
        println!("== {} ({} claims)", rec.doc.id, explained.len());
        for e in &explained {
            let c = &e.claim;
            let ev = c.evidence.first().map(|s| s.slice(&doc.text)).unwrap_or("");
            println!(
                "{:<4} {:<11} {} -> {}  [rule: {}; trigger: {:?}]",
                c.id,
                c.kind.as_str(),
                c.source,
                c.target.as_deref().unwrap_or("-"),
                e.rule,
                e.trigger,
            );
            if !e.path.is_empty() {
                println!("     tree: {}", e.path);
            }
            println!("     {}", show::excerpt(ev, 140));
        }
    }
    Ok(i32::from(!outcome.errors.is_empty()))
}

pub struct Summary {
    pub stored: usize,
    pub duplicates: usize,
    pub claims: usize,
    pub failed: usize,
}

/// Reads, extracts and stores; one transaction per document.
pub fn ingest(
    store: &mut Store,
    ex: &Extractor,
    paths: &[PathBuf],
    opts: &ReadOptions,
    verbose: bool,
) -> Result<Summary> {
    let outcome = read_inputs(paths, opts);
    report_read(&outcome);
    let mut s = Summary {
        stored: 0,
        duplicates: 0,
        claims: 0,
        failed: outcome.errors.len(),
    };
    let bar = if outcome.docs.len() > 1 && verbose {
        let b = indicatif::ProgressBar::new(outcome.docs.len() as u64);
        b.set_style(
            indicatif::ProgressStyle::with_template("{bar:30} {pos}/{len} {msg}")
                .expect("template"),
        );
        Some(b)
    } else {
        None
    };
    for doc in &outcome.docs {
        if let Some(b) = &bar {
            b.set_message(doc.meta.id.clone());
        }
        let rec = ex.extract(doc);
        match store.ingest(&rec, &doc.text) {
            Ok(Stored::New { claims, .. }) => {
                s.stored += 1;
                s.claims += claims;
            }
            Ok(Stored::Duplicate { .. }) => s.duplicates += 1,
            Err(e) => {
                s.failed += 1;
                let msg = format!("error: {}: not stored: {e}", doc.meta.id);
                match &bar {
                    Some(b) => b.println(msg),
                    None => eprintln!("{msg}"),
                }
            }
        }
        if let Some(b) = &bar {
            b.inc(1);
        }
    }
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    if verbose {
        eprintln!(
            "{} document(s) stored, {} already stored, {} claim(s), {} failure(s)",
            s.stored, s.duplicates, s.claims, s.failed
        );
    }
    Ok(s)
}

#[cfg(test)]
mod tests {
    use super::Cli;
    use clap::CommandFactory;

    /// `rapport --help` lists every command with its own one-line description.
    #[test]
    fn every_command_has_its_own_help() {
        let cli = Cli::command();
        cli.clone().debug_assert();
        for sub in cli.get_subcommands() {
            let about = sub.get_about().map(|a| a.to_string()).unwrap_or_default();
            assert!(!about.is_empty(), "`{}` has no help text", sub.get_name());
        }
        let about = |name: &str| {
            cli.find_subcommand(name)
                .and_then(|c| c.get_about())
                .map(|a| a.to_string())
                .unwrap_or_default()
        };
        assert!(about("kb").contains("knowledge base"), "{}", about("kb"));
        assert!(
            about("demo").contains("example articles"),
            "{}",
            about("demo")
        );
    }
}
