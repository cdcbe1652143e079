//! Multilateral gatherings: "Delegations of the Taliban, the Afghan government, the US
//! and Pakistan will be meeting in Moscow" (every pair of participants consults), and
//! invitations announced by the host: "Russia's foreign ministry said that envoys from
//! Afghanistan, India and Iran have been invited to the consultations" (the speaker
//! consults each invitee).
//!
//! Read off the tree: the participants are the actors named in the subject's noun
//! phrase (its "of"/"from" dependents, conjuncts and appositions), never inside the
//! meeting's own clause ("talks on Afghanistan" names a topic).

use crate::claims::Draft;
use crate::doc::Sent;
use crate::mentions::{Actors, Mention};
use crate::treeargs::mention_over;
use crate::words::{is_occasion, GATHERINGS};
use rapport_model::ClaimType;

/// Verbs of meeting with no partner named (lemmas).
const MEET: &[&str] = &[
    "meet",
    "gather",
    "convene",
    "attend",
    "participate",
    "negotiate",
    "confer",
];

/// Verbs of inviting (lemmas).
const INVITE: &[&str] = &["invite", "summon"];

/// At most this many participants are paired (a longer list is a roll call).
const MAX_PAIRED: usize = 6;

/// The actors named in the noun phrase headed by `h`: its own mention and those of
/// its `of`/`from` dependents, conjuncts and appositions, outside the subtree of `skip`.
fn participants(
    sent: &Sent,
    ments: &[&Mention],
    actors: &Actors,
    h: usize,
    skip: usize,
) -> Vec<usize> {
    participants_by(sent, ments, actors, h, skip, true)
}

/// [`participants`], following `compound` modifiers only if `modifiers`: a signatory's
/// title does not sign ("SDF commander Mazloum Abdi and Ahmed al-Sharaa").
fn participants_by(
    sent: &Sent,
    ments: &[&Mention],
    actors: &Actors,
    h: usize,
    skip: usize,
    modifiers: bool,
) -> Vec<usize> {
    let p = &sent.syn;
    let mut out: Vec<usize> = Vec::new();
    let mut stack = vec![h];
    let mut seen = 0;
    while let Some(k) = stack.pop() {
        seen += 1;
        // (sportspeople meet on the field: "the national football teams of Armenia and
        // Azerbaijan have never met")
        if seen > 64 || k == skip || crate::treeargs::sport_head(sent, k) {
            continue;
        }
        if let Some(m) = mention_over(ments, k) {
            let a = &actors.list[m.actor];
            if !a.anonymous && !out.contains(&m.actor) {
                out.push(m.actor);
            }
        }
        for c in p.children(k) {
            let rel = p.deprel(c);
            let follow = matches!(rel, "conj" | "appos" | "flat" | "amod")
                || (modifiers && rel == "compound")
                || (rel == "nmod"
                    && p.children(c)
                        .any(|g| p.deprel(g) == "case" && matches!(sent.word(g), "of" | "from")));
            if follow && c != skip {
                stack.push(c);
            }
        }
    }
    out
}

fn draft(source: usize, target: usize, t: usize, n: usize, rule: &'static str) -> Draft {
    Draft {
        ty: ClaimType::Consult,
        modes: Vec::new(),
        role: None,
        source,
        target: Some(target),
        t,
        c0: 0,
        c1: n,
        confidence: 0.5,
        rule,
        open: None,
        agentless: false,
    }
}

/// A claim of `ty` between every pair of `people`, read at the verb `v`.
fn every_pair(
    people: &[usize],
    ty: ClaimType,
    v: usize,
    n: usize,
    rule: &'static str,
) -> Vec<Draft> {
    let mut out = Vec::new();
    for (i, &a) in people.iter().enumerate() {
        for &b in &people[i + 1..] {
            out.push(Draft {
                ty,
                ..draft(a, b, v, n, rule)
            });
        }
    }
    out
}

/// The sentence's mentions that can take part in a gathering (no places, nothing nested).
pub(crate) fn taking_part<'a>(sent: &Sent, actors: &'a Actors) -> Vec<&'a Mention> {
    actors
        .of_sentence(sent.idx)
        .into_iter()
        .filter(|m| !m.locative && !m.nested)
        .collect()
}

/// Nouns of what parties sign together (lemmas).
const ACCORDS: &[&str] = &[
    "declaration",
    "agreement",
    "accord",
    "deal",
    "treaty",
    "pact",
    "communique",
    "communiqué",
    "memorandum",
    "charter",
    "protocol",
    "ceasefire",
    "truce",
];

/// Every pair of the signatories of an accord whose subject names three or more actors:
/// "The leaders of Egypt, Eritrea and Somalia signed a joint declaration" (two are the
/// frame's: "Kinshasa and the M23 signed …").
pub fn signings(sent: &Sent, actors: &Actors) -> Vec<Draft> {
    let p = &sent.syn;
    let mut out = Vec::new();
    if p.is_empty() {
        return out;
    }
    let ments = taking_part(sent, actors);
    for v in 0..p.len() {
        if p.upos(v) != "VERB" || !matches!(p.lemma[v].as_str(), "sign" | "ink" | "conclude") {
            continue;
        }
        let accord = p
            .children(v)
            .any(|c| p.deprel(c) == "obj" && ACCORDS.contains(&p.lemma[c].as_str()));
        let Some(s) = p.children(v).find(|&c| p.deprel(c) == "nsubj") else {
            continue;
        };
        if !accord {
            continue;
        }
        let people = participants_by(sent, &ments, actors, s, v, false);
        if people.len() < 3 || people.len() > MAX_PAIRED {
            continue;
        }
        out.extend(every_pair(
            &people,
            ClaimType::Agree,
            v,
            sent.toks.len(),
            "signing: every pair of its signatories",
        ));
    }
    out
}

/// Parties "bound" by an accord agreed to it, and a defence pact or an alliance makes
/// them allies: "Washington and Manila are bound by a 1951 mutual defence treaty",
/// "North Korea remains China's only treaty ally, bound to Beijing by a mutual defence
/// pact".
pub fn bound_by_accord(sent: &Sent, actors: &Actors) -> Vec<Draft> {
    let p = &sent.syn;
    let mut out = Vec::new();
    if p.is_empty() {
        return out;
    }
    let ments = taking_part(sent, actors);
    let at = |k: usize| crate::treeargs::mention_at(sent, &ments, k, true);
    for b in 0..p.len() {
        if sent.word(b) != "bound" {
            continue;
        }
        let kids: Vec<usize> = p.children(b).collect();
        let Some(accord) = kids.iter().copied().find(|&c| {
            matches!(p.deprel(c), "obl" | "obl:agent")
                && sent.marked(c, "by")
                && ACCORDS.contains(&p.lemma[c].as_str())
        }) else {
            continue;
        };
        // the bound: the word's own subject, or the subject of the clause whose
        // predicate noun it describes ("North Korea remains China's … ally, bound …")
        let subject_of = |k: usize| {
            p.children(k)
                .find(|&c| matches!(p.deprel(c), "nsubj" | "nsubj:pass"))
        };
        // (or the actor it describes: "Pakistan, bound to Beijing by …")
        let subj = subject_of(b).or_else(|| {
            let n = p
                .head(b)
                .filter(|_| matches!(p.deprel(b), "amod" | "acl" | "advcl" | "appos"))?;
            if at(n).is_some() && p.upos(n) == "PROPN" {
                return Some(n);
            }
            subject_of(n).or_else(|| {
                let v = p
                    .head(n)
                    .filter(|_| matches!(p.deprel(n), "obj" | "xcomp"))?;
                subject_of(v)
            })
        });
        let Some(subj) = subj.and_then(at) else {
            continue;
        };
        let other = kids
            .iter()
            .copied()
            .find(|&c| p.deprel(c) == "obl" && (sent.marked(c, "to") || sent.marked(c, "with")))
            .and_then(at);
        let mut people = vec![subj.actor];
        match other {
            Some(o) => people.push(o.actor),
            None => {
                for a in crate::treeargs::conjuncts(sent, &ments, subj) {
                    if !people.contains(&a) {
                        people.push(a);
                    }
                }
            }
        }
        people.dedup();
        if people.len() < 2 || people.len() > MAX_PAIRED {
            continue;
        }
        let defence = p.children(accord).any(|c| {
            matches!(
                p.lemma[c].as_str(),
                "defence" | "defense" | "security" | "military" | "alliance"
            )
        }) || p.lemma[accord] == "alliance";
        out.extend(every_pair(
            &people,
            ClaimType::Agree,
            accord,
            sent.toks.len(),
            "bound by an accord: its parties agreed",
        ));
        if defence {
            out.extend(every_pair(
                &people,
                ClaimType::AlliedWith,
                accord,
                sent.toks.len(),
                "bound by a defence pact: its parties are allies",
            ));
        }
    }
    out
}

/// Every pair of the participants of a meeting whose subject names several actors.
pub fn meetings(sent: &Sent, actors: &Actors) -> Vec<Draft> {
    let p = &sent.syn;
    let mut out = Vec::new();
    if p.is_empty() {
        return out;
    }
    let ments = taking_part(sent, actors);
    for v in 0..p.len() {
        if p.upos(v) != "VERB" || !MEET.contains(&p.lemma[v].as_str()) {
            continue;
        }
        // a partner named ("met with Iran", "met the envoy") is the frame's business
        // (what is attended is the gathering: "attended the summit")
        let attend = p.lemma[v] == "attend";
        let partner = p.children(v).any(|c| {
            (p.deprel(c) == "obj" && !attend)
                || (p.deprel(c) == "obl" && p.children(c).any(|g| sent.word(g) == "with"))
        });
        if partner {
            continue;
        }
        // the subject, the passive agent ("attended by A, B and C"), or the noun a
        // participle or relative clause modifies
        let agent = p.children(v).find(|&c| p.deprel(c) == "obl:agent");
        let subj = p
            .children(v)
            .find(|&c| p.deprel(c) == "nsubj")
            .or(agent)
            .or_else(|| {
                p.head(v)
                    .filter(|_| matches!(p.deprel(v), "acl" | "acl:relcl"))
            });
        let Some(s) = subj else { continue };
        out.extend(consulting_pairs(
            sent,
            &ments,
            actors,
            (s, v),
            v,
            "gathering: every pair of its participants",
        ));
    }
    // "After their talks in Manila, the foreign ministers of Japan and the Philippines
    // condemned …": a gathering that is "their" own, on a clause whose subject names
    // its parties, is theirs
    for x in 0..p.len() {
        if !GATHERINGS.contains(&sent.word(x))
            || !p
                .children(x)
                .any(|c| p.deprel(c) == "nmod:poss" && sent.word(c) == "their")
        {
            continue;
        }
        // (up through the phrases it is in: "in a joint statement after their talks")
        let mut v = x;
        let mut hops = 0;
        while hops < 3 && matches!(p.deprel(v), "obl" | "nmod") && p.upos(v) != "VERB" {
            match p.head(v) {
                Some(h) => v = h,
                None => break,
            }
            hops += 1;
        }
        if v == x || p.upos(v) != "VERB" {
            continue;
        }
        let Some(s) = p.children(v).find(|&c| p.deprel(c) == "nsubj") else {
            continue;
        };
        out.extend(consulting_pairs(
            sent,
            &ments,
            actors,
            (s, v),
            x,
            "gathering: their own, of the clause's subjects",
        ));
    }
    out
}

/// A CONSULT, read at `at`, between every pair of the participants named in the noun
/// phrase `s` (the subject of the verb `v`), when there are two to [`MAX_PAIRED`].
fn consulting_pairs(
    sent: &Sent,
    ments: &[&Mention],
    actors: &Actors,
    (s, v): (usize, usize),
    at: usize,
    rule: &'static str,
) -> Vec<Draft> {
    let people = participants(sent, ments, actors, s, v);
    if people.len() < 2 || people.len() > MAX_PAIRED {
        return Vec::new();
    }
    every_pair(&people, ClaimType::Consult, at, sent.toks.len(), rule)
}

/// Agentless invitations ("… have been invited to the consultations"): the invitees,
/// with the verb, for the speaker who announces them to consult.
pub fn invitations(sent: &Sent, actors: &Actors) -> Vec<(usize, Vec<usize>)> {
    let p = &sent.syn;
    let mut out = Vec::new();
    if p.is_empty() {
        return out;
    }
    let ments = taking_part(sent, actors);
    for v in 0..p.len() {
        if p.upos(v) != "VERB" || !INVITE.contains(&p.lemma[v].as_str()) {
            continue;
        }
        let kids: Vec<usize> = p.children(v).collect();
        let passive = kids.iter().any(|&c| p.deprel(c) == "aux:pass");
        let agent = kids.iter().any(|&c| p.deprel(c) == "obl:agent");
        if !passive || agent {
            continue;
        }
        let mut invitees = Vec::new();
        for &c in kids.iter().filter(|&&c| p.deprel(c) == "nsubj:pass") {
            for a in participants(sent, &ments, actors, c, v) {
                if !invitees.contains(&a) {
                    invitees.push(a);
                }
            }
        }
        if !invitees.is_empty() {
            out.push((v, invitees));
        }
    }
    out
}

/// The drafts of an invitation announced by `host`.
pub fn invited_by(host: usize, v: usize, invitees: &[usize], n: usize) -> Vec<Draft> {
    invitees
        .iter()
        .filter(|&&a| a != host)
        .map(|&a| draft(host, a, v, n, "invitation announced by the host"))
        .collect()
}

/// Whether `drafts` hold a claim of type `ty` between `a` and `b`, either way.
fn related(drafts: &[Draft], ty: ClaimType, a: usize, b: usize) -> bool {
    drafts.iter().any(|x| {
        x.ty == ty
            && ((x.source == a && x.target == Some(b)) || (x.source == b && x.target == Some(a)))
    })
}

/// Whether `drafts` hold a CONSULT between `a` and `b`, either way.
fn consulted(drafts: &[Draft], a: usize, b: usize) -> bool {
    related(drafts, ClaimType::Consult, a, b)
}

/// "Pakistan and the Taliban agreed to an immediate ceasefire at talks in Doha": the
/// parties to an agreement reached "at" or "during" a gathering also consulted each
/// other there. Adds a CONSULT for each AGREE between two actors whose clause places it
/// at a gathering, unless the sentence already has one between them.
pub fn agreed_at_talks(sent: &Sent, found: &mut Vec<Draft>) {
    let n = sent.toks.len();
    let mut more: Vec<Draft> = Vec::new();
    for d in found.iter().filter(|d| d.ty == ClaimType::Agree) {
        let Some(t) = d.target else { continue };
        // (or in a call: "agreed in a phone call on Thursday to …")
        let at = (d.t + 1..d.c1.min(n)).find_map(|k| {
            if matches!(sent.word(k), "in" | "during" | "over")
                && (k + 1..(k + 4).min(n)).any(|g| matches!(sent.word(g), "call" | "calls"))
                && (k + 1..(k + 4).min(n))
                    .take_while(|&g| !matches!(sent.word(g), "call" | "calls"))
                    .all(|g| {
                        matches!(
                            sent.word(g),
                            "a" | "the" | "phone" | "telephone" | "video" | "their"
                        )
                    })
            {
                return (k + 1..(k + 4).min(n)).find(|&g| matches!(sent.word(g), "call" | "calls"));
            }
            if !matches!(sent.word(k), "at" | "during") {
                return None;
            }
            (k + 1..(k + 5).min(n)).find(|&g| GATHERINGS.contains(&sent.word(g)))
        });
        let Some(g) = at else { continue };
        if consulted(found, d.source, t) || consulted(&more, d.source, t) {
            continue;
        }
        more.push(Draft {
            c0: d.c0,
            c1: d.c1,
            ..draft(d.source, t, g, n, "agreed at a gathering")
        });
    }
    found.extend(more);
}

/// Verbs by which a gathering yields an outcome ("the meeting produced a deal").
const YIELDING: &[&str] = &[
    "produce", "yield", "result", "conclude", "end", "close", "bring",
];
/// "Erdoğan's meeting with Putin in Sochi produced a deal on Idlib", "the talks ended
/// with a ceasefire agreement": the parties of a meeting whose noun is the subject of a
/// verb of yielding an accord agreed to it. Adds an AGREE for each CONSULT read at that
/// noun, unless the sentence has one between them.
pub fn gathering_outcomes(sent: &Sent, found: &mut Vec<Draft>) {
    let p = &sent.syn;
    if p.is_empty() {
        return;
    }
    let mut more: Vec<Draft> = Vec::new();
    for d in found.iter().filter(|d| d.ty == ClaimType::Consult) {
        let Some(t) = d.target else { continue };
        if d.t >= p.len() || p.upos(d.t) != "NOUN" || p.deprel(d.t) != "nsubj" {
            continue;
        }
        let Some(v) = p
            .head(d.t)
            .filter(|&v| YIELDING.contains(&p.lemma[v].as_str()))
        else {
            continue;
        };
        // the accord: the verb's object, or its "in"/"with" phrase ("ended with a truce")
        let accord = p.children(v).find(|&c| {
            ACCORDS.contains(&p.lemma[c].as_str())
                && (p.deprel(c) == "obj"
                    || (p.deprel(c) == "obl" && (sent.marked(c, "in") || sent.marked(c, "with"))))
        });
        let Some(a) = accord else { continue };
        if related(found, ClaimType::Agree, d.source, t)
            || related(&more, ClaimType::Agree, d.source, t)
        {
            continue;
        }
        more.push(Draft {
            ty: ClaimType::Agree,
            t: a,
            rule: "a meeting that yielded an accord",
            ..d.clone()
        });
    }
    found.extend(more);
}

/// "The M23 withdrew from Walikale after talks with Qatari mediators": talks named as
/// the occasion of a clause's act ("after", "following", "during", "at") are talks of the
/// clause's subject with the one their "with" phrase names, or, with none named, talks
/// between the subject's conjuncts. Adds those CONSULTs unless the sentence has them.
pub fn talks_as_occasion(sent: &Sent, actors: &Actors, found: &mut Vec<Draft>) {
    let p = &sent.syn;
    if p.is_empty() {
        return;
    }
    let ments: Vec<&Mention> = actors
        .of_sentence(sent.idx)
        .into_iter()
        .filter(|m| !m.locative && !actors.list[m.actor].anonymous)
        .collect();
    let n = sent.toks.len().min(p.len());
    let mut more: Vec<Draft> = Vec::new();
    for g in 0..n {
        const OCCASION: [&str; 4] = ["after", "following", "during", "at"];
        // (or the object of the preposition the parser made their head: "… in Doha after
        // talks mediated by Qatar")
        let under_prep = p.deprel(g) == "obj"
            && p.head(g)
                .is_some_and(|h| h + 1 == g && OCCASION.contains(&sent.word(h)));
        if !matches!(sent.word(g), "talks" | "negotiations" | "consultations")
            || !(matches!(p.deprel(g), "obl" | "nmod")
                && OCCASION.iter().any(|w| sent.marked(g, w))
                || under_prep)
        {
            continue;
        }
        let partner = p
            .children(g)
            .find(|&c| p.deprel(c) == "nmod" && sent.marked(c, "with"))
            .and_then(|c| crate::treeargs::mention_at(sent, &ments, c, false));
        let v = if under_prep {
            p.ancestors(g)
                .into_iter()
                .find(|&a| a != g && p.upos(a) == "VERB")
        } else {
            p.head(g).filter(|&v| p.upos(v) == "VERB")
        };
        let Some(v) = v else {
            continue;
        };
        let Some(s) = crate::treeargs::subject_of(sent, &ments, v) else {
            continue;
        };
        // with no "with" phrase, the talks are between the subject's conjuncts:
        // "Kinshasa and the M23 signed a declaration after talks mediated by Qatar"
        let pairs: Vec<(usize, usize)> = match partner {
            Some(o) => vec![(s.actor, o.actor)],
            None => {
                let mut all = vec![s.actor];
                all.extend(crate::treeargs::conjuncts(sent, &ments, s));
                all.iter()
                    .enumerate()
                    .flat_map(|(i, &a)| all[i + 1..].iter().map(move |&b| (a, b)))
                    .collect()
            }
        };
        for (a, b) in pairs {
            if a == b || consulted(found, a, b) || consulted(&more, a, b) {
                continue;
            }
            more.push(draft(a, b, g, n, "talks as the occasion of an act"));
        }
    }
    found.extend(more);
}

/// "A ceasefire brokered by Qatar between Israel and Hamas": an accord's broker is no
/// party to it. Drops the agreements read off the accord noun with its broker as a
/// party, and adds the agreement between the parties its "between" phrase names (on the
/// noun or on the brokering verb), unless the sentence has it.
pub fn brokered_accords(sent: &Sent, actors: &Actors, found: &mut Vec<Draft>) {
    let p = &sent.syn;
    if p.is_empty() {
        return;
    }
    let ments = taking_part(sent, actors);
    let n = sent.toks.len();
    for x in 0..p.len() {
        if !ACCORDS.contains(&p.lemma[x].as_str()) {
            continue;
        }
        for c in p.children(x).collect::<Vec<_>>() {
            if p.deprel(c) != "acl" || !matches!(p.lemma[c].as_str(), "broker" | "mediate") {
                continue;
            }
            let Some(broker) = p
                .children(c)
                .find(|&g| p.deprel(g) == "obl:agent")
                .and_then(|g| crate::treeargs::mention_at(sent, &ments, g, false))
            else {
                continue;
            };
            let b = broker.actor;
            found.retain(|d| {
                !(d.ty == ClaimType::Agree && d.t == x && (d.source == b || d.target == Some(b)))
            });
            let between = p
                .children(x)
                .chain(p.children(c))
                .filter(|&g| matches!(p.deprel(g), "nmod" | "obl") && sent.marked(g, "between"))
                .find_map(|g| crate::treeargs::mention_at(sent, &ments, g, false));
            let Some(first) = between else { continue };
            let mut parties = vec![first.actor];
            parties.extend(crate::treeargs::conjuncts(sent, &ments, first));
            parties.retain(|&a| a != b);
            for (i, &a) in parties.iter().enumerate() {
                for &o in &parties[i + 1..] {
                    let agreed = found.iter().any(|d| {
                        d.ty == ClaimType::Agree
                            && ((d.source == a && d.target == Some(o))
                                || (d.source == o && d.target == Some(a)))
                    });
                    if !agreed {
                        found.push(Draft {
                            ty: ClaimType::Agree,
                            ..draft(a, o, x, n, "an accord brokered between its parties")
                        });
                    }
                }
            }
        }
    }
}

/// "The Taliban joined talks with Washington", "Qatar joined the coalition against the
/// Islamic State": joining talks is consulting (their own rule reads it), and joining a
/// coalition against someone is no cooperation with them. Drops the COOPERATE read at a
/// verb "join" whose object is a gathering, or whose target stands in an "against"
/// phrase.
pub fn joined(sent: &Sent, actors: &Actors, found: &mut Vec<Draft>) {
    let p = &sent.syn;
    if p.is_empty() {
        return;
    }
    let ments = actors.of_sentence(sent.idx);
    found.retain(|d| {
        if d.ty != ClaimType::Cooperate || d.t >= p.len() || p.lemma[d.t] != "join" {
            return true;
        }
        let talks = p
            .children(d.t)
            .any(|c| p.deprel(c) == "obj" && GATHERINGS.contains(&sent.word(c)));
        let against = d.target.is_some_and(|t| {
            ments.iter().any(|m| {
                m.actor == t
                    && m.t0 > d.t
                    && crate::claims::prep_before(sent, m.t0, 0).as_deref() == Some("against")
            })
        });
        !(talks || against)
    });
    // "Egypt joined BRICS", "Finland joined NATO": joining an organisation of states as
    // its object is becoming part of it
    for d in found.iter_mut() {
        if d.ty != ClaimType::Cooperate || d.t >= p.len() || p.lemma[d.t] != "join" {
            continue;
        }
        let Some(t) = d.target else { continue };
        if !matches!(
            actors.list[t].kind,
            rapport_model::ActorKind::Igo | rapport_model::ActorKind::Body
        ) {
            continue;
        }
        let object = p.children(d.t).any(|c| {
            p.deprel(c) == "obj" && ments.iter().any(|m| m.actor == t && m.t0 <= c && c < m.t1)
        });
        if object {
            d.ty = ClaimType::PartOf;
            d.rule = JOINED_RULE;
        }
    }
}

/// The rule name of a state joining an organisation of states.
pub const JOINED_RULE: &str = "joined an organisation of states (part of it)";

/// Verbs of hosting a gathering (lemmas).
const HOSTING: &[&str] = &["host", "convene", "organise", "organize", "chair"];

/// "Aliyev and Pashinyan signed a declaration at a White House ceremony hosted by Donald
/// Trump": the host of a gathering at which the clause's subjects acted consulted each
/// of them. Adds those CONSULTs (unless the sentence has them) and drops what the hosting
/// verb was read as with another party (the gathering's own modifier, "White House").
pub fn hosted_gatherings(sent: &Sent, actors: &Actors, found: &mut Vec<Draft>) {
    let p = &sent.syn;
    if p.is_empty() {
        return;
    }
    let ments = taking_part(sent, actors);
    let n = sent.toks.len();
    for h in 0..p.len() {
        if p.upos(h) != "VERB" || !HOSTING.contains(&p.lemma[h].as_str()) || p.deprel(h) != "acl" {
            continue;
        }
        let Some(g) = p.head(h).filter(|&g| is_occasion(sent.word(g))) else {
            continue;
        };
        let Some(host) = p
            .children(h)
            .find(|&c| p.deprel(c) == "obl:agent")
            .and_then(|c| crate::treeargs::mention_at(sent, &ments, c, false))
        else {
            continue;
        };
        // the gathering is where the clause's act happened
        let Some(v) = p
            .head(g)
            .filter(|&v| p.deprel(g) == "obl" && p.upos(v) == "VERB")
        else {
            continue;
        };
        let Some(first) = crate::treeargs::subject_of(sent, &ments, v) else {
            continue;
        };
        let mut guests = vec![first.actor];
        guests.extend(crate::treeargs::conjuncts(sent, &ments, first));
        guests.retain(|&a| a != host.actor);
        if guests.is_empty() {
            continue;
        }
        found.retain(|d| !(d.t == h && d.target.is_some_and(|t| !guests.contains(&t))));
        for &a in &guests {
            if consulted(found, host.actor, a) {
                continue;
            }
            found.push(draft(host.actor, a, h, n, "the host of a gathering"));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(text: &str) -> Vec<(String, String)> {
        let (sent, actors) = crate::tests::one_sentence(text);
        let mut v: Vec<(String, String)> = meetings(&sent, &actors)
            .into_iter()
            .map(|d| {
                let mut x = [
                    actors.list[d.source].id.clone(),
                    actors.list[d.target.unwrap()].id.clone(),
                ];
                x.sort();
                (x[0].clone(), x[1].clone())
            })
            .collect();
        v.sort();
        v
    }

    #[test]
    fn delegations_meeting_pair_up_but_a_topic_does_not_take_part() {
        let got = pairs(
            "Delegations of Egypt, Qatar and Israel met in Cairo on Sunday for talks on Gaza.",
        );
        let want: Vec<(String, String)> =
            [("egypt", "israel"), ("egypt", "qatar"), ("israel", "qatar")]
                .iter()
                .map(|(a, b)| (a.to_string(), b.to_string()))
                .collect();
        assert_eq!(got, want);
    }

    #[test]
    fn the_host_of_a_gathering_consults_those_who_acted_there() {
        let (sent, actors) = crate::tests::one_sentence(
            "Ilham Aliyev and Nikol Pashinyan signed a declaration at a White House \
             ceremony hosted by Donald Trump in August 2025.",
        );
        let mut found = Vec::new();
        hosted_gatherings(&sent, &actors, &mut found);
        let got = crate::tests::id_pairs(&actors, &found);
        let want = [
            ("donald-trump", "ilham-aliyev"),
            ("donald-trump", "nikol-pashinyan"),
        ]
        .map(|(a, b)| (a.to_string(), b.to_string()));
        assert_eq!(got, want);
        // a gathering hosted but no act there: no guests
        let (sent, actors) =
            crate::tests::one_sentence("A summit hosted by Donald Trump ended on Friday.");
        let mut found = Vec::new();
        hosted_gatherings(&sent, &actors, &mut found);
        assert!(found.is_empty());
    }

    #[test]
    fn talks_with_no_partner_named_are_between_the_subjects() {
        let (sent, actors) = crate::tests::one_sentence(
            "Kinshasa and the M23 signed a declaration of principles in Doha after talks \
             mediated by Qatar.",
        );
        let mut found = Vec::new();
        talks_as_occasion(&sent, &actors, &mut found);
        let got = crate::tests::id_pairs(&actors, &found);
        assert_eq!(got, [("drc".to_string(), "m23".to_string())]);
        // one subject and no partner: nothing
        let (sent, actors) =
            crate::tests::one_sentence("Kinshasa signed a declaration after talks in Doha.");
        let mut found = Vec::new();
        talks_as_occasion(&sent, &actors, &mut found);
        assert!(found.is_empty());
    }

    #[test]
    fn an_accords_broker_is_no_party_to_it() {
        let (sent, actors) = crate::tests::one_sentence(
            "A ceasefire brokered by Qatar between Israel and Hamas took effect on Sunday.",
        );
        let x = 1;
        let q = actors.list.iter().position(|a| a.id == "qatar").unwrap();
        let i = actors.list.iter().position(|a| a.id == "israel").unwrap();
        let mut found = vec![Draft {
            ty: ClaimType::Agree,
            ..draft(q, i, x, sent.toks.len(), "test")
        }];
        brokered_accords(&sent, &actors, &mut found);
        let got = crate::tests::id_triples(&actors, &found);
        assert_eq!(
            got,
            [(ClaimType::Agree, "israel".to_string(), "hamas".to_string())]
        );
    }

    #[test]
    fn joining_talks_or_a_coalition_against_someone_is_no_cooperation_with_them() {
        for text in [
            "The Taliban joined talks with Washington in 2018.",
            "Qatar joined the coalition against the Islamic State.",
        ] {
            let (sent, actors) = crate::tests::one_sentence(text);
            let a = |id: &str| actors.list.iter().position(|a| a.id == id).unwrap();
            let (s, t) = if text.starts_with("Qatar") {
                (a("qatar"), a("islamic-state"))
            } else {
                (a("taliban"), a("usa"))
            };
            let join = sent.toks.iter().position(|x| x.lower == "joined").unwrap();
            let mut found = vec![Draft {
                ty: ClaimType::Cooperate,
                ..draft(s, t, join, sent.toks.len(), "test")
            }];
            joined(&sent, &actors, &mut found);
            assert!(found.is_empty(), "{text}");
        }
        // joining an alliance with someone is
        let (sent, actors) =
            crate::tests::one_sentence("Qatar joined forces with Turkey in Libya.");
        let join = sent.toks.iter().position(|x| x.lower == "joined").unwrap();
        let mut found = vec![Draft {
            ty: ClaimType::Cooperate,
            ..draft(0, 1, join, sent.toks.len(), "test")
        }];
        joined(&sent, &actors, &mut found);
        assert_eq!(found.len(), 1);
    }

    #[test]
    fn a_named_partner_is_left_to_the_frame() {
        assert!(pairs("Envoys of Egypt and Qatar met with Hamas leaders in Doha.").is_empty());
    }

    #[test]
    fn invitees_of_an_agentless_invitation() {
        let text = "Officials from Iran, Pakistan and China have been invited to the talks.";
        let (sent, actors) = crate::tests::one_sentence(text);
        let inv = invitations(&sent, &actors);
        assert_eq!(inv.len(), 1);
        let mut ids: Vec<&str> = inv[0]
            .1
            .iter()
            .map(|&a| actors.list[a].id.as_str())
            .collect();
        ids.sort();
        assert_eq!(ids, vec!["china", "iran", "pakistan"]);
    }
}
