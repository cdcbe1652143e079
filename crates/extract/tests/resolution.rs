//! The resolution table: surface forms in sentences written by the team, and the
//! actor each must resolve to (`tests/resolution.tsv`).
//!
//! Columns: the sentence; the surface form (its first occurrence in the sentence,
//! or the occurrence after `@N`, e.g. `he@2` for the second "he"); the expected
//! actor: a knowledge-base id, or `new:KIND` (an actor found in the text, of that
//! kind), `anon` (an anonymous source), `pseudo` (a pseudonym), or `none` (not an
//! actor at all). Lines starting with `#` are comments.

use rapport_extract::Extractor;
use rapport_model::{DocMeta, Document, PartialDate, Span};

fn find(sentence: &str, surface: &str) -> Option<Span> {
    let (form, nth) = match surface.rsplit_once('@') {
        Some((f, n)) if n.chars().all(|c| c.is_ascii_digit()) => (f, n.parse::<usize>().ok()?),
        _ => (surface, 1),
    };
    let mut from = 0;
    let mut k = 0;
    while let Some(i) = sentence[from..].find(form) {
        let start = from + i;
        let end = start + form.len();
        let boundary = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric());
        if boundary(sentence[..start].chars().next_back())
            && boundary(sentence[end..].chars().next())
        {
            k += 1;
            if k == nth {
                return Some(Span::new(start, end));
            }
        }
        from = start + 1;
    }
    None
}

#[test]
fn resolution_table() {
    let table = include_str!("resolution.tsv");
    let ex = Extractor::embedded().expect("kb");
    let mut failures = Vec::new();
    let mut rows = 0;
    for (no, line) in table.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        assert_eq!(
            cols.len(),
            3,
            "line {}: expected 3 tab-separated columns",
            no + 1
        );
        let (sentence, surface, expected) = (cols[0], cols[1], cols[2].trim());
        rows += 1;
        let span = find(sentence, surface)
            .unwrap_or_else(|| panic!("line {}: {surface:?} not in the sentence", no + 1));
        let doc = Document {
            meta: DocMeta {
                id: format!("r{no}"),
                published: Some(PartialDate::day(2020, 1, 15)),
                ..Default::default()
            },
            text: sentence.to_string(),
        };
        let rec = ex.extract(&doc);
        let actor = rec.actors.iter().find(|a| {
            a.mentions
                .iter()
                .any(|m| m.start <= span.start && span.end <= m.end && m.len() <= span.len() + 40)
        });
        let ok = match (expected, actor) {
            ("none", None) => true,
            ("none", Some(_)) => false,
            (_, None) => false,
            ("anon", Some(a)) => a.anonymous,
            ("pseudo", Some(a)) => a.pseudonym,
            (e, Some(a)) if e.starts_with("new:") => a.kind.as_str() == &e[4..] && !a.anonymous,
            (e, Some(a)) => a.id == e,
        };
        if !ok {
            failures.push(format!(
                "line {}: {surface:?} → {} (expected {expected}) in: {sentence}",
                no + 1,
                actor.map(|a| a.id.as_str()).unwrap_or("no actor")
            ));
        }
    }
    assert!(
        rows >= 200,
        "the table has {rows} rows; it must have at least 200"
    );
    let passed = rows - failures.len();
    eprintln!("resolution table: {passed}/{rows} resolved as expected");
    assert!(
        failures.is_empty(),
        "{} of {rows} rows failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
