//! A trigger's arguments read off the dependency tree: its subject (or agent) and
//! its object (or the noun the target preposition marks), as mentions.
//!
//! Used where the token rules of [`crate::claims`] find no source or no target: the
//! tree knows that "Iranian officials were regularly sending weapons" has "officials"
//! as the subject of "sending" however far apart they are, that an `xcomp` verb takes
//! its controller's subject ("tried to recruit"), and that a relative clause's verb
//! takes the noun it modifies ("a commander who was removed by Mansur").

use crate::doc::Sent;
use crate::mentions::Mention;
use crate::words::SPEECH;

/// What the tree says a trigger's arguments are.
#[derive(Debug, Default, Clone, Copy)]
pub struct TreeArgs<'a> {
    pub source: Option<&'a Mention>,
    pub target: Option<&'a Mention>,
    /// The labels that gave them, for `rapport explain`.
    pub how: &'static str,
}

/// The outermost mention over token `k` or, for a generic head ("the government of
/// X", "X's forces", "hundreds of Houthi recruits"), over one of its naming dependents.
pub(crate) fn mention_at<'a>(
    sent: &Sent,
    ments: &[&'a Mention],
    k: usize,
    subject: bool,
) -> Option<&'a Mention> {
    mention_at_depth(sent, ments, k, subject, 0)
}

fn mention_at_depth<'a>(
    sent: &Sent,
    ments: &[&'a Mention],
    k: usize,
    subject: bool,
    depth: u8,
) -> Option<&'a Mention> {
    let over = mention_over(ments, k);
    if over.is_some() {
        return over;
    }
    let p = &sent.syn;
    if depth > 1 || k >= p.len() {
        return None;
    }
    // a relative pronoun stands for the noun its clause modifies: "the FLA rebels who
    // ambushed Malian troops"
    if p.upos(k) == "PRON" && matches!(sent.word(k), "who" | "which" | "that" | "whom") {
        if let Some(n) = p
            .head(k)
            .filter(|&v| p.deprel(v) == "acl:relcl")
            .and_then(|v| p.head(v))
        {
            return mention_at_depth(sent, ments, n, subject, depth + 1);
        }
    }
    // a name the parser split ("Monday Trump" with a flat "Trump"): its parts
    if p.upos(k) == "PROPN" {
        return p
            .children(k)
            .filter(|&c| matches!(p.deprel(c), "flat" | "compound"))
            .find_map(|c| mention_at_depth(sent, ments, c, subject, depth + 1));
    }
    // "his Omani counterpart, Badr Albusaidi": a noun named by its apposition is the
    // name's, whatever the noun (also where the parser hung the name elsewhere: a noun
    // for one person, a comma and a name right after it)
    if matches!(p.upos(k), "NOUN" | "PRON") {
        let named = p
            .children(k)
            .filter(|&c| c > k && p.deprel(c) == "appos" && p.upos(c) == "PROPN")
            .find_map(|c| mention_at_depth(sent, ments, c, subject, depth + 1))
            .or_else(|| {
                (crate::words::APPOSED_PERSON_HEADS.contains(&sent.word(k))
                    && sent.word(k + 1) == ",")
                    .then(|| {
                        ments.iter().copied().find(|m| {
                            m.t0 == k + 2
                                && matches!(
                                    m.how,
                                    crate::mentions::How::Kb(_) | crate::mentions::How::Name
                                )
                                && p.upos(k + 2) == "PROPN"
                        })
                    })
                    .flatten()
            });
        if named.is_some() {
            return named;
        }
    }
    // only a generic head ("government", "forces", "hundreds") stands for its dependent;
    // a noun of the other party does not ("Iran's allies attacked …": the allies did)
    // (nor do a state's sportspeople: "the national football teams of Armenia and
    // Azerbaijan have never met")
    if !matches!(p.upos(k), "NOUN" | "NUM" | "PRON" | "ADJ")
        || COUNTERPARTS.contains(&p.lemma[k].as_str())
        || SPEECH_MARKS.contains(&p.lemma[k].as_str())
        || sport_head(sent, k)
        || crate::claims::PERMISSION.contains(&p.lemma[k].as_str())
    {
        return None;
    }
    let group = GROUP_HEADS.contains(&sent.word(k));
    // "positions held by Ukrainian forces", "a checkpoint manned by Afghan police"
    let held_by = p
        .children(k)
        .filter(|&c| p.deprel(c) == "acl" && HELD_BY.contains(&sent.word(c)))
        .flat_map(|c| {
            p.children(c)
                .filter(|&g| p.deprel(g) == "obl:agent")
                .collect::<Vec<_>>()
        })
        .find_map(|g| mention_at_depth(sent, ments, g, subject, depth + 1));
    if held_by.is_some() {
        return held_by;
    }
    // "IPOB leader Nnamdi Kanu": the name after a title, not the title's organisation
    let named = p
        .children(k)
        .filter(|&c| c > k && matches!(p.deprel(c), "appos" | "flat" | "compound"))
        .find_map(|c| mention_at_depth(sent, ments, c, subject, depth + 1));
    if named.is_some() {
        return named;
    }
    // "Militants loyal to the Islamic State attacked …", "fighters linked to al-Qaeda",
    // "ships linked to Israel": people or things whose tie a modifier names are that
    // actor's (allegiance only for armed people)
    {
        let armed = ARMED_PEOPLE.contains(&p.lemma[k].as_str());
        let pledged = p
            .children(k)
            .filter(|&c| {
                c > k
                    && matches!(p.deprel(c), "amod" | "acl")
                    && (matches!(sent.word(c), "linked" | "belonging" | "tied")
                        || armed
                            && matches!(
                                sent.word(c),
                                "loyal" | "affiliated" | "allied" | "aligned"
                            ))
            })
            .flat_map(|c| {
                p.children(c)
                    .filter(|&g| matches!(p.deprel(g), "obl" | "nmod"))
            })
            .find_map(|g| mention_at_depth(sent, ments, g, subject, depth + 1));
        if pledged.is_some() {
            return pledged;
        }
    }
    // "Dostum, whose Junbish militia fought …", "his Wagner mercenaries": armed people
    // named by their group are the group's, not their leader's or owner's
    if ARMED_PEOPLE.contains(&p.lemma[k].as_str()) {
        let named = p
            .children(k)
            .filter(|&c| {
                c < k && matches!(p.deprel(c), "compound" | "flat") && p.upos(c) == "PROPN"
            })
            .find_map(|c| mention_at_depth(sent, ments, c, subject, depth + 1));
        if named.is_some() {
            return named;
        }
    }
    // ("Iran-backed Houthi rebels": the rebels are the Houthis, Iran is their patron)
    let patron = |c: usize| p.deprel(c) == "amod" && crate::claims::patron_word(sent.word(c));
    let kin = |c: usize| {
        matches!(p.deprel(c), "compound" | "amod" | "nmod:poss" | "flat")
            || (p.deprel(c) == "nmod" && group && case_of(sent, c) == Some("of"))
            || (p.deprel(c) == "nmod" && subject && case_of(sent, c) != Some("of"))
    };
    p.children(k)
        .filter(|&c| kin(c) && !patron(c))
        .find_map(|c| mention_at_depth(sent, ments, c, subject, depth + 1))
        // (with nothing else naming the noun, a leader's or controller's is theirs, "the
        // Saudi-led coalition"; a backer's, funder's or ally's is not, "the
        // Turkish-backed militia fired on …")
        .or_else(|| {
            p.children(k)
                .filter(|&c| {
                    patron(c)
                        && sent
                            .word(c)
                            .rsplit_once('-')
                            .is_some_and(|(_, part)| matches!(part, "led" | "controlled"))
                })
                .find_map(|c| mention_at_depth(sent, ments, c, subject, depth + 1))
        })
}

/// Lemmas of nouns for armed people, which a group's name before them names ("the
/// Junbish militia", "Houthi fighters").
pub(crate) const ARMED_PEOPLE: &[&str] = &[
    "militia",
    "fighter",
    "force",
    "troop",
    "militiaman",
    "rebel",
    "mercenary",
    "unit",
    "soldier",
    "militant",
    "insurgent",
    "gunman",
];

/// Nouns naming the other side of a relation: "Iran's allies", "Washington's rivals",
/// "the regime's backers" are not Iran, Washington or the regime.
/// Lemmas of nouns for how someone speaks or where they come from, which stand for no
/// one their demonym names ("spoke Arabic with a Lebanese accent").
pub(crate) const SPEECH_MARKS: &[&str] = &[
    "accent", "dialect", "language", "descent", "origin", "ancestry",
];

pub(crate) const COUNTERPARTS: &[&str] = &[
    "ally",
    "enemy",
    "foe",
    "rival",
    "archrival",
    "adversary",
    "opponent",
    "partner",
    "backer",
    "supporter",
    "sponsor",
    "critic",
    "neighbour",
    "neighbor",
    "detractor",
    "proxy",
];

/// Whether the noun at `k` names sportspeople or a sports team, who stand for no state
/// they play for: "players", "athletes", "the national football teams of …" (a team
/// only with a word of sport on it: a negotiating team is a delegation).
pub(crate) fn sport_head(sent: &Sent, k: usize) -> bool {
    let p = &sent.syn;
    if k >= p.len() {
        return false;
    }
    match p.lemma[k].as_str() {
        "player" | "athlete" | "footballer" | "olympian" | "fan" => true,
        "team" | "squad" | "club" | "side" => p.children(k).any(|c| {
            matches!(p.deprel(c), "amod" | "compound")
                && matches!(
                    sent.word(c),
                    "football"
                        | "soccer"
                        | "cricket"
                        | "basketball"
                        | "hockey"
                        | "rugby"
                        | "volleyball"
                        | "handball"
                        | "olympic"
                        | "Olympic"
                        | "national"
                )
        }),
        _ => false,
    }
}

/// Participles that make a place stand for who holds it ("positions held by …").
const HELD_BY: &[&str] = &[
    "held",
    "manned",
    "controlled",
    "run",
    "occupied",
    "operated",
    "guarded",
    "used",
    "defended",
    "garrisoned",
];

/// Verbs whose subject is the agent of the event noun they take as object ("resumed
/// talks with", "provided training to", "stepped up attacks on").
pub(crate) const SUPPORT_LEMMAS: &[&str] = &[
    "launch",
    // ("ordered the expulsion of the French ambassador", "authorised the deployment of
    // troops")
    "order",
    "authorize",
    "authorise",
    "approve",
    "orchestrate",
    "engineer",
    "mastermind",
    "lodge",
    "file",
    "carry",
    "conduct",
    "stage",
    "mount",
    "wage",
    "hold",
    "resume",
    "restart",
    "renew",
    "join",
    "open",
    "begin",
    "start",
    "continue",
    "pursue",
    "intensify",
    "escalate",
    "step",
    "sign",
    "reach",
    "forge",
    "form",
    "establish",
    "extend",
    "provide",
    "offer",
    "deliver",
    "give",
    "lead",
    "make",
    "impose",
    "announce",
    "issue",
    "pledge",
    "swear",
    "voice",
    "express",
    "reaffirm",
    "reiterate",
];

/// Nouns of a bundle of aid an event noun names ("an aid package", "a weapons shipment").
const BUNDLES: &[&str] = &[
    "package",
    "shipment",
    "consignment",
    "tranche",
    "programme",
    "program",
];

/// Nouns that count or group events ("a round of talks", "a series of strikes").
pub(crate) const EVENT_QUANTITIES: &[&str] = &[
    "round", "series", "wave", "spate", "string", "number", "barrage", "campaign", "flurry",
];

/// The preposition naming the one an act is laid on by a verb of blaming or
/// attributing (lemma): "blamed the attack on …", "attributed the attack to …".
pub(crate) fn laid_on(lemma: &str) -> Option<&'static str> {
    match lemma {
        "blame" => Some("on"),
        "attribute" => Some("to"),
        _ => None,
    }
}

/// Nouns of a refuge found in a state ("found refuge in Iran", "enjoyed safe haven").
pub(crate) const REFUGE_NOUNS: &[&str] = &["refuge", "sanctuary", "haven"];

/// Verbs of a journey whose purpose ("for talks with …") is the traveller's act.
const JOURNEY_LEMMAS: &[&str] = &[
    "fly", "travel", "arrive", "go", "come", "head", "return", "visit", "land", "sail",
];

/// Nouns of agency in an event ("claimed responsibility for", "denied any role in").
const RESPONSIBILITY: &[&str] = &[
    "responsibility",
    "role",
    "involvement",
    "complicity",
    "hand",
];

/// Verbs of what an attack does to its victims ("were killed in …", "died in …").
const HARM_VERBS: &[&str] = &[
    "killed",
    "died",
    "wounded",
    "injured",
    "hurt",
    "captured",
    "kidnapped",
    "abducted",
    "detained",
    "destroyed",
    "damaged",
    "struck",
    "hit",
    "slain",
    "executed",
    "maimed",
];

/// The agent of a passive verb of harm named on the attack that did it: "were killed in
/// the TTP's overnight raid", "were wounded during Israel's strikes".
fn event_agent<'a>(sent: &Sent, ments: &[&'a Mention], t: usize) -> Option<&'a Mention> {
    let p = &sent.syn;
    if !HARM_VERBS.contains(&sent.word(t)) {
        return None;
    }
    p.children(t)
        .filter(|&c| {
            p.deprel(c) == "obl"
                && matches!(
                    case_of(sent, c),
                    Some("in" | "during" | "under" | "by" | "amid")
                )
                && crate::lexicon::lexicon()
                    .get(sent.word(c))
                    .is_some_and(|cands| cands.iter().any(|x| x.pos == crate::lexicon::Pos::Noun))
        })
        .find_map(|c| {
            p.children(c)
                .filter(|&g| matches!(p.deprel(g), "nmod:poss" | "amod" | "compound"))
                .find_map(|g| mention_at(sent, ments, g, false))
        })
}

/// Nouns of quantity, membership and organisation that stand for the actor of their
/// "of" phrase ("hundreds of Taliban fighters", "the government of Hamid Karzai").
pub(crate) const GROUP_HEADS: &[&str] = &[
    "hundreds",
    "dozens",
    "thousands",
    "scores",
    "crowd",
    "crowds",
    "some",
    "many",
    "most",
    "several",
    "all",
    "part",
    "members",
    "member",
    "fighters",
    "forces",
    "troops",
    "units",
    "unit",
    "leaders",
    "leader",
    "leadership",
    // an office of a state or group named by its "of" phrase ("the president of Kenya
    // met …", as "Kenya's president met …")
    "president",
    "presidents",
    "minister",
    "ministers",
    "king",
    "emir",
    "chancellor",
    "premier",
    "ruler",
    "chief",
    "head",
    "heads",
    "chiefs",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "ambassador",
    "ambassadors",
    "envoy",
    "officials",
    "agents",
    "representatives",
    "delegation",
    "delegations",
    "government",
    "branch",
    "wing",
    "elements",
    "instructors",
    "commanders",
    "supporters",
    "soldiers",
    "militants",
    "militiamen",
    "operatives",
    "advisers",
    "advisors",
    "envoys",
    "army",
    "regime",
    "administration",
    "council",
    "faction",
    "factions",
    "cells",
    // people and places that stand for who employs or holds them ("aid workers of
    // Action Against Hunger", "a station of the Haitian National Police")
    "workers",
    "staff",
    "employees",
    "personnel",
    "headquarters",
    "station",
    "stations",
    "base",
    "bases",
    "positions",
    "post",
    "posts",
    "camp",
    "camps",
    "ship",
    "vessel",
    "depot",
    "depots",
    "office",
    "offices",
    "convoy",
    "convoys",
    "vessels",
    "ships",
    "embassy",
    "consulate",
    "outpost",
    "outposts",
    "checkpoint",
    "checkpoints",
    "patrol",
];

/// The word that marks a nominal dependent ("to", "by", "against"), if any.
pub(crate) fn case_of(sent: &Sent, k: usize) -> Option<&str> {
    let p = &sent.syn;
    p.children(k)
        .find(|&c| p.deprel(c) == "case")
        .map(|c| sent.word(c))
}

/// The subject of the verb at `t` as a mention, following control, coordination and
/// relative clauses up the tree.
pub(crate) fn subject_of<'a>(sent: &Sent, ments: &[&'a Mention], t: usize) -> Option<&'a Mention> {
    subject(sent, ments, t, 0)
}

/// The subject of a verb, following control, coordination and relative clauses up the tree.
fn subject<'a>(sent: &Sent, ments: &[&'a Mention], t: usize, depth: u8) -> Option<&'a Mention> {
    let p = &sent.syn;
    if let Some(s) = p
        .children(t)
        .find(|&c| matches!(p.deprel(c), "nsubj" | "csubj"))
    {
        return mention_at(sent, ments, s, true);
    }
    if depth > 3 {
        return None;
    }
    let h = p.head(t)?;
    // the purpose of those a participle names as sent: "the Nato forces deployed to
    // support him" (the forces support, not the clause around the noun)
    if p.deprel(t) == "advcl"
        && p.children(t)
            .any(|c| p.deprel(c) == "mark" && sent.word(c) == "to")
        && p.deprel(h) == "acl"
        && p.xpos.get(h).is_some_and(|x| x == "VBN")
        && !p
            .children(h)
            .any(|c| matches!(p.deprel(c), "mark" | "obl:agent"))
    {
        return p.head(h).and_then(|n| mention_at(sent, ments, n, true));
    }
    // an adverbial -ing clause ("by backing", "of arming", "after seizing") takes the
    // subject of the clause it modifies, or the accused of a verb of judging
    // ("accused Rwanda of arming", "Iran has been accused of backing")
    // (or a participle set off by a comma, whose subject is the main clause's, even a
    // speaker's: "rejected a truce plan …, accusing the UAE of …")
    let comma_participle = p.deprel(t) == "advcl"
        && p.xpos[t] == "VBG"
        && t > 0
        && sent.word(t - 1) == ","
        && h < t
        // (of a main or reported clause: not of a subordinate one, "after Turkey
        // launched an incursion …, striking a deal" is the main clause's)
        && matches!(p.deprel(h), "root" | "ccomp" | "conj")
        && p.children(h).any(|c| p.deprel(c) == "nsubj")
        && !p.children(t).any(|c| matches!(p.deprel(c), "mark" | "nsubj"));
    // (a perfect gerund too: "sanctioned Sadio Camara for having helped the Wagner
    // Group")
    let perfect = p.xpos[t] == "VBN"
        && p.children(t)
            .any(|c| p.deprel(c) == "aux" && sent.word(c) == "having");
    let gerund = p.deprel(t) == "advcl"
        && (p.xpos[t] == "VBG" || perfect)
        && p.children(t).any(|c| {
            p.deprel(c) == "mark"
                && matches!(
                    sent.word(c),
                    "by" | "of"
                        | "for"
                        | "after"
                        | "before"
                        | "while"
                        | "in"
                        | "through"
                        | "without"
                )
        })
        || comma_participle;
    if gerund {
        let judged = !comma_participle
            && matches!(
                p.lemma[h].as_str(),
                "accuse"
                    | "blame"
                    | "suspect"
                    | "charge"
                    | "praise"
                    | "thank"
                    | "punish"
                    | "fault"
                    | "credit"
                    | "condemn"
                    | "criticize"
                    | "criticise"
                    | "sanction"
            );
        let obj = judged
            .then(|| p.children(h).find(|&c| p.deprel(c) == "obj"))
            .flatten();
        return match obj {
            Some(o) => mention_at(sent, ments, o, false),
            None => p
                .children(h)
                .find(|&c| p.deprel(c) == "nsubj:pass")
                .and_then(|c| mention_at(sent, ments, c, true))
                .or_else(|| {
                    if SPEECH.contains(&sent.word(h)) && !judged && !comma_participle {
                        None
                    } else {
                        subject(sent, ments, h, depth + 1)
                    }
                }),
        };
    }
    // "the decision by the U.S. to train and equip the SDF", "Iran's plan to arm …":
    // an infinitive on a noun takes the noun's agent or possessor
    if p.deprel(t) == "acl"
        && p.is_nominal(h)
        && p.children(t)
            .any(|c| p.deprel(c) == "mark" && sent.word(c) == "to")
    {
        return p
            .children(h)
            .find(|&c| {
                p.deprel(c) == "nmod:poss"
                    || (p.deprel(c) == "nmod" && case_of(sent, c) == Some("by"))
            })
            .and_then(|c| mention_at(sent, ments, c, true));
    }
    // a reported event does not take the reporter as its subject (but a passive verb of
    // belief raises its subject: "the network is believed to have carried out …")
    let raised = p.deprel(t) == "xcomp" && p.children(h).any(|c| p.deprel(c) == "nsubj:pass");
    // (one who denies or admits doing a thing is its doer: "denied carrying out air
    // strikes", "admitted sending weapons")
    let own_act = p.deprel(t) == "xcomp"
        && p.xpos.get(t).is_some_and(|x| x == "VBG")
        && matches!(
            p.lemma[h].as_str(),
            "deny" | "admit" | "acknowledge" | "confess" | "confirm"
        );
    if SPEECH.contains(&sent.word(h)) && !raised && !own_act {
        return None;
    }
    match p.deprel(t) {
        // object control ("helped the Taliban establish", "allowed Iran to open") or
        // subject control ("tried to recruit")
        "xcomp" => p
            .children(h)
            .find(|&c| p.deprel(c) == "obj")
            .and_then(|o| mention_at(sent, ments, o, false))
            // raising: "is believed to have carried out", "is thought to have bought"
            .or_else(|| {
                p.children(h)
                    .find(|&c| p.deprel(c) == "nsubj:pass")
                    .and_then(|c| mention_at(sent, ments, c, true))
            })
            .or_else(|| subject(sent, ments, h, depth + 1)),
        // "attacked the post and killed two guards": the first conjunct's subject
        "conj" => subject(sent, ments, h, depth + 1),
        // "a commander who attacked …": the noun the clause modifies
        "acl:relcl" => mention_at(sent, ments, h, true),
        _ => None,
    }
}

/// Whether the verb at `v` has a relative pronoun as its object ("which Iran funds"),
/// and its other objects ("which Kigali accuses Kinshasa of arming": "Kinshasa").
fn relative_objects(sent: &Sent, v: usize) -> (bool, Vec<usize>) {
    let p = &sent.syn;
    let relative = |c: usize| matches!(sent.word(c), "which" | "whom" | "that" | "who");
    let pronoun = p.children(v).any(|c| p.deprel(c) == "obj" && relative(c));
    let own = p
        .children(v)
        .filter(|&c| matches!(p.deprel(c), "obj" | "iobj") && !relative(c))
        .collect();
    (pronoun, own)
}

/// Lemmas of verbs that move goods from one to another ("shipped from Iran to …").
const TRANSFER_LEMMAS: &[&str] = &[
    "ship", "smuggle", "send", "transfer", "supply", "deliver", "funnel", "channel", "fly",
    "airlift", "truck", "move", "route", "traffic",
];

/// Whether token `t` is a present participle modifying a noun ("a resolution
/// condemning …").
pub(crate) fn active_participle(sent: &Sent, t: usize) -> bool {
    let p = &sent.syn;
    t < p.len()
        && p.deprel(t) == "acl"
        && p.xpos.get(t).is_some_and(|x| x == "VBG")
        && !p.children(t).any(|c| p.deprel(c) == "mark")
}

/// Whether token `k` is a noun naming an event of the lexicon ("offensive", "strike").
pub(crate) fn event_noun(sent: &Sent, k: usize) -> bool {
    crate::lexicon::lexicon()
        .get(sent.word(k))
        .is_some_and(|c| c.iter().any(|x| x.pos == crate::lexicon::Pos::Noun))
}

/// The rule name of a refuge found in a state ("found refuge in Iran").
pub const REFUGE_RULE: &str = "tree: refuge found in a state";

/// A verb trigger's arguments.
/// The object a free relative of naming stands for: "condemned what they called NATO's
/// expansion" condemns the expansion. Any other object is itself.
fn named_object(sent: &Sent, c: usize) -> usize {
    let p = &sent.syn;
    if sent.word(c) != "what" {
        return c;
    }
    p.children(c)
        .filter(|&r| {
            p.deprel(r) == "acl:relcl"
                && matches!(
                    p.lemma[r].as_str(),
                    "call" | "describe" | "term" | "label" | "dub" | "brand"
                )
        })
        .find_map(|r| {
            p.children(r).find(|&o| {
                matches!(p.deprel(o), "obj" | "xcomp")
                    || (matches!(p.deprel(o), "obl" | "advcl") && sent.marked(o, "as"))
            })
        })
        .unwrap_or(c)
}

pub fn verb<'a>(
    sent: &Sent,
    ments: &[&'a Mention],
    t: usize,
    target_preps: &[&str],
    reverse: bool,
) -> TreeArgs<'a> {
    let p = &sent.syn;
    if p.is_empty() || t >= p.len() {
        return TreeArgs::default();
    }
    let kids: Vec<usize> = p.children(t).collect();
    let agent = kids
        .iter()
        .find(|&&c| p.deprel(c) == "obl:agent")
        .and_then(|&c| mention_at(sent, ments, c, false));
    // (a relative clause of saying whose pronoun is the reported clause's subject:
    // "the M23, which the UN says is backed by Rwanda": the relative's noun)
    let said_of = || {
        let v = p.head(t).filter(|_| p.deprel(t) == "ccomp")?;
        (p.deprel(v) == "acl:relcl"
            && SPEECH.contains(&p.lemma[v].as_str())
            && p.children(v)
                .any(|c| p.deprel(c) == "obj" && matches!(sent.word(c), "which" | "who" | "that")))
        .then(|| p.head(v))
        .flatten()
        .and_then(|n| mention_at(sent, ments, n, true))
    };
    let pass_subj = kids
        .iter()
        .find(|&&c| p.deprel(c) == "nsubj:pass")
        .and_then(|&c| mention_at(sent, ments, c, true))
        .or_else(|| {
            kids.iter()
                .any(|&c| p.deprel(c) == "aux:pass")
                .then(said_of)
                .flatten()
        });
    let obj = kids
        .iter()
        .find(|&&c| matches!(p.deprel(c), "iobj" | "obj"))
        .map(|&c| named_object(sent, c))
        .and_then(|c| mention_at(sent, ments, c, false));
    let marked = |c: usize, labels: &[&str]| {
        labels.contains(&p.deprel(c)) && case_of(sent, c).is_some_and(|w| target_preps.contains(&w))
    };
    // "invited me to Iran": a person as object is the target, the place is not
    let person_obj = kids
        .iter()
        .any(|&c| p.deprel(c) == "obj" && p.upos(c) == "PRON");
    let prep_obj = || {
        if person_obj {
            return None;
        }
        kids.iter()
            .find(|&&c| marked(c, &["obl", "obl:arg", "nmod"]))
            .and_then(|&c| mention_at(sent, ments, c, false))
            .or_else(|| {
                // "sent weapons to the Taliban": the recipient may hang off the object
                kids.iter()
                    .filter(|&&c| p.deprel(c) == "obj")
                    .flat_map(|&o| p.children(o).collect::<Vec<_>>())
                    .find(|&g| marked(g, &["nmod"]))
                    .and_then(|g| mention_at(sent, ments, g, false))
            })
    };
    let passive = kids.iter().any(|&c| p.deprel(c) == "aux:pass");
    if pass_subj.is_some() || agent.is_some() || passive {
        // "Syria's Assad regime, supported by Iran and Russia": a participle's noun
        let modified = || {
            (p.deprel(t) == "acl")
                .then(|| p.head(t))
                .flatten()
                .filter(|&h| !event_noun(sent, h))
                .and_then(|h| mention_at(sent, ments, h, false))
        };
        // "weapons were shipped from Iran to the Houthis": where goods sent on were sent
        // from is their sender, when no agent is named
        let from_node = (TRANSFER_LEMMAS.contains(&p.lemma[t].as_str())
            && target_preps.contains(&"to"))
        .then(|| {
            kids.iter().copied().find(|&c| {
                matches!(p.deprel(c), "obl" | "obl:arg") && case_of(sent, c) == Some("from")
            })
        })
        .flatten();
        let sent_from = || from_node.and_then(|c| mention_at(sent, ments, c, false));
        // (the parser may hang where they went on where they came from)
        let sent_to = || {
            from_node
                .into_iter()
                .flat_map(|f| p.children(f))
                .find(|&c| p.deprel(c) == "nmod" && case_of(sent, c) == Some("to"))
                .and_then(|c| mention_at(sent, ments, c, false))
        };
        return TreeArgs {
            source: agent
                .or_else(|| event_agent(sent, ments, t))
                .or_else(sent_from),
            target: pass_subj
                .or_else(prep_obj)
                .or_else(modified)
                .or_else(sent_to),
            how: "tree: obl:agent / nsubj:pass",
        };
    }
    // a passive participle modifying a noun: "forces trained by Iran" (not a content
    // clause: "the accusation that Colombia sends …")
    if p.deprel(t) == "acl" && !kids.iter().any(|&c| p.deprel(c) == "mark") {
        if let Some(h) = p.head(t) {
            // an active one: "a resolution condemning the invasion", "a militia fighting
            // the army": the noun does it
            if active_participle(sent, t) {
                // ("filed a case at the ICJ accusing Algeria of …", "issued a statement
                // condemning …": a filing or a statement speaks for whoever filed or
                // issued it)
                let filer = (matches!(
                    p.lemma[h].as_str(),
                    "case"
                        | "complaint"
                        | "lawsuit"
                        | "suit"
                        | "petition"
                        | "letter"
                        | "statement"
                        | "communiqué"
                        | "communique"
                        | "note"
                        | "declaration"
                ) && p.deprel(h) == "obj")
                    .then(|| p.head(h))
                    .flatten()
                    .and_then(|g| subject(sent, ments, g, 0));
                return TreeArgs {
                    source: filer.or_else(|| mention_at(sent, ments, h, true)),
                    target: prep_obj().or(obj),
                    how: "tree: acl active participle",
                };
            }
            // "a Houthi missile fired at Riyadh", "rockets launched by Hezbollah at
            // Haifa": munitions fired are their owner's act on where they were fired
            let fired = crate::claims::FIRING.contains(&p.lemma[t].as_str())
                && crate::claims::MUNITIONS.contains(&p.lemma[h].as_str());
            if fired {
                return TreeArgs {
                    source: agent.or_else(|| mention_at(sent, ments, h, false)),
                    target: prep_obj(),
                    how: "tree: munitions fired",
                };
            }
            // (an event is no target: "the Turkish offensive, supported by Turkish
            // artillery" supports no one)
            return TreeArgs {
                source: agent,
                target: (!event_noun(sent, h))
                    .then(|| mention_at(sent, ments, h, false))
                    .flatten(),
                how: "tree: acl participle",
            };
        }
    }
    let from = || {
        kids.iter()
            .find(|&&c| {
                matches!(p.deprel(c), "obl" | "obl:arg")
                    && matches!(case_of(sent, c), Some("from" | "by"))
            })
            .and_then(|&c| mention_at(sent, ments, c, false))
    };
    let subj = subject(sent, ments, t, 0);
    // "Kataib Hezbollah, which Iran funds": the relative clause's object is the noun it modifies
    if p.deprel(t) == "acl:relcl" {
        // (not where the verb has an object of its own besides: "which Kigali accuses
        // Kinshasa of arming", where the pronoun is the gerund's)
        let (pronoun, own) = relative_objects(sent, t);
        let rel_obj = pronoun
            && !own
                .iter()
                .any(|&c| mention_at(sent, ments, c, false).is_some());
        // ("Qais al-Khazali, whose militia fought US forces": the noun is the possessor
        // of the clause's subject, no argument of its verb)
        let own_subj = kids.iter().any(|&c| {
            p.deprel(c) == "nsubj"
                && !matches!(sent.word(c), "which" | "who" | "that")
                && !p.children(c).any(|g| sent.word(g) == "whose")
        });
        if rel_obj || (own_subj && !kids.iter().any(|&c| p.deprel(c) == "obj")) {
            if let Some(h) = p.head(t) {
                return TreeArgs {
                    source: subj,
                    target: prep_obj().or_else(|| mention_at(sent, ments, h, false)),
                    how: "tree: relative clause object",
                };
            }
        }
    }
    // "The VDP, whom Ouagadougou recruited and armed": a verb coordinated with a
    // relative clause's verb shares the pronoun object when it has none of its own
    if p.deprel(t) == "conj" && !reverse && !kids.iter().any(|&c| p.deprel(c) == "obj") {
        if let Some(h) = p.head(t).filter(|&h| p.deprel(h) == "acl:relcl") {
            let (pronoun, own) = relative_objects(sent, h);
            if pronoun && own.is_empty() {
                if let Some(n) = p.head(h) {
                    return TreeArgs {
                        source: subj,
                        target: prep_obj().or_else(|| mention_at(sent, ments, n, false)),
                        how: "tree: relative clause object, coordinated verb",
                    };
                }
            }
        }
    }
    if reverse {
        return TreeArgs {
            source: from(),
            target: subj,
            how: "tree: from↓ verb ↓nsubj",
        };
    }
    // "The FDLR, which Kigali accuses Kinshasa of arming": a clause under a relative
    // clause whose verb has an object of its own besides the pronoun is the pronoun's
    let stranded = || {
        let h = p
            .head(t)
            .filter(|_| matches!(p.deprel(t), "advcl" | "xcomp"))?;
        let (pronoun, own) = relative_objects(sent, h);
        (p.deprel(h) == "acl:relcl"
            && pronoun
            && !own.is_empty()
            && !kids.iter().any(|&c| p.deprel(c) == "obj"))
        .then(|| p.head(h))
        .flatten()
        .and_then(|n| mention_at(sent, ments, n, false))
    };
    TreeArgs {
        source: subj,
        target: prep_obj().or(obj).or_else(stranded),
        how: "tree: nsubj / obj",
    }
}

/// A noun trigger's arguments: the possessor or adjective ("Iran's help", "the Iranian
/// assault") or a `by`/`from` phrase as source, the phrase its preposition marks as
/// target.
pub fn noun<'a>(
    sent: &Sent,
    ments: &[&'a Mention],
    t: usize,
    target_preps: &[&str],
) -> TreeArgs<'a> {
    let p = &sent.syn;
    if p.is_empty() || t >= p.len() {
        return TreeArgs::default();
    }
    let kids: Vec<usize> = p.children(t).collect();
    // "Taliban leaders found refuge in Iran", "took sanctuary in Pakistan": the state a
    // refuge is found in gives it to the verb's subject
    if REFUGE_NOUNS.contains(&p.lemma[t].as_str()) && p.deprel(t) == "obj" {
        if let Some(h) = p.head(t).filter(|&h| {
            matches!(
                p.lemma[h].as_str(),
                "find" | "take" | "seek" | "enjoy" | "get" | "receive" | "have" | "gain"
            )
        }) {
            let host = kids
                .iter()
                .chain(p.children(h).collect::<Vec<_>>().iter())
                .copied()
                .filter(|&c| {
                    matches!(p.deprel(c), "nmod" | "obl") && case_of(sent, c) == Some("in")
                })
                .find_map(|c| {
                    mention_at(sent, ments, c, false)
                        .filter(|m| m.how != crate::mentions::How::Adjective)
                });
            let guest = p
                .children(h)
                .find(|&c| p.deprel(c) == "nsubj")
                .and_then(|c| mention_at(sent, ments, c, true));
            if host.is_some() && guest.is_some() {
                return TreeArgs {
                    source: host,
                    target: guest,
                    how: REFUGE_RULE,
                };
            }
        }
    }
    // a predicate noun: "The SDF has been Washington's main partner", "Iran and Saudi
    // Arabia have long been archrivals": the subject is one party, the possessor, the
    // noun's prepositional phrase or the subject's conjunct the other
    // (also under "one of" — "Cuba has long been one of Moscow's closest partners" —
    // and after a verb of becoming: "became allies", "have grown into close partners")
    let pred_subject = || -> Option<usize> {
        let nsubj = |k: usize| p.children(k).find(|&c| p.deprel(c) == "nsubj");
        if kids.iter().any(|&c| p.deprel(c) == "cop") {
            // (a raised subject: "is said to be behind many attacks on Nato forces",
            // "appears to be Moscow's closest ally")
            return nsubj(t).or_else(|| {
                let h = p.head(t).filter(|_| p.deprel(t) == "xcomp")?;
                p.children(h)
                    .find(|&c| matches!(p.deprel(c), "nsubj" | "nsubj:pass"))
            });
        }
        let h = p.head(t)?;
        if p.lemma[h] == "one" && p.deprel(t) == "nmod" && case_of(sent, t) == Some("of") {
            if p.children(h).any(|c| p.deprel(c) == "cop") {
                return nsubj(h);
            }
            // ("has become one of Kinshasa's closest partners", "counts as one of
            // Armenia's closest partners")
            let g = p.head(h)?;
            let becoming = matches!(p.deprel(h), "xcomp" | "obj")
                && matches!(p.lemma[g].as_str(), "become" | "remain");
            let counting = matches!(p.deprel(h), "obl" | "xcomp")
                && case_of(sent, h) == Some("as")
                && matches!(p.lemma[g].as_str(), "count" | "rank" | "emerge" | "serve");
            if becoming || counting {
                return nsubj(g);
            }
        }
        let becoming = (matches!(p.deprel(t), "xcomp" | "obj")
            && matches!(p.lemma[h].as_str(), "become" | "remain"))
            || (p.deprel(t) == "obl"
                && case_of(sent, t) == Some("into")
                && matches!(p.lemma[h].as_str(), "grow" | "turn" | "develop" | "evolve"));
        if becoming {
            return nsubj(h);
        }
        // "the Taliban act as India's proxy", "accused the Taliban of acting as India's
        // proxy": what one acts or serves as (a gerund of a verb of judging takes its
        // object as subject)
        let acting = matches!(p.deprel(t), "obl" | "xcomp")
            && case_of(sent, t) == Some("as")
            && matches!(
                p.lemma[h].as_str(),
                "act" | "serve" | "function" | "operate"
            );
        if acting {
            return nsubj(h).or_else(|| {
                let g = p.head(h).filter(|_| p.deprel(h) == "advcl")?;
                matches!(
                    p.lemma[g].as_str(),
                    "accuse" | "blame" | "suspect" | "charge"
                )
                .then(|| p.children(g).find(|&c| p.deprel(c) == "obj"))
                .flatten()
            });
        }
        None
    };
    // a noun of the other side in apposition: "Hezbollah, Iran's main ally in Lebanon,
    // …", "Iran's ally, Hezbollah, …"
    let pred_subject = || -> Option<usize> {
        pred_subject().or_else(|| {
            // (a possessor's: "two NATO allies, Hungary and Slovakia" are allies
            // within NATO, not NATO's)
            if !COUNTERPARTS.contains(&p.lemma[t].as_str())
                || !kids.iter().any(|&c| p.deprel(c) == "nmod:poss")
            {
                return None;
            }
            if p.deprel(t) == "appos" {
                return p.head(t);
            }
            kids.iter().copied().find(|&c| p.deprel(c) == "appos")
        })
    };
    if let Some(s) = pred_subject() {
        {
            let subj = mention_at(sent, ments, s, true);
            let other = kids
                .iter()
                .find(|&&c| {
                    p.deprel(c) == "nmod:poss"
                        || (p.deprel(c) == "nmod"
                            && case_of(sent, c).is_some_and(|w| target_preps.contains(&w)))
                })
                .and_then(|&c| mention_at(sent, ments, c, false))
                .or_else(|| {
                    p.children(s)
                        .find(|&c| p.deprel(c) == "conj")
                        .and_then(|c| mention_at(sent, ments, c, true))
                });
            if subj.is_some() && other.is_some() {
                return TreeArgs {
                    source: subj,
                    target: other,
                    how: "tree: copula",
                };
            }
        }
    }
    // a withdrawal's "of" phrase is who withdraws, its "from" phrase the place left (and
    // a deployment's who is deployed: "the deployment of Kenyan police to Haiti")
    let leaving = matches!(
        p.lemma[t].as_str(),
        "withdrawal"
            | "pullout"
            | "retreat"
            | "departure"
            | "exit"
            | "pullback"
            | "drawdown"
            | "deployment"
            | "redeployment"
    );
    let source = kids
        .iter()
        .find(|&&c| matches!(p.deprel(c), "nmod:poss" | "amod" | "compound"))
        .and_then(|&c| mention_at(sent, ments, c, false))
        .or_else(|| {
            kids.iter()
                .find(|&&c| {
                    p.deprel(c) == "nmod"
                        && if leaving {
                            case_of(sent, c) == Some("of")
                        } else {
                            matches!(case_of(sent, c), Some("by" | "from"))
                        }
                })
                .and_then(|&c| mention_at(sent, ments, c, false))
        })
        // (a "by" phrase the parser hung on the noun's last phrase: "the delivery of
        // guided bombs to the Rapid Support Forces by the United Arab Emirates", "the
        // ramming of a Philippine boat by a Chinese coast guard vessel")
        .or_else(|| {
            if leaving {
                return None;
            }
            let by = p.subtree(t).into_iter().find(|&d| {
                d > t
                    && p.deprel(d) == "nmod"
                    && case_of(sent, d) == Some("by")
                    && p.head(d) != Some(t)
                    && p.ancestors(d)
                        .into_iter()
                        .skip(1)
                        .take_while(|&a| a != t)
                        .all(|a| p.deprel(a) == "nmod")
            });
            // (or on the active verb whose object the noun is: "protested the ramming of
            // a supply boat by a Chinese coast guard vessel")
            let by = by.or_else(|| {
                let h = p.head(t).filter(|_| p.deprel(t) == "obj")?;
                if !p.children(h).any(|c| p.deprel(c) == "nsubj")
                    || p.children(h).any(|c| p.deprel(c) == "aux:pass")
                {
                    return None;
                }
                p.children(h).find(|&c| {
                    c > t
                        && matches!(p.deprel(c), "obl" | "obl:agent")
                        && case_of(sent, c) == Some("by")
                })
            })?;
            mention_at(sent, ments, by, false)
        });
    // the support verb whose object or passive subject the noun is: "X carried out an
    // attack on", "is believed to have launched an offensive" (its subject, through
    // raising and control), "Sanctions were imposed on X by Y" (its agent)
    // (through a noun of quantity: "held a fresh round of talks", "carried out a
    // series of strikes")
    // (or through the name it is in apposition to: "launched Operation Olive Branch, a
    // military campaign against …")
    let anchor = p
        .head(t)
        .filter(|&h| {
            (p.deprel(t) == "nmod"
                && case_of(sent, t) == Some("of")
                && EVENT_QUANTITIES.contains(&p.lemma[h].as_str()))
                || (p.deprel(t) == "appos"
                    && h < t
                    && sent.toks[h].cap
                    && mention_over(ments, h).is_none())
                // (or the bundle it names: "gave Moldova a €1.9 billion aid package")
                || (p.deprel(t) == "compound" && BUNDLES.contains(&p.lemma[h].as_str()))
        })
        .unwrap_or(t);
    let support = p.head(anchor).filter(|&h| {
        (matches!(p.deprel(anchor), "obj" | "nsubj:pass")
            // (a name the parser hung as a bare oblique: "launched Operation X, a …")
            || (anchor != t && p.deprel(anchor) == "obl" && case_of(sent, anchor).is_none()))
            && (crate::claims::LIGHT_VERBS.contains(&sent.word(h))
                || SUPPORT_LEMMAS.contains(&p.lemma[h].as_str())
                // ("issued arrest warrants for", "brought charges against": support
                // verbs of legal process)
                || (matches!(p.lemma[h].as_str(), "issue" | "unseal" | "bring")
                    && matches!(
                        p.lemma[anchor].as_str(),
                        "warrant" | "charge" | "indictment" | "lawsuit"
                    ))
                // (and of refuge: "found safe houses for his men")
                || (matches!(p.lemma[h].as_str(), "find" | "arrange" | "rent" | "secure")
                    && matches!(
                        p.lemma[anchor].as_str(),
                        "house" | "safehouse" | "haven" | "sanctuary" | "refuge"
                    )))
    });
    // "gave Ukraine €50 billion in aid": what a gift is given as
    let support = support.or_else(|| {
        p.head(t).filter(|&h| {
            p.deprel(t) == "obl"
                && case_of(sent, t) == Some("in")
                && matches!(p.lemma[h].as_str(), "give" | "provide" | "pledge" | "send")
        })
    });
    // "flew to Ankara for talks with …": the purpose of a journey is its traveller's
    let support = support.or_else(|| {
        p.head(t).filter(|&h| {
            p.deprel(t) == "obl"
                && case_of(sent, t) == Some("for")
                && JOURNEY_LEMMAS.contains(&p.lemma[h].as_str())
        })
    });
    let source = source.or_else(|| {
        let h = support?;
        if matches!(p.deprel(anchor), "obj" | "obl") || p.deprel(t) == "obl" {
            subject(sent, ments, h, 0)
        } else {
            p.children(h)
                .find(|&c| p.deprel(c) == "obl:agent")
                .and_then(|c| mention_at(sent, ments, c, false))
        }
    });
    // "claimed responsibility for the attack", "denied any role in the bombing": the
    // subject of the verb whose object takes the event (the phrase may hang on the
    // noun or on the verb)
    let source = source.or_else(|| {
        let h = p.head(t)?;
        if !matches!(p.deprel(t), "nmod" | "obl") {
            return None;
        }
        let resp = |k: usize| RESPONSIBILITY.contains(&p.lemma[k].as_str());
        let v = if resp(h) && p.deprel(h) == "obj" {
            p.head(h)?
        } else if p.is_verbal(h) && p.children(h).any(|c| p.deprel(c) == "obj" && resp(c)) {
            h
        } else {
            return None;
        };
        subject(sent, ments, v, 0)
    });
    // "the Islamic State claimed the attack", "claimed a drone attack on Eilat": an act
    // claimed is the claimer's
    // (also a conjunct the parser made of a modifier: "claimed more than 170 rocket
    // and drone attacks")
    let source = source.or_else(|| {
        let mut a = t;
        while p.deprel(a) == "conj" {
            a = p.head(a)?;
        }
        let h = p.head(a)?;
        if p.lemma[h] != "claim" {
            return None;
        }
        match p.deprel(a) {
            "obj" => subject(sent, ments, h, 0),
            // ("the attack was claimed by al-Shabaab")
            "nsubj:pass" => p
                .children(h)
                .find(|&c| p.deprel(c) == "obl:agent")
                .and_then(|c| mention_at(sent, ments, c, false)),
            _ => None,
        }
    });
    // "Moscow blamed Kyiv for the attack on the concert hall", "held Hezbollah
    // responsible for the strike": the act one is blamed for is the blamed one's
    // (through a noun of quantity: "blamed for a string of attacks")
    let source = source.or_else(|| {
        // (and the act one is accused or suspected "of": "accused Moscow of the bombing
        // of Kharkiv")
        let h = p.head(anchor)?;
        let prep = case_of(sent, anchor);
        if !matches!(p.deprel(anchor), "obl" | "nmod") || !matches!(prep, Some("for" | "of")) {
            return None;
        }
        let v = match (p.lemma[h].as_str(), prep) {
            ("blame" | "fault", Some("for")) => h,
            ("responsible", Some("for")) => p.head(h).filter(|&g| p.lemma[g] == "hold")?,
            ("accuse" | "suspect" | "convict", Some("of")) => h,
            // (the "of" phrase the parser hung on the accused: "accused Moscow of the
            // bombing of Kharkiv")
            (_, Some("of"))
                if p.deprel(anchor) == "nmod"
                    && p.deprel(h) == "obj"
                    && p.head(h).is_some_and(|g| {
                        matches!(p.lemma[g].as_str(), "accuse" | "suspect" | "convict")
                    }) =>
            {
                p.head(h)?
            }
            _ => return None,
        };
        p.children(v)
            .find(|&c| p.deprel(c) == "obj")
            .and_then(|c| mention_at(sent, ments, c, false))
            // ("the Haqqani network is blamed for …", "the Haqqani network, the
            // insurgent group blamed for a string of attacks …": the passive's subject,
            // the noun a reduced relative hangs on, or the name that noun is apposed to)
            .or_else(|| {
                // (a participle without an auxiliary is passive whatever its subject's
                // label)
                let bare = p.xpos[v] == "VBN" && !p.children(v).any(|c| p.deprel(c) == "aux");
                let subj = p
                    .children(v)
                    .find(|&c| p.deprel(c) == "nsubj:pass" || (bare && p.deprel(c) == "nsubj"));
                if let Some(m) = subj.and_then(|c| mention_at(sent, ments, c, true)) {
                    return Some(m);
                }
                // (or a relative clause's object pronoun: "Kataib Hezbollah, which
                // Washington blamed for the attack …")
                let relative_object = p
                    .children(v)
                    .any(|c| p.deprel(c) == "obj" && matches!(p.xpos[c].as_str(), "WDT" | "WP"));
                let n = p.head(v).filter(|_| {
                    p.deprel(v) == "acl"
                        || (p.deprel(v) == "acl:relcl" && (relative_object || subj.is_some()))
                })?;
                mention_at(sent, ments, n, false).or_else(|| {
                    p.head(n)
                        .filter(|&g| p.deprel(n) == "appos" && g < n)
                        .and_then(|g| mention_at(sent, ments, g, false))
                })
            })
    });
    // "blamed the attack on the Haqqani network", "the bombing was blamed on the
    // Taliban": the one an act is blamed on did it (as the charge, probable)
    let source = source.or_else(|| {
        // (and the one it is attributed to: "attributed the attack to the Haqqanis")
        let h = p.head(anchor)?;
        let prep = laid_on(&p.lemma[h])?;
        if !matches!(p.deprel(anchor), "obj" | "nsubj:pass") {
            return None;
        }
        p.children(h)
            .find(|&c| p.deprel(c) == "obl" && case_of(sent, c) == Some(prep))
            // (or where the parser hung it on the object's last phrase: "attributed the
            // attack on an army post near Tillabéri to the Islamic State")
            .or_else(|| {
                (prep == "to").then_some(())?;
                p.subtree(anchor).into_iter().find(|&d| {
                    d > t
                        && p.deprel(d) == "nmod"
                        && case_of(sent, d) == Some("to")
                        && p.ancestors(d)
                            .into_iter()
                            .skip(1)
                            .take_while(|&a| a != anchor)
                            .all(|a| p.deprel(a) == "nmod")
                })
            })
            .and_then(|c| mention_at(sent, ments, c, false))
    });
    // "has close ties with X and also cordial relations with Y": a noun after "and"
    // shares the verb whose object came before it, however the parser hung it
    let source = source.or_else(|| {
        let mut k = t;
        while k > 0 && matches!(p.upos(k - 1), "ADJ" | "ADV" | "DET") {
            k -= 1;
        }
        if k == 0 || sent.word(k - 1) != "and" {
            return None;
        }
        (0..t)
            .rev()
            .find(|&v| p.is_verbal(v) && p.children(v).any(|o| p.deprel(o) == "obj" && o < t))
            .and_then(|v| subject(sent, ments, v, 0))
    });
    let target = kids
        .iter()
        .find(|&&c| {
            p.deprel(c) == "nmod" && case_of(sent, c).is_some_and(|w| target_preps.contains(&w))
        })
        .and_then(|&c| mention_at(sent, ments, c, false))
        .or_else(|| {
            let h = support?;
            p.children(h)
                .find(|&c| {
                    p.deprel(c) == "obl"
                        && case_of(sent, c).is_some_and(|w| target_preps.contains(&w))
                })
                .and_then(|c| mention_at(sent, ments, c, false))
        })
        .or_else(|| {
            // "gave Israel military aid": the support verb's indirect object receives it
            let h = support?;
            p.children(h)
                .find(|&c| p.deprel(c) == "iobj")
                .and_then(|c| mention_at(sent, ments, c, false))
        })
        .or_else(|| {
            // "soldiers died in Ukraine's drone strike": the attack's victims are the
            // subject of the verb of harm it modifies (so is the one who lost people in
            // it: "The Burkinabe army lost dozens of soldiers in a JNIM raid")
            // (also "lost most of its senior commanders to Israeli strikes", where the
            // parser hung the "to" phrase on what was lost)
            let mut h = p.head(t)?;
            if p.deprel(t) == "nmod" && sent.marked(t, "to") {
                for _ in 0..3 {
                    if p.lemma[h] == "lose" || !matches!(p.deprel(h), "nmod" | "obl" | "obj") {
                        break;
                    }
                    h = p.head(h)?;
                }
            }
            let lost_to = p.lemma[h] == "lose" && sent.marked(t, "to");
            ((p.deprel(t) == "obl" && (HARM_VERBS.contains(&sent.word(h)) || p.lemma[h] == "lose"))
                || lost_to)
                .then(|| {
                    p.children(h)
                        .find(|&c| matches!(p.deprel(c), "nsubj" | "nsubj:pass"))
                        .and_then(|c| mention_at(sent, ments, c, true))
                })
                .flatten()
        })
        .or_else(|| {
            // "Kyiv's offensive forced Russian troops to pull back": the one an attack
            // forces to act is the one it hit
            let h = p.head(t)?;
            (p.deprel(t) == "nsubj"
                && matches!(p.lemma[h].as_str(), "force" | "compel" | "push" | "drive"))
            .then(|| {
                p.children(h)
                    .find(|&c| p.deprel(c) == "obj")
                    .and_then(|c| mention_at(sent, ments, c, false))
            })
            .flatten()
        })
        .or_else(|| {
            // "claimed responsibility for the bombing, which killed 40 Shiite
            // worshippers": a clause on the attack tells whom it hit
            p.children(t)
                .filter(|&c| {
                    p.deprel(c) == "acl:relcl"
                        && HARM_VERBS.contains(&sent.word(c))
                        && !p.children(c).any(|g| p.deprel(g) == "aux:pass")
                })
                .find_map(|c| {
                    p.children(c)
                        .find(|&o| p.deprel(o) == "obj")
                        .and_then(|o| mention_at(sent, ments, o, false))
                })
        });
    TreeArgs {
        source,
        target,
        how: "tree: nmod:poss / nmod",
    }
}

/// The outermost mention whose tokens include token `k`.
pub(crate) fn mention_over<'a>(ments: &[&'a Mention], k: usize) -> Option<&'a Mention> {
    ments
        .iter()
        .copied()
        .filter(|m| m.t0 <= k && k < m.t1)
        .max_by_key(|m| m.t1 - m.t0)
}

/// The syntactic head of a mention: its token whose head lies outside it.
pub(crate) fn head_of(sent: &Sent, m: &Mention) -> usize {
    let p = &sent.syn;
    (m.t0..m.t1)
        .find(|&k| p.head(k).is_none_or(|h| h < m.t0 || h >= m.t1))
        .unwrap_or(m.t0)
}

/// Whether mention `m` lies outside the clause on a noun that holds the trigger at `t`
/// (the trigger itself, or a purpose or control clause below it): "fought
/// the Nato forces deployed to support him" (the fighter is not the one who supports).
pub fn outside_noun_clause(sent: &Sent, m: &Mention, t: usize) -> bool {
    let p = &sent.syn;
    if p.is_empty() || t >= p.len() || m.t1 > p.len() {
        return false;
    }
    let mut a = t;
    for _ in 0..4 {
        match p.deprel(a) {
            "acl" | "acl:relcl" => return !p.subtree(a).contains(&head_of(sent, m)),
            "advcl" | "xcomp" => match p.head(a) {
                Some(h) => a = h,
                None => return false,
            },
            _ => return false,
        }
    }
    false
}

/// Whether a mention sits in a relative or appositive clause that does not hold token
/// `t` ("Kataib Hezbollah, which Iran funds, fired …": "Iran" for "fired").
pub fn in_other_clause(sent: &Sent, m: &Mention, t: usize) -> bool {
    let p = &sent.syn;
    if p.is_empty() || t >= p.len() || m.t1 > p.len() {
        return false;
    }
    let up_t = p.ancestors(t);
    for a in p.ancestors(head_of(sent, m)) {
        if up_t.contains(&a) {
            return false;
        }
        if matches!(p.deprel(a), "acl:relcl" | "acl" | "appos" | "parataxis") {
            return true;
        }
    }
    false
}

/// Mentions the tree coordinates with mention `m` (`conj` dependents of its head, and
/// theirs), of the same kind of actor as far as persons go.
pub fn conjuncts(sent: &Sent, ments: &[&Mention], m: &Mention) -> Vec<usize> {
    let p = &sent.syn;
    if p.is_empty() || m.t1 > p.len() {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut h0 = head_of(sent, m);
    // (a demonym or name on the phrase's head noun: "M23 fighters and Rwandan troops",
    // where the mention is "Rwandan")
    if matches!(p.deprel(h0), "amod" | "compound") {
        if let Some(g) = p.head(h0).filter(|&g| {
            g >= m.t1
                && p.upos(g) == "NOUN"
                && (ARMED_PEOPLE.contains(&p.lemma[g].as_str()) || p.lemma[g] == "troops")
        }) {
            if mention_over(ments, g).is_none() {
                h0 = g;
            }
        }
    }
    // (or the demonym that opens a mention on its noun, conjoined with demonyms before
    // it: "Russian, Chinese and Iranian warships", where the mention is "Iranian
    // warships")
    if m.t0 < h0 && p.deprel(m.t0) == "conj" && p.upos(m.t0) == "ADJ" {
        h0 = m.t0;
    }
    // a later conjunct: start from the first ("Rwanda and Uganda": from "Rwanda")
    while p.deprel(h0) == "conj" {
        match p.head(h0) {
            Some(g) => {
                if let Some(o) = mention_at(sent, ments, g, false) {
                    if o.actor != m.actor && !out.contains(&o.actor) {
                        out.push(o.actor);
                    }
                }
                h0 = g;
            }
            None => break,
        }
    }
    let mut stack = vec![h0];
    let mut seen = 0;
    while let Some(h) = stack.pop() {
        seen += 1;
        if seen > 12 {
            break;
        }
        for c in p.children(h).filter(|&c| p.deprel(c) == "conj") {
            // (a demonym on ground is no party: "let al-Qaeda or any other group use
            // Afghan soil")
            let ground = |o: &Mention| {
                matches!(o.how, crate::mentions::How::Adjective)
                    && (crate::words::PLACE_HEADS.contains(&sent.word(c))
                        || matches!(
                            p.lemma[c].as_str(),
                            "soil"
                                | "territory"
                                | "land"
                                | "airspace"
                                | "water"
                                | "border"
                                | "ground"
                        ))
            };
            if let Some(o) = mention_at(sent, ments, c, false).filter(|o| !ground(o)) {
                if o.actor != m.actor && !out.contains(&o.actor) {
                    out.push(o.actor);
                }
            }
            stack.push(c);
        }
    }
    out
}
