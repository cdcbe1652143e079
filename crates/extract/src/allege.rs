//! Allegations and denials told with a noun: "accusations by Congo's government that
//! it supports the M23" (an accusation, and an event the accuser says is probable),
//! "Both Uganda and Rwanda denied the UN accusations" (the accused events told
//! before, now denied by the accused).
//!
//! Read off the dependency tree, tolerant of where the parser hangs the content
//! clause and the "by" phrase (on the noun or on the verb that governs it).

use crate::claims::Draft;
use crate::doc::Sent;
use crate::mentions::{Actors, Mention};
use crate::treeargs::{conjuncts, mention_at};
use rapport_model::ClaimType;

/// Nouns that name an allegation (lemmas).
pub(crate) const NOUNS: &[&str] = &[
    "accusation",
    "allegation",
    "charge",
    "claim",
    "assertion",
    "suggestion",
];

/// Verbs that deny what their object says (lemmas).
const DENY: &[&str] = &["deny", "dismiss", "reject", "refute", "rebut", "rebuff"];

/// The rule name of an accusation read from an allegation noun.
pub const RULE: &str = "allegation noun: the accuser accuses the clause's subject";
/// The rule name of the accuser's version of a denied allegation's content.
pub const CONTENT_RULE: &str = "allegation noun: its clause, as the accuser's claim";

/// Verbs of calling something what it is (lemmas): with a dismissive word they deny.
const CALL: &[&str] = &["call", "describe", "term", "brand", "label", "dismiss"];
/// Words that dismiss an allegation.
const DISMISSIVE: &[&str] = &[
    "groundless",
    "baseless",
    "unfounded",
    "false",
    "untrue",
    "fabricated",
    "absurd",
    "ridiculous",
    "lies",
    "nonsense",
    "propaganda",
    "fabrication",
    "fabrications",
];

/// Verbs whose subject makes the allegation that is their object (lemmas).
const MAKE: &[&str] = &[
    "make",
    "level",
    "repeat",
    "raise",
    "voice",
    "bring",
    "renew",
    "reiterate",
    "press",
    "file",
];

/// One allegation noun of a sentence.
#[derive(Debug, Clone)]
pub struct Allegation {
    /// The noun ("accusations").
    pub noun: usize,
    /// Who makes the allegation, where the sentence names them (actor index).
    pub accuser: Option<usize>,
    /// The tokens of its content clause ("that it supports the M23"); empty when the
    /// sentence does not say what is alleged.
    pub content: Vec<usize>,
    /// Who denies it ("Rwanda has denied accusations …"), actor indices.
    pub deniers: Vec<usize>,
    /// The denying verb, where there is one.
    pub verb: Option<usize>,
}

impl Allegation {
    /// Whether token `t` is in the allegation's content clause.
    pub fn holds(&self, t: usize) -> bool {
        self.content.contains(&t)
    }
}

/// The allegation nouns of a sentence, with their accusers, contents and deniers.
pub fn allegations(sent: &Sent, actors: &Actors) -> Vec<Allegation> {
    let p = &sent.syn;
    if p.is_empty() {
        return Vec::new();
    }
    let ments: Vec<&Mention> = actors.arguments(sent.idx);
    let mut out = Vec::new();
    for k in 0..p.len() {
        if p.upos(k) != "NOUN" || !NOUNS.contains(&p.lemma[k].as_str()) {
            continue;
        }
        // "the claims of the ministry" about its own deeds, "claimed responsibility":
        // only plural accusations or an allegation noun with a clause or accuser
        // "called claims that Moscow was arming the Taliban groundless": a verb of
        // calling with a dismissive word later in the clause denies too
        let dismissed = |g: usize| {
            CALL.contains(&p.lemma[g].as_str())
                && (k + 1..p.len())
                    .take_while(|&i| !matches!(sent.word(i), "," | ";" | "."))
                    .any(|i| DISMISSIVE.contains(&sent.word(i)))
        };
        // (or a relative clause on the noun that denies it, the noun its object: "…, a
        // charge Rwanda denied", "an accusation Algeria rejected as baseless")
        let gov = p
            .head(k)
            .filter(|&g| {
                p.deprel(k) == "obj" && (DENY.contains(&p.lemma[g].as_str()) || dismissed(g))
            })
            .or_else(|| {
                // (the parser may read the clause as a plain modifier, its subject as
                // an apposition: "a charge Zabihullah Mujahid rejected")
                p.children(k).find(|&c| {
                    c > k
                        && (p.deprel(c) == "acl:relcl"
                            || (p.deprel(c) == "acl" && p.xpos[c] == "VBD")
                            // (a participle with the name hung between: "a charge
                            // Eritrea always denied")
                            || (p.deprel(c) == "acl"
                                && p.xpos[c] == "VBN"
                                && p.children(k).any(|a| a > k && a < c && p.deprel(a) == "appos")))
                        && (DENY.contains(&p.lemma[c].as_str()) || dismissed(c))
                        && !p
                            .children(c)
                            .any(|g| matches!(p.deprel(g), "obj" | "ccomp"))
                })
            })
            // (or on the name the parser hung in apposition: "a charge Caracas denied",
            // "denied" a modifier of "Caracas")
            .or_else(|| {
                p.children(k)
                    .filter(|&c| c > k && p.deprel(c) == "appos")
                    .flat_map(|c| p.children(c).collect::<Vec<_>>())
                    .find(|&v| {
                        matches!(p.deprel(v), "acl" | "acl:relcl")
                            && (DENY.contains(&p.lemma[v].as_str()) || dismissed(v))
                            && !p
                                .children(v)
                                .any(|g| matches!(p.deprel(g), "obj" | "ccomp"))
                    })
            })
            // ("Ankara's claim that … was dismissed by the group as a fabrication")
            .or_else(|| {
                p.head(k).filter(|&g| {
                    p.deprel(k) == "nsubj:pass"
                        && DENY.contains(&p.lemma[g].as_str())
                        && p.children(g).any(|c| p.deprel(c) == "aux:pass")
                })
            });
        // the content clause: on the noun, or (parser's choice) on the denying verb
        // ("that" read as a relative pronoun still opens the content when the clause
        // has a subject of its own: "its accusation that Colombia trains …")
        let mut heads: Vec<usize> = p
            .children(k)
            .filter(|&c| match p.deprel(c) {
                "acl" | "ccomp" => sent.marked(c, "that"),
                "acl:relcl" => {
                    sent.word(k + 1) == "that"
                        && p.head(k + 1) == Some(c)
                        && p.children(c).any(|s| s != k + 1 && p.deprel(s) == "nsubj")
                }
                _ => false,
            })
            .collect();
        if let Some(g) = gov {
            heads.extend(p.children(g).filter(|&c| {
                c > k && p.deprel(c) == "ccomp" && (sent.marked(c, "that") || c == k + 1)
            }));
        }
        let mut content: Vec<usize> = heads.iter().flat_map(|&h| sent.syn.subtree(h)).collect();
        content.sort_unstable();
        content.dedup();
        // the accuser: "by X" on the noun (or on the verb), "X's", "the UN accusations"
        let mut holders: Vec<usize> = p.children(k).collect();
        if let Some(g) = gov {
            holders.extend(p.children(g).filter(|&c| c > k && sent.marked(c, "by")));
        }
        // "Venezuela repeated the accusation …": the one who makes, levels or repeats it
        let maker = p
            .head(k)
            .filter(|&g| p.deprel(k) == "obj" && MAKE.contains(&p.lemma[g].as_str()))
            .and_then(|g| p.children(g).find(|&c| p.deprel(c) == "nsubj"));
        holders.extend(maker);
        // (or the subject of a relative clause on the noun that makes it: "…, a charge
        // the Saudi-led coalition first levelled in 2016")
        holders.extend(
            p.children(k)
                .filter(|&c| {
                    c > k && p.deprel(c) == "acl:relcl" && MAKE.contains(&p.lemma[c].as_str())
                })
                .flat_map(|c| p.children(c).filter(|&g| p.deprel(g) == "nsubj")),
        );
        let accuser = holders.iter().find_map(|&c| {
            let rel = p.deprel(c);
            let by = sent.marked(c, "by") && (rel.starts_with("nmod") || rel.starts_with("obl"));
            let before = (c < k && matches!(rel, "nmod:poss" | "compound" | "amod" | "nsubj"))
                || (c > k && rel == "nsubj");
            (by || before)
                .then(|| mention_at(sent, &ments, c, true))
                .flatten()
                .map(|m| m.actor)
        });
        let mut deniers = Vec::new();
        if let Some(g) = gov {
            // the denying verb's subject, its passive's "by" agent, or the name the
            // parser hung between the noun and the verb
            let subject = p
                .children(g)
                .find(|&c| {
                    p.deprel(c) == "nsubj"
                        || (p.deprel(c).starts_with("obl") && sent.marked(c, "by"))
                })
                .or_else(|| {
                    p.children(k)
                        .find(|&c| c > k && c < g && p.deprel(c) == "appos")
                })
                .or_else(|| {
                    p.head(g)
                        .filter(|&h| h > k && h < g && p.deprel(h) == "appos")
                });
            if let Some(s) = subject.and_then(|c| mention_at(sent, &ments, c, true)) {
                deniers.push(s.actor);
                deniers.extend(conjuncts(sent, &ments, s));
            }
        }
        // (an appositive charge whose maker is named stands for the sentence's own
        // acts: "…, a charge the coalition levelled")
        let appositive = (k.saturating_sub(2)..k).any(|x| sent.word(x) == ",");
        if content.is_empty() && deniers.is_empty() && !(appositive && accuser.is_some()) {
            continue;
        }
        out.push(Allegation {
            noun: k,
            accuser,
            content,
            deniers,
            verb: gov,
        });
    }
    out
}

/// "accusations by X that Y …": X accuses Y (each subject of the content clause).
pub fn accusations(sent: &Sent, actors: &Actors, all: &[Allegation]) -> Vec<Draft> {
    let p = &sent.syn;
    let ments: Vec<&Mention> = actors.arguments(sent.idx);
    let mut out: Vec<Draft> = Vec::new();
    for a in all {
        let Some(accuser) = a.accuser else { continue };
        // the subjects of the clause heads: tokens of the content whose head is outside
        // it, and their conjoined verbs
        let mut accused: Vec<usize> = Vec::new();
        for &h in &a.content {
            let verbal = p.is_verbal(h);
            let top = p.head(h).is_none_or(|g| !a.holds(g)) || p.deprel(h) == "conj";
            if !verbal || !top {
                continue;
            }
            let subj = p
                .children(h)
                .find(|&c| p.deprel(c) == "nsubj")
                .and_then(|c| mention_at(sent, &ments, c, true));
            if let Some(s) = subj {
                for x in std::iter::once(s.actor).chain(conjuncts(sent, &ments, s)) {
                    if x != accuser && !accused.contains(&x) {
                        accused.push(x);
                    }
                }
            }
        }
        for x in accused {
            if out
                .iter()
                .any(|d| d.target == Some(x) && d.source == accuser)
            {
                continue;
            }
            out.push(Draft {
                ty: ClaimType::Accuse,
                modes: Vec::new(),
                role: None,
                source: accuser,
                target: Some(x),
                t: a.noun,
                c0: 0,
                c1: sent.toks.len(),
                confidence: 0.6,
                rule: RULE,
                open: None,
                agentless: false,
            });
        }
    }
    out
}

/// Whether two document actors are one side: the same actor, one the other's part,
/// or a state and one of its organs or nationals (an embassy, a minister).
pub fn same_side(actors: &Actors, a: usize, b: usize) -> bool {
    let (x, y) = (&actors.list[a], &actors.list[b]);
    let state = |d: &crate::mentions::DocActor| d.kind == rapport_model::ActorKind::Country;
    x.id == y.id
        || x.parent.as_deref() == Some(y.id.as_str())
        || y.parent.as_deref() == Some(x.id.as_str())
        || (x.country.is_some() && x.country == y.country && (state(x) || state(y)))
        // (a person who leads or serves the other, by the knowledge base: a group's
        // spokesman denies for it)
        || actors.kb_roles(a).iter().any(|r| r.org == y.id)
        || actors.kb_roles(b).iter().any(|r| r.org == x.id)
}

/// Whether an earlier claim is one of the accusations `deniers` deny: an event told
/// as what someone else (a report, another actor) says the deniers' side did.
pub fn denied_by(actors: &Actors, deniers: &[usize], c: &rapport_model::Claim) -> bool {
    use rapport_model::{ClaimType, Polarity, Source, Status};
    let index = |id: &str| actors.list.iter().position(|a| a.id == id);
    let deniable = !c.kind.is_relation()
        && !matches!(c.kind, ClaimType::Accuse | ClaimType::Reject)
        && c.polarity == Polarity::Positive
        && c.status == Status::Actual;
    let accused =
        index(&c.source).is_some_and(|s| deniers.iter().any(|&d| same_side(actors, d, s)));
    // the author's own statement of a hostile deed is what a denial answers too
    // ("Iran is arming the Taliban … The Iranian embassy dismissed the allegations")
    let by_another = match &c.attribution.by {
        Source::Author => matches!(
            c.kind,
            ClaimType::Aid | ClaimType::Assault | ClaimType::Mobilize | ClaimType::Coerce
        ),
        Source::Actor(x) => {
            index(x).is_some_and(|x| !deniers.iter().any(|&d| same_side(actors, d, x)))
        }
        _ => true,
    };
    deniable && accused && by_another
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(actors: &Actors, xs: &[usize]) -> Vec<String> {
        xs.iter().map(|&x| actors.list[x].id.clone()).collect()
    }

    #[test]
    fn accuser_content_and_denier() {
        let text = "Rwanda has denied accusations by Congo's government that it supports the M23.";
        let (sent, actors) = crate::tests::one_sentence(text);
        let all = allegations(&sent, &actors);
        assert_eq!(all.len(), 1);
        let a = &all[0];
        assert_eq!(ids(&actors, &a.deniers), vec!["rwanda"]);
        assert_eq!(
            ids(&actors, &a.accuser.into_iter().collect::<Vec<_>>()),
            vec!["drc"]
        );
        let supports = sent
            .toks
            .iter()
            .position(|t| t.lower == "supports")
            .unwrap();
        assert!(a.holds(supports));
        let acc = accusations(&sent, &actors, &all);
        assert_eq!(acc.len(), 1);
        assert_eq!(actors.list[acc[0].source].id, "drc");
        assert_eq!(
            acc[0].target.map(|t| actors.list[t].id.as_str()),
            Some("rwanda")
        );
    }

    #[test]
    fn calling_claims_groundless_denies_them() {
        let (sent, actors) = crate::tests::one_sentence(
            "Kabulov called claims that Moscow was arming the Taliban groundless.",
        );
        let all = allegations(&sent, &actors);
        assert_eq!(all.len(), 1);
        assert_eq!(ids(&actors, &all[0].deniers), vec!["zamir-kabulov"]);
        let arming = sent.toks.iter().position(|t| t.lower == "arming").unwrap();
        assert!(all[0].holds(arming));
        let (sent, actors) =
            crate::tests::one_sentence("Kabulov called claims that Moscow was arming the Taliban.");
        assert!(allegations(&sent, &actors)
            .iter()
            .all(|a| a.deniers.is_empty()));
    }

    #[test]
    fn coordinated_deniers_without_content() {
        let (sent, actors) = crate::tests::one_sentence(
            "Both Uganda and Rwanda strongly denied the UN accusations.",
        );
        let all = allegations(&sent, &actors);
        assert_eq!(all.len(), 1);
        let mut d = ids(&actors, &all[0].deniers);
        d.sort();
        assert_eq!(d, vec!["rwanda", "uganda"]);
        assert!(all[0].content.is_empty());
        assert!(accusations(&sent, &actors, &all).is_empty());
    }

    #[test]
    fn a_claim_of_responsibility_is_no_allegation() {
        let (sent, actors) = crate::tests::one_sentence(
            "The Taliban made a claim of responsibility for the attack.",
        );
        assert!(allegations(&sent, &actors).is_empty());
    }
}
