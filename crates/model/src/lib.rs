//! rapport's data model: pure data, serde, no I/O.
//!
//! The names follow `spec/ONTOLOGY.md` (kinds, event and relation types, modes,
//! status, certainty, polarity, attribution) and the record follows `spec/OUTPUT.md`.
//! Offsets are byte spans into the document text and never shift.

mod date;
mod ontology;

pub use date::{DateError, PartialDate};
pub use ontology::{ActorKind, Certainty, ClaimType, Mode, Polarity, Status};

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A byte span `[start, end)` into a document's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        debug_assert!(start <= end);
        Span { start, end }
    }
    pub fn len(&self) -> usize {
        self.end - self.start
    }
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
    /// The text this span covers in `text` (empty if out of range).
    pub fn slice<'a>(&self, text: &'a str) -> &'a str {
        text.get(self.start..self.end).unwrap_or("")
    }
}

/// A document as read: its metadata and the text every span points into.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Document {
    pub meta: DocMeta,
    pub text: String,
}

/// The `doc` object of an extraction record.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DocMeta {
    pub id: String,
    pub title: Option<String>,
    pub url: Option<String>,
    pub outlet: Option<String>,
    /// Publication date at the precision known.
    pub published: Option<PartialDate>,
    /// Hex SHA-256 of the input bytes.
    pub sha256: String,
}

/// One actor of a document (ONTOLOGY.md §1).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Actor {
    pub id: String,
    pub name: String,
    pub kind: ActorKind,
    #[serde(default)]
    pub aliases: Vec<String>,
    #[serde(default)]
    pub country: Option<String>,
    #[serde(default)]
    pub parent: Option<String>,
    #[serde(default)]
    pub anonymous: bool,
    #[serde(default)]
    pub pseudonym: bool,
    #[serde(default)]
    pub description: Option<String>,
    #[serde(default)]
    pub mentions: Vec<Span>,
}

/// When a claim happened or held: ISO dates cut to the text's precision.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Time {
    pub start: Option<PartialDate>,
    pub end: Option<PartialDate>,
    /// The words the time was read from.
    #[serde(default)]
    pub text: Option<String>,
}

impl Time {
    /// A point (start == end) at the given precision.
    pub fn point(d: PartialDate, text: impl Into<String>) -> Self {
        Time {
            start: Some(d),
            end: Some(d),
            text: Some(text.into()),
        }
    }
    /// The year range (lo, hi) with open ends as `None`.
    pub fn years(&self) -> (Option<i32>, Option<i32>) {
        (self.start.map(|d| d.year), self.end.map(|d| d.year))
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Location {
    pub name: String,
    pub country: Option<String>,
}

/// Whose word a claim rests on (ONTOLOGY.md §6).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Source {
    /// The writer, in their own voice.
    Author,
    /// Documentary evidence (passport stamps, a leaked file).
    Document,
    /// Unspecified media reports or perceptions.
    Reports,
    /// An actor of the document, by id.
    Actor(String),
}

impl Source {
    pub fn as_str(&self) -> &str {
        match self {
            Source::Author => "author",
            Source::Document => "document",
            Source::Reports => "reports",
            Source::Actor(id) => id,
        }
    }
    pub fn parse(s: &str) -> Self {
        match s {
            "author" => Source::Author,
            "document" => Source::Document,
            "reports" => Source::Reports,
            other => Source::Actor(other.to_string()),
        }
    }
}

impl Serialize for Source {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Source {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Ok(Source::parse(&s))
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Attribution {
    pub by: Source,
    /// The words that mark the source ("told me", "according to").
    #[serde(default)]
    pub cue: Option<String>,
}

impl Attribution {
    pub fn author() -> Self {
        Attribution {
            by: Source::Author,
            cue: None,
        }
    }
}

/// One thing the document says happened or held (ONTOLOGY.md §2).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Claim {
    pub id: String,
    #[serde(rename = "type")]
    pub kind: ClaimType,
    #[serde(default)]
    pub mode: Vec<Mode>,
    #[serde(default)]
    pub role: Option<String>,
    pub source: String,
    #[serde(default)]
    pub target: Option<String>,
    #[serde(default)]
    pub time: Option<Time>,
    #[serde(default)]
    pub location: Option<Location>,
    #[serde(default)]
    pub status: Status,
    #[serde(default)]
    pub certainty: Certainty,
    #[serde(default)]
    pub polarity: Polarity,
    pub attribution: Attribution,
    pub evidence: Vec<Span>,
    pub confidence: f64,
}

/// The extraction record of one document (OUTPUT.md).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Record {
    pub doc: DocMeta,
    pub actors: Vec<Actor>,
    pub claims: Vec<Claim>,
    /// The extracted text, when asked for (`--with-text`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}

impl Record {
    pub fn actor(&self, id: &str) -> Option<&Actor> {
        self.actors.iter().find(|a| a.id == id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const EXAMPLE: &str = include_str!("../tests/output-example.json");

    #[test]
    fn output_example_round_trips() {
        let rec: Record = serde_json::from_str(EXAMPLE).expect("example parses");
        assert_eq!(rec.doc.id, "iran-taliban-rferl");
        assert_eq!(
            rec.doc.published,
            Some(PartialDate::parse("2017-01").unwrap())
        );
        assert!(rec.actors[2].pseudonym);
        assert_eq!(rec.claims[0].kind, ClaimType::Aid);
        assert_eq!(rec.claims[0].mode, vec![Mode::Weapons, Mode::Funding]);
        assert_eq!(
            rec.claims[0].attribution.by,
            Source::Actor("mawlawi-amin".into())
        );
        assert_eq!(
            rec.claims[1]
                .time
                .as_ref()
                .unwrap()
                .start
                .unwrap()
                .to_string(),
            "2016-05-21"
        );
        let again: serde_json::Value = serde_json::to_value(&rec).unwrap();
        let orig: serde_json::Value = serde_json::from_str(EXAMPLE).unwrap();
        assert_eq!(again, orig, "serialising gives back the example exactly");
    }

    #[test]
    fn source_strings() {
        for s in ["author", "document", "reports", "iran"] {
            assert_eq!(Source::parse(s).as_str(), s);
        }
    }

    #[test]
    fn span_relations() {
        let a = Span::new(0, 5);
        let b = Span::new(4, 9);
        assert!(a.overlaps(b) && !a.contains(b));
        assert!(Span::new(0, 10).contains(b));
        assert_eq!(Span::new(2, 4).slice("abcdef"), "cd");
        assert_eq!(Span::new(2, 40).slice("abcdef"), "");
    }
}
