//! `rapport demo`: ingest the bundled example articles into the store and show
//! the actors, the strongest relationships and one dyad timeline.

use super::{extractor, show};
use anyhow::{Context, Result};
use rapport_store::{ClaimFilter, Store, Stored};
use rapport_text::{read_memory, ReadOptions};
use std::path::Path;

include!(concat!(env!("OUT_DIR"), "/examples.rs"));

pub fn run(db: &Path) -> Result<i32> {
    let mut store =
        Store::open(db).with_context(|| format!("cannot open the store at {}", db.display()))?;
    let ex = extractor()?;
    let (mut new, mut old, mut claims, mut failed) = (0, 0, 0, 0);
    for (name, body) in EXAMPLES {
        let outcome = read_memory(name, body.as_bytes().to_vec(), &ReadOptions::default());
        for e in &outcome.errors {
            eprintln!("error: {e}");
            failed += 1;
        }
        for doc in &outcome.docs {
            let rec = ex.extract(doc);
            match store.ingest(&rec, &doc.text)? {
                Stored::New { claims: c, .. } => {
                    new += 1;
                    claims += c;
                }
                Stored::Duplicate { .. } => old += 1,
            }
        }
    }
    let stats = store.stats()?;
    println!(
        "rapport demo — {} bundled articles into {}",
        EXAMPLES.len(),
        db.display()
    );
    println!("  {new} new, {old} already stored, {claims} claims extracted now; the store holds {} documents, {} actors, {} claims\n", stats.documents, stats.actors, stats.claims);

    let actors = store.actors(None)?;
    println!("Actors with the most claims");
    show::actors(
        &actors
            .iter()
            .filter(|a| a.claims > 0)
            .take(15)
            .cloned()
            .collect::<Vec<_>>(),
    );

    let dyads = store.dyads(8)?;
    println!("\nStrongest relationships (pairs by documents, then claims)");
    for d in &dyads {
        println!(
            "  {:<24} — {:<24} {:>2} claim(s) in {} document(s): {}",
            d.a_name,
            d.b_name,
            d.claims,
            d.documents,
            d.types.replace(',', ", ")
        );
    }
    if let Some(top) = dyads.first() {
        let rows = store.claims(&ClaimFilter {
            actor: Some(top.a.clone()),
            other: Some(top.b.clone()),
            ..Default::default()
        })?;
        println!();
        show::timeline(&top.a_name, &top.b_name, &rows);
    }
    println!("Explore: rapport --db {0} actors | rapport --db {0} claims --actor Tehran | rapport --db {0} timeline Iran Taliban", db.display());
    Ok(i32::from(failed > 0))
}
