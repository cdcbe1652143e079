//! KB records as written in `data/kb/*.toml`.

use rapport_model::{ActorKind, ClaimType, PartialDate};
use serde::{Deserialize, Serialize};
use std::fmt;

use crate::matcher::AliasKind;

/// A role a person holds in an organisation over an interval.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Role {
    /// LEADS or MEMBER_OF.
    pub relation: ClaimType,
    /// The organisation's id.
    pub org: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start: Option<PartialDate>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end: Option<PartialDate>,
}

/// One actor record.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct KbActor {
    pub id: String,
    pub name: String,
    pub kind: ActorKind,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parent: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub capital: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub metonyms: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub demonyms: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub roles: Vec<Role>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// The file the record came from (set on load).
    #[serde(skip)]
    pub file: String,
}

impl KbActor {
    /// Every surface form with how it names the actor.
    pub fn surface_forms(&self) -> impl Iterator<Item = (&str, AliasKind)> {
        std::iter::once((self.name.as_str(), AliasKind::Name))
            .chain(self.aliases.iter().map(|a| (a.as_str(), AliasKind::Alias)))
            .chain(
                self.capital
                    .iter()
                    .map(|a| (a.as_str(), AliasKind::Capital)),
            )
            .chain(
                self.metonyms
                    .iter()
                    .map(|a| (a.as_str(), AliasKind::Metonym)),
            )
            .chain(
                self.demonyms
                    .iter()
                    .map(|a| (a.as_str(), AliasKind::Demonym)),
            )
    }
}

#[derive(Debug)]
pub enum KbError {
    /// A file that is not valid TOML or not of the record shape.
    Parse { file: String, message: String },
    /// Records that break the KB's invariants, one line each.
    Invalid(Vec<String>),
}

impl fmt::Display for KbError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            KbError::Parse { file, message } => write!(f, "{file}: {message}"),
            KbError::Invalid(p) => write!(
                f,
                "knowledge base has {} problem(s):\n  {}",
                p.len(),
                p.join("\n  ")
            ),
        }
    }
}

impl std::error::Error for KbError {}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    #[serde(default)]
    actor: Vec<KbActor>,
}

/// Writes records as a TOML file of `[[actor]]` tables (the shipped format).
pub fn to_toml(actors: &[KbActor]) -> String {
    #[derive(Serialize)]
    struct Out<'a> {
        actor: &'a [KbActor],
    }
    toml::to_string(&Out { actor: actors }).unwrap_or_default()
}

/// Reads one TOML file of `[[actor]]` records (without validating them as a whole).
pub fn parse_toml(name: &str, text: &str) -> Result<Vec<KbActor>, KbError> {
    parse_all(&[(name, text)])
}

pub(crate) fn parse_all(sources: &[(&str, &str)]) -> Result<Vec<KbActor>, KbError> {
    let mut all = Vec::new();
    for (name, text) in sources {
        let f: File = toml::from_str(text).map_err(|e| KbError::Parse {
            file: name.to_string(),
            message: e.to_string(),
        })?;
        for mut a in f.actor {
            a.file = name.to_string();
            all.push(a);
        }
    }
    Ok(all)
}
