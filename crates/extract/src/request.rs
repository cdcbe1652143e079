//! Requests told as what someone should do: "Iran has insisted that the Taliban should
//! form an inclusive government", "the UN demanded that Rwanda withdraw its troops",
//! "Washington called on Pakistan to close the sanctuaries", "Russia pressed the
//! Taliban to cut ties". The requester is the subject, the one asked the subject of
//! the content clause or the object of "call on" / "press".
//!
//! Verbs of saying among these ("insisted") are attribution cues too; this reads what
//! the cue itself does, which the cue's own scope never yields.

use crate::claims::Draft;
use crate::doc::Sent;
use crate::mentions::{Actors, Mention};
use crate::treeargs::{conjuncts, mention_at};
use rapport_model::ClaimType;

/// Verbs whose "that" clause says what someone should do (lemmas).
const DEMAND: &[&str] = &["insist", "demand", "urge", "ask", "request", "stipulate"];
/// Verbs whose object is asked to do what the infinitive says (lemmas).
const PRESS: &[&str] = &[
    "press",
    "pressure",
    "push",
    "urge",
    "ask",
    "call",
    "appeal",
    "tell",
    "order",
    "instruct",
    "persuade",
    "convince",
    "encourage",
];
/// Verbs that put pressure on someone ("put pressure on X to …"; lemmas).
const PRESSURE_VERBS: &[&str] = &[
    "put", "exert", "apply", "increase", "step", "pile", "ramp", "mount", "keep", "heap",
];
/// Verbs of pressing whose infinitive says what did happen ("persuaded the Taliban to
/// join talks": they joined).
const IMPLICATIVE: &[&str] = &["persuade", "convince"];

fn draft(source: usize, target: usize, t: usize, n: usize, rule: &'static str) -> Draft {
    Draft {
        ty: ClaimType::Request,
        modes: Vec::new(),
        role: None,
        source,
        target: Some(target),
        t,
        c0: 0,
        c1: n,
        confidence: 0.55,
        rule,
        open: None,
        agentless: false,
    }
}

/// Nouns of a state's envoys.
const ENVOYS: &[&str] = &[
    "ambassador",
    "ambassadors",
    "envoy",
    "envoys",
    "diplomat",
    "diplomats",
    "charge",
    "chargé",
    "attache",
    "attaché",
    "consul",
];

/// The envoy that verb `v` makes leave: the object of "order"/"tell" with "to leave",
/// or the indirect object of "give" with a span of time "to leave" ("gave France's
/// ambassador seventy-two hours to leave the country").
fn expelled_envoy(sent: &Sent, v: usize, lemma: &str) -> Option<usize> {
    let p = &sent.syn;
    let leaving = |c: usize| {
        matches!(p.lemma[c].as_str(), "leave" | "depart" | "quit")
            && p.children(c)
                .any(|g| sent.word(g) == "to" && p.deprel(g) == "mark")
    };
    let envoy = |rel: &str| {
        p.children(v)
            .find(|&c| p.deprel(c) == rel && ENVOYS.contains(&sent.word(c)))
    };
    match lemma {
        "order" | "tell" | "instruct" => {
            let go = p
                .children(v)
                .any(|c| matches!(p.deprel(c), "xcomp" | "advcl") && leaving(c));
            envoy("obj").filter(|_| go)
        }
        "give" => {
            let time = p.children(v).find(|&c| {
                p.deprel(c) == "obj"
                    && matches!(sent.word(c), "hours" | "days" | "weeks" | "hour" | "day")
            })?;
            let go = p
                .children(time)
                .chain(p.children(v))
                .any(|c| matches!(p.deprel(c), "acl" | "xcomp" | "advcl") && leaving(c));
            envoy("iobj").filter(|_| go)
        }
        _ => None,
    }
}

/// The requests of a sentence, and the tokens of what is requested: an act asked
/// for is no event that happened, so no claim is read from those tokens.
pub struct Requests {
    pub drafts: Vec<Draft>,
    pub asked_for: Vec<usize>,
    /// Who asked, and the verb of asking, for each request whose content is in
    /// `asked_for` (also one made of no actor: "called on its supporters to …").
    pub askers: Vec<(usize, usize)>,
}

/// "Iran urged the Taliban to focus on attacking American interests", "called on its
/// supporters to strike Israeli targets": one who asks another to attack someone is
/// hostile to the one to be attacked. `found` holds the sentence's drafts before what
/// was asked for is set aside.
pub fn urged_hostility(sent: &Sent, requested: &Requests, found: &[Draft]) -> Vec<Draft> {
    let p = &sent.syn;
    let mut out: Vec<Draft> = Vec::new();
    for d in found
        .iter()
        .filter(|d| d.ty == ClaimType::Assault && requested.asked_for.contains(&d.t))
        // (an act, not a modifier: "impose targeted sanctions on …")
        .filter(|d| {
            d.t < p.len() && matches!(p.upos(d.t), "VERB" | "NOUN") && p.deprel(d.t) != "amod"
        })
    {
        let Some(victim) = d.target else { continue };
        for &(asker, v) in requested
            .askers
            .iter()
            .filter(|&&(_, v)| d.t < p.len() && p.ancestors(d.t).contains(&v))
        {
            // (not the one asked, nor a victim that is the asker: "asked Israel to stop
            // attacking Hezbollah" is no hostility to Israel)
            let asked = requested
                .drafts
                .iter()
                .any(|r| r.t == v && r.target == Some(victim));
            // (nor attacks one asks to stop or not to make: "asked Israel to stop
            // attacking Hamas", "urged Kyiv not to strike Russian refineries")
            let stopped = std::iter::once(d.t)
                .chain(p.ancestors(d.t).into_iter().take_while(|&a| a != v))
                .any(|a| {
                    matches!(
                        p.lemma[a].as_str(),
                        "stop"
                            | "halt"
                            | "cease"
                            | "end"
                            | "refrain"
                            | "avoid"
                            | "suspend"
                            | "abandon"
                            | "limit"
                            | "curb"
                            | "restrain"
                            | "scale"
                    ) || p.children(a).any(|c| {
                        matches!(sent.word(c), "not" | "n't" | "never") && p.deprel(c) == "advmod"
                    })
                });
            if asker == victim || asked || stopped {
                continue;
            }
            let dup = |x: &Draft| x.source == asker && x.target == Some(victim);
            if out.iter().any(dup) {
                continue;
            }
            out.push(Draft {
                ty: ClaimType::HostileTo,
                modes: Vec::new(),
                role: None,
                source: asker,
                target: Some(victim),
                t: v,
                c0: d.c0.min(v),
                c1: d.c1,
                confidence: 0.55,
                rule: "urging attacks on someone",
                open: None,
                agentless: false,
            });
        }
    }
    out
}

/// The requests of a sentence.
pub fn requests(sent: &Sent, actors: &Actors) -> Requests {
    let p = &sent.syn;
    let mut out = Vec::new();
    let mut asked_for = Vec::new();
    let mut askers = Vec::new();
    if p.is_empty() {
        return Requests {
            drafts: out,
            asked_for,
            askers,
        };
    }
    let ments: Vec<&Mention> = actors.arguments(sent.idx);
    let n = sent.toks.len();
    for v in 0..p.len() {
        if p.upos(v) != "VERB" {
            continue;
        }
        // (the lemmatizer's slips on these verbs: "persuaded" → "persuad")
        let lemma = match sent.word(v) {
            "persuaded" | "persuades" | "persuading" => "persuade",
            "convinced" | "convinces" | "convincing" => "convince",
            "told" | "tells" | "telling" => "tell",
            _ => p.lemma[v].as_str(),
        };
        let kids: Vec<usize> = p.children(v).collect();
        // (or the subject of the verb that controls it: "the ISI tried to persuade …")
        // (or of the verb it is coordinated with: "said … and called on Israel to …")
        let subject = kids
            .iter()
            .copied()
            .find(|&c| p.deprel(c) == "nsubj")
            .or_else(|| {
                (matches!(p.deprel(v), "xcomp" | "conj"))
                    .then(|| p.head(v))
                    .flatten()
                    .and_then(|h| p.children(h).find(|&c| p.deprel(c) == "nsubj"))
            });
        // ("Serbia has been urged by the European Union to normalise …": the agent asks
        // the passive's subject)
        let agent = kids
            .iter()
            .copied()
            .find(|&c| matches!(p.deprel(c), "obl:agent" | "obl") && sent.marked(c, "by"));
        let passive_object = kids
            .iter()
            .copied()
            .find(|&c| p.deprel(c) == "nsubj:pass")
            .filter(|_| subject.is_none() && agent.is_some());
        let subject = subject.or(agent.filter(|_| passive_object.is_some()));
        let Some(requester) = subject.and_then(|c| mention_at(sent, &ments, c, true)) else {
            continue;
        };
        let mut asked: Vec<(&Mention, &'static str)> = Vec::new();
        // "ordered the French ambassador to leave the country", "gave France's
        // ambassador seventy-two hours to leave": an envoy made to leave is expelled
        if let Some(envoy) = expelled_envoy(sent, v, lemma) {
            if let Some(o) = mention_at(sent, &ments, envoy, false) {
                for x in std::iter::once(o.actor).chain(conjuncts(sent, &ments, o)) {
                    if x != requester.actor {
                        out.push(Draft {
                            ty: ClaimType::Sanction,
                            ..draft(requester.actor, x, v, n, "an envoy made to leave")
                        });
                    }
                }
                asked_for.extend(p.subtree(v).into_iter().filter(|&k| k > v));
                continue;
            }
        }
        if DEMAND.contains(&lemma) {
            // "insisted that the Taliban should form …", "demanded that Rwanda withdraw"
            for &c in kids.iter().filter(|&&c| p.deprel(c) == "ccomp") {
                let ck: Vec<usize> = p.children(c).collect();
                let modal = ck
                    .iter()
                    .any(|&a| p.deprel(a) == "aux" && matches!(sent.word(a), "should" | "must"));
                // the subjunctive: a bare verb with a subject of its own
                let subjunctive = p.xpos.get(c).is_some_and(|x| x == "VB")
                    && !ck.iter().any(|&a| p.deprel(a) == "aux");
                if !(modal || subjunctive) {
                    continue;
                }
                if let Some(s) = ck
                    .iter()
                    .copied()
                    .find(|&a| p.deprel(a) == "nsubj")
                    .and_then(|a| mention_at(sent, &ments, a, true))
                {
                    asked.push((s, "request: what someone should do"));
                    asked_for.extend(sent.syn.subtree(c));
                    askers.push((requester.actor, v));
                }
            }
        }
        // "put heavy pressure on Kigali to return …", "exerted pressure on the Taliban to
        // …": the pressure noun's "on" phrase is asked
        let pressure = PRESSURE_VERBS
            .contains(&lemma)
            .then(|| {
                kids.iter()
                    .copied()
                    .find(|&c| p.deprel(c) == "obj" && p.lemma[c] == "pressure")
            })
            .flatten();
        if let Some(noun) = pressure {
            let on = |h: usize| {
                p.children(h).find(|&c| {
                    matches!(p.deprel(c), "obl" | "nmod")
                        && p.children(c).any(|g| matches!(sent.word(g), "on" | "upon"))
                })
            };
            let to = |h: usize| {
                p.children(h).find(|&c| {
                    matches!(p.deprel(c), "xcomp" | "advcl" | "acl")
                        && p.children(c)
                            .any(|g| sent.word(g) == "to" && p.deprel(g) == "mark")
                })
            };
            let object = on(noun)
                .or_else(|| on(v))
                .and_then(|c| mention_at(sent, &ments, c, false));
            if let (Some(x), Some(o)) = (to(noun).or_else(|| to(v)), object) {
                asked.push((o, "request: pressure to do something"));
                asked_for.extend(sent.syn.subtree(x));
                askers.push((requester.actor, v));
            }
        }
        if PRESS.contains(&lemma) {
            // "pressed the Taliban to cut ties", "called on Pakistan to close …"
            let infinitive = kids.iter().copied().find(|&c| {
                matches!(p.deprel(c), "xcomp" | "advcl")
                    && p.children(c)
                        .any(|g| sent.word(g) == "to" && p.deprel(g) == "mark")
            });
            let object = kids
                .iter()
                .copied()
                .find(|&c| {
                    if passive_object.is_some() {
                        return Some(c) == passive_object;
                    }
                    // "called on X to …" (a phone call, "called X to clarify", is none)
                    if matches!(lemma, "call" | "appeal") {
                        matches!(p.deprel(c), "obl" | "obj")
                            && p.children(c).any(|g| matches!(sent.word(g), "on" | "upon"))
                    } else {
                        matches!(p.deprel(c), "obj" | "iobj")
                    }
                })
                .and_then(|c| mention_at(sent, &ments, c, false));
            // (what one is asked to do did not happen, whoever is asked: "called on its
            // supporters to attack Israeli targets")
            let someone = kids.iter().any(|&c| {
                matches!(p.deprel(c), "obj" | "iobj" | "obl")
                    && p.is_nominal(c)
                    && (!matches!(lemma, "call" | "appeal")
                        || p.children(c).any(|g| matches!(sent.word(g), "on" | "upon")))
            });
            if let (Some(x), None, true) = (infinitive, object, someone) {
                if !IMPLICATIVE.contains(&lemma) {
                    asked_for.extend(sent.syn.subtree(x));
                    askers.push((requester.actor, v));
                }
            }
            if let (Some(x), Some(o)) = (infinitive, object) {
                asked.push((o, "request: asked to do something"));
                // (what one only tries to persuade someone to do did not happen: "is
                // trying to persuade Niger's junta to let Russian instructors train …")
                let tried = p.deprel(v) == "xcomp"
                    && p.head(v).is_some_and(|h| {
                        matches!(
                            p.lemma[h].as_str(),
                            "try" | "attempt" | "seek" | "want" | "hope" | "fail" | "aim"
                        )
                    });
                if !IMPLICATIVE.contains(&lemma) || tried {
                    asked_for.extend(sent.syn.subtree(x));
                    askers.push((requester.actor, v));
                }
            }
        }
        for (a, rule) in asked {
            for x in std::iter::once(a.actor).chain(conjuncts(sent, &ments, a)) {
                if x != requester.actor && !out.iter().any(|d: &Draft| d.target == Some(x)) {
                    out.push(draft(requester.actor, x, v, n, rule));
                }
            }
        }
    }
    let (nominal, content) = demand_nouns(sent, &ments);
    asked_for.extend(content);
    for d in nominal {
        if !out
            .iter()
            .any(|o: &Draft| o.source == d.source && o.target == d.target)
        {
            out.push(d);
        }
    }
    for d in at_request(sent, &ments) {
        if !out
            .iter()
            .any(|o: &Draft| o.source == d.source && o.target == d.target)
        {
            out.push(d);
        }
    }
    Requests {
        drafts: out,
        asked_for,
        askers,
    }
}

/// The rule of a demand told by its noun: the demand was made whoever rejects it, so
/// the claim is the author's and positive ("rejected Kinshasa's demand that …").
pub const DEMAND_RULE: &str = "request: a demand noun and its content";

/// Nouns of a demand made of someone.
const DEMAND_NOUNS: &[&str] = &[
    "demand",
    "demands",
    "call",
    "calls",
    "request",
    "requests",
    "appeal",
    "appeals",
    "ultimatum",
];

/// "rejected Kinshasa's demand that the M23 disarm", "the UN's call for Israel to halt
/// its offensive", "a request from Washington that Baghdad expel …": the demand's
/// possessor (or its "from" or "by" phrase) asks the subject of its content, which has
/// not happened. Read by word order, as the parser often reads a subjunctive verb as a
/// noun ("that the M23 disarm"). Returns the requests and the content's tokens.
fn demand_nouns(sent: &Sent, ments: &[&Mention]) -> (Vec<Draft>, Vec<usize>) {
    let n = sent.toks.len();
    let mut out = Vec::new();
    let mut content = Vec::new();
    let possessive = |w: &str| matches!(w, "'s" | "’s" | "'" | "’");
    for k in 1..n.saturating_sub(3) {
        if !DEMAND_NOUNS.contains(&sent.word(k)) || sent.syn.upos(k) == "VERB" {
            continue;
        }
        // who demands: "Kinshasa's demand", "demands from Baghdad that …"
        let mut after = k + 1;
        // (past modifiers: "Washington's repeated demands")
        let modifier = |x: usize| sent.syn.upos(x) == "ADJ" || sent.syn.deprel(x) == "amod";
        let mut requester = ments
            .iter()
            .find(|m| {
                m.t1 < k
                    && possessive(sent.word(m.t1))
                    && (m.t1 + 1..k).all(modifier)
                    && k - m.t1 <= 3
            })
            // (or a name on the noun: "repeated UN appeals to the Taliban to …")
            .or_else(|| ments.iter().find(|m| m.t1 == k && m.t0 < k))
            .copied();
        if requester.is_none() && matches!(sent.word(k + 1), "from" | "by") {
            let m = ments
                .iter()
                .find(|m| m.t0 == k + 2 || (m.t0 == k + 3 && sent.word(k + 2) == "the"));
            if let Some(m) = m {
                requester = Some(m);
                after = m.t1;
            }
        }
        let Some(requester) = requester else {
            continue;
        };
        // who is asked: "that X disarm", "that X should …", "for X to halt …"
        let link = sent.word(after);
        if !matches!(link, "that" | "for" | "to") {
            // or the subject of a clause that defies or refuses the demand: "has not
            // withdrawn despite repeated demands from Baghdad", "rejected demands from
            // Egypt"
            if let Some(d) = defied(sent, ments, k, requester) {
                out.push(d);
            }
            continue;
        }
        let start = after + 1 + usize::from(sent.word(after + 1) == "the");
        let Some(asked) = ments.iter().find(|m| m.t0 == start) else {
            continue;
        };
        let next = sent.word(asked.t1);
        let base = |x: usize| {
            let w = sent.word(x);
            matches!(
                sent.syn.xpos.get(x).map(String::as_str),
                Some("VB" | "VBP" | "NN")
            ) && !w.ends_with('s')
                && !w.ends_with("ed")
                && !sent.toks[x].cap
        };
        let content_ok = if matches!(link, "for" | "to") {
            next == "to"
        } else {
            matches!(next, "should" | "must" | "be" | "not") || base(asked.t1)
        };
        if !content_ok || asked.actor == requester.actor {
            continue;
        }
        // (an infinitive's content ends at the sentence's own finite verb: "appeals to
        // the Taliban to reopen schools have been rejected by …")
        let end = (asked.t1..n)
            .find(|&x| {
                matches!(sent.word(x), "," | ";" | ":")
                    || (link != "that"
                        && x > asked.t1 + 1
                        && matches!(
                            sent.syn.xpos.get(x).map(String::as_str),
                            Some("VBP" | "VBZ" | "VBD" | "MD")
                        ))
            })
            .unwrap_or(n);
        content.extend(asked.t1..end);
        out.push(draft(requester.actor, asked.actor, k, n, DEMAND_RULE));
    }
    (out, content)
}

/// The request a demand noun at `k` made of the subject of the clause that defies,
/// ignores or refuses it (the noun under "despite" or the object of such a verb).
fn defied(sent: &Sent, ments: &[&Mention], k: usize, requester: &Mention) -> Option<Draft> {
    let p = &sent.syn;
    // (past the possessor and the modifiers: "ignored Washington's repeated demands")
    let mut b = if requester.t1 < k { requester.t0 } else { k };
    while b > 0 && (matches!(p.upos(b - 1), "ADJ" | "ADV" | "DET") || p.deprel(b - 1) == "amod") {
        b -= 1;
    }
    let before = sent.word(b.checked_sub(1)?);
    let refusing = matches!(
        p.lemma.get(b - 1).map(String::as_str),
        Some("defy" | "ignore" | "reject" | "refuse" | "rebuff" | "dismiss" | "spurn")
    );
    if !(before == "despite" || refusing) {
        return None;
    }
    // the clause's verb: the one the noun (or its "despite" phrase) hangs on
    let v = if refusing { b - 1 } else { p.head(k)? };
    let subject = p
        .children(v)
        .find(|&c| matches!(p.deprel(c), "nsubj" | "nsubj:pass"))
        .and_then(|c| mention_at(sent, ments, c, true))?;
    (subject.actor != requester.actor).then(|| {
        draft(
            requester.actor,
            subject.actor,
            k,
            sent.toks.len(),
            DEMAND_RULE,
        )
    })
}

/// "Maia Sandu called on Moscow to pull its soldiers out of Transnistria, a demand the
/// Russian Foreign Ministry brushed aside": a demand in apposition that someone rejects,
/// dismisses, ignores or turns down is that one's rejection of the one who made it (the
/// request told before it in the sentence), as is a court's ruling or order so treated
/// ("…, a ruling the junta rejected days later").
pub fn rejected_demand(sent: &Sent, actors: &Actors, out: &mut Vec<Draft>) {
    let ments = actors.of_sentence(sent.idx);
    let n = sent.toks.len();
    let mut extra = Vec::new();
    for k in 2..n {
        if !matches!(
            sent.word(k),
            "demand"
                | "demands"
                | "call"
                | "calls"
                | "request"
                | "requests"
                | "appeal"
                | "ultimatum"
                | "ruling"
                | "order"
                | "verdict"
        ) || !(sent.word(k - 1) == ","
            || (matches!(sent.word(k - 1), "a" | "an" | "the") && sent.word(k - 2) == ","))
        {
            continue;
        }
        let Some(m) = ments
            .iter()
            .find(|m| m.t0 > k && m.t0 <= k + 2 && (k + 1..m.t0).all(|x| sent.word(x) == "the"))
        else {
            continue;
        };
        let mut v = m.t1;
        while v < n
            && matches!(
                sent.word(v),
                "quickly" | "promptly" | "swiftly" | "has" | "had"
            )
        {
            v += 1;
        }
        let rejects = matches!(
            sent.word(v),
            "rejected"
                | "dismissed"
                | "rebuffed"
                | "spurned"
                | "refused"
                | "ignored"
                | "rejects"
                | "dismisses"
                | "ignores"
        ) || (matches!(sent.word(v), "brushed" | "brushes")
            && sent.word(v + 1) == "aside")
            || (matches!(sent.word(v), "turned" | "turns") && sent.word(v + 1) == "down");
        if !rejects {
            continue;
        }
        let Some(req) = out
            .iter()
            .rfind(|d| d.ty == ClaimType::Request && d.t < k && d.source != m.actor)
        else {
            continue;
        };
        extra.push(Draft {
            ty: ClaimType::Reject,
            modes: Vec::new(),
            source: m.actor,
            target: Some(req.source),
            t: v,
            rule: "a demand in apposition, rejected",
            ..req.clone()
        });
    }
    out.extend(extra);
}

/// Nouns of asking after which "of" names who asked ("at the request of", "at the
/// invitation of", "at the behest of").
const ASKING: &[&str] = &[
    "request",
    "invitation",
    "behest",
    "urging",
    "insistence",
    "demand",
];

/// "Rwanda sent troops to Mozambique at the request of its president", "Rwanda's
/// deployment … came at the request of Filipe Nyusi": the one named after "at the
/// request of" asked the doer of the clause, its verb's subject or the possessor of a
/// subject that is an act.
/// The rule of a request read from "at X's request" on an act of the one asked.
pub const AT_REQUEST_RULE: &str = "request: at the request of";

fn at_request(sent: &Sent, ments: &[&Mention]) -> Vec<Draft> {
    let p = &sent.syn;
    let n = sent.toks.len();
    let mut out = Vec::new();
    for k in 1..p.len() {
        if !ASKING.contains(&sent.word(k)) || k < 2 {
            continue;
        }
        // ("at Maputo's request", "at Salva Kiir's invitation": the possessor asked)
        let possessor = (sent.word(k - 1) == "'s")
            .then(|| {
                ments.iter().copied().find(|m| {
                    m.t1 == k - 1 && m.t0 > 0 && matches!(sent.word(m.t0 - 1), "at" | "on")
                })
            })
            .flatten();
        if possessor.is_none()
            && (sent.word(k - 1) != "the" || !matches!(sent.word(k - 2), "at" | "on"))
        {
            continue;
        }
        // the one who asked: the "of" phrase on the noun (through an apposition: "the
        // Mozambican president, Filipe Nyusi")
        // (or, where the parser broke the phrase, the name right after "of")
        let Some(asker) = possessor.or_else(|| {
            p.children(k)
                .find(|&c| p.deprel(c) == "nmod" && sent.marked(c, "of"))
                .and_then(|c| mention_at(sent, ments, c, false))
                .or_else(|| {
                    (sent.word(k + 1) == "of")
                        .then(|| {
                            ments.iter().copied().find(|m| {
                                m.t0 >= k + 2
                                    && m.t0 <= k + 4
                                    && (k + 2..m.t0)
                                        .all(|x| sent.toks[x].kind == rapport_text::TokKind::Word)
                            })
                        })
                        .flatten()
                })
        }) else {
            continue;
        };
        // the one asked: the subject of the verb the phrase is on, or the possessor of a
        // subject that names an act ("Rwanda's deployment")
        let Some(v) = p.head(k).filter(|_| p.deprel(k) == "obl") else {
            continue;
        };
        // (or the noun a participle describes: "Rwandan forces, deployed to Cabo
        // Delgado at Maputo's request, retook …")
        // (a passive's subject too: "Ugandan troops were deployed … at Salva Kiir's
        // request")
        let subject = p
            .children(v)
            .find(|&c| matches!(p.deprel(c), "nsubj" | "nsubj:pass"))
            .or_else(|| {
                p.head(v).filter(|&h| {
                    p.deprel(v) == "acl" && h < v && !crate::treeargs::event_noun(sent, h)
                })
            });
        let asked = subject.and_then(|s| {
            p.children(s)
                .find(|&c| p.deprel(c) == "nmod:poss")
                .filter(|_| crate::treeargs::event_noun(sent, s) || p.lemma[s].ends_with("ment"))
                .and_then(|c| mention_at(sent, ments, c, true))
                .or_else(|| mention_at(sent, ments, s, true))
        });
        if let Some(a) = asked.filter(|a| a.actor != asker.actor) {
            out.push(draft(asker.actor, a.actor, k, n, AT_REQUEST_RULE));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str) -> Vec<(String, String)> {
        let (sent, actors) = crate::tests::one_sentence(text);
        requests(&sent, &actors)
            .drafts
            .into_iter()
            .map(|d| {
                (
                    actors.list[d.source].id.clone(),
                    actors.list[d.target.unwrap()].id.clone(),
                )
            })
            .collect()
    }

    fn pair(a: &str, b: &str) -> Vec<(String, String)> {
        vec![(a.to_string(), b.to_string())]
    }

    #[test]
    fn an_envoy_made_to_leave_is_expelled() {
        for text in [
            "The Malian government gave France's ambassador seventy-two hours to leave the country in January 2022.",
            "Mali ordered the French ambassador to leave the country within 72 hours.",
        ] {
            let (sent, actors) = crate::tests::one_sentence(text);
            let r = requests(&sent, &actors);
            let got = crate::tests::id_triples(&actors, &r.drafts);
            assert_eq!(
                got,
                [(ClaimType::Sanction, "mali".to_string(), "france".to_string())],
                "{text}"
            );
        }
        // one told to leave who is no envoy is asked
        assert_eq!(
            run("Mali ordered French troops to leave the country."),
            pair("mali", "french-armed-forces")
        );
    }

    #[test]
    fn at_the_request_of() {
        assert_eq!(
            run("Rwanda sent troops to Mozambique in 2021 at the request of Filipe Nyusi."),
            pair("filipe-nyusi", "rwanda")
        );
        assert_eq!(
            run("Rwanda's deployment of troops to Mozambique came at the request of the Mozambican president, Filipe Nyusi."),
            pair("filipe-nyusi", "rwanda")
        );
        assert_eq!(
            run("Russian troops entered Kazakhstan at the invitation of the Kazakh government."),
            pair("kazakhstan", "russian-armed-forces")
        );
        // (the pipeline asks the troops' state: `crate::tests`)
        // (a request for something is no request of someone)
        assert!(run("Kenya sent troops to Haiti after a request for help.").is_empty());
    }

    #[test]
    fn what_someone_should_do() {
        assert_eq!(
            run("Iran has insisted that the Taliban should form an inclusive government."),
            pair("iran", "taliban")
        );
        assert_eq!(
            run("The UN demanded that Rwanda withdraw its troops from Congo."),
            pair("un", "rwanda")
        );
    }

    #[test]
    fn asked_to_do_something() {
        assert_eq!(
            run("Washington called on Pakistan to close the Haqqani network's sanctuaries."),
            pair("usa", "pakistan")
        );
        assert_eq!(
            run("Russia pressed the Taliban to cut ties with al-Qaeda."),
            pair("russia", "taliban")
        );
        assert_eq!(
            run("Washington put heavy pressure on Kigali to return to the negotiating table."),
            pair("usa", "rwanda")
        );
    }

    #[test]
    fn a_report_of_facts_is_no_request() {
        assert!(
            run("Iran insisted that the Taliban had formed an inclusive government.").is_empty()
        );
        assert!(run("Russia pressed ahead with talks with the Taliban.").is_empty());
        assert!(run("Zamai called The Express Tribune to clarify his remarks.").is_empty());
        assert!(run("Sanctions put pressure on Iran's economy.").is_empty());
    }
}
