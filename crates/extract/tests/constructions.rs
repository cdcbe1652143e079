//! The constructions table: sentences written by the team, one syntactic construction
//! each (active, passive, agentless, nominal, causative, control, copula, coordination,
//! relative, negation, standing relations, reported speech, hedges, and sentences with
//! no claim), and the claims an analyst codes from each (`tests/constructions.tsv`; its
//! header gives the format).
//!
//! A row passes when extraction finds every expected claim (type, source, target,
//! polarity and certainty as flagged; symmetric types in either direction) and no
//! other claim. The test prints each construction's pass rate and the failing rows,
//! and fails when the overall pass rate falls under the recorded floor: the table
//! measures how much of English reporting syntax rapport reads, and the floor only
//! goes up.

use rapport_extract::Extractor;
use rapport_model::{Certainty, ClaimType, DocMeta, Document, PartialDate, Polarity};
use std::collections::BTreeMap;

/// The table's groups of rows, each opened by a line starting with its marker (the first
/// group from the table's start), its name, and its floor: the share of its rows that
/// must pass (measured; raised as rules improve, never lowered).
///
/// - Sets 1-10 mix rows written with the rules (205/243 pass) and sets written apart
///   from them to measure how the rules carry over: set 2 (70/97), set 3 (62/86), set 4
///   (40/74), set 5 (30/80; 18 at its first run), set 6 (23/70; 15 at its first run,
///   which was blind), set 7 (33/60 at its first run, which was blind, with the rules
///   that had 600/650 on the sets before it) and set 8 (27/60 at its first, blind run,
///   with the rules that had 639/710), set 9 (32/60 at its first, blind run, with the
///   rules that had 683/770) and set 10 (24/60 at its first, blind run, with the rules
///   that had 724/830; analysis and feature style). With later rules: 783/890.
/// - Set 11 (monitoring reports: UN panels, rights monitors, conflict briefs; 21/60 at
///   its first, blind run, with the rules that had 775/890 on the sets before it) and
///   set 12 (statements, readouts, briefings and interviews; 13/60 at its first, blind
///   run). With later rules: 71/120.
/// - Set 13 (legal and official records: designations, indictments, rulings, leaked
///   documents; 8/60 at its first, blind run, with the rules that had 837/1010 on the
///   sets before it) and set 14 (field reporting and background history; 17/60 at its
///   first, blind run). With later rules: 51/120.
///
/// A group whose rate reaches the first group's floor joins it.
const GROUPS: &[(&str, &str, f64)] = &[
    ("", "sets 1-10", 0.87),
    ("# --- an eleventh set", "sets 11-12", 0.59),
    ("# --- a thirteenth set", "sets 13-14", 0.42),
];

#[derive(Debug, PartialEq, Eq)]
struct Want {
    ty: String,
    source: String,
    target: Option<String>,
    negative: bool,
    certainty: Option<Certainty>,
}

fn parse_expected(s: &str) -> Vec<Want> {
    if s.trim() == "-" {
        return Vec::new();
    }
    s.split(';')
        .map(|c| {
            let c = c.trim();
            let (body, flags) = match c.split_once('[') {
                Some((b, f)) => (b.trim(), f.trim_end_matches(']').trim()),
                None => (c, ""),
            };
            let (ty, pair) = body.split_once(' ').expect("TYPE source>target");
            let (source, target) = pair.trim().split_once('>').expect("source>target");
            Want {
                ty: ty.to_string(),
                source: source.to_string(),
                target: (target != "_").then(|| target.to_string()),
                negative: flags == "neg",
                certainty: match flags {
                    "possible" => Some(Certainty::Possible),
                    "probable" => Some(Certainty::Probable),
                    _ => None,
                },
            }
        })
        .collect()
}

#[test]
fn constructions_table() {
    let table = include_str!("constructions.tsv");
    let ex = Extractor::embedded().expect("kb");
    let mut by_construction: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    let mut failures = Vec::new();
    // (rows and passes of each group)
    let mut counts = vec![(0usize, 0usize); GROUPS.len()];
    let mut group = 0;
    for (no, line) in table.lines().enumerate() {
        if let Some(g) = GROUPS
            .iter()
            .position(|(marker, _, _)| !marker.is_empty() && line.starts_with(marker))
        {
            group = g;
        }
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        assert_eq!(cols.len(), 3, "line {}: 3 tab-separated columns", no + 1);
        let (construction, sentence, expected) = (cols[0], cols[1], cols[2]);
        let want = parse_expected(expected);
        let doc = Document {
            meta: DocMeta {
                id: format!("c{no}"),
                published: Some(PartialDate::day(2025, 1, 15)),
                ..Default::default()
            },
            text: sentence.to_string(),
        };
        let rec = ex.extract(&doc);
        let got: Vec<String> = rec
            .claims
            .iter()
            .map(|c| {
                format!(
                    "{} {}>{}{}{}",
                    c.kind.as_str(),
                    c.source,
                    c.target.as_deref().unwrap_or("_"),
                    if c.polarity == Polarity::Negative {
                        " [neg]"
                    } else {
                        ""
                    },
                    match c.certainty {
                        Certainty::Possible => " [possible]",
                        Certainty::Probable => " [probable]",
                        _ => "",
                    }
                )
            })
            .collect();
        let matches = |w: &Want, c: &rapport_model::Claim| {
            let ty_ok = c.kind.as_str() == w.ty;
            let symmetric = w.ty.parse::<ClaimType>().is_ok_and(|t| t.is_symmetric());
            let direct = c.source == w.source && c.target == w.target;
            let flipped = symmetric
                && Some(&c.source) == w.target.as_ref()
                && c.target.as_deref() == Some(w.source.as_str());
            ty_ok
                && (direct || flipped)
                && (c.polarity == Polarity::Negative) == w.negative
                && w.certainty.is_none_or(|k| c.certainty == k)
        };
        let all_found = want
            .iter()
            .all(|w| rec.claims.iter().any(|c| matches(w, c)));
        let no_extra = rec
            .claims
            .iter()
            .all(|c| want.iter().any(|w| matches(w, c)));
        counts[group].0 += 1;
        let e = by_construction.entry(construction).or_default();
        e.0 += 1;
        if all_found && no_extra {
            counts[group].1 += 1;
            e.1 += 1;
        } else {
            failures.push(format!(
                "line {} [{construction}] {sentence}\n    want: {expected}\n    got:  {}",
                no + 1,
                if got.is_empty() {
                    "-".to_string()
                } else {
                    got.join("; ")
                }
            ));
        }
    }
    let rows: usize = counts.iter().map(|c| c.0).sum();
    let passed: usize = counts.iter().map(|c| c.1).sum();
    assert!(
        rows >= 150,
        "the table has {rows} rows; it needs at least 150"
    );
    for f in &failures {
        println!("{f}");
    }
    println!("construction    passed");
    for (c, (n, ok)) in &by_construction {
        println!("{c:<15} {ok:>3}/{n}");
    }
    println!(
        "all             {passed}/{rows} = {:.3}",
        passed as f64 / rows as f64
    );
    for ((_, name, _), (n, ok)) in GROUPS.iter().zip(&counts) {
        println!(
            "{name:<15} {ok}/{n} = {:.3}",
            *ok as f64 / (*n).max(1) as f64
        );
    }
    for ((_, name, floor), (n, ok)) in GROUPS.iter().zip(&counts) {
        let rate = *ok as f64 / (*n).max(1) as f64;
        assert!(
            rate >= *floor,
            "{ok}/{n} rows of {name} pass ({rate:.3}); their floor is {floor}"
        );
    }
}
