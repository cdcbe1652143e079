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

/// Rows that must pass, as a share of the table up to the eleventh set (measured; raise
/// it as rules improve). The table mixes rows written with the rules (205/243 pass) and
/// sets written apart from them to measure how the rules carry over: set 2 (70/97),
/// set 3 (62/86), set 4 (40/74), set 5 (30/80; 18 at its first run), set 6 (23/70; 15
/// at its first run, which was blind), set 7 (33/60 at its first run, which was blind,
/// with the rules that had 600/650 on the sets before it) and set 8 (27/60 at its
/// first, blind run, with the rules that had 639/710), set 9 (32/60 at its first, blind
/// run, with the rules that had 683/770) and set 10 (24/60 at its first, blind run,
/// with the rules that had 724/830; analysis and feature style). With later rules:
/// 778/890.
const FLOOR: f64 = 0.85;

/// The newest sets, from the line that opens the eleventh, have a floor of their own:
/// set 11 (monitoring reports: UN panels, rights monitors, conflict briefs; 21/60 at its
/// first, blind run, with the rules that had 775/890 on the sets before it) and set 12
/// (statements, readouts, briefings and interviews; 13/60 at its first, blind run). With
/// later rules: 57/120. The floor stands where the rules are and only goes up; when it
/// reaches `FLOOR`, these sets join the rest.
const NEWEST_FROM: &str = "# --- an eleventh set";
const FLOOR_NEWEST: f64 = 0.47;

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
    let (mut rows, mut passed) = (0, 0);
    // (rows and passes of the newest sets, counted apart)
    let (mut new_rows, mut new_passed) = (0, 0);
    let mut newest = false;
    for (no, line) in table.lines().enumerate() {
        if line.starts_with(NEWEST_FROM) {
            newest = true;
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
        if newest {
            new_rows += 1;
        } else {
            rows += 1;
        }
        let e = by_construction.entry(construction).or_default();
        e.0 += 1;
        if all_found && no_extra {
            if newest {
                new_passed += 1;
            } else {
                passed += 1;
            }
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
    let rate = passed as f64 / rows as f64;
    let new_rate = new_passed as f64 / new_rows.max(1) as f64;
    println!(
        "all             {}/{} = {:.3}",
        passed + new_passed,
        rows + new_rows,
        (passed + new_passed) as f64 / (rows + new_rows) as f64
    );
    println!("sets 1-10       {passed}/{rows} = {rate:.3}");
    println!("newest sets     {new_passed}/{new_rows} = {new_rate:.3}");
    assert!(
        rate >= FLOOR,
        "{passed}/{rows} rows pass ({rate:.3}); the floor is {FLOOR}"
    );
    assert!(
        new_rate >= FLOOR_NEWEST,
        "{new_passed}/{new_rows} rows of the newest sets pass ({new_rate:.3}); their floor is {FLOOR_NEWEST}"
    );
}
