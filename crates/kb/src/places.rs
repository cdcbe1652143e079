//! Places and the country they lie in: `data/kb/places.tsv`, city names from GeoNames
//! (CC BY 4.0) with the ISO 3166-1 alpha-3 code of their country, written by
//! `tools/places.py`. A place is no actor; it tells which state an attacked place
//! belongs to ("a market in Goma", "the Kursk region").
//!
//! Invariants: every name maps to one country; names are matched as written (the text's
//! capitals), with curly apostrophes read as straight ones.

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::KbError;

/// The shipped table.
pub const EMBEDDED_PLACES: &str = include_str!("../../../data/kb/places.tsv");

/// Place names → ISO 3166-1 alpha-3 country codes.
#[derive(Debug, Default)]
pub struct Places {
    by_name: HashMap<String, [u8; 3]>,
    /// The most words a name has.
    longest: usize,
}

impl Places {
    /// Parses a table of `name<TAB>ISO3` lines (`#` starts a comment). A malformed line
    /// is an error naming the file and line.
    pub fn parse(file: &str, text: &str) -> Result<Places, KbError> {
        let mut p = Places::default();
        for (i, line) in text.lines().enumerate() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let bad = |why: &str| KbError::Parse {
                file: format!("{file}:{}", i + 1),
                message: why.to_string(),
            };
            let (name, code) = line
                .split_once('\t')
                .ok_or_else(|| bad("expected a name, a tab and a country code"))?;
            let code: [u8; 3] = code
                .as_bytes()
                .try_into()
                .ok()
                .filter(|c: &[u8; 3]| c.iter().all(u8::is_ascii_uppercase))
                .ok_or_else(|| bad("the country code is not three capital letters"))?;
            if name.trim() != name || name.is_empty() {
                return Err(bad("the name is empty or has spaces around it"));
            }
            let name = name.replace('\u{2019}', "'");
            if p.by_name
                .insert(name.clone(), code)
                .is_some_and(|c| c != code)
            {
                return Err(bad("the name is already given another country"));
            }
            p.longest = p.longest.max(name.split([' ', '-']).count());
        }
        Ok(p)
    }

    /// The shipped table, parsed once.
    pub fn embedded() -> &'static Places {
        static PLACES: OnceLock<Places> = OnceLock::new();
        PLACES.get_or_init(|| {
            Places::parse("places.tsv", EMBEDDED_PLACES)
                .expect("the shipped places table is valid (tested)")
        })
    }

    /// The country code of a place name as written ("Goma" → "COD").
    pub fn country_of(&self, name: &str) -> Option<&str> {
        let key;
        let name = if name.contains('\u{2019}') {
            key = name.replace('\u{2019}', "'");
            key.as_str()
        } else {
            name
        };
        self.by_name
            .get(name)
            .map(|c| std::str::from_utf8(c).expect("ASCII code"))
    }

    /// The most words (split at spaces and hyphens) a name of the table has.
    pub fn longest(&self) -> usize {
        self.longest
    }

    pub fn len(&self) -> usize {
        self.by_name.len()
    }

    pub fn is_empty(&self) -> bool {
        self.by_name.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_table_loads_and_names_countries_the_kb_knows() {
        let p = Places::parse("places.tsv", EMBEDDED_PLACES).unwrap();
        assert!(p.len() > 10_000);
        assert_eq!(p.country_of("Goma"), Some("COD"));
        assert_eq!(p.country_of("Kursk"), Some("RUS"));
        assert_eq!(p.country_of("goma"), None);
        let kb = crate::Kb::embedded().unwrap();
        let unknown: Vec<_> = p
            .by_name
            .values()
            .map(|c| std::str::from_utf8(c).unwrap())
            .filter(|c| kb.country_by_code(c).is_none())
            .collect::<std::collections::BTreeSet<_>>()
            .into_iter()
            .collect();
        assert!(
            unknown.is_empty(),
            "codes with no country in the KB: {unknown:?}"
        );
    }

    #[test]
    fn malformed_lines_are_errors_naming_the_line() {
        for (text, why) in [
            ("Goma\n", "expected a name"),
            ("Goma\tcod\n", "three capital letters"),
            ("Goma\tCODX\n", "three capital letters"),
            ("# c\nGoma\tCOD\nGoma\tRWA\n", "another country"),
            ("\tCOD\n", "empty"),
        ] {
            let err = Places::parse("p.tsv", text).unwrap_err().to_string();
            assert!(
                err.contains(why) && err.contains("p.tsv:"),
                "{text:?}: {err}"
            );
        }
        let p = Places::parse("p.tsv", "# c\nKhan Younis\tPSE\nL\u{2019}viv\tUKR\n").unwrap();
        assert_eq!(p.country_of("Khan Younis"), Some("PSE"));
        assert_eq!(p.country_of("L'viv"), Some("UKR"));
        assert_eq!(p.country_of("L\u{2019}viv"), Some("UKR"));
        assert_eq!(p.longest(), 2);
    }
}
