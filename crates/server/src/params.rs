//! Query-string parameters with errors that name the parameter.
//!
//! Lists are comma-separated or repeated (`type=AID,ASSAULT` or
//! `type=AID&type=ASSAULT`). An unknown parameter is an error, so that a typo never
//! silently returns everything.

use crate::error::ApiError;
use axum::extract::rejection::QueryRejection;
use axum::extract::Query;
use rapport_model::PartialDate;

pub type RawPairs = Result<Query<Vec<(String, String)>>, QueryRejection>;

pub struct Params {
    pairs: Vec<(String, String)>,
}

impl Params {
    /// Parses the query string, refusing parameters not in `known`.
    pub fn new(raw: RawPairs, known: &[&str]) -> Result<Params, ApiError> {
        let Query(pairs) =
            raw.map_err(|e| ApiError::bad_request(format!("query string: {}", e.body_text())))?;
        for (k, _) in &pairs {
            if !known.contains(&k.as_str()) {
                return Err(ApiError::bad_request(format!(
                    "unknown query parameter {k:?}; this endpoint takes: {}",
                    known.join(", ")
                )));
            }
        }
        Ok(Params { pairs })
    }

    /// The last non-empty value of a parameter, trimmed.
    pub fn str(&self, name: &str) -> Option<&str> {
        self.pairs
            .iter()
            .rev()
            .find(|(k, v)| k == name && !v.trim().is_empty())
            .map(|(_, v)| v.trim())
    }

    pub fn has(&self, name: &str) -> bool {
        self.str(name).is_some()
    }

    /// Every value of a list parameter.
    pub fn list(&self, name: &str) -> Vec<String> {
        self.pairs
            .iter()
            .filter(|(k, _)| k == name)
            .flat_map(|(_, v)| v.split(','))
            .map(str::trim)
            .filter(|v| !v.is_empty())
            .map(String::from)
            .collect()
    }

    /// A count in `1..=max`, `default` when absent.
    pub fn count(&self, name: &str, default: usize, max: usize) -> Result<usize, ApiError> {
        match self.str(name) {
            None => Ok(default),
            Some(v) => match v.parse::<usize>() {
                Ok(n) if (1..=max).contains(&n) => Ok(n),
                Ok(n) => Err(ApiError::bad_request(format!(
                    "{name}: {n} is out of range; give 1 to {max}"
                ))),
                Err(_) => Err(ApiError::bad_request(format!(
                    "{name}: not a whole number: {v:?}"
                ))),
            },
        }
    }

    /// An offset, 0 when absent.
    pub fn offset(&self) -> Result<usize, ApiError> {
        match self.str("offset") {
            None => Ok(0),
            Some(v) => v
                .parse::<usize>()
                .map_err(|_| ApiError::bad_request(format!("offset: not a whole number: {v:?}"))),
        }
    }

    pub fn date(&self, name: &str) -> Result<Option<PartialDate>, ApiError> {
        self.str(name)
            .map(|v| {
                PartialDate::parse(v).map_err(|e| ApiError::bad_request(format!("{name}: {e}")))
            })
            .transpose()
    }

    pub fn flag(&self, name: &str) -> Result<bool, ApiError> {
        match self.str(name) {
            None => Ok(false),
            Some("true" | "1" | "yes") => Ok(true),
            Some("false" | "0" | "no") => Ok(false),
            Some(v) => Err(ApiError::bad_request(format!(
                "{name}: expected true or false, got {v:?}"
            ))),
        }
    }
}
