//! Lemmatizer: a lookup table learned from the treebank (form and XPOS to lemma) plus
//! suffix rules for unseen words, also learned from the treebank: for each XPOS and final
//! letters of a form, the most common "strip k letters, append s" edit over word types.
//! Only the table entries the rules get wrong are stored.

use std::collections::HashMap;

use crate::conllu::Sentence;
use crate::hash::{mix, str_hash};
use crate::io::{FormatError, Reader, Writer};
use crate::IdMap;

const MAX_SUFFIX: usize = 5;
const MIN_RULE_TYPES: u32 = 2;

#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
struct Edit {
    strip: u8,
    append: String,
}

/// A trained lemmatizer. Keys are hashes of string pairs (see [`key`]), so that lookups
/// allocate nothing.
#[derive(Clone, Debug, Default)]
pub struct Lemmatizer {
    /// (form, XPOS) -> lemma, for the words the rules get wrong.
    table: IdMap<String>,
    /// (XPOS, final chars of the lowercased form) -> edit.
    rules: IdMap<Edit>,
}

/// The key of a pair of strings.
fn key(a: &str, b: &str) -> u64 {
    mix(str_hash(a), str_hash(b))
}

/// `s` without its last `k` chars (all of it gone if it is shorter).
fn drop_chars(s: &str, k: usize) -> &str {
    if k == 0 {
        return s;
    }
    match s.char_indices().rev().nth(k - 1) {
        Some((i, _)) => &s[..i],
        None => "",
    }
}

fn keeps_case(xpos: &str) -> bool {
    xpos == "NNP" || xpos == "NNPS"
}

fn edit_of(form: &str, lemma: &str) -> Edit {
    let f: Vec<char> = form.chars().collect();
    let l: Vec<char> = lemma.chars().collect();
    let common = f.iter().zip(&l).take_while(|(a, b)| a == b).count();
    Edit {
        strip: (f.len() - common).min(255) as u8,
        append: l[common..].iter().collect(),
    }
}

fn suffix(s: &str, k: usize) -> &str {
    let n = s.chars().count();
    if k >= n {
        return s;
    }
    let start = s.char_indices().nth(n - k).map_or(0, |c| c.0);
    &s[start..]
}

/// English irregular past forms and participles and their lemmas, read for a verb tagged
/// VBD or VBN that the treebank's table does not hold ("fought", "overran", "withheld"),
/// where the suffix rules learned from the treebank would keep the form or guess wrong.
/// Sorted by form.
const IRREGULAR: &[(&str, &str)] = &[
    ("arisen", "arise"),
    ("arose", "arise"),
    ("ate", "eat"),
    ("awoke", "awake"),
    ("awoken", "awake"),
    ("beaten", "beat"),
    ("became", "become"),
    ("befallen", "befall"),
    ("befell", "befall"),
    ("began", "begin"),
    ("begun", "begin"),
    ("bent", "bend"),
    ("bit", "bite"),
    ("bitten", "bite"),
    ("bled", "bleed"),
    ("blew", "blow"),
    ("blown", "blow"),
    ("bore", "bear"),
    ("borne", "bear"),
    ("bought", "buy"),
    ("bound", "bind"),
    ("bred", "breed"),
    ("broke", "break"),
    ("broken", "break"),
    ("brought", "bring"),
    ("built", "build"),
    ("burnt", "burn"),
    ("came", "come"),
    ("caught", "catch"),
    ("chose", "choose"),
    ("chosen", "choose"),
    ("clung", "cling"),
    ("crept", "creep"),
    ("dealt", "deal"),
    ("did", "do"),
    ("done", "do"),
    ("drank", "drink"),
    ("drawn", "draw"),
    ("dreamt", "dream"),
    ("drew", "draw"),
    ("driven", "drive"),
    ("drove", "drive"),
    ("drunk", "drink"),
    ("dug", "dig"),
    ("eaten", "eat"),
    ("fallen", "fall"),
    ("fed", "feed"),
    ("fell", "fall"),
    ("felt", "feel"),
    ("fled", "flee"),
    ("flew", "fly"),
    ("flown", "fly"),
    ("flung", "fling"),
    ("forbade", "forbid"),
    ("forbidden", "forbid"),
    ("foresaw", "foresee"),
    ("foreseen", "foresee"),
    ("forgave", "forgive"),
    ("forgiven", "forgive"),
    ("forgot", "forget"),
    ("forgotten", "forget"),
    ("fought", "fight"),
    ("found", "find"),
    ("froze", "freeze"),
    ("frozen", "freeze"),
    ("gave", "give"),
    ("given", "give"),
    ("gone", "go"),
    ("got", "get"),
    ("gotten", "get"),
    ("grew", "grow"),
    ("grown", "grow"),
    ("heard", "hear"),
    ("held", "hold"),
    ("hid", "hide"),
    ("hidden", "hide"),
    ("hung", "hang"),
    ("kept", "keep"),
    ("knelt", "kneel"),
    ("knew", "know"),
    ("known", "know"),
    ("laid", "lay"),
    ("leapt", "leap"),
    ("learnt", "learn"),
    ("led", "lead"),
    ("left", "leave"),
    ("lent", "lend"),
    ("lost", "lose"),
    ("made", "make"),
    ("meant", "mean"),
    ("met", "meet"),
    ("misled", "mislead"),
    ("mistaken", "mistake"),
    ("mistook", "mistake"),
    ("outran", "outrun"),
    ("overcame", "overcome"),
    ("overran", "overrun"),
    ("oversaw", "oversee"),
    ("overseen", "oversee"),
    ("overtaken", "overtake"),
    ("overthrew", "overthrow"),
    ("overthrown", "overthrow"),
    ("overtook", "overtake"),
    ("paid", "pay"),
    ("ran", "run"),
    ("rang", "ring"),
    ("rebuilt", "rebuild"),
    ("retaken", "retake"),
    ("retook", "retake"),
    ("ridden", "ride"),
    ("risen", "rise"),
    ("rode", "ride"),
    ("rose", "rise"),
    ("rung", "ring"),
    ("said", "say"),
    ("sang", "sing"),
    ("sank", "sink"),
    ("sat", "sit"),
    ("saw", "see"),
    ("seen", "see"),
    ("sent", "send"),
    ("shaken", "shake"),
    ("shone", "shine"),
    ("shook", "shake"),
    ("shot", "shoot"),
    ("shown", "show"),
    ("shrank", "shrink"),
    ("shrunk", "shrink"),
    ("slain", "slay"),
    ("slept", "sleep"),
    ("slew", "slay"),
    ("slid", "slide"),
    ("sold", "sell"),
    ("sought", "seek"),
    ("sped", "speed"),
    ("spent", "spend"),
    ("spoke", "speak"),
    ("spoken", "speak"),
    ("sprang", "spring"),
    ("sprung", "spring"),
    ("spun", "spin"),
    ("stole", "steal"),
    ("stolen", "steal"),
    ("stood", "stand"),
    ("stricken", "strike"),
    ("strode", "stride"),
    ("struck", "strike"),
    ("stuck", "stick"),
    ("stung", "sting"),
    ("sung", "sing"),
    ("sunk", "sink"),
    ("swam", "swim"),
    ("swept", "sweep"),
    ("swore", "swear"),
    ("sworn", "swear"),
    ("swung", "swing"),
    ("taken", "take"),
    ("taught", "teach"),
    ("thought", "think"),
    ("threw", "throw"),
    ("thrown", "throw"),
    ("told", "tell"),
    ("took", "take"),
    ("tore", "tear"),
    ("torn", "tear"),
    ("undergone", "undergo"),
    ("understood", "understand"),
    ("undertaken", "undertake"),
    ("undertook", "undertake"),
    ("underwent", "undergo"),
    ("upheld", "uphold"),
    ("went", "go"),
    ("wept", "weep"),
    ("withdrawn", "withdraw"),
    ("withdrew", "withdraw"),
    ("withheld", "withhold"),
    ("withstood", "withstand"),
    ("woke", "wake"),
    ("woken", "wake"),
    ("won", "win"),
    ("wore", "wear"),
    ("worn", "wear"),
    ("wove", "weave"),
    ("woven", "weave"),
    ("written", "write"),
    ("wrote", "write"),
];

/// English spelling of a regular verb's stem, for a past form or a gerund the learned
/// rules only stripped of "-ed" or "-ing" (or of "-d", leaving an "e" the stem lacks):
/// the rules choose by the form's last letters over the treebank's word types, which
/// sends unseen verbs after the commonest neighbour ("blamed" after "claimed" to
/// "blam", "raided" after "traded" to "raide"). A one-syllable stem ending in a single
/// vowel and a consonant would have doubled it, so its verb ends in "e" ("blam" →
/// "blame", "prob" → "probe"); so do stems ending in letters no English verb ends in
/// ("v", "dg", "iz", a consonant then "at", "ut", "ud", "id", "ad", "od", "um", "ur",
/// "in", "rg", "rc", "nc", "rs", "ns", "ps", "ls": "blockad" → "blockade", "negotiat"
/// → "negotiate", "mobiliz" → "mobilize"); a stem with two vowels before a final "d",
/// "n", "m", "l", "k" or "p" takes none ("raide" → "raid"; not before "t" or "r",
/// "create", "acquire"). `None` keeps the rule's.
fn spelled_stem(form: &str, xpos: &str, ruled: &str) -> Option<String> {
    let low = form.to_lowercase();
    let stem = match xpos {
        "VBD" | "VBN" => low.strip_suffix("ed")?,
        "VBG" => low.strip_suffix("ing")?,
        _ => return None,
    };
    let with_e = format!("{stem}e");
    if !(ruled == stem || ruled == with_e) || stem.len() < 2 || !stem.is_ascii() {
        return None;
    }
    let b = stem.as_bytes();
    let vowel = |c: u8| matches!(c, b'a' | b'e' | b'i' | b'o' | b'u');
    let n = b.len();
    let last = b[n - 1];
    if vowel(last) || matches!(last, b'w' | b'x' | b'y') {
        return None;
    }
    // (a doubled consonant is the rules' to undo: "planned", "shelled")
    if n >= 2 && b[n - 2] == last {
        return None;
    }
    let groups = (0..n)
        .filter(|&k| vowel(b[k]) && (k == 0 || !vowel(b[k - 1])))
        .count();
    let single_vowel_before = n >= 2 && vowel(b[n - 2]) && (n < 3 || !vowel(b[n - 3]));
    let consonant_then =
        |end: &str| stem.ends_with(end) && n > end.len() && !vowel(b[n - end.len() - 1]);
    let needs_e = (groups == 1 && single_vowel_before)
        || last == b'v'
        || ["dg", "iz", "rg", "rc", "nc", "rs", "ns", "ps", "ls"]
            .iter()
            .any(|e| stem.ends_with(e))
        || ["at", "ut", "ud", "id", "ad", "od", "um", "ur", "in"]
            .iter()
            .any(|e| consonant_then(e));
    // (also before a final "t" after "ou", "oo", "ai", "ee", "ui" or "oa": "flouted",
    // "looted", "recruited"; not "created", "negotiated" or "quoted")
    let no_e = n >= 3
        && vowel(b[n - 2])
        && vowel(b[n - 3])
        && (matches!(last, b'd' | b'n' | b'm' | b'l' | b'k' | b'p')
            || (last == b't'
                && stem != "quot"
                && ["ou", "oo", "ai", "ee", "ui", "oa"].contains(&&stem[n - 3..n - 1])));
    if needs_e {
        Some(with_e)
    } else if no_e {
        Some(stem.to_string())
    } else {
        None
    }
}

/// The lemma of an irregular past form or participle, if `form` is one.
fn irregular(form: &str, xpos: &str) -> Option<&'static str> {
    if !matches!(xpos, "VBD" | "VBN") {
        return None;
    }
    let low = form.to_lowercase();
    IRREGULAR
        .binary_search_by(|(f, _)| f.cmp(&low.as_str()))
        .ok()
        .map(|i| IRREGULAR[i].1)
}

impl Lemmatizer {
    /// The lemma of `form` tagged `xpos`.
    pub fn lemma(&self, form: &str, xpos: &str) -> String {
        if let Some(l) = self.table.get(&key(form, xpos)) {
            return l.clone();
        }
        if let Some(l) = irregular(form, xpos) {
            return l.to_string();
        }
        let ruled = self.by_rule(form, xpos);
        spelled_stem(form, xpos, &ruled).unwrap_or(ruled)
    }

    fn by_rule(&self, form: &str, xpos: &str) -> String {
        let mut base = if keeps_case(xpos) {
            form.to_string()
        } else {
            form.to_lowercase()
        };
        let edit = {
            let lowered;
            let low = if keeps_case(xpos) {
                lowered = base.to_lowercase();
                lowered.as_str()
            } else {
                base.as_str()
            };
            let n = low.chars().count();
            let xh = str_hash(xpos);
            (0..=MAX_SUFFIX.min(n)).rev().find_map(|k| {
                let suf = &low[drop_chars(low, k).len()..];
                self.rules
                    .get(&mix(xh, str_hash(suf)))
                    .filter(|e| (e.strip as usize) < n)
            })
        };
        if let Some(e) = edit {
            let keep = drop_chars(&base, e.strip as usize).len();
            base.truncate(keep);
            base.push_str(&e.append);
        }
        base
    }

    /// Learns the rules from word types, then keeps the table entries they miss.
    pub fn train(sents: &[Sentence]) -> Lemmatizer {
        let mut pairs: HashMap<(String, String), HashMap<String, u32>> = HashMap::new();
        for s in sents {
            for w in &s.words {
                if w.lemma.is_empty() || w.lemma == "_" {
                    continue;
                }
                *pairs
                    .entry((w.form.clone(), w.xpos.clone()))
                    .or_default()
                    .entry(w.lemma.clone())
                    .or_default() += 1;
            }
        }
        let best: HashMap<(String, String), String> = pairs
            .into_iter()
            .map(|(k, counts)| {
                let l = counts
                    .into_iter()
                    .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0)))
                    .unwrap()
                    .0;
                (k, l)
            })
            .collect();
        let mut counts: HashMap<(String, String), HashMap<Edit, u32>> = HashMap::new();
        for ((form, xpos), lemma) in &best {
            let base = if keeps_case(xpos) {
                form.clone()
            } else {
                form.to_lowercase()
            };
            let e = edit_of(&base, lemma);
            let low = base.to_lowercase();
            for k in 0..=MAX_SUFFIX.min(low.chars().count()) {
                *counts
                    .entry((xpos.clone(), suffix(&low, k).to_string()))
                    .or_default()
                    .entry(e.clone())
                    .or_default() += 1;
            }
        }
        let mut rules = IdMap::default();
        for (k, edits) in counts {
            let total: u32 = edits.values().sum();
            let (e, c) = edits
                .into_iter()
                .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0)))
                .unwrap();
            // A rule needs a majority over enough types; an identity rule is kept too, as it
            // shadows the edits of shorter suffixes. The empty suffix is the XPOS default.
            let identity = e.strip == 0 && e.append.is_empty();
            if (total >= MIN_RULE_TYPES && c * 2 > total) || (k.1.is_empty() && !identity) {
                rules.insert(key(&k.0, &k.1), e);
            }
        }
        let mut lem = Lemmatizer {
            table: IdMap::default(),
            rules,
        };
        let mut table = IdMap::default();
        for (k, l) in best {
            if lem.by_rule(&k.0, &k.1) != l {
                table.insert(key(&k.0, &k.1), l);
            }
        }
        lem.table = table;
        lem
    }

    pub fn write(&self, w: &mut Writer) {
        let mut t: Vec<_> = self.table.iter().collect();
        t.sort();
        w.u32(t.len() as u32);
        for (k, l) in t {
            w.u64(*k);
            w.str(l);
        }
        let mut r: Vec<_> = self.rules.iter().collect();
        r.sort();
        w.u32(r.len() as u32);
        for (k, e) in r {
            w.u64(*k);
            w.u8(e.strip);
            w.str(&e.append);
        }
    }

    pub fn read(r: &mut Reader) -> Result<Lemmatizer, FormatError> {
        // (a hash and a string's length at least per entry)
        let n = r.count(12)?;
        let mut table = IdMap::with_capacity_and_hasher(n, Default::default());
        for _ in 0..n {
            let k = r.u64()?;
            table.insert(k, r.str()?);
        }
        let n = r.count(13)?;
        let mut rules = IdMap::with_capacity_and_hasher(n, Default::default());
        for _ in 0..n {
            let k = r.u64()?;
            let strip = r.u8()?;
            rules.insert(
                k,
                Edit {
                    strip,
                    append: r.str()?,
                },
            );
        }
        Ok(Lemmatizer { table, rules })
    }

    pub fn table_len(&self) -> usize {
        self.table.len()
    }
}

/// Lemma accuracy with gold XPOS tags.
pub fn accuracy(lem: &Lemmatizer, gold: &[Sentence]) -> f64 {
    let (mut right, mut n) = (0usize, 0usize);
    for s in gold {
        for w in &s.words {
            right += (lem.lemma(&w.form, &w.xpos) == w.lemma) as usize;
            n += 1;
        }
    }
    right as f64 / n.max(1) as f64
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::conllu;
    use crate::io::{Reader, Writer};

    fn w(form: &str, lemma: &str, xpos: &str) -> String {
        format!("1\t{form}\t{lemma}\tX\t{xpos}\t_\t0\troot\t_\t_\n\n")
    }

    #[test]
    fn irregular_past_forms_outside_the_table() {
        assert!(
            IRREGULAR.windows(2).all(|w| w[0].0 < w[1].0),
            "sorted and unique"
        );
        let lem = Lemmatizer::default();
        assert_eq!(lem.lemma("fought", "VBD"), "fight");
        assert_eq!(lem.lemma("Overran", "VBD"), "overrun");
        assert_eq!(lem.lemma("withheld", "VBN"), "withhold");
        // (only for verbs: "found" as a base form, "left" as an adjective keep their form)
        assert_eq!(lem.lemma("found", "VB"), "found");
        assert_eq!(lem.lemma("left", "JJ"), "left");
    }

    #[test]
    fn a_stripped_stem_is_spelled_as_english_spells_it() {
        // the rules' plain stripping, mended
        assert_eq!(
            spelled_stem("blamed", "VBD", "blam").as_deref(),
            Some("blame")
        );
        assert_eq!(
            spelled_stem("probing", "VBG", "prob").as_deref(),
            Some("probe")
        );
        assert_eq!(
            spelled_stem("blockaded", "VBN", "blockad").as_deref(),
            Some("blockade")
        );
        assert_eq!(
            spelled_stem("mobilized", "VBD", "mobiliz").as_deref(),
            Some("mobilize")
        );
        assert_eq!(
            spelled_stem("raided", "VBD", "raide").as_deref(),
            Some("raid")
        );
        // kept: two vowels before "t" or "r", several syllables, doubled or soft endings
        let kept = |form: &str, xpos: &str, ruled: &str| {
            spelled_stem(form, xpos, ruled).unwrap_or_else(|| ruled.to_string())
        };
        assert_eq!(kept("created", "VBD", "create"), "create");
        assert_eq!(kept("acquired", "VBN", "acquire"), "acquire");
        assert_eq!(kept("visited", "VBD", "visit"), "visit");
        assert_eq!(kept("negotiated", "VBD", "negotiate"), "negotiate");
        assert_eq!(kept("quoted", "VBD", "quote"), "quote");
        assert_eq!(kept("flouted", "VBD", "floute"), "flout");
        assert_eq!(kept("looted", "VBN", "loote"), "loot");
        assert_eq!(kept("aimed", "VBD", "aim"), "aim");
        assert_eq!(kept("showed", "VBD", "show"), "show");
        assert_eq!(kept("planned", "VBD", "plan"), "plan");
        // nor where the rules did more than strip, or for other tags
        assert_eq!(spelled_stem("controlled", "VBD", "control"), None);
        assert_eq!(spelled_stem("blamed", "JJ", "blamed"), None);
    }

    #[test]
    fn learns_table_and_rules() {
        let text: String = [
            w("killed", "kill", "VBD"),
            w("armed", "arm", "VBD"),
            w("funded", "fund", "VBD"),
            w("went", "go", "VBD"),
            w("camps", "camp", "NNS"),
            w("groups", "group", "NNS"),
            w("militias", "militia", "NNS"),
            w("countries", "country", "NNS"),
            w("parties", "party", "NNS"),
            w("Americans", "American", "NNPS"),
            w("Kabul", "Kabul", "NNP"),
            w("The", "the", "DT"),
            w("I", "I", "PRP"),
        ]
        .concat();
        let sents = conllu::parse(&text).unwrap();
        let lem = Lemmatizer::train(&sents);
        assert_eq!(accuracy(&lem, &sents), 1.0);
        // Unseen words go by the learned rules.
        assert_eq!(lem.lemma("trained", "VBD"), "train");
        assert_eq!(lem.lemma("fighters", "NNS"), "fighter");
        assert_eq!(lem.lemma("militaries", "NNS"), "military");
        assert_eq!(lem.lemma("Herat", "NNP"), "Herat");
        assert_eq!(lem.lemma("Those", "DT"), "those");
        let mut wr = Writer::new("lemma");
        lem.write(&mut wr);
        let mut r = Reader::new(&wr.buf, "lemma").unwrap();
        let lem2 = Lemmatizer::read(&mut r).unwrap();
        r.end().unwrap();
        assert_eq!(lem2.lemma("went", "VBD"), "go");
        assert_eq!(lem2.lemma("militaries", "NNS"), "military");
    }
}
