//! IOB2 reading (Universal NER's `ID FORM TAG …` files) and entity span encodings.
//!
//! Labels other than `PER`, `ORG` and `LOC` become `O`: this maps the UNER train draft's
//! `B-OTH`/`I-OTH` and stray `B-O` tags to `O`, as its README asks. An `I-X` that does not
//! continue an `X` entity starts a new one (the usual conlleval reading).

use std::fmt;
use std::path::Path;

/// The entity types the recognizer knows.
pub const LABELS: [&str; 3] = ["PER", "ORG", "LOC"];

/// An entity: tokens `start..end` (end exclusive) and its label (one of [`LABELS`]).
pub type Span = (usize, usize, String);

/// A sentence with one IOB2 tag per token.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct NerSentence {
    pub id: Option<String>,
    pub tokens: Vec<String>,
    pub spans: Vec<Span>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    pub line: usize,
    pub message: String,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

impl std::error::Error for ParseError {}

/// Parses IOB2 text: `#` comments (`# sent_id = …` is kept), then lines of
/// tab-separated `ID FORM TAG [more columns]`, sentences separated by blank lines.
pub fn parse(text: &str) -> Result<Vec<NerSentence>, ParseError> {
    let mut out = Vec::new();
    let mut id = None;
    let mut tokens: Vec<String> = Vec::new();
    let mut tags: Vec<String> = Vec::new();
    let mut flush = |id: &mut Option<String>, tokens: &mut Vec<String>, tags: &mut Vec<String>| {
        if !tokens.is_empty() {
            out.push(NerSentence {
                id: id.take(),
                spans: spans_from_iob(tags),
                tokens: std::mem::take(tokens),
            });
            tags.clear();
        }
        *id = None;
    };
    for (i, line) in text.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() {
            flush(&mut id, &mut tokens, &mut tags);
            continue;
        }
        if let Some(c) = line.strip_prefix('#') {
            if let Some(v) = c.trim_start().strip_prefix("sent_id =") {
                id = Some(v.trim().to_string());
            }
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        let err = |message: String| ParseError {
            line: i + 1,
            message,
        };
        if cols.len() < 3 {
            return Err(err(format!("{} columns, expected at least 3", cols.len())));
        }
        let n: usize = cols[0]
            .parse()
            .map_err(|_| err(format!("bad token id {:?}", cols[0])))?;
        if n != tokens.len() + 1 {
            return Err(err(format!(
                "token id {n} where {} was expected",
                tokens.len() + 1
            )));
        }
        let tag = cols[2];
        if !(tag == "O" || tag.starts_with("B-") || tag.starts_with("I-")) {
            return Err(err(format!("bad IOB2 tag {tag:?}")));
        }
        tokens.push(cols[1].to_string());
        tags.push(tag.to_string());
    }
    flush(&mut id, &mut tokens, &mut tags);
    Ok(out)
}

pub fn read_file(path: &Path) -> Result<Vec<NerSentence>, Box<dyn std::error::Error>> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    parse(&text).map_err(|e| format!("{}: {e}", path.display()).into())
}

/// Entity spans of an IOB2 tag sequence (unknown labels read as `O`).
pub fn spans_from_iob<S: AsRef<str>>(tags: &[S]) -> Vec<Span> {
    let mut out: Vec<Span> = Vec::new();
    let mut open: Option<(usize, &str)> = None;
    for (i, t) in tags.iter().enumerate() {
        let t = t.as_ref();
        let (bio, label) = match t.split_once('-') {
            Some((b, l)) if LABELS.contains(&l) && (b == "B" || b == "I") => (b, l),
            _ => ("O", ""),
        };
        let continues = bio == "I" && open.is_some_and(|(_, l)| l == label);
        if !continues {
            if let Some((s, l)) = open.take() {
                out.push((s, i, l.to_string()));
            }
            if bio != "O" {
                open = Some((i, label));
            }
        }
    }
    if let Some((s, l)) = open {
        out.push((s, tags.len(), l.to_string()));
    }
    out
}

/// BILOU tags (`O`, `B-X`, `I-X`, `L-X`, `U-X`) for spans over `n` tokens.
pub fn bilou_from_spans(n: usize, spans: &[Span]) -> Vec<String> {
    let mut tags = vec!["O".to_string(); n];
    for (s, e, l) in spans {
        if e - s == 1 {
            tags[*s] = format!("U-{l}");
        } else {
            tags[*s] = format!("B-{l}");
            for t in &mut tags[s + 1..e - 1] {
                *t = format!("I-{l}");
            }
            tags[e - 1] = format!("L-{l}");
        }
    }
    tags
}

/// Spans of a BILOU sequence; ill-formed pieces are read leniently (an entity is closed by
/// `L`/`U`/`O`, by a change of label, or by the end).
pub fn spans_from_bilou<S: AsRef<str>>(tags: &[S]) -> Vec<Span> {
    let mut out = Vec::new();
    let mut open: Option<(usize, String)> = None;
    for (i, t) in tags.iter().enumerate() {
        let t = t.as_ref();
        let (p, l) = t.split_once('-').unwrap_or(("O", ""));
        if let Some((s, ol)) = open.take() {
            if (p == "I" || p == "L") && ol == l {
                if p == "L" {
                    out.push((s, i + 1, ol));
                } else {
                    open = Some((s, ol));
                }
                continue;
            }
            out.push((s, i, ol));
        }
        match p {
            "U" => out.push((i, i + 1, l.to_string())),
            "B" | "I" => open = Some((i, l.to_string())),
            "L" => out.push((i, i + 1, l.to_string())),
            _ => {}
        }
    }
    if let Some((s, l)) = open {
        out.push((s, tags.len(), l));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "# sent_id = a-1
# text = Al-Zaman : American forces killed Shaikh Abdullah in Qaim
1\tAl\tB-ORG\t-\tstephen
2\t-\tI-ORG\t-\tstephen
3\tZaman\tI-ORG\t-\tstephen
4\t:\tO
5\tAmerican\tB-OTH\t-\tstephen
6\tforces\tB-O
7\tkilled\tO
8\tShaikh\tB-PER\t-\tstephen
9\tAbdullah\tI-PER\t-\tstephen
10\tin\tO
11\tQaim\tI-LOC

1\tHi\tO
";

    #[test]
    fn reads_iob2_mapping_other_tags_to_o() {
        let s = parse(SAMPLE).unwrap();
        assert_eq!(s.len(), 2);
        assert_eq!(s[0].id.as_deref(), Some("a-1"));
        assert_eq!(s[0].tokens.len(), 11);
        assert_eq!(
            s[0].spans,
            vec![
                (0, 3, "ORG".to_string()),
                (7, 9, "PER".to_string()),
                (10, 11, "LOC".to_string())
            ]
        );
        assert!(s[1].spans.is_empty());
        assert!(parse("1\tx\tQ-PER\n").is_err());
        assert!(parse("2\tx\tO\n").is_err());
        assert!(parse("1\tx\n").is_err());
    }

    #[test]
    fn bilou_round_trip() {
        let spans = vec![
            (0, 3, "ORG".to_string()),
            (3, 4, "PER".to_string()),
            (5, 7, "LOC".to_string()),
        ];
        let tags = bilou_from_spans(8, &spans);
        assert_eq!(
            tags,
            ["B-ORG", "I-ORG", "L-ORG", "U-PER", "O", "B-LOC", "L-LOC", "O"]
        );
        assert_eq!(spans_from_bilou(&tags), spans);
        // Lenient reading of broken sequences.
        assert_eq!(
            spans_from_bilou(&["B-PER", "I-PER", "O", "I-LOC", "B-ORG"]),
            vec![
                (0, 2, "PER".to_string()),
                (3, 4, "LOC".to_string()),
                (4, 5, "ORG".to_string())
            ]
        );
        assert_eq!(spans_from_bilou(&["B-PER", "L-ORG"]).len(), 2);
    }

    /// Non-overlapping spans over `n` tokens, from a random layout: each token starts a
    /// span of 1–3 tokens with some chance.
    fn layout(n: usize, starts: &[(bool, usize, usize)]) -> Vec<Span> {
        let mut spans = Vec::new();
        let mut i = 0;
        while i < n {
            let (open, len, label) = starts[i];
            if open {
                let e = (i + 1 + len % 3).min(n);
                spans.push((i, e, LABELS[label % 3].to_string()));
                i = e;
            } else {
                i += 1;
            }
        }
        spans
    }

    proptest::proptest! {
        /// Any spans written as IOB2 (with other columns and `OTH` tags mixed in) read back
        /// the same, and their BILOU encoding decodes to them too.
        #[test]
        fn spans_survive_iob2_and_bilou(
            n in 1usize..20,
            starts in proptest::collection::vec(
                (proptest::prelude::any::<bool>(), 0usize..3, 0usize..3), 20),
            oth in proptest::collection::vec(proptest::prelude::any::<bool>(), 20),
        ) {
            let spans = layout(n, &starts);
            let mut tags = vec!["O".to_string(); n];
            for (s, e, l) in &spans {
                tags[*s] = format!("B-{l}");
                for t in &mut tags[s + 1..*e] {
                    *t = format!("I-{l}");
                }
            }
            let mut text = String::from("# sent_id = p\n");
            for (i, t) in tags.iter().enumerate() {
                // The draft's other tags are read as `O`.
                let t = if t == "O" && oth[i] { "B-OTH" } else { t.as_str() };
                text.push_str(&format!("{}\tw{i}\t{t}\t-\tx\n", i + 1));
            }
            let s = parse(&text).unwrap();
            proptest::prop_assert_eq!(s.len(), 1);
            proptest::prop_assert_eq!(&s[0].spans, &spans);
            proptest::prop_assert_eq!(spans_from_bilou(&bilou_from_spans(n, &spans)), spans);
        }

        /// Any text is read or refused with a line number, never a panic.
        #[test]
        fn any_iob_text_is_read_or_refused(text in "(([0-9#]{0,2}|[A-Z-]{0,5}|[a-z ]{0,3})[\t\n]){0,40}") {
            if let Err(e) = parse(&text) {
                proptest::prop_assert!(e.line <= text.lines().count() + 1);
            }
        }
    }
}
