//! Proposals accepted or turned down, with their proposer as the other party: "Hamas
//! accepted a truce plan put forward by Egyptian mediators" is an AGREE of Hamas with
//! Egypt, "A truce plan put forward by Egyptian mediators was accepted by Hamas" too (the
//! passive's agent accepts), "Bogotá did not sign the ceasefire extension proposed by the
//! ELN" a negated one, and "The Houthis rejected a peace plan proposed by Saudi Arabia" a
//! REJECT. The proposer is the agent of a verb of proposing on the proposal noun
//! ("proposed by", "put forward by", "drafted by"), the subject of such a verb in a
//! relative clause on it ("a plan that Egypt had drafted") or its possessor ("Egypt's
//! truce plan"). A broker's or mediator's deal is the parties' own, not theirs.
//!
//! Invariant: a claim is made only where both the one who accepts or refuses and the
//! proposer are named actors, and never between an actor and itself. Claims other rules
//! read off the same words as something else (receiving aid in "accepted a proposal",
//! an agreement between the proposers in "a ceasefire proposal drafted by Qatar and
//! Egypt") give way to it.

use crate::claims::{clause, Draft};
use crate::doc::Sent;
use crate::mentions::{Actors, Mention};
use crate::treeargs::{conjuncts, mention_at, subject_of};
use rapport_model::ClaimType;

/// Verbs of taking up a proposal (lemmas).
const ACCEPTING: &[&str] = &["accept", "sign", "endorse", "approve", "embrace", "adopt"];

/// Verbs of turning one down (lemmas; "turn" only with "down").
const REFUSING: &[&str] = &[
    "reject", "refuse", "dismiss", "spurn", "rebuff", "veto", "turn",
];

/// Nouns of what one party puts to another (lemmas).
const PROPOSALS: &[&str] = &[
    "plan",
    "proposal",
    "offer",
    "initiative",
    "deal",
    "agreement",
    "ceasefire",
    "truce",
    "roadmap",
    "framework",
    "draft",
    "extension",
    "formula",
    "term",
    "settlement",
    "blueprint",
    "accord",
    "resolution",
    "declaration",
];

/// Verbs of putting a proposal forward (lemmas; "put" only with "forward").
const PROPOSING: &[&str] = &[
    "propose", "put", "draft", "offer", "present", "table", "submit", "sponsor", "suggest",
    "unveil", "float", "craft", "author", "advance",
];

/// The drafts of the sentence's proposals accepted or refused; drafts other rules read
/// at the same verb or inside the proposal's phrase between the same parties are
/// replaced.
pub fn proposals(sent: &Sent, actors: &Actors, found: &mut Vec<Draft>) {
    let p = &sent.syn;
    if p.is_empty() {
        return;
    }
    let ments = crate::gather::taking_part(sent, actors);
    let mut more = Vec::new();
    for v in 0..p.len() {
        if p.upos(v) != "VERB" {
            continue;
        }
        let lemma = p.lemma[v].as_str();
        let particle = |w: &str| {
            p.children(v)
                .any(|c| p.deprel(c) == "compound:prt" && sent.word(c) == w)
        };
        let ty = if ACCEPTING.contains(&lemma) || lemma == "agree" {
            ClaimType::Agree
        } else if REFUSING.contains(&lemma) && (lemma != "turn" || particle("down")) {
            ClaimType::Reject
        } else {
            continue;
        };
        let passive = p.children(v).any(|c| p.deprel(c) == "aux:pass");
        // the proposal: the object, the passive subject, or what one agrees "to"
        let Some(x) = p.children(v).find(|&c| {
            PROPOSALS.contains(&p.lemma[c].as_str())
                && match p.deprel(c) {
                    "obj" => !passive && lemma != "agree",
                    "nsubj:pass" => passive,
                    "obl" => lemma == "agree" && crate::treeargs::case_of(sent, c) == Some("to"),
                    _ => false,
                }
        }) else {
            continue;
        };
        let proposers = proposers(sent, &ments, x);
        if proposers.is_empty() {
            continue;
        }
        let acceptor = if passive {
            p.children(v)
                .find(|&c| p.deprel(c) == "obl:agent")
                .and_then(|c| mention_at(sent, &ments, c, false))
        } else {
            subject_of(sent, &ments, v)
        };
        let Some(acceptor) = acceptor else { continue };
        let mut acceptors = vec![acceptor.actor];
        acceptors.extend(conjuncts(sent, &ments, acceptor));
        let (c0, c1) = clause(sent, v);
        let phrase = p.subtree(x);
        // what other rules read here between these parties gives way
        found.retain(|d| {
            let here = d.t == v || phrase.contains(&d.t);
            let between = |a: usize| acceptors.contains(&a) || proposers.contains(&a);
            !(here && between(d.source) && d.target.is_none_or(between))
        });
        for &a in &acceptors {
            for &b in &proposers {
                if a == b {
                    continue;
                }
                more.push(Draft {
                    ty,
                    modes: Vec::new(),
                    role: None,
                    source: a,
                    target: Some(b),
                    t: v,
                    c0,
                    c1,
                    confidence: 0.6,
                    rule: if ty == ClaimType::Agree {
                        "a proposal accepted: its proposer"
                    } else {
                        "a proposal refused: its proposer"
                    },
                    open: None,
                    agentless: false,
                });
            }
        }
    }
    found.extend(more);
}

/// The actors who put proposal `x` forward: the agent of a verb of proposing on it, the
/// subject of one in a relative clause on it, or its possessor; with their conjuncts.
fn proposers(sent: &Sent, ments: &[&Mention], x: usize) -> Vec<usize> {
    let p = &sent.syn;
    let proposing = |c: usize| {
        let l = p.lemma[c].as_str();
        p.upos(c) == "VERB"
            && PROPOSING.contains(&l)
            && (l != "put" || p.children(c).any(|g| sent.word(g) == "forward"))
    };
    // (a participle right after the noun's phrase may hang on the verb: "accepted a
    // truce plan put forward by …")
    let end = p.subtree(x).into_iter().max().unwrap_or(x);
    let after = p
        .head(x)
        .into_iter()
        .flat_map(|v| p.children(v))
        .filter(|&c| c == end + 1 && p.xpos.get(c).is_some_and(|t| t == "VBN"));
    let first = p
        .children(x)
        .chain(after)
        .filter(|&c| proposing(c))
        .find_map(|c| match p.deprel(c) {
            "acl" | "xcomp" | "advcl" if p.head(c) != Some(x) || p.deprel(c) == "acl" => p
                .children(c)
                .find(|&g| p.deprel(g) == "obl:agent")
                .and_then(|g| mention_at(sent, ments, g, false)),
            "acl:relcl" => subject_of(sent, ments, c),
            _ => None,
        })
        .or_else(|| {
            p.children(x)
                .filter(|&c| c < x && p.deprel(c) == "nmod:poss")
                .find_map(|c| mention_at(sent, ments, c, false))
        });
    let Some(m) = first else { return Vec::new() };
    let mut out = vec![m.actor];
    for a in conjuncts(sent, ments, m) {
        if !out.contains(&a) {
            out.push(a);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tests::one_sentence;

    fn claims(text: &str) -> Vec<(ClaimType, String, String)> {
        let (sent, actors) = one_sentence(text);
        let mut found = Vec::new();
        proposals(&sent, &actors, &mut found);
        crate::tests::id_triples(&actors, &found)
    }

    #[test]
    fn a_proposal_accepted_or_refused_is_with_its_proposer() {
        let agree = |a: &str, b: &str| (ClaimType::Agree, a.to_string(), b.to_string());
        let reject = |a: &str, b: &str| (ClaimType::Reject, a.to_string(), b.to_string());
        assert_eq!(
            claims("Hamas accepted a truce plan put forward by Egyptian mediators on Monday."),
            vec![agree("hamas", "egypt")]
        );
        assert_eq!(
            claims("A truce plan put forward by Egyptian mediators was accepted by Hamas late on Monday."),
            vec![agree("hamas", "egypt")]
        );
        assert_eq!(
            claims("The Houthis rejected a peace plan proposed by Saudi Arabia."),
            vec![reject("houthis", "saudi-arabia")]
        );
        assert_eq!(
            claims("Hamas accepted a ceasefire proposal drafted by Qatar and Egypt."),
            vec![agree("hamas", "qatar"), agree("hamas", "egypt")]
        );
        assert_eq!(
            claims("Hamas accepted Egypt's truce plan."),
            vec![agree("hamas", "egypt")]
        );
        // no proposer named, no claim; nor is a proposal one's own
        assert!(claims("Hamas accepted the truce plan on Monday.").is_empty());
        assert!(claims("Iran accepted weapons sent by Russia.").is_empty());
    }
}
