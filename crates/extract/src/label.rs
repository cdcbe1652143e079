//! Calling an actor something: "Turkey considers the YPG a terrorist organization"
//! (ACCUSE), "Pakistan views the TTP as the gravest threat" (HOSTILE_TO), "the Taliban
//! described Soleimani as a great warrior" (SUPPORT), "could
//! choose IS as their new ally" (ALLIED_WITH), and the passive "Assad is considered a
//! war criminal by the United States".
//!
//! Read off the tree around a verb of regarding or naming: its subject (or passive
//! agent) labels its object (or passive subject) with the noun of an `as` phrase or
//! a second object. Parser slips are tolerated: the label may hang off the verb or
//! off the labelled noun, the agent off the label.

use crate::claims::Draft;
use crate::doc::Sent;
use crate::mentions::{Actors, Mention};
use crate::treeargs::{conjuncts, head_of, mention_at};
use rapport_model::ClaimType;

/// Verbs of regarding or naming (lemmas).
const VERBS: &[&str] = &[
    "consider",
    "view",
    "regard",
    "see",
    "deem",
    "designate",
    "label",
    "brand",
    "call",
    "describe",
    "list",
    "declare",
    "identify",
    "classify",
    "term",
    "treat",
    "perceive",
    "choose",
    "recognize",
    "recognise",
    "dub",
    "count",
    "number",
    "rank",
];

/// Labels that accuse (lemmas of the noun or of its modifiers).
const ACCUSING: &[&str] = &[
    "terrorist",
    "terror",
    "terrorism",
    "criminal",
    "extremist",
    "aggressor",
    "occupier",
    "invader",
    "puppet",
    "mercenary",
    "traitor",
    "outlaw",
];

/// Labels of enmity.
const HOSTILE: &[&str] = &[
    "enemy",
    "archenemy",
    "arch-enemy",
    "foe",
    "rival",
    "archrival",
    "arch-rival",
    "adversary",
    "threat",
    "menace",
    "nemesis",
    "opponent",
];

/// Labels of alliance.
const ALLIED: &[&str] = &["ally", "partner", "friend", "proxy"];

/// Labels of praise: "described Soleimani as a great warrior", "called him a martyr".
const PRAISING: &[&str] = &[
    "hero",
    "martyr",
    "warrior",
    "champion",
    "legend",
    "liberator",
    "saviour",
    "savior",
    "icon",
];

/// What a label noun (with its modifiers) makes of the labelling.
fn class(sent: &Sent, l: usize) -> Option<ClaimType> {
    let p = &sent.syn;
    let mut words: Vec<&str> = vec![p.lemma[l].as_str()];
    words.extend(
        p.children(l)
            .filter(|&c| matches!(p.deprel(c), "amod" | "compound" | "nmod"))
            .map(|c| p.lemma[c].as_str()),
    );
    // "a war criminal" with "criminal" read as an adjective hung elsewhere: the word
    // right after the noun, when it continues the noun phrase
    if l + 1 < p.len() && matches!(p.upos(l + 1), "ADJ" | "NOUN") {
        words.push(p.lemma[l + 1].as_str());
    }
    let words: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
    let any = |set: &[&str]| words.iter().any(|w| set.contains(&w.as_str()));
    if any(ACCUSING) {
        Some(ClaimType::Accuse)
    } else if HOSTILE.contains(&words[0].as_str()) || words.iter().any(|w| w == "hostile") {
        Some(ClaimType::HostileTo)
    } else if ALLIED.contains(&words[0].as_str()) {
        Some(ClaimType::AlliedWith)
    } else if PRAISING.contains(&words[0].as_str()) {
        Some(ClaimType::Support)
    } else {
        None
    }
}

/// Predicate adjectives of alignment: "was close to the CIA", "is allied with Iran".
fn stance(word: &str) -> Option<ClaimType> {
    match word {
        "close" | "closer" | "allied" | "aligned" | "loyal" | "friendly" | "linked" | "tied"
        | "affiliated" => Some(ClaimType::AlliedWith),
        "hostile" | "opposed" => Some(ClaimType::HostileTo),
        _ => None,
    }
}

/// The words of a stance in a row, where the tree does not show them: a name, a copula
/// (and adverbs), the adjective at `a`, "to" or "with", and a name within three words.
fn in_a_row<'a>(
    sent: &Sent,
    ments: &[&'a Mention],
    a: usize,
) -> Option<(&'a Mention, &'a Mention)> {
    let mut k = a;
    while k > 0
        && matches!(
            sent.word(k - 1),
            "very" | "so" | "long" | "always" | "particularly" | "closely"
        )
    {
        k -= 1;
    }
    let copula = k > 0
        && matches!(
            sent.word(k - 1),
            "is" | "was" | "are" | "were" | "been" | "remains" | "remained"
        );
    if !copula || !matches!(sent.word(a + 1), "to" | "with") {
        return None;
    }
    let mut b = k - 1;
    while b > 0 && matches!(sent.word(b - 1), "has" | "had" | "have" | "long" | "always") {
        b -= 1;
    }
    let subj = ments.iter().copied().find(|m| m.t1 == b)?;
    let other = ments
        .iter()
        .copied()
        .find(|m| m.t0 >= a + 2 && m.t0 <= a + 4)?;
    Some((subj, other))
}

/// "Jalaluddin was close to the American CIA and Pakistani intelligence": a copula
/// and an adjective of alignment with its "to"/"with" object.
pub fn stances(sent: &Sent, actors: &Actors) -> Vec<Draft> {
    let p = &sent.syn;
    let mut out = Vec::new();
    if p.is_empty() {
        return out;
    }
    let ments: Vec<&Mention> = actors.arguments(sent.idx);
    for a in 0..p.len() {
        // (or a passive participle of alignment: "are closely linked to the PKK")
        let adjective = matches!(p.upos(a), "ADJ" | "ADV")
            || (p.upos(a) == "VERB"
                && matches!(
                    sent.word(a),
                    "linked" | "tied" | "affiliated" | "allied" | "aligned"
                )
                && p.children(a).any(|c| p.deprel(c) == "aux:pass"));
        let Some(ty) = adjective.then(|| stance(sent.word(a))).flatten() else {
            continue;
        };
        let kids: Vec<usize> = p.children(a).collect();
        // "Kosovo and Serbia have remained hostile neighbours": the adjective on a
        // predicate noun relates the subject's conjuncts to each other
        if p.deprel(a) == "amod" {
            if let Some(n) = p.head(a).filter(|&n| p.upos(n) == "NOUN") {
                let of = |k: usize| {
                    p.children(k)
                        .find(|&c| p.deprel(c) == "nsubj")
                        .and_then(|c| mention_at(sent, &ments, c, true))
                };
                let subj = if p.children(n).any(|c| p.deprel(c) == "cop") {
                    of(n)
                } else {
                    p.head(n)
                        .filter(|&v| {
                            matches!(p.deprel(n), "xcomp" | "obj")
                                && matches!(p.lemma[v].as_str(), "remain" | "become" | "stay")
                        })
                        .and_then(of)
                };
                if let Some(subj) = subj {
                    let all: Vec<usize> = std::iter::once(subj.actor)
                        .chain(conjuncts(sent, &ments, subj))
                        .collect();
                    for (i, &x) in all.iter().enumerate() {
                        for &y in &all[i + 1..] {
                            if x == y {
                                continue;
                            }
                            out.push(Draft {
                                ty,
                                modes: Vec::new(),
                                role: None,
                                source: x,
                                target: Some(y),
                                t: a,
                                c0: head_of(sent, subj).min(a),
                                c1: p.len(),
                                confidence: 0.55,
                                rule: "an adjective of alignment on a predicate noun of a pair",
                                open: None,
                                agentless: false,
                            });
                        }
                    }
                    continue;
                }
            }
        }
        let from_tree = || {
            if !kids
                .iter()
                .any(|&c| matches!(p.deprel(c), "cop" | "aux:pass"))
            {
                return None;
            }
            let subj = kids
                .iter()
                .copied()
                .find(|&c| matches!(p.deprel(c), "nsubj" | "nsubj:pass"))
                .and_then(|c| mention_at(sent, &ments, c, true))?;
            let other = kids
                .iter()
                .copied()
                .find(|&c| {
                    matches!(p.deprel(c), "obl" | "nmod")
                        && (sent.marked(c, "to") || sent.marked(c, "with"))
                })
                .and_then(|c| mention_at(sent, &ments, c, false))?;
            Some((subj, other))
        };
        let Some((subj, other)) = from_tree().or_else(|| in_a_row(sent, &ments, a)) else {
            continue;
        };
        // (a conjunct the parser hung on the adjective: "close to the CIA and Pakistani
        // intelligence")
        let hung: Vec<usize> = kids
            .iter()
            .copied()
            .filter(|&c| p.deprel(c) == "conj" && p.is_nominal(c))
            .filter_map(|c| mention_at(sent, &ments, c, false))
            .map(|m| m.actor)
            .collect();
        let others: Vec<usize> = std::iter::once(other.actor)
            .chain(conjuncts(sent, &ments, other))
            .chain(hung)
            .collect();
        for t in others {
            if t != subj.actor {
                out.push(Draft {
                    ty,
                    modes: Vec::new(),
                    role: None,
                    source: subj.actor,
                    target: Some(t),
                    t: a,
                    c0: head_of(sent, subj).min(a),
                    c1: p.len(),
                    confidence: 0.55,
                    rule: "a copula and an adjective of alignment",
                    open: None,
                    agentless: false,
                });
            }
        }
    }
    out
}

/// Nouns of labelling (lemmas): "Washington's designation of the Houthis as a terrorist
/// organisation".
const NOUNS: &[&str] = &[
    "designation",
    "redesignation",
    "listing",
    "classification",
    "labelling",
    "labeling",
    "branding",
];

/// Labellings told by a noun: its possessor (or "by" phrase) labels its "of" phrase
/// with the noun of an "as" phrase on either.
fn nominal_labels(sent: &Sent, ments: &[&Mention], out: &mut Vec<Draft>) {
    let p = &sent.syn;
    for n in 0..p.len() {
        if p.upos(n) != "NOUN" || !NOUNS.contains(&p.lemma[n].as_str()) {
            continue;
        }
        let kids: Vec<usize> = p.children(n).collect();
        let Some(of) = kids
            .iter()
            .copied()
            .find(|&c| p.deprel(c) == "nmod" && sent.marked(c, "of"))
        else {
            continue;
        };
        let Some(labelled) = mention_at(sent, ments, of, false) else {
            continue;
        };
        let label = kids
            .iter()
            .copied()
            .chain(p.children(of))
            .filter(|&c| matches!(p.deprel(c), "nmod" | "obl") && sent.marked(c, "as"))
            .find_map(|c| class(sent, c).map(|ty| (c, ty)));
        let Some((l, ty)) = label else { continue };
        // (the "by" phrase may hang on the label: "… as a terrorist group by the EU")
        let labeller = kids
            .iter()
            .copied()
            .chain(p.children(l))
            .find(|&c| {
                p.deprel(c) == "nmod:poss" || (p.deprel(c) == "nmod" && sent.marked(c, "by"))
            })
            .and_then(|c| mention_at(sent, ments, c, false));
        let Some(labeller) = labeller else { continue };
        if labeller.actor == labelled.actor {
            continue;
        }
        for t in std::iter::once(labelled.actor).chain(conjuncts(sent, ments, labelled)) {
            if t == labeller.actor {
                continue;
            }
            out.push(Draft {
                ty,
                modes: Vec::new(),
                role: None,
                source: labeller.actor,
                target: Some(t),
                t: n,
                c0: labeller.t0.min(n),
                c1: l + 1,
                confidence: 0.6,
                rule: "labelled as (a noun of labelling and its label)",
                open: None,
                agentless: false,
            });
        }
    }
}

/// The labellings of a sentence.
pub fn labels(sent: &Sent, actors: &Actors) -> Vec<Draft> {
    let p = &sent.syn;
    if p.is_empty() {
        return Vec::new();
    }
    let ments: Vec<&Mention> = actors.arguments(sent.idx);
    let mut out = Vec::new();
    nominal_labels(sent, &ments, &mut out);
    for v in 0..p.len() {
        if p.upos(v) != "VERB" || !VERBS.contains(&p.lemma[v].as_str()) {
            continue;
        }
        let kids: Vec<usize> = p.children(v).collect();
        // "declared Los Choneros and Los Lobos terrorist organisations": the parser may
        // read the names and the label as one noun phrase, the names its compounds
        if let Some(d) = squeezed_label(sent, &ments, v, &kids) {
            out.extend(d);
            continue;
        }
        // "Assad, considered a war criminal by the United States": a participle
        // labels the noun it modifies
        // (a past form right after "X," with a "by" phrase is that participle, however
        // the parser read it)
        let by_under = |v: usize| {
            let mut stack: Vec<usize> = p.children(v).collect();
            while let Some(k) = stack.pop() {
                if sent.marked(k, "by") {
                    return true;
                }
                stack.extend(p.children(k));
            }
            false
        };
        let reduced = v > 0
            && sent.word(v - 1) == ","
            && matches!(p.xpos[v].as_str(), "VBD" | "VBN")
            && by_under(v);
        let participle = (matches!(p.deprel(v), "acl" | "advcl") && p.xpos[v] == "VBN") || reduced;
        let passive = participle
            || kids
                .iter()
                .any(|&c| matches!(p.deprel(c), "nsubj:pass" | "aux:pass"));
        // the labelled actor: the object, or the passive subject
        let labelled_at = kids
            .iter()
            .copied()
            .find(|&c| {
                (matches!(p.deprel(c), "obj" | "iobj" | "nsubj:pass")
                    || (reduced && p.deprel(c) == "nsubj"))
                    && mention_at(sent, &ments, c, false).is_some()
            })
            .or_else(|| {
                participle
                    .then(|| p.head(v))
                    .flatten()
                    .filter(|&h| mention_at(sent, &ments, h, false).is_some())
            })
            .or_else(|| {
                // the noun phrase that ends at the comma
                // ("Bashar Assad of Syria,": the noun the "of" phrase hangs on)
                let m = reduced
                    .then(|| ments.iter().find(|m| m.t1 + 1 == v))
                    .flatten()?;
                let mut h = head_of(sent, m);
                while p.deprel(h) == "nmod" && sent.marked(h, "of") {
                    match p.head(h) {
                        Some(g) if g < h && mention_at(sent, &ments, g, false).is_some() => h = g,
                        _ => break,
                    }
                }
                Some(h)
            });
        let Some(labelled_at) = labelled_at else {
            continue;
        };
        let labelled = mention_at(sent, &ments, labelled_at, false).expect("checked");
        // the label: a noun on the verb ("as" phrase, second object, xcomp) or, where
        // the parser hung it there, on the labelled noun
        let label = kids
            .iter()
            .copied()
            .chain(p.children(labelled_at))
            .filter(|&c| c != labelled_at && !(labelled.t0..labelled.t1).contains(&c))
            .filter(|&c| {
                let rel = p.deprel(c);
                (matches!(rel, "xcomp" | "obj") && c > labelled_at && c > v)
                    // (a second object the parser read as the object's apposition:
                    // "designated the Haqqani network a terrorist organisation")
                    || (rel == "appos" && c > labelled_at && p.head(c) == Some(labelled_at))
                    || (matches!(rel, "obl" | "nmod" | "advcl")
                        // ("counts Cuba among its most loyal allies")
                        && (sent.marked(c, "as") || sent.marked(c, "among")))
            })
            .find_map(|c| class(sent, c).map(|ty| (c, ty)));
        let Some((l, ty)) = label else { continue };
        // (a label that names its own other party relates the labelled to it, not to
        // the labeller: "militias that Washington regards as proxies of the Quds Force")
        if p.children(l).any(|c| {
            p.deprel(c) == "nmod"
                && sent.marked(c, "of")
                && mention_at(sent, &ments, c, false).is_some()
        }) {
            continue;
        }
        // the labeller: the subject, or the passive agent anywhere under the verb
        let labeller = if passive {
            let mut stack = kids.clone();
            let mut found = None;
            while let Some(k) = stack.pop() {
                if sent.marked(k, "by") {
                    found = mention_at(sent, &ments, k, false);
                    if found.is_some() {
                        break;
                    }
                }
                stack.extend(p.children(k));
            }
            found
        } else {
            kids.iter()
                .copied()
                .find(|&c| p.deprel(c) == "nsubj")
                .and_then(|c| mention_at(sent, &ments, c, true))
                // (or the controller's: "lawmakers voted to list the OLA as a …")
                .or_else(|| {
                    (p.deprel(v) == "xcomp")
                        .then(|| crate::treeargs::subject_of(sent, &ments, v))
                        .flatten()
                })
        };
        let Some(labeller) = labeller else { continue };
        let sources: Vec<usize> = std::iter::once(labeller.actor)
            .chain(conjuncts(sent, &ments, labeller))
            .collect();
        let targets: Vec<usize> = std::iter::once(labelled.actor)
            .chain(conjuncts(sent, &ments, labelled))
            .collect();
        for &s in &sources {
            for &t in &targets {
                if s == t {
                    continue;
                }
                out.push(Draft {
                    ty,
                    modes: Vec::new(),
                    role: None,
                    source: s,
                    target: Some(t),
                    t: v,
                    c0: head_of(sent, labeller).min(v),
                    c1: l + 1,
                    confidence: 0.6,
                    rule: "labelled as (a verb of regarding and its label noun)",
                    open: None,
                    agentless: false,
                });
            }
        }
    }
    out
}

/// A label whose object names the labelled as its compounds ("declared Los Choneros and
/// Los Lobos terrorist organisations", read as one noun phrase): the labeller's claims
/// on each name, or None where the object is no such phrase.
fn squeezed_label(sent: &Sent, ments: &[&Mention], v: usize, kids: &[usize]) -> Option<Vec<Draft>> {
    let p = &sent.syn;
    let o = kids
        .iter()
        .copied()
        .find(|&c| p.deprel(c) == "obj" && crate::treeargs::mention_over(ments, c).is_none())?;
    let ty = class(sent, o)?;
    let first = p
        .children(o)
        .find(|&c| c < o && p.deprel(c) == "compound" && p.upos(c) == "PROPN")?;
    let named = mention_at(sent, ments, first, false)?;
    let labeller = kids
        .iter()
        .copied()
        .find(|&c| p.deprel(c) == "nsubj")
        .and_then(|c| mention_at(sent, ments, c, true))?;
    let drafts = std::iter::once(named.actor)
        .chain(conjuncts(sent, ments, named))
        .filter(|&t| t != labeller.actor)
        .map(|t| Draft {
            ty,
            modes: Vec::new(),
            role: None,
            source: labeller.actor,
            target: Some(t),
            t: v,
            c0: head_of(sent, labeller).min(v),
            c1: o + 1,
            confidence: 0.6,
            rule: "labelled as (a verb of regarding and its label noun)",
            open: None,
            agentless: false,
        })
        .collect::<Vec<_>>();
    (!drafts.is_empty()).then_some(drafts)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str) -> Vec<(String, String, String)> {
        let (sent, actors) = crate::tests::one_sentence(text);
        labels(&sent, &actors)
            .into_iter()
            .map(|d| {
                (
                    d.ty.as_str().to_string(),
                    actors.list[d.source].id.clone(),
                    actors.list[d.target.unwrap()].id.clone(),
                )
            })
            .collect()
    }

    fn claim(ty: &str, s: &str, t: &str) -> (String, String, String) {
        (ty.into(), s.into(), t.into())
    }

    #[test]
    fn an_adjective_of_alignment_on_a_pairs_predicate_noun() {
        let (sent, actors) = crate::tests::one_sentence(
            "Kosovo and Serbia have remained hostile neighbours since 2008.",
        );
        let got = crate::tests::id_pairs(&actors, &stances(&sent, &actors));
        assert_eq!(got, [("kosovo".to_string(), "serbia".to_string())]);
        let (sent, actors) =
            crate::tests::one_sentence("Kosovo and Serbia are friendly nations today.");
        assert_eq!(stances(&sent, &actors).len(), 1);
        let (sent, actors) =
            crate::tests::one_sentence("Kosovo signed a deal with hostile neighbours.");
        assert!(stances(&sent, &actors).is_empty());
    }

    #[test]
    fn a_controlled_labelling_is_the_controllers() {
        assert_eq!(
            run("The Ethiopian parliament voted to list the Oromo Liberation Army as a terrorist group."),
            vec![claim("ACCUSE", "ethiopia", "ola")]
        );
    }

    #[test]
    fn a_noun_of_labelling_labels_its_of_phrase() {
        assert_eq!(
            run("Washington's redesignation of the Houthis as a foreign terrorist organisation took effect in March 2025."),
            vec![claim("ACCUSE", "usa", "houthis")]
        );
        assert_eq!(
            run("The designation of Hamas as a terrorist group by the European Union was upheld."),
            vec![claim("ACCUSE", "eu", "hamas")]
        );
        // no label, no claim
        assert!(run("Washington's designation of the Houthis took effect.").is_empty());
    }

    #[test]
    fn labelled_a_terrorist_organization() {
        assert_eq!(
            run("Turkey considers the YPG a terrorist organization."),
            vec![claim("ACCUSE", "turkey", "ypg")]
        );
    }

    #[test]
    fn passive_with_coordinated_agents() {
        let mut got =
            run("The PKK is designated as a terrorist group by both the United States and Turkey.");
        got.sort();
        assert_eq!(
            got,
            vec![
                claim("ACCUSE", "turkey", "pkk"),
                claim("ACCUSE", "usa", "pkk")
            ]
        );
    }

    #[test]
    fn a_participle_labels_its_noun() {
        assert_eq!(
            run("Bashar al-Assad, considered a war criminal by the United States, held on to power."),
            vec![claim("ACCUSE", "usa", "bashar-al-assad")]
        );
    }

    #[test]
    fn partner_and_rival() {
        assert_eq!(
            run("Russia regards China as a strategic partner."),
            vec![claim("ALLIED_WITH", "russia", "china")]
        );
        assert_eq!(
            run("Saudi Arabia, which considered Iran its archenemy, funded rival militias."),
            vec![claim("HOSTILE_TO", "saudi-arabia", "iran")]
        );
    }

    #[test]
    fn counted_among_allies_or_enemies() {
        assert_eq!(
            run("Venezuela counts Cuba among its most loyal allies in Latin America."),
            vec![claim("ALLIED_WITH", "venezuela", "cuba")]
        );
        assert_eq!(
            run("Israel numbers Hezbollah among its most dangerous enemies."),
            vec![claim("HOSTILE_TO", "israel", "hezbollah")]
        );
    }

    #[test]
    fn close_to_and_hostile_to() {
        let text =
            "In the 1980s, Jalaluddin Haqqani was close to the CIA and Pakistani intelligence.";
        let (sent, actors) = crate::tests::one_sentence(text);
        let got: Vec<(String, String)> = stances(&sent, &actors)
            .into_iter()
            .map(|d| {
                (
                    actors.list[d.source].id.clone(),
                    actors.list[d.target.unwrap()].id.clone(),
                )
            })
            .collect();
        assert!(
            got.contains(&("jalaluddin-haqqani".into(), "cia".into())),
            "{got:?}"
        );
        assert!(
            got.contains(&("jalaluddin-haqqani".into(), "isi".into())),
            "{got:?}"
        );
    }

    #[test]
    fn a_plain_description_is_no_label() {
        assert!(run("Analysts see the Taliban as a movement in transition.").is_empty());
        assert!(run("Iran designated a new envoy to Kabul.").is_empty());
    }
}
