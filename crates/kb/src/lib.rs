//! The actor knowledge base: reviewed data files in `data/kb/*.toml`, embedded in
//! the binary, validated on load, and matched against text with Aho-Corasick.
//!
//! Invariants: ids are unique; every `parent` and role `org` names a known actor;
//! no surface form (name, alias, capital, metonym, demonym) belongs to two actors
//! after normalisation; a hit's span lies on word boundaries of the text.

mod data;
mod matcher;
mod normalize;
mod places;

pub use data::{parse_toml, to_toml, KbActor, KbError, Role};
pub use matcher::{AliasKind, Hit};
pub use normalize::norm_key;
pub use places::{Places, EMBEDDED_PLACES};

use matcher::Matcher;
use rapport_model::Span;
use std::collections::HashMap;

/// The shipped data files, in load order.
pub const EMBEDDED: &[(&str, &str)] = &[
    (
        "countries.toml",
        include_str!("../../../data/kb/countries.toml"),
    ),
    ("igos.toml", include_str!("../../../data/kb/igos.toml")),
    (
        "organizations.toml",
        include_str!("../../../data/kb/organizations.toml"),
    ),
    (
        "state_organs.toml",
        include_str!("../../../data/kb/state_organs.toml"),
    ),
    (
        "armed_groups.toml",
        include_str!("../../../data/kb/armed_groups.toml"),
    ),
    ("bodies.toml", include_str!("../../../data/kb/bodies.toml")),
    (
        "communities.toml",
        include_str!("../../../data/kb/communities.toml"),
    ),
    (
        "persons.toml",
        include_str!("../../../data/kb/persons.toml"),
    ),
];

/// Names of places that hold an actor's name but are no actor (`data/kb/not_actors.txt`:
/// one per line, `#` comments).
pub const NOT_ACTORS: &str = include_str!("../../../data/kb/not_actors.txt");

/// The names of [`NOT_ACTORS`].
pub fn not_actor_names() -> Vec<&'static str> {
    NOT_ACTORS
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
}

/// A loaded, validated knowledge base with its matcher.
pub struct Kb {
    actors: Vec<KbActor>,
    by_id: HashMap<String, usize>,
    by_key: HashMap<String, (usize, AliasKind)>,
    matcher: Matcher,
}

impl std::fmt::Debug for Kb {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Kb({} actors)", self.actors.len())
    }
}

impl Kb {
    /// The knowledge base shipped inside the binary.
    pub fn embedded() -> Result<Kb, KbError> {
        Kb::from_sources(EMBEDDED)
    }

    /// The shipped knowledge base plus curated records (a user's additions and
    /// changes, which replace shipped records of the same id), validated together.
    pub fn with_curated(curated: Vec<KbActor>) -> Result<Kb, KbError> {
        let mut actors = data::parse_all(EMBEDDED)?;
        for c in curated {
            match actors.iter_mut().find(|a| a.id == c.id) {
                Some(a) => *a = c,
                None => actors.push(c),
            }
        }
        Kb::from_actors(actors)
    }

    /// Loads and validates KB files given as (file name, TOML text).
    pub fn from_sources(sources: &[(&str, &str)]) -> Result<Kb, KbError> {
        let actors = data::parse_all(sources)?;
        Kb::from_actors(actors)
    }

    /// Builds a KB from records, validating them.
    pub fn from_actors(actors: Vec<KbActor>) -> Result<Kb, KbError> {
        let mut problems = Vec::new();
        let mut by_id = HashMap::new();
        for (i, a) in actors.iter().enumerate() {
            if by_id.insert(a.id.clone(), i).is_some() {
                problems.push(format!("{}: duplicate id {:?}", a.file, a.id));
            }
        }
        for a in &actors {
            if let Some(p) = &a.parent {
                if !by_id.contains_key(p) {
                    problems.push(format!("{}: {:?} has unknown parent {:?}", a.file, a.id, p));
                }
            }
            for r in &a.roles {
                if !by_id.contains_key(&r.org) {
                    problems.push(format!(
                        "{}: {:?} has a role in unknown actor {:?}",
                        a.file, a.id, r.org
                    ));
                }
            }
        }
        let mut by_key: HashMap<String, (usize, AliasKind)> = HashMap::new();
        for (i, a) in actors.iter().enumerate() {
            for (form, kind) in a.surface_forms() {
                let key = norm_key(form);
                if key.is_empty() {
                    continue;
                }
                match by_key.get(&key) {
                    Some(&(j, _)) if j != i => problems.push(format!(
                        "{}: {:?} of {:?} is already a name of {:?}",
                        a.file, form, a.id, actors[j].id
                    )),
                    Some(_) => {}
                    None => {
                        by_key.insert(key, (i, kind));
                    }
                }
            }
        }
        let no_actors = not_actor_names();
        for name in &no_actors {
            if let Some(&(j, _)) = by_key.get(&norm_key(name)) {
                problems.push(format!(
                    "not_actors.txt: {name:?} is a name of {:?}",
                    actors[j].id
                ));
            }
        }
        if !problems.is_empty() {
            return Err(KbError::Invalid(problems));
        }
        let matcher = Matcher::build(&actors, &no_actors);
        Ok(Kb {
            actors,
            by_id,
            by_key,
            matcher,
        })
    }

    pub fn actors(&self) -> &[KbActor] {
        &self.actors
    }

    pub fn len(&self) -> usize {
        self.actors.len()
    }

    pub fn is_empty(&self) -> bool {
        self.actors.is_empty()
    }

    pub fn get(&self, id: &str) -> Option<&KbActor> {
        self.by_id.get(id).map(|&i| &self.actors[i])
    }

    pub fn index_of(&self, id: &str) -> Option<usize> {
        self.by_id.get(id).copied()
    }

    pub fn at(&self, idx: usize) -> &KbActor {
        &self.actors[idx]
    }

    /// The actor a name stands for, by exact normalised surface form.
    pub fn lookup(&self, name: &str) -> Option<(&KbActor, AliasKind)> {
        self.by_key
            .get(&norm_key(name))
            .map(|&(i, k)| (&self.actors[i], k))
    }

    /// The actor whose ISO alpha-3 code this is (countries only).
    pub fn country_by_code(&self, code: &str) -> Option<&KbActor> {
        self.actors.iter().find(|a| {
            a.kind == rapport_model::ActorKind::Country && a.country.as_deref() == Some(code)
        })
    }

    /// Every KB surface form found in `text[range]`, leftmost-longest, on word
    /// boundaries, with case rules (acronyms match exactly).
    pub fn find(&self, text: &str, start: usize, end: usize) -> Vec<Hit> {
        self.matcher.find(text, start, end)
    }

    /// `find`'s hits, and the spans of the names of no actor (`not_actors.txt`) matched
    /// between `start` and `end`.
    pub fn scan(&self, text: &str, start: usize, end: usize) -> (Vec<Hit>, Vec<Span>) {
        self.matcher.scan(text, start, end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rapport_model::ActorKind;

    const SMALL: &str = r#"
[[actor]]
id = "iran"
name = "Iran"
kind = "country"
country = "IRN"
capital = "Tehran"
demonyms = ["Iranian", "Iranians"]
aliases = ["Islamic Republic of Iran"]
source = "test"

[[actor]]
id = "irgc"
name = "Islamic Revolutionary Guard Corps"
kind = "state_organ"
country = "IRN"
parent = "iran"
aliases = ["IRGC", "Revolutionary Guard", "Revolutionary Guards", "Sepah Pasdaran"]
source = "test"

[[actor]]
id = "usa"
name = "United States"
kind = "country"
country = "USA"
capital = "Washington"
metonyms = ["White House"]
aliases = ["US", "U.S."]
source = "test"

[[actor]]
id = "islamic-state"
name = "Islamic State"
kind = "armed_group"
aliases = ["IS", "ISIS", "Daesh", "al-Dawla"]
source = "test"
"#;

    fn small() -> Kb {
        Kb::from_sources(&[("small.toml", SMALL)]).unwrap()
    }

    #[test]
    fn hyphens_and_spaces_are_one_spelling() {
        let kb = small();
        for text in [
            "Fighters of al Dawla attacked.",
            "Fighters of al-Dawla attacked.",
        ] {
            let hits = kb.find(text, 0, text.len());
            assert_eq!(hits.len(), 1, "{text}");
            assert_eq!(kb.at(hits[0].actor).id, "islamic-state");
        }
    }

    #[test]
    fn embedded_kb_is_valid_and_large() {
        let kb = Kb::embedded().unwrap_or_else(|e| panic!("{e}"));
        let countries = kb
            .actors()
            .iter()
            .filter(|a| a.kind == ActorKind::Country)
            .count();
        assert!(countries >= 240, "{countries} countries");
        assert!(
            kb.actors()
                .iter()
                .filter(|a| a.kind == ActorKind::ArmedGroup)
                .count()
                >= 150
        );
        assert_eq!(kb.lookup("Tehran").unwrap().0.id, "iran");
        assert_eq!(kb.lookup("the Taleban").unwrap().0.id, "taliban");
        assert_eq!(kb.get("irgc").unwrap().parent.as_deref(), Some("iran"));
    }

    #[test]
    fn finds_with_case_rules_and_boundaries() {
        let kb = small();
        let t = "Tehran and the IRGC (Sepah Pasdaran) met US envoys; us too. Iranians in Irani shops. IS is here; Daesh and ISIS. Al-Dawla.";
        let hits: Vec<(&str, &str, AliasKind)> = kb
            .find(t, 0, t.len())
            .iter()
            .map(|h| (h.span.slice(t), kb.at(h.actor).id.as_str(), h.how))
            .collect();
        assert_eq!(
            hits,
            vec![
                ("Tehran", "iran", AliasKind::Capital),
                ("IRGC", "irgc", AliasKind::Alias),
                ("Sepah Pasdaran", "irgc", AliasKind::Alias),
                ("US", "usa", AliasKind::Alias),
                ("Iranians", "iran", AliasKind::Demonym),
                ("IS", "islamic-state", AliasKind::Alias),
                ("Daesh", "islamic-state", AliasKind::Alias),
                ("ISIS", "islamic-state", AliasKind::Alias),
                ("Al-Dawla", "islamic-state", AliasKind::Alias),
            ]
        );
    }

    #[test]
    fn an_acronym_s_house_style_is_found_wherever_it_stands() {
        // "NATO" must match exactly and "Nato" is its title-case variant: the exact form
        // rejected at a match must not hide the variant spelled the same
        let kb = Kb::embedded().unwrap();
        for (t, want) in [
            ("The town was attacked by Nato on Monday.", "nato"),
            ("Nato on the move", "nato"),
            ("The town was hit by Isil.", "islamic-state"),
            ("They fought NATO.", "nato"),
        ] {
            let ids: Vec<&str> = kb
                .find(t, 0, t.len())
                .iter()
                .map(|h| kb.at(h.actor).id.as_str())
                .collect();
            assert_eq!(ids, vec![want], "{t}");
        }
        // … and a lowercase word is no acronym: "nato" in running text stays unmatched
        assert!(kb.find("a nato b", 0, 8).is_empty());
        // … nor is a word of another actor's name in title case: "Sadr City" (as in
        // "Muqtada al-Sadr") is no SADR, which is still found as written
        let t = "They met in Sadr City.";
        assert!(kb.find(t, 0, t.len()).is_empty());
        let t = "The SADR protested.";
        let ids: Vec<&str> = kb
            .find(t, 0, t.len())
            .iter()
            .map(|h| kb.at(h.actor).id.as_str())
            .collect();
        assert_eq!(ids, vec!["western-sahara"]);
    }

    #[test]
    fn a_rejected_match_hides_no_name_inside_it_or_shorter_at_its_start() {
        let kb = Kb::embedded().unwrap();
        // "IS Pakistan" matches inside "his Pakistani" (no word boundary) and must not
        // swallow the demonym; in "IS Pakistani fighters" it runs on into a longer word,
        // and "IS" at its start is still found
        for (t, want) in [
            ("He met his Pakistani counterpart.", "Pakistani"),
            ("IS Pakistani fighters withdrew.", "IS"),
            ("IS Pakistani fighters withdrew.", "Pakistani"),
        ] {
            let hits: Vec<&str> = kb
                .find(t, 0, t.len())
                .iter()
                .map(|h| h.span.slice(t))
                .collect();
            assert!(hits.contains(&want), "{t}: {hits:?}");
        }
    }

    #[test]
    fn curly_apostrophes_and_longest_match() {
        let kb = small();
        let t = "the Revolutionary Guards’ camps and the U.S.-led war";
        let hits: Vec<&str> = kb
            .find(t, 0, t.len())
            .iter()
            .map(|h| h.span.slice(t))
            .collect();
        assert_eq!(hits, ["Revolutionary Guards", "U.S."]);
    }

    #[test]
    fn curated_records_extend_and_replace_shipped_ones() {
        let mut iran = Kb::embedded().unwrap().get("iran").unwrap().clone();
        iran.aliases.push("Islamic Republic of Persia".into());
        iran.file = "curated".into();
        let new = KbActor {
            id: "kandahar-shura".into(),
            name: "Kandahar Shura".into(),
            kind: ActorKind::Body,
            country: None,
            parent: Some("taliban".into()),
            capital: None,
            metonyms: vec![],
            demonyms: vec![],
            aliases: vec![],
            roles: vec![],
            source: Some("team".into()),
            file: "curated".into(),
        };
        let kb = Kb::with_curated(vec![iran, new]).unwrap();
        assert_eq!(
            kb.lookup("Islamic Republic of Persia").unwrap().0.id,
            "iran"
        );
        assert_eq!(
            kb.get("kandahar-shura").unwrap().parent.as_deref(),
            Some("taliban")
        );
        let toml = to_toml(&[kb.get("kandahar-shura").unwrap().clone()]);
        let back = Kb::from_sources(&[(
            "x.toml",
            &format!(
                "{toml}\n[[actor]]\nid = \"taliban\"\nname = \"Taliban\"\nkind = \"armed_group\"\n"
            ),
        )])
        .unwrap();
        assert_eq!(back.get("kandahar-shura").unwrap().name, "Kandahar Shura");
        let clash = KbActor {
            id: "x".into(),
            name: "Tehran".into(),
            kind: ActorKind::Person,
            country: None,
            parent: None,
            capital: None,
            metonyms: vec![],
            demonyms: vec![],
            aliases: vec![],
            roles: vec![],
            source: None,
            file: "curated".into(),
        };
        assert!(
            Kb::with_curated(vec![clash]).is_err(),
            "a curated alias may not take a shipped one"
        );
    }

    #[test]
    fn validation_reports_every_problem() {
        let bad = r#"
[[actor]]
id = "a"
name = "Alpha"
kind = "country"
parent = "nowhere"
source = "t"

[[actor]]
id = "a"
name = "Beta"
kind = "armed_group"
aliases = ["alpha"]
source = "t"
"#;
        let err = Kb::from_sources(&[("bad.toml", bad)])
            .unwrap_err()
            .to_string();
        assert!(err.contains("duplicate id \"a\""), "{err}");
        assert!(err.contains("unknown parent \"nowhere\""), "{err}");
        assert!(
            err.contains("\"alpha\" of \"a\" is already a name"),
            "{err}"
        );
        let unknown_kind = "[[actor]]\nid = \"x\"\nname = \"X\"\nkind = \"planet\"\n";
        let err = Kb::from_sources(&[("k.toml", unknown_kind)])
            .unwrap_err()
            .to_string();
        assert!(err.contains("k.toml") && err.contains("planet"), "{err}");
    }

    #[test]
    fn names_of_no_actor_hide_the_actors_inside_them() {
        let kb = Kb::embedded().unwrap();
        let plain = Matcher::build(kb.actors(), &[]);
        for name in not_actor_names() {
            // each name holds an actor's form, which the list is there to hide
            assert!(
                !plain.find(name, 0, name.len()).is_empty(),
                "{name:?} holds no actor's name"
            );
            assert!(kb.find(name, 0, name.len()).is_empty(), "{name:?}");
        }
        let text = "Venezuela counts Cuba among its allies in Latin America, Mexico said.";
        let ids: Vec<&str> = kb
            .find(text, 0, text.len())
            .iter()
            .map(|h| kb.at(h.actor).id.as_str())
            .collect();
        assert_eq!(ids, ["venezuela", "cuba", "mexico"]);
        // the names of no actor come back as spans of their own
        let (hits, none) = kb.scan(text, 0, text.len());
        assert_eq!(hits.len(), 3);
        assert_eq!(
            none.iter().map(|s| s.slice(text)).collect::<Vec<_>>(),
            ["Latin America"]
        );
        let text = "Latin American and South American envoys met North Americans.";
        let (hits, none) = kb.scan(text, 0, text.len());
        assert!(hits.is_empty(), "{:?}", hits.len());
        assert_eq!(
            none.iter().map(|s| s.slice(text)).collect::<Vec<_>>(),
            ["Latin American", "South American", "North Americans"]
        );
    }

    #[test]
    fn a_name_of_no_actor_that_is_an_actor_s_is_refused() {
        let one = "[[actor]]\nid = \"x\"\nname = \"Latin America\"\nkind = \"organization\"\nsource = \"t\"\n";
        let err = Kb::from_sources(&[("o.toml", one)])
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("not_actors.txt") && err.contains("Latin America"),
            "{err}"
        );
    }
}
