//! Named-entity recognizer: a greedy BILOU sequence tagger (averaged perceptron) for
//! `PER`, `ORG` and `LOC`, with shape, affix, context, part-of-speech and gazetteer
//! features. Decoding only follows well-formed BILOU sequences. Optionally
//! ([`FEAT_VITERBI`]) a structured perceptron decoded with Viterbi instead.
//!
//! A [`Lexicon`] of public name lists (places, given names, surnames) is stored in the
//! model and read as features ([`FEAT_LEXICON`]).
//!
//! Gazetteers plug in through [`Gazetteer`]: lowercase names (tokens joined by single
//! spaces) with an optional type. The model ships a gazetteer of the names seen in its
//! training data and is trained to weigh gazetteer matches as evidence, not as truth:
//! each half of the training sentences sees only the names of the other half. A
//! caller's gazetteer (the actor knowledge base, say) is consulted after the built-in one.

use std::collections::{HashMap, HashSet};

use crate::clusters::{Clusters, LEVELS};
use crate::hash::{bucket, feat, str_hash};
use crate::io::{FormatError, Reader, Writer};
use crate::iob::{Span, LABELS};
use crate::lex::{Lex, F_ALLCAPS, F_TITLE};
use crate::perceptron::{argmax_by, member_streams, Model, Trainer};
use crate::signs::Signs;
use crate::{lex, IdMap};

/// The recognizer's feature buckets by default (2^20 rows).
pub const BITS: u32 = 20;
const NIL: u64 = 0x5a5a_0001;
const MAX_GAZ_TOKENS: usize = 6;

/// A gazetteer entry's type, if it has one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum GazLabel {
    Per,
    Org,
    Loc,
    /// A known name of no particular type.
    Any,
}

impl GazLabel {
    pub fn from_label(l: &str) -> GazLabel {
        match l {
            "PER" => GazLabel::Per,
            "ORG" => GazLabel::Org,
            "LOC" => GazLabel::Loc,
            _ => GazLabel::Any,
        }
    }
    fn code(self) -> u64 {
        self as u64 + 1
    }
}

/// A source of known names for the recognizer.
pub trait Gazetteer {
    /// The type of a lowercase name (its tokens joined by single spaces), if known.
    fn lookup(&self, lowercase_name: &str) -> Option<GazLabel>;
    /// Whether some name may start with this lowercase token (a cheap pre-filter).
    fn may_start(&self, _lowercase_token: &str) -> bool {
        true
    }
}

impl Gazetteer for HashSet<String> {
    fn lookup(&self, name: &str) -> Option<GazLabel> {
        self.contains(name).then_some(GazLabel::Any)
    }
}

impl Gazetteer for HashMap<String, GazLabel> {
    fn lookup(&self, name: &str) -> Option<GazLabel> {
        self.get(name).copied()
    }
}

/// A typed name list with a first-token index, the form the built-in gazetteer takes.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct NameList {
    names: HashMap<String, GazLabel>,
    starts: HashSet<String>,
}

impl NameList {
    pub fn insert(&mut self, lowercase_name: &str, label: GazLabel) {
        let first = lowercase_name.split(' ').next().unwrap_or("").to_string();
        self.starts.insert(first);
        self.names.insert(lowercase_name.to_string(), label);
    }
    pub fn len(&self) -> usize {
        self.names.len()
    }
    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }
}

impl Gazetteer for NameList {
    fn lookup(&self, name: &str) -> Option<GazLabel> {
        self.names.get(name).copied()
    }
    fn may_start(&self, t: &str) -> bool {
        self.starts.contains(t)
    }
}

/// Public name lists the recognizer weighs as evidence: place names (a gazetteer of
/// countries, regions and cities) and the given names and surnames of a census. Loaded from
/// the text files of `data/gazetteer/` when a model is trained and stored in the model.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Lexicon {
    places: NameList,
    given: HashSet<String>,
    /// Lowercase surname → frequency band (1: the 1,000 most frequent, 2: the 10,000
    /// most frequent, 3: the rest).
    surnames: HashMap<String, u8>,
    /// The per-word lookups by norm hash ([`Lex::norm`]), built from the lists: bit 0 a
    /// given name, bits 1–2 the surname band, bit 3 a place name starts with the word.
    index: IdMap<u8>,
}

/// Lines of a name list that are not comments or blank.
fn list_lines(text: &str) -> impl Iterator<Item = &str> {
    text.lines()
        .map(str::trim_end)
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
}

impl Lexicon {
    /// Builds the lexicon from the texts of `places.tsv` (name, tab, kind), `given.txt`
    /// and `surnames.txt` (one name per line, most frequent first).
    pub fn parse(places: &str, given: &str, surnames: &str) -> Lexicon {
        let mut lx = Lexicon::default();
        for line in list_lines(places) {
            let name = line.split('\t').next().unwrap_or("").to_lowercase();
            // As written ("winston-salem") and with hyphens split off as treebanks and
            // rapport's tokenizer do ("winston - salem").
            let words: Vec<&str> = name.split_whitespace().collect();
            let mut forms = vec![words.clone()];
            if name.contains('-') {
                forms.push(
                    words
                        .iter()
                        .flat_map(|w| w.split_inclusive('-'))
                        .flat_map(|w| match w.strip_suffix('-') {
                            Some(x) if !x.is_empty() => vec![x, "-"],
                            _ => vec![w],
                        })
                        .collect(),
                );
            }
            for toks in forms {
                if !toks.is_empty() && toks.len() <= MAX_GAZ_TOKENS {
                    lx.places.insert(&toks.join(" "), GazLabel::Loc);
                }
            }
        }
        lx.given = list_lines(given).map(|l| l.trim().to_lowercase()).collect();
        for (rank, l) in list_lines(surnames).enumerate() {
            let band = match rank {
                0..=999 => 1,
                1000..=9999 => 2,
                _ => 3,
            };
            lx.surnames.entry(l.trim().to_lowercase()).or_insert(band);
        }
        lx.reindex();
        lx
    }

    fn reindex(&mut self) {
        let key = |w: &str| str_hash(&lex::norm(w));
        let mut index: IdMap<u8> = IdMap::default();
        for g in &self.given {
            *index.entry(key(g)).or_default() |= 1;
        }
        for (s, band) in &self.surnames {
            *index.entry(key(s)).or_default() |= band << 1;
        }
        for first in &self.places.starts {
            *index.entry(key(first)).or_default() |= 8;
        }
        self.index = index;
    }

    /// Reads the three files from a `data/gazetteer` directory.
    pub fn load(dir: &std::path::Path) -> std::io::Result<Lexicon> {
        let read = |f: &str| {
            std::fs::read_to_string(dir.join(f)).map_err(|e| {
                std::io::Error::new(e.kind(), format!("{}: {e}", dir.join(f).display()))
            })
        };
        Ok(Lexicon::parse(
            &read("places.tsv")?,
            &read("given.txt")?,
            &read("surnames.txt")?,
        ))
    }

    pub fn is_empty(&self) -> bool {
        self.places.is_empty() && self.given.is_empty() && self.surnames.is_empty()
    }

    /// (places, given names, surnames) counts.
    pub fn counts(&self) -> (usize, usize, usize) {
        (self.places.len(), self.given.len(), self.surnames.len())
    }

    /// Per-token evidence: (place-match BILOU code, given name, surname band), given
    /// the lowercase tokens and their lexical properties.
    fn marks(&self, lower: &[String], lex: &[Lex]) -> Vec<(u64, u64, u64)> {
        if self.is_empty() {
            return Vec::new();
        }
        let mut out = vec![(0, 0, 0); lex.len()];
        let mut place = false;
        for (m, l) in out.iter_mut().zip(lex) {
            if let Some(&f) = self.index.get(&l.norm) {
                *m = (0, (f & 1) as u64, ((f >> 1) & 3) as u64);
                place |= f & 8 != 0;
            }
        }
        if place {
            for (m, (p, _)) in out.iter_mut().zip(gaz_marks(lower, &[&self.places])) {
                m.0 = p;
            }
        }
        out
    }

    fn write(&self, w: &mut Writer) {
        let mut places: Vec<&String> = self.places.names.keys().collect();
        places.sort();
        w.u32(places.len() as u32);
        for p in places {
            w.str(p);
        }
        let mut given: Vec<&String> = self.given.iter().collect();
        given.sort();
        w.u32(given.len() as u32);
        for g in given {
            w.str(g);
        }
        let mut surnames: Vec<(&String, &u8)> = self.surnames.iter().collect();
        surnames.sort();
        w.u32(surnames.len() as u32);
        for (s, b) in surnames {
            w.str(s);
            w.u8(*b);
        }
    }

    fn read(r: &mut Reader) -> Result<Lexicon, FormatError> {
        let mut lx = Lexicon::default();
        for _ in 0..r.u32()? {
            lx.places.insert(&r.str()?, GazLabel::Loc);
        }
        for _ in 0..r.u32()? {
            lx.given.insert(r.str()?);
        }
        for _ in 0..r.u32()? {
            let s = r.str()?;
            lx.surnames.insert(s, r.u8()?);
        }
        lx.reindex();
        Ok(lx)
    }
}

/// Per-token gazetteer evidence: (BILOU position code, label code), 0 when none.
fn gaz_marks(lower: &[String], gaz: &[&dyn Gazetteer]) -> Vec<(u64, u64)> {
    let n = lower.len();
    let mut marks = vec![(0u64, 0u64); n];
    for g in gaz {
        let mut i = 0;
        while i < n {
            let mut hit = None;
            if g.may_start(&lower[i]) {
                let mut name = String::new();
                let mut best = None;
                for (j, tok) in lower
                    .iter()
                    .enumerate()
                    .take(n.min(i + MAX_GAZ_TOKENS))
                    .skip(i)
                {
                    if j > i {
                        name.push(' ');
                    }
                    name.push_str(tok);
                    if let Some(l) = g.lookup(&name) {
                        best = Some((j + 1, l));
                    }
                }
                hit = best;
            }
            match hit {
                Some((e, l)) if marks[i..e].iter().all(|m| m.0 == 0) => {
                    for (k, m) in marks[i..e].iter_mut().enumerate() {
                        let pos = if e - i == 1 {
                            4
                        } else if k == 0 {
                            1
                        } else if i + k == e - 1 {
                            3
                        } else {
                            2
                        };
                        *m = (pos, l.code());
                    }
                    i = e;
                }
                _ => i += 1,
            }
        }
    }
    marks
}

fn profiles(m: &IdMap<u8>, lex: &[Lex]) -> Vec<u64> {
    lex.iter()
        .map(|l| m.get(&l.norm).copied().unwrap_or(0) as u64)
        .collect()
}

/// Classes: 0 = O, then B, I, L, U for each label in [`LABELS`] order.
fn class_name(c: usize) -> (char, usize) {
    if c == 0 {
        ('O', 0)
    } else {
        (['B', 'I', 'L', 'U'][(c - 1) % 4], (c - 1) / 4)
    }
}

fn class_of(p: char, label: usize) -> usize {
    1 + label * 4 + "BILU".find(p).unwrap()
}

const NCLASS: usize = 1 + 4 * LABELS.len();

/// Whether class `c` may follow `prev` (None at the start), with `last` telling whether
/// this is the final token.
fn allowed(prev: Option<usize>, c: usize, last: bool) -> bool {
    let (pp, pl) = prev.map_or(('O', 0), class_name);
    let (cp, cl) = class_name(c);
    let inside = pp == 'B' || pp == 'I';
    let ok = if inside {
        (cp == 'I' || cp == 'L') && cl == pl
    } else {
        cp == 'O' || cp == 'B' || cp == 'U'
    };
    ok && !(last && (cp == 'B' || cp == 'I'))
}

/// Sentence context for the features.
struct Ctx<'a> {
    lex: &'a [Lex],
    pos: &'a [u64],
    gaz: &'a [(u64, u64)],
    case: &'a [u64],
    /// Cluster feature values per token; empty without clusters.
    cl: &'a [[u64; LEVELS]],
    /// Lexicon evidence per token ([`Lexicon::marks`]); empty without a lexicon.
    lx: &'a [(u64, u64, u64)],
    /// Syntax per token ([`syntax_values`]); empty without a tree or [`FEAT_SYNTAX`].
    syn: &'a [Syn],
    /// Where each token's binarised vector is in `signs` ([`Signs::range`]); empty
    /// without [`FEAT_SIGNS`].
    sg: &'a [(u32, u16)],
    signs: &'a Signs,
    /// The sentence's casing (see [`sentence_case`]).
    scase: u64,
    /// Optional feature groups ([`FEAT_SENTENCE_CASE`], …).
    flags: u32,
    /// The weight table's size (`1 << bits` rows).
    bits: u32,
}

/// Feature group: the sentence's casing with the token's shape, case profile and tag.
pub const FEAT_SENTENCE_CASE: u32 = 1;
/// Feature group: the [`Lexicon`]'s place names, given names and surnames.
pub const FEAT_LEXICON: u32 = 2;
/// Training and decoding: a structured perceptron over whole sentences, decoded with
/// Viterbi (the previous class is the only history), instead of greedy left to right.
pub const FEAT_VITERBI: u32 = 8;
/// Feature group: the token's place in the parser's tree: its relation and governor, and
/// the preposition and governor of the name it is part of ("in … Kerala", the subject of
/// "said").
pub const FEAT_SYNTAX: u32 = 16;
/// Feature group: the token's binarised word vector ([`Signs`]), one feature per
/// component that stands out.
pub const FEAT_SIGNS: u32 = 32;
/// The feature groups of new models (the sentence-case group did not help on dev; Viterbi
/// decoding is too slow for its gain).
pub const DEFAULT_FEATURES: u32 = FEAT_LEXICON | FEAT_SYNTAX;
/// The file holds a second model, trained on lowercased text, which reads the
/// sentences written without capitals ([`Ner::set_lowercase_model`]).
pub const FEAT_LOWER_MODEL: u32 = 64;

/// How a sentence is cased, from its alphabetic tokens after the first: 1 all lowercase,
/// 2 mostly all-caps, 3 mostly capitalised (a headline), 4 ordinary, 0 too short to tell.
fn sentence_case(lex: &[Lex]) -> u64 {
    let (mut alpha, mut caps, mut title) = (0u32, 0u32, 0u32);
    for l in lex.iter().skip(1) {
        if l.flags & lex::F_ALPHA != 0 {
            alpha += 1;
            caps += (l.flags & F_ALLCAPS != 0) as u32;
            title += (l.flags & F_TITLE != 0) as u32;
        }
    }
    if alpha < 3 {
        0
    } else if caps + title == 0 {
        1
    } else if caps * 5 >= alpha * 3 {
        2
    } else if (caps + title) * 5 >= alpha * 3 {
        3
    } else {
        4
    }
}

#[inline]
fn features(c: &Ctx, i: usize, p1: u64, p2: u64, out: &mut Vec<u32>) {
    out.clear();
    features_part(c, i, p1, p2, PART_ALL, out);
}

/// Which features [`features_part`] adds: those that do not read the previous class,
/// those that do, or both.
const PART_STATIC: u8 = 1;
const PART_DYNAMIC: u8 = 2;
const PART_ALL: u8 = 3;

/// Indices of the base templates that read the previous classes (17–20, 30, 32, 42).
const DYNAMIC_BASE: [usize; 7] = [17, 18, 19, 20, 30, 32, 42];

/// Appends the features of token `i` given the previous classes, the `part` of them
/// asked for.
fn features_part(c: &Ctx, i: usize, p1: u64, p2: u64, part: u8, out: &mut Vec<u32>) {
    let keep = |dynamic: bool| part & if dynamic { PART_DYNAMIC } else { PART_STATIC } != 0;
    let n = c.lex.len();
    let at = |k: isize| -> Option<usize> {
        let j = i as isize + k;
        (j >= 0 && (j as usize) < n).then_some(j as usize)
    };
    let norm = |k| at(k).map_or(NIL.wrapping_add(k as u64), |j| c.lex[j].norm);
    let form = |k| at(k).map_or(NIL.wrapping_add(k as u64), |j| c.lex[j].form);
    let shape = |k| at(k).map_or(NIL.wrapping_add(k as u64), |j| c.lex[j].shape);
    let pos = |k| at(k).map_or(NIL.wrapping_add(k as u64), |j| c.pos[j]);
    let gz = |k| at(k).map_or((NIL, NIL), |j| c.gaz[j]);
    let cap = |k| at(k).map_or(9, |j| (c.lex[j].flags & (F_TITLE | F_ALLCAPS)) as u64);
    let cs = |k| at(k).map_or(9, |j| c.case[j]);
    let l = &c.lex[i];
    let (g0, gl) = gz(0);
    let first = (i == 0) as u64;
    let fs: [u64; 43] = [
        feat(0, 0, 0, 0),
        feat(1, l.norm, 0, 0),
        feat(2, l.form, 0, 0),
        feat(3, l.shape, 0, 0),
        feat(4, l.pre[2], 0, 0),
        feat(5, l.suf[2], 0, 0),
        feat(6, l.suf[3], 0, 0),
        feat(7, l.suf[1], 0, 0),
        feat(8, l.flags as u64, first, 0),
        feat(9, norm(-1), 0, 0),
        feat(10, norm(1), 0, 0),
        feat(11, norm(-2), 0, 0),
        feat(12, norm(2), 0, 0),
        feat(13, shape(-1), l.shape, 0),
        feat(14, l.shape, shape(1), 0),
        feat(15, form(-1), l.form, 0),
        feat(16, l.norm, norm(1), 0),
        feat(17, p1, 0, 0),
        feat(18, p1, p2, 0),
        feat(19, p1, l.norm, 0),
        feat(20, p1, l.shape, 0),
        feat(21, pos(0), 0, 0),
        feat(22, pos(-1), pos(0), 0),
        feat(23, pos(0), pos(1), 0),
        feat(24, pos(0), l.shape, 0),
        feat(25, form(1), 0, 0),
        feat(26, form(-1), 0, 0),
        feat(27, g0, gl, 0),
        feat(28, g0, gl, cap(0)),
        feat(29, gz(1).0, gz(1).1, 0),
        feat(30, gz(-1).0, gz(-1).1, p1),
        feat(31, cap(-1), cap(0), cap(1)),
        feat(32, p1, norm(-1), 0),
        feat(33, first, l.form, 0),
        feat(34, pos(0), l.norm, 0),
        feat(35, l.suf[2], pos(1), 0),
        feat(36, pos(1), pos(2), 0),
        feat(37, pos(-2), pos(-1), 0),
        feat(38, cs(0), cap(0), first),
        feat(39, cs(-1), cs(0), cs(1)),
        feat(40, cs(0), pos(0), 0),
        feat(41, cs(0), g0, gl),
        feat(42, p1, cs(0), cap(0)),
    ];
    if part == PART_ALL {
        out.extend(fs.iter().map(|&h| bucket(h, c.bits)));
    } else {
        out.extend(
            fs.iter()
                .enumerate()
                .filter(|(k, _)| keep(DYNAMIC_BASE.contains(k)))
                .map(|(_, &h)| bucket(h, c.bits)),
        );
    }
    if c.flags & FEAT_SENTENCE_CASE != 0 && keep(false) {
        let more = [
            feat(43, c.scase, cap(0), first),
            feat(44, c.scase, l.shape, 0),
            feat(45, c.scase, cs(0), cap(0)),
            feat(46, c.scase, pos(0), 0),
            feat(47, c.scase, l.norm, 0),
        ];
        out.extend(more.iter().map(|&h| bucket(h, c.bits)));
    }
    if c.flags & FEAT_LEXICON != 0 && !c.lx.is_empty() {
        let lx = |k: isize| at(k).map_or((NIL, NIL, NIL), |j| c.lx[j]);
        let ((pl0, g0, s0), (plm, gm, sm), (plp, gp, sp)) = (lx(0), lx(-1), lx(1));
        let more = [
            feat(60, pl0, 0, 0),
            feat(61, pl0, cap(0), cs(0)),
            feat(62, plm, pl0, plp),
            feat(63, pl0, pos(0), 0),
            feat(64, g0, s0, cap(0)),
            feat(65, gm, s0, cap(0)),
            feat(66, g0, sp, cap(1)),
            feat(67, g0, s0, p1),
            feat(68, gm, sm, p1),
            feat(69, g0, pos(0), cap(0)),
            feat(70, s0, pos(0), cap(0)),
            feat(71, pl0, g0, s0),
            feat(72, pl0, p1, 0),
            feat(73, gp, sp, cap(0)),
        ];
        out.extend(
            more.iter()
                .enumerate()
                .filter(|(k, _)| keep(matches!(k, 7 | 8 | 12)))
                .map(|(_, &h)| bucket(h, c.bits)),
        );
    }
    if c.flags & FEAT_SYNTAX != 0 && !c.syn.is_empty() && keep(false) {
        let y = &c.syn[i];
        let more = [
            feat(80, y.rel, 0, 0),
            feat(81, y.rel, y.gov, 0),
            feat(82, y.case, 0, 0),
            feat(83, y.case, cap(0), 0),
            feat(84, y.prel, y.pgov, 0),
            feat(85, y.prel, cap(0), 0),
            feat(86, y.rel, pos(0), 0),
            feat(87, y.case, y.pgov, 0),
            feat(88, y.phead, 0, 0),
            feat(89, y.phead, cap(0), 0),
        ];
        out.extend(more.iter().map(|&h| bucket(h, c.bits)));
    }
    if !c.sg.is_empty() && keep(false) {
        for (k, t) in [(0isize, 100u64), (-1, 102), (1, 103)] {
            if let Some(j) = at(k) {
                for &code in c.signs.codes_at(c.sg[j]) {
                    out.push(bucket(feat(t, code as u64, 0, 0), c.bits));
                }
            }
        }
    }
    if !c.cl.is_empty() {
        let cl = |k: isize| at(k).map_or([NIL.wrapping_add(k as u64); LEVELS], |j| c.cl[j]);
        let (c0, cm1, cp1) = (cl(0), cl(-1), cl(1));
        let more = [
            feat(50, c0[0], 0, 0),
            feat(51, c0[1], 0, 0),
            feat(52, c0[2], 0, 0),
            feat(53, cm1[0], 0, 0),
            feat(54, cp1[0], 0, 0),
            feat(55, c0[1], l.shape, 0),
            feat(56, p1, c0[1], 0),
            feat(57, cm1[1], c0[1], cp1[1]),
        ];
        out.extend(
            more.iter()
                .enumerate()
                .filter(|(k, _)| keep(*k == 6))
                .map(|(_, &h)| bucket(h, c.bits)),
        );
    }
}

/// A trained recognizer.
pub struct Ner {
    names: NameList,
    lexicon: Lexicon,
    case: IdMap<u8>,
    model: Model,
    clusters: Clusters,
    /// Binarised word vectors, read with [`FEAT_SIGNS`].
    signs: Signs,
    flags: u32,
    /// Subtracted from the score of `O` (in weight units) when decoding: above zero, more
    /// entities are proposed (recall for precision).
    pub o_penalty: f32,
    /// The model for sentences without capitals after their first word, if any.
    lower: Option<Model>,
}

fn cluster_values(clusters: &Clusters, lex: &[Lex]) -> Vec<[u64; LEVELS]> {
    if clusters.is_empty() {
        return Vec::new();
    }
    lex.iter().map(|l| clusters.get(l.norm)).collect()
}

/// A token's syntactic context, as hashes ([`FEAT_SYNTAX`]).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Syn {
    /// The token's relation to its head.
    rel: u64,
    /// The normalised form of its head (or the root).
    gov: u64,
    /// The name phrase's head: the token, or where it hangs by `flat` or `compound`, the
    /// word it hangs on. Its preposition or possessive marker (`case` child), if any…
    case: u64,
    /// …its relation…
    prel: u64,
    /// …its head's normalised form…
    pgov: u64,
    /// …and its own normalised form.
    phead: u64,
}

/// A dependency tree as the recognizer reads it: 1-based heads (0 for the root) and
/// relation labels, one per token.
#[derive(Clone, Copy, Debug)]
pub struct Tree<'a> {
    pub heads: &'a [usize],
    pub labels: &'a [&'a str],
}

/// The [`Syn`] values of every token of a sentence with its tree.
fn syntax_values(lex: &[Lex], tree: Tree) -> Vec<Syn> {
    let n = lex.len();
    if tree.heads.len() != n || tree.labels.len() != n {
        return Vec::new();
    }
    const ROOT_GOV: u64 = NIL + 7;
    const NO_CASE: u64 = NIL + 8;
    let rels: Vec<u64> = tree.labels.iter().map(|l| str_hash(l)).collect();
    let gov = |j: usize| match tree.heads[j] {
        0 => ROOT_GOV,
        h if h <= n => lex[h - 1].norm,
        _ => ROOT_GOV,
    };
    let mut case = vec![NO_CASE; n];
    for (k, l) in tree.labels.iter().enumerate() {
        let h = tree.heads[k];
        if *l == "case" && h >= 1 && h <= n && case[h - 1] == NO_CASE {
            case[h - 1] = lex[k].norm;
        }
    }
    (0..n)
        .map(|i| {
            let mut j = i;
            for _ in 0..6 {
                let h = tree.heads[j];
                let l = tree.labels[j];
                if h == 0 || h > n || !(l == "flat" || l == "compound" || l.starts_with("flat:")) {
                    break;
                }
                j = h - 1;
            }
            Syn {
                rel: rels[i],
                gov: gov(i),
                case: case[j],
                prel: rels[j],
                pgov: gov(j),
                phead: lex[j].norm,
            }
        })
        .collect()
}

fn ctx<'a>(flags: u32, bits: u32, lex: &'a [Lex], p: &'a Prepared, signs: &'a Signs) -> Ctx<'a> {
    Ctx {
        lex,
        pos: &p.pos,
        gaz: &p.gaz,
        case: &p.case,
        cl: &p.cl,
        lx: &p.lx,
        syn: &p.syn,
        sg: &p.sg,
        signs,
        scase: sentence_case(lex),
        flags,
        bits,
    }
}

/// A sentence's inputs to the recognizer's features.
struct Prepared {
    pos: Vec<u64>,
    gaz: Vec<(u64, u64)>,
    case: Vec<u64>,
    cl: Vec<[u64; LEVELS]>,
    lx: Vec<(u64, u64, u64)>,
    syn: Vec<Syn>,
    sg: Vec<(u32, u16)>,
}

impl Ner {
    fn prepare(
        &self,
        tokens: &[&str],
        lex: &[Lex],
        xpos: &[&str],
        tree: Option<Tree>,
        gaz: &[&dyn Gazetteer],
    ) -> Prepared {
        let lower: Vec<String> = tokens.iter().map(|t| t.to_lowercase()).collect();
        let lx = if self.flags & FEAT_LEXICON != 0 {
            self.lexicon.marks(&lower, lex)
        } else {
            Vec::new()
        };
        Prepared {
            pos: xpos.iter().map(|p| str_hash(p)).collect(),
            gaz: gaz_marks(&lower, gaz),
            case: profiles(&self.case, lex),
            cl: cluster_values(&self.clusters, lex),
            lx,
            syn: match tree {
                Some(t) if self.flags & FEAT_SYNTAX != 0 => syntax_values(lex, t),
                _ => Vec::new(),
            },
            sg: if self.flags & FEAT_SIGNS != 0 && !self.signs.is_empty() {
                lex.iter().map(|l| self.signs.range(l.norm)).collect()
            } else {
                Vec::new()
            },
        }
    }

    fn ctx<'a>(&'a self, lex: &'a [Lex], p: &'a Prepared) -> Ctx<'a> {
        ctx(self.flags, self.model.bits(), lex, p, &self.signs)
    }

    fn decode_with(&self, model: &Model, c: &Ctx) -> Vec<usize> {
        let penalty = (self.o_penalty / model.scale()).round() as i32;
        if self.flags & FEAT_VITERBI != 0 {
            return viterbi(c, penalty as f64, |feats, scores: &mut [i32]| {
                model.score(feats, scores)
            });
        }
        decode(c, |feats, scores: &mut [i32]| {
            model.score(feats, scores);
            scores[0] -= penalty;
        })
    }

    /// Recognizes entities, given tokens, their lexical properties and XPOS tags.
    pub(crate) fn recognize_lex(
        &self,
        tokens: &[&str],
        lex: &[Lex],
        xpos: &[&str],
        tree: Option<Tree>,
        extra: Option<&dyn Gazetteer>,
    ) -> Vec<Span> {
        let mut gaz: Vec<&dyn Gazetteer> = vec![&self.names];
        if let Some(g) = extra {
            gaz.push(g);
        }
        let p = self.prepare(tokens, lex, xpos, tree, &gaz);
        let model = match &self.lower {
            Some(m) if sentence_case(lex) == 1 => m,
            _ => &self.model,
        };
        spans_of(&self.decode_with(model, &self.ctx(lex, &p)))
    }

    /// This recognizer, reading the sentences written without capitals after their first
    /// word ("flights to kerala from delhi") with the model of `lower`, trained on such
    /// text, which must read the same features.
    pub fn set_lowercase_model(&mut self, lower: Ner) -> Result<(), FormatError> {
        if lower.flags & !FEAT_LOWER_MODEL != self.flags & !FEAT_LOWER_MODEL
            || lower.model.bits() != self.model.bits()
        {
            return Err(FormatError(
                "the lowercase model reads other features than the recognizer".into(),
            ));
        }
        self.lower = Some(lower.model);
        self.flags |= FEAT_LOWER_MODEL;
        Ok(())
    }

    /// Recognizes entities in a tokenised sentence with its XPOS tags and, for models
    /// with [`FEAT_SYNTAX`], its dependency tree.
    pub fn recognize(
        &self,
        tokens: &[&str],
        xpos: &[&str],
        tree: Option<Tree>,
        extra: Option<&dyn Gazetteer>,
    ) -> Vec<Span> {
        let lex: Vec<Lex> = tokens.iter().map(|t| Lex::new(t)).collect();
        self.recognize_lex(tokens, &lex, xpos, tree, extra)
    }

    /// Whether the model reads the dependency tree ([`FEAT_SYNTAX`]).
    pub fn uses_syntax(&self) -> bool {
        self.flags & FEAT_SYNTAX != 0
    }

    pub fn names(&self) -> &NameList {
        &self.names
    }

    pub fn write(&self, w: &mut Writer) {
        let mut names: Vec<(&String, &GazLabel)> = self.names.names.iter().collect();
        names.sort_by(|a, b| a.0.cmp(b.0));
        w.u32(names.len() as u32);
        for (n, l) in names {
            w.str(n);
            w.u8(l.code() as u8);
        }
        lex::write_profiles(&self.case, w);
        self.model.write(w);
        self.clusters.write(w);
        w.u32(self.flags);
        w.f32(self.o_penalty);
        self.lexicon.write(w);
        if self.flags & FEAT_SIGNS != 0 {
            self.signs.write(w);
        }
        if let Some(m) = &self.lower {
            m.write(w);
        }
    }

    pub fn read(r: &mut Reader) -> Result<Ner, FormatError> {
        let n = r.u32()? as usize;
        let mut names = NameList::default();
        for _ in 0..n {
            let name = r.str()?;
            let l = match r.u8()? {
                1 => GazLabel::Per,
                2 => GazLabel::Org,
                3 => GazLabel::Loc,
                4 => GazLabel::Any,
                _ => return Err(FormatError("bad gazetteer label".into())),
            };
            names.insert(&name, l);
        }
        let case = lex::read_profiles(r)?;
        let model = Model::read(r)?;
        if model.nclass() != NCLASS {
            return Err(FormatError("NER model does not match its classes".into()));
        }
        let clusters = Clusters::read(r)?;
        let flags = r.u32()?;
        let o_penalty = r.f32()?;
        let lexicon = if r.version() >= 3 {
            Lexicon::read(r)?
        } else {
            Lexicon::default()
        };
        let signs = if flags & FEAT_SIGNS != 0 {
            Signs::read(r)?
        } else {
            Signs::default()
        };
        let lower = if flags & FEAT_LOWER_MODEL != 0 {
            let m = Model::read(r)?;
            if m.nclass() != NCLASS || m.bits() != model.bits() {
                return Err(FormatError(
                    "NER lowercase model does not match the recognizer".into(),
                ));
            }
            Some(m)
        } else {
            None
        };
        Ok(Ner {
            lower,
            signs,
            names,
            lexicon,
            case,
            model,
            clusters,
            flags,
            o_penalty,
        })
    }

    /// Drops small weights (see [`Model::prune`]).
    pub fn prune(&mut self, min_abs: f32) {
        self.model.prune(min_abs);
        if let Some(m) = &mut self.lower {
            m.prune(min_abs);
        }
    }

    pub fn model_len(&self) -> usize {
        self.model.len()
    }
}

fn decode<T: PartialOrd + Copy + Default>(
    c: &Ctx,
    mut score: impl FnMut(&[u32], &mut [T]),
) -> Vec<usize> {
    let n = c.lex.len();
    let mut feats = Vec::with_capacity(40);
    let mut scores = [T::default(); NCLASS];
    let mut prev: Option<usize> = None;
    let (mut p1, mut p2) = (NIL, NIL + 1);
    let mut tags = Vec::with_capacity(n);
    for i in 0..n {
        features(c, i, p1, p2, &mut feats);
        score(&feats, &mut scores);
        let t = argmax_by(&scores, |k| allowed(prev, k, i + 1 == n)).unwrap();
        tags.push(t);
        prev = Some(t);
        p2 = p1;
        p1 = t as u64;
    }
    tags
}

/// Every class as a possible previous one.
const EVERY_CLASS: [Option<usize>; NCLASS] = {
    let mut all = [None; NCLASS];
    let mut k = 0;
    while k < NCLASS {
        all[k] = Some(k);
        k += 1;
    }
    all
};

/// The second class back, fixed in first-order (Viterbi) models.
const VITERBI_P2: u64 = NIL + 1;

/// The best well-formed class sequence under `score`, first order: token `i`'s score is
/// that of its features that do not read the history plus those given class `i - 1`.
/// `o_bias` is subtracted from the score of `O` at every token.
fn viterbi<T: Copy + Default + Into<f64>>(
    c: &Ctx,
    o_bias: f64,
    mut score: impl FnMut(&[u32], &mut [T]),
) -> Vec<usize> {
    let n = c.lex.len();
    if n == 0 {
        return Vec::new();
    }
    let mut delta = vec![[f64::NEG_INFINITY; NCLASS]; n];
    let mut back = vec![[0u8; NCLASS]; n];
    let mut feats = Vec::with_capacity(48);
    let mut raw = [T::default(); NCLASS];
    let mut stat = [0f64; NCLASS];
    for i in 0..n {
        let last = i + 1 == n;
        feats.clear();
        features_part(c, i, 0, 0, PART_STATIC, &mut feats);
        score(&feats, &mut raw);
        for (s, r) in stat.iter_mut().zip(&raw) {
            *s = (*r).into();
        }
        stat[0] -= o_bias;
        let prevs: &[Option<usize>] = if i == 0 { &[None] } else { &EVERY_CLASS };
        for &prev in prevs {
            if prev.is_some_and(|p| delta[i - 1][p] == f64::NEG_INFINITY) {
                continue;
            }
            let p1 = prev.map_or(NIL, |p| p as u64);
            feats.clear();
            features_part(c, i, p1, VITERBI_P2, PART_DYNAMIC, &mut feats);
            score(&feats, &mut raw);
            let base = prev.map_or(0.0, |p| delta[i - 1][p]);
            for k in 0..NCLASS {
                if !allowed(prev, k, last) {
                    continue;
                }
                let v = base + stat[k] + raw[k].into();
                if v > delta[i][k] {
                    delta[i][k] = v;
                    back[i][k] = prev.unwrap_or(0) as u8;
                }
            }
        }
    }
    let mut best = (0..NCLASS)
        .max_by(|&a, &b| delta[n - 1][a].total_cmp(&delta[n - 1][b]).then(b.cmp(&a)))
        .unwrap();
    let mut tags = vec![0; n];
    for i in (0..n).rev() {
        tags[i] = best;
        best = back[i][best] as usize;
    }
    tags
}

fn spans_of(tags: &[usize]) -> Vec<Span> {
    let names: Vec<String> = tags
        .iter()
        .map(|&t| {
            let (p, l) = class_name(t);
            if p == 'O' {
                "O".to_string()
            } else {
                format!("{p}-{}", LABELS[l])
            }
        })
        .collect();
    crate::iob::spans_from_bilou(&names)
}

fn gold_classes(n: usize, spans: &[Span]) -> Vec<usize> {
    let mut g = vec![0; n];
    for (s, e, l) in spans {
        let li = LABELS.iter().position(|x| x == l).expect("known label");
        if e - s == 1 {
            g[*s] = class_of('U', li);
        } else {
            g[*s] = class_of('B', li);
            for x in &mut g[s + 1..e - 1] {
                *x = class_of('I', li);
            }
            g[e - 1] = class_of('L', li);
        }
    }
    g
}

/// A training or evaluation sentence: tokens, XPOS tags (predicted, as at run time) and
/// gold spans.
pub struct NerExample {
    pub tokens: Vec<String>,
    pub xpos: Vec<String>,
    pub spans: Vec<Span>,
    /// The sentence's tree as 1-based heads and labels (empty: none).
    pub heads: Vec<usize>,
    pub labels: Vec<String>,
}

impl NerExample {
    fn tree_parts(&self) -> Option<(Vec<&str>, &[usize])> {
        (!self.heads.is_empty()).then(|| {
            (
                self.labels.iter().map(|l| l.as_str()).collect(),
                &self.heads[..],
            )
        })
    }
}

#[derive(Clone, Debug)]
pub struct TrainOptions {
    pub epochs: usize,
    pub seed: u64,
    pub prune: f32,
    /// Optional feature groups ([`DEFAULT_FEATURES`]).
    pub features: u32,
    /// Models trained from different seeds whose weights are averaged (1: one model).
    pub ensemble: usize,
    /// The decoding penalty of `O` ([`Ner::o_penalty`]).
    pub o_penalty: f32,
    /// Public name lists stored in the model and weighed by [`FEAT_LEXICON`].
    pub lexicon: Lexicon,
    /// Feature buckets: 2^bits rows ([`BITS`] by default).
    pub bits: u32,
    /// Binarised word vectors, read with [`FEAT_SIGNS`].
    pub signs: Signs,
}

fn names_of(exs: &[&NerExample]) -> NameList {
    let mut nl = NameList::default();
    for ex in exs {
        for (s, e, l) in &ex.spans {
            let name = ex.tokens[*s..*e]
                .iter()
                .map(|t| t.to_lowercase())
                .collect::<Vec<_>>()
                .join(" ");
            nl.insert(&name, GazLabel::from_label(l));
        }
    }
    nl
}

/// Trains the recognizer, printing dev F1 per epoch.
/// `case` gives the case profiles (see [`lex::case_profiles`]) from the training text.
pub fn train(
    train: &[NerExample],
    dev: &[NerExample],
    case: IdMap<u8>,
    opts: &TrainOptions,
    log: &mut dyn FnMut(String),
) -> Ner {
    train_clustered(train, dev, case, Clusters::default(), opts, log)
}

/// A training sentence's feature inputs and gold classes.
struct TrainSent {
    lex: Vec<Lex>,
    p: Prepared,
    gold: Vec<usize>,
}

/// Trains one averaged (and seed-ensembled) perceptron on the sentences `idx` of `sents`,
/// `epoch_done` sees each epoch's frozen model.
fn fit(
    flags: u32,
    sents: &[TrainSent],
    idx: &[usize],
    opts: &TrainOptions,
    members: usize,
    mut epoch_done: impl FnMut(usize, Model),
) -> Model {
    let mut trainers = Trainer::many(members, NCLASS, opts.bits);
    let (mut rngs, mut orders) = member_streams(members, opts.seed, idx);
    let mut feats = Vec::new();
    let mut scores = [0f32; NCLASS];
    let mut model = Model::empty(NCLASS, opts.bits);
    for epoch in 1..=opts.epochs {
        for ((trainer, rng), order) in trainers.iter_mut().zip(&mut rngs).zip(&mut orders) {
            rng.shuffle(order);
            for &k in order.iter() {
                let t = &sents[k];
                let c = ctx(flags, opts.bits, &t.lex, &t.p, &opts.signs);
                if flags & FEAT_VITERBI != 0 {
                    structured_update(trainer, &c, &t.gold, &mut feats);
                    continue;
                }
                let n = t.lex.len();
                let mut prev = None;
                let (mut p1, mut p2) = (NIL, NIL + 1);
                for (i, &g) in t.gold.iter().enumerate() {
                    features(&c, i, p1, p2, &mut feats);
                    trainer.score(&feats, &mut scores);
                    let guess = argmax_by(&scores, |x| allowed(prev, x, i + 1 == n)).unwrap();
                    trainer.tick();
                    trainer.update(&feats, g, guess);
                    // Condition on the gold history (measured better on dev than the
                    // predicted one, which lets early errors feed on themselves).
                    prev = Some(g);
                    p2 = p1;
                    p1 = g as u64;
                }
            }
        }
        let refs: Vec<&Trainer> = trainers.iter().collect();
        model = Trainer::freeze_mean(&refs, opts.prune);
        epoch_done(epoch, model.clone());
    }
    model
}

/// One structured-perceptron step on a sentence: Viterbi under the current weights, then,
/// where the predicted sequence differs from the gold one, weight moves from the
/// predicted classes (and transitions) to the gold ones.
fn structured_update(trainer: &mut Trainer, c: &Ctx, gold: &[usize], feats: &mut Vec<u32>) {
    let pred = viterbi(c, 0.0, |f, out: &mut [f32]| trainer.score(f, out));
    trainer.tick();
    if pred == gold {
        return;
    }
    let prev = |tags: &[usize], i: usize| if i == 0 { NIL } else { tags[i - 1] as u64 };
    for i in 0..gold.len() {
        let (gp, pp) = (prev(gold, i), prev(&pred, i));
        if gold[i] != pred[i] {
            feats.clear();
            features_part(c, i, 0, 0, PART_STATIC, feats);
            trainer.update(feats, gold[i], pred[i]);
        }
        if gold[i] != pred[i] || gp != pp {
            feats.clear();
            features_part(c, i, gp, VITERBI_P2, PART_DYNAMIC, feats);
            trainer.adjust(feats, gold[i], 1.0);
            feats.clear();
            features_part(c, i, pp, VITERBI_P2, PART_DYNAMIC, feats);
            trainer.adjust(feats, pred[i], -1.0);
        }
    }
}

/// [`train`] with word-cluster features.
pub fn train_clustered(
    train: &[NerExample],
    dev: &[NerExample],
    case: IdMap<u8>,
    clusters: Clusters,
    opts: &TrainOptions,
    log: &mut dyn FnMut(String),
) -> Ner {
    // Two-fold gazetteers: each half sees the other half's names.
    let half_a: Vec<&NerExample> = train.iter().step_by(2).collect();
    let half_b: Vec<&NerExample> = train.iter().skip(1).step_by(2).collect();
    let (names_a, names_b) = (names_of(&half_a), names_of(&half_b));
    let all: Vec<&NerExample> = train.iter().collect();
    let mut ner = Ner {
        names: names_of(&all),
        lexicon: opts.lexicon.clone(),
        case,
        model: Model::empty(NCLASS, BITS),
        clusters,
        signs: opts.signs.clone(),
        flags: opts.features,
        o_penalty: opts.o_penalty,
        lower: None,
    };
    let sents: Vec<TrainSent> = train
        .iter()
        .enumerate()
        .map(|(k, ex)| {
            let lex: Vec<Lex> = ex.tokens.iter().map(|t| Lex::new(t)).collect();
            let toks: Vec<&str> = ex.tokens.iter().map(|t| t.as_str()).collect();
            let xpos: Vec<&str> = ex.xpos.iter().map(|t| t.as_str()).collect();
            let other: &dyn Gazetteer = if k % 2 == 0 { &names_b } else { &names_a };
            let parts = ex.tree_parts();
            let tree = parts.as_ref().map(|(labels, heads)| Tree { heads, labels });
            TrainSent {
                p: ner.prepare(&toks, &lex, &xpos, tree, &[other]),
                lex,
                gold: gold_classes(ex.tokens.len(), &ex.spans),
            }
        })
        .collect();
    let members = opts.ensemble.max(1);
    let idx: Vec<usize> = (0..sents.len()).collect();
    let model = fit(ner.flags, &sents, &idx, opts, members, |epoch, m| {
        ner.model = m;
        let f = f1(&ner, dev, None);
        log(format!(
            "ner epoch {epoch}: dev p {:.4} r {:.4} f1 {:.4}",
            f.precision, f.recall, f.f1
        ));
    });
    ner.model = model;
    ner
}

/// Exact-match span scores (span and type must both match).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct SpanScores {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

pub fn span_scores(gold: &[Vec<Span>], pred: &[Vec<Span>]) -> SpanScores {
    let (mut tp, mut np, mut ng) = (0usize, 0usize, 0usize);
    for (g, p) in gold.iter().zip(pred) {
        ng += g.len();
        np += p.len();
        tp += p.iter().filter(|s| g.contains(s)).count();
    }
    let precision = if np == 0 { 0.0 } else { tp as f64 / np as f64 };
    let recall = if ng == 0 { 0.0 } else { tp as f64 / ng as f64 };
    let f1 = if tp == 0 {
        0.0
    } else {
        2.0 * precision * recall / (precision + recall)
    };
    SpanScores {
        precision,
        recall,
        f1,
    }
}

pub fn f1(ner: &Ner, exs: &[NerExample], extra: Option<&dyn Gazetteer>) -> SpanScores {
    let gold: Vec<Vec<Span>> = exs.iter().map(|e| e.spans.clone()).collect();
    let pred: Vec<Vec<Span>> = exs
        .iter()
        .map(|e| {
            let t: Vec<&str> = e.tokens.iter().map(|s| s.as_str()).collect();
            let x: Vec<&str> = e.xpos.iter().map(|s| s.as_str()).collect();
            let parts = e.tree_parts();
            let tree = parts.as_ref().map(|(labels, heads)| Tree { heads, labels });
            ner.recognize(&t, &x, tree, extra)
        })
        .collect();
    span_scores(&gold, &pred)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::{Reader, Writer};

    fn ex(tokens: &str, xpos: &str, spans: &[(usize, usize, &str)]) -> NerExample {
        NerExample {
            tokens: tokens.split(' ').map(String::from).collect(),
            xpos: xpos.split(' ').map(String::from).collect(),
            spans: spans
                .iter()
                .map(|(s, e, l)| (*s, *e, l.to_string()))
                .collect(),
            heads: Vec::new(),
            labels: Vec::new(),
        }
    }

    fn toy() -> Vec<NerExample> {
        vec![
            ex(
                "Hamid Karzai visited Kabul .",
                "NNP NNP VBD NNP .",
                &[(0, 2, "PER"), (3, 4, "LOC")],
            ),
            ex(
                "The Taliban attacked Herat .",
                "DT NNP VBD NNP .",
                &[(1, 2, "ORG"), (3, 4, "LOC")],
            ),
            ex(
                "Ashraf Ghani met NATO in Doha .",
                "NNP NNP VBD NNP IN NNP .",
                &[(0, 2, "PER"), (3, 4, "ORG"), (5, 6, "LOC")],
            ),
            ex("He said nothing .", "PRP VBD NN .", &[]),
            ex(
                "Abdullah Abdullah left Kandahar .",
                "NNP NNP VBD NNP .",
                &[(0, 2, "PER"), (3, 4, "LOC")],
            ),
            ex(
                "The Pentagon funded Hezbollah .",
                "DT NNP VBD NNP .",
                &[(1, 2, "ORG"), (3, 4, "ORG")],
            ),
        ]
    }

    #[test]
    fn bilou_constraints() {
        let b_per = class_of('B', 0);
        let l_per = class_of('L', 0);
        let i_org = class_of('I', 1);
        assert!(allowed(None, b_per, false));
        assert!(!allowed(None, b_per, true));
        assert!(!allowed(None, i_org, false));
        assert!(allowed(Some(b_per), l_per, true));
        assert!(!allowed(Some(b_per), 0, false));
        assert!(!allowed(Some(b_per), i_org, false));
        assert!(allowed(Some(l_per), 0, false));
        assert_eq!(
            spans_of(&[b_per, l_per, 0]),
            vec![(0, 2, "PER".to_string())]
        );
    }

    #[test]
    fn gazetteer_marks_longest_matches() {
        let mut g = NameList::default();
        g.insert("islamic state", GazLabel::Org);
        g.insert("state", GazLabel::Any);
        g.insert("iran", GazLabel::Loc);
        let lower: Vec<String> = "the islamic state and iran"
            .split(' ')
            .map(String::from)
            .collect();
        let m = gaz_marks(&lower, &[&g]);
        assert_eq!(m[0], (0, 0));
        assert_eq!(m[1], (1, GazLabel::Org.code()));
        assert_eq!(m[2], (3, GazLabel::Org.code()));
        assert_eq!(m[4], (4, GazLabel::Loc.code()));
        let set: HashSet<String> = ["and iran".to_string()].into_iter().collect();
        let m = gaz_marks(&lower, &[&set]);
        assert_eq!(m[3], (1, GazLabel::Any.code()));
    }

    /// Ten epochs of one unpruned model, the options of these tests' toy corpora.
    fn toy_options(seed: u64, features: u32, lexicon: Lexicon) -> TrainOptions {
        TrainOptions {
            epochs: 10,
            seed,
            prune: 0.0,
            features,
            ensemble: 1,
            o_penalty: 0.0,
            signs: Default::default(),
            lexicon,
            bits: BITS,
        }
    }

    fn small_lexicon() -> Lexicon {
        Lexicon::parse(
            "# name\tkind\nWinston-Salem\tcity\nNew York\tstate\nDenver\tcity\nBoston\tcity\nDoha\tcity\nLagos\tcity\nQuito\tcity\nOslo\tcity\nPerth\tcity\n",
            "# given names\nMary\nLinda\nJohn\nPeter\nSusan\nKaren\nPaul\nJames\n",
            "# surnames\nSmith\nJohnson\n",
        )
    }

    #[test]
    fn lexicon_reads_lists_and_marks_tokens() {
        let lx = small_lexicon();
        assert_eq!(lx.counts(), (10, 8, 2));
        let lower = |t: &str| t.split(' ').map(str::to_lowercase).collect::<Vec<_>>();
        let marks = |lx: &Lexicon, t: &str| {
            let lex: Vec<Lex> = t.split(' ').map(Lex::new).collect();
            lx.marks(&lower(t), &lex)
        };
        // Hyphenated place names match as written and with the hyphen split off.
        let m = marks(&lx, "Mary SMITH left Winston - Salem for new york");
        assert_eq!(m[0], (0, 1, 0));
        assert_eq!(m[1], (0, 0, 1));
        assert_eq!(m[2], (0, 0, 0));
        assert_eq!((m[3].0, m[4].0, m[5].0), (1, 2, 3));
        assert_eq!((m[7].0, m[8].0), (1, 3));
        assert_eq!(marks(&lx, "winston-salem")[0].0, 4);
        // A surname's band follows its rank.
        let mut many = String::new();
        for k in 0..1500 {
            many.push_str(&format!("Name{k}\n"));
        }
        let lx = Lexicon::parse("", "", &many);
        let bands: Vec<u64> = marks(&lx, "name0 name999 name1000 name1499 other")
            .iter()
            .map(|m| m.2)
            .collect();
        assert_eq!(bands, [1, 1, 2, 2, 0]);
        assert!(Lexicon::load(std::path::Path::new("/nonexistent/dir"))
            .unwrap_err()
            .to_string()
            .contains("places.tsv"));
    }

    #[test]
    fn lexicon_features_type_unseen_names() {
        // The same context for people and places: only the lists tell them apart.
        let mut data = Vec::new();
        for (name, label) in [
            ("Mary", "PER"),
            ("Denver", "LOC"),
            ("John", "PER"),
            ("Boston", "LOC"),
            ("Peter", "PER"),
            ("Doha", "LOC"),
            ("Susan", "PER"),
            ("Lagos", "LOC"),
        ] {
            for ctx in ["We remember {} well .", "They talked about {} again ."] {
                let text = ctx.replace("{}", name);
                let at = ctx.split(' ').position(|w| w == "{}").unwrap();
                let xpos = vec!["X"; text.split(' ').count()].join(" ");
                data.push(ex(&text, &xpos, &[(at, at + 1, label)]));
            }
        }
        let opts = toy_options(3, FEAT_LEXICON, small_lexicon());
        let ner = train(&data, &data, IdMap::default(), &opts, &mut |_| {});
        let xp = ["X"; 5];
        for (name, label) in [
            ("Karen", "PER"),
            ("Quito", "LOC"),
            ("Paul", "PER"),
            ("Oslo", "LOC"),
        ] {
            let toks = ["We", "remember", name, "well", "."];
            assert_eq!(
                ner.recognize(&toks, &xp, None, None),
                vec![(2, 3, label.to_string())],
                "{name}"
            );
        }
    }

    const TOY_HEADS: [usize; 8] = [4, 4, 4, 7, 4, 7, 0, 7];
    const TOY_LABELS: [&str; 8] = [
        "case", "det", "amod", "obl", "flat", "nsubj", "root", "punct",
    ];

    #[test]
    fn syntax_values_follow_flat_and_compound_to_the_phrase_head() {
        let toks = ["in", "the", "famous", "Baba", "Ghor", "they", "spoke", "."];
        let lex: Vec<Lex> = toks.iter().map(|t| Lex::new(t)).collect();
        let tree = Tree {
            heads: &TOY_HEADS,
            labels: &TOY_LABELS,
        };
        let syn = syntax_values(&lex, tree);
        assert_eq!(syn.len(), 8);
        // "Ghor" hangs on "Baba" by flat: both read the phrase's preposition "in", its
        // relation (obl) and governor ("spoke").
        for i in [3, 4] {
            assert_eq!(syn[i].case, lex[0].norm, "{i}");
            assert_eq!(syn[i].prel, str_hash("obl"));
            assert_eq!(syn[i].pgov, lex[6].norm);
            assert_eq!(syn[i].phead, lex[3].norm);
        }
        assert_eq!(syn[4].rel, str_hash("flat"));
        assert_eq!(syn[4].gov, lex[3].norm);
        // a word without a case child, and a tree that does not fit, give nothing
        assert_ne!(syn[5].case, lex[0].norm);
        let short = Tree {
            heads: &TOY_HEADS[..3],
            labels: &TOY_LABELS[..3],
        };
        assert!(syntax_values(&lex, short).is_empty());
    }

    #[test]
    fn syntax_features_type_names_by_their_distant_preposition() {
        // "in the famous X Y …" is a place and "with the famous X Y …" a person: the
        // preposition is three words before the name, out of reach of the word window,
        // and only the tree links them.
        let names = [
            ("Baba", "Ghor"),
            ("Lila", "Marsh"),
            ("Tomas", "Vell"),
            ("Ana", "Korr"),
            ("Ivo", "Brant"),
            ("Mira", "Sol"),
            ("Kato", "Lum"),
            ("Esra", "Dane"),
        ];
        let mut data = Vec::new();
        for (a, b) in names {
            // every name in both contexts, so the names themselves tell nothing (and the
            // two-fold name lists, where the last label of a name wins, mark each as PER)
            for (prep, label) in [
                ("in", "LOC"),
                ("in", "LOC"),
                ("with", "PER"),
                ("with", "PER"),
            ] {
                let text = format!("{prep} the famous {a} {b} they spoke .");
                let mut e = ex(&text, "IN DT JJ NNP NNP PRP VBD .", &[(3, 5, label)]);
                e.heads = TOY_HEADS.to_vec();
                e.labels = TOY_LABELS.iter().map(|l| l.to_string()).collect();
                data.push(e);
            }
        }
        let opts = toy_options(3, FEAT_SYNTAX, Lexicon::default());
        let ner = train(&data, &data, IdMap::default(), &opts, &mut |_| {});
        assert!(ner.uses_syntax());
        let xp = ["IN", "DT", "JJ", "NNP", "NNP", "PRP", "VBD", "."];
        let tree = Tree {
            heads: &TOY_HEADS,
            labels: &TOY_LABELS,
        };
        for (prep, label) in [("in", "LOC"), ("with", "PER")] {
            let toks = [prep, "the", "famous", "Odo", "Rask", "they", "spoke", "."];
            assert_eq!(
                ner.recognize(&toks, &xp, Some(tree), None),
                vec![(3, 5, label.to_string())],
                "{prep}"
            );
        }
        // the flag survives the model file
        let mut w = Writer::new("ner");
        ner.write(&mut w);
        let back = Ner::read(&mut Reader::new(&w.buf, "ner").unwrap()).unwrap();
        assert!(back.uses_syntax());
    }

    #[test]
    fn viterbi_training_learns_toy_entities_and_decodes_well_formed_spans() {
        let data = toy();
        let opts = toy_options(5, FEAT_VITERBI, Lexicon::default());
        let case = lex::case_profiles(
            data.iter()
                .map(|e| e.tokens.iter().map(|t| t.as_str()).collect()),
        );
        let ner = train(&data, &data, case, &opts, &mut |_| {});
        assert_eq!(f1(&ner, &data, None).f1, 1.0);
        // Whatever the weights, the decoded classes form a well-formed BILOU sequence.
        let toks = ["Hamid", "Karzai", "met", "Ashraf", "Ghani", "in", "Kabul"];
        let xp = ["NNP", "NNP", "VBD", "NNP", "NNP", "IN", "NNP"];
        let lex: Vec<Lex> = toks.iter().map(|t| Lex::new(t)).collect();
        let p = ner.prepare(&toks, &lex, &xp, None, &[]);
        let c = ner.ctx(&lex, &p);
        let mut k = 0u32;
        let tags = viterbi(&c, 0.0, |_, out: &mut [f32]| {
            // Arbitrary scores that would favour ill-formed sequences greedily.
            for (j, o) in out.iter_mut().enumerate() {
                k = k.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                *o = ((k >> 16) % 100) as f32 + if j % 4 == 2 { 50.0 } else { 0.0 };
            }
        });
        let mut prev = None;
        for (i, &t) in tags.iter().enumerate() {
            assert!(allowed(prev, t, i + 1 == tags.len()), "{tags:?}");
            prev = Some(t);
        }
        assert_eq!(
            ner.recognize(&toks, &xp, None, None),
            vec![
                (0, 2, "PER".to_string()),
                (3, 5, "PER".to_string()),
                (6, 7, "LOC".to_string())
            ]
        );
    }

    #[test]
    fn learns_toy_entities_and_round_trips() {
        let data = toy();
        let opts = toy_options(5, FEAT_SENTENCE_CASE | FEAT_LEXICON, small_lexicon());
        let mut log = Vec::new();
        let case = lex::case_profiles(
            data.iter()
                .map(|e| e.tokens.iter().map(|t| t.as_str()).collect()),
        );
        let ner = train(&data, &data, case, &opts, &mut |l| log.push(l));
        assert_eq!(log.len(), 10);
        assert_eq!(f1(&ner, &data, None).f1, 1.0);
        assert!(ner.names().len() >= 10);
        let mut w = Writer::new("ner");
        ner.write(&mut w);
        let mut r = Reader::new(&w.buf, "ner").unwrap();
        let ner2 = Ner::read(&mut r).unwrap();
        r.end().unwrap();
        assert_eq!(ner2.names(), ner.names());
        assert_eq!(ner2.lexicon, ner.lexicon);
        assert!(!ner2.lexicon.is_empty());
        let toks = ["Hamid", "Karzai", "visited", "Doha", "."];
        let xp = ["NNP", "NNP", "VBD", "NNP", "."];
        assert_eq!(
            ner2.recognize(&toks, &xp, None, None),
            ner.recognize(&toks, &xp, None, None)
        );
        assert_eq!(
            span_scores(
                &[vec![(0, 2, "PER".into())]],
                &[vec![(0, 2, "PER".into()), (3, 4, "LOC".into())]]
            ),
            SpanScores {
                precision: 0.5,
                recall: 1.0,
                f1: 2.0 / 3.0
            }
        );
    }

    #[test]
    fn sentences_without_capitals_go_to_the_lowercase_model() {
        let data = toy();
        // the lowercase model learns the same sentences written without capitals, and
        // one thing the cased model never sees: "herat" alone names no place
        let mut lowered: Vec<NerExample> = data
            .iter()
            .map(|e| NerExample {
                tokens: e.tokens.iter().map(|t| t.to_lowercase()).collect(),
                xpos: e.xpos.clone(),
                spans: e.spans.clone(),
                heads: Vec::new(),
                labels: Vec::new(),
            })
            .collect();
        for e in &mut lowered {
            e.spans.retain(|s| e.tokens[s.0] != "herat");
        }
        let opts = toy_options(5, FEAT_LEXICON, small_lexicon());
        let case = || {
            lex::case_profiles(
                data.iter()
                    .map(|e| e.tokens.iter().map(|t| t.as_str()).collect()),
            )
        };
        let mut ner = train(&data, &data, case(), &opts, &mut |_| {});
        let lower = train(&lowered, &lowered, case(), &opts, &mut |_| {});
        let xp = ["DT", "NNP", "VBD", "NNP", "."];
        let cased = ["The", "Taliban", "attacked", "Herat", "."];
        let plain = ["the", "taliban", "attacked", "herat", "."];
        let before = ner.recognize(&plain, &xp, None, None);
        assert!(before.iter().any(|s| s.0 == 3), "{before:?}");
        ner.set_lowercase_model(lower).unwrap();
        assert_eq!(
            ner.recognize(&plain, &xp, None, None),
            [(1, 2, "ORG".into())]
        );
        // a cased sentence still goes to the cased model
        assert!(ner
            .recognize(&cased, &xp, None, None)
            .contains(&(3, 4, "LOC".into())));
        // and both survive the file
        let mut w = Writer::new("ner");
        ner.write(&mut w);
        let mut r = Reader::new(&w.buf, "ner").unwrap();
        let ner2 = Ner::read(&mut r).unwrap();
        r.end().unwrap();
        assert_eq!(
            ner2.recognize(&plain, &xp, None, None),
            ner.recognize(&plain, &xp, None, None)
        );
        assert_eq!(
            ner2.recognize(&cased, &xp, None, None),
            ner.recognize(&cased, &xp, None, None)
        );
        // a lowercase model that reads other features is refused
        let other = TrainOptions {
            features: FEAT_LEXICON | FEAT_SENTENCE_CASE,
            ..opts.clone()
        };
        let odd = train(&lowered, &lowered, case(), &other, &mut |_| {});
        assert!(ner2.lower.is_some());
        let mut fresh = train(&data, &data, case(), &opts, &mut |_| {});
        assert!(fresh.set_lowercase_model(odd).is_err());
    }

    #[test]
    fn binarised_vectors_type_unseen_words_by_the_words_they_resemble() {
        // The context never tells a place from a person here; only the words do, and the
        // unseen ones ("mosul", "barzani") only by their binarised vectors.
        let signs = Signs::parse(
            "kabul\t000204\nherat\t000206\ndoha\t000204\nmosul\t000206\n\
             karzai\t010305\nghani\t010307\nbarzani\t010305\n",
        )
        .unwrap();
        let mut data = Vec::new();
        for _ in 0..3 {
            for (w, l) in [
                ("kabul", "LOC"),
                ("herat", "LOC"),
                ("doha", "LOC"),
                ("karzai", "PER"),
                ("ghani", "PER"),
            ] {
                data.push(ex(&format!("they met {w} ."), "PRP VBD NN .", &[(2, 3, l)]));
            }
            data.push(ex("they met them .", "PRP VBD PRP .", &[]));
        }
        let opts = |features| TrainOptions {
            signs: signs.clone(),
            ..toy_options(5, features, Lexicon::default())
        };
        let case = lex::case_profiles(
            data.iter()
                .map(|e| e.tokens.iter().map(|t| t.as_str()).collect()),
        );
        let ner = train(&data, &[], case.clone(), &opts(FEAT_SIGNS), &mut |_| {});
        let xp = ["PRP", "VBD", "NN", "."];
        let found = |ner: &Ner, w: &str| ner.recognize(&["they", "met", w, "."], &xp, None, None);
        assert_eq!(found(&ner, "mosul"), vec![(2, 3, "LOC".to_string())]);
        assert_eq!(found(&ner, "barzani"), vec![(2, 3, "PER".to_string())]);
        // Without the feature group the two unseen words cannot both be typed right.
        let plain = train(&data, &[], case, &opts(0), &mut |_| {});
        assert!(
            found(&plain, "mosul") != vec![(2, 3, "LOC".to_string())]
                || found(&plain, "barzani") != vec![(2, 3, "PER".to_string())]
        );
        // The table travels in the model file.
        let mut w = Writer::new("ner");
        ner.write(&mut w);
        let mut r = Reader::new(&w.buf, "ner").unwrap();
        let back = Ner::read(&mut r).unwrap();
        r.end().unwrap();
        assert_eq!(back.signs, ner.signs);
        assert_eq!(found(&back, "mosul"), found(&ner, "mosul"));
    }
}
