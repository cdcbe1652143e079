//! Places and the country they lie in: `data/kb/places.tsv`, city names from GeoNames
//! (CC BY 4.0) with the ISO 3166-1 alpha-3 code of their country, written by
//! `tools/places.py`. A place is no actor; it tells which state an attacked place
//! belongs to ("a market in Goma", "the Kursk region").
//!
//! Invariants: every name maps to one country; the rows are sorted by name (binary
//! search); names are matched as written (the text's capitals), with curly apostrophes
//! in the text read as straight ones.

use std::sync::OnceLock;

use crate::KbError;

/// The shipped table.
pub const EMBEDDED_PLACES: &str = include_str!("../../../data/kb/places.tsv");

/// The shipped table of provinces, states and regions (`data/kb/regions.tsv`, written by
/// `tools/regions.py`): "Kunar", "North Kivu", "Tigray".
pub const EMBEDDED_REGIONS: &str = include_str!("../../../data/kb/regions.tsv");

/// Place names → ISO 3166-1 alpha-3 country codes, sorted by name for binary search
/// (the rows borrow the table's text: parsing allocates one vector, no string).
#[derive(Debug, Default)]
pub struct Places<'a> {
    rows: Vec<(&'a str, [u8; 3])>,
    /// The most words a name has.
    longest: usize,
}

impl<'a> Places<'a> {
    /// Parses a table of `name<TAB>ISO3` lines (`#` starts a comment). A malformed line
    /// is an error naming the file and line: no tab, a code that is not three capital
    /// letters, an empty or padded name, a curly apostrophe (write it straight), or a
    /// name given two countries.
    pub fn parse(file: &str, text: &'a str) -> Result<Places<'a>, KbError> {
        Places::parse_all(&[(file, text)])
    }

    /// Parses several tables into one (the cities and the regions); a name given two
    /// countries, in one table or across two, is an error naming the later line.
    pub fn parse_all(tables: &[(&str, &'a str)]) -> Result<Places<'a>, KbError> {
        let mut p = Places::default();
        let mut lines: Vec<(usize, usize)> = Vec::new();
        for (f, (file, text)) in tables.iter().enumerate() {
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
                if name.contains('\u{2019}') {
                    return Err(bad("the name has a curly apostrophe; write it straight"));
                }
                p.rows.push((name, code));
                lines.push((f, i + 1));
                p.longest = p.longest.max(name.split([' ', '-']).count());
            }
        }
        // (a shipped table comes sorted; others, and several, are sorted here)
        if !p.rows.windows(2).all(|w| w[0].0 < w[1].0) {
            let mut order: Vec<usize> = (0..p.rows.len()).collect();
            order.sort_by_key(|&k| (p.rows[k].0, lines[k]));
            let rows: Vec<(&str, [u8; 3])> = order.iter().map(|&k| p.rows[k]).collect();
            let lines: Vec<(usize, usize)> = order.iter().map(|&k| lines[k]).collect();
            for (w, &(f, l)) in rows.windows(2).zip(&lines[1..]) {
                if w[0].0 == w[1].0 && w[0].1 != w[1].1 {
                    return Err(KbError::Parse {
                        file: format!("{}:{l}", tables[f].0),
                        message: "the name is already given another country".to_string(),
                    });
                }
            }
            p.rows = rows;
            p.rows.dedup();
        }
        Ok(p)
    }

    /// The country code of a place name as written ("Goma" → "COD"); a curly
    /// apostrophe reads as a straight one.
    pub fn country_of(&self, name: &str) -> Option<&str> {
        let key;
        let name = if name.contains('\u{2019}') {
            key = name.replace('\u{2019}', "'");
            key.as_str()
        } else {
            name
        };
        self.rows
            .binary_search_by(|(n, _)| (*n).cmp(name))
            .ok()
            .map(|k| std::str::from_utf8(&self.rows[k].1).expect("ASCII code"))
    }

    /// The most words (split at spaces and hyphens) a name of the table has.
    pub fn longest(&self) -> usize {
        self.longest
    }

    pub fn len(&self) -> usize {
        self.rows.len()
    }

    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }
}

impl Places<'static> {
    /// The shipped table, parsed once.
    pub fn embedded() -> &'static Places<'static> {
        static PLACES: OnceLock<Places<'static>> = OnceLock::new();
        PLACES.get_or_init(|| {
            Places::parse_all(&[
                ("places.tsv", EMBEDDED_PLACES),
                ("regions.tsv", EMBEDDED_REGIONS),
            ])
            .expect("the shipped places tables are valid (tested)")
        })
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
        assert!(p.rows.windows(2).all(|w| w[0].0 < w[1].0), "shipped sorted");
        let unknown: Vec<_> = p
            .rows
            .iter()
            .map(|(_, c)| std::str::from_utf8(c).unwrap())
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
    fn the_regions_table_names_provinces_and_keeps_clear_of_the_cities() {
        let r = Places::parse("regions.tsv", EMBEDDED_REGIONS).unwrap();
        assert!(r.len() > 1_000);
        assert!(r.rows.windows(2).all(|w| w[0].0 < w[1].0), "shipped sorted");
        let all = Places::embedded();
        for (name, code) in [
            ("Kunar", "AFG"),
            ("North Kivu", "COD"),
            ("Tigray", "ETH"),
            ("South Kordofan", "SDN"),
            ("Cabo Delgado", "MOZ"),
            ("Kursk", "RUS"),
            ("Goma", "COD"),
        ] {
            assert_eq!(all.country_of(name), Some(code), "{name}");
        }
        // names two countries share, and words, are no region
        for name in ["Punjab", "Kashmir", "North", "Central", "Delta"] {
            assert_eq!(all.country_of(name), None, "{name}");
        }
        // no region repeats a city's name
        let cities = Places::parse("places.tsv", EMBEDDED_PLACES).unwrap();
        let twice: Vec<&str> = r
            .rows
            .iter()
            .filter(|(n, _)| cities.country_of(n).is_some())
            .map(|(n, _)| *n)
            .collect();
        assert!(twice.is_empty(), "also in places.tsv: {twice:?}");
    }

    #[test]
    fn a_name_given_two_countries_across_tables_is_an_error_naming_the_later_line() {
        let err = Places::parse_all(&[("a.tsv", "Bari\tITA\n"), ("b.tsv", "# r\nBari\tSOM\n")])
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("b.tsv:2") && err.contains("another country"),
            "{err}"
        );
        let p = Places::parse_all(&[("a.tsv", "Goma\tCOD\n"), ("b.tsv", "Kunar\tAFG\n")]).unwrap();
        assert_eq!(p.country_of("Kunar"), Some("AFG"));
        assert_eq!(p.country_of("Goma"), Some("COD"));
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
        let err = Places::parse("p.tsv", "L\u{2019}viv\tUKR\n")
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("curly apostrophe") && err.contains("p.tsv:1"),
            "{err}"
        );
        // an unsorted table is sorted; a repeated line is one
        let p = Places::parse("p.tsv", "# c\nL'viv\tUKR\nKhan Younis\tPSE\nL'viv\tUKR\n").unwrap();
        assert_eq!(p.len(), 2);
        assert_eq!(p.country_of("Khan Younis"), Some("PSE"));
        assert_eq!(p.country_of("L'viv"), Some("UKR"));
        assert_eq!(p.country_of("L\u{2019}viv"), Some("UKR"));
        assert_eq!(p.country_of("Lviv"), None);
        assert_eq!(p.longest(), 2);
    }
}
