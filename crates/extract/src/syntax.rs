//! A sentence's syntax from the trained NLP core: part-of-speech tags, lemmas, a
//! dependency tree and entity spans, indexed like the sentence's tokens.
//!
//! Invariant: a [`Parse`] has exactly one entry per token of its [`Sent`], heads are
//! 0-based token indices within the sentence (`None` for the root), and entity spans
//! lie inside the sentence.

use rapport_kb::Kb;
use rapport_model::ActorKind;
use rapport_nlp::{Annotated, GazLabel, Gazetteer, Pipeline};
use std::collections::{HashMap, HashSet};

use crate::doc::Sent;

/// The syntax of one sentence.
#[derive(Debug, Clone, Default)]
pub struct Parse {
    pub upos: Vec<String>,
    pub xpos: Vec<String>,
    pub lemma: Vec<String>,
    /// 0-based head token, `None` for the root.
    pub head: Vec<Option<usize>>,
    pub deprel: Vec<String>,
    /// Entities as `(first token, end token exclusive, PER|ORG|LOC)`.
    pub entities: Vec<(usize, usize, String)>,
}

impl Parse {
    /// Hangs token `k` on `head` with relation `rel` (a repair of the tree).
    fn attach(&mut self, k: usize, head: usize, rel: &str) {
        self.head[k] = Some(head);
        self.deprel[k] = rel.into();
    }

    fn from_annotated(a: Annotated) -> Parse {
        Parse {
            head: a
                .heads
                .iter()
                .map(|&h| if h == 0 { None } else { Some(h - 1) })
                .collect(),
            upos: a.upos,
            xpos: a.xpos,
            lemma: a.lemmas,
            deprel: a.deprels,
            entities: a.entities,
        }
    }

    pub fn len(&self) -> usize {
        self.upos.len()
    }

    pub fn is_empty(&self) -> bool {
        self.upos.is_empty()
    }

    pub fn upos(&self, i: usize) -> &str {
        self.upos.get(i).map(String::as_str).unwrap_or("")
    }

    pub fn deprel(&self, i: usize) -> &str {
        self.deprel.get(i).map(String::as_str).unwrap_or("")
    }

    pub fn head(&self, i: usize) -> Option<usize> {
        self.head.get(i).copied().flatten()
    }

    /// The dependents of token `i`, left to right.
    pub fn children(&self, i: usize) -> impl Iterator<Item = usize> + '_ {
        self.head
            .iter()
            .enumerate()
            .filter(move |(_, h)| **h == Some(i))
            .map(|(k, _)| k)
    }

    /// Token `root` and everything under it, in token order.
    pub fn subtree(&self, root: usize) -> Vec<usize> {
        let mut out = vec![root];
        let mut k = 0;
        while k < out.len() {
            let h = out[k];
            out.extend(self.children(h));
            k += 1;
        }
        out.sort_unstable();
        out
    }

    /// The tokens from `i` up to the root (`i` first).
    pub fn ancestors(&self, i: usize) -> Vec<usize> {
        let mut out = vec![i];
        let mut cur = i;
        while let Some(h) = self.head(cur) {
            if out.contains(&h) || out.len() > self.len() {
                break;
            }
            out.push(h);
            cur = h;
        }
        out
    }

    /// The tree path from `a` to `b` as labels, e.g. `nsubj↑ killed ↓obj`, for
    /// `rapport explain`.
    pub fn path(&self, sent: &Sent, text: &str, a: usize, b: usize) -> String {
        let up_a = self.ancestors(a);
        let up_b = self.ancestors(b);
        let Some(common) = up_a.iter().copied().find(|x| up_b.contains(x)) else {
            return String::new();
        };
        let mut parts = Vec::new();
        for &k in up_a.iter().take_while(|&&k| k != common) {
            parts.push(format!("{}↑", self.deprel(k)));
        }
        parts.push(sent.toks[common].span.slice(text).to_string());
        let down: Vec<usize> = up_b.iter().copied().take_while(|&k| k != common).collect();
        for &k in down.iter().rev() {
            parts.push(format!("↓{}", self.deprel(k)));
        }
        parts.join(" ")
    }

    /// Whether token `i` is a verb or auxiliary by its tag.
    pub fn is_verbal(&self, i: usize) -> bool {
        matches!(self.upos(i), "VERB" | "AUX")
    }

    /// Whether token `i` is a noun by its tag.
    pub fn is_nominal(&self, i: usize) -> bool {
        matches!(self.upos(i), "NOUN" | "PROPN")
    }
}

/// Annotates a sentence's tokens (the tokens of [`Sent`], so spans stay the
/// document's byte spans).
pub fn annotate(nlp: &Pipeline, sent: &Sent, text: &str) -> Parse {
    if sent.toks.is_empty() {
        return Parse::default();
    }
    let forms: Vec<String> = sent
        .toks
        .iter()
        .map(|t| {
            let s = t.span.slice(text);
            if s.contains(['\u{2019}', '\u{2018}', '\u{201c}', '\u{201d}']) {
                s.replace(['\u{2019}', '\u{2018}'], "'")
                    .replace(['\u{201c}', '\u{201d}'], "\"")
            } else {
                s.to_string()
            }
        })
        .collect();
    let refs: Vec<&str> = forms.iter().map(String::as_str).collect();
    let mut p = match dash_aside(&refs) {
        Some((a, b)) => annotate_aside(nlp, &refs, a, b),
        None => Parse::from_annotated(nlp.annotate(&refs)),
    };
    content_that(&mut p);
    noun_compound_subject(&mut p, &refs);
    day_before_name(&mut p, &refs);
    parenthetical_speech(&mut p, &refs);
    judged_gerund(&mut p, &refs);
    comma_coordinated_subjects(&mut p, &refs);
    subject_before_relative(&mut p, &refs);
    apposition_then_verb(&mut p, &refs);
    finite_modifier_as_verb(&mut p);
    modifier_noun_as_root(&mut p, &refs);
    having_participle(&mut p, &refs);
    adjective_list(&mut p, &refs);
    bare_object_of_telling(&mut p);
    causative_infinitive(&mut p, &refs);
    duration_before_gerund(&mut p, &refs);
    parenthetical_according(&mut p, &refs);
    fronted_phrase_subject(&mut p, &refs);
    year_then_subject(&mut p, &refs);
    speech_conj_as_report(&mut p, &refs);
    speech_act_conjunct(&mut p);
    subordinate_root(&mut p, &refs);
    title_then_name(&mut p, &refs);
    list_split_at_comma(&mut p, &refs);
    preposition_as_head(&mut p);
    apposed_names_then_verb(&mut p, &refs);
    p
}

/// "Sultani Makenga, the M23's military commander, and Corneille Nangaa, the AFC's
/// coordinator, both travelled to Kigali": two names, each with an apposition, and a
/// finite verb, which the parser read as conjuncts of the first name (the sentence's
/// root), or the verb as a clause on it. The verb becomes the root with the first name (and so its conjunct) as subject;
/// a "both" before the verb becomes its modifier.
fn apposed_names_then_verb(p: &mut Parse, forms: &[&str]) {
    let n = p.len();
    let Some(r) = (0..n.min(3)).find(|&i| p.head[i].is_none()) else {
        return;
    };
    if p.upos[r] != "PROPN" {
        return;
    }
    let kids: Vec<usize> = (0..n).filter(|&k| p.head[k] == Some(r)).collect();
    let Some(&c2) = kids
        .iter()
        .find(|&&k| p.deprel[k] == "conj" && p.upos[k] == "PROPN")
    else {
        return;
    };
    let Some(&v) = kids.iter().find(|&&k| {
        k > c2
            && matches!(
                p.deprel[k].as_str(),
                "conj" | "acl:relcl" | "acl" | "parataxis"
            )
            && p.upos[k] == "VERB"
            && matches!(p.xpos[k].as_str(), "VBD" | "VBZ" | "VBP")
    }) else {
        return;
    };
    // (each name has its apposition, and the verb is no conjunct of its own: nothing but
    // a comma and "both" before it)
    let apposed = |h: usize| (0..n).any(|k| p.head[k] == Some(h) && p.deprel[k] == "appos");
    if !apposed(r) || !apposed(c2) {
        return;
    }
    let before_v: Vec<usize> = (0..v).filter(|&k| p.head[k] == Some(v)).collect();
    if before_v
        .iter()
        .any(|&k| !(forms[k] == "," || forms[k].eq_ignore_ascii_case("both")))
    {
        return;
    }
    p.head[v] = None;
    p.deprel[v] = "root".into();
    p.attach(r, v, "nsubj");
    for k in before_v {
        if forms[k].eq_ignore_ascii_case("both") {
            p.attach(k, v, "advmod");
        }
    }
    // (what came after the verb on the old root is the verb's: the final stop)
    for k in v + 1..n {
        if p.head[k] == Some(r) {
            p.head[k] = Some(v);
        }
    }
}

/// Whether a token is a dash that sets words aside ("–", "—", "--", or a lone "-").
fn is_dash(form: &str) -> bool {
    matches!(form, "–" | "—" | "--" | "-")
}

/// A pair of dashes setting a few words aside inside the sentence ("Soleimani, who
/// headed the Quds Force – the overseas arm of the IRGC – was killed …"): the first
/// dash's and the second's token indices, with one to twelve words between, words
/// before the first and at least two tokens after the second.
fn dash_aside(forms: &[&str]) -> Option<(usize, usize)> {
    let n = forms.len();
    let dashes = (2..n).find(|&k| is_dash(forms[k])).and_then(|a| {
        let b = (a + 2..(a + 14).min(n)).find(|&k| is_dash(forms[k]))?;
        (b + 2 < n).then_some((a, b))
    });
    // (and brackets around a few words: "the Revolutionary Guard [the IRGC's
    // elite unit] trained …", "Sepah Pasdaran (the Revolutionary Guards) invited …")
    let brackets = (2..n)
        .find(|&k| matches!(forms[k], "(" | "["))
        .and_then(|a| {
            let close = if forms[a] == "(" { ")" } else { "]" };
            let b = (a + 1..(a + 14).min(n)).find(|&k| forms[k] == close)?;
            (b >= a + 3 && b + 2 < n).then_some((a, b))
        });
    match (dashes, brackets) {
        (Some(d), Some(p)) => Some(if d.0 < p.0 { d } else { p }),
        (d, p) => d.or(p),
    }
}

/// The sentence parsed without the words its dashes set aside, and those words parsed
/// on their own and hung on the word before the first dash, as an apposition (a noun
/// phrase) or a parenthetical clause. The parser, trained on few such asides, otherwise
/// hangs the sentence's main verb inside them.
fn annotate_aside(nlp: &Pipeline, forms: &[&str], a: usize, b: usize) -> Parse {
    let n = forms.len();
    // (the second dash also closes a phrase a comma opened before the first: "X, who
    // headed Y – … – was killed": the outer sentence reads a comma there)
    let closes = (0..a)
        .rev()
        .take_while(|&k| !is_dash(forms[k]))
        .find(|&k| forms[k] == ",")
        .is_some();
    let outer_forms: Vec<&str> = forms[..a]
        .iter()
        .copied()
        .chain(closes.then_some(","))
        .chain(forms[b + 1..].iter().copied())
        .collect();
    let outer = Parse::from_annotated(nlp.annotate(&outer_forms));
    let inner = Parse::from_annotated(nlp.annotate(&forms[a + 1..b]));
    if outer.len() != outer_forms.len() || inner.len() != b - a - 1 {
        return Parse::from_annotated(nlp.annotate(forms));
    }
    // (the comma read in the aside's place stands for the second dash)
    let from_outer = |j: usize| match (j.cmp(&a), closes) {
        (std::cmp::Ordering::Less, _) => j,
        (std::cmp::Ordering::Equal, true) => b,
        (_, true) => j + (b - a),
        (_, false) => j + (b - a + 1),
    };
    let mut p = Parse {
        upos: vec![String::new(); n],
        xpos: vec![String::new(); n],
        lemma: vec![String::new(); n],
        head: vec![None; n],
        deprel: vec![String::new(); n],
        entities: Vec::new(),
    };
    for j in 0..outer.len() {
        let o = from_outer(j);
        p.upos[o] = outer.upos[j].clone();
        p.xpos[o] = outer.xpos[j].clone();
        p.lemma[o] = outer.lemma[j].clone();
        p.head[o] = outer.head[j].map(from_outer);
        p.deprel[o] = outer.deprel[j].clone();
    }
    let inner_root = (0..inner.len())
        .find(|&k| inner.head[k].is_none())
        .unwrap_or(0);
    for k in 0..inner.len() {
        let o = a + 1 + k;
        p.upos[o] = inner.upos[k].clone();
        p.xpos[o] = inner.xpos[k].clone();
        p.lemma[o] = inner.lemma[k].clone();
        p.head[o] = inner.head[k].map(|h| a + 1 + h);
        p.deprel[o] = inner.deprel[k].clone();
    }
    let root = a + 1 + inner_root;
    p.head[root] = Some(a - 1);
    p.deprel[root] = if matches!(p.upos[root].as_str(), "NOUN" | "PROPN" | "PRON" | "NUM") {
        "appos".into()
    } else {
        "parataxis".into()
    };
    for d in [a, b] {
        if d == b && closes {
            // (the outer sentence's comma: keep its attachment, as a dash)
            p.xpos[d] = ":".into();
            p.lemma[d] = forms[d].to_string();
            continue;
        }
        p.upos[d] = "PUNCT".into();
        p.xpos[d] = ":".into();
        p.lemma[d] = forms[d].to_string();
        p.head[d] = Some(root);
        p.deprel[d] = "punct".into();
    }
    // (an entity of the outer sentence that would span the aside is dropped)
    for (s0, s1, l) in outer.entities {
        if (s0 > a || s1 <= a) && !(closes && s0 == a) {
            p.entities.push((from_outer(s0), from_outer(s1 - 1) + 1, l));
        }
    }
    for (s0, s1, l) in inner.entities {
        p.entities.push((a + 1 + s0, a + 1 + s1, l));
    }
    p.entities.sort();
    p
}

/// "for talks with General Abdourahamane Tchiani": the parser may make a preposition the
/// head of its phrase, attached as a modifier, with the noun under it as a subject or
/// object. The noun takes the preposition's place and the preposition becomes its case
/// marker.
fn preposition_as_head(p: &mut Parse) {
    let n = p.len();
    for a in 0..n {
        if p.upos[a] != "ADP" || !matches!(p.deprel[a].as_str(), "nmod" | "obl") {
            continue;
        }
        let kids: Vec<usize> = (0..n).filter(|&c| p.head[c] == Some(a)).collect();
        let nominal: Vec<usize> = kids
            .iter()
            .copied()
            .filter(|&c| {
                c > a
                    && matches!(p.upos[c].as_str(), "NOUN" | "PROPN" | "PRON")
                    && matches!(
                        p.deprel[c].as_str(),
                        "nsubj" | "obj" | "nmod" | "obl" | "dep"
                    )
            })
            .collect();
        let [c] = nominal[..] else { continue };
        p.head[c] = p.head[a];
        p.deprel[c] = p.deprel[a].clone();
        for k in kids {
            if k != c {
                p.head[k] = Some(c);
            }
        }
        p.attach(a, c, "case");
    }
}

/// "The leaders of Japan, South Korea and the United States met …": the parser breaks a
/// list at its first comma and makes the rest a second subject of the verb. A verb with
/// two subjects, the second right after a comma that closes a name in the first's
/// phrase: the second becomes that name's conjunct.
fn list_split_at_comma(p: &mut Parse, forms: &[&str]) {
    let n = p.len();
    let mut subjects: Vec<Vec<usize>> = vec![Vec::new(); n];
    for c in 0..n {
        if let Some(h) = p.head[c].filter(|_| p.deprel[c] == "nsubj") {
            subjects[h].push(c);
        }
    }
    for pair in &subjects {
        let [s1, s2] = pair[..] else { continue };
        // (the comma may hang on the second subject)
        let start = p
            .subtree(s2)
            .into_iter()
            .filter(|&k| forms[k] != ",")
            .min()
            .unwrap_or(s2);
        if start < 2 || forms[start - 1] != "," || p.upos[s2] != "PROPN" {
            continue;
        }
        let first = p.subtree(s1);
        let end = start - 2;
        // the highest name in the first subject's phrase ending right before the comma
        let Some(a) = first.iter().copied().filter(|&k| k != s1).find(|&k| {
            p.upos[k] == "PROPN"
                && p.subtree(k).into_iter().max() == Some(end)
                && p.head[k].is_some_and(|h| {
                    !(p.upos[h] == "PROPN" && p.subtree(h).into_iter().max() == Some(end))
                })
        }) else {
            continue;
        };
        p.attach(s2, a, "conj");
        p.attach(start - 1, s2, "punct");
    }
}

/// "Libya's prime minister, Abdul Hamid Dbeibah, held talks with …": the parser hangs
/// the title phrase opening the sentence on the verb as an oblique (or a second
/// subject) and the name between the commas as the subject. A noun phrase with no verb
/// from the sentence's start to a comma, a name between that comma and a second one,
/// and a verb right after it that the name or the title is the subject of: the title
/// becomes the subject and the name its apposition, as in the treebanks.
fn title_then_name(p: &mut Parse, forms: &[&str]) {
    let n = p.len();
    let Some(c1) = (1..n).find(|&i| forms[i] == ",") else {
        return;
    };
    let Some(c2) = (c1 + 2..n).find(|&i| forms[i] == ",") else {
        return;
    };
    let v = c2 + 1;
    if v >= n || p.upos[v] != "VERB" {
        return;
    }
    let outside = |a: usize, b: usize| -> Vec<usize> {
        (a..b)
            .filter(|&i| p.head[i].is_none_or(|h| h < a || h >= b))
            .collect()
    };
    let title = outside(0, c1);
    let name = outside(c1 + 1, c2);
    let ([x], [m]) = (&title[..], &name[..]) else {
        return;
    };
    let (x, m) = (*x, *m);
    let person = |l: &str| {
        crate::words::APPOSED_PERSON_HEADS.contains(&l)
            || matches!(
                l,
                "chief" | "head" | "chairman" | "secretary" | "deputy" | "general"
            )
    };
    let plain_title = p.upos[x] == "NOUN"
        && person(&p.lemma[x])
        && (0..c1).all(|i| !matches!(p.upos[i].as_str(), "VERB" | "AUX"));
    let plain_name = (c1 + 1..c2).all(|i| p.upos[i] == "PROPN");
    let on_verb =
        |k: usize, rels: &[&str]| p.head[k] == Some(v) && rels.contains(&p.deprel[k].as_str());
    if !plain_title
        || !plain_name
        || !on_verb(m, &["nsubj", "nsubj:pass"])
        || !on_verb(x, &["obl", "nsubj", "nsubj:pass", "dep", "obj"])
    {
        return;
    }
    p.deprel[x] = p.deprel[m].clone();
    p.attach(m, x, "appos");
    p.attach(c1, m, "punct");
    p.attach(c2, m, "punct");
}

/// "According to a readout from the presidential office in Seoul, Lee Jae-myung and
/// Sanae Takaichi agreed …", "In a joint statement issued during Wang Yi's visit to New
/// Delhi, India and China agreed …": where a sentence opens with a prepositional phrase
/// closed by a comma, and the names between that comma and the first finite verb, which
/// has no subject, hang inside the phrase (read as a list going on from its last noun),
/// the names are the verb's subject.
/// "After Taliban fighters overran Mazar-e-Sharif, eight Iranian diplomats were
/// killed …": where the parser made a subordinate clause's verb the root and the main
/// clause after the comma its dependent, the main clause's verb is the root and the
/// subordinate clause its adverbial clause.
fn subordinate_root(p: &mut Parse, forms: &[&str]) {
    let n = p.len().min(forms.len());
    let Some(r) = (0..n).find(|&k| p.head[k].is_none()) else {
        return;
    };
    let marked = p.children(r).any(|c| {
        p.deprel(c) == "mark"
            && c < r
            && matches!(
                forms[c].to_ascii_lowercase().as_str(),
                "after" | "when" | "as" | "before" | "since" | "while" | "because" | "once"
            )
    });
    if !marked || p.upos[r] != "VERB" {
        return;
    }
    let Some(v) = p.children(r).find(|&c| {
        c > r
            && matches!(p.deprel(c), "ccomp" | "parataxis" | "conj")
            && p.upos[c] == "VERB"
            && p.children(c).any(|k| p.deprel(k).starts_with("nsubj"))
            && !p.children(c).any(|k| matches!(p.deprel(k), "cc" | "mark"))
            && {
                let start = p
                    .subtree(c)
                    .into_iter()
                    .find(|&k| p.upos[k] != "PUNCT")
                    .unwrap_or(c);
                start > r + 1 && forms[start - 1] == ","
            }
    }) else {
        return;
    };
    // the main verb takes the root and the words before the subordinate clause
    let before: Vec<usize> = p
        .children(r)
        .filter(|&k| {
            k < r
                && !matches!(
                    p.deprel(k),
                    "mark" | "nsubj" | "nsubj:pass" | "aux" | "advmod"
                )
                && p.subtree(k).last().is_some_and(|&e| {
                    (e + 1..r).any(|x| p.deprel(x) == "mark" && p.head[x] == Some(r))
                })
        })
        .collect();
    p.head[v] = None;
    p.deprel[v] = "root".into();
    p.attach(r, v, "advcl");
    for k in before {
        let rel = p.deprel(k).to_string();
        p.attach(k, v, &rel);
    }
    let tail: Vec<usize> = p
        .children(r)
        .filter(|&k| k > v && p.deprel(k) == "punct")
        .collect();
    for k in tail {
        p.attach(k, v, "punct");
    }
}

/// "A former fighter told me in Baghdad, Quds Force instructors taught …": a clause with
/// a subject of its own that the parser coordinated with a verb of saying, with a comma
/// and no conjunction between them, is what was said.
fn speech_conj_as_report(p: &mut Parse, forms: &[&str]) {
    let n = p.len().min(forms.len());
    for v in 0..n {
        if !matches!(
            p.lemma[v].as_str(),
            "say" | "tell" | "recall" | "insist" | "add" | "explain" | "claim" | "admit"
        ) || p.upos[v] != "VERB"
        {
            continue;
        }
        let kids: Vec<usize> = p.children(v).collect();
        for c in kids {
            if c <= v + 1
                || p.deprel(c) != "conj"
                || p.upos[c] != "VERB"
                || !p.children(c).any(|k| p.deprel(k).starts_with("nsubj"))
                || p.children(c).any(|k| p.deprel(k) == "cc")
            {
                continue;
            }
            let start = p.subtree(c).first().copied().unwrap_or(c);
            if start > 0 && forms[start - 1] == "," && (v + 1..start - 1).all(|k| forms[k] != ",") {
                p.deprel[c] = "ccomp".into();
            }
        }
    }
}

/// "Ahmed al-Sharaa said Damascus wanted no war and called on Israel to withdraw": a
/// verb of saying or asking with no subject of its own, in the tense of a verb of
/// saying, that the parser coordinated with the clause reported by that verb, is the
/// speaker's next act, coordinated with the verb of saying (the parser takes the
/// nearest verb; what a speaker does next is speak again).
fn speech_act_conjunct(p: &mut Parse) {
    let n = p.len();
    for c in 0..n {
        if p.upos[c] != "VERB" || p.deprel(c) != "conj" {
            continue;
        }
        let kids: Vec<usize> = p.children(c).collect();
        let asking = match p.lemma[c].as_str() {
            // ("called on Israel to …", "called for a ceasefire"; not "called it a crime")
            "call" => kids.iter().any(|&k| {
                p.deprel(k) == "obl"
                    && p.children(k).any(|g| {
                        p.deprel(g) == "case"
                            && matches!(p.lemma[g].as_str(), "on" | "upon" | "for")
                    })
            }),
            lemma => SPEECH_ACTS.contains(&lemma),
        };
        if !asking || kids.iter().any(|&k| p.deprel(k).starts_with("nsubj")) {
            continue;
        }
        let Some(h) = p.head(c).filter(|&h| h < c && p.deprel(h) == "ccomp") else {
            continue;
        };
        // (an auxiliary of the reported verb may serve both: "said Iran had armed the
        // militia and urged it to …")
        if !p.children(h).any(|k| p.deprel(k) == "nsubj")
            || p.children(h)
                .any(|k| matches!(p.deprel(k), "aux" | "aux:pass"))
        {
            continue;
        }
        let Some(v) = p.head(h).filter(|&v| v < h) else {
            continue;
        };
        if p.upos[v] == "VERB"
            && matches!(
                p.lemma[v].as_str(),
                "say" | "tell" | "insist" | "add" | "claim" | "announce" | "state" | "declare"
            )
            && matches!(p.xpos[v].as_str(), "VBD" | "VBZ")
            // (a bare participle with no auxiliary to share is a past form misread)
            && (p.xpos[c] == p.xpos[v] || (p.xpos[v] == "VBD" && p.xpos[c] == "VBN"))
        {
            p.head[c] = Some(v);
        }
    }
}

/// Verbs of saying, asking, warning and judging that a speaker's next clause opens.
const SPEECH_ACTS: &[&str] = &[
    "urge",
    "accuse",
    "warn",
    "demand",
    "appeal",
    "vow",
    "pledge",
    "promise",
    "threaten",
    "reject",
    "deny",
    "condemn",
    "ask",
    "dismiss",
    "praise",
    "criticize",
    "criticise",
    "blame",
    "insist",
    "add",
    "announce",
    "reiterate",
    "stress",
    "thank",
    "welcome",
    "invite",
    "reaffirm",
    "press",
];

/// "… recalled that in the spring of 2009 Revolutionary Guards officers trained …": a
/// noun phrase right after a year, with no comma, that the parser hung on the phrase of
/// time before it, is the subject of the finite verb right after it, where that verb
/// has none (or only a subordinator the parser took for one).
fn year_then_subject(p: &mut Parse, forms: &[&str]) {
    let n = p.len().min(forms.len());
    let year = |k: usize| {
        forms[k].len() == 4
            && forms[k].bytes().all(|b| b.is_ascii_digit())
            && matches!(&forms[k][..2], "19" | "20")
    };
    for y in 1..n.saturating_sub(2) {
        if !year(y) || !forms[y + 1].starts_with(|c: char| c.is_uppercase()) {
            continue;
        }
        // the phrase: capitalised words, nouns and their conjunctions
        let Some(e) = (y + 1..n).find(|&k| {
            !matches!(
                p.upos[k].as_str(),
                "PROPN" | "NOUN" | "ADJ" | "PART" | "CCONJ"
            )
        }) else {
            continue;
        };
        let h = e - 1;
        if e < y + 2 || !matches!(p.upos[h].as_str(), "NOUN" | "PROPN") {
            continue;
        }
        // (the verb right after it, or after a participle's phrase set off by commas:
        // "Saudi and Houthi negotiators, meeting quietly in Muscat, agreed …")
        let aside = (forms[e] == "," && e + 1 < n && p.xpos[e + 1] == "VBG")
            .then(|| (e + 2..(e + 12).min(n)).find(|&k| forms[k] == ","))
            .flatten();
        let v = aside.map_or(e, |c| c + 1);
        if v >= n
            || p.upos[v] != "VERB"
            || !(matches!(p.xpos[v].as_str(), "VBD" | "VBZ" | "VBP")
                || (p.xpos[v] == "VBN" && !p.children(v).any(|k| p.deprel(k).starts_with("aux"))))
        {
            continue;
        }
        // (the phrase hangs before itself: on the phrase of time)
        if p.head[h].is_none_or(|g| g > y)
            || (y + 1..h).any(|k| p.head[k].is_none_or(|g| g < y + 1 || g > h))
        {
            continue;
        }
        let subjects: Vec<usize> = p
            .children(v)
            .filter(|&k| p.deprel(k).starts_with("nsubj"))
            .collect();
        if subjects.iter().any(|&k| p.upos[k] != "SCONJ") {
            continue;
        }
        for k in subjects {
            p.deprel[k] = "mark".into();
        }
        // (where the sentence's root is the phrase of time, the verb takes its place)
        let root = (0..n).find(|&k| p.head[k].is_none());
        if let Some(r) = root.filter(|&r| r <= y && p.upos[r] != "VERB") {
            let kids: Vec<usize> = p.children(r).filter(|&k| k > h).collect();
            p.head[v] = None;
            p.deprel[v] = "root".into();
            p.attach(r, v, "obl");
            for k in kids {
                if k == v {
                    continue;
                }
                if aside.is_some_and(|c| k > e && k < c) && p.xpos[k] == "VBG" {
                    p.attach(k, h, "acl");
                } else {
                    let rel = p.deprel(k).to_string();
                    p.attach(k, v, &rel);
                }
            }
        }
        if let Some(c) = aside {
            for k in e + 1..c {
                if p.xpos[k] == "VBG"
                    && p.head[k] != Some(h)
                    && p.head[k].is_none_or(|g| g <= y || g >= c)
                {
                    p.attach(k, h, "acl");
                }
            }
        }
        p.attach(h, v, "nsubj");
    }
}

fn fronted_phrase_subject(p: &mut Parse, forms: &[&str]) {
    let n = p.len().min(forms.len());
    if n < 6
        || !(p.upos[0] == "ADP"
            || forms[0].eq_ignore_ascii_case("according")
            || forms[0].eq_ignore_ascii_case("during"))
    {
        return;
    }
    let Some(c) = (1..n).find(|&k| forms[k] == ",") else {
        return;
    };
    if (1..c).any(|k| matches!(p.xpos[k].as_str(), "VBD" | "VBZ" | "VBP" | "MD")) {
        return;
    }
    let Some(v) = (c + 1..n).find(|&k| {
        !matches!(
            p.upos[k].as_str(),
            "PROPN" | "NOUN" | "DET" | "CCONJ" | "ADJ" | "PUNCT" | "PART"
        )
    }) else {
        return;
    };
    // (a "subject" inside the opening phrase is no subject: "during Wang Yi's visit")
    if v <= c + 1
        || p.upos[v] != "VERB"
        || !matches!(p.xpos[v].as_str(), "VBD" | "VBZ" | "VBP")
        || p.children(v)
            .any(|k| p.deprel(k).starts_with("nsubj") && k > c)
        || (c + 1..v).any(|k| p.upos[k] == "PUNCT" && forms[k] != ",")
    {
        return;
    }
    // the span's words that hang outside it, in order: the first is the subject, the
    // others its conjuncts
    let outside: Vec<usize> = (c + 1..v)
        .filter(|&k| {
            p.head[k].is_some_and(|h| h <= c) && !matches!(p.upos[k].as_str(), "PUNCT" | "CCONJ")
        })
        .collect();
    let Some((&s0, rest)) = outside.split_first() else {
        return;
    };
    if !matches!(p.upos[s0].as_str(), "PROPN" | "NOUN") {
        return;
    }
    for k in 0..c {
        if p.head[k] == Some(v) && p.deprel(k).starts_with("nsubj") {
            p.deprel[k] = "obl".into();
        }
    }
    p.attach(s0, v, "nsubj");
    for &k in rest {
        p.attach(k, s0, "conj");
    }
    // (the comma and the conjunctions go with the subject's phrase)
    for k in c + 1..v {
        if p.head[k].is_some_and(|h| h <= c) {
            let rel = if p.upos[k] == "CCONJ" { "cc" } else { "punct" };
            let next = (k + 1..v)
                .find(|&x| x == s0 || rest.contains(&x))
                .unwrap_or(s0);
            p.attach(k, next, rel);
        }
    }
    if forms[c] == "," && p.head[c].is_some_and(|h| h > c && h != v) {
        p.attach(c, v, "punct");
    }
}

/// "Israeli aircraft, according to the IDF, destroyed Hezbollah weapons depots": the
/// parser reads a source phrase between commas after the subject as the subject's
/// modifier and the verb after it as a clause on the source. A subject phrase with no
/// verb, a source phrase "according to …" between commas and a finite verb right after
/// it with no subject of its own: the verb becomes the root, the phrase before its
/// subject and the source its `obl`.
fn parenthetical_according(p: &mut Parse, forms: &[&str]) {
    let n = p.len();
    let Some(c1) = (1..n.saturating_sub(3)).find(|&k| {
        forms[k] == ","
            && forms[k + 1].eq_ignore_ascii_case("according")
            && forms[k + 2].eq_ignore_ascii_case("to")
    }) else {
        return;
    };
    let Some(c2) = (c1 + 4..n.min(c1 + 12)).find(|&k| forms[k] == ",") else {
        return;
    };
    let mut v = c2 + 1;
    if v < n && p.upos[v] == "ADV" {
        v += 1;
    }
    // (a past form read as a participle on the source, "the IDF, destroyed …", too)
    if v >= n
        || p.upos[v] != "VERB"
        || !matches!(p.xpos[v].as_str(), "VBD" | "VBZ" | "VBP" | "VBN")
        || (0..n).any(|i| {
            p.head[i] == Some(v)
                && (p.deprel[i].starts_with("nsubj") || p.deprel[i].starts_with("aux"))
        })
    {
        return;
    }
    let outer: Vec<usize> = (0..c1)
        .filter(|&i| p.head[i].is_none_or(|h| h >= c1))
        .collect();
    let [h0] = outer[..] else { return };
    if !matches!(p.upos[h0].as_str(), "NOUN" | "PROPN" | "PRON")
        || (0..c1).any(|i| matches!(p.upos[i].as_str(), "VERB" | "AUX"))
    {
        return;
    }
    let source: Vec<usize> = (c1 + 3..c2)
        .filter(|&i| p.head[i].is_none_or(|h| h <= c1 + 2 || h >= c2))
        .collect();
    let [y] = source[..] else { return };
    for i in c2 + 1..n {
        if i != v && (p.head[i] == Some(h0) || p.head[i] == Some(y)) {
            p.head[i] = Some(v);
        }
    }
    p.head[v] = None;
    p.deprel[v] = "root".into();
    if p.xpos[v] == "VBN" {
        p.xpos[v] = "VBD".into();
    }
    p.attach(h0, v, "nsubj");
    p.attach(y, v, "obl");
    p.attach(c1, y, "punct");
    p.attach(c2, y, "punct");
}

/// "… suspended RFI and France 24 in March 2022, two months after expelling France's
/// ambassador": the parser may hang a gerund after "after" or "before" on the duration
/// before it, and the duration on a noun of the clause. A gerund so marked whose head is
/// a noun of time becomes an adverbial clause of the sentence's verb, so that it takes
/// that verb's subject.
fn duration_before_gerund(p: &mut Parse, forms: &[&str]) {
    let Some(root) = (0..forms.len()).find(|&k| p.head(k).is_none()) else {
        return;
    };
    if p.upos[root] != "VERB" {
        return;
    }
    for g in 1..forms.len() {
        if p.xpos[g] != "VBG" || !matches!(forms[g - 1].to_lowercase().as_str(), "after" | "before")
        {
            continue;
        }
        let Some(h) = p.head(g) else { continue };
        let time = matches!(
            p.lemma[h].as_str(),
            "day" | "week" | "month" | "year" | "hour" | "decade"
        );
        if time && h + 2 == g && h != root && !descends(p, root, g) {
            p.head[g] = Some(root);
            p.deprel[g] = "advcl".into();
        }
    }
}

/// Verbs that make their object do what their infinitive says ("prompted Iran to vow
/// revenge", "forced the army to withdraw").
const CAUSATIVES: &[&str] = &[
    "prompt",
    "force",
    "push",
    "drive",
    "compel",
    "cause",
    "spur",
    "urge",
    "allow",
    "encourage",
    "persuade",
    "pressure",
    "oblige",
    "lead",
];

/// "Israel's assassination of Ismail Haniyeh in Tehran in July 2024 prompted Iran to vow
/// revenge": after a long subject the parser may hang a causative's infinitive as an
/// adverbial clause (a purpose) instead of its complement. An infinitive right after
/// the causative's object becomes its `xcomp`, whose subject the object is.
fn causative_infinitive(p: &mut Parse, forms: &[&str]) {
    for v in 0..forms.len() {
        if p.upos[v] != "VERB" || !CAUSATIVES.contains(&p.lemma[v].as_str()) {
            continue;
        }
        let Some(o) = p.children(v).find(|&c| p.deprel(c) == "obj") else {
            continue;
        };
        let object_end = p.subtree(o).last().copied().unwrap_or(o);
        for x in p.children(v).collect::<Vec<_>>() {
            if p.deprel(x) != "advcl" || p.upos[x] != "VERB" {
                continue;
            }
            let to = p
                .children(x)
                .find(|&c| p.deprel(c) == "mark" && forms[c].eq_ignore_ascii_case("to"));
            if to == Some(object_end + 1) {
                p.deprel[x] = "xcomp".into();
            }
        }
    }
}

/// "Kenya, Somalia agree to reopen border", "US, UK strike Houthi targets": a headline
/// joins two subjects with a comma, and the parser reads the first as a vocative or a
/// loose dependent. A name opening the sentence, a comma and a second name that is the
/// subject of the verb after it become one coordinated subject (the second a `conj` of
/// the first).
fn comma_coordinated_subjects(p: &mut Parse, forms: &[&str]) {
    let n = p.len();
    // the first name: its head and its last word
    let Some(h0) = (0..n.min(4)).find(|&i| {
        p.upos[i] == "PROPN"
            && p.head[i].is_none_or(|h| h >= i)
            && !matches!(p.deprel[i].as_str(), "flat" | "compound")
    }) else {
        return;
    };
    let Some(comma) = (h0 + 1..n.min(h0 + 4)).find(|&i| forms[i] == ",") else {
        return;
    };
    if (0..comma).any(|i| i != h0 && p.head[i] != Some(h0) && p.upos[i] != "DET") {
        return;
    }
    // the second name: the subject of a verb, whose words all hang inside it
    let Some(h1) =
        (comma + 1..n.min(comma + 5)).find(|&i| p.deprel[i] == "nsubj" && p.upos[i] == "PROPN")
    else {
        return;
    };
    let Some(v) = p.head[h1].filter(|&v| v > h1 && p.upos[v] == "VERB") else {
        return;
    };
    // (not a source clause between commas, "The Taliban, Karzai said, received …", nor
    // an apposition a comma closes, and the first name hangs on nothing else)
    if PARENTHETICAL_SPEECH.contains(&p.lemma[v].to_lowercase().as_str())
        || (h1..=v + 1).any(|i| i < n && forms[i] == ",")
        || p.head[h0].is_some_and(|h| h != v && h != h1)
    {
        return;
    }
    if (comma + 1..h1).any(|i| p.head[i] != Some(h1))
        || (h1 + 1..v).any(|i| p.head[i] != Some(h1) && p.head[i] != Some(v))
    {
        return;
    }
    if !matches!(
        p.deprel[h0].as_str(),
        "vocative" | "dep" | "parataxis" | "appos" | "nsubj" | "discourse" | "root"
    ) || (p.deprel[h0] == "root" && p.head[v].is_some())
    {
        return;
    }
    if p.deprel[h0] == "root" {
        p.head[v] = None;
        p.deprel[v] = "root".into();
    }
    p.head[h0] = Some(v);
    p.deprel[h0] = "nsubj".into();
    p.head[h1] = Some(h0);
    p.deprel[h1] = "conj".into();
    p.head[comma] = Some(h1);
    p.deprel[comma] = "punct".into();
}

/// "Qais al-Khazali, whose militia fought US forces in the 2000s, has threatened to …":
/// after a relative clause between commas that follows the sentence's first noun phrase,
/// the parser may take the relative clause's verb for the main one and hang the real
/// main verb on it as a conjunct. The noun phrase opening the sentence (the root or a
/// loose dependent), the relative clause (one word hangs outside it) and a verb after
/// the closing comma that hangs on the relative's verb or the noun and has no subject of
/// its own become the main verb, its subject and its relative clause.
fn subject_before_relative(p: &mut Parse, forms: &[&str]) {
    let n = p.len().min(forms.len());
    let Some(c1) = (1..n.min(8)).find(|&i| forms[i] == ",") else {
        return;
    };
    if c1 + 1 >= n || !matches!(forms[c1 + 1], "whose" | "who" | "whom" | "which") {
        return;
    }
    // the noun phrase before the comma: one head, every other word inside it
    let tops: Vec<usize> = (0..c1)
        .filter(|&i| p.head[i].is_none_or(|h| h >= c1))
        .collect();
    let [h] = tops[..] else { return };
    if !matches!(p.upos[h].as_str(), "PROPN" | "NOUN") || p.head[h].is_some_and(|x| x < c1) {
        return;
    }
    let Some(c2) = (c1 + 2..n).find(|&i| forms[i] == ",") else {
        return;
    };
    let inner: Vec<usize> = (c1 + 1..c2)
        .filter(|&i| p.head[i].is_none_or(|x| x <= c1 || x >= c2))
        .collect();
    let [r] = inner[..] else { return };
    // (the relative clause may already be the noun's: its verb's conjunct is then the
    // misread main verb, "Masood Azhar, whom India freed in 1999, went on to found …")
    if p.upos[r] != "VERB" || (p.deprel[r] == "acl:relcl" && p.head[r] != Some(h)) {
        return;
    }
    // the main verb: the first verb after the closing comma (auxiliaries and adverbs
    // before it), hanging on the relative's verb or the noun, without a subject
    let Some(v) = (c2 + 1..n).find(|&i| !matches!(p.upos[i].as_str(), "AUX" | "ADV" | "PART"))
    else {
        return;
    };
    if p.upos[v] != "VERB"
        || !p.head[v].is_some_and(|x| x == r || x == h)
        || p.children(v)
            .any(|c| matches!(p.deprel(c), "nsubj" | "nsubj:pass" | "csubj"))
        || (c2 + 1..v).any(|i| p.head[i] != Some(v))
    {
        return;
    }
    let passive = p.children(v).any(|c| p.deprel(c) == "aux:pass");
    let root = p.head[h].is_none() || p.head[r].is_none();
    p.head[v] = if root { None } else { p.head[h] };
    p.deprel[v] = if root {
        "root".into()
    } else {
        p.deprel[h].clone()
    };
    p.attach(h, v, if passive { "nsubj:pass" } else { "nsubj" });
    p.attach(r, h, "acl:relcl");
    p.attach(c1, r, "punct");
    p.attach(c2, r, "punct");
    // (what hung on the noun or the relative's verb after the clause is the main verb's)
    for k in c2 + 1..n {
        if k != v && (p.head[k] == Some(h) || p.head[k] == Some(r)) {
            p.head[k] = Some(v);
        }
    }
}

/// "Esmail Qaani told Kataib Hezbollah in late January 2024 to halt …": with a time
/// phrase between the person told and the infinitive, the parser may hang the person
/// as an oblique without a preposition. A bare oblique right after a verb of telling or
/// urging that has no object is its object.
fn bare_object_of_telling(p: &mut Parse) {
    for v in 0..p.len() {
        if p.upos[v] != "VERB"
            || !matches!(
                p.lemma[v].as_str(),
                "tell" | "order" | "urge" | "ask" | "instruct" | "press" | "advise" | "encourage"
            )
            || p.children(v).any(|c| matches!(p.deprel(c), "obj" | "iobj"))
        {
            continue;
        }
        let bare = p.children(v).find(|&c| {
            p.deprel(c) == "obl"
                && matches!(p.upos[c].as_str(), "PROPN" | "NOUN")
                && !p.children(c).any(|g| p.deprel(g) == "case")
                && p.subtree(c).first() == Some(&(v + 1))
        });
        if let Some(c) = bare {
            p.deprel[c] = "obj".into();
        }
    }
}

/// "Rights groups accused the Houthis of …", "Human rights groups accused …": a plural
/// noun opening the sentence before another noun and a finite verb may be read as the
/// sentence's root with a relative clause ("the rights [that] groups accused"), or as a
/// second subject of the verb. Without a determiner that reading is no sentence of
/// news: the first noun is a compound of the second, the verb's subject.
fn noun_compound_subject(p: &mut Parse, forms: &[&str]) {
    let n = p.len().min(forms.len());
    // the first noun, after any adjectives
    let Some(a) = (0..n.min(4)).find(|&i| p.upos[i] != "ADJ") else {
        return;
    };
    let (b, v) = (a + 1, a + 2);
    if v >= n || p.upos[a] != "NOUN" || p.upos[b] != "NOUN" || p.deprel[b] != "nsubj" {
        return;
    }
    // (the verb finite: a past or present form, or an auxiliary before it)
    let mut verb = v;
    while verb < n && p.upos[verb] == "AUX" && p.head[verb].is_some_and(|h| h > verb) {
        verb = p.head[verb].unwrap_or(verb);
    }
    if verb >= n
        || p.upos[verb] != "VERB"
        || p.head[b] != Some(verb)
        || !(v..verb).all(|k| p.head[k] == Some(verb))
    {
        return;
    }
    let root_reading = p.head[a].is_none() && p.head[verb] == Some(a);
    let two_subjects = p.head[a] == Some(verb) && p.deprel[a] == "nsubj";
    if !(root_reading || two_subjects) {
        return;
    }
    if root_reading {
        p.head[verb] = None;
        p.deprel[verb] = "root".into();
        for k in 0..n {
            if k != verb && p.head[k] == Some(a) && k > a {
                p.head[k] = Some(verb);
            }
        }
    }
    p.attach(a, b, "compound");
}

/// "Abdullah Ocalan, the jailed founder of the PKK, called on the group to …": after a
/// name and its apposition between commas, the parser may read the verb as a participle
/// on the apposition's noun ("the founder …, called on …"), leaving the sentence
/// without a verb. When the name is the root, the sentence has no finite verb, and the
/// word after the comma that closes the apposition is a past form hanging on the
/// apposition without a subject or auxiliary, that word is the main verb and the name
/// its subject.
fn apposition_then_verb(p: &mut Parse, forms: &[&str]) {
    let n = p.len().min(forms.len());
    let Some(r) = (0..n).find(|&i| p.head[i].is_none()) else {
        return;
    };
    if !matches!(p.upos[r].as_str(), "PROPN" | "NOUN") {
        return;
    }
    let Some(a) = p.children(r).find(|&c| c > r && p.deprel(c) == "appos") else {
        return;
    };
    // the comma closing the apposition, and the verb right after it
    let Some(c) = (a + 1..n).find(|&i| forms[i] == ",") else {
        return;
    };
    let v = c + 1;
    if v >= n
        || p.upos[v] != "VERB"
        || !matches!(p.xpos[v].as_str(), "VBN" | "VBD")
        || !p.head[v].is_some_and(|h| h == a || h == r || descends(p, h, a))
        || p.children(v).any(|k| {
            matches!(
                p.deprel(k),
                "nsubj" | "nsubj:pass" | "aux" | "aux:pass" | "cop"
            )
        })
        || (r + 1..a).any(|i| forms[i] != "," && p.head[i] != Some(r) && !descends(p, i, r))
    {
        return;
    }
    // (no finite verb anywhere, but in a clause the verb's "that" opens: "…, warned
    // that the group would retaliate")
    let finite = |i: usize| matches!(p.xpos[i].as_str(), "VBD" | "VBZ" | "VBP" | "MD");
    let reported = |i: usize| {
        i > v + 1
            && (v + 1..i).any(|k| forms[k].eq_ignore_ascii_case("that"))
            && !(v + 1..i).any(|k| matches!(forms[k], "," | ";"))
    };
    if (0..n).any(|i| i != v && finite(i) && !reported(i)) {
        return;
    }
    let clause_heads: Vec<usize> = (v + 2..n)
        .filter(|&i| {
            p.upos[i] == "VERB"
                && reported(i)
                && p.head[i].is_some_and(|h| h < v && (h == r || h == a || descends(p, h, r)))
        })
        .collect();
    p.head[v] = None;
    p.deprel[v] = "root".into();
    p.xpos[v] = "VBD".into();
    p.attach(r, v, "nsubj");
    p.attach(c, a, "punct");
    // (what hung on the name after the verb is the verb's: the final period)
    for k in v + 1..n {
        if p.head[k] == Some(r) {
            p.head[k] = Some(v);
        }
    }
    // (and the reported clause the parser hung on the apposition)
    for h in clause_heads {
        p.attach(h, v, "ccomp");
    }
}

/// "A crowd of Kataib Hezbollah loyalists demonstrated outside the US embassy": in a
/// sentence whose only finite verb the parser hung as a modifier (`acl`) on a noun of
/// the root's phrase, the root noun being the sentence's subject, that verb is the main
/// verb and the root noun its subject. A finite past form ("VBD") as a noun's modifier
/// contradicts the tag: a modifier would be a participle.
fn finite_modifier_as_verb(p: &mut Parse) {
    let n = p.len();
    let Some(r) = (0..n).find(|&i| p.head[i].is_none()) else {
        return;
    };
    if !matches!(p.upos[r].as_str(), "NOUN" | "PROPN") {
        return;
    }
    // (the finite verbs, but for those of clauses below another: "…, two days after
    // American air strikes had killed 25 of the group's fighters")
    let finite: Vec<usize> = (0..n)
        .filter(|&i| matches!(p.xpos[i].as_str(), "VBD" | "VBZ" | "VBP" | "MD"))
        .collect();
    let top: Vec<usize> = finite
        .iter()
        .copied()
        .filter(|&i| !finite.iter().any(|&f| f != i && descends(p, i, f)))
        .collect();
    let [v] = top[..] else {
        return;
    };
    if v < r
        || p.upos[v] != "VERB"
        || p.xpos[v] != "VBD"
        || p.deprel(v) != "acl"
        || !p.head[v].is_some_and(|h| h == r || descends(p, h, r))
        || p.children(v).any(|k| {
            k < v
                || matches!(
                    p.deprel(k),
                    "nsubj" | "nsubj:pass" | "aux" | "aux:pass" | "cop" | "mark"
                )
        })
        // (the words before the verb are the subject's phrase)
        || (0..v).any(|i| i != r && !descends(p, i, r))
    {
        return;
    }
    p.head[v] = None;
    p.deprel[v] = "root".into();
    p.attach(r, v, "nsubj");
    // (what hung on the subject after the verb is the verb's: the final period)
    for k in v + 1..n {
        if p.head[k] == Some(r) {
            p.head[k] = Some(v);
        }
    }
}

/// "Azerbaijan's defence ministry denied on Wednesday that its troops had fired …": where
/// the parser made a noun the root and read the common noun right after it, with no
/// determiner of its own, as the subject of a relative clause on it ("defence" ←
/// "ministry denied"), the two nouns are one compound, the subject of a main verb. A
/// relative clause without its pronoun has a subject of its own phrase ("the weapons
/// Iran sent", "the arms the militia received"), never a bare common noun glued to its
/// head noun.
fn modifier_noun_as_root(p: &mut Parse, forms: &[&str]) {
    let n = p.len().min(forms.len());
    let Some(r) = (0..n).find(|&i| p.head[i].is_none()) else {
        return;
    };
    let k = r + 1;
    if k + 1 >= n
        || p.upos[r] != "NOUN"
        || !matches!(p.upos[k].as_str(), "NOUN" | "PROPN")
        || !forms[k].chars().all(|c| c.is_lowercase() || c == '-')
        || p.deprel(k) != "nsubj"
        || p.children(k).next().is_some()
    {
        return;
    }
    let Some(v) = p.head[k] else { return };
    if v <= k
        || p.head[v] != Some(r)
        || p.deprel(v) != "acl:relcl"
        || !matches!(p.xpos[v].as_str(), "VBD" | "VBZ" | "VBP")
        || p.children(v).any(|c| {
            matches!(
                forms[c].to_lowercase().as_str(),
                "which" | "who" | "whom" | "whose" | "that"
            ) && c < v
        })
    {
        return;
    }
    p.head[v] = None;
    p.deprel[v] = "root".into();
    // (the root noun's dependents before it go with it; those after the verb are the
    // verb's: the final period)
    for c in v + 1..n {
        if p.head[c] == Some(r) {
            p.head[c] = Some(v);
        }
    }
    p.attach(r, k, "compound");
}

/// "denied having paid salaries to …": a past participle right after "having" is the
/// perfect gerund's verb, with "having" its auxiliary, where the parser read "having" as
/// the verb and the participle as an adjective on its object ("paid salaries").
fn having_participle(p: &mut Parse, forms: &[&str]) {
    let n = p.len().min(forms.len());
    for (h, form) in forms.iter().enumerate().take(n.saturating_sub(2)) {
        let v = h + 1;
        if !form.eq_ignore_ascii_case("having") || p.xpos[v] != "VBN" || p.deprel(v) != "amod" {
            continue;
        }
        let Some(o) = p.head[v].filter(|&o| o > v && p.head[o] == Some(h)) else {
            continue;
        };
        let (hh, rel) = (p.head[h], p.deprel[h].clone());
        p.head[v] = hh;
        p.deprel[v] = rel;
        p.upos[v] = "VERB".into();
        for c in 0..n {
            if p.head[c] == Some(h) && c != v {
                p.head[c] = Some(v);
            }
        }
        p.attach(h, v, "aux");
        p.upos[h] = "AUX".into();
        p.attach(o, v, "obj");
    }
}

/// "Russian, Chinese and Iranian warships carried out a joint patrol": a list of
/// capitalised modifiers joined by commas and "and" before a common noun modifies that
/// noun as one coordination (the first conjunct its modifier, the others conjuncts of
/// it), where the parser read the first as a noun of its own.
fn adjective_list(p: &mut Parse, forms: &[&str]) {
    let n = p.len().min(forms.len());
    let cap = |k: usize| forms[k].chars().next().is_some_and(char::is_uppercase);
    let modifier = |p: &Parse, k: usize| cap(k) && matches!(p.upos[k].as_str(), "ADJ" | "PROPN");
    let mut i = 0;
    while i + 4 < n {
        // (not a name after a preposition: "the attacks on Mumbai, Indian and American
        // investigators concluded")
        if !modifier(p, i)
            || forms[i + 1] != ","
            || (i > 0 && (cap(i - 1) || matches!(p.upos[i - 1].as_str(), "ADP" | "DET")))
        {
            i += 1;
            continue;
        }
        // the conjuncts after the first: ", X" repeated, then "and Y"
        let mut conj = Vec::new();
        let mut k = i + 1;
        while k + 1 < n && forms[k] == "," && modifier(p, k + 1) {
            conj.push(k + 1);
            k += 2;
        }
        if conj.is_empty() || k + 2 >= n || forms[k] != "and" || !modifier(p, k + 1) {
            i += 1;
            continue;
        }
        let and = k;
        conj.push(k + 1);
        let noun = k + 2;
        if p.upos[noun] != "NOUN" || cap(noun) || p.head[i] == Some(noun) {
            i = noun;
            continue;
        }
        p.upos[i] = "ADJ".into();
        p.xpos[i] = "JJ".into();
        p.attach(i, noun, "amod");
        for &c in &conj {
            p.attach(c, i, "conj");
            p.upos[c] = "ADJ".into();
            if p.xpos[c] != "JJ" {
                p.xpos[c] = "JJ".into();
            }
            if forms[c - 1] == "," {
                p.attach(c - 1, c, "punct");
            }
        }
        p.attach(and, and + 1, "cc");
        i = noun;
    }
}

/// Whether `k` lies below `anc` in the tree.
fn descends(p: &Parse, mut k: usize, anc: usize) -> bool {
    for _ in 0..p.head.len() {
        match p.head(k) {
            Some(h) if h == anc => return true,
            Some(h) => k = h,
            None => return false,
        }
    }
    false
}

/// Verbs of judging whose "of"/"for" gerund names the deed judged.
const JUDGING: &[&str] = &["accuse", "suspect", "charge", "blame", "convict", "acquit"];

/// "X are accused by Human Rights Watch of killing civilians": the parser hangs "of
/// killing" on the agent's noun (and reads the gerund as an adjective of its object).
/// A gerund after "of"/"for" whose judging verb comes before it, with only the verb's
/// own objects and agent between, becomes that verb's `advcl` (its object its `obj`).
fn judged_gerund(p: &mut Parse, forms: &[&str]) {
    let n = forms.len();
    for g in 1..n {
        if p.xpos[g] != "VBG" || !matches!(forms[g - 1].to_lowercase().as_str(), "of" | "for") {
            continue;
        }
        let Some(v) = (g.saturating_sub(10)..g - 1)
            .rev()
            .find(|&v| p.upos[v] == "VERB" && JUDGING.contains(&p.lemma[v].as_str()))
        else {
            continue;
        };
        if p.head(g) == Some(v) || p.head(g - 1) == Some(v) && p.deprel[g - 1] != "case" {
            continue;
        }
        // everything between hangs below the judging verb (no other clause between),
        // and the judging verb below neither the gerund nor its noun
        if !(v + 1..g - 1).all(|k| descends(p, k, v))
            || (v + 1..g - 1).any(|k| p.upos[k] == "VERB")
            || descends(p, v, g)
            || p.head(g).is_some_and(|o| descends(p, v, o))
        {
            continue;
        }
        let old_head = p.head(g);
        p.head[g] = Some(v);
        p.deprel[g] = "advcl".into();
        p.head[g - 1] = Some(g);
        p.deprel[g - 1] = "mark".into();
        p.upos[g] = "VERB".into();
        // the noun the gerund modified is its object
        if let Some(o) = old_head.filter(|&o| o > g && p.deprel[g] == "advcl") {
            if matches!(p.upos[o].as_str(), "NOUN" | "PROPN" | "PRON") {
                p.head[o] = Some(g);
                p.deprel[o] = "obj".into();
            }
        }
    }
}

/// Verbs of a parenthetical source clause ("Iran, he said, armed …").
const PARENTHETICAL_SPEECH: &[&str] = &[
    "say",
    "tell",
    "add",
    "claim",
    "note",
    "insist",
    "allege",
    "report",
    "argue",
    "write",
    "believe",
    "admit",
    "acknowledge",
    "confirm",
    "explain",
    "warn",
];

/// "Iran, officials said, gave weapons to the Taliban": the parser reads the source
/// clause as the main one and the real main verb as its conjunct, leaving "Iran" without
/// a verb. The verb after the second comma becomes the root with the phrase before the
/// first comma as its subject, and the source clause its `parataxis`.
fn parenthetical_speech(p: &mut Parse, forms: &[&str]) {
    let n = p.len();
    for k in 2..n.saturating_sub(2) {
        if forms[k + 1] != ","
            || p.upos[k] != "VERB"
            || !PARENTHETICAL_SPEECH.contains(&p.lemma[k].to_lowercase().as_str())
        {
            continue;
        }
        // the source between the commas, with its subject attached to the verb
        let Some(c1) = (1..k).rev().find(|&i| forms[i] == ",") else {
            continue;
        };
        let inside_ok = (c1 + 1..k).all(|i| p.head[i].is_some_and(|h| h > c1 && h <= k));
        let has_subject =
            (c1 + 1..k).any(|i| p.head[i] == Some(k) && p.deprel[i].starts_with("nsubj"));
        if !inside_ok || !has_subject || c1 + 1 == k {
            continue;
        }
        // the phrase before: one nominal head hanging outside it, no verb of its own
        let outer: Vec<usize> = (0..c1)
            .filter(|&i| p.head[i].is_none_or(|h| h >= c1))
            .collect();
        let [h0] = outer[..] else { continue };
        if !matches!(p.upos[h0].as_str(), "NOUN" | "PROPN" | "PRON")
            || (0..c1).any(|i| matches!(p.upos[i].as_str(), "VERB" | "AUX"))
        {
            continue;
        }
        // the main verb: the source verb's first predicate dependent after the comma
        let Some(v) = (k + 2..n).find(|&i| {
            p.head[i] == Some(k)
                && matches!(p.upos[i].as_str(), "VERB" | "AUX" | "ADJ")
                && matches!(
                    p.deprel[i].as_str(),
                    "conj" | "ccomp" | "parataxis" | "xcomp" | "advcl" | "dep"
                )
        }) else {
            continue;
        };
        if (0..n).any(|i| p.head[i] == Some(v) && p.deprel[i].starts_with("nsubj")) {
            continue;
        }
        let root_rel = p.deprel[k].clone();
        let root_head = p.head[k];
        for i in 0..n {
            if i == v || i == k || p.head[i] != Some(k) {
                continue;
            }
            // the source clause keeps its subject and what stands between the commas
            if i > k + 1 {
                p.head[i] = Some(v);
            }
        }
        p.head[v] = root_head;
        p.deprel[v] = root_rel;
        p.head[k] = Some(v);
        p.deprel[k] = "parataxis".into();
        p.head[k + 1] = Some(k);
        p.deprel[k + 1] = "punct".into();
        p.head[c1] = Some(k);
        p.deprel[c1] = "punct".into();
        p.head[h0] = Some(v);
        p.deprel[h0] = if p.upos[v] == "VERB" && p.xpos[v] == "VBN" && has_pass_aux(p, v) {
            "nsubj:pass".into()
        } else {
            "nsubj".into()
        };
    }
}

fn has_pass_aux(p: &Parse, v: usize) -> bool {
    (0..p.len()).any(|i| p.head[i] == Some(v) && p.deprel[i] == "aux:pass")
}

const WEEKDAYS: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// "On Monday Trump announced …": the parser reads "Monday Trump" as one name. The
/// name after a weekday is the clause's subject where the verb has none; the
/// weekday is an oblique of the verb, its "on" a case marker. Where the parser already
/// makes the name the subject but hangs the weekday on it as a compound, the weekday
/// moves to the verb.
fn day_before_name(p: &mut Parse, forms: &[&str]) {
    let glued = |rel: &str| matches!(rel, "flat" | "compound");
    for d in 0..p.len().saturating_sub(1) {
        let n = d + 1;
        if !WEEKDAYS.contains(&forms[d]) || p.upos[n] != "PROPN" {
            continue;
        }
        // the weekday on the name, the name already the subject
        if p.head[d] == Some(n)
            && glued(&p.deprel[d])
            && matches!(p.deprel[n].as_str(), "nsubj" | "nsubj:pass")
        {
            if let Some(v) = p.head[n].filter(|&v| p.upos[v] == "VERB") {
                p.head[d] = Some(v);
                p.deprel[d] = "obl".into();
                on_is_case(p, forms, d, &[v, n]);
            }
            continue;
        }
        if p.head[n] != Some(d) || !glued(&p.deprel[n]) {
            continue;
        }
        let Some(v) = p.head[d] else { continue };
        if p.upos[v] != "VERB" {
            continue;
        }
        let has_subject = (0..p.len()).any(|c| {
            c != d && p.head[c] == Some(v) && matches!(p.deprel[c].as_str(), "nsubj" | "nsubj:pass")
        });
        if has_subject || !matches!(p.deprel[d].as_str(), "obl" | "nsubj" | "obl:tmod") {
            continue;
        }
        // the name's own dependents ("Trump" of "President Trump") stay on it
        p.head[n] = Some(v);
        p.deprel[n] = "nsubj".into();
        p.deprel[d] = "obl".into();
        on_is_case(p, forms, d, &[v]);
    }
}

/// An "on" before the weekday `d` that hangs on one of `from` becomes its case marker
/// (a preposition, whatever tag the clause's parse gave it).
fn on_is_case(p: &mut Parse, forms: &[&str], d: usize, from: &[usize]) {
    for (c, form) in forms.iter().enumerate().take(d) {
        if p.head[c].is_some_and(|h| from.contains(&h)) && form.eq_ignore_ascii_case("on") {
            p.head[c] = Some(d);
            p.deprel[c] = "case".into();
            p.upos[c] = "ADP".into();
            p.xpos[c] = "IN".into();
        }
    }
}

/// Nouns that take a content clause ("the accusation that Colombia trains …").
const CONTENT_NOUNS: &[&str] = &[
    "accusation",
    "allegation",
    "charge",
    "claim",
    "assertion",
    "suggestion",
    "fact",
    "news",
    "belief",
    "fear",
    "concern",
    "hope",
    "warning",
    "assurance",
    "promise",
    "rumor",
    "rumour",
    "speculation",
    "indication",
    "sign",
    "evidence",
    "insistence",
    "argument",
    "view",
    "notion",
    "idea",
    "perception",
];

/// Verbs that take a content noun as their object ("the claim that he made", "the
/// report that the UN published"): after them "that" stays a relative pronoun.
const TAKES_CONTENT_NOUN: &[&str] = &[
    "make", "publish", "issue", "release", "file", "level", "write", "receive", "hear", "see",
    "read", "deny", "reject", "dismiss", "repeat", "raise", "submit", "present", "produce", "send",
    "bring", "share", "voice", "express", "offer", "give", "have", "hold",
];

/// A "that" the parser read as a relative pronoun but which opens a content clause:
/// the clause already has the argument the pronoun would fill ("its accusation that
/// Colombia trains mercenaries": "trains" has its subject and its object), or the noun
/// takes content clauses and the clause's verb has a subject of its own and is not
/// one that would take the noun as object. Relabelled as a complementizer (`mark`)
/// with the clause as the noun's `acl`.
fn content_that(p: &mut Parse) {
    for k in 1..p.len() {
        if !p.lemma[k].eq_ignore_ascii_case("that") || p.upos[k] != "PRON" {
            continue;
        }
        let Some(v) = p.head[k] else { continue };
        let Some(n) = p.head[v] else { continue };
        if n + 1 != k || p.deprel[v] != "acl:relcl" || !matches!(p.upos[n].as_str(), "NOUN") {
            continue;
        }
        let kids: Vec<usize> = (0..p.len()).filter(|&c| p.head[c] == Some(v)).collect();
        let has = |rel: &str| kids.iter().any(|&c| c != k && p.deprel[c] == rel);
        let role = p.deprel[k].clone();
        let filled = (role == "obj" && has("obj")) || (role == "nsubj" && has("nsubj"));
        let content = CONTENT_NOUNS.contains(&p.lemma[n].to_lowercase().as_str())
            && role == "obj"
            && has("nsubj")
            && !TAKES_CONTENT_NOUN.contains(&p.lemma[v].as_str());
        if filled || content {
            p.upos[k] = "SCONJ".into();
            p.xpos[k] = "IN".into();
            p.deprel[k] = "mark".into();
            p.deprel[v] = "acl".into();
        }
    }
}

/// The knowledge base's names as a gazetteer for the recognizer: lowercase names with
/// the entity type their actor kind implies.
pub struct KbGazetteer {
    names: HashMap<String, GazLabel>,
    first: HashSet<String>,
}

impl KbGazetteer {
    pub fn new(kb: &Kb) -> KbGazetteer {
        let mut names = HashMap::new();
        for a in kb.actors() {
            let label = match a.kind {
                ActorKind::Person => GazLabel::Per,
                ActorKind::Country => GazLabel::Loc,
                _ => GazLabel::Org,
            };
            for n in std::iter::once(&a.name)
                .chain(&a.aliases)
                .chain(a.capital.iter())
            {
                let key = n
                    .to_lowercase()
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ");
                if key.len() > 2 {
                    let l = if a.capital.as_ref() == Some(n) {
                        GazLabel::Loc
                    } else {
                        label
                    };
                    names.entry(key).or_insert(l);
                }
            }
        }
        let first = names
            .keys()
            .filter_map(|k| k.split(' ').next().map(str::to_string))
            .collect();
        KbGazetteer { names, first }
    }

    pub fn len(&self) -> usize {
        self.names.len()
    }

    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }
}

impl Gazetteer for KbGazetteer {
    fn lookup(&self, name: &str) -> Option<GazLabel> {
        self.names.get(name).copied()
    }
    fn may_start(&self, tok: &str) -> bool {
        self.first.contains(tok)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rapport_model::Span;
    use rapport_text::SentKind;

    fn nlp() -> &'static Pipeline {
        static P: std::sync::OnceLock<Pipeline> = std::sync::OnceLock::new();
        P.get_or_init(|| Pipeline::load_embedded().expect("models are embedded"))
    }

    fn parse(s: &str) -> (Sent, Parse) {
        let sent = Sent::new(s, 0, Span::new(0, s.len()), SentKind::Body, 0);
        let p = annotate(nlp(), &sent, s);
        (sent, p)
    }

    #[test]
    fn one_entry_per_token_and_a_single_root() {
        let s = "Iran’s Revolutionary Guard sent weapons to the Taliban in August 1999.";
        let (sent, p) = parse(s);
        assert_eq!(p.len(), sent.toks.len());
        assert_eq!(p.head.iter().filter(|h| h.is_none()).count(), 1);
        let sent_i = sent.toks.iter().position(|t| t.lower == "sent").unwrap();
        assert_eq!(p.upos(sent_i), "VERB");
        assert_eq!(p.head(sent_i), None);
        assert_eq!(p.lemma[sent_i], "send");
        let weapons = sent_i + 1;
        assert_eq!(p.head(weapons), Some(sent_i));
        assert_eq!(p.deprel(weapons), "obj");
        // the subject's head noun hangs off the verb
        let guard = sent.toks.iter().position(|t| t.lower == "guard").unwrap();
        assert_eq!(p.deprel(guard), "nsubj");
        assert_eq!(p.path(&sent, s, guard, weapons), "nsubj↑ sent ↓obj");
        // the possessive with a curly apostrophe is a case marker
        assert_eq!(p.upos(1), "PART");
    }

    #[test]
    fn a_clause_after_a_verb_of_saying_and_a_comma_is_what_was_said() {
        let s = "A former fighter told reporters in Baghdad, Quds Force instructors taught Mahdi Army men.";
        let (sent, p) = parse(s);
        let at = |w: &str| sent.toks.iter().position(|t| t.lower == w).unwrap();
        assert_eq!(p.head(at("taught")), Some(at("told")), "{:?}", p.deprel);
        assert_eq!(p.deprel(at("taught")), "ccomp");
        // (a conjunction keeps the speaker's own next act)
        let s = "Iran rejected the report and attacked Israel.";
        let (sent, p) = parse(s);
        let at = |w: &str| sent.toks.iter().position(|t| t.lower == w).unwrap();
        assert_ne!(p.deprel(at("attacked")), "ccomp");
    }

    #[test]
    fn a_fronted_subordinate_clause_is_no_root() {
        let s = "In August 1998, after Taliban fighters overran Mazar-e-Sharif, eight Iranian diplomats were killed inside the consulate.";
        let (sent, p) = parse(s);
        let at = |w: &str| sent.toks.iter().position(|t| t.lower == w).unwrap();
        assert_eq!(p.head(at("killed")), None, "{:?} {:?}", p.head, p.deprel);
        assert_eq!(p.head(at("overran")), Some(at("killed")));
        assert_eq!(p.deprel(at("overran")), "advcl");
        assert_eq!(p.head.iter().filter(|h| h.is_none()).count(), 1);
        for k in 0..p.len() {
            assert!(p.head(*p.ancestors(k).last().unwrap()).is_none());
        }
    }

    #[test]
    fn a_subject_after_a_year() {
        let s = "He recalled that in the spring of 2009 Revolutionary Guards officers trained some sixty Taliban recruits at a camp.";
        let (sent, p) = parse(s);
        let at = |w: &str| sent.toks.iter().position(|t| t.lower == w).unwrap();
        assert_eq!(
            p.head(at("officers")),
            Some(at("trained")),
            "{:?}",
            p.deprel
        );
        assert_eq!(p.deprel(at("officers")), "nsubj");
        assert_eq!(p.head.iter().filter(|h| h.is_none()).count(), 1);
        // (over a participle's phrase, where the parser made the phrase of time the root)
        let s = "In the spring of 2022 Saudi and Houthi negotiators, meeting quietly in Muscat, agreed on a truce.";
        let (sent, p) = parse(s);
        let at = |w: &str| sent.toks.iter().position(|t| t.lower == w).unwrap();
        assert_eq!(
            p.head(at("negotiators")),
            Some(at("agreed")),
            "{:?}",
            p.deprel
        );
        assert_eq!(p.head.iter().filter(|h| h.is_none()).count(), 1);
        for k in 0..p.len() {
            assert!(p.head(*p.ancestors(k).last().unwrap()).is_none());
        }
        // (a verb with a subject of its own keeps it)
        let s = "In 2009 Iran trained Taliban recruits.";
        let (sent, p) = parse(s);
        let at = |w: &str| sent.toks.iter().position(|t| t.lower == w).unwrap();
        assert_eq!(p.head(at("iran")), Some(at("trained")));
    }

    #[test]
    fn words_set_aside_by_dashes_are_parsed_apart() {
        let s = "Soleimani, who headed Iran's elite Quds Force – the overseas arm of the IRGC – was killed in a US airstrike in Baghdad on January 3.";
        let (sent, p) = parse(s);
        let at = |w: &str| sent.toks.iter().position(|t| t.lower == w).unwrap();
        assert_eq!(p.len(), sent.toks.len());
        assert_eq!(p.head.iter().filter(|h| h.is_none()).count(), 1);
        // the main verb is the root and the relative clause's noun its subject
        assert_eq!(p.head(at("killed")), None);
        assert_eq!(p.head(at("soleimani")), Some(at("killed")));
        assert_eq!(p.deprel(at("soleimani")), "nsubj:pass");
        // the aside is an apposition of the word before the dash
        assert_eq!(p.head(at("arm")), Some(at("force")));
        assert_eq!(p.deprel(at("arm")), "appos");
        // without a comma before it, nothing is read in its place
        let s = "The strike – the third this week – killed ten people in Gaza.";
        let (sent, p) = parse(s);
        let at = |w: &str| sent.toks.iter().position(|t| t.lower == w).unwrap();
        assert_eq!(p.head(at("killed")), None);
        assert_eq!(p.head(at("strike")), Some(at("killed")));
        assert_eq!(p.head.iter().filter(|h| h.is_none()).count(), 1);
        // so are words in brackets
        let s = "Hezbollah fired rockets (at least 40, the army said) at northern Israel.";
        let (sent, p) = parse(s);
        let at = |w: &str| sent.toks.iter().position(|t| t.lower == w).unwrap();
        assert_eq!(p.head(at("israel")), Some(at("fired")), "{:?}", p.deprel);
        // odd dashes keep the invariants: one entry per token, one root, no cycle
        for s in [
            "Iran - - Iraq met in Baghdad today .",
            "- - - - - - -",
            "They met , - he said - and left - quickly - on Monday .",
            "Talks – the first since 2019 — ended , officials said – late .",
            "( ) ( a b ) [ c ] ] [ d e f",
            "They met (in Doha [Qatar) and left] on Monday .",
        ] {
            let (sent, p) = parse(s);
            assert_eq!(p.len(), sent.toks.len(), "{s}");
            assert_eq!(p.head.iter().filter(|h| h.is_none()).count(), 1, "{s}");
            for k in 0..p.len() {
                // (every token reaches the root)
                let up = p.ancestors(k);
                assert!(p.head(*up.last().unwrap()).is_none(), "{s}");
                assert!(
                    p.entities.iter().all(|&(a, b, _)| a < b && b <= p.len()),
                    "{s}"
                );
            }
        }
    }

    #[test]
    fn passive_agent_and_entities() {
        let s = "The commander was killed by a drone operated by the United States in Pakistan.";
        let (sent, p) = parse(s);
        let killed = sent.toks.iter().position(|t| t.lower == "killed").unwrap();
        let commander = 1;
        assert_eq!(p.deprel(commander), "nsubj:pass");
        assert_eq!(p.head(commander), Some(killed));
        let drone = sent.toks.iter().position(|t| t.lower == "drone").unwrap();
        assert_eq!(p.deprel(drone), "obl:agent");
        assert!(p.children(drone).any(|c| sent.toks[c].lower == "by"));
        let pak = sent
            .toks
            .iter()
            .position(|t| t.lower == "pakistan")
            .unwrap();
        assert!(
            p.entities.iter().any(|e| e.0 == pak && e.2 == "LOC"),
            "{:?}",
            p
        );
    }

    #[test]
    fn a_judged_gerund_hangs_on_the_verb_of_judging() {
        let s = "The Volunteers for the Defence of the Homeland are accused by Human Rights Watch of killing civilians.";
        let (sent, p) = parse(s);
        let accused = sent.toks.iter().position(|t| t.lower == "accused").unwrap();
        let killing = sent.toks.iter().position(|t| t.lower == "killing").unwrap();
        assert_eq!(p.head(killing), Some(accused));
        assert_eq!(p.deprel(killing), "advcl");
        assert_eq!(p.deprel(killing - 1), "mark");
        assert_eq!(p.head(killing + 1), Some(killing));
        assert_eq!(p.head.iter().filter(|h| h.is_none()).count(), 1);
    }

    #[test]
    fn that_opens_a_content_clause_where_no_gap_is_left() {
        // "trains" has its subject and object: "that" cannot be a relative pronoun
        let s = "Venezuela repeated its accusation that Colombia trains mercenaries.";
        let (sent, p) = parse(s);
        let that = sent.toks.iter().position(|t| t.lower == "that").unwrap();
        let trains = that + 2;
        assert_eq!(p.deprel(that), "mark");
        assert_eq!(p.deprel(trains), "acl");
        assert_eq!(p.head(trains), Some(that - 1));
        // a real relative clause keeps its pronoun
        let s = "The report that the panel published in May names three commanders.";
        let (sent, p) = parse(s);
        let that = sent.toks.iter().position(|t| t.lower == "that").unwrap();
        assert_ne!(p.deprel(that), "mark");
    }

    #[test]
    fn two_apposed_names_before_a_verb_are_its_subjects() {
        let text = "Sultani Makenga, the military commander of the M23, and Corneille Nangaa, the coordinator of the Alliance Fleuve Congo, both travelled to Kigali in early 2024.";
        let (sent, p) = parse(text);
        let at = |w: &str| {
            (0..p.len())
                .find(|&i| sent.toks[i].span.slice(text) == w)
                .unwrap()
        };
        let (first, second, verb) = (at("Sultani"), at("Corneille"), at("travelled"));
        assert_eq!(p.head(verb), None, "{p:?}");
        assert_eq!(
            (p.head(first), p.deprel(first)),
            (Some(verb), "nsubj"),
            "{p:?}"
        );
        assert_eq!(
            (p.head(second), p.deprel(second)),
            (Some(first), "conj"),
            "{p:?}"
        );
    }

    #[test]
    fn a_comma_between_two_subject_names_coordinates_them() {
        let text = "Egypt, Sudan agree to hold joint military drills";
        let (sent, p) = parse(text);
        let at = |w: &str| {
            (0..p.len())
                .find(|&i| sent.toks[i].span.slice(text) == w)
                .unwrap()
        };
        let (egypt, sudan, agree) = (at("Egypt"), at("Sudan"), at("agree"));
        assert_eq!(
            (p.head(egypt), p.deprel(egypt)),
            (Some(agree), "nsubj"),
            "{p:?}"
        );
        assert_eq!(
            (p.head(sudan), p.deprel(sudan)),
            (Some(egypt), "conj"),
            "{p:?}"
        );
        // an apposition a comma closes is no second subject
        let text = "Hezbollah, Iran's main ally in Lebanon, fired rockets at Israel.";
        let (sent, p) = parse(text);
        let iran = (0..p.len())
            .find(|&i| sent.toks[i].span.slice(text) == "Iran")
            .unwrap();
        assert_ne!(p.deprel(iran), "conj");
    }

    #[test]
    fn a_parenthetical_source_clause_leaves_the_main_verb_its_subject() {
        for text in [
            "Iran, he said, gave weapons to the Taliban.",
            "Iran, officials said, gave weapons to the Taliban.",
            "The Taliban, Karzai said, received weapons from Iran.",
        ] {
            let (sent, p) = parse(text);
            let w = |i: usize| sent.toks[i].span.slice(text);
            let v = (0..p.len())
                .find(|&i| matches!(w(i), "gave" | "received"))
                .unwrap();
            let said = (0..p.len()).find(|&i| w(i) == "said").unwrap();
            assert_eq!(p.head(v), None, "{text}: {p:?}");
            assert_eq!(p.head(said), Some(v), "{text}");
            assert_eq!(p.deprel(said), "parataxis", "{text}");
            let subj = (0..p.len()).find(|&i| p.head(i) == Some(v) && p.deprel(i) == "nsubj");
            assert!(subj.is_some_and(|s| s < 3), "{text}: {p:?}");
            assert_eq!((0..p.len()).filter(|&i| p.head(i).is_none()).count(), 1);
        }
        // a source clause that is the main one stays so
        let text = "He said, however, that Iran gave weapons to the Taliban.";
        let (sent, p) = parse(text);
        let said = (0..p.len())
            .find(|&i| sent.toks[i].span.slice(text) == "said")
            .unwrap();
        assert_eq!(p.head(said), None);
    }

    #[test]
    fn a_weekday_is_not_part_of_the_name_after_it() {
        for s in [
            "On Monday Trump announced sanctions on Ankara.",
            "Then, on Monday Trump announced sanctions on Ankara.",
        ] {
            let (sent, p) = parse(s);
            let trump = sent.toks.iter().position(|t| t.lower == "trump").unwrap();
            let announced = trump + 1;
            assert_eq!(p.deprel(trump), "nsubj", "{s}");
            assert_eq!(p.head(trump), Some(announced), "{s}");
            assert_eq!(p.deprel(trump - 1), "obl", "{s}");
        }
    }

    #[test]
    fn a_title_before_a_name_is_the_subject_and_the_name_its_apposition() {
        let s = "Libya's Tripoli-based prime minister, Abdul Hamid Dbeibah, held talks with \
                 Recep Tayyip Erdogan in Istanbul on Saturday, his office said.";
        let (sent, p) = parse(s);
        let at = |w: &str| sent.toks.iter().position(|t| t.lower == w).unwrap();
        let (minister, abdul, held) = (at("minister"), at("abdul"), at("held"));
        assert_eq!(p.head(minister), Some(held));
        assert_eq!(p.deprel(minister), "nsubj");
        assert_eq!(p.head(abdul), Some(minister));
        assert_eq!(p.deprel(abdul), "appos");
        // a time phrase before the commas is no title
        let s = "Last week, Hamid Karzai, the former president, met the envoy.";
        let (sent, p) = parse(s);
        let week = sent.toks.iter().position(|t| t.lower == "week").unwrap();
        assert_ne!(p.deprel(week), "nsubj");
    }

    #[test]
    fn a_preposition_made_head_becomes_the_case_of_its_noun() {
        // (the parse the repair meets, built by hand: "with" as the phrase's head)
        let s = "Talks with General Abdourahamane Tchiani ended.";
        let (_, mut p) = parse(s);
        p.head = vec![Some(5), Some(0), Some(3), Some(1), Some(3), None, Some(5)];
        p.deprel = [
            "nsubj",
            "nmod",
            "nmod:desc",
            "nsubj",
            "flat",
            "root",
            "punct",
        ]
        .map(String::from)
        .to_vec();
        p.upos = ["NOUN", "ADP", "PROPN", "PROPN", "PROPN", "VERB", "PUNCT"]
            .map(String::from)
            .to_vec();
        preposition_as_head(&mut p);
        assert_eq!(p.head(3), Some(0));
        assert_eq!(p.deprel(3), "nmod");
        assert_eq!(p.head(1), Some(3));
        assert_eq!(p.deprel(1), "case");
        assert_eq!(p.head(2), Some(3));
        // a preposition with no noun under it is left alone
        let (_, mut q) = parse(s);
        q.head = vec![Some(5), Some(0), Some(3), Some(5), Some(3), None, Some(5)];
        q.deprel = ["nsubj", "nmod", "nmod:desc", "obj", "flat", "root", "punct"]
            .map(String::from)
            .to_vec();
        q.upos = p.upos.clone();
        preposition_as_head(&mut q);
        assert_eq!(q.deprel(1), "nmod");
    }

    #[test]
    fn a_list_broken_at_its_comma_is_one_list() {
        let s = "The leaders of Japan, South Korea and the United States met at Camp David in \
                 August 2023.";
        let (sent, p) = parse(s);
        let at = |w: &str| sent.toks.iter().position(|t| t.lower == w).unwrap();
        let (japan, korea, met) = (at("japan"), at("korea"), at("met"));
        assert_eq!(p.deprel(korea), "conj");
        assert_eq!(p.head(korea), Some(japan));
        assert_eq!(
            (0..p.len())
                .filter(|&c| p.head(c) == Some(met) && p.deprel(c) == "nsubj")
                .count(),
            1
        );
    }

    #[test]
    fn a_plural_noun_opening_the_sentence_is_its_subjects_compound() {
        for s in [
            "Rights groups accused the Houthis of abuses.",
            "Human rights groups have accused the army of abuses.",
        ] {
            let (sent, p) = parse(s);
            let at = |w: &str| sent.toks.iter().position(|t| t.lower == w).unwrap();
            let (rights, groups, accused) = (at("rights"), at("groups"), at("accused"));
            assert_eq!(p.head(accused), None, "{s}");
            assert_eq!(
                (p.head(groups), p.deprel(groups)),
                (Some(accused), "nsubj"),
                "{s}"
            );
            assert_eq!(
                (p.head(rights), p.deprel(rights)),
                (Some(groups), "compound"),
                "{s}"
            );
        }
        // (a noun phrase with a determiner keeps its reading)
        let (sent, p) = parse("Security forces killed five militants.");
        let killed = sent.toks.iter().position(|t| t.lower == "killed").unwrap();
        assert_eq!(p.head(killed), None);
    }

    #[test]
    fn a_verb_after_a_names_apposition_is_the_main_verb() {
        let s = "Abdullah Ocalan, the jailed founder of the PKK, called on the group to lay \
                 down its arms.";
        let (sent, p) = parse(s);
        let at = |w: &str| sent.toks.iter().position(|t| t.lower == w).unwrap();
        let (ocalan, called) = (at("ocalan"), at("called"));
        assert_eq!(p.head(called), None);
        let subj = (0..p.len())
            .find(|&c| p.head(c) == Some(called) && p.deprel(c) == "nsubj")
            .unwrap();
        assert!(subj == ocalan || p.head(ocalan) == Some(subj));
        // (a sentence with a finite verb of its own keeps its tree)
        let (sent, p) = parse("Abdullah Ocalan, the founder of the PKK, has called for peace.");
        let called = sent.toks.iter().position(|t| t.lower == "called").unwrap();
        assert_eq!(p.head(called), None);
    }

    #[test]
    fn a_finite_verb_read_as_a_modifier_of_the_subject_is_the_main_verb() {
        let s = "A crowd of Kataib Hezbollah loyalists demonstrated outside the US embassy \
                 in Baghdad on 31 December 2019.";
        let (sent, p) = parse(s);
        let at = |w: &str| sent.toks.iter().position(|t| t.lower == w).unwrap();
        let (crowd, demonstrated) = (at("crowd"), at("demonstrated"));
        assert_eq!(p.head(demonstrated), None);
        assert_eq!(p.head(crowd), Some(demonstrated));
        assert_eq!(p.deprel(crowd), "nsubj");
        // (a participle on a noun in a sentence with a verb of its own stays a modifier)
        let (sent, p) = parse("The weapons seized at the border were handed to the army.");
        let seized = sent.toks.iter().position(|t| t.lower == "seized").unwrap();
        assert_ne!(p.head(seized), None);
    }

    #[test]
    fn a_participle_after_having_is_the_verb() {
        // "Turkey denied having paid salaries ." as misread
        let forms = ["Turkey", "denied", "having", "paid", "salaries", "."];
        let mut p = Parse {
            head: vec![Some(1), None, Some(1), Some(4), Some(2), Some(1)],
            deprel: ["nsubj", "root", "advcl", "amod", "obj", "punct"]
                .map(String::from)
                .to_vec(),
            upos: ["PROPN", "VERB", "AUX", "VERB", "NOUN", "PUNCT"]
                .map(String::from)
                .to_vec(),
            xpos: ["NNP", "VBD", "VBG", "VBN", "NNS", "."]
                .map(String::from)
                .to_vec(),
            ..Parse::default()
        };
        having_participle(&mut p, &forms);
        assert_eq!(p.head(3), Some(1));
        assert_eq!(p.deprel(3), "advcl");
        assert_eq!(p.head(2), Some(3));
        assert_eq!(p.deprel(2), "aux");
        assert_eq!(p.head(4), Some(3));
        assert_eq!(p.deprel(4), "obj");
    }

    #[test]
    fn a_compound_subject_the_parser_split_at_its_modifier() {
        // "Azerbaijan 's defence ministry denied that troops fired ." as misread
        let forms = [
            "Azerbaijan",
            "'s",
            "defence",
            "ministry",
            "denied",
            "that",
            "troops",
            "fired",
            ".",
        ];
        let mut p = Parse {
            head: vec![
                Some(2),
                Some(0),
                None,
                Some(4),
                Some(2),
                Some(7),
                Some(7),
                Some(4),
                Some(2),
            ],
            deprel: [
                "nmod:poss",
                "case",
                "root",
                "nsubj",
                "acl:relcl",
                "mark",
                "nsubj",
                "ccomp",
                "punct",
            ]
            .map(String::from)
            .to_vec(),
            upos: [
                "PROPN", "PART", "NOUN", "PROPN", "VERB", "SCONJ", "NOUN", "VERB", "PUNCT",
            ]
            .map(String::from)
            .to_vec(),
            xpos: ["NNP", "POS", "NN", "NNP", "VBD", "IN", "NNS", "VBD", "."]
                .map(String::from)
                .to_vec(),
            ..Parse::default()
        };
        let q = p.clone();
        modifier_noun_as_root(&mut p, &forms);
        assert_eq!(p.head(4), None);
        assert_eq!(p.head(3), Some(4));
        assert_eq!(p.head(2), Some(3));
        assert_eq!(p.deprel(2), "compound");
        assert_eq!(p.head(8), Some(4));
        // (a relative clause with a named subject is left as it is: "the weapons Iran sent")
        let forms2 = [
            "Azerbaijan",
            "'s",
            "defence",
            "Iran",
            "denied",
            "that",
            "troops",
            "fired",
            ".",
        ];
        let mut q2 = q.clone();
        modifier_noun_as_root(&mut q2, &forms2);
        assert_eq!(q2.head(4), Some(2));
    }

    #[test]
    fn the_finite_modifier_repair_on_a_built_tree() {
        // "A crowd of loyalists demonstrated outside ." as the parser misread it
        let mut p = Parse {
            head: vec![Some(1), None, Some(3), Some(1), Some(3), Some(4), Some(1)],
            deprel: ["det", "root", "case", "nmod", "acl", "advmod", "punct"]
                .map(String::from)
                .to_vec(),
            upos: ["DET", "NOUN", "ADP", "NOUN", "VERB", "ADV", "PUNCT"]
                .map(String::from)
                .to_vec(),
            xpos: ["DT", "NN", "IN", "NNS", "VBD", "RB", "."]
                .map(String::from)
                .to_vec(),
            ..Parse::default()
        };
        finite_modifier_as_verb(&mut p);
        assert_eq!(p.head(4), None);
        assert_eq!(p.head(1), Some(4));
        assert_eq!(p.deprel(1), "nsubj");
        assert_eq!(p.head(6), Some(4));
        // (a participle tag is a modifier's)
        let mut q = p.clone();
        q.head = vec![Some(1), None, Some(3), Some(1), Some(3), Some(4), Some(1)];
        q.deprel[1] = "root".into();
        q.deprel[4] = "acl".into();
        q.xpos[4] = "VBN".into();
        finite_modifier_as_verb(&mut q);
        assert_eq!(q.head(1), None);
        assert_eq!(q.head(4), Some(3));
    }

    #[test]
    fn a_list_of_demonyms_before_a_noun_modifies_it_as_one_coordination() {
        let (sent, p) = parse("Russian, Chinese and Iranian warships carried out a joint patrol.");
        let at = |w: &str| sent.toks.iter().position(|t| t.lower == w).unwrap();
        let (russian, chinese, iranian, warships) =
            (at("russian"), at("chinese"), at("iranian"), at("warships"));
        assert_eq!(p.head(russian), Some(warships));
        assert_eq!(p.deprel(russian), "amod");
        assert_eq!(p.head(chinese), Some(russian));
        assert_eq!(p.head(iranian), Some(russian));
        assert_eq!(p.deprel(iranian), "conj");
        // (a name after a preposition opens no such list)
        let (sent, p) = parse(
            "Lashkar-e-Taiba carried out the attacks on Mumbai, Indian and American \
             investigators concluded.",
        );
        let mumbai = sent.toks.iter().position(|t| t.lower == "mumbai").unwrap();
        assert_ne!(p.deprel(mumbai), "amod");
    }

    #[test]
    fn gazetteer_from_the_kb() {
        let kb = Kb::embedded().unwrap();
        let g = KbGazetteer::new(&kb);
        assert!(g.len() > 1000);
        assert_eq!(g.lookup("iran"), Some(GazLabel::Loc));
        assert_eq!(g.lookup("tehran"), Some(GazLabel::Loc));
        assert_eq!(g.lookup("haqqani network"), Some(GazLabel::Org));
        assert!(g.may_start("haqqani"));
        assert!(!g.may_start("zzzz"));
    }
}
