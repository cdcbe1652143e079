//! Part-of-speech tagger: a greedy, left-to-right averaged perceptron over joint
//! `UPOS`+`XPOS` classes, with the classic features (word, affixes, shape, neighbouring
//! words and their ambiguity classes, the two previous tags) and a tag dictionary that
//! assigns frequent unambiguous words their tag directly.

use std::collections::HashMap;

use crate::clusters::Clusters;
use crate::conllu::Sentence;
use crate::hash::{bucket, feat, mix, str_hash};
use crate::io::{FormatError, Reader, Writer};
use crate::lex::{self, Lex};
use crate::perceptron::{argmax_by, member_streams, Model, Trainer};
use crate::IdMap;

/// Default size of the hashed weight tables (`1 << BITS` rows).
pub const BITS: u32 = 20;
/// Irregular past forms that are also nouns or adjectives, for the verbless repair.
const IRREGULAR_PAST: [&str; 39] = [
    "shot",
    "hit",
    "struck",
    "led",
    "fled",
    "sent",
    "fought",
    "held",
    "met",
    "cut",
    "put",
    "won",
    "lost",
    "sold",
    "bought",
    "overran",
    "froze",
    "withheld",
    "took",
    "gave",
    "shut",
    "retook",
    "withdrew",
    "overtook",
    "drove",
    "swept",
    "began",
    "broke",
    "stole",
    "blew",
    "sank",
    "undertook",
    "oversaw",
    "drew",
    "overthrew",
    "threw",
    "sought",
    "caught",
    "brought",
];

/// Verbs of saying that close a sentence with their source ("…, officials said.").
const SPEECH_PAST: [&str; 10] = [
    "said",
    "says",
    "told",
    "added",
    "reported",
    "announced",
    "stated",
    "confirmed",
    "wrote",
    "reports",
];

/// The hashes and suffixes of the words the repairs read, computed once.
struct RepairWords {
    singular: [u64; 3],
    s: Lex,
    ss: Lex,
    ed: Lex,
    irregular_past: [u64; IRREGULAR_PAST.len()],
    object_relative: [u64; 2],
    relative: [u64; 4],
    speech: [u64; 10],
    reporting: [u64; 9],
    that: u64,
    naming: [u64; 8],
    military: u64,
    clause_join: [u64; 2],
    intransitive_past: [u64; 14],
    into: u64,
    subordinators: [u64; 12],
}

fn repair_words() -> &'static RepairWords {
    static WORDS: std::sync::OnceLock<RepairWords> = std::sync::OnceLock::new();
    WORDS.get_or_init(|| RepairWords {
        singular: ["he", "she", "it"].map(|w| Lex::new(w).norm),
        s: Lex::new("s"),
        ss: Lex::new("ss"),
        ed: Lex::new("ed"),
        irregular_past: IRREGULAR_PAST.map(|w| Lex::new(w).norm),
        object_relative: ["which", "whom"].map(|w| Lex::new(w).norm),
        relative: ["which", "who", "whom", "whose"].map(|w| Lex::new(w).norm),
        speech: SPEECH_PAST.map(|w| Lex::new(w).norm),
        reporting: [
            "said", "says", "say", "claimed", "claims", "alleged", "insisted", "stated", "added",
        ]
        .map(|w| Lex::new(w).norm),
        that: Lex::new("that").norm,
        military: Lex::new("military").norm,
        clause_join: ["and", "but"].map(|w| Lex::new(w).norm),
        into: Lex::new("into").norm,
        subordinators: [
            "after", "before", "when", "because", "since", "until", "while", "although", "though",
            "once", "unless", "whereas",
        ]
        .map(|w| Lex::new(w).norm),
        intransitive_past: [
            "demonstrated",
            "protested",
            "rallied",
            "marched",
            "gathered",
            "retreated",
            "advanced",
            "arrived",
            "returned",
            "clashed",
            "rioted",
            "mutinied",
            "defected",
            "landed",
        ]
        .map(|w| Lex::new(w).norm),
        naming: [
            "named",
            "called",
            "dubbed",
            "nicknamed",
            "titled",
            "based",
            "armed",
            "used",
        ]
        .map(|w| Lex::new(w).norm),
    })
}

const START: u64 = 0xffff_0001;
const START2: u64 = 0xffff_0002;
const END: u64 = 0xffff_0003;
const END2: u64 = 0xffff_0004;

/// Frequent unambiguous words: seen at least this often…
const DICT_MIN_FREQ: u32 = 20;
/// …with this share of their occurrences under one tag.
const DICT_MIN_SHARE: f64 = 0.97;
/// Words seen at least this often get an ambiguity class (their set of frequent tags).
const AMB_MIN_FREQ: u32 = 3;
const AMB_MIN_SHARE: f64 = 0.05;

/// A trained tagger.
pub struct Tagger {
    /// Joint classes as `(UPOS, XPOS)`.
    classes: Vec<(String, String)>,
    /// Frequent unambiguous words, by the hash of their form.
    tagdict: IdMap<u8>,
    amb: IdMap<u64>,
    case: IdMap<u8>,
    model: Model,
    /// The second pass, which also sees the first pass's tags to the right.
    second: Option<Model>,
    /// First-pass margin (in weight units) from which a word keeps its first-pass tag.
    pub second_pass_margin: f32,
    /// Word clusters (empty: no cluster features).
    clusters: Clusters,
}

/// Default [`Tagger::second_pass_margin`].
pub const SECOND_PASS_MARGIN: f32 = 4.0;

/// Per-sentence context the features read: lexical hashes and ambiguity classes.
pub(crate) struct Ctx<'a> {
    pub lex: &'a [Lex],
    pub amb: Vec<u64>,
    pub case: Vec<u64>,
    /// Cluster feature values per word (see [`Clusters::get`]); empty without clusters.
    pub cl: Vec<[u64; crate::clusters::LEVELS]>,
    pub bits: u32,
}

fn amb_of(amb: &IdMap<u64>, l: &Lex) -> u64 {
    amb.get(&l.norm).copied().unwrap_or(0)
}

#[inline]
fn features(c: &Ctx, i: usize, p1: u64, p2: u64, pass1: Option<&[u8]>, out: &mut Vec<u32>) {
    let bits = c.bits;
    out.clear();
    let n = c.lex.len();
    let w = |k: isize| -> u64 {
        let j = i as isize + k;
        if j < 0 {
            if j == -1 {
                START
            } else {
                START2
            }
        } else if j as usize >= n {
            if j as usize == n {
                END
            } else {
                END2
            }
        } else {
            c.lex[j as usize].norm
        }
    };
    let a = |k: isize| -> u64 {
        let j = i as isize + k;
        if j < 0 || j as usize >= n {
            START
        } else {
            c.amb[j as usize]
        }
    };
    let suf3 = |k: isize| -> u64 {
        let j = i as isize + k;
        if j < 0 || j as usize >= n {
            START
        } else {
            c.lex[j as usize].suf[2]
        }
    };
    let shape = |k: isize| -> u64 {
        let j = i as isize + k;
        if j < 0 || j as usize >= n {
            START
        } else {
            c.lex[j as usize].shape
        }
    };
    let l = &c.lex[i];
    let first = (i == 0) as u64;
    let cs = |k: isize| -> u64 {
        let j = i as isize + k;
        if j < 0 || j as usize >= n {
            9
        } else {
            c.case[j as usize]
        }
    };
    let fs: [u64; 39] = [
        feat(0, 0, 0, 0),
        feat(1, l.norm, 0, 0),
        feat(2, l.form, 0, 0),
        feat(3, l.suf[0], 0, 0),
        feat(4, l.suf[1], 0, 0),
        feat(5, l.suf[2], 0, 0),
        feat(6, l.suf[3], 0, 0),
        feat(7, l.pre[0], 0, 0),
        feat(8, l.pre[1], 0, 0),
        feat(9, l.pre[2], 0, 0),
        feat(10, l.shape, 0, 0),
        feat(11, l.flags as u64, first, 0),
        feat(12, p1, 0, 0),
        feat(13, p1, p2, 0),
        feat(14, p1, l.norm, 0),
        feat(15, w(-1), 0, 0),
        feat(16, suf3(-1), 0, 0),
        feat(17, w(-2), 0, 0),
        feat(18, w(1), 0, 0),
        feat(19, suf3(1), 0, 0),
        feat(20, w(2), 0, 0),
        feat(21, a(0), 0, 0),
        feat(22, a(1), 0, 0),
        feat(23, a(2), 0, 0),
        feat(24, w(-1), l.norm, 0),
        feat(25, l.norm, w(1), 0),
        feat(26, p1, a(1), 0),
        feat(27, a(0), a(1), 0),
        feat(28, p1, a(0), 0),
        feat(29, shape(-1), l.shape, shape(1)),
        feat(30, l.suf[2], a(1), 0),
        feat(31, p1, l.suf[2], 0),
        feat(32, a(0), w(1), 0),
        feat(33, w(-1), a(0), 0),
        feat(34, a(-1), a(0), a(1)),
        feat(35, l.shape, first, 0),
        feat(36, cs(0), l.flags as u64 & 7, first),
        feat(37, cs(0), a(0), 0),
        feat(38, cs(-1), cs(0), cs(1)),
    ];
    out.extend(fs.iter().map(|&h| bucket(h, bits)));
    if !c.cl.is_empty() {
        let cl = |k: isize| -> [u64; 3] {
            let j = i as isize + k;
            if j < 0 || j as usize >= n {
                [START; 3]
            } else {
                c.cl[j as usize]
            }
        };
        let (c0, cm1, cp1) = (cl(0), cl(-1), cl(1));
        let more = [
            feat(40, c0[0], 0, 0),
            feat(41, c0[1], 0, 0),
            feat(42, c0[2], 0, 0),
            feat(43, cm1[0], 0, 0),
            feat(44, cp1[0], 0, 0),
            feat(45, p1, c0[1], 0),
            feat(46, c0[0], cp1[1], 0),
            feat(47, l.suf[2], c0[1], 0),
        ];
        out.extend(more.iter().map(|&h| bucket(h, bits)));
    }
    if let Some(t) = pass1 {
        // Second pass: the first pass's tags of the right context.
        let t1 = |k: usize| t.get(i + k).map_or(END, |&x| x as u64);
        let more = [
            feat(50, t1(1), 0, 0),
            feat(51, t1(1), t1(2), 0),
            feat(52, t1(1), l.norm, 0),
            feat(53, p1, t1(1), 0),
            feat(54, t1(1), a(0), 0),
            feat(55, t1(0), 0, 0),
            feat(56, t1(0), l.norm, 0),
            feat(57, p1, t1(0), t1(1)),
            feat(58, l.suf[2], t1(1), 0),
        ];
        out.extend(more.iter().map(|&h| bucket(h, bits)));
    }
}

impl Tagger {
    pub fn nclass(&self) -> usize {
        self.classes.len()
    }

    pub fn upos(&self, class: u8) -> &str {
        &self.classes[class as usize].0
    }

    pub fn xpos(&self, class: u8) -> &str {
        &self.classes[class as usize].1
    }

    pub(crate) fn ctx<'a>(&self, lex: &'a [Lex]) -> Ctx<'a> {
        Ctx {
            amb: lex.iter().map(|l| amb_of(&self.amb, l)).collect(),
            case: lex
                .iter()
                .map(|l| self.case.get(&l.norm).copied().unwrap_or(0) as u64)
                .collect(),
            cl: if self.clusters.is_empty() {
                Vec::new()
            } else {
                lex.iter().map(|l| self.clusters.get(l.norm)).collect()
            },
            lex,
            bits: self.model.bits(),
        }
    }

    /// Tags a sentence given its forms and their lexical properties; returns class ids.
    ///
    /// The second pass re-tags only the words whose first-pass margin (best score minus
    /// second best) is below [`Tagger::second_pass_margin`]; the others keep their tag.
    pub(crate) fn tag_lex(&self, lex: &[Lex]) -> Vec<u8> {
        let mut tags = self.tag_passes(lex);
        self.repair(lex, &mut tags);
        tags
    }

    /// The run-time repairs that change no weight ([`Tagger::verbless_repair`],
    /// [`Tagger::ly_noun_repair`]), also made again after the post-parse pass.
    pub(crate) fn repair(&self, lex: &[Lex], tags: &mut [u8]) {
        self.hyphened_name_repair(lex, tags);
        self.verbless_repair(lex, tags);
        self.relative_verb_repair(lex, tags);
        self.relative_past_repair(lex, tags);
        self.reported_past_repair(lex, tags);
        self.ly_noun_repair(lex, tags);
        self.gerund_repair(lex, tags);
        self.to_found_repair(lex, tags);
        self.prepositional_participle_repair(lex, tags);
        self.lowercase_past_repair(lex, tags);
        self.subordinate_past_repair(lex, tags);
        self.possessed_adjective_repair(tags);
        self.denied_claims_repair(lex, tags);
        self.acronym_number_repair(lex, tags);
        self.perfect_since_repair(lex, tags);
        self.determined_verb_repair(lex, tags);
    }

    /// A word read as a present-tense or base verb after a determiner or a possessive
    /// and any adjectives and nouns, right before "of", is the noun phrase's head: "the
    /// external operations arm of the IRGC", "the military wing of Hamas" (no verb can
    /// follow a determiner with nothing but modifiers between, nor take "of" after it).
    fn determined_verb_repair(&self, lex: &[Lex], tags: &mut [u8]) {
        static WORDS: std::sync::OnceLock<(u64, [u64; 5])> = std::sync::OnceLock::new();
        let (of, dets) = WORDS.get_or_init(|| {
            let dets = ["a", "an", "the", "this", "that"];
            (Lex::new("of").norm, dets.map(|w| Lex::new(w).norm))
        });
        for i in 1..tags.len().saturating_sub(1) {
            let x = self.xpos(tags[i]);
            // (not an auxiliary: "the donatello is of a kind")
            if !matches!(x, "VB" | "VBP" | "VBZ")
                || self.upos(tags[i]) == "AUX"
                || lex[i + 1].norm != *of
            {
                continue;
            }
            let mut j = i;
            while j > 0
                && matches!(
                    self.xpos(tags[j - 1]),
                    "JJ" | "JJR" | "JJS" | "NN" | "NNS" | "NNP" | "VBN"
                )
            {
                j -= 1;
            }
            let determined = j > 0
                && (matches!(self.xpos(tags[j - 1]), "PRP$" | "POS")
                    || (self.xpos(tags[j - 1]) == "DT" && dets.contains(&lex[j - 1].norm)));
            let noun = if x == "VBZ" {
                self.class_of("NOUN", "NNS")
            } else {
                self.class_of("NOUN", "NN")
            };
            if let Some(nn) = determined.then_some(noun).flatten() {
                tags[i] = nn;
            }
        }
    }

    /// "since" read as a subordinator or preposition right after a form of "have" and
    /// right before a participle is the adverb of the perfect ("Dhaka has since asked
    /// New Delhi to extradite her", "has since been released"): no clause or noun phrase
    /// can start between an auxiliary and its participle.
    fn perfect_since_repair(&self, lex: &[Lex], tags: &mut [u8]) {
        static WORDS: std::sync::OnceLock<(u64, Vec<u64>)> = std::sync::OnceLock::new();
        let (since, have) = WORDS.get_or_init(|| {
            (
                Lex::new("since").norm,
                ["has", "have", "had", "'s", "'ve", "'d"]
                    .iter()
                    .map(|w| Lex::new(w).norm)
                    .collect(),
            )
        });
        for i in 1..tags.len().saturating_sub(1) {
            if lex[i].norm == *since
                && self.xpos(tags[i]) == "IN"
                && have.contains(&lex[i - 1].norm)
                && matches!(self.xpos(tags[i + 1]), "VBN" | "VBD")
            {
                if let Some(rb) = self.class_of("ADV", "RB") {
                    tags[i] = rb;
                }
            }
        }
    }

    /// An all-capital word that is no well-formed Roman numeral read as a number is a
    /// name: "ICC judges issued arrest warrants" (the model read "ICC" as 199 and the
    /// sentence lost its subject).
    fn acronym_number_repair(&self, lex: &[Lex], tags: &mut [u8]) {
        for (l, t) in lex.iter().zip(tags.iter_mut()) {
            if l.acronym && self.xpos(*t) == "CD" {
                if let Some(nnp) = self.class_of("PROPN", "NNP") {
                    *t = nnp;
                }
            }
        }
    }

    /// "Islamabad denied Taliban claims that …": after a verb of denial and a name, an
    /// `-s` word that is both a noun of report and a verb ("claims", "reports",
    /// "charges") read as a present-tense verb is the denied noun (the name is its
    /// modifier; a verb of denial takes no clause with a bare subject).
    fn denied_claims_repair(&self, lex: &[Lex], tags: &mut [u8]) {
        static WORDS: std::sync::OnceLock<(Vec<u64>, Vec<u64>)> = std::sync::OnceLock::new();
        let (deny, nouns) = WORDS.get_or_init(|| {
            let norms = |ws: &[&str]| ws.iter().map(|w| Lex::new(w).norm).collect::<Vec<u64>>();
            (
                norms(&[
                    "denied",
                    "denies",
                    "deny",
                    "denying",
                    "rejected",
                    "rejects",
                    "reject",
                    "rejecting",
                    "dismissed",
                    "dismisses",
                    "dismiss",
                    "dismissing",
                    "refuted",
                    "refutes",
                    "refute",
                ]),
                norms(&["claims", "reports", "charges", "allegations", "accusations"]),
            )
        });
        for i in 2..tags.len() {
            if self.xpos(tags[i]) == "VBZ"
                && nouns.contains(&lex[i].norm)
                && matches!(self.xpos(tags[i - 1]), "NNP" | "NNPS" | "JJ")
                && deny.contains(&lex[i - 2].norm)
            {
                if let Some(nns) = self.class_of("NOUN", "NNS") {
                    tags[i] = nns;
                }
            }
        }
    }

    /// A word read as an adjective right after a possessive "'s" and right before a
    /// comma or the end is the possessed noun: an adjective cannot end the phrase
    /// ("Hezbollah's secretary-general, Naim Qassem, warned …").
    fn possessed_adjective_repair(&self, tags: &mut [u8]) {
        let n = tags.len();
        for i in 1..n {
            if self.xpos(tags[i - 1]) == "POS"
                && self.xpos(tags[i]) == "JJ"
                && (i + 1 == n || self.xpos(tags[i + 1]) == ",")
            {
                if let Some(nn) = self.class_of("NOUN", "NN") {
                    tags[i] = nn;
                }
            }
        }
    }

    /// A lowercase irregular past form ("drew", "struck", "fled") read as a proper noun
    /// after a name or a date ("… in July 2024 drew vows of revenge") is the past-tense
    /// verb: a word written without a capital inside a sentence names no one.
    fn lowercase_past_repair(&self, lex: &[Lex], tags: &mut [u8]) {
        // (runs of a class are capped at two letters: every lowercase word is `xx`)
        static LOWER: std::sync::OnceLock<u64> = std::sync::OnceLock::new();
        let lower = *LOWER.get_or_init(|| Lex::new("drew").shape);
        let irregular = &repair_words().irregular_past;
        for i in 1..tags.len() {
            if matches!(self.xpos(tags[i]), "NNP" | "NNPS")
                && lex[i].shape == lower
                && irregular.contains(&lex[i].norm)
            {
                if let Some(vbd) = self.class_of("VERB", "VBD") {
                    tags[i] = vbd;
                }
            }
        }
    }

    /// "Mali recalled its ambassador after Algeria shot down a Malian drone": an
    /// irregular past form read as a noun, an adjective or a preposition right after a
    /// subordinator ("after", "when", "because", …) and its subject (a name, or a short
    /// noun phrase), before its particle or the start of its object, is the subordinate
    /// clause's past-tense verb: a noun there would leave the subordinator with no clause.
    fn subordinate_past_repair(&self, lex: &[Lex], tags: &mut [u8]) {
        let words = repair_words();
        let (sub, irregular) = (&words.subordinators, &words.irregular_past);
        let x = |t: u8| self.xpos(t);
        for i in 2..tags.len().saturating_sub(1) {
            if !irregular.contains(&lex[i].norm)
                || !matches!(x(tags[i]), "NN" | "JJ" | "IN")
                || !matches!(x(tags[i - 1]), "NNP" | "NNPS" | "NN" | "NNS")
                || !matches!(
                    x(tags[i + 1]),
                    "RP" | "DT" | "PRP$" | "NNP" | "NNPS" | "CD" | "PRP"
                )
            {
                continue;
            }
            // the subject: back over the noun phrase to the subordinator
            let mut k = i - 1;
            while k > 0
                && i - k <= 5
                && matches!(
                    x(tags[k]),
                    "NNP" | "NNPS" | "NN" | "NNS" | "JJ" | "DT" | "POS"
                )
            {
                k -= 1;
            }
            let name_or_the = matches!(x(tags[k + 1]), "NNP" | "NNPS" | "DT")
                || x(tags[i - 1]).starts_with("NNP");
            if k + 1 < i && sub.contains(&lex[k].norm) && name_or_the {
                if let Some(vbd) = self.class_of("VERB", "VBD") {
                    tags[i] = vbd;
                }
            }
        }
    }

    /// "found" read as the participle of "find" right after "to" and right before the
    /// start of a noun phrase is the infinitive of "found": "went on to found
    /// Jaish-e-Mohammed", "left the party to found a movement of his own" (no participle
    /// follows an infinitive's "to" with its object after it).
    ///
    /// Likewise a lowercase word read as an adjective between "to" and a determiner, a
    /// possessive or a number is the infinitive: "called on the ELN to free the
    /// soldiers" (an adjective after "to" comes before its noun, not before a
    /// determiner; the quantifying adjectives that can, "to such a degree", are left
    /// out).
    fn to_found_repair(&self, lex: &[Lex], tags: &mut [u8]) {
        static WORDS: std::sync::OnceLock<(u64, u64, u64, [u64; 9])> = std::sync::OnceLock::new();
        let (to, found, lower, quant) = *WORDS.get_or_init(|| {
            (
                Lex::new("to").norm,
                Lex::new("found").norm,
                Lex::new("free").shape,
                [
                    "such", "many", "much", "few", "last", "next", "only", "all", "half",
                ]
                .map(|w| Lex::new(w).norm),
            )
        });
        for i in 1..tags.len().saturating_sub(1) {
            if lex[i - 1].norm != to {
                continue;
            }
            let adjective = self.xpos(tags[i]) == "JJ"
                && lex[i].shape == lower
                && !quant.contains(&lex[i].norm)
                && matches!(self.xpos(tags[i + 1]), "DT" | "PRP$" | "CD");
            let founded = lex[i].norm == found
                && matches!(self.xpos(tags[i]), "VBN" | "VBD")
                && (matches!(
                    self.xpos(tags[i + 1]),
                    "DT" | "PRP$" | "NNP" | "NNPS" | "JJ" | "CD"
                ) || lex[i + 1].flags & (crate::lex::F_TITLE | crate::lex::F_ALLCAPS) != 0);
            if !(adjective || founded) {
                continue;
            }
            if let Some(vb) = self.class_of("VERB", "VB") {
                tags[i] = vb;
            }
            if self.xpos(tags[i - 1]) == "IN" {
                if let Some(to) = self.class_of("PART", "TO") {
                    tags[i - 1] = to;
                }
            }
        }
    }

    /// A lowercase `-ing` word read as a singular noun right after a preposition and
    /// right before the start of a noun phrase that can only be its object (a
    /// determiner, a possessive, a proper noun or a number) is the preposition's gerund:
    /// "accused Tehran of funding Hezbollah, which it designates …", "sanctioned for
    /// supplying the Houthis". A noun in "-ing" after a preposition ("of funding for
    /// …", "in training camps") is followed by anything but the start of its object.
    fn gerund_repair(&self, lex: &[Lex], tags: &mut [u8]) {
        static WORDS: std::sync::OnceLock<(u64, u64)> = std::sync::OnceLock::new();
        let (ing, lower) =
            *WORDS.get_or_init(|| (Lex::new("ing").suf[2], Lex::new("funding").shape));
        for i in 1..tags.len().saturating_sub(1) {
            if self.xpos(tags[i]) != "NN" || lex[i].suf[2] != ing || lex[i].shape != lower {
                continue;
            }
            if self.xpos(tags[i - 1]) != "IN"
                || !matches!(
                    self.xpos(tags[i + 1]),
                    "DT" | "PRP$" | "NNP" | "NNPS" | "CD"
                )
            {
                continue;
            }
            if let Some(vbg) = self.class_of("VERB", "VBG") {
                tags[i] = vbg;
            }
        }
    }

    /// An `-ed` word read as a past-tense verb right after "of", "with", "by", "from",
    /// "into" or "for" (and any adjectives), before a noun, is a participle in the
    /// preposition's noun phrase: "the delivery of Chinese-made guided bombs to …" (a
    /// preposition takes no finite verb).
    fn prepositional_participle_repair(&self, lex: &[Lex], tags: &mut [u8]) {
        static WORDS: std::sync::OnceLock<[u64; 6]> = std::sync::OnceLock::new();
        let preps = WORDS
            .get_or_init(|| ["of", "with", "by", "from", "into", "for"].map(|w| Lex::new(w).norm));
        let ed = repair_words().ed.suf[1];
        for i in 1..tags.len().saturating_sub(1) {
            if self.xpos(tags[i]) != "VBD"
                || lex[i].suf[1] != ed
                || !matches!(self.xpos(tags[i + 1]), "NN" | "NNS")
            {
                continue;
            }
            let mut k = i - 1;
            while k > 0 && self.xpos(tags[k]) == "JJ" {
                k -= 1;
            }
            if self.xpos(tags[k]) != "IN" || !preps.contains(&lex[k].norm) {
                continue;
            }
            if let Some(vbn) = self.class_of("VERB", "VBN") {
                tags[i] = vbn;
            }
        }
    }

    /// An `-ed` word (or an irregular past form) read as a participle or an adjective
    /// after a verb of saying and a short noun phrase, before its object, with no finite
    /// verb after it in the clause, is the reported clause's past-tense verb: "Pakistan
    /// said Indian missiles struck six sites …", "officials said the militants seized
    /// two towns". A reduced relative keeps its participle: one before a preposition
    /// ("said weapons seized in the raid came from Iran") or with a finite verb after it
    /// in its clause ("said the men detained there had confessed").
    fn reported_past_repair(&self, lex: &[Lex], tags: &mut [u8]) {
        let n = tags.len();
        let x = |tags: &[u8], i: usize| self.xpos(tags[i]);
        let words = repair_words();
        let ed = words.ed.suf[1];
        for v in 0..n.saturating_sub(3) {
            if !matches!(x(tags, v), "VBD" | "VBZ" | "VBP")
                || !words.reporting.contains(&lex[v].norm)
            {
                continue;
            }
            let mut i = v + 1;
            if words.that == lex[i].norm {
                i += 1;
            }
            let start = i;
            while i < n
                && i < start + 6
                && matches!(
                    x(tags, i),
                    "DT" | "PRP$" | "JJ" | "NN" | "NNS" | "NNP" | "NNPS" | "POS" | "CD"
                )
            {
                i += 1;
            }
            if i == start || i + 1 >= n || !matches!(x(tags, i - 1), "NN" | "NNS" | "NNP" | "NNPS")
            {
                continue;
            }
            let past = (lex[i].suf[1] == ed && !words.naming.contains(&lex[i].norm))
                || words.irregular_past.contains(&lex[i].norm);
            let object = matches!(
                x(tags, i + 1),
                "DT" | "PRP$" | "NNP" | "NNPS" | "CD" | "NNS" | "NN" | "JJ" | "RP"
            );
            let finite_after = (i + 1..n)
                .take_while(|&k| !matches!(x(tags, k), "," | ":" | "."))
                .any(|k| matches!(x(tags, k), "VBD" | "VBZ" | "VBP" | "MD"));
            if past && object && !finite_after && matches!(x(tags, i), "VBN" | "JJ") {
                if let Some(vbd) = self.class_of("VERB", "VBD") {
                    tags[i] = vbd;
                }
            }
        }
    }

    /// A hyphened name with a capital after the hyphen ("Al-Shabaab", "al-Qaeda",
    /// "Jaish-e-Mohammed") read as an interjection or a foreign word, as the model reads
    /// some unseen ones at the start of a sentence, or as a past form for its "-ed", is a
    /// proper noun: neither an interjection nor a verb is spelled so.
    fn hyphened_name_repair(&self, lex: &[Lex], tags: &mut [u8]) {
        // (shapes cap a run of one class at two letters: "Al-Shabaab" is `Xx-Xxx`)
        static SHAPES: std::sync::OnceLock<[u64; 12]> = std::sync::OnceLock::new();
        let shapes = SHAPES.get_or_init(|| {
            [
                "Ab-Cd",
                "Ab-Cde",
                "Abc-Cd",
                "Abc-Cde",
                "ab-Cd",
                "ab-Cde",
                "a-Cd",
                "a-Cde",
                "Abc-e-Cde",
                "Abc-ab-Cde",
                "Ab-e-Cd",
                "Abc-e-Cd",
            ]
            .map(|w| Lex::new(w).shape)
        });
        // a name, a hyphen and a participle ("Chinese-made", "Iranian-backed",
        // "Houthi-run") is an adjective, not a proper noun
        type Made = ([u64; 2], u64, [u64; 5]);
        static MADE: std::sync::OnceLock<Made> = std::sync::OnceLock::new();
        let (made_shapes, ed, made) = MADE.get_or_init(|| {
            (
                // (`Xx-xx` and `Xxx-xx`: a lowercase run of any length is `xx`)
                ["Ab-ab", "Abc-ab"].map(|w| Lex::new(w).shape),
                Lex::new("ed").suf[1],
                ["made", "uilt", "-run", "held", "-led"].map(|w| Lex::new(w).suf[3]),
            )
        });
        // (the Arabic article of a name, not a prefix: "al-Adl", not "pro-American")
        static ARTICLES: std::sync::OnceLock<[u64; 6]> = std::sync::OnceLock::new();
        let articles = ARTICLES.get_or_init(|| {
            ["al-", "el-", "ad-", "as-", "ar-", "ul-"].map(|w| Lex::new(&format!("{w}Xy")).pre[2])
        });
        for (k, t) in tags.iter_mut().enumerate() {
            // (the class is looked up only on a hit: this runs twice on every sentence;
            // a name ending in "-ed" may also be read as a verb: "Jaish-e-Mohammed")
            // (a name with a lowercase article, "al-Adl", "al-Qaeda", also where it was
            // read as an adjective)
            let article = shapes[4..8].contains(&lex[k].shape)
                && self.xpos(*t) == "JJ"
                && articles.contains(&lex[k].pre[2]);
            if shapes.contains(&lex[k].shape)
                && (matches!(self.xpos(*t), "UH" | "FW" | "VBN" | "VBD") || article)
            {
                if let Some(nnp) = self.class_of("PROPN", "NNP") {
                    *t = nnp;
                }
            } else if made_shapes.contains(&lex[k].shape)
                && (lex[k].suf[1] == *ed || made.contains(&lex[k].suf[3]))
                && matches!(self.xpos(*t), "NNP" | "NNPS")
            {
                if let Some(jj) = self.class_of("ADJ", "JJ") {
                    *t = jj;
                }
            }
        }
    }

    /// An `-s` word read as a plural noun right after a relative pronoun and its named
    /// or singular pronoun subject, ending the clause ("Kataib Hezbollah, which Iran
    /// funds and arms, …", "the militia that it backs."), is the clause's present-tense
    /// verb, and so is an `-s` word coordinated with it: an object relative clause has
    /// no other place for its verb, and "funds", "arms" or "trains" are nouns in most of
    /// the treebank's sentences.
    fn relative_verb_repair(&self, lex: &[Lex], tags: &mut [u8]) {
        /// The hashes of the relative pronouns, the singular pronouns, `-s` and `-ss`.
        type Words = ([u64; 3], [u64; 3], (u64, u64));
        static WORDS: std::sync::OnceLock<Words> = std::sync::OnceLock::new();
        let (relative, singular, (s, ss)) = WORDS.get_or_init(|| {
            (
                ["which", "that", "whom"].map(|w| Lex::new(w).norm),
                ["he", "she", "it"].map(|w| Lex::new(w).norm),
                (Lex::new("s").suf[0], Lex::new("ss").suf[1]),
            )
        });
        let n = tags.len();
        let x = |tags: &[u8], i: usize| self.xpos(tags[i]);
        let s_word = |tags: &[u8], i: usize| {
            i < n && x(tags, i) == "NNS" && lex[i].suf[0] == *s && lex[i].suf[1] != *ss
        };
        // (not before a preposition: "the tunnels which Hamas fighters in Gaza used")
        let ends = |tags: &[u8], i: usize| {
            i == n || matches!(x(tags, i), "," | "." | ":" | "TO" | "-RRB-")
        };
        for k in 0..n {
            if !matches!(x(tags, k), "WDT" | "WP" | "IN" | "DT") || !relative.contains(&lex[k].norm)
            {
                continue;
            }
            let mut i = k + 1;
            while i < n && i < k + 5 && matches!(x(tags, i), "NNP" | "NNPS") {
                i += 1;
            }
            if i == k + 1 {
                if i < n && x(tags, i) == "PRP" && singular.contains(&lex[i].norm) {
                    i += 1;
                } else {
                    continue;
                }
            }
            if !s_word(tags, i) {
                continue;
            }
            let coordinated =
                i + 2 < n && x(tags, i + 1) == "CC" && s_word(tags, i + 2) && ends(tags, i + 3);
            if !ends(tags, i + 1) && !coordinated {
                continue;
            }
            let Some(vbz) = self.class_of("VERB", "VBZ") else {
                return;
            };
            tags[i] = vbz;
            if coordinated {
                tags[i + 2] = vbz;
            }
        }
    }

    /// An `-ed` word (or an irregular past form) read as a participle or an adjective
    /// right after a relative pronoun and its subject is the clause's past-tense verb:
    /// "Abdul Ghani Baradar, whom Pakistani agents arrested in Karachi, …", "the drones
    /// which Iranian engineers designed": a participle cannot follow the subject of an
    /// object relative clause without an auxiliary; nor can one coordinated with the
    /// clause's verb ("whom Ouagadougou recruited and armed").
    fn relative_past_repair(&self, lex: &[Lex], tags: &mut [u8]) {
        let n = tags.len();
        let x = |tags: &[u8], i: usize| self.xpos(tags[i]);
        let words = repair_words();
        let (relative, irregular_past) = (&words.object_relative, &words.irregular_past);
        let ed = words.ed.suf[1];
        for k in 0..n.saturating_sub(3) {
            if !matches!(x(tags, k), "WDT" | "WP") || !relative.contains(&lex[k].norm) {
                continue;
            }
            // the subject: a noun phrase of at most five words ending in a noun
            let mut i = k + 1;
            if x(tags, i) == "DT" {
                i += 1;
            }
            while i < n && i < k + 6 && matches!(x(tags, i), "JJ" | "NNP" | "NNPS" | "NN" | "NNS") {
                i += 1;
            }
            if i >= n || !matches!(x(tags, i - 1), "NN" | "NNS" | "NNP" | "NNPS") {
                continue;
            }
            let past = |i: usize| lex[i].suf[1] == ed || irregular_past.contains(&lex[i].norm);
            if past(i) && matches!(x(tags, i), "VBN" | "JJ" | "VBD") {
                let Some(vbd) = self.class_of("VERB", "VBD") else {
                    return;
                };
                tags[i] = vbd;
                // and a past form coordinated with it: "whom Ouagadougou recruited and
                // armed"
                if i + 2 < n
                    && x(tags, i + 1) == "CC"
                    && past(i + 2)
                    && matches!(x(tags, i + 2), "VBN" | "JJ")
                {
                    tags[i + 2] = vbd;
                }
            }
        }
    }

    /// An `-ly` word read as an adverb where only a noun can stand — after an article,
    /// a demonstrative or a possessive and any adjectives, before a preposition, a
    /// conjunction, punctuation or the end ("Iran's closest ally in …", "a key ally of
    /// …", "the rally, …") — is a singular noun: rare nouns like these get the adverb's
    /// suffix reading from the model.
    fn ly_noun_repair(&self, lex: &[Lex], tags: &mut [u8]) {
        // (the hashes of "-ly" and of the determiners, once: this runs on every sentence)
        static WORDS: std::sync::OnceLock<(u64, [u64; 8], [u64; 3])> = std::sync::OnceLock::new();
        let (ly, dets, degree) = WORDS.get_or_init(|| {
            let dets = ["a", "an", "the", "this", "that", "every", "each", "another"];
            (
                Lex::new("ly").suf[1],
                dets.map(|w| Lex::new(w).norm),
                ["only", "most", "very"].map(|w| Lex::new(w).norm),
            )
        });
        for i in 1..tags.len() {
            if self.xpos(tags[i]) != "RB" || lex[i].suf[1] != *ly {
                continue;
            }
            // (over the adjectives and the adverbs of degree before them: "Moscow's only
            // formal military ally in Europe")
            let mut j = i;
            while j > 0
                && (matches!(self.xpos(tags[j - 1]), "JJ" | "JJR" | "JJS")
                    || (self.xpos(tags[j - 1]) == "RB" && degree.contains(&lex[j - 1].norm)))
            {
                j -= 1;
            }
            let determined = j > 0
                && (matches!(self.xpos(tags[j - 1]), "PRP$" | "POS" | "WP$")
                    || (self.xpos(tags[j - 1]) == "DT" && dets.contains(&lex[j - 1].norm)));
            let ends = i + 1 == tags.len()
                || matches!(
                    self.xpos(tags[i + 1]),
                    "IN" | "CC" | "TO" | "," | "." | ":" | "-RRB-"
                );
            if let Some(nn) = (determined && ends)
                .then(|| self.class_of("NOUN", "NN"))
                .flatten()
            {
                tags[i] = nn;
            }
        }
    }

    /// A sentence tagged without any verb whose plural-looking word stands between a
    /// subject and the start of a noun phrase ("It arms the rebels", "Pakistan views the
    /// Taliban as an asset") reads that word as a present-tense verb: the treebanks show
    /// such words ("arms", "views", "backs") too rarely as verbs for the model to see it,
    /// and a clause needs a verb. (The same repair after "and" following a verb, "funds
    /// Hezbollah and arms the Houthis", cost accuracy on dev and test and is not made.)
    /// Likewise, in a sentence without a finite verb, an `-ed` word read as an adjective
    /// or a participle between a subject and an object ("Russian troops shelled
    /// positions held by …") is the past-tense verb.
    fn verbless_repair(&self, lex: &[Lex], tags: &mut [u8]) {
        let x = |t: u8| self.xpos(t);
        // (a source's clause closing the sentence is none of the clause read here: "…
        // held talks with Erdogan on Saturday, his office said.")
        let end = self.source_tail(lex, tags).unwrap_or(tags.len());
        let tags = &mut tags[..end];
        // (nor are the verbs of a relative clause between commas: "The Myanmar military,
        // which Russia has supplied with jets, bombed villages …")
        let relatives = self.closed_relatives(lex, tags);
        let inside = |k: usize| relatives.iter().any(|&(a, b)| a < k && k < b);
        let finite = |k: usize, t: u8| matches!(x(t), "VBD" | "VBZ" | "VBP" | "MD") && !inside(k);
        if let Some(first) = tags.iter().enumerate().position(|(k, &t)| finite(k, t)) {
            // (a clause joined by ", and" or ", but" to a clause with a verb of its own
            // is read on its own: "Indian jets bombed camps in Pakistan, and Pakistan
            // vowed to retaliate")
            let join = |c: usize| {
                x(tags[c]) == ","
                    && c + 2 < tags.len()
                    && repair_words().clause_join.contains(&lex[c + 1].norm)
                    && matches!(x(tags[c + 2]), "NNP" | "NNPS" | "DT" | "PRP")
            };
            if let Some(c) = (3..first).find(|&c| join(c)) {
                if relatives.iter().all(|&(a, _)| a >= c) {
                    self.verbless_repair(&lex[..c], &mut tags[..c]);
                }
            }
            return;
        }
        // (the -s repair also wants no participle or infinitive)
        let no_verb = !tags.iter().any(|&t| x(t).starts_with("VB"));
        let Some(vbz) = self.class_of("VERB", "VBZ") else {
            return;
        };
        let words = repair_words();
        let (singular, irregular_past) = (&words.singular, &words.irregular_past);
        let (s, ss, ed) = (&words.s, &words.ss, &words.ed);
        for i in 1..tags.len().saturating_sub(1) {
            let before = x(tags[i - 1]);
            // (or a name's apposition closing with a comma: "Tareq Saleh, a member of
            // the council, commands the …")
            let apposed = || {
                before == "," && (1..i - 1).any(|j| x(tags[j]) == "," && x(tags[j - 1]) == "NNP")
            };
            // (or a name apposed to a title, closed by a comma: "Libya's prime
            // minister, Abdul Hamid Dbeibah, held talks …")
            let apposed_name = || {
                before == ","
                    && i >= 3
                    && x(tags[i - 2]) == "NNP"
                    && (1..i - 2).any(|j| x(tags[j]) == ",")
            };
            // (or a noun whose relative clause a comma closes: "The Myanmar military,
            // which …, bombed …")
            let after_relative = before == ","
                && relatives.iter().any(|&(a, b)| {
                    b + 1 == i && a > 0 && matches!(x(tags[a - 1]), "NN" | "NNS" | "NNP" | "NNPS")
                });
            let subject = matches!(before, "NNP" | "NNPS" | "NN")
                || (before == "PRP" && singular.contains(&lex[i - 1].norm));
            let object_follows = matches!(x(tags[i + 1]), "DT" | "PRP$" | "NNP" | "NNPS" | "CD");
            let s_form = lex[i].suf[0] == s.suf[0] && lex[i].suf[1] != ss.suf[1];
            if no_verb && x(tags[i]) == "NNS" && object_follows && (subject || apposed()) && s_form
            {
                tags[i] = vbz;
                return;
            }
            // "Russian troops shelled positions …": an -ed word read as an adjective or
            // a participle between a subject and its object, in a clause without a
            // finite verb, is the past-tense verb
            let plural_subject = subject || matches!(before, "NNS" | "PRP");
            // (the subject may be a possessor's noun read as an adjective: "Kyiv's
            // offensive forced Russian troops to …", which is then the noun)
            let possessed_adjective = before == "JJ" && i >= 2 && x(tags[i - 2]) == "POS";
            // (or "military" read as an adjective at the end of a subject: "The US
            // military withdrew from Niger", which is then the noun)
            let military = before == "JJ"
                && lex[i - 1].norm == words.military
                && i >= 2
                && matches!(x(tags[i - 2]), "DT" | "NNP" | "PRP$" | "POS" | "JJ");
            // (or a name opening the sentence that the model, seeing it and the verb
            // unknown together, read as an adjective: "Azerbaijan retook
            // Nagorno-Karabakh", which is then the name)
            // (its object may be a name read as a common noun too: "Nagorno-Karabakh")
            let initial_name = i == 1
                && before == "JJ"
                && lex[0].flags & lex::F_TITLE != 0
                && (object_follows
                    || (matches!(x(tags[2]), "NN" | "NNS" | "JJ" | "RB")
                        && lex[2].flags & lex::F_TITLE != 0));
            // (or its place, for a verb of protest or movement, which takes no object:
            // "Kataib Hezbollah loyalists demonstrated outside the US embassy")
            let past_object = object_follows
                || matches!(x(tags[i + 1]), "NNS" | "NN" | "JJ" | "VBG" | "TO")
                || (matches!(x(tags[i + 1]), "IN" | "RB")
                    && words.intransitive_past.contains(&lex[i].norm))
                // ("Units of the Russian army crossed into Ukraine": a movement "into")
                || (x(tags[i + 1]) == "IN" && lex[i + 1].norm == words.into);
            // (so is an irregular past form read as a noun before its particle or
            // object: "The Houthis shot down a US drone"; the object may open with an
            // adjective: "Egyptian fighter jets struck Rapid Support Forces positions")
            let irregular = irregular_past.contains(&lex[i].norm)
                && (object_follows
                    || matches!(x(tags[i + 1]), "RP" | "IN" | "RB" | "NNS" | "NN" | "JJ"));
            // (an irregular form may also be read as a preposition: "gunmen overran a
            // station")
            let read_as =
                matches!(x(tags[i]), "JJ" | "NN" | "VBN") || irregular && x(tags[i]) == "IN";
            if read_as
                && (lex[i].suf[1] == ed.suf[1] && past_object || irregular)
                && (plural_subject
                    || possessed_adjective
                    || military
                    || initial_name
                    || apposed()
                    || apposed_name()
                    || after_relative)
            {
                if let (Some(vbd), Some(nn)) =
                    (self.class_of("VERB", "VBD"), self.class_of("NOUN", "NN"))
                {
                    tags[i] = vbd;
                    if possessed_adjective || military {
                        tags[i - 1] = nn;
                    }
                    if let (true, Some(nnp)) = (initial_name, self.class_of("PROPN", "NNP")) {
                        tags[0] = nnp;
                        // (and a capitalised object read as an adverb is a name too)
                        if x(tags[2]) == "RB" {
                            tags[2] = nnp;
                        }
                    }
                    return;
                }
            }
        }
    }

    /// The relative clauses between commas (", which …,", ", who …,"): the index of the
    /// opening comma and of the closing one.
    fn closed_relatives(&self, lex: &[Lex], tags: &[u8]) -> Vec<(usize, usize)> {
        let x = |t: u8| self.xpos(t);
        let relative = &repair_words().relative;
        let mut out = Vec::new();
        for a in 0..tags.len().saturating_sub(2) {
            if x(tags[a]) != "," || !relative.contains(&lex[a + 1].norm) {
                continue;
            }
            if let Some(b) = (a + 2..tags.len()).find(|&b| x(tags[b]) == ",") {
                out.push((a, b));
            }
        }
        out
    }

    /// The comma opening a source's clause that closes the sentence: after it a short
    /// noun phrase and a verb of saying, the only finite verb there ("…, his office
    /// said.", "…, the ministry said on Friday.").
    fn source_tail(&self, lex: &[Lex], tags: &[u8]) -> Option<usize> {
        let x = |t: u8| self.xpos(t);
        let speech = &repair_words().speech;
        let c = tags.iter().rposition(|&t| x(t) == ",")?;
        if c < 3 {
            return None;
        }
        let finite: Vec<usize> = (c + 1..tags.len())
            .filter(|&k| matches!(x(tags[k]), "VBD" | "VBZ" | "VBP" | "MD"))
            .collect();
        let [v] = finite[..] else { return None };
        let subject = (c + 1..v).all(|k| {
            matches!(
                x(tags[k]),
                "DT" | "PRP$" | "PRP" | "JJ" | "NN" | "NNS" | "NNP" | "NNPS" | "POS"
            )
        });
        (speech.contains(&lex[v].norm) && subject && v > c + 1 && v <= c + 6).then_some(c)
    }

    fn tag_passes(&self, lex: &[Lex]) -> Vec<u8> {
        self.tag_passes_margins(lex).0
    }

    /// The two passes' tags and each word's first-pass margin in weight units (the lead
    /// of its best class over the second; infinite for dictionary words).
    fn tag_passes_margins(&self, lex: &[Lex]) -> (Vec<u8>, Vec<f32>) {
        let c = self.ctx(lex);
        let mut margins = vec![i32::MAX; lex.len()];
        let first = self.pass(&c, &self.model, None, &mut margins);
        let scale = self.model.scale();
        let lead: Vec<f32> = margins
            .iter()
            .map(|&m| {
                if m == i32::MAX {
                    f32::INFINITY
                } else {
                    m as f32 * scale
                }
            })
            .collect();
        let tags = match &self.second {
            Some(m) => {
                let q = (self.second_pass_margin / scale) as i64;
                let q = q.clamp(0, i32::MAX as i64) as i32;
                for (k, g) in margins.iter_mut().enumerate() {
                    // Marks the words to keep (margin at or above the threshold).
                    *g = if *g >= q { first[k] as i32 } else { -1 };
                }
                self.pass(&c, m, Some(&first), &mut margins)
            }
            None => first,
        };
        (tags, lead)
    }

    /// [`Tagger::tag_lex`] with each word's first-pass margin (see
    /// [`Tagger::tag_passes_margins`]).
    pub(crate) fn tag_lex_margins(&self, lex: &[Lex]) -> (Vec<u8>, Vec<f32>) {
        let (mut tags, lead) = self.tag_passes_margins(lex);
        self.repair(lex, &mut tags);
        (tags, lead)
    }

    /// One greedy pass. In the first pass `keep` receives each word's margin; in the
    /// second it holds, per word, the tag to keep or -1 to re-tag it.
    fn pass(&self, c: &Ctx, model: &Model, first: Option<&[u8]>, keep: &mut [i32]) -> Vec<u8> {
        let mut tags = Vec::with_capacity(c.lex.len());
        let mut feats = Vec::with_capacity(50);
        let mut scores = vec![0i32; self.classes.len()];
        let (mut p1, mut p2) = (START, START2);
        for (i, l) in c.lex.iter().enumerate() {
            let t = match self.tagdict.get(&l.form) {
                Some(&t) => t,
                None if first.is_some() && keep[i] >= 0 => keep[i] as u8,
                None => {
                    features(c, i, p1, p2, first, &mut feats);
                    model.score(&feats, &mut scores);
                    let best = argmax_by(&scores, |_| true).unwrap_or(0);
                    if first.is_none() {
                        let second = scores
                            .iter()
                            .enumerate()
                            .filter(|(k, _)| *k != best)
                            .map(|(_, s)| *s)
                            .max()
                            .unwrap_or(i32::MIN);
                        keep[i] = scores[best].saturating_sub(second);
                    }
                    best as u8
                }
            };
            tags.push(t);
            p2 = p1;
            p1 = t as u64;
        }
        tags
    }

    /// The class of a `(UPOS, XPOS)` pair, if the tagger knows it.
    pub fn class_of(&self, upos: &str, xpos: &str) -> Option<u8> {
        self.classes
            .iter()
            .position(|(u, x)| u == upos && x == xpos)
            .map(|c| c as u8)
    }

    /// Tags a sentence; returns `(UPOS, XPOS)` per token.
    pub fn tag(&self, forms: &[&str]) -> Vec<(&str, &str)> {
        self.named(forms, Tagger::tag_lex)
    }

    /// The model's tags alone, without [`Tagger::verbless_repair`]: what the models
    /// trained on this tagger's output (jackknifed tags, the recognizer's inputs) see,
    /// so the repair changes no trained weight.
    pub fn tag_model_only(&self, forms: &[&str]) -> Vec<(&str, &str)> {
        self.named(forms, Tagger::tag_passes)
    }

    /// `(UPOS, XPOS)` names of the classes `tag` gives the forms.
    fn named(&self, forms: &[&str], tag: fn(&Tagger, &[Lex]) -> Vec<u8>) -> Vec<(&str, &str)> {
        let lex: Vec<Lex> = forms.iter().map(|f| Lex::new(f)).collect();
        tag(self, &lex)
            .into_iter()
            .map(|t| (self.upos(t), self.xpos(t)))
            .collect()
    }

    pub fn write(&self, w: &mut Writer) {
        w.u32(self.classes.len() as u32);
        for (u, x) in &self.classes {
            w.str(u);
            w.str(x);
        }
        let mut dict: Vec<(&u64, &u8)> = self.tagdict.iter().collect();
        dict.sort();
        w.u32(dict.len() as u32);
        for (k, v) in dict {
            w.u64(*k);
            w.u8(*v);
        }
        let mut amb: Vec<(u64, u64)> = self.amb.iter().map(|(k, v)| (*k, *v)).collect();
        amb.sort_unstable();
        w.u32(amb.len() as u32);
        for (k, v) in amb {
            w.u64(k);
            w.u64(v);
        }
        lex::write_profiles(&self.case, w);
        self.model.write(w);
        w.u8(self.second.is_some() as u8);
        if let Some(m) = &self.second {
            m.write(w);
        }
        self.clusters.write(w);
    }

    pub fn read(r: &mut Reader) -> Result<Tagger, FormatError> {
        // (counts checked against the bytes left, as each sizes an allocation)
        let n = r.count(8)?;
        let mut classes = Vec::with_capacity(n);
        for _ in 0..n {
            classes.push((r.str()?, r.str()?));
        }
        let n = r.count(9)?;
        let mut tagdict = IdMap::with_capacity_and_hasher(n, Default::default());
        for _ in 0..n {
            let k = r.u64()?;
            let v = r.u8()?;
            if v as usize >= classes.len() {
                return Err(FormatError("tag dictionary class out of range".into()));
            }
            tagdict.insert(k, v);
        }
        let n = r.count(16)?;
        let mut amb = IdMap::with_capacity_and_hasher(n, Default::default());
        for _ in 0..n {
            let k = r.u64()?;
            amb.insert(k, r.u64()?);
        }
        let case = lex::read_profiles(r)?;
        let model = Model::read(r)?;
        let second = if r.u8()? == 1 {
            Some(Model::read(r)?)
        } else {
            None
        };
        let clusters = Clusters::read(r)?;
        if model.nclass() != classes.len()
            || second
                .as_ref()
                .is_some_and(|m| m.nclass() != classes.len() || m.bits() != model.bits())
        {
            return Err(FormatError(
                "tagger model does not match its classes".into(),
            ));
        }
        Ok(Tagger {
            classes,
            tagdict,
            amb,
            case,
            model,
            second,
            second_pass_margin: SECOND_PASS_MARGIN,
            clusters,
        })
    }

    /// Drops small weights (see [`Model::prune`]).
    pub fn prune(&mut self, min_abs: f32) {
        self.model.prune(min_abs);
        if let Some(m) = &mut self.second {
            m.prune(min_abs);
        }
    }

    pub fn model_len(&self) -> usize {
        self.model.len()
    }
}

/// Training options.
#[derive(Clone, Debug)]
pub struct TrainOptions {
    pub epochs: usize,
    pub seed: u64,
    pub prune: f32,
    /// Weight table size: `1 << bits` rows.
    pub bits: u32,
    /// Taggers trained from different seeds whose weights are averaged (1: one tagger).
    pub ensemble: usize,
}

/// Trains a tagger on `train`, printing dev accuracy after each epoch through `log`.
pub fn train(
    train: &[Sentence],
    dev: &[Sentence],
    opts: &TrainOptions,
    log: &mut dyn FnMut(String),
) -> Tagger {
    train_clustered(train, dev, Clusters::default(), opts, log)
}

/// [`train`] with word-cluster features.
pub fn train_clustered(
    train: &[Sentence],
    dev: &[Sentence],
    clusters: Clusters,
    opts: &TrainOptions,
    log: &mut dyn FnMut(String),
) -> Tagger {
    // Classes, in order of first appearance.
    let mut class_ids: HashMap<(String, String), u8> = HashMap::new();
    let mut classes = Vec::new();
    let mut gold: Vec<Vec<u8>> = Vec::new();
    for s in train {
        let mut g = Vec::new();
        for w in &s.words {
            let key = (w.upos.clone(), w.xpos.clone());
            let id = *class_ids.entry(key.clone()).or_insert_with(|| {
                classes.push(key);
                (classes.len() - 1) as u8
            });
            g.push(id);
        }
        gold.push(g);
    }
    assert!(classes.len() < 255, "too many tag classes");
    // Counts for the tag dictionary (by form) and the ambiguity classes (by norm).
    let mut by_form: HashMap<&str, HashMap<u8, u32>> = HashMap::new();
    let mut by_norm: HashMap<u64, HashMap<u8, u32>> = HashMap::new();
    for (s, g) in train.iter().zip(&gold) {
        for (w, &t) in s.words.iter().zip(g) {
            *by_form.entry(&w.form).or_default().entry(t).or_default() += 1;
            *by_norm
                .entry(str_hash(&lex::norm(&w.form)))
                .or_default()
                .entry(t)
                .or_default() += 1;
        }
    }
    let mut tagdict = IdMap::default();
    for (f, counts) in &by_form {
        let total: u32 = counts.values().sum();
        let (&t, &c) = counts
            .iter()
            .max_by_key(|(t, c)| (**c, std::cmp::Reverse(**t)))
            .unwrap();
        if total >= DICT_MIN_FREQ && c as f64 / total as f64 >= DICT_MIN_SHARE {
            tagdict.insert(str_hash(f), t);
        }
    }
    let mut amb = IdMap::default();
    for (k, counts) in &by_norm {
        let total: u32 = counts.values().sum();
        if total < AMB_MIN_FREQ {
            continue;
        }
        let mut set: Vec<u8> = counts
            .iter()
            .filter(|(_, c)| **c as f64 / total as f64 >= AMB_MIN_SHARE)
            .map(|(t, _)| *t)
            .collect();
        set.sort_unstable();
        let h = set.iter().fold(0x0a3b_u64, |h, t| mix(h, *t as u64 + 1));
        amb.insert(*k, h);
    }
    let mut tagger = Tagger {
        classes,
        tagdict,
        amb,
        case: lex::case_profiles(train.iter().map(|s| s.forms())),
        model: Model::empty(0, opts.bits),
        second: None,
        second_pass_margin: SECOND_PASS_MARGIN,
        clusters,
    };
    let trainer = Trainer::new(tagger.classes.len(), opts.bits);
    epochs(&mut tagger, trainer, train, &gold, None, dev, opts, log);
    tagger
}

/// Trains the second pass of `tagger` (whose first pass is trained), given first-pass
/// tags of `train` that were predicted by taggers that did not see them (jackknifing).
pub fn train_second(
    tagger: &mut Tagger,
    train: &[Sentence],
    first: &[Vec<u8>],
    dev: &[Sentence],
    opts: &TrainOptions,
    log: &mut dyn FnMut(String),
) {
    let gold: Vec<Vec<u8>> = train
        .iter()
        .map(|s| {
            s.words
                .iter()
                .map(|w| tagger.class_of(&w.upos, &w.xpos).unwrap_or(0))
                .collect()
        })
        .collect();
    let trainer = Trainer::new(tagger.classes.len(), tagger.model.bits());
    epochs(tagger, trainer, train, &gold, Some(first), dev, opts, log);
}

#[allow(clippy::too_many_arguments)]
fn epochs(
    tagger: &mut Tagger,
    trainer: Trainer,
    train: &[Sentence],
    gold: &[Vec<u8>],
    first: Option<&[Vec<u8>]>,
    dev: &[Sentence],
    opts: &TrainOptions,
    log: &mut dyn FnMut(String),
) {
    let lexes: Vec<Vec<Lex>> = train
        .iter()
        .map(|s| s.words.iter().map(|w| Lex::new(&w.form)).collect())
        .collect();
    // One trainer per ensemble member (seeds `seed`, `seed + 7919`, …); the model is the
    // mean of their averaged weights.
    let members = opts.ensemble.max(1);
    let mut trainers = vec![trainer];
    for _ in 1..members {
        trainers.push(Trainer::new(trainers[0].nclass(), trainers[0].bits()));
    }
    let all: Vec<usize> = (0..train.len()).collect();
    let (mut rngs, mut orders) = member_streams(members, opts.seed + first.is_some() as u64, &all);
    let mut feats = Vec::new();
    let mut scores = vec![0.0f32; tagger.classes.len()];
    let pass = if first.is_some() {
        "second pass"
    } else {
        "first pass"
    };
    for epoch in 1..=opts.epochs {
        let (mut right, mut total) = (0usize, 0usize);
        for ((trainer, rng), order) in trainers.iter_mut().zip(&mut rngs).zip(&mut orders) {
            rng.shuffle(order);
            for &si in order.iter() {
                let c = tagger.ctx(&lexes[si]);
                let f = first.map(|f| f[si].as_slice());
                let (mut p1, mut p2) = (START, START2);
                for i in 0..train[si].words.len() {
                    let truth = gold[si][i];
                    let guess = match tagger.tagdict.get(&lexes[si][i].form) {
                        Some(&t) => t,
                        None => {
                            features(&c, i, p1, p2, f, &mut feats);
                            trainer.score(&feats, &mut scores);
                            let g = argmax_by(&scores, |_| true).unwrap() as u8;
                            trainer.tick();
                            trainer.update(&feats, truth as usize, g as usize);
                            g
                        }
                    };
                    right += (guess == truth) as usize;
                    total += 1;
                    p2 = p1;
                    p1 = guess as u64;
                }
            }
        }
        let refs: Vec<&Trainer> = trainers.iter().collect();
        let model = Trainer::freeze_mean(&refs, opts.prune);
        if first.is_some() {
            tagger.second = Some(model);
        } else {
            tagger.model = model;
        }
        if !dev.is_empty() {
            let (upos, xpos) = accuracy(tagger, dev);
            log(format!(
                "tagger {pass} epoch {epoch}: train {:.4}  dev upos {upos:.4} xpos {xpos:.4}",
                right as f64 / total.max(1) as f64
            ));
        }
    }
}

/// UPOS and XPOS accuracy against gold sentences.
pub fn accuracy(tagger: &Tagger, gold: &[Sentence]) -> (f64, f64) {
    let (mut u, mut x, mut n) = (0usize, 0usize, 0usize);
    for s in gold {
        let forms = s.forms();
        for (w, (up, xp)) in s.words.iter().zip(tagger.tag(&forms)) {
            u += (w.upos == up) as usize;
            x += (w.xpos == xp) as usize;
            n += 1;
        }
    }
    (u as f64 / n.max(1) as f64, x as f64 / n.max(1) as f64)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::conllu;

    pub(crate) const TOY: &str = "1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_
2\tTaliban\tTaliban\tPROPN\tNNP\t_\t3\tnsubj\t_\t_
3\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\t_
4\tthe\tthe\tDET\tDT\t_\t5\tdet\t_\t_
5\tbase\tbase\tNOUN\tNN\t_\t3\tobj\t_\t_
6\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_

1\tIran\tIran\tPROPN\tNNP\t_\t2\tnsubj\t_\t_
2\tarmed\tarm\tVERB\tVBD\t_\t0\troot\t_\t_
3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\t_
4\tmilitants\tmilitant\tNOUN\tNNS\t_\t2\tobj\t_\t_
5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_

1\tThey\tthey\tPRON\tPRP\t_\t2\tnsubj\t_\t_
2\tfunded\tfund\tVERB\tVBD\t_\t0\troot\t_\t_
3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\t_
4\tgroups\tgroup\tNOUN\tNNS\t_\t2\tobj\t_\t_
5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_
";

    /// A toy corpus in which "arms" is only ever a plural noun, with a present-tense
    /// verb class.
    fn arms_corpus() -> Vec<Sentence> {
        let mut text = String::new();
        for _ in 0..21 {
            text.push_str(
                "1\tArms\tarm\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n2\tflow\tflow\tVERB\tVBP\t_\t0\troot\t_\t_\n3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n",
            );
        }
        text.push_str("1\tThey\tthey\tPRON\tPRP\t_\t2\tnsubj\t_\t_\n2\tarm\tarm\tVERB\tVBP\t_\t0\troot\t_\t_\n3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\t_\n4\tmen\tman\tNOUN\tNNS\t_\t2\tobj\t_\t_\n\n");
        text.push_str("1\tIran\tIran\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n2\ttrains\ttrain\tVERB\tVBZ\t_\t0\troot\t_\t_\n3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\t_\n4\tgroup\tgroup\tNOUN\tNN\t_\t2\tobj\t_\t_\n\n");
        text.push_str("1\tIran\tIran\tPROPN\tNNP\t_\t5\tnsubj\t_\t_\n2\t,\t,\tPUNCT\t,\t_\t1\tpunct\t_\t_\n3\ta\ta\tDET\tDT\t_\t4\tdet\t_\t_\n4\tpatron\tpatron\tNOUN\tNN\t_\t1\tappos\t_\t_\n5\ttrains\ttrain\tVERB\tVBZ\t_\t0\troot\t_\t_\n\n");
        conllu::parse(&text).unwrap()
    }

    /// A tagger trained briefly on a toy corpus, for the repairs' tests.
    fn toy_tagger(sents: &[Sentence]) -> Tagger {
        let opts = TrainOptions {
            epochs: 2,
            seed: 1,
            prune: 0.0,
            bits: 16,
            ensemble: 1,
        };
        train(sents, &[], &opts, &mut |_| {})
    }

    #[test]
    fn a_verbless_clause_reads_its_s_word_as_a_verb() {
        let sents = arms_corpus();
        let t = toy_tagger(&sents);
        let c = |u: &str, x: &str| t.class_of(u, x).unwrap();
        let lex = |s: &str| s.split(' ').map(Lex::new).collect::<Vec<_>>();
        let (nnp, nns, dt, vbz, prp) = (
            c("PROPN", "NNP"),
            c("NOUN", "NNS"),
            c("DET", "DT"),
            c("VERB", "VBZ"),
            c("PRON", "PRP"),
        );
        let mut tags = vec![prp, nns, dt, nns];
        t.verbless_repair(&lex("It arms the men"), &mut tags);
        assert_eq!(tags, [prp, vbz, dt, nns]);
        let mut tags = vec![nnp, nns, dt, nns];
        t.verbless_repair(&lex("Iran arms the men"), &mut tags);
        assert_eq!(tags[1], vbz);
        // Not after a plural pronoun, nor with a verb elsewhere, nor before a noun.
        let mut tags = vec![prp, nns, dt, nns];
        t.verbless_repair(&lex("They arms the men"), &mut tags);
        assert_eq!(tags[1], nns);
        let mut tags = vec![nnp, vbz, nnp, nns, dt, nns];
        t.verbless_repair(&lex("Iran trains Hamas arms the men"), &mut tags);
        assert_eq!(tags[3], nns);
        let mut tags = vec![nns, nns, nns];
        t.verbless_repair(&lex("Arms sales figures"), &mut tags);
        assert_eq!(tags, [nns, nns, nns]);
        // After a name's apposition closed by a comma ("Iran, the patron, arms the men"),
        // but not after a comma alone.
        let comma = c("PUNCT", ",");
        let mut tags = vec![nnp, comma, dt, nns, comma, nns, dt, nns];
        t.verbless_repair(&lex("Iran , the patron , arms the men"), &mut tags);
        assert_eq!(tags[5], vbz);
        let mut tags = vec![nns, comma, nns, dt, nns];
        t.verbless_repair(&lex("men , arms the men"), &mut tags);
        assert_eq!(tags[2], nns);
    }

    #[test]
    fn a_name_opening_a_verbless_sentence_read_as_an_adjective_is_the_subject() {
        let mut text = String::new();
        text.push_str("1\tIranian\tIranian\tADJ\tJJ\t_\t2\tamod\t_\t_\n2\tjets\tjet\tNOUN\tNNS\t_\t3\tnsubj\t_\t_\n3\thit\thit\tVERB\tVBD\t_\t0\troot\t_\t_\n4\tnow\tnow\tADV\tRB\t_\t3\tadvmod\t_\t_\n5\tIran\tIran\tPROPN\tNNP\t_\t3\tobj\t_\t_\n6\tcrossed\tcross\tVERB\tVBN\t_\t3\tobj\t_\t_\n7\tland\tland\tNOUN\tNN\t_\t3\tobj\t_\t_\n8\tarms\tarm\tVERB\tVBZ\t_\t3\tconj\t_\t_\n\n");
        let t = toy_tagger(&conllu::parse(&text).unwrap());
        let c = |u: &str, x: &str| t.class_of(u, x).unwrap();
        let (jj, nnp, vbn, vbd, rb) = (
            c("ADJ", "JJ"),
            c("PROPN", "NNP"),
            c("VERB", "VBN"),
            c("VERB", "VBD"),
            c("ADV", "RB"),
        );
        let lex = |s: &str| s.split(' ').map(Lex::new).collect::<Vec<_>>();
        // "Azerbaijan retook Nagorno-Karabakh", read as an adjective, a participle
        // and an adverb
        let mut tags = vec![jj, vbn, rb];
        t.verbless_repair(&lex("Azerbaijan retook Nagorno-Karabakh"), &mut tags);
        assert_eq!(tags, [nnp, vbd, nnp]);
        let mut tags = vec![jj, vbn, nnp];
        t.verbless_repair(&lex("Azerbaijan recaptured Shusha"), &mut tags);
        assert_eq!(tags, [nnp, vbd, nnp]);
        // (not an adjective in lowercase, nor before a lowercase adverb)
        let mut tags = vec![jj, vbn, rb];
        t.verbless_repair(&lex("old retook now"), &mut tags);
        assert_eq!(tags, [jj, vbn, rb]);
        let mut tags = vec![jj, vbn, rb];
        t.verbless_repair(&lex("Iranian crossed now"), &mut tags);
        assert_eq!(tags, [jj, vbn, rb]);
    }

    #[test]
    fn an_irregular_past_before_an_adjective_is_the_verb() {
        let mut text = String::new();
        text.push_str("1\tEgyptian\tEgyptian\tADJ\tJJ\t_\t2\tamod\t_\t_\n2\tjets\tjet\tNOUN\tNNS\t_\t3\tnsubj\t_\t_\n3\thit\thit\tVERB\tVBD\t_\t0\troot\t_\t_\n4\tpositions\tposition\tNOUN\tNNS\t_\t3\tobj\t_\t_\n\n");
        text.push_str("1\ta\ta\tDET\tDT\t_\t3\tdet\t_\t_\n2\tstruck\tstrike\tVERB\tVBN\t_\t3\tamod\t_\t_\n3\tship\tship\tNOUN\tNN\t_\t4\tnsubj\t_\t_\n4\tsinks\tsink\tVERB\tVBZ\t_\t0\troot\t_\t_\n\n");
        text.push_str("1\tIran\tIran\tPROPN\tNNP\t_\t3\tnmod:poss\t_\t_\n2\t's\t's\tPART\tPOS\t_\t1\tcase\t_\t_\n3\tarmy\tarmy\tNOUN\tNN\t_\t0\troot\t_\t_\n\n");
        let t = toy_tagger(&conllu::parse(&text).unwrap());
        let c = |u: &str, x: &str| t.class_of(u, x).unwrap();
        let (jj, nn, nns, vbn, vbd) = (
            c("ADJ", "JJ"),
            c("NOUN", "NN"),
            c("NOUN", "NNS"),
            c("VERB", "VBN"),
            c("VERB", "VBD"),
        );
        let lex = |s: &str| s.split(' ').map(Lex::new).collect::<Vec<_>>();
        // "Egyptian fighter jets struck Rapid Support Forces positions"
        let mut tags = vec![jj, nn, nns, vbn, jj, nn, nns, nns];
        t.verbless_repair(
            &lex("Egyptian fighter jets struck Rapid Support Forces positions"),
            &mut tags,
        );
        assert_eq!(tags[3], vbd);
        // (not where the clause has a finite verb of its own)
        let mut tags = vec![jj, nns, vbn, jj, nns, vbd, nns];
        t.verbless_repair(
            &lex("Egyptian jets struck Rapid positions hit targets"),
            &mut tags,
        );
        assert_eq!(tags[2], vbn);
        // "Niger's junta overthrew Mohamed Bazoum": "overthrew" read as a noun
        let nnp = c("PROPN", "NNP");
        let pos = c("PART", "POS");
        let mut tags = vec![nnp, pos, nn, nn, nnp, nnp];
        t.verbless_repair(&lex("Niger 's junta overthrew Mohamed Bazoum"), &mut tags);
        assert_eq!(tags[3], vbd);
    }

    #[test]
    fn a_hyphened_name_is_no_interjection() {
        let mut text = String::from("1\tOh\toh\tINTJ\tUH\t_\t0\troot\t_\t_\n\n");
        text.push_str("1\tIran\tIran\tPROPN\tNNP\t_\t0\troot\t_\t_\n\n");
        let t = toy_tagger(&conllu::parse(&text).unwrap());
        let c = |u: &str, x: &str| t.class_of(u, x).unwrap();
        let (uh, nnp) = (c("INTJ", "UH"), c("PROPN", "NNP"));
        let lex = |s: &str| s.split(' ').map(Lex::new).collect::<Vec<_>>();
        let mut tags = vec![uh, uh, uh];
        t.hyphened_name_repair(&lex("Al-Shabaab al-Qaeda Oh"), &mut tags);
        assert_eq!(tags, [nnp, nnp, uh]);
        // (nor a hyphened word without a capital after the hyphen)
        let mut tags = vec![uh];
        t.hyphened_name_repair(&lex("Uh-huh"), &mut tags);
        assert_eq!(tags, [uh]);
    }

    #[test]
    fn since_between_have_and_a_participle_is_an_adverb() {
        let mut text = String::from("1\tsince\tsince\tADV\tRB\t_\t0\troot\t_\t_\n\n");
        text.push_str("1\tsince\tsince\tSCONJ\tIN\t_\t0\troot\t_\t_\n\n");
        text.push_str("1\thas\thave\tAUX\tVBZ\t_\t0\troot\t_\t_\n\n");
        text.push_str("1\tasked\task\tVERB\tVBN\t_\t0\troot\t_\t_\n\n");
        let t = toy_tagger(&conllu::parse(&text).unwrap());
        let c = |u: &str, x: &str| t.class_of(u, x).unwrap();
        let (rb, inn, vbz, vbn) = (
            c("ADV", "RB"),
            c("SCONJ", "IN"),
            c("AUX", "VBZ"),
            c("VERB", "VBN"),
        );
        let lex = |s: &str| s.split(' ').map(Lex::new).collect::<Vec<_>>();
        let mut tags = vec![vbz, inn, vbn];
        t.perfect_since_repair(&lex("has since asked"), &mut tags);
        assert_eq!(tags, [vbz, rb, vbn]);
        // (a clause "since" opens stays one: "has grown since Iran armed them")
        let mut tags = vec![vbz, inn, vbn];
        t.perfect_since_repair(&lex("grown since armed"), &mut tags);
        assert_eq!(tags, [vbz, inn, vbn]);
    }

    #[test]
    fn a_verb_after_a_determiner_and_before_of_is_a_noun() {
        let mut text = String::from("1\tthe\tthe\tDET\tDT\t_\t0\troot\t_\t_\n\n");
        text.push_str("1\texternal\texternal\tADJ\tJJ\t_\t0\troot\t_\t_\n\n");
        text.push_str("1\toperations\toperation\tNOUN\tNNS\t_\t0\troot\t_\t_\n\n");
        text.push_str("1\tarm\tarm\tNOUN\tNN\t_\t0\troot\t_\t_\n\n");
        text.push_str("1\tarm\tarm\tVERB\tVBP\t_\t0\troot\t_\t_\n\n");
        text.push_str("1\tof\tof\tADP\tIN\t_\t0\troot\t_\t_\n\n");
        text.push_str("1\tthey\tthey\tPRON\tPRP\t_\t0\troot\t_\t_\n\n");
        let t = toy_tagger(&conllu::parse(&text).unwrap());
        let c = |u: &str, x: &str| t.class_of(u, x).unwrap();
        let (dt, jj, nns, nn, vbp, inn, prp) = (
            c("DET", "DT"),
            c("ADJ", "JJ"),
            c("NOUN", "NNS"),
            c("NOUN", "NN"),
            c("VERB", "VBP"),
            c("ADP", "IN"),
            c("PRON", "PRP"),
        );
        let lex = |s: &str| s.split(' ').map(Lex::new).collect::<Vec<_>>();
        let mut tags = vec![dt, jj, nns, vbp, inn, dt];
        t.determined_verb_repair(&lex("the external operations arm of the"), &mut tags);
        assert_eq!(tags, [dt, jj, nns, nn, inn, dt]);
        // (a verb after a subject stays one: "they arm of course")
        let mut tags = vec![prp, vbp, inn, dt];
        t.determined_verb_repair(&lex("they arm of the"), &mut tags);
        assert_eq!(tags, [prp, vbp, inn, dt]);
    }

    #[test]
    fn an_acronym_read_as_a_number_is_a_name() {
        let mut text = String::from("1\tXIV\tXIV\tNUM\tCD\t_\t0\troot\t_\t_\n\n");
        text.push_str("1\tIran\tIran\tPROPN\tNNP\t_\t0\troot\t_\t_\n\n");
        let t = toy_tagger(&conllu::parse(&text).unwrap());
        let c = |u: &str, x: &str| t.class_of(u, x).unwrap();
        let (cd, nnp) = (c("NUM", "CD"), c("PROPN", "NNP"));
        let lex = |s: &str| s.split(' ').map(Lex::new).collect::<Vec<_>>();
        let mut tags = vec![cd, cd, cd, cd, cd];
        t.acronym_number_repair(&lex("ICC XIV 1999 MCMXC IIII"), &mut tags);
        // (Roman numerals written the standard way and figures stay numbers)
        assert_eq!(tags, [nnp, cd, cd, cd, nnp]);
    }

    #[test]
    fn an_object_relative_clause_reads_its_s_words_as_verbs() {
        let mut sents = arms_corpus();
        sents.extend(
            conllu::parse(
                "1\tHamas\tHamas\tPROPN\tNNP\t_\t0\troot\t_\t_\n2\t,\t,\tPUNCT\t,\t_\t1\tpunct\t_\t_\n3\twhich\twhich\tPRON\tWDT\t_\t5\tobj\t_\t_\n4\tIran\tIran\tPROPN\tNNP\t_\t5\tnsubj\t_\t_\n5\tfunds\tfund\tVERB\tVBZ\t_\t1\tacl:relcl\t_\t_\n6\tand\tand\tCCONJ\tCC\t_\t7\tcc\t_\t_\n7\tarms\tarm\tVERB\tVBZ\t_\t5\tconj\t_\t_\n8\tin\tin\tADP\tIN\t_\t9\tcase\t_\t_\n9\tGaza\tGaza\tPROPN\tNNP\t_\t5\tobl\t_\t_\n\n",
            )
            .unwrap(),
        );
        let t = toy_tagger(&sents);
        let c = |u: &str, x: &str| t.class_of(u, x).unwrap();
        let lex = |s: &str| s.split(' ').map(Lex::new).collect::<Vec<_>>();
        let (nnp, nns, wdt, vbz, cc, comma, prp, inp) = (
            c("PROPN", "NNP"),
            c("NOUN", "NNS"),
            c("PRON", "WDT"),
            c("VERB", "VBZ"),
            c("CCONJ", "CC"),
            c("PUNCT", ","),
            c("PRON", "PRP"),
            c("ADP", "IN"),
        );
        let mut tags = vec![nnp, comma, wdt, nnp, nns, cc, nns, comma, nns];
        t.relative_verb_repair(&lex("Hamas , which Iran funds and arms , arms"), &mut tags);
        assert_eq!(tags, [nnp, comma, wdt, nnp, vbz, cc, vbz, comma, nns]);
        let mut tags = vec![nns, wdt, prp, nns, comma];
        t.relative_verb_repair(&lex("arms which it funds ,"), &mut tags);
        assert_eq!(tags[3], vbz);
        // Not a noun phrase going on past the -s word, nor after a plural pronoun.
        let mut tags = vec![nns, wdt, nnp, nns, inp, nnp, nns];
        t.relative_verb_repair(&lex("arms which Hamas fighters in Gaza arms"), &mut tags);
        assert_eq!(tags[3], nns);
        let mut tags = vec![nns, wdt, nnp, nns, nns, comma];
        t.relative_verb_repair(&lex("arms which Iran funds arms ,"), &mut tags);
        assert_eq!(tags[3], nns);
        let mut tags = vec![nns, wdt, prp, nns, comma];
        t.relative_verb_repair(&lex("arms which they funds ,"), &mut tags);
        assert_eq!(tags[3], nns);
    }

    #[test]
    fn learns_a_toy_corpus_and_round_trips() {
        let sents = conllu::parse(TOY).unwrap();
        let opts = TrainOptions {
            epochs: 8,
            seed: 1,
            prune: 0.0,
            bits: 16,
            ensemble: 1,
        };
        let mut lines = Vec::new();
        let t = train(&sents, &sents, &opts, &mut |l| lines.push(l));
        assert_eq!(lines.len(), 8);
        assert_eq!(accuracy(&t, &sents), (1.0, 1.0));
        // Generalises by suffix and context to an unseen verb and noun.
        let out = t.tag(&["Russia", "trained", "the", "fighters", "."]);
        assert_eq!(out[1], ("VERB", "VBD"));
        assert_eq!(out[3], ("NOUN", "NNS"));
        let mut w = Writer::new("tagger");
        t.write(&mut w);
        let mut r = Reader::new(&w.buf, "tagger").unwrap();
        let t2 = Tagger::read(&mut r).unwrap();
        r.end().unwrap();
        assert_eq!(t2.tag(&["Russia", "trained", "the", "fighters", "."]), out);
        // A second pass trained on first-pass tags keeps the corpus right.
        let mut t = t;
        let first: Vec<Vec<u8>> = sents
            .iter()
            .map(|s| {
                let lex: Vec<Lex> = s.words.iter().map(|w| Lex::new(&w.form)).collect();
                t.tag_lex(&lex)
            })
            .collect();
        train_second(&mut t, &sents, &first, &sents, &opts, &mut |_| {});
        assert!(t.second.is_some());
        assert_eq!(accuracy(&t, &sents), (1.0, 1.0));
        let mut w = Writer::new("tagger");
        t.write(&mut w);
        let mut r = Reader::new(&w.buf, "tagger").unwrap();
        let t3 = Tagger::read(&mut r).unwrap();
        assert_eq!(
            t3.tag(&["Russia", "trained", "the", "fighters", "."]),
            t.tag(&["Russia", "trained", "the", "fighters", "."])
        );
    }
}
