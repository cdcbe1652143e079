//! Aho-Corasick over every surface form, with word-boundary and case rules.

use crate::data::KbActor;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use rapport_model::Span;

/// How a surface form names its actor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AliasKind {
    Name,
    Alias,
    /// The capital, standing for the state.
    Capital,
    /// Another seat of government ("the Kremlin").
    Metonym,
    /// "Iranian", "Iranians".
    Demonym,
}

/// A KB surface form found in text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    pub span: Span,
    /// Index into `Kb::actors()`.
    pub actor: usize,
    pub how: AliasKind,
}

struct Pattern {
    actor: usize,
    how: AliasKind,
    /// Acronyms and other all-caps forms must match exactly.
    exact: bool,
    /// The form starts with a capital: the text must too.
    capital: bool,
    /// The form as written in the knowledge base (or its variant).
    form: String,
}

/// Invariant: each automaton pattern is one form up to ASCII case, and holds every
/// surface form spelled so, in the order they were added ("NATO" exact, then its house
/// style "Nato"): a match is tried against each in turn, so a form the case rules reject
/// never hides another spelled the same.
pub(crate) struct Matcher {
    ac: AhoCorasick,
    pats: Vec<Vec<Pattern>>,
}

/// The actor index of a pattern that names no actor (`not_actors.txt`): its match hides
/// the actors' forms inside it and gives no hit.
const NO_ACTOR: usize = usize::MAX;

impl Matcher {
    /// The matcher of the actors' surface forms and of `no_actors`, names that hold an
    /// actor's form but name no actor ("Latin America", "the South China Sea").
    pub fn build(actors: &[KbActor], no_actors: &[&str]) -> Matcher {
        let mut forms: Vec<String> = Vec::new();
        let mut pats: Vec<Vec<Pattern>> = Vec::new();
        let mut all: Vec<Pattern> = Vec::new();
        let mut by_form: std::collections::HashMap<String, usize> =
            std::collections::HashMap::new();
        // the words of every actor's longer names ("Muqtada al-Sadr", "Sadrist
        // Movement"): an acronym written in title case that is one of them is that word,
        // not the acronym ("Sadr City" is no SADR)
        let name_words: std::collections::HashSet<String> = actors
            .iter()
            .flat_map(|a| a.surface_forms())
            .filter(|(f, _)| f.contains([' ', '-']))
            .flat_map(|(f, _)| {
                f.split([' ', '-'])
                    .filter(|w| w.chars().any(|c| c.is_lowercase()))
                    .map(str::to_string)
                    .collect::<Vec<_>>()
            })
            .collect();
        for (i, a) in actors.iter().enumerate() {
            for (form, how) in a.surface_forms() {
                let form = form.trim();
                if form.chars().count() < 2 {
                    continue;
                }
                let letters: Vec<char> = form.chars().filter(|c| c.is_alphabetic()).collect();
                let exact = letters.len() <= 5 && letters.iter().all(|c| c.is_uppercase());
                let capital = form.chars().next().is_some_and(|c| c.is_uppercase());
                let mut variants = vec![form.to_string()];
                // "Nato", "Isil": house styles that write longer acronyms in title case
                if exact && letters.len() >= 4 && form.chars().all(|c| c.is_alphabetic()) {
                    let mut t = String::new();
                    for (k, c) in form.chars().enumerate() {
                        t.extend(if k == 0 {
                            c.to_uppercase().collect::<Vec<_>>()
                        } else {
                            c.to_lowercase().collect::<Vec<_>>()
                        });
                    }
                    if !name_words.contains(&t) {
                        variants.push(t);
                    }
                }
                if form.contains('\'') {
                    variants.push(form.replace('\'', "\u{2019}"));
                }
                // "Lashkar-e-Islam" is also written "Lashkar-e Islam", "Lashkar e Islam":
                // every mix of hyphen and space between letters (up to three hyphens)
                let chars: Vec<char> = form.chars().collect();
                let joints: Vec<usize> = (1..chars.len().saturating_sub(1))
                    .filter(|&k| {
                        chars[k] == '-'
                            && chars[k - 1].is_alphabetic()
                            && chars[k + 1].is_alphabetic()
                    })
                    .collect();
                if !joints.is_empty() && joints.len() <= 3 {
                    for mask in 1u32..(1 << joints.len()) {
                        let mut v = chars.clone();
                        for (b, &k) in joints.iter().enumerate() {
                            if mask & (1 << b) != 0 {
                                v[k] = ' ';
                            }
                        }
                        let v: String = v.into_iter().collect();
                        if !variants.contains(&v) {
                            variants.push(v);
                        }
                    }
                }
                all.extend(variants.into_iter().map(|v| Pattern {
                    actor: i,
                    how,
                    exact,
                    capital,
                    form: v,
                }));
            }
        }
        all.extend(no_actors.iter().map(|&name| Pattern {
            actor: NO_ACTOR,
            how: AliasKind::Name,
            exact: false,
            capital: name.chars().next().is_some_and(|c| c.is_uppercase()),
            form: name.to_string(),
        }));
        for pat in all {
            let g = *by_form
                .entry(pat.form.to_ascii_lowercase())
                .or_insert_with(|| {
                    forms.push(pat.form.clone());
                    pats.push(Vec::new());
                    pats.len() - 1
                });
            pats[g].push(pat);
        }
        let ac = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .start_kind(aho_corasick::StartKind::Both)
            .build(&forms)
            .expect("KB patterns build");
        Matcher { ac, pats }
    }

    pub fn find(&self, text: &str, start: usize, end: usize) -> Vec<Hit> {
        self.scan(text, start, end).0
    }

    /// The actors' hits between `start` and `end`, and the spans of the names of no
    /// actor matched there ("Latin America", "the South China Sea"), which a caller
    /// keeps from being read as names of actors of their own.
    pub fn scan(&self, text: &str, start: usize, end: usize) -> (Vec<Hit>, Vec<Span>) {
        let mut none = Vec::new();
        let hay = &text.as_bytes()[..end];
        let mut out = Vec::new();
        // A match that fails the case or word-boundary checks must not hide one that
        // starts inside it ("IS Pakistan" in "his Pakistani"): the search resumes at the
        // next character rather than after the rejected match.
        // A shorter form at the same start is tried too ("Hamas" where "Hamas X" runs
        // into a longer word).
        let mut pos = start;
        while pos < end {
            let input = aho_corasick::Input::new(hay).range(pos..end);
            let Some(m) = self.ac.find(input) else { break };
            let s = m.start();
            let mut hit = None;
            let mut cand = Some(m);
            while let Some(m) = cand {
                if let Some(p) = self.accepted(text, &m) {
                    hit = Some((m, p));
                    break;
                }
                // the longest shorter form that starts at `s`
                cand = (m.end() > s + 1)
                    .then(|| {
                        let input = aho_corasick::Input::new(&hay[..m.end() - 1])
                            .range(s..m.end() - 1)
                            .anchored(aho_corasick::Anchored::Yes);
                        self.ac.find(input)
                    })
                    .flatten();
            }
            match hit {
                // a name of no actor: nothing inside it is one either
                Some((m, p)) if p.actor == NO_ACTOR => {
                    none.push(Span::new(s, m.end()));
                    pos = m.end();
                }
                Some((m, p)) => {
                    out.push(Hit {
                        span: Span::new(s, m.end()),
                        actor: p.actor,
                        how: p.how,
                    });
                    pos = m.end();
                }
                None => pos = s + text[s..].chars().next().map_or(1, char::len_utf8),
            }
        }
        (out, none)
    }

    /// The first surface form of a match that passes the case and word-boundary checks.
    fn accepted(&self, text: &str, m: &aho_corasick::Match) -> Option<&Pattern> {
        let (s, e) = (m.start(), m.end());
        let got = &text[s..e];
        let before = text[..s].chars().next_back();
        let after = text[e..].chars().next();
        if before.is_some_and(|c| c.is_alphanumeric()) || after.is_some_and(|c| c.is_alphanumeric())
        {
            return None;
        }
        self.pats[m.pattern().as_usize()].iter().find(|p| {
            !((p.exact && got != p.form)
                || (p.capital && !got.chars().next().is_some_and(|c| c.is_uppercase())))
        })
    }
}
