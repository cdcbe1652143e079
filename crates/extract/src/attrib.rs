//! Attribution and modality: who says so (speech and source cues with their
//! scope), how sure the text is (certainty), status and polarity.

use crate::doc::Sent;
use crate::mentions::{Actors, How};
use crate::words::{ALLEGATION, DENIAL, SPEECH};
use rapport_model::{ActorKind, Certainty, Polarity, Status};

/// Who a stretch of a sentence is attributed to.
#[derive(Debug, Clone, PartialEq)]
pub enum By {
    Author,
    Document,
    Reports,
    Actor(usize),
}

/// A source cue and the tokens it scopes over.
#[derive(Debug, Clone)]
pub struct Cue {
    pub by: By,
    pub text: String,
    /// Token range the cue attributes (`s0..s1`).
    pub s0: usize,
    pub s1: usize,
    /// The cue's own tokens (subject and verb), never claims of the scope.
    pub c0: usize,
    pub c1: usize,
    /// The cue's verb (or "according"): claims are never read from it.
    pub verb: usize,
    pub allegation: bool,
    pub denial: bool,
}

const DOC_NOUNS: &[&str] = &[
    "report",
    "reports",
    "document",
    "documents",
    "stamps",
    "files",
    "records",
    "papers",
    "passport",
    "footage",
    "data",
    "images",
    "photographs",
    "evidence",
    "investigation",
    "letter",
    "letters",
    "memo",
    "cable",
    "cables",
    "study",
    "survey",
    "review",
    "analysis",
    "panel",
];
const REPORT_NOUNS: &[&str] = &[
    "reports",
    "perceptions",
    "rumours",
    "rumors",
    "speculation",
    "media",
];

/// Finds the source cues of a sentence.
pub fn cues(sent: &Sent, text: &str, actors: &mut Actors) -> Vec<Cue> {
    let n = sent.toks.len();
    let ments: Vec<(usize, usize, usize, How)> = actors
        .of_sentence(sent.idx)
        .iter()
        .filter(|m| !m.nested)
        .map(|m| (m.t0, m.t1, m.actor, m.how))
        .collect();
    let mut out = Vec::new();
    for k in 0..n {
        let w = sent.word(k);
        // according to X
        if w == "according" && sent.word(k + 1) == "to" {
            let m = ments.iter().find(|m| m.0 >= k + 2 && m.0 <= k + 4);
            let by = match m {
                Some(m) => By::Actor(m.2),
                None => {
                    let window: Vec<&str> = (k + 2..(k + 8).min(n)).map(|i| sent.word(i)).collect();
                    if window.iter().any(|x| REPORT_NOUNS.contains(x))
                        && !window
                            .iter()
                            .any(|x| DOC_NOUNS.contains(x) && *x != "reports")
                    {
                        By::Reports
                    } else if window.iter().any(|x| DOC_NOUNS.contains(x)) {
                        By::Document
                    } else {
                        continue;
                    }
                }
            };
            let mut e = m.map(|m| m.1).unwrap_or(k + 3);
            while e < n && !matches!(sent.word(e), "," | "." | ";") {
                e += 1;
            }
            // scope: the whole sentence but the cue
            out.push(Cue {
                by,
                text: "according to".into(),
                s0: 0,
                s1: n,
                c0: k,
                c1: e,
                verb: k,
                allegation: false,
                denial: false,
            });
            continue;
        }
        if !SPEECH.contains(&w) || (sent.toks[k].cap && k > 0) {
            continue;
        }
        // ("found safe houses for his men": finding a thing is no report; "the panel found
        // that …", "found Iran had …" is)
        if !finding_reports(sent, k) {
            continue;
        }
        // "Iran has been accused of …", "is believed to …": an allegation with no one named
        // (an adverb may stand between: "is widely believed to …")
        let be = if k > 1 && sent.word(k - 1).ends_with("ly") {
            k - 2
        } else {
            k.wrapping_sub(1)
        };
        if k > 0
            && matches!(
                sent.word(be),
                "been" | "was" | "were" | "is" | "are" | "being"
            )
            && matches!(
                w,
                "accused" | "alleged" | "believed" | "thought" | "said" | "reported" | "suspected"
            )
            && matches!(sent.word(k + 1), "of" | "to")
        {
            out.push(Cue {
                by: By::Reports,
                text: sent.toks[k].span.slice(text).to_string(),
                s0: 0,
                s1: n,
                c0: k,
                c1: k + 1,
                verb: k,
                allegation: true,
                denial: false,
            });
            continue;
        }
        // "said" as an adjective ("the said report") or inside a name: skip
        if k > 0 && matches!(sent.word(k - 1), "the" | "a") {
            continue;
        }
        // "the evidence suggests", "a report found", "media reports say": a noun
        // phrase right before the verb is the source, whatever came earlier
        let mut j = k;
        while j > 0 && sent.word(j - 1).ends_with("ly") {
            j -= 1;
        }
        if j > 0 && !ments.iter().any(|m| m.1 == j) {
            let head = sent.word(j - 1);
            let t = &sent.toks[j - 1];
            if t.kind == rapport_text::TokKind::Word
                && !t.cap
                && (DOC_NOUNS.contains(&head)
                    || REPORT_NOUNS.contains(&head)
                    || (j >= 2
                        && matches!(sent.word(j - 2), "the" | "a" | "an" | "this" | "these")))
            {
                let by = if DOC_NOUNS.contains(&head) && head != "reports" {
                    Some(By::Document)
                } else if REPORT_NOUNS.contains(&head) {
                    Some(By::Reports)
                } else {
                    None
                };
                // "…, a UN report found on Sunday.": a trailing source reports what came
                // before its comma
                let mut p0 = j - 1;
                while p0 > 0 && p0 + 5 > j && !matches!(sent.word(p0 - 1), "," | ";") {
                    p0 -= 1;
                }
                let trailing = p0 > 1
                    && sent.word(p0 - 1) == ","
                    && matches!(
                        sent.word(k + 1),
                        "." | "" | "on" | "in" | "last" | "this" | "earlier" | "yesterday"
                    );
                let (s0, s1) = if trailing { (0, p0 - 1) } else { (k + 1, n) };
                if let Some(by) = by {
                    out.push(Cue {
                        by,
                        text: sent.toks[k].span.slice(text).to_string(),
                        s0,
                        s1,
                        c0: j - 1,
                        c1: k + 1,
                        verb: k,
                        allegation: ALLEGATION.contains(&w),
                        denial: DENIAL.contains(&w),
                    });
                }
                continue;
            }
        }
        // subject: a mention just before (within the clause), or right after ("said Lala")
        // (nothing inside a relative clause closed before the verb speaks: "The Houthis,
        // who attacked Israel, said …")
        let relatives: Vec<(usize, usize)> = (0..k)
            .filter_map(|c| crate::claims::closed_relative(sent, c, k))
            .collect();
        let left = ments.iter().rev().find(|m| {
            m.1 <= k
                && k - m.1 <= 16
                && !relatives.iter().any(|&(a, b)| a <= m.0 && m.1 <= b)
                && !(m.1..k).any(|i| matches!(sent.word(i), ";"))
                && !matches!(m.3, How::Adjective)
                // (a relative pronoun stands for the noun before it, which is found
                // there: "A Taliban commander, who spoke on condition of anonymity, said")
                && m.3 != How::Relative
                // a speaker right before its verb ("… to the Taliban, officials said") is
                // no list conjunct of an earlier prepositional phrase
                && (crate::claims::prep_before(sent, m.0, if next_to_verb(sent, m.1, k) { 3 } else { 0 })
                    .is_none()
                    // ("the Government of Turkey denied …": the state its government
                    // speaks for)
                    || (m.0 >= 2
                        && sent.word(m.0 - 1) == "of"
                        && matches!(
                            sent.word(m.0 - 2),
                            "government" | "ministry" | "presidency" | "republic" | "kingdom"
                                | "state" | "embassy" | "mission"
                        )
                        && next_to_verb(sent, m.1, k)))
                && (!is_possessor(sent, m.1)
                    || organ_of_possessor(sent, m.1, k)
                    || officer_of_possessor(sent, m.1, k))
                // (nor a name on a role noun in an apposition: "Hemedti, the RSF
                // commander, told …" is Hemedti's)
                && !(crate::relations::is_role_word(sent.word(m.1))
                    && sent.word(m.1 + 1) == ","
                    && m.1 + 1 < k)
        });
        // "OFAC sanctioned the cartel, saying the group had …": a participle of saying
        // after a comma speaks for the main clause's subject, not the nearest name
        let left = {
            let p = &sent.syn;
            let participle = w.ends_with("ing")
                && k > 0
                && sent.word(k - 1) == ","
                && k < p.len()
                && p.deprel(k) == "advcl";
            // (and so does a verb coordinated after "but" or "and" with no subject of
            // its own: "Abiy Ahmed told parliament that …, but accused Asmara of …")
            let shared = k < p.len()
                && p.deprel(k) == "conj"
                && !p.children(k).any(|c| p.deprel(c).starts_with("nsubj"))
                && p.children(k)
                    .any(|c| p.deprel(c) == "cc" && matches!(sent.word(c), "but" | "and"));
            let head_subject = (participle || shared)
                .then(|| p.head(k))
                .flatten()
                .filter(|&h| h < k && (participle || p.upos(h) == "VERB"))
                .and_then(|h| p.children(h).find(|&c| p.deprel(c) == "nsubj"))
                .and_then(|c| {
                    ments
                        .iter()
                        .find(|m| m.0 <= c && c < m.1 && !matches!(m.3, How::Adjective))
                });
            head_subject.or(left)
        };
        // "…, said Lala": a speaker after the verb ends the clause; "says Uganda and
        // Rwanda have armed …" names the reported clause's subject instead
        // (a demonym is no speaker: "…, said Iranian officers had trained his men")
        let right = ments
            .iter()
            .find(|m| m.0 == k + 1 || (m.0 == k + 2 && matches!(sent.word(k + 1), "the" | "a")))
            .filter(|m| m.3 != How::Adjective)
            .filter(|m| {
                let p = &sent.syn;
                if p.is_empty() {
                    return true;
                }
                let h = (m.0..m.1)
                    .find(|&i| p.head(i).is_none_or(|h| h < m.0 || h >= m.1))
                    .unwrap_or(m.0);
                !(p.deprel(h).starts_with("nsubj") && p.head(h) != Some(k))
            });
        // (the verb's object is no speaker: "Polish prosecutors accused Russian military
        // intelligence of …" names the accused)
        let right_speaker = right.filter(|m| {
            let p = &sent.syn;
            !(w == "accused" || w == "accuses" || w == "accusing")
                || p.is_empty()
                || !(m.0..m.1).any(|i| p.deprel(i) == "obj" && p.head(i) == Some(k))
        });
        // (or before the speaker and an apposition on it: '"…," Rajnath Singh, India's
        // defence minister, told troops')
        let quote_before = (0..k)
            .rev()
            .take(3)
            .any(|i| matches!(sent.word(i), "”" | "\"" | "’"))
            || left.is_some_and(|l| {
                l.0 < k
                    && (l.0.saturating_sub(3)..l.0)
                        .any(|i| matches!(sent.word(i), "”" | "\"" | "’"))
                    && (l.1..k).any(|i| sent.word(i) == ",")
            });
        let mut by = None;
        let mut c0 = k;
        // "…, the report said. … , it said": the document still speaks
        let document_it = left.is_some_and(|l| {
            l.3 == How::Pronoun
                && l.1 == k
                && sent.word(l.0) == "it"
                && actors.last_document.is_some_and(|d| {
                    sent.idx - d <= 2 && actors.last_speaker.is_none_or(|(_, s)| s < d)
                })
        });
        if document_it {
            by = Some(By::Document);
            c0 = left.map_or(k, |l| l.0);
        } else if let (true, Some(r)) = (
            quote_before
                || left.is_none()
                || (k > 0 && sent.word(k - 1) == "," && INVERTING.contains(&w)),
            right_speaker,
        ) {
            by = Some(By::Actor(r.2));
        } else if let Some(l) = left {
            // "he said": the last speaker, when there is one
            let mut a = l.2;
            // ("…, it said": the organisation last credited, rather than the nearest
            // group named in the reported clause)
            if l.3 == How::Pronoun {
                if let Some((sp, sent_i)) = actors.last_speaker {
                    let person = |x: usize| actors.list[x].kind == ActorKind::Person;
                    let neuter = matches!(sent.word(l.0), "it" | "they");
                    if sent.idx - sent_i <= 4
                        && (actors.list[sp].kind == actors.list[a].kind
                            || (neuter && !person(sp) && !person(a)))
                    {
                        a = sp;
                    }
                }
            }
            by = Some(By::Actor(a));
            // (with its determiner: "…, the Qatari foreign ministry said"; and with the
            // names coordinated before it: "…, Indian and American investigators
            // concluded")
            c0 = l.0;
            loop {
                while c0 > 0 && matches!(sent.word(c0 - 1), "the" | "a" | "an") {
                    c0 -= 1;
                }
                let joined = (c0 > 1 && sent.word(c0 - 1) == "and")
                    .then(|| {
                        actors
                            .of_sentence(sent.idx)
                            .into_iter()
                            .find(|m| m.t1 == c0 - 1)
                            .map(|m| m.t0)
                    })
                    .flatten();
                match joined {
                    Some(t0) => c0 = t0,
                    None => break,
                }
            }
        }
        if by.is_none() {
            let before: Vec<&str> = (k.saturating_sub(4)..k).map(|i| sent.word(i)).collect();
            // ("Reports in Kabul said …": reports are hearsay, not a document, as
            // right before the verb)
            if before
                .iter()
                .any(|x| DOC_NOUNS.contains(x) && *x != "reports")
            {
                by = Some(By::Document);
            } else if before.iter().any(|x| REPORT_NOUNS.contains(x)) {
                by = Some(By::Reports);
            }
        }
        let Some(by) = by else { continue };
        // is it a report of what follows, or of what came before?
        let next = sent.word(k + 1);
        let ends = k + 1 >= n
            || matches!(
                next,
                "." | ","
                    | "in"
                    | "on"
                    | "last"
                    | "yesterday"
                    | "today"
                    | "this"
                    | "at"
                    | "from"
                    | "when"
                    | "after"
                    | "during"
                    | "to"
            ) && !matches!(next, "to")
            // "…, a spokesman told reporters."
            || (HEARERS.contains(&next) || matches!(next, "him" | "her"))
                && matches!(sent.word(k + 2), "." | "," | "" | "on" | "in" | "at" | "last")
            || right
                .is_some_and(|r| r.1 + 1 >= n || matches!(sent.word(r.1), "." | "," | "in" | "on"));
        // "…, one commander told me, …": the hearer may stand before the second comma
        let after = if HEARERS.contains(&next) {
            sent.word(k + 2)
        } else {
            next
        };
        // the speaker's phrase may start with titles ("…, General X told …")
        let mut b = c0;
        while b > 0 && c0 - b < 3 && sent.toks[b - 1].cap {
            b -= 1;
        }
        // (no clause before the speaker, only a phrase of time or place, reports nothing:
        // "In the winter of 2006, a former fighter told me in Sadr City, Quds Force
        // instructors taught …" reports what follows)
        let clause_before = (0..b).any(|i| {
            sent.syn
                .xpos
                .get(i)
                .is_some_and(|x| matches!(x.as_str(), "VBD" | "VBZ" | "VBP" | "MD"))
        }) || (0..b).any(|i| matches!(sent.word(i), "”" | "\""));
        let ends = ends && (clause_before || sent.syn.is_empty());
        let comma_before = |c: usize| c > 0 && matches!(sent.word(c - 1), "," | "”" | "\"");
        let parenthetical = k > 0 && c0 > 0 && sent.word(c0 - 1) == "," && after == ",";
        // (a verb on an allegation noun closing its clause reports nothing of its own:
        // "…, a charge Eritrea always denied, were lifted …"; the charge's deniers are
        // read with the noun, `allege::allegations`)
        let on_charge = ends
            && c0 >= 2
            && crate::allege::NOUNS
                .contains(&sent.syn.lemma.get(c0 - 1).map_or("", String::as_str))
            && matches!(sent.word(c0 - 2), "a" | "an" | "the" | "this" | "that");
        let (s0, s1) = if on_charge {
            (k + 1, k + 1)
        } else if parenthetical {
            (0, n)
        } else if quote_before {
            // “…,” said X / “…,” X said: the quote is what is reported
            (0, c0.min(k))
        } else if ends && (quote_before || comma_before(c0) || comma_before(b)) {
            (0, c0)
        } else {
            // a verb coordinated with the cue is the speaker's own next act, outside
            // what is reported ("denied the report and blamed Israel")
            // (a finite verb after "and"/"but": "denied bankrolling or equipping the
            // RSF" is one denial)
            let own_act = sent
                .syn
                .children(k)
                .filter(|&c| {
                    sent.syn.deprel(c) == "conj"
                        && sent.syn.upos(c) == "VERB"
                        && sent
                            .syn
                            .xpos
                            .get(c)
                            .is_some_and(|x| x != "VBG" && x != "VB")
                })
                .find_map(|c| {
                    sent.syn
                        .children(c)
                        .find(|&x| sent.syn.deprel(x) == "cc" && x < c)
                        .filter(|&x| matches!(sent.word(x), "and" | "but"))
                });
            // (and a participle after a comma is the speaker's own act too: "rejected a
            // truce plan …, accusing the UAE of …")
            let own_participle = sent.syn.children(k).find(|&c| {
                c > k + 1
                    && sent.syn.deprel(c) == "advcl"
                    && sent.syn.xpos.get(c).is_some_and(|x| x == "VBG")
                    && sent.word(c - 1) == ","
            });
            let end = match (own_act, own_participle) {
                (Some(a), Some(b)) => a.min(b - 1),
                (Some(a), None) => a,
                (None, Some(b)) => b - 1,
                (None, None) => n,
            };
            // (nor is a contrasting clause with a finite verb of its own: "Tehran accuses
            // Islamabad of sheltering …, while Pakistani officials accuse Iran of …")
            let finite = |v: usize| sent.finite(v);
            // (and a charge "of" doing something, which holds no finite verb, ends
            // before a clause of its own after ", and" or ", but": "accused Russian
            // military intelligence of ordering the sabotage …, and Warsaw responded by
            // closing …")
            let charge_of = matches!(w, "accused" | "accuses" | "accuse" | "accusing")
                && (k + 1..(k + 8).min(n)).any(|x| sent.word(x) == "of");
            let contrast = (k + 2..end).find(|&c| {
                sent.word(c - 1) == ","
                    && (matches!(sent.word(c), "while" | "whereas")
                        || (charge_of
                            && matches!(sent.word(c), "and" | "but")
                            && !(k + 1..c).any(finite)
                            && (c + 2..(c + 6).min(end)).any(finite)))
                    && (c + 2..end).any(finite)
            });
            // (nor the clause that embeds the report, after its end: in "sanctions,
            // imposed after UN monitors concluded that Asmara was arming al-Shabaab,
            // were lifted …", what the monitors concluded ends before "were lifted")
            // (only a report whose content clause the parser hung on it, so the
            // parse holds the whole report)
            let embedded_end = (k < sent.syn.len()
                && sent.syn.children(k).any(|c| sent.syn.deprel(c) == "ccomp"))
            .then(|| sent.syn.subtree(k).into_iter().max())
            .flatten()
            .filter(|&m| sent.syn.ancestors(k).iter().any(|&a| a > m));
            let end = embedded_end.map_or(end, |m| end.min(m + 1));
            (k + 1, contrast.map_or(end, |c| c - 1))
        };
        if let By::Actor(a) = by {
            if !actors.list[a].anonymous {
                actors.last_speaker = Some((a, sent.idx));
            }
        }
        let c1 = if HEARERS.contains(&next) || next == "that" {
            k + 2
        } else {
            k + 1
        };
        let cue_text = sent.toks[k].span.slice(text).to_string();
        out.push(Cue {
            by,
            text: cue_text,
            s0,
            s1,
            c0,
            c1: c1.max(c0 + 1),
            verb: k,
            // "claimed responsibility for": the actor owns the act, no allegation
            allegation: ALLEGATION.contains(&w) && !matches!(next, "responsibility" | "credit"),
            denial: DENIAL.contains(&w),
        });
    }
    if out.iter().any(|c| c.by == By::Document) {
        actors.last_document = Some(sent.idx);
    }
    out
}

/// Hearers named right after a speech verb ("told reporters", "told me").
const HEARERS: &[&str] = &["me", "us", "reporters", "journalists"];

/// Speech verbs that may come before their speaker ("…, said officials").
const INVERTING: &[&str] = &[
    "said",
    "says",
    "added",
    "adds",
    "wrote",
    "writes",
    "noted",
    "notes",
    "explained",
    "continued",
    "argued",
    "insisted",
    "asked",
    "warned",
];

/// Forms of "be" before a predicate ("is set to").
const AUX_BE: &[&str] = &["is", "are", "was", "were", "be", "been", "'s", "'re"];

/// Only adverbs ("officials privately said") stand between a mention ending at `t1` and
/// the verb at `k`.
/// Whether a verb of finding at `k` reports a clause ("found that …", "found Iran had
/// …"), rather than taking a thing found ("found safe houses for his men"). Any other
/// word is a report.
pub(crate) fn finding_reports(sent: &Sent, k: usize) -> bool {
    // (a court "ruled that …" reports; "the Taliban ruled Afghanistan" governs)
    if matches!(sent.word(k), "ruled" | "rules") {
        return sent.word(k + 1) == "that"
            || (matches!(sent.word(k + 1), "in" | "on" | "last" | "this" | "earlier")
                && (k + 2..(k + 7).min(sent.toks.len())).any(|i| sent.word(i) == "that"));
    }
    if !matches!(sent.word(k), "found" | "finds" | "find") {
        return true;
    }
    let p = &sent.syn;
    if sent.word(k + 1) == "that" || k >= p.len() {
        return true;
    }
    // (a thing found is a common noun without a clause of its own: "found evidence that
    // …" reports)
    let thing = p.children(k).any(|c| {
        p.deprel(c) == "obj"
            && p.upos(c) == "NOUN"
            && !p
                .children(c)
                .any(|g| matches!(p.deprel(g), "acl" | "ccomp") && sent.marked(g, "that"))
    });
    !thing || p.children(k).any(|c| p.deprel(c) == "ccomp")
}

fn next_to_verb(sent: &Sent, t1: usize, k: usize) -> bool {
    (t1..k).all(|i| sent.word(i).ends_with("ly"))
}

fn is_possessor(sent: &Sent, t1: usize) -> bool {
    sent.word(t1) == "'s"
}

/// Nouns of a state's organ or its people that can speak for it.
const ORGAN_HEADS: &[&str] = &[
    "ministry",
    "government",
    "presidency",
    "embassy",
    "mission",
    "office",
    "military",
    "army",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "authorities",
    "officials",
];

/// "Azerbaijan's defence ministry denied …": the possessor speaks where the words from
/// its "'s" at `t1` to the verb at `k` only name one of its organs (a ministry the
/// knowledge base does not list by name).
fn organ_of_possessor(sent: &Sent, t1: usize, k: usize) -> bool {
    t1 + 2 < k
        && (t1 + 1..k).all(|i| {
            ORGAN_HEADS.contains(&sent.word(i))
                || matches!(
                    sent.word(i),
                    "defence" | "defense" | "foreign" | "interior" | "information" | "presidential"
                )
        })
        && ORGAN_HEADS.contains(&sent.word(k - 1))
}

/// Whether the words between a possessor's "'s" at `t1` and the verb at `k` name one of
/// its officers, whom the knowledge base did not name ("Hezbollah's leader said",
/// "the group's top commander told …"): an officer speaks for the possessor.
fn officer_of_possessor(sent: &Sent, t1: usize, k: usize) -> bool {
    t1 + 1 < k
        && k - t1 <= 4
        && crate::relations::is_role_word(sent.word(k - 1))
        && (t1 + 1..k - 1).all(|i| {
            crate::relations::is_role_word(sent.word(i))
                || matches!(
                    sent.word(i),
                    "top" | "senior" | "deputy" | "chief" | "military" | "political" | "new"
                )
        })
}

/// Whether a negation at `i`, further back than the words right before the trigger at
/// `t`, negates the verb whose object the trigger is: "have not held a formal bilateral
/// dialogue", "did not sign the long-delayed ceasefire extension".
fn negates_through_verb(sent: &Sent, i: usize, t: usize) -> bool {
    let p = &sent.syn;
    if t >= p.len() || i >= p.len() {
        return false;
    }
    let Some(v) = p.head(i).filter(|_| p.deprel(i) == "advmod") else {
        return false;
    };
    // (only a verb that carries the noun's event: "has never condemned Russia's
    // invasion" denies the condemnation, not the invasion)
    p.head(t) == Some(v)
        && matches!(p.deprel(t), "obj" | "nsubj:pass")
        && (crate::treeargs::SUPPORT_LEMMAS.contains(&p.lemma[v].as_str())
            || crate::claims::LIGHT_VERBS.contains(&sent.word(v)))
}

/// Whether the trigger at `t` is what its clause "failed to" do ("Eritrean troops failed
/// to leave Tigray"): for force, an attempt ("failed to capture the town"); for any
/// other act, one that did not happen.
pub fn failed_to(sent: &Sent, c0: usize, t: usize) -> bool {
    (c0..t).any(|k| {
        matches!(sent.word(k), "failed" | "fails" | "fail" | "failing")
            && sent.word(k + 1) == "to"
            && failure_reaches(sent, k, t)
    })
}

/// Whether "failed to" at `k` governs the trigger at `t`: the trigger is the verb after
/// "to" or that verb's object (or their conjuncts), not a clause or phrase hung on it
/// ("failed to arrest Putin when he visited" fails the arrest, not the visit).
fn failure_reaches(sent: &Sent, k: usize, t: usize) -> bool {
    let p = &sent.syn;
    let v = k + 2;
    if p.is_empty() || t >= p.len() || v >= p.len() {
        return t <= k + 4;
    }
    let mut x = t;
    for _ in 0..6 {
        if x == v {
            return true;
        }
        if !matches!(p.deprel(x), "obj" | "xcomp" | "conj" | "compound") {
            return false;
        }
        match p.head(x) {
            Some(h) => x = h,
            None => return false,
        }
    }
    false
}

/// Subordinators of an adverbial clause that tells what happened ("after", "because").
const FACT_MARKS: &[&str] = &[
    "after", "because", "since", "although", "though", "while", "whereas", "when",
];

/// The subordinator, between `lo` and the trigger at `t`, of a past-tense adverbial
/// clause that holds the trigger: what such a clause tells happened, whatever the clause
/// it hangs on plans or vows ("Iran vowed revenge after Israel killed Ismail Haniyeh").
fn past_adverbial(sent: &Sent, lo: usize, t: usize) -> Option<usize> {
    let p = &sent.syn;
    if t >= p.len() {
        return None;
    }
    (lo..t).rev().find(|&k| {
        FACT_MARKS.contains(&sent.word(k))
            && p.deprel(k) == "mark"
            && p.head(k).is_some_and(|h| {
                p.deprel(h) == "advcl"
                    && p.xpos[h] == "VBD"
                    && (h == t || p.ancestors(t).contains(&h))
            })
    })
}

/// Whether the clause of the trigger at `t` (from `c0`) speaks in the first person of
/// what its speaker will do: "we will", "I'll", "we shall never stop", before the
/// trigger.
pub fn first_person_vow(sent: &Sent, c0: usize, t: usize) -> bool {
    (c0.saturating_sub(3)..t).any(|k| {
        matches!(sent.word(k), "we" | "i")
            && (k + 1..(k + 3).min(t)).any(|m| matches!(sent.word(m), "will" | "'ll" | "shall"))
    })
}

/// The words of the verb a verb at `t` is coordinated with, and of that verb's phrases,
/// save those the two verbs share (subject, auxiliaries, subordinator, adverbs): "said
/// Damascus wanted no war and called on Israel to …" (neither the wish nor its "no"
/// is the call's; "will arm and train" shares its "will").
fn other_conjunct(sent: &Sent, t: usize) -> Vec<usize> {
    let p = &sent.syn;
    if t >= p.len() || p.deprel(t) != "conj" || !p.is_verbal(t) {
        return Vec::new();
    }
    let Some(h) = p.head(t).filter(|&h| h < t && p.is_verbal(h)) else {
        return Vec::new();
    };
    let own = p.subtree(t);
    let shared: Vec<usize> = p
        .children(h)
        .filter(|&c| {
            matches!(
                p.deprel(c),
                "aux" | "aux:pass" | "nsubj" | "nsubj:pass" | "mark" | "advmod" | "cc"
            )
        })
        .flat_map(|c| p.subtree(c))
        .collect();
    p.subtree(h)
        .into_iter()
        .filter(|k| !own.contains(k) && !shared.contains(k))
        .collect()
}

/// The modality of a claim whose trigger is at `t`, with `c0` the start of its clause.
pub fn modality(sent: &Sent, c0: usize, t: usize, reported: bool) -> (Certainty, Status, Polarity) {
    let mut certainty = Certainty::Asserted;
    let mut status = Status::Actual;
    let mut polarity = Polarity::Positive;
    // what one would retaliate for happened, whatever the retaliation's mood: "warned
    // that the group would retaliate for US and British air strikes"
    if retaliated_for(sent, t).is_some() {
        return (certainty, status, polarity);
    }
    let lo = c0.max(t.saturating_sub(8));
    let relatives: Vec<(usize, usize)> = (c0..t)
        .filter_map(|k| crate::claims::closed_relative(sent, k, t))
        .collect();
    let lo = lo.max(past_adverbial(sent, lo, t).unwrap_or(lo));
    let other_conjunct = other_conjunct(sent, t);
    for i in lo..t {
        let w = sent.word(i);
        // a relative clause's words modify its noun, not the claim ("X, whose leader
        // rarely appears in public, fired …")
        if relatives.iter().any(|&(a, b)| a <= i && i < b) {
            continue;
        }
        if other_conjunct.contains(&i) {
            continue;
        }
        if sent.toks[i].cap && i > c0 {
            continue; // "May 21", names
        }
        match w {
            "appears" | "appear" | "appeared" | "seem" | "seems" | "seemed" | "likely"
            | "probably" | "reportedly" | "allegedly" | "apparently" | "purportedly"
            | "suspected" | "presumably"
                if certainty == Certainty::Asserted =>
            {
                certainty = Certainty::Probable;
            }
            "believed" | "thought" | "said"
                if sent.word(i + 1) == "to"
                    && i > 0
                    && matches!(sent.word(i - 1), "is" | "was" | "are" | "were" | "be") =>
            {
                certainty = Certainty::Probable
            }
            "could" | "may" | "might" | "possibly" | "perhaps" => certainty = Certainty::Possible,
            "would" => {
                if (t..(t + 12).min(sent.toks.len()))
                    .any(|k| sent.word(k) == "if" || sent.word(k) == "unless")
                {
                    status = Status::Conditional;
                } else if reported {
                    status = Status::Intended;
                } else {
                    certainty = Certainty::Possible;
                }
            }
            // "is set to deliver"
            "set" if sent.word(i + 1) == "to" && i > 0 && AUX_BE.contains(&sent.word(i - 1)) => {
                status = Status::Intended
            }
            "attempted" | "attempt" | "attempts" | "tried" | "try" | "tries" | "trying"
            | "plotted" | "plotting" => status = Status::Attempted,
            "failed" | "fails" | "fail" | "failing"
                if sent.word(i + 1) == "to" && failure_reaches(sent, i, t) =>
            {
                status = Status::Attempted
            }
            // (a plan named is no intention unless to do the act: "rejected a truce
            // plan drafted by …, accusing …")
            "plans" | "plan" if sent.word(i + 1) != "to" => {}
            "keen" | "plans" | "planned" | "plan" | "planning" | "intends" | "intend"
            | "intended" | "want" | "wants" | "wanted" | "seeks" | "sought" | "aims" | "aim"
            | "will" | "'ll" | "scheduled" | "expected" | "ready" | "prepared" | "vowed"
            | "preparing" | "prepares" | "poised" | "intending" | "aiming" | "considering"
            | "considers" | "mulling" | "weighing" | "contemplating" => status = Status::Intended,
            // "pledged allegiance": the pledge is the act itself
            "pledged" | "promised"
                if !matches!(
                    sent.word(t),
                    "allegiance" | "fealty" | "loyalty" | "bay'ah" | "bayah"
                ) =>
            {
                status = Status::Intended
            }
            "not" | "n't" | "never" | "no"
                if !matches!(sent.word(i + 1), "only" | "just" | "least" | "longer")
                    && (t - i <= 4 || negates_through_verb(sent, i, t)) =>
            {
                polarity = Polarity::Negative;
            }
            // "Serbia refused to impose sanctions on Russia": a hostile act or a
            // recognition refused was not done (other acts refused are the refusal's
            // REJECT alone)
            w if crate::words::REFUSING.contains(&w)
                && sent.word(i + 1) == "to"
                && (i + 2 == t || (t < sent.syn.len() && sent.syn.head(t) == Some(i + 2))) =>
            {
                polarity = Polarity::Negative;
            }
            // "Kigali has yet to pull its soldiers out": not yet done
            "yet"
                if sent.word(i + 1) == "to"
                    && i > 0
                    && matches!(
                        sent.word(i - 1),
                        "has" | "have" | "had" | "is" | "are" | "was" | "were"
                    ) =>
            {
                polarity = Polarity::Negative;
            }
            // "Neither Iran nor Russia supplied …"
            "neither" | "nor" if i >= c0 => polarity = Polarity::Negative,
            _ => {}
        }
    }
    // "Hezbollah had received no new weapons from Iran", "sent no troops": a verb whose
    // object "no" opens did not do it ("no fewer than thirty rockets" did)
    if sent.syn.upos(t) == "VERB" && sent.toks.get(t).is_some_and(|x| !x.cap) {
        let mut k = t + 1;
        if matches!(sent.word(k), "up" | "out" | "over" | "back" | "in") {
            k += 1;
        }
        if sent.word(k) == "no"
            && !matches!(
                sent.word(k + 1),
                "fewer"
                    | "less"
                    | "more"
                    | "longer"
                    | "sooner"
                    | "later"
                    | "doubt"
                    | "matter"
                    | "one"
                    | "other"
            )
        {
            polarity = Polarity::Negative;
        }
    }
    // "If the talks fail, Israel could launch a ground offensive": a modal clause after a
    // fronted condition happens only on it
    let first = (0..t).find(|&k| sent.toks[k].kind == rapport_text::TokKind::Word);
    if first.is_some_and(|k| matches!(sent.word(k), "if" | "unless")) {
        if let Some(q) = (1..t).find(|&k| sent.word(k) == ",") {
            // (a quotation closed before the act holds the condition: '"If Warsaw
            // wants a fight, it will get one," Lukashenko said, days after Poland moved
            // troops')
            let quote_closed = (q..t).any(|k| matches!(sent.word(k), "”" | "\""));
            if !quote_closed
                && (q..t)
                    .any(|k| matches!(sent.word(k), "could" | "would" | "might" | "may" | "will"))
            {
                status = Status::Conditional;
            }
        }
    }
    // "It is likely that Iran armed the Houthis", "the Panel considers it likely that
    // …": a clause a judgement of likelihood governs is as sure as the judgement
    if certainty == Certainty::Asserted {
        // (the clause's own "that" by the tree, past an inserted phrase: "that Ugandan
        // troops, deployed to Juba at …, provided …")
        let p = &sent.syn;
        let verb = if t < p.len() && p.upos(t) == "VERB" {
            Some(t)
        } else {
            p.head(t).filter(|&h| p.upos(h) == "VERB")
        };
        let that = (t.saturating_sub(10)..t)
            .rev()
            .find(|&k| {
                sent.word(k) == "that" && !(k + 1..t).any(|x| matches!(sent.word(x), "," | ";"))
            })
            .or_else(|| {
                verb.and_then(|v| {
                    p.children(v)
                        .find(|&c| c < v && p.deprel(c) == "mark" && sent.word(c) == "that")
                })
            })
            // (or, where the tree lost the clause, the last "that" with no finite verb
            // between it and the trigger)
            .or_else(|| {
                let k = (t.saturating_sub(30)..t)
                    .rev()
                    .find(|&k| sent.word(k) == "that")?;
                (!(k + 1..t).any(|x| sent.finite(x) || sent.word(x) == ";")).then_some(k)
            });
        if let Some(k) = that.filter(|&k| k > 0) {
            match sent.word(k - 1) {
                "likely" | "probable" | "plausible" => certainty = Certainty::Probable,
                "possible" | "conceivable" | "unlikely" => certainty = Certainty::Possible,
                _ => {}
            }
        }
    }
    // "Hamas refused to release the hostages until Israel withdrew from Gaza", "will not
    // negotiate until the army leaves": what a refusal waits for has not happened
    if let Some(u) = (t.saturating_sub(8)..t)
        .rev()
        .find(|&k| sent.word(k) == "until")
    {
        let refused = (0..u).any(|k| {
            let w = sent.word(k);
            crate::words::REFUSING.contains(&w) || matches!(w, "not" | "n't" | "never")
        });
        let own_clause = !(u + 1..t).any(|k| matches!(sent.word(k), "," | ";"));
        if refused && own_clause {
            status = Status::Conditional;
        }
    }
    // "offered the Taliban money": what is offered is not yet given
    if matches!(sent.word(t), "offer" | "offers" | "offered" | "offering") {
        status = Status::Intended;
    }
    // "to" + verb after "going" also marks a plan
    if t >= 2 && sent.word(t - 1) == "to" && sent.word(t - 2) == "going" {
        status = Status::Intended;
    }
    // "an agreement due to be signed by the end of the month", "talks set to begin
    // next week": an event scheduled after its noun is planned, whatever the clause
    // tries
    if matches!(
        sent.word(t + 1),
        "due" | "set" | "scheduled" | "expected" | "slated"
    ) && sent.word(t + 2) == "to"
    {
        status = Status::Intended;
    }
    // ("Talks between Russia and Ukraine are set to begin on Monday": the noun is the
    // subject of a verb of scheduling)
    let p = &sent.syn;
    if t < p.len()
        && matches!(p.deprel(t), "nsubj" | "nsubj:pass")
        && p.head(t).is_some_and(|h| {
            matches!(
                sent.word(h),
                "due" | "set" | "scheduled" | "expected" | "slated" | "planned"
            ) && p.children(h).any(|c| p.deprel(c) == "xcomp")
        })
    {
        status = Status::Intended;
    }
    // "appears to have carried out an air strike … that targeted Noor Wali Mehsud": a
    // relative clause on the object of a hedged verb is as hedged
    if certainty == Certainty::Asserted && t < p.len() && p.deprel(t) == "acl:relcl" {
        let verb = p.head(t).and_then(|n| {
            p.head(n)
                .filter(|&v| v < n && matches!(p.deprel(n), "obj" | "nsubj:pass"))
        });
        if let Some(v) = verb {
            certainty = modality(sent, c0.min(v).max(v.saturating_sub(8)), v, reported).0;
        }
    }
    // "the bombing was blamed on the Taliban", "blamed the attack on the Haqqani
    // network", "attributed the attack to …": what an act is blamed on is charged, not
    // shown
    if certainty == Certainty::Asserted
        && t < p.len()
        && matches!(p.deprel(t), "obj" | "nsubj:pass")
        && p.head(t)
            .is_some_and(|h| crate::treeargs::laid_on(&p.lemma[h]).is_some())
    {
        certainty = Certainty::Probable;
    }
    // "ISKP claimed the suicide bombing", "claimed responsibility for the attack": an
    // act claimed is the claimer's word (a claim marks an allegation, ANNOTATING.md)
    if certainty == Certainty::Asserted && t < p.len() && claimed_act(sent, t) {
        certainty = Certainty::Probable;
    }
    // "… only if they targeted NATO troops"
    if status == Status::Actual
        && (t..(t + 12).min(sent.toks.len()))
            .any(|k| sent.word(k) == "only" && sent.word(k + 1) == "if")
    {
        status = Status::Conditional;
    }
    (certainty, status, polarity)
}

/// Whether the event noun at `t` is claimed: the object of "claim" ("claimed the
/// bombing"), or what "responsibility" is claimed for ("claimed responsibility for the
/// attack"), also through a noun of quantity ("claimed a series of attacks").
fn claimed_act(sent: &Sent, t: usize) -> bool {
    let p = &sent.syn;
    let mut k = t;
    // (through a conjunct: "claimed rocket and drone attacks")
    while p.deprel(k) == "conj" {
        match p.head(k) {
            Some(h) => k = h,
            None => return false,
        }
    }
    // (through "a series of", "a wave of")
    if p.deprel(k) == "nmod"
        && p.head(k)
            .is_some_and(|h| crate::treeargs::EVENT_QUANTITIES.contains(&p.lemma[h].as_str()))
    {
        k = p.head(k).unwrap_or(k);
    }
    let Some(h) = p.head(k) else { return false };
    let claim = |v: usize| p.lemma[v] == "claim" && p.upos(v) == "VERB";
    (p.deprel(k) == "obj" && claim(h))
        || (matches!(p.deprel(k), "nmod" | "obl")
            && p.children(k)
                .any(|c| p.deprel(c) == "case" && sent.word(c) == "for")
            && (p.lemma[h] == "responsibility" && p.head(h).is_some_and(claim)
                || claim(h) && p.children(h).any(|c| p.lemma[c] == "responsibility")))
}

/// The verb or noun of retaliation whose "for" (or "to") phrase the event noun at `t`
/// heads: "retaliate for the air strikes", "in response to the attack", "revenge for
/// the killing". What one retaliates for is presupposed to have happened.
pub fn retaliated_for(sent: &Sent, t: usize) -> Option<usize> {
    let p = &sent.syn;
    if t >= p.len() || !matches!(p.upos(t), "NOUN" | "PROPN") {
        return None;
    }
    // (a trigger of two words names its phrase by its first: "air strikes")
    let t = match p.head(t) {
        Some(h) if p.deprel(t) == "compound" && h > t => h,
        _ => t,
    };
    let h = p.head(t)?;
    // ("vowed to avenge the killing of …": what is avenged, its object)
    if p.deprel(t) == "obj" && p.lemma[h] == "avenge" {
        return Some(h);
    }
    let case = p
        .children(t)
        .find(|&c| p.deprel(c) == "case")
        .map(|c| sent.word(c))?;
    let ok = match case {
        "for" => matches!(
            p.lemma[h].as_str(),
            "retaliate"
                | "avenge"
                | "revenge"
                | "retaliation"
                | "reprisal"
                | "punish"
                | "punishment"
                | "vengeance"
        ),
        "to" => matches!(p.lemma[h].as_str(), "respond" | "response" | "reply"),
        _ => false,
    };
    ok.then_some(h)
}
