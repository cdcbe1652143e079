//! Claims from triggers: a lexicon word in a clause, its source and target
//! among the clause's mentions (active, passive, nominal), its modes.

use crate::doc::Sent;
use crate::lexicon::{aid_mode, assault_mode, has_sense, lexicon, Pos, Trigger, FIGHTING_NOUNS};
use crate::mentions::{Actors, How, Mention};
use crate::treeargs;
use crate::words::{is_det, is_prep, PLACE_HEADS, SPEECH};
use rapport_model::{ActorKind, ClaimType, Mode};

/// A claim before time, attribution and modality are attached.
#[derive(Debug, Clone)]
pub struct Draft {
    pub ty: ClaimType,
    pub modes: Vec<Mode>,
    pub role: Option<String>,
    pub source: usize,
    pub target: Option<usize>,
    /// Trigger token (time, attribution and modality are read around it).
    pub t: usize,
    /// Start of the trigger's clause.
    pub c0: usize,
    pub c1: usize,
    pub confidence: f64,
    pub rule: &'static str,
    /// Time from the relation itself ("assumed … in July 2015" → start only).
    pub open: Option<OpenEnd>,
    /// A passive with no agent ("He was killed"): its source is the earlier
    /// claim's about the same event, or there is no claim.
    pub agentless: bool,
}

impl Draft {
    /// A claim of `ty` from `source` to `target` read at token `t` of the clause
    /// `c0..c1` by a word-order pattern: no modes, role or open end, confidence 0.6.
    fn between(
        ty: ClaimType,
        source: usize,
        target: usize,
        t: usize,
        (c0, c1): (usize, usize),
        rule: &'static str,
    ) -> Draft {
        Draft {
            ty,
            modes: Vec::new(),
            role: None,
            source,
            target: Some(target),
            t,
            c0,
            c1,
            confidence: 0.6,
            rule,
            open: None,
            agentless: false,
        }
    }

    /// The same claim the other way round ("each side attacks the other").
    fn reversed(&self) -> Option<Draft> {
        Some(Draft {
            source: self.target?,
            target: Some(self.source),
            ..self.clone()
        })
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum OpenEnd {
    /// The time is the start of the relation.
    Start,
    /// The time is its end.
    End,
}

const BE: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "being", "get", "got", "gets", "getting",
];

/// A relative clause opened by the comma at `comma` (", who …", ", whose …") and
/// closed by a comma before token `t`: the span of its words, commas excluded.
pub fn closed_relative(sent: &Sent, comma: usize, t: usize) -> Option<(usize, usize)> {
    if sent.word(comma) != ","
        || !matches!(sent.word(comma + 1), "who" | "which" | "whose" | "whom")
    {
        return None;
    }
    let close = (comma + 2..t).find(|&k| sent.word(k) == ",")?;
    Some((comma + 1, close))
}

/// Whether the quotation mark at `i` opens or closes a few quoted words with no verb
/// among them, a phrase set off inside a clause ("pledged a \"no limits\" partnership",
/// "what it called \"terrorists\""), not a quotation of its own.
fn scare_quote(sent: &Sent, i: usize) -> bool {
    let quote = |k: usize| matches!(sent.word(k), "“" | "”" | "\"");
    let verbless = |a: usize, b: usize| {
        b > a + 1
            && (a + 1..b).all(|k| {
                !matches!(sent.syn.upos(k), "VERB" | "AUX")
                    && !matches!(sent.word(k), "," | "." | "?" | "!")
            })
    };
    let n = sent.toks.len();
    let opens = matches!(sent.word(i), "“" | "\"")
        && (i + 2..(i + 6).min(n))
            .find(|&k| quote(k))
            .is_some_and(|k| verbless(i, k));
    let closes = matches!(sent.word(i), "”" | "\"")
        && (i.saturating_sub(5)..i.saturating_sub(1))
            .rev()
            .find(|&k| quote(k))
            .is_some_and(|k| verbless(k, i));
    opens || closes
}

/// Clause bounds around token `t`: `;`, contrastive and subordinate conjunctions,
/// speech cues.
pub fn clause(sent: &Sent, t: usize) -> (usize, usize) {
    let n = sent.toks.len();
    let boundary = |i: usize| -> bool {
        let w = sent.word(i);
        // "… but were archenemies": a shared subject, one clause
        if w == "but"
            && matches!(
                sent.word(i + 1),
                "was" | "were" | "is" | "are" | "had" | "has" | "have" | "did" | "also" | "then"
            )
        {
            return false;
        }
        matches!(
            w,
            ";" | "but"
                | "while"
                | "whereas"
                | "although"
                | "though"
                | "because"
                | "—"
                | "–"
                | "however"
        ) || (matches!(w, "“" | "”" | "\"") && !scare_quote(sent, i))
            || SPEECH.contains(&w)
            // (not a name's word: "the United States"; not a noun: "the report")
            && !(sent.toks[i].cap && i > 0)
            && sent.syn.upos(i) != "NOUN"
            // (nor a speech verb the trigger is coordinated with: "rejected the report
            // and attacked Israel")
            && !(sent.syn.head(t) == Some(i) && sent.syn.deprel(t) == "conj")
            && !matches!(
                w,
                "documenting" | "documented" | "found" | "shows" | "showed"
            )
            // ", who …", ", where …": a relative clause is a clause of its own
            || (w == "," && matches!(sent.word(i + 1), "who" | "which" | "where" | "whose" | "whom"))
            // a complementizer opens a clause with its own subject ("the accusation that
            // Colombia trains …", "Iran insists that the Taliban …")
            || (w == "that" && sent.syn.deprel(i) == "mark")
    };
    let mut c0 = t;
    loop {
        while c0 > 0 && !boundary(c0 - 1) {
            c0 -= 1;
        }
        // "Kataib Hezbollah, which Iran funds, has fired …": a relative clause closed
        // before the trigger sits inside the main clause, which goes on to its left
        if c0 > 0 && closed_relative(sent, c0 - 1, t).is_some() {
            c0 -= 1;
            continue;
        }
        break;
    }
    // a relative clause between commas ends at its closing comma
    let in_relative = c0 > 0
        && sent.word(c0 - 1) == ","
        && matches!(sent.word(c0), "who" | "which" | "whose" | "whom");
    let mut c1 = t + 1;
    while c1 < n && !boundary(c1) && !(in_relative && sent.word(c1) == ",") {
        c1 += 1;
    }
    // a speech cue's "that"/"me" belongs to the cue
    while c0 < t && matches!(sent.word(c0), "that" | "me" | "us" | "reporters") {
        c0 += 1;
    }
    (c0, c1)
}

fn usable(m: &Mention) -> bool {
    !m.nested
}

/// A number, in figures ("1,200") or words ("six", "dozens").
fn is_count(w: &str) -> bool {
    (w.bytes().any(|b| b.is_ascii_digit()) && w.bytes().all(|b| b.is_ascii_digit() || b == b','))
        || matches!(
            w,
            "two"
                | "three"
                | "four"
                | "five"
                | "six"
                | "seven"
                | "eight"
                | "nine"
                | "ten"
                | "eleven"
                | "twelve"
                | "fifteen"
                | "twenty"
                | "thirty"
                | "forty"
                | "fifty"
                | "sixty"
                | "seventy"
                | "eighty"
                | "ninety"
                | "dozen"
                | "dozens"
                | "hundred"
                | "hundreds"
                | "thousands"
        )
}

fn skippable_mod(w: &str) -> bool {
    is_det(w)
        || is_count(w)
        || matches!(
            w,
            "former"
                | "current"
                | "some"
                | "other"
                | "several"
                | "many"
                | "most"
                | "local"
                | "senior"
                | "top"
                | "rival"
                | "neighbouring"
                | "neighboring"
        )
        || (w.ends_with("ern") && w.len() > 4)
        // "against Iran-backed Houthi rebels", "with Russian-trained forces"
        || patron_word(w)
}

/// Whether a mention only modifies a noun of the other side of a relation ("Iran's
/// allies", "Iranian allies"): the allies act, not Iran.
pub(crate) fn counterpart_modifier(sent: &Sent, m: &Mention) -> bool {
    let p = &sent.syn;
    let k = treeargs::head_of(sent, m);
    k < p.len()
        && matches!(p.deprel(k), "nmod:poss" | "amod" | "compound")
        && p.head(k)
            .is_some_and(|h| treeargs::COUNTERPARTS.contains(&p.lemma[h].as_str()))
}

/// Whether a word is a hyphenated modifier naming who backs or leads a group
/// ("Iran-backed", "Saudi-led").
pub(crate) fn patron_word(w: &str) -> bool {
    w.split_once('-')
        .is_some_and(|(_, part)| PATRON_PARTS.contains(&part))
}

/// The second halves of [`patron_word`]s.
const PATRON_PARTS: &[&str] = &[
    "backed",
    "led",
    "funded",
    "supported",
    "sponsored",
    "trained",
    "armed",
    "aligned",
    "allied",
    "affiliated",
    "linked",
    "controlled",
];

/// The preposition governing a mention ("with the Taliban" → "with"); a mention
/// coordinated with one ("with Pakistan and Afghanistan") shares it.
pub fn preceded_by_prep(sent: &Sent, m: &Mention) -> Option<String> {
    // ("a report seen by Reuters, North Korea shipped …": a clause's subject after a
    // comma is no further object of the preposition before it)
    if m.t0 > 0 && sent.word(m.t0 - 1) == "," {
        let h = treeargs::head_of(sent, m);
        if sent.syn.deprel(h).starts_with("nsubj") {
            return None;
        }
    }
    prep_before(sent, m.t0, 0)
}

pub fn prep_before(sent: &Sent, t0: usize, depth: u8) -> Option<String> {
    let mut k = t0;
    while k > 0 && skippable_mod(sent.word(k - 1)) {
        k -= 1;
    }
    if k == 0 {
        return None;
    }
    let w = sent.word(k - 1);
    // "from Iran's Revolutionary Guard", "against Russia's army": the possessor's
    // preposition is its armed organ's (not any possession's: "inspectors from the
    // EU's Operation Irini" are the EU's)
    let organ = || {
        let mut e = t0;
        while e + 1 < sent.toks.len() && sent.toks[e + 1].cap {
            e += 1;
        }
        matches!(
            sent.word(e),
            "guard"
                | "guards"
                | "army"
                | "forces"
                | "corps"
                | "navy"
                | "police"
                | "militia"
                | "intelligence"
                | "military"
        )
    };
    if matches!(w, "'s" | "'") && k >= 2 && depth < 3 && organ() {
        let mut j = k - 1;
        while j > 0 && sent.toks[j - 1].cap && sent.toks[j - 1].kind == rapport_text::TokKind::Word
        {
            j -= 1;
        }
        if j < k - 1 {
            return prep_before(sent, j, depth + 1);
        }
    }
    // "from elements in the Iranian state", "to factions within the regime": a vague
    // part of an actor stands for it, with the part's own preposition; so does an
    // actor's presence ("objections to the presence of US forces")
    if matches!(w, "in" | "within" | "inside" | "of")
        && k >= 2
        && (matches!(
            sent.word(k - 2),
            "elements" | "factions" | "circles" | "quarters" | "sections"
        ) || (w == "of" && sent.word(k - 2) == "presence"))
        && depth < 3
    {
        if let Some(p) = prep_before(sent, k - 2, depth + 1) {
            return Some(p);
        }
    }
    if is_prep(w) {
        return Some(w.to_string());
    }
    if matches!(w, "and" | "or" | ",") && depth < 3 {
        // walk back over the previous conjunct: capitalised words or a short name
        let mut j = k - 1;
        let mut steps = 0;
        while j > 0 && steps < 6 && (sent.toks[j - 1].cap || sent.toks[j - 1].lower.contains('.')) {
            j -= 1;
            steps += 1;
        }
        // (a date is no conjunct: "… on Saturday, his office said")
        let date = steps == 1
            && (rapport_text::WEEKDAYS.contains(&sent.toks[j].lower.as_str())
                || crate::timex::MONTHS
                    .iter()
                    .any(|(m, _)| *m == sent.toks[j].lower));
        if steps > 0 && !date {
            return prep_before(sent, j, depth + 1);
        }
    }
    None
}

const NON_VERBS: &[&str] = &[
    "and", "or", "nor", "but", "that", "which", "who", "whom", "then", "also", "both", "either",
    "neither", "only", "even", "not", "when", "while", "as", "if", "because", "so", "than",
    "whether", "where", "once", "now", "still", "already", "yet", "after", "before", "since",
    "until", "though", "although", "unless", "whereas", "whenever", "whose", "his", "her", "its",
    "their", "our", "my", "your",
];

/// A mention right after a verb-like word in its clause: an object, not a subject.
fn object_position(sent: &Sent, m: &Mention, c0: usize) -> bool {
    let mut k = m.t0;
    while k > c0 && skippable_mod(sent.word(k - 1)) {
        k -= 1;
    }
    if k <= c0 {
        return false;
    }
    let prev = &sent.toks[k - 1];
    prev.kind == rapport_text::TokKind::Word
        && !prev.cap
        && !is_prep(&prev.lower)
        && !NON_VERBS.contains(&prev.lower.as_str())
        && !prev.lower.ends_with("ly")
        && prev.lower != "'s"
        // "foreign minister Amir Khan Muttaqi": a title, not a verb, before the name
        && !crate::words::TITLES.contains(&prev.lower.as_str())
        && !crate::words::HONORIFICS.contains(&prev.lower.as_str())
        && !matches!(prev.lower.as_str(), "confidant" | "commander" | "spokesman" | "official" | "envoy" | "ambassador" | "chief" | "leader" | "founder" | "cleric" | "militant" | "fighter")
}

const AUX: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would",
    "could", "can", "may", "might", "must", "should", "shall", "did", "does", "do",
];

/// A name inside a hyphenated modifier of who backs or leads the noun after it
/// ("Iran-backed Houthi rebels", "a Saudi-led coalition"): the noun's patron, not the
/// noun, when another name follows.
pub(crate) fn patron_modifier(sent: &Sent, m: &Mention) -> bool {
    m.t1 > 0
        && patron_word(&sent.toks[m.t1 - 1].lower)
        && sent.toks.get(m.t1).is_some_and(|t| t.cap)
}

/// A mention that only modifies another: a possessor or classifier followed by
/// its head and another mention ("Afghanistan's hard-line Sunni Taliban",
/// "Taliban leader Mullah Omar", "their founding leader, Mullah Omar").
pub fn is_modifier(sent: &Sent, m: &Mention, ments: &[&Mention]) -> bool {
    let lex = lexicon();
    // "Saudi-backed", "Iran-aligned": a name inside a hyphenated modifier
    if m.t1 > 0
        && sent.toks[m.t1 - 1].span.end > m.span.end
        && sent.toks[m.t1 - 1].lower.contains('-')
    {
        return true;
    }
    let mut k = m.t1;
    let mut steps = 0;
    while k < sent.toks.len() && steps < 5 {
        if ments
            .iter()
            .any(|o| o.t0 == k && o.actor != m.actor && !matches!(o.how, How::Relative))
        {
            return steps > 0 || sent.word(m.t1) == "'s";
        }
        let t = &sent.toks[k];
        let w = t.lower.as_str();
        // a comma right after the mention is a list or an apposition, not a head noun
        let ok = w == "'s"
            || (w == "," && steps > 0 && sent.word(k - 1) != "'s")
            || w == "("
            || w == ")"
            || w == "["
            || w == "]"
            || (t.kind == rapport_text::TokKind::Word
                && (!t.cap || ments.iter().all(|o| !(o.t0 <= k && k < o.t1)))
                && !is_prep(w)
                && !is_det(w)
                && !AUX.contains(&w)
                && !NON_VERBS.contains(&w)
                && !SPEECH.contains(&w)
                && (!(w.ends_with("ed") || w.ends_with("ing"))
                    || sent.toks.get(k + 1).is_some_and(|n| {
                        n.kind == rapport_text::TokKind::Word
                            && !n.cap
                            && !is_prep(&n.lower)
                            && !is_det(&n.lower)
                    }))
                && !lex
                    .get(w)
                    .is_some_and(|c| c.iter().any(|x| x.pos == Pos::Verb))
                // (nor any word the tagger reads as a verb: "helped the Central African
                // army drive CPC rebels back")
                && !(k < sent.syn.len() && sent.syn.upos(k) == "VERB"));
        if !ok {
            return false;
        }
        k += 1;
        steps += 1;
    }
    false
}

/// Finds the trigger claims of a sentence.
///
/// `cue_tokens` are the verbs of the sentence's source cues; `speakers` the spans of the
/// speakers of trailing ones ("…, Israeli officials said"), which are no arguments.
pub fn triggers(
    sent: &Sent,
    actors: &Actors,
    cue_tokens: &[(usize, usize)],
    speakers: &[(usize, usize)],
) -> Vec<Draft> {
    let lex = lexicon();
    let n = sent.toks.len();
    let ments: Vec<&Mention> = actors
        .of_sentence(sent.idx)
        .into_iter()
        .filter(|m| usable(m))
        .filter(|m| !speakers.iter().any(|&(a, b)| a <= m.t0 && m.t1 <= b))
        .collect();
    let mut out = Vec::new();
    // (trigger, source) of the acts on a place, whose target is the place's state
    let mut on_place: Vec<(usize, usize)> = Vec::new();
    let has_whether = sent.toks.iter().any(|t| t.lower == "whether");
    let mut i = 0;
    while i < n {
        // "Iran-backed", "Saudi-funded": a compound with a mention inside
        if let Some(d) = compound(sent, i, &ments, actors) {
            out.push(d);
            i += 1;
            continue;
        }
        // "launched more than a hundred drones at …": a launch of weapons at a target
        // ("sent a swarm of explosive drones into an army base": sending munitions at a
        // target; "into" only towards a military site, as "sent weapons into Syria" is
        // a delivery)
        let launching = matches!(
            sent.word(i),
            "launch"
                | "launches"
                | "launched"
                | "launching"
                | "drop"
                | "drops"
                | "dropped"
                | "dropping"
        );
        let sending = matches!(
            sent.word(i),
            "send" | "sends" | "sent" | "sending" | "hurled" | "lobbed"
        );
        let launch_at = (launching || sending)
            && (i + 1..(i + 7).min(n)).any(|k| {
                matches!(
                    sent.word(k),
                    "rockets"
                        | "missiles"
                        | "drones"
                        | "shells"
                        | "mortars"
                        | "missile"
                        | "rocket"
                        | "bombs"
                        | "bomb"
                ) && (matches!(
                    sent.word(k + 1),
                    "at" | "on" | "against" | "toward" | "towards"
                ) || (sent.word(k + 1) == "into"
                    && (launching
                        || (k + 2..(k + 7).min(n)).any(|j| {
                            matches!(sent.word(j), "base" | "bases" | "positions" | "barracks")
                        }))))
            });
        if launch_at && !ments.iter().any(|m| m.t0 <= i && i < m.t1) {
            let trig = Trigger {
                participle: sent.word(i) == "launched",
                ..verb_trigger(
                    ClaimType::Assault,
                    vec![Mode::ArmedAttack],
                    &["at", "on", "against", "toward", "towards", "into"],
                    0.7,
                )
            };
            out.extend(frame(sent, actors, &ments, i, i + 1, &trig));
            i += 1;
            continue;
        }
        // word-order patterns outside the lexicon: "recalled their ambassadors from
        // Algiers" (a diplomatic sanction), "X and Y exchanged fire" (each side attacks),
        // "let TTP fighters shelter in Kunar" (a permission to shelter or pass is aid)
        let patterns: [PatternFn; 28] = [
            common_enemy,
            munition_that_hit,
            forced_to,
            together_with,
            shielded_from,
            goods_reached,
            drive_out,
            pull_out,
            leave_place,
            assets_frozen,
            handed_over,
            weight_behind,
            move_troops,
            shared_intelligence,
            at_odds,
            with_help_of,
            killing_in_strike,
            diplomatic_sanction,
            summoned_envoy,
            expelled_from,
            under_sanctions,
            held_in_custody,
            under_arrest,
            in_support_of,
            exchange_of_fire,
            permission,
            reciprocal,
            mutual_description,
        ];
        if let Some(d) = patterns.iter().find_map(|f| f(sent, actors, &ments, i)) {
            // ("threatened to strike Cyprus if it let Israel use its airports": the
            // condition is no event)
            if !in_condition(sent, i) {
                out.extend(d);
            }
            i += 1;
            continue;
        }
        let Some(cands) = lex.get(sent.word(i)) else {
            i += 1;
            continue;
        };
        // a speech cue is a claim only when it is itself an act ("accused Iran of …")
        let cue_word = cue_tokens.iter().any(|&(a, b)| a <= i && i < b);
        if (cue_word
            && !cands
                .iter()
                .any(|c| matches!(c.ty, ClaimType::Accuse | ClaimType::Reject)))
            || ments.iter().any(|m| m.t0 <= i && i < m.t1)
        {
            i += 1;
            continue;
        }
        let prev = if i > 0 { sent.word(i - 1) } else { "" };
        let nominal_ctx = is_det(prev)
            || prev == "'s"
            || prev.ends_with("al")
            || matches!(
                prev,
                "major"
                    | "massive"
                    | "new"
                    | "recent"
                    | "first"
                    | "covert"
                    | "material"
                    | "strategic"
                    | "military"
                    | "direct"
                    | "growing"
                    | "deadly"
                    | "suicide"
                    | "main"
            )
            || ments
                .iter()
                .any(|m| m.t1 == i && matches!(m.how, How::Adjective) && sent.word(i - 1) != "to")
            || (i + 1 < n
                && matches!(
                    sent.word(i + 1),
                    "on" | "against" | "of" | "from" | "between"
                )
                && !matches!(prev, "to" | "will" | "would" | "could" | "did"));
        // the tagger settles what the word heuristics guess: "withdrew from" is a verb,
        // "the attacks on" a noun
        // … except the tagger's classic slip, a name then an -s verb then its object
        // ("Russia arms the Syrian army")
        let name_verb_object = i > 0
            && ments.iter().any(|m| m.t1 == i)
            && sent.word(i).ends_with('s')
            && (is_det(sent.word(i + 1))
                || matches!(sent.word(i + 1), "its" | "their" | "his" | "her"));
        // ("Fighting between the army and the RSF broke out": a fight noun opening the
        // sentence before its "between" phrase, whatever the tagger read)
        let fight_between = i == 0 && sent.word(i + 1) == "between";
        let nominal_ctx = match sent.syn.upos(i) {
            _ if fight_between => true,
            "VERB" => false,
            "NOUN" if !name_verb_object => true,
            "NOUN" => false,
            _ => nominal_ctx,
        };
        let mut best: Option<&Trigger> = None;
        for c in cands {
            let fits = c
                .rest
                .iter()
                .enumerate()
                .all(|(k, w)| sent.word(i + 1 + k) == w);
            if !fits {
                continue;
            }
            let pos_ok = match c.pos {
                Pos::Noun => nominal_ctx || cands.iter().all(|x| x.pos == Pos::Noun),
                Pos::Verb => !nominal_ctx,
            };
            if pos_ok && best.is_none_or(|b| c.rest.len() > b.rest.len()) {
                best = Some(c);
            }
        }
        // "fired rockets at", "opened fire on": an attack, not a dismissal
        // (the munitions may follow a number: "fired about 40 rockets at", "fired more
        // than a dozen ballistic missiles at")
        let fire_attack = matches!(sent.word(i), "fire" | "fires" | "fired" | "firing")
            && (matches!(sent.word(i + 1), "at" | "on" | "upon" | "into")
                // ("a ballistic missile fired by the Houthis at Riyadh")
                || (i > 0 && aid_mode(sent.word(i - 1)) == Some(Mode::Weapons))
                || (i + 1..(i + 8).min(n)).any(|k| {
                    matches!(
                        sent.word(k),
                        "rockets"
                            | "missiles"
                            | "missile"
                            | "rocket"
                            | "shells"
                            | "mortars"
                            | "artillery"
                            | "drones"
                            | "bullets"
                            | "salvo"
                            | "volley"
                            | "barrage"
                            | "shots"
                            | "shot"
                            | "rounds"
                            | "cannon"
                            | "cannons"
                            | "grenades"
                            | "gas"
                            | "flares"
                    ) && (i + 1..k).all(|j| {
                        is_count(sent.word(j))
                            || matches!(
                                sent.word(j),
                                "a" | "an"
                                    | "about"
                                    | "around"
                                    | "some"
                                    | "more"
                                    | "than"
                                    | "no"
                                    | "fewer"
                                    | "less"
                                    | "over"
                                    | "nearly"
                                    | "almost"
                                    | "roughly"
                                    | "at"
                                    | "least"
                                    | "up"
                                    | "to"
                                    | "of"
                                    | "several"
                                    | "ballistic"
                                    | "cruise"
                                    | "anti-tank"
                                    | "guided"
                                    | "single"
                                    | "warning"
                                    // ("fired water cannon at", "fired tear gas at")
                                    | "water"
                                    | "tear"
                                    | "stun"
                            )
                    })
                }));
        let fire_trigger;
        if fire_attack {
            fire_trigger = Trigger {
                ty: ClaimType::Assault,
                modes: vec![Mode::ArmedAttack],
                target_preps: &["at", "on", "upon", "into", "against", "toward", "towards"],
                ..cands[0].clone()
            };
            best = Some(&fire_trigger);
        }
        let Some(trig) = best else {
            i += 1;
            continue;
        };
        let t_end = i + 1 + trig.rest.len();
        // "struck a deal with the Kurds": striking an agreement makes it, no attack (the
        // agreement's noun reads the verb as its support)
        if trig.ty == ClaimType::Assault
            && trig.pos == Pos::Verb
            && sent.syn.lemma.get(i).is_some_and(|l| l == "strike")
            && (t_end..(t_end + 4).min(n))
                .take_while(|&k| is_det(sent.word(k)) || matches!(sent.syn.upos(k), "ADJ" | "NOUN"))
                .any(|k| AGREEMENT_NOUNS.contains(&sent.word(k)))
        {
            i = t_end;
            continue;
        }
        // "the internationally recognised government", "a deployed unit": a participle as adjective
        // (an adverb only after a determiner: "the internationally recognised", not
        // "has repeatedly fired", "Al-Shabaab reportedly abducted"; after a number:
        // "six detained Americans")
        // (a year is no count: "in 2021 helped Addis Ababa")
        let year = prev.len() == 4 && prev.parse::<u32>().is_ok_and(|y| (1800..2200).contains(&y));
        let counted = !year && (is_count(prev) || matches!(prev, "several" | "many"));
        if trig.pos == Pos::Verb
            && trig.participle
            && i > 0
            && (is_det(prev)
                || counted
                || (prev.ends_with("ly")
                    && i >= 2
                    && (is_det(sent.word(i - 2))
                        || matches!(sent.word(i - 2), "'s" | "its" | "their" | "his" | "her"))))
            && sent.toks.get(t_end).is_some_and(|n| {
                n.kind == rapport_text::TokKind::Word
                    && (!n.cap || counted)
                    && !is_prep(&n.lower)
                    && !is_det(&n.lower)
                    && n.lower != "by"
            })
        {
            i = t_end;
            continue;
        }
        // "threatened to attack": the content of a threat is not an event that happened
        // ("threatened to resume attacks": nor the act a support verb carries there)
        if let Some(v) = threat_verb(sent, i).filter(|_| trig.ty != ClaimType::Threaten) {
            // "vowed to fight the Americans", "threatened to seize the Essequibo region
            // from Guyana": the threat is against the one attacked or coerced
            // ("warned Hamas to release the hostages" is no threat; "warned of
            // retaliation" is)
            if (!matches!(sent.word(v), "warned" | "warns") || sent.word(v + 1) == "of")
                && matches!(trig.ty, ClaimType::Assault | ClaimType::Coerce)
            {
                let mut t2 = trig.retyped(ClaimType::Threaten).modes(vec![]).object(true);
                // (a place taken is taken from its holder)
                let lemma = sent.syn.lemma.get(i).map_or("", String::as_str);
                if TAKING.contains(&lemma) || lemma == "annex" {
                    t2 = t2.preps(&["from"]);
                }
                // the claim is the threat: its modality and time are read at its verb
                out.extend(
                    frame(sent, actors, &ments, i, t_end, &t2)
                        .into_iter()
                        .map(|d| Draft { t: v, ..d }),
                );
            }
            i = t_end;
            continue;
        }
        // "cut ties with", "severed relations with": a sanction, not a cooperation
        if trig.ty == ClaimType::Cooperate
            && trig.pos == Pos::Noun
            && (i.saturating_sub(3)..i).any(|k| {
                matches!(
                    sent.word(k),
                    "cut"
                        | "cuts"
                        | "cutting"
                        | "severed"
                        | "sever"
                        | "severs"
                        | "broke"
                        | "break"
                        | "breaks"
                        | "suspended"
                        | "suspends"
                        | "downgraded"
                        | "froze"
                        | "freezes"
                        | "frozen"
                )
            })
        {
            let t2 = trig.retyped(ClaimType::Sanction).preps(&["with"]);
            out.extend(frame(sent, actors, &ments, i, t_end, &t2));
            i = t_end;
            continue;
        }
        // "dismissed Prime Minister X", "sacked the governor": removing a person from
        // office, not rejecting a claim
        if trig.ty == ClaimType::Reject
            && trig.pos == Pos::Verb
            && matches!(
                sent.word(i),
                "dismissed" | "dismisses" | "dismiss" | "dismissing"
            )
            && titled_person_after(sent, actors, &ments, t_end, 4, &[]).is_some()
        {
            let t2 = trig.retyped(ClaimType::Remove);
            out.extend(frame(sent, actors, &ments, i, t_end, &t2));
            i = t_end;
            continue;
        }
        // "returned the remains of two Israeli hostages", "returned the prisoners to
        // Kyiv": giving back captives or the dead concedes
        let returning = trig.ty == ClaimType::Travel
            && trig.pos == Pos::Verb
            && matches!(
                sent.word(i),
                "returned" | "return" | "returns" | "returning"
            )
            && (t_end..(t_end + 3).min(n)).any(|k| {
                matches!(
                    sent.word(k),
                    "remains" | "bodies" | "hostages" | "prisoners" | "captives" | "detainees"
                )
            });
        if returning {
            let t2 = trig
                .retyped(ClaimType::Concede)
                .preps(&["to", "of"])
                .modes(vec![]);
            out.extend(frame(sent, actors, &ments, i, t_end, &t2));
            i = t_end;
            continue;
        }
        // "returned fire": a journey has no object; "settle at a camp": a settling in a
        // place is no settlement
        if (trig.ty == ClaimType::Travel
            && trig.pos == Pos::Verb
            && matches!(
                sent.word(i),
                "returned" | "return" | "returns" | "returning"
            )
            && (is_det(sent.word(t_end)) || is_count(sent.word(t_end))))
            || (trig.ty == ClaimType::Agree
                && matches!(sent.word(i), "settle" | "settled" | "settles" | "settling")
                && is_prep(sent.word(t_end)))
        {
            i = t_end;
            continue;
        }
        // "used chemical weapons against the RSF": using arms against someone attacks
        // (and weapons whose use is an attack wherever they are used: "had used chemical
        // weapons in Ukraine", "used cluster munitions in Kharkiv")
        let banned = |k: usize| {
            k > 0
                && matches!(
                    sent.word(k - 1),
                    "chemical" | "nerve" | "cluster" | "barrel" | "incendiary" | "nuclear"
                )
        };
        let used_on = (t_end..(t_end + 5).min(n)).find(|&k| {
            aid_mode(sent.word(k)) == Some(Mode::Weapons)
                && (sent.word(k + 1) == "against"
                    || (banned(k) && matches!(sent.word(k + 1), "in" | "on")))
        });
        if trig.pos == Pos::Verb
            && matches!(sent.word(i), "used" | "use" | "uses" | "using")
            && used_on.is_some()
        {
            let preps: &'static [&'static str] = if used_on.is_some_and(banned) {
                &["against", "on", "in"]
            } else {
                &["against"]
            };
            let t2 = trig
                .retyped(ClaimType::Assault)
                .preps(preps)
                .modes(vec![Mode::ArmedAttack]);
            let mut drafts = frame(sent, actors, &ments, i, t_end, &t2);
            // (the place they were used in gives its state: "in Ukraine", "in Kharkiv")
            if drafts.is_empty() && used_on.is_some_and(banned) && i < sent.syn.len() {
                let p = &sent.syn;
                let place = p.children(i).find(|&c| {
                    p.deprel(c) == "obl" && matches!(treeargs::case_of(sent, c), Some("in" | "on"))
                });
                if let Some(place) = place {
                    drafts = frame(sent, actors, &ments, i, t_end, &t2.clone().placed());
                    for d in drafts.iter_mut() {
                        d.target = place_owner(sent, actors, &ments, place, d.source);
                    }
                    drafts.retain(|d| d.target.is_some());
                }
            }
            out.extend(drafts);
            i = t_end;
            continue;
        }
        // "to discuss disarming Hezbollah": what is discussed is a topic; only a "with"
        // phrase names a partner
        if matches!(
            sent.word(i),
            "discuss" | "discussed" | "discusses" | "discussing"
        ) && !(t_end..clause(sent, i).1).any(|k| sent.word(k) == "with")
        {
            i = t_end;
            continue;
        }
        // "lodged a formal protest with Beijing": a diplomatic protest accuses
        if trig.ty == ClaimType::Protest
            && trig.pos == Pos::Noun
            && (i.saturating_sub(3)..i).any(|k| {
                matches!(
                    sent.word(k),
                    "lodged" | "lodge" | "lodges" | "filed" | "file" | "files" | "delivered"
                )
            })
        {
            let t2 = trig.retyped(ClaimType::Accuse).preps(&["with", "to"]);
            out.extend(frame(sent, actors, &ments, i, t_end, &t2));
            i = t_end;
            continue;
        }
        // ("the US Navy patrol ship", "patrol vessels": a noun of joint activity that
        // modifies another noun names a kind of thing, not an activity)
        if trig.ty == ClaimType::Cooperate
            && trig.pos == Pos::Noun
            && sent.syn.deprel(i) == "compound"
            && sent.syn.head(i).is_some_and(|h| h > i)
        {
            i = t_end;
            continue;
        }
        // "demonstrated outside the US embassy": a protest at a building of someone's
        // (an embassy, a ministry, a base) is a protest against them
        if trig.ty == ClaimType::Protest && trig.pos == Pos::Verb {
            if let Some(holder) = protest_at_building(sent, &ments, t_end, clause(sent, i).1) {
                let mut drafts = frame(sent, actors, &ments, i, t_end, trig);
                for d in &mut drafts {
                    if d.ty == ClaimType::Protest && d.target.is_none() && d.source != holder {
                        d.target = Some(holder);
                    }
                }
                out.extend(drafts);
                i = t_end;
                continue;
            }
        }
        // "warned Riyadh that Saudi oil facilities would be struck": a warning of harm
        // to come threatens the one warned
        let warned_harm = (trig.ty == ClaimType::Accuse
            && trig.pos == Pos::Verb
            && matches!(sent.word(i), "warned" | "warns" | "warn" | "warning"))
        .then(|| {
            (t_end..n)
                .filter(|&k| matches!(sent.word(k), "would" | "will" | "'ll"))
                // (a few words on: "would be \"hell to pay\"", "would receive \"a strong
                // reciprocal blow\"")
                .find_map(|k| {
                    (k + 1..(k + 7).min(n)).find(|&x| {
                        (x < k + 4
                            && lex
                                .get(sent.word(x))
                                .is_some_and(|c| c.iter().any(|t| t.ty == ClaimType::Assault)))
                            || matches!(
                                sent.word(x),
                                "retaliate" | "respond" | "pay" | "blow" | "blows" | "hell"
                            )
                            // (or a measure of force or pressure: "that NATO would defend
                            // every inch", "that its inspectors would be expelled")
                            || matches!(
                                sent.syn.lemma.get(x).map_or("", String::as_str),
                                "defend"
                                    | "expel"
                                    | "punish"
                                    | "crush"
                                    | "destroy"
                                    | "face"
                                    | "sanction"
                                    | "eject"
                            )
                    })
                })
                // "warned Seoul of a merciless response", "warned of severe consequences"
                .or_else(|| {
                    let c1 = clause(sent, i).1;
                    (t_end..(t_end + 4).min(c1))
                        .find(|&k| sent.word(k) == "of")
                        .and_then(|k| {
                            (k + 1..(k + 5).min(c1)).find(|&x| {
                                matches!(
                                    sent.syn.lemma.get(x).map_or("", String::as_str),
                                    "response"
                                        | "retaliation"
                                        | "reprisal"
                                        | "consequence"
                                        | "revenge"
                                        | "punishment"
                                        | "retribution"
                                        | "war"
                                )
                            })
                        })
                })
        })
        .flatten();
        if let Some(harm) = warned_harm {
            let t2 = trig.retyped(ClaimType::Threaten);
            let found = frame(sent, actors, &ments, i, t_end, &t2);
            if found.is_empty() {
                out.extend(warned_clause(sent, &ments, i, harm));
            }
            out.extend(found);
            // (the harm warned of has not happened)
            i = harm + 1;
            continue;
        }
        // "reports later released by the US Army", "released a video": documents
        // released are published, not prisoners freed
        if trig.ty == ClaimType::Concede && trig.pos == Pos::Verb && released_document(sent, i) {
            i = t_end;
            continue;
        }
        // "allowed NRF fighters to train at camps near the border", "let Emirati aircraft
        // refuel at its air bases": letting another's forces use one's ground is material
        // help, not a word of support
        // (and the permitted passage is no journey of the one it helps: "allowing
        // weapons destined for the RSF to cross its territory")
        if trig.ty == ClaimType::Travel
            && trig.pos == Pos::Verb
            && sent.syn.ancestors(i).into_iter().skip(1).take(4).any(|a| {
                permitted_use(sent, a).is_some()
                    && sent.syn.children(a).any(|c| {
                        sent.syn.deprel(c) == "obj"
                            && aid_mode(sent.word(c)).is_some_and(|m| m != Mode::Personnel)
                    })
            })
        {
            i = t_end;
            continue;
        }
        if trig.ty == ClaimType::Support && trig.pos == Pos::Verb {
            if let Some(mode) = permitted_use(sent, i) {
                let t2 = trig
                    .retyped(ClaimType::Aid)
                    .modes(vec![mode])
                    .preps(&["to", "for"]);
                out.extend(frame(sent, actors, &ments, i, t_end, &t2));
                i = t_end;
                continue;
            }
        }
        // "attributed the attack to the Haqqani network": an accusation only when what
        // is attributed is an act ("a statement attributed to its spokesman" is not)
        if trig.ty == ClaimType::Accuse
            && sent.syn.lemma.get(i).is_some_and(|l| l == "attribute")
            && !attributed_act(sent, i)
        {
            i = t_end;
            continue;
        }
        // "blamed the kidnapping on the ELN": the one blamed follows "on"
        if trig.ty == ClaimType::Accuse
            && matches!(sent.word(i), "blamed" | "blame" | "blames" | "blaming")
            && (t_end..(t_end + 5).min(n))
                .any(|k| sent.word(k) == "on" && ments.iter().any(|m| m.t0 > k && m.t0 <= k + 2))
        {
            let t2 = trig.clone().preps(&["on"]);
            out.extend(frame(sent, actors, &ments, i, t_end, &t2));
            i = t_end;
            continue;
        }
        // "captured the town of Debre Markos from federal troops": taking a place from
        // its holder is an attack on the holder (also for the verbs of retaking the
        // lexicon reads as force: "retook Khartoum from the RSF")
        if matches!(trig.ty, ClaimType::Coerce | ClaimType::Assault)
            && trig.pos == Pos::Verb
            && TAKING.contains(&sent.syn.lemma.get(i).map_or("", String::as_str))
            && (t_end..clause(sent, i).1).any(|k| {
                sent.word(k) == "from"
                    && ments.iter().any(|m| m.t0 > k && m.t0 <= k + 4)
                    // (not goods: "seized weapons from the Taliban" coerces)
                    && (t_end..k).all(|x| aid_mode(sent.word(x)).is_none())
            })
        {
            let t2 = trig
                .retyped(ClaimType::Assault)
                .preps(&["from"])
                .modes(vec![Mode::ArmedAttack])
                .object(false);
            // (the place taken is no party, even a capital that names its state)
            let from = (t_end..clause(sent, i).1)
                .find(|&k| sent.word(k) == "from")
                .unwrap_or(t_end);
            let parties: Vec<&Mention> = ments
                .iter()
                .copied()
                .filter(|m| !(m.t0 >= t_end && m.t1 <= from))
                .collect();
            out.extend(frame(sent, actors, &parties, i, t_end, &t2));
            i = t_end;
            continue;
        }
        // "close ties", "strong links": an alignment more than a cooperation
        if trig.ty == ClaimType::Cooperate
            && trig.pos == Pos::Noun
            && i > 0
            && matches!(
                sent.word(i - 1),
                "close"
                    | "closer"
                    | "strong"
                    | "deep"
                    | "strategic"
                    | "longstanding"
                    | "long-standing"
                    | "historic"
                    | "warm"
            )
        {
            let t2 = trig.retyped(ClaimType::AlliedWith);
            out.extend(frame(sent, actors, &ments, i, t_end, &t2));
            i = t_end;
            continue;
        }
        // "eased the shortage", "lifted morale": easing or lifting concedes only a
        // restriction ("eased sanctions on", "lifted the blockade of")
        if trig.ty == ClaimType::Concede
            && matches!(
                sent.word(i),
                "ease" | "eased" | "eases" | "easing" | "lift" | "lifted" | "lifts" | "lifting"
            )
            && !(t_end..(t_end + 6).min(n)).any(|k| {
                matches!(
                    sent.word(k),
                    "sanctions"
                        | "restrictions"
                        | "blockade"
                        | "embargo"
                        | "ban"
                        | "bans"
                        | "curbs"
                        | "siege"
                        | "measures"
                        | "tariffs"
                        | "pressure"
                        | "controls"
                        | "freeze"
                )
            })
        {
            i = t_end;
            continue;
        }
        // "flew weapons to the RSF", "flew two planeloads of weapons to the Somali
        // army": cargo flown is no journey of the subject's (the cargo's words run up to
        // the first preposition after its own "of")
        let cargo = |k: usize| {
            aid_mode(sent.word(k)).is_some()
                || matches!(
                    sent.word(k),
                    "planeloads"
                        | "planeload"
                        | "shipments"
                        | "shipment"
                        | "cargo"
                        | "consignment"
                        | "consignments"
                        | "tonnes"
                        | "tons"
                )
        };
        let cargo_end = (t_end..(t_end + 6).min(n))
            .find(|&k| is_prep(sent.word(k)) && sent.word(k) != "of")
            .unwrap_or((t_end + 6).min(n));
        if trig.ty == ClaimType::Travel
            && trig.pos == Pos::Verb
            && (t_end..cargo_end).any(cargo)
            && !is_prep(sent.word(t_end))
        {
            // (flown to someone, it is delivered: aid)
            // ("flying attack drones against …" operates them: no delivery)
            if matches!(sent.syn.lemma.get(i).map(String::as_str), Some("fly"))
                && sent.word(cargo_end) == "to"
            {
                let t2 = trig.retyped(ClaimType::Aid).preps(&["to", "for"]);
                out.extend(frame(sent, actors, &ments, i, t_end, &t2));
            }
            i = t_end;
            continue;
        }
        // "Los Chapitos and La Mayiza, the two rival factions of the Sinaloa Cartel": rival
        // parts of a whole are each other's rivals, not the whole's (read by
        // `relations`)
        if matches!(sent.word(i), "rival" | "rivalling" | "warring" | "feuding")
            && matches!(
                sent.word(i + 1),
                "factions" | "wings" | "branches" | "clans" | "camps" | "cells"
            )
            && sent.word(i + 2) == "of"
        {
            i = t_end;
            continue;
        }
        // "rejected Donald Trump's offer to send US troops into Mexico to fight the
        // cartels": what an offer, a proposal or a plan would have someone do has not
        // happened (the offer itself is read by `proposals`)
        if offered_act(sent, i) {
            i = t_end;
            continue;
        }
        // "paid a visit to", "paid tribute to": no payment
        if matches!(sent.word(i), "pay" | "paid" | "pays" | "paying")
            && (t_end..(t_end + 4).min(n)).any(|k| {
                matches!(
                    sent.word(k),
                    "visit" | "visits" | "tribute" | "homage" | "respects" | "attention" | "price"
                )
            })
        {
            i = t_end;
            continue;
        }
        // "any American or Israeli attack": an event noun under "any" is no event that
        // happened
        // ("whether a summit … is possible": an event asked about did not happen)
        let asked_whether =
            has_whether && (clause(sent, i).0..i).any(|k| sent.word(k) == "whether");
        if (trig.pos == Pos::Noun && hypothetical_np(sent, i))
            || asked_whether
            || in_condition(sent, i)
            || warded_off(sent, i)
        {
            i = t_end;
            continue;
        }
        // "refused to negotiate with": the refusal is the claim (REJECT), the refused act
        // did not happen
        // (and the event noun of a verb refused: "refused to impose sanctions on Russia")
        let refused_at = |v: usize| {
            v >= 2 && sent.word(v - 1) == "to" && crate::words::REFUSING.contains(&sent.word(v - 2))
        };
        let refused_noun = trig.pos == Pos::Noun
            && i < sent.syn.len()
            && sent.syn.deprel(i) == "obj"
            && sent
                .syn
                .head(i)
                .is_some_and(|v| v < i && sent.syn.is_verbal(v) && refused_at(v));
        if ((trig.pos == Pos::Verb && refused_at(i)) || refused_noun)
            && !refused_not_done(sent, trig.ty, i)
        {
            i = t_end;
            continue;
        }
        // "cooperation agreements": a noun modifying another event noun is part of it
        // (not one inside its own trigger: "air strikes")
        if trig.pos == Pos::Noun
            && sent.syn.deprel(i) == "compound"
            && sent.syn.head(i).is_some_and(|h| {
                h >= t_end
                    && lex
                        .get(sent.word(h))
                        .is_some_and(|c| c.iter().any(|x| x.pos == Pos::Noun))
            })
        {
            i = t_end;
            continue;
        }
        // "relations between Kabul and Islamabad have been hostile": the state of the
        // relations says what they are
        if trig.ty == ClaimType::Cooperate && matches!(sent.word(i), "relations" | "ties") && {
            let (a, b) = clause(sent, i);
            (a..b).any(|k| {
                matches!(
                    sent.word(k),
                    "hostile" | "tense" | "strained" | "frosty" | "sour" | "soured" | "icy"
                )
            })
        } {
            let t2 = trig.retyped(ClaimType::HostileTo);
            out.extend(frame(sent, actors, &ments, i, t_end, &t2));
            i = t_end;
            continue;
        }
        // "strong political backing", "diplomatic support", "voiced support for": backing
        // in words is SUPPORT (not "voiced support for military aid")
        if trig.ty == ClaimType::Aid
            && trig.pos == Pos::Noun
            && ((i.saturating_sub(3)..i).any(|k| {
                matches!(
                    sent.word(k),
                    "political" | "diplomatic" | "moral" | "verbal" | "public" | "rhetorical"
                )
            }) || (matches!(sent.word(i), "support" | "backing")
                && (i.saturating_sub(4)..i).any(|k| {
                    sent.syn.upos(k) == "VERB"
                        && EXPRESS_LEMMAS
                            .contains(&sent.syn.lemma.get(k).map_or("", String::as_str))
                        && (k + 1..i).all(|x| {
                            // ("firm support": read as a noun, the firm)
                            (matches!(sent.syn.upos(x), "DET" | "ADJ" | "ADV" | "PRON")
                                || matches!(sent.word(x), "firm" | "full" | "solid"))
                                && aid_mode(sent.word(x)).is_none()
                                && !matches!(sent.word(x), "military" | "material")
                        })
                })))
        {
            let t2 = trig.retyped(ClaimType::Support).modes(vec![]);
            out.extend(frame(sent, actors, &ments, i, t_end, &t2));
            i = t_end;
            continue;
        }
        // "Israel intercepted a Houthi missile": munitions stopped in flight are no
        // seizure but their launcher's attack on the one who stopped them (where they
        // were fired at is read on the participle: "a Houthi missile fired at Riyadh")
        if trig.ty == ClaimType::Coerce
            && trig.pos == Pos::Verb
            && sent.syn.lemma.get(i).is_some_and(|l| l == "intercept")
        {
            let p = &sent.syn;
            let munition = p
                .children(i)
                .find(|&c| p.deprel(c) == "obj" && MUNITIONS.contains(&p.lemma[c].as_str()));
            if let Some(g) = munition {
                let firing = |c: usize| FIRING.contains(&p.lemma[c].as_str());
                let fired = p
                    .children(g)
                    .find(|&c| matches!(p.deprel(c), "acl" | "acl:relcl") && firing(c));
                let fired_at = fired.is_some_and(|f| {
                    p.children(f)
                        .any(|c| p.deprel(c) == "obl" && aimed_phrase(sent, c))
                });
                let first = p.subtree(g).first().copied().unwrap_or(g);
                let by = fired
                    .into_iter()
                    .flat_map(|f| p.children(f))
                    .find(|&c| p.deprel(c) == "obl:agent")
                    .and_then(|c| treeargs::mention_at(sent, &ments, c, false))
                    .map(|m| m.actor);
                let launcher = by.or_else(|| {
                    ments
                        .iter()
                        .find(|m| m.t0 >= first && m.t1 <= g && !m.locative)
                        .map(|m| m.actor)
                });
                // (munitions carried as cargo are seized goods: "intercepted rockets
                // which were sent by Iran to the Houthis")
                let cargo = p
                    .children(g)
                    .any(|c| matches!(p.deprel(c), "acl" | "acl:relcl") && !firing(c));
                let in_flight = !cargo && (fired.is_some() || launcher.is_some());
                if in_flight {
                    // (fired at a place or an actor: the participle's attack)
                    if let (false, Some(l)) = (fired_at, launcher) {
                        out.extend(
                            frame(sent, actors, &ments, i, t_end, &trig.clone().placed())
                                .into_iter()
                                .filter(|d| d.source != l)
                                .map(|d| Draft {
                                    ty: ClaimType::Assault,
                                    modes: vec![],
                                    source: l,
                                    target: Some(d.source),
                                    rule: INTERCEPTED_RULE,
                                    ..d
                                }),
                        );
                    }
                    i = t_end;
                    continue;
                }
            }
        }
        // "suspended Mali", "suspended aid to Kyiv": a sanction on a state; "suspended
        // RFI's broadcasts", "suspended the party": a restriction (COERCE) on others
        if trig.ty == ClaimType::Sanction
            && trig.pos == Pos::Verb
            && matches!(
                sent.syn.lemma.get(i).map(String::as_str),
                Some("suspend" | "expel")
            )
        {
            // ("suspended its attacks on US forces": one's own acts of force stopped are
            // read at their noun, a retreat)
            let own_force = sent.syn.children(i).any(|c| {
                sent.syn.deprel(c) == "obj"
                    && has_sense(sent.word(c), ClaimType::Assault, Pos::Noun)
            });
            if own_force {
                i = t_end;
                continue;
            }
            let drafts = frame(sent, actors, &ments, i, t_end, trig);
            // ("suspended peace talks with the ELN", "suspended ties with Israel": relations
            // broken off, with whoever they were, are a sanction)
            let relations = sent.syn.children(i).any(|c| {
                sent.syn.deprel(c) == "obj"
                    && matches!(
                        sent.syn.lemma[c].as_str(),
                        "talk"
                            | "talks"
                            | "negotiation"
                            | "dialogue"
                            | "relation"
                            | "relations"
                            | "tie"
                            | "ties"
                            | "cooperation"
                            | "contact"
                            | "contacts"
                    )
            });
            out.extend(drafts.into_iter().map(|d| {
                let state = d.target.is_some_and(|a| {
                    matches!(actors.list[a].kind, ActorKind::Country | ActorKind::Igo)
                });
                if state || relations {
                    d
                } else {
                    Draft {
                        ty: ClaimType::Coerce,
                        ..d
                    }
                }
            }));
            i = t_end;
            continue;
        }
        // "hosts a Russian naval base", "denied hosting a Chinese spy base", "hosts US
        // troops": a state's ground lent to another's forces is aid, not a meeting
        if trig.ty == ClaimType::Consult
            && trig.pos == Pos::Verb
            && sent.syn.lemma.get(i).is_some_and(|l| l == "host")
            && sent.syn.children(i).any(|c| {
                sent.syn.deprel(c) == "obj"
                    && matches!(
                        sent.word(c),
                        "base"
                            | "bases"
                            | "troops"
                            | "forces"
                            | "soldiers"
                            | "facility"
                            | "facilities"
                            | "station"
                            | "garrison"
                            | "contingent"
                            // ("accuse Iran of hosting commanders of the Baloch
                            // Liberation Army": armed men sheltered, unless for talks)
                            | "fighters"
                            | "militants"
                            | "commanders"
                            | "insurgents"
                            | "jihadists"
                            | "camps"
                    )
            })
            && !(i + 1..(i + 12).min(sent.toks.len()))
                .any(|k| crate::words::GATHERINGS.contains(&sent.word(k)))
        {
            let t2 = trig.retyped(ClaimType::Aid).modes(vec![Mode::Sanctuary]);
            out.extend(frame(sent, actors, &ments, i, t_end, &t2));
            i = t_end;
            continue;
        }
        // "Khamenei called for the destruction of Israel", "seeks the overthrow of the
        // regime": a ruin sought is hostility to its "of" phrase; a ruin told ("the
        // destruction of the bridge") is no stance
        if trig.ty == ClaimType::HostileTo && AIMED_RUIN.contains(&sent.word(i)) {
            let p = &sent.syn;
            let h = p.head(i);
            let aimed = h.is_some_and(|h| {
                matches!(
                    p.lemma[h].as_str(),
                    "call"
                        | "seek"
                        | "vow"
                        | "demand"
                        | "urge"
                        | "want"
                        | "advocate"
                        | "pursue"
                        | "push"
                        | "aim"
                        | "plot"
                        | "pledge"
                        | "threaten"
                )
            });
            if aimed {
                let src = h.and_then(|h| treeargs::subject_of(sent, &ments, h));
                let tgt = p
                    .children(i)
                    .find(|&c| p.deprel(c) == "nmod" && sent.marked(c, "of"))
                    .and_then(|c| treeargs::mention_at(sent, &ments, c, false));
                if let (Some(s), Some(t)) = (src, tgt) {
                    if s.actor != t.actor {
                        out.push(Draft {
                            confidence: 0.6,
                            ..Draft::between(
                                ClaimType::HostileTo,
                                s.actor,
                                t.actor,
                                i,
                                clause(sent, i),
                                "a ruin sought",
                            )
                        });
                    }
                }
            }
            i = t_end;
            continue;
        }
        // "Iran's opposition to the Taliban": opposition is hostility to what its "to"
        // or "against" phrase names; "Venezuela's opposition leader", "the opposition
        // party" name a country's political opposition, no stance of the country's
        if trig.ty == ClaimType::HostileTo && trig.pos == Pos::Noun && sent.word(i) == "opposition"
        {
            if matches!(sent.word(t_end), "to" | "against") {
                let mut t2 = trig.clone();
                t2.target_preps = &["to", "against"];
                out.extend(frame(sent, actors, &ments, i, t_end, &t2));
            }
            i = t_end;
            continue;
        }
        // "threatened to go to war": the threat, not a standing hostility
        if trig.ty == ClaimType::HostileTo
            && sent.word(i) == "war"
            && i > 0
            && sent.word(i - 1) == "to"
        {
            i = t_end;
            continue;
        }
        // "the envoys were received by Wang Yi": a host meeting guests, not aid
        // (the agent may come after the place and time: "was received in Riyadh in
        // September 2023 by the Saudi defence minister")
        let by_later = || {
            let c1 = clause(sent, i).1;
            (t_end..(t_end + 9).min(c1))
                .take_while(|&k| !matches!(sent.word(k), "from" | "," | "with"))
                .any(|k| sent.word(k) == "by")
        };
        if trig.reverse
            && matches!(sent.word(i), "received" | "welcomed" | "hosted")
            && (sent.word(t_end) == "by" || by_later())
            && i > 0
            && BE.contains(&sent.word(i - 1))
        {
            let t2 = trig
                .retyped(ClaimType::Consult)
                .modes(vec![])
                .object(false)
                .forward();
            out.extend(frame(sent, actors, &ments, i, t_end, &t2));
            i = t_end;
            continue;
        }
        // "Mohammed bin Salman received Zelensky in Jeddah": a host receiving a guest (a
        // person named right after the verb, nothing received "from" anyone)
        // ("received the US envoy Tom Barrack": the guest's titles may come first)
        let hosting = trig.reverse
            && matches!(
                sent.word(i),
                "received" | "receives" | "receiving" | "receive"
            )
            && !(t_end..clause(sent, i).1).any(|k| sent.word(k) == "from");
        let guest = hosting
            .then(|| {
                let titles = ["special", "foreign", "visiting", "'s"];
                titled_person_after(sent, actors, &ments, t_end, 5, &titles)
            })
            .flatten()
            // (or a delegation named by its side: "received a Russian delegation")
            .or_else(|| {
                hosting
                    .then(|| {
                        ments.iter().copied().find(|m| {
                            let party = |w: &str| {
                                matches!(
                                    w,
                                    "delegation"
                                        | "delegations"
                                        | "delegates"
                                        | "envoys"
                                        | "envoy"
                                        | "negotiators"
                                        | "negotiator"
                                        | "emissaries"
                                        | "emissary"
                                )
                            };
                            m.t0 >= t_end
                                && m.t0 <= t_end + 3
                                && (party(sent.word(m.t1)) || party(sent.word(m.t1 - 1)))
                        })
                    })
                    .flatten()
            });
        if let Some(g) = guest {
            let t2 = trig
                .retyped(ClaimType::Consult)
                .modes(vec![])
                .object(true)
                .forward();
            let mut met: Vec<Draft> = frame(sent, actors, &ments, i, t_end, &t2)
                .into_iter()
                .map(|mut d| {
                    // (not the guest's title's state: "the US envoy Tom Barrack")
                    if d.target != Some(g.actor)
                        && ments
                            .iter()
                            .any(|m| Some(m.actor) == d.target && m.t0 >= t_end && m.t1 <= g.t0)
                    {
                        d.target = Some(g.actor);
                    }
                    d
                })
                .collect();
            // (a delegation named by a demonym is no argument the frame takes: the
            // host meets its side)
            if met.is_empty() {
                if let Some(host) = treeargs::subject_of(sent, &ments, i).filter(|h| {
                    h.actor != g.actor && is_argument(sent, actors, h, ClaimType::Consult)
                }) {
                    met.push(Draft::between(
                        ClaimType::Consult,
                        host.actor,
                        g.actor,
                        i,
                        (host.t0.min(i), clause(sent, i).1),
                        "received a guest",
                    ));
                }
            }
            out.extend(met);
            i = t_end;
            continue;
        }
        // "replaced Akhtar Mansour as leader of the Taliban": a succession in a role
        // (read among the relations), not a removal
        // (but with a replacement named after "with" the subject removed the one
        // replaced: "replaced Getachew Reda as head of … with Tadesse Werede")
        if trig.ty == ClaimType::Remove
            && sent.syn.lemma.get(i).is_some_and(|l| l == "replace")
            && (t_end..clause(sent, i).1).any(|k| {
                sent.word(k) == "as"
                    && (k + 1..k + 4).any(|r| crate::relations::is_role_word(sent.word(r)))
            })
            && !sent.syn.subtree(i).into_iter().any(|c| {
                c > i
                    && matches!(sent.syn.deprel(c), "obl" | "nmod")
                    && sent.marked(c, "with")
                    && ments.iter().any(|m| {
                        m.t0 <= c && c < m.t1 && actors.list[m.actor].kind == ActorKind::Person
                    })
            })
        {
            i = t_end;
            continue;
        }
        // "removed it from the list of terrorist organisations", "removed the Taliban
        // from its sanctions list": taking someone off a list of designations eases a
        // sanction, a CONCESSION, not a removal from office
        if trig.ty == ClaimType::Remove
            && trig.pos == Pos::Verb
            && sent.syn.lemma.get(i).is_some_and(|l| l == "remove")
            && sent.syn.children(i).any(|c| {
                sent.syn.deprel(c) == "obl"
                    && sent.marked(c, "from")
                    && matches!(
                        sent.word(c),
                        "list" | "lists" | "blacklist" | "register" | "registry"
                    )
            })
        {
            let t2 = trig.retyped(ClaimType::Concede);
            out.extend(frame(sent, actors, &ments, i, t_end, &t2));
            i = t_end;
            continue;
        }
        // "refused to hand over TTP commanders to Pakistani authorities": a transfer
        // refused rejects the one who would receive, not what would be handed over
        if trig.ty == ClaimType::Reject
            && trig.pos == Pos::Verb
            && sent.word(t_end) == "to"
            && matches!(
                sent.syn.lemma.get(t_end + 1).map(String::as_str),
                Some(
                    "hand"
                        | "give"
                        | "extradite"
                        | "deliver"
                        | "return"
                        | "surrender"
                        | "send"
                        | "transfer"
                        | "release"
                )
            )
        {
            let c1 = clause(sent, i).1;
            let recipient = ments.iter().find(|m| {
                m.t0 > t_end + 1 && m.t1 <= c1 && preceded_by_prep(sent, m).as_deref() == Some("to")
            });
            if let Some(r) = recipient {
                let t2 = trig.clone().preps(&["to"]);
                out.extend(against(frame(sent, actors, &ments, i, t_end, &t2), r.actor));
                i = t_end;
                continue;
            }
        }
        // "is working directly with the YPG": work is cooperation only with the partner
        // its "with" or "alongside" phrase names ("engineers working on CPEC projects, a
        // UN report said" names none; "working with what Turkey views as …" names none)
        if trig.ty == ClaimType::Cooperate
            && trig.pos == Pos::Verb
            && sent.syn.lemma.get(i).is_some_and(|l| l == "work")
        {
            let partner = |a: usize| {
                ments.iter().any(|m| {
                    m.actor == a
                        && m.t0 > i
                        && matches!(
                            preceded_by_prep(sent, m).as_deref(),
                            Some("with" | "alongside")
                        )
                })
            };
            out.extend(
                frame(sent, actors, &ments, i, t_end, trig)
                    .into_iter()
                    .filter(|d| d.target.is_some_and(partner)),
            );
            i = t_end;
            continue;
        }
        // "fought alongside the M23", "fighting side by side with": partners, not foes
        if trig.ty == ClaimType::Assault
            && trig.pos == Pos::Verb
            && (t_end..(t_end + 3).min(n)).any(|k| {
                sent.word(k) == "alongside"
                    || (sent.word(k) == "side"
                        && sent.word(k + 1) == "by"
                        && sent.word(k + 2) == "side")
            })
        {
            let t2 = trig
                .retyped(ClaimType::Cooperate)
                .preps(&["alongside", "with"])
                .modes(vec![]);
            let partners = frame(sent, actors, &ments, i, t_end, &t2);
            // "fought alongside the Somali army against al-Shabaab": the foe the
            // "against" phrase names is attacked (and `co_agents` makes the partner
            // attack it too), however the parser hung the phrase
            let (_, c1) = clause(sent, i);
            let foe = ments.iter().find(|m| {
                m.t0 > t_end
                    && m.t1 <= c1
                    && preceded_by_prep(sent, m).as_deref() == Some("against")
                    && !m.locative
                    && is_argument(sent, actors, m, ClaimType::Assault)
            });
            if let Some(f) = foe {
                let mut sources: Vec<usize> = partners.iter().map(|d| d.source).collect();
                sources.dedup();
                for s in sources.into_iter().filter(|&s| s != f.actor) {
                    if let Some(d) = partners.iter().find(|d| d.source == s) {
                        out.push(Draft {
                            ty: ClaimType::Assault,
                            modes: trig.modes.clone(),
                            target: Some(f.actor),
                            rule: "fought alongside against",
                            ..d.clone()
                        });
                    }
                }
            }
            out.extend(partners);
            i = t_end;
            continue;
        }
        // "view X as a (major) threat": a standing hostility, not a threat made
        let hostile_view = trig.ty == ClaimType::Threaten
            && trig.pos == Pos::Noun
            && (i.saturating_sub(3)..i).any(|k| sent.word(k) == "as");
        if hostile_view {
            let t2 = trig.retyped(ClaimType::HostileTo).preps(&[]);
            out.extend(frame(sent, actors, &ments, i, t_end, &t2));
            i = t_end;
            continue;
        }
        // "ended its military cooperation with the United States", "revoked its defence
        // agreement with France": ties ended are relations broken, a SANCTION of the
        // partner
        let ending_verb = (matches!(
            trig.ty,
            ClaimType::Cooperate | ClaimType::Agree | ClaimType::AlliedWith
        ) && trig.pos == Pos::Noun)
            .then(|| {
                (i.saturating_sub(4)..i).find(|&k| {
                    let lemma = sent.syn.lemma.get(k).map_or("", String::as_str);
                    sent.syn.upos(k) == "VERB"
                        && matches!(
                            lemma,
                            "end"
                                | "terminate"
                                | "revoke"
                                | "cancel"
                                | "scrap"
                                | "abrogate"
                                | "annul"
                                | "renounce"
                                | "denounce"
                                | "suspend"
                                | "freeze"
                                | "sever"
                                | "rescind"
                                | "tear"
                        )
                        && (k + 1..i).all(|x| {
                            is_det(sent.word(x))
                                || matches!(sent.word(x), "its" | "their" | "his" | "her" | "up")
                                || matches!(sent.syn.upos(x), "ADJ" | "NOUN")
                        })
                })
            })
            .flatten();
        if ending_verb.is_some() {
            let t2 = trig
                .retyped(ClaimType::Sanction)
                .modes(vec![])
                .preps(&["with"]);
            out.extend(frame(sent, actors, &ments, i, t_end, &t2));
            i = t_end;
            continue;
        }
        // "the external operations arm of the IRGC", "attack helicopters": a noun of
        // force modifying another noun names a kind of thing, not an act
        if trig.ty == ClaimType::Assault
            && trig.pos == Pos::Noun
            && sent.syn.deprel(t_end - 1) == "compound"
            && sent
                .syn
                .head(t_end - 1)
                .is_some_and(|h| h > t_end - 1 && sent.syn.upos(h) == "NOUN")
            // (but flown or fired against someone they are used: "flying attack drones
            // against Viv Ansanm gangs")
            && !(t_end..clause(sent, i).1).any(|k| sent.word(k) == "against")
        {
            i = t_end;
            continue;
        }
        // "are no longer conducting combat operations", "halted its strikes", "gave up
        // the battle for the city": fighting stopped is a disengagement
        let stopping_verb = (trig.ty == ClaimType::Assault && trig.pos == Pos::Noun)
            .then(|| {
                (i.saturating_sub(4)..i).find(|&k| {
                    let lemma = sent.syn.lemma.get(k).map_or("", String::as_str);
                    let give_up = lemma == "give" && sent.word(k + 1) == "up";
                    sent.syn.upos(k) == "VERB"
                        && (matches!(
                            lemma,
                            "stop" | "cease" | "end" | "halt" | "suspend" | "abandon"
                        ) || give_up)
                        && (k + 1 + usize::from(give_up)..i).all(|x| {
                            is_det(sent.word(x))
                                || matches!(sent.word(x), "its" | "their" | "his" | "her")
                                || matches!(sent.syn.upos(x), "ADJ" | "NOUN")
                        })
                })
            })
            .flatten();
        let ceased = trig.ty == ClaimType::Assault
            && ((i.saturating_sub(4)..i)
                .any(|k| sent.word(k) == "no" && sent.word(k + 1) == "longer")
                || stopping_verb.is_some());
        if ceased {
            // ("halted its attacks on US troops": the attacks, on a named target, went
            // on until they stopped, and so did those one is told to halt)
            if stopping_verb.is_some() {
                out.extend(
                    frame(sent, actors, &ments, i, t_end, trig)
                        .into_iter()
                        .filter(|d| d.target.is_some())
                        .map(|d| Draft {
                            rule: PRESUPPOSED_RULE,
                            ..d
                        }),
                );
            }
            let t2 = trig.retyped(ClaimType::Retreat).modes(vec![]);
            let mut drafts = frame(sent, actors, &ments, i, t_end, &t2);
            // (with no possessor, the one who stops is the verb's subject: "the army gave
            // up the battle for Goma")
            if let (true, Some(v)) = (drafts.is_empty(), stopping_verb) {
                let t3 = Trigger {
                    pos: Pos::Verb,
                    participle: false,
                    ..t2.clone()
                };
                drafts = frame(sent, actors, &ments, v, v + 1, &t3)
                    .into_iter()
                    .map(|d| Draft { t: i, ..d })
                    .collect();
            }
            out.extend(drafts);
            i = t_end;
            continue;
        }
        let mut drafts = frame(sent, actors, &ments, i, t_end, trig);
        // (a case or complaint accuses only whom it is brought against: "filed a case at
        // the ICJ" accuses no court)
        if trig.ty == ClaimType::Accuse
            && trig.pos == Pos::Noun
            && matches!(
                sent.syn.lemma.get(i).map(String::as_str),
                Some("case" | "complaint" | "suit")
            )
        {
            drafts.retain(|d| {
                ments.iter().any(|m| {
                    Some(m.actor) == d.target
                        && m.t0 > i
                        && preceded_by_prep(sent, m).as_deref() == Some("against")
                })
            });
        }
        // "launched Operation Olive Branch, a military campaign against the YPG": an
        // event noun in apposition to an operation launched is launched by the verb's
        // subject, as "launched a campaign against …" is
        if drafts.is_empty() && trig.pos == Pos::Noun {
            if let Some(v) = launched_apposition(sent, i) {
                let t2 = Trigger {
                    pos: Pos::Verb,
                    participle: false,
                    ..trig.clone()
                };
                drafts = frame(sent, actors, &ments, v, t_end, &t2)
                    .into_iter()
                    .map(|d| Draft { t: i, ..d })
                    .collect();
            }
        }
        // "The M23 seized Goma", "took control of the village", "strikes inside the
        // city": force used on a place, with no actor named as its object, is an attack
        // with no target (a place taken by force: an attack, not an arrest)
        let taking = trig.ty == ClaimType::Coerce
            && trig.pos == Pos::Verb
            && TAKING.contains(&sent.syn.lemma.get(i).map_or("", String::as_str));
        // "its troops have intercepted arms", "weapons seized from a fishing vessel by
        // the US Navy": goods seized with no holder named are a seizure with no target
        if drafts.is_empty()
            && trig.ty == ClaimType::Coerce
            && trig.pos == Pos::Verb
            && matches!(
                sent.syn.lemma.get(i).map(String::as_str),
                Some("seize" | "intercept" | "confiscate" | "interdict" | "capture")
            )
        {
            // (munitions in flight are shot down, not seized: "intercepted a ballistic
            // missile fired by the Houthis at Riyadh")
            let in_flight = |g: usize| {
                sent.syn.children(g).any(|c| {
                    matches!(sent.syn.deprel(c), "acl" | "acl:relcl")
                        && matches!(sent.syn.lemma[c].as_str(), "fire" | "launch" | "shoot")
                })
            };
            if let Some(g) = goods_object(sent, i).filter(|&g| !in_flight(g)) {
                // (a reduced or relative clause on the goods names its seizer only by "by")
                let p = &sent.syn;
                let agent = !matches!(p.deprel(i), "acl" | "acl:relcl")
                    || p.children(i).any(|c| p.deprel(c) == "obl:agent");
                if agent {
                    drafts = frame(sent, actors, &ments, i, t_end, &trig.clone().placed());
                    let origin = goods_origin(sent, &ments, g, i);
                    for d in drafts.iter_mut() {
                        d.target = origin.filter(|&o| o != d.source);
                    }
                }
            }
        }
        // ("besieged El Fasher", "blockaded the Gaza Strip", "laid siege to Mariupol": a
        // place cut off is coerced, its holder the target)
        let siege = trig.ty == ClaimType::Coerce
            && matches!(
                sent.syn.lemma.get(i).map(String::as_str),
                Some("besiege" | "blockade" | "siege")
            );
        // (a word the tagger read as a name is no act: "ISIS Rout in Afghanistan")
        // (also where the act has a doer but no one it was done to: "fired rockets into
        // Kilis province")
        // (a place taken is no one taken, whatever name is on it: "seized the eastern
        // Congolese city of Goma")
        let place_taken = taking
            && sent.syn.children(i).any(|c| {
                let first = sent.syn.subtree(c).first().copied().unwrap_or(c);
                sent.syn.deprel(c) == "obj"
                    && PLACE_HEADS.contains(&sent.word(c))
                    && ments.iter().any(|m| {
                        m.t0 >= first
                            && m.t1 <= c
                            && drafts.iter().any(|d| d.target == Some(m.actor))
                    })
            });
        let place =
            ((drafts.is_empty() || drafts.iter().all(|d| d.target.is_none()) || place_taken)
                && (trig.ty == ClaimType::Assault || taking || siege)
                && matches!(sent.syn.upos(i), "VERB" | "NOUN"))
            .then(|| place_object(sent, &ments, &actors.venues_of(sent.idx), i, t_end, taking))
            .flatten();
        if let Some(place) = place {
            let mut t2 = if siege {
                trig.clone().placed()
            } else {
                trig.retyped(ClaimType::Assault).placed()
            };
            if taking {
                t2 = t2.modes(vec![Mode::ArmedAttack]);
            }
            drafts = frame(sent, actors, &ments, i, t_end, &t2);
            // (a place in one doer's territory is no one's target: "Syrian and Russian
            // jets bombed Idlib")
            let doers: Vec<usize> = drafts.iter().map(|d| d.source).collect();
            for d in drafts.iter_mut() {
                d.target = place_owner(sent, actors, &ments, place, d.source)
                    .filter(|o| !doers.contains(o));
                on_place.push((d.t, d.source));
            }
            // (sites and camps stand for a place only where its state is named: "struck
            // six sites in Pakistan"; "targeted storage sites in the city" says no more
            // than its verb)
            if STRUCK_SITES.contains(&sent.word(place)) {
                drafts.retain(|d| d.target.is_some());
            }
            // ("ISIS rout in Afghanistan", "the Sanaa strikes": a bare name before the
            // noun may be the one hit or the place, not the one who acts)
            drafts.retain(|d| {
                trig.pos == Pos::Verb
                    || !ments.iter().any(|m| {
                        m.actor == d.source
                            && m.t1 == i
                            && !matches!(m.how, How::Adjective | How::Pronoun)
                    })
            });
        }
        // "Al-Shabaab carried out the attack", "the attack was claimed by the Islamic
        // State", "claimed responsibility for the bombing": an attack its doer is named
        // carrying out or claiming is theirs, whoever it hit
        if drafts.is_empty() && trig.ty == ClaimType::Assault && sent.syn.upos(i) == "NOUN" {
            let p = &sent.syn;
            let owned = p.head(i).is_some_and(|h| {
                (matches!(p.deprel(i), "obj" | "nsubj:pass")
                    && matches!(
                        p.lemma[h].as_str(),
                        "carry" | "claim" | "stage" | "conduct" | "perpetrate" | "commit"
                    ))
                    || (matches!(p.deprel(i), "nmod" | "obl")
                        && p.lemma[h] == "responsibility"
                        && treeargs::case_of(sent, i) == Some("for"))
            });
            if owned {
                drafts = frame(sent, actors, &ments, i, t_end, &trig.clone().placed());
            }
        }
        // "Haftar's forces abandoned the al-Watiya air base" is a retreat; "abandoned the
        // talks", "abandon its Kurdish allies" are none
        if trig.ty == ClaimType::Retreat && abandons_no_place(sent, i) {
            i = t_end;
            continue;
        }
        // "when I asked whether Jaish al-Adl fighters slip across", "asked about the
        // talks": a question asked is no request
        if trig.ty == ClaimType::Request && question_asked(sent, i) {
            drafts.clear();
        }
        // "Azerbaijani police raided the Baku office of Sputnik": a raid or a storming by
        // the police is a search or an arrest, not an attack
        if police_raid(sent, i) {
            for d in drafts.iter_mut().filter(|d| d.ty == ClaimType::Assault) {
                d.ty = ClaimType::Coerce;
                d.modes.clear();
            }
        }
        // "clashes between X and Y", "fighting between": each side attacks the other
        // ("a prisoner swap between": each releases the other's)
        let mutual = matches!(trig.ty, ClaimType::Assault | ClaimType::Concede)
            && trig.pos == Pos::Noun
            && (FIGHTING_NOUNS.contains(&sent.word(i)) || sent.word(i) == "prisoner");
        // (and so is a clash "with" the other: "its fighters were clashing with the
        // Taliban", "clashes with ISKP")
        let clash_with = trig.ty == ClaimType::Assault
            && matches!(
                sent.syn.lemma.get(i).map(String::as_str),
                Some("clash" | "skirmish")
            )
            && sent.word(i + 1) == "with";
        let reversed: Vec<Draft> = drafts
            .iter()
            .filter(|d| {
                (mutual && d.rule == "nominal between") || (clash_with && d.target.is_some())
            })
            .filter_map(Draft::reversed)
            .collect();
        // "signed a mutual defence pact": the agreement makes the two allies
        // (and so does a partnership or alliance treaty: "signed a comprehensive
        // strategic partnership treaty")
        let defence_pact = trig.ty == ClaimType::Agree
            && (i..(i + 7).min(clause(sent, i).1)).any(|p| {
                let defence = matches!(sent.word(p), "pact" | "treaty" | "pacts" | "treaties")
                    && (p.saturating_sub(3)..p).any(|k| {
                        matches!(
                            sent.word(k),
                            "defence" | "defense" | "security" | "military"
                        )
                    });
                let partnership = p > 0
                    && matches!(
                        sent.word(p),
                        "pact" | "treaty" | "agreement" | "accord" | "charter"
                    )
                    && matches!(sent.word(p - 1), "partnership" | "alliance");
                defence || partnership
            });
        let allied: Vec<Draft> = drafts
            .iter()
            .filter(|d| defence_pact && d.target.is_some())
            .map(|d| Draft {
                ty: ClaimType::AlliedWith,
                modes: vec![],
                ..d.clone()
            })
            .collect();
        // "paid a state visit to Caracas", "Modi visited Ukraine": a person's visit to a
        // country is also a journey there (a state or group that visits is its envoys)
        let visit = trig.ty == ClaimType::Consult
            && matches!(sent.word(i), "visit" | "visits" | "visited" | "visiting");
        let journeys: Vec<Draft> = drafts
            .iter()
            .filter(|d| {
                visit
                    && actors.list[d.source].kind == ActorKind::Person
                    && d.target
                        .is_some_and(|t| actors.list[t].kind == ActorKind::Country)
            })
            .map(|d| Draft {
                ty: ClaimType::Travel,
                modes: vec![],
                ..d.clone()
            })
            .collect();
        // "was extradited by Mexico to the United States", "Kyrgyzstan extradited to
        // Tajikistan two members of …": a state that hands a person over to another at
        // its request works with the state that receives them
        let extradition =
            trig.ty == ClaimType::Coerce && sent.syn.lemma.get(i).is_some_and(|l| l == "extradite");
        let receiver = extradition
            .then(|| {
                let c1 = clause(sent, i).1;
                ments.iter().find(|m| {
                    m.t0 > i
                        && m.t1 <= c1
                        && matches!(
                            actors.list[m.actor].kind,
                            ActorKind::Country | ActorKind::StateOrgan
                        )
                        && preceded_by_prep(sent, m).as_deref() == Some("to")
                })
            })
            .flatten();
        let mut handed: Vec<Draft> = receiver
            .map(|r| {
                drafts
                    .iter()
                    .filter(|d| d.source != r.actor && d.target != Some(r.actor))
                    .map(|d| Draft {
                        ty: ClaimType::Cooperate,
                        modes: vec![],
                        target: Some(r.actor),
                        ..d.clone()
                    })
                    .collect()
            })
            .unwrap_or_default();
        let mut givers = Vec::new();
        handed.retain(|d| {
            let first = !givers.contains(&d.source);
            givers.push(d.source);
            first
        });
        out.extend(drafts);
        out.extend(reversed);
        out.extend(allied);
        out.extend(journeys);
        out.extend(handed);
        i = t_end;
    }
    // ("an air strike in Kabul … that targeted Noor Wali Mehsud": the act on a place by
    // one who also hits a named target in the sentence is that act, told twice)
    echoes(sent, actors, &ments, &mut out);
    conditional_threats(sent, actors, &ments, &mut out);
    judged_moves(sent, actors, &ments, &mut out);
    cited_grievances(sent, actors, &ments, &mut out);
    closing_allegation(sent, actors, &mut out);
    taken_from(sent, actors, &ments, &mut out);
    listed(sent, actors, &ments, &mut out);
    purchases(sent, actors, &ments, &mut out);
    reactions(sent, actors, &ments, &mut out);
    sent_into_town(sent, actors, &mut out);
    // ("suspended military aid to Kigali": aid cut off is no aid given, but a sanction)
    out.retain(|d| !(d.ty == ClaimType::Aid && cut_off(sent, d.t)));
    // ("fought for Katiba Macina", "fighting alongside the Houthis": whom one fights for
    // or beside is no enemy)
    out.retain(|d| {
        let Some(a) = d.target else { return true };
        if d.ty != ClaimType::Assault || sent.syn.lemma.get(d.t).is_none_or(|l| l != "fight") {
            return true;
        }
        let named: Vec<&&Mention> = ments
            .iter()
            .filter(|m| m.actor == a && d.c0 <= m.t0 && m.t0 < d.c1.max(d.t + 1))
            .collect();
        named.is_empty()
            || !named.iter().all(|m| {
                matches!(
                    preceded_by_prep(sent, m).as_deref(),
                    Some("for" | "alongside" | "beside")
                )
            })
    });
    // ("Trump threatened to send US troops into Nigeria": a state's own forces, sent or
    // used, are no party to its act: no aid to them, and the threat is against the place
    // they would be sent to or against)
    let own_organ = |d: &Draft| {
        d.target.is_some_and(|t| {
            let (src, tgt) = (&actors.list[d.source], &actors.list[t]);
            tgt.kind == ActorKind::StateOrgan
                && src.country.is_some()
                && src.country == tgt.country
                && matches!(src.kind, ActorKind::Person | ActorKind::Country)
                && !src.anonymous
        })
    };
    out.retain(|d| {
        !(d.ty == ClaimType::Aid
            && own_organ(d)
            && sent.syn.lemma.get(d.t).is_some_and(|l| {
                matches!(l.as_str(), "send" | "dispatch" | "deploy" | "fly" | "rush")
            }))
    });
    for d in out.iter_mut() {
        if d.ty != ClaimType::Threaten || !own_organ(d) {
            continue;
        }
        let own = actors.list[d.source].country.clone();
        if let Some(m) = ments.iter().find(|m| {
            m.t0 > d.t
                && m.t0 < d.c1.max(d.t + 1)
                && actors.list[m.actor].kind == ActorKind::Country
                && actors.list[m.actor].country != own
                && matches!(
                    preceded_by_prep(sent, m).as_deref(),
                    Some("into" | "to" | "against" | "on")
                )
        }) {
            d.target = Some(m.actor);
        }
    }
    // ("Viktor Orbán publicly backed Aleksandar Vučić": one leader backing another,
    // with nothing material named, is political support)
    for d in out.iter_mut() {
        let person = |a: Option<usize>| {
            a.is_some_and(|a| actors.list[a].kind == ActorKind::Person && !actors.list[a].anonymous)
        };
        if d.ty == ClaimType::Aid
            && sent.syn.lemma.get(d.t).is_some_and(|l| l == "back")
            && sent.syn.upos(d.t) == "VERB"
            && person(Some(d.source))
            && person(d.target)
            && d.modes.iter().all(|m| *m == Mode::Unspecified)
        {
            d.ty = ClaimType::Support;
            d.modes.clear();
        }
    }
    complete_pairs(sent, actors, &mut out);
    // ("warned residents of the east coast to prepare for a typhoon": a warning to
    // people at large is advice, no charge)
    out.retain(|d| {
        !(d.ty == ClaimType::Accuse
            && sent.syn.lemma.get(d.t).is_some_and(|l| l == "warn")
            && d.target.is_some_and(|t| {
                actors.list[t].kind == ActorKind::Group
                    && crate::mentions::COLLECTIVES.contains(&actors.list[t].name.as_str())
            }))
    });
    // ("refused to impose sanctions on Russia": the sanction not imposed is the claim,
    // not a rejection of Russia)
    let refused_acts: Vec<(usize, Option<usize>)> = out
        .iter()
        .filter(|d| d.t < sent.syn.len() && refused_not_done(sent, d.ty, d.t))
        .filter_map(|d| {
            let v = if sent.syn.upos(d.t) == "NOUN" {
                sent.syn.head(d.t)?
            } else {
                d.t
            };
            (v >= 2 && sent.word(v - 1) == "to").then(|| (v - 2, d.target))
        })
        .collect();
    out.retain(|d| {
        !(d.ty == ClaimType::Reject
            && refused_acts
                .iter()
                .any(|&(r, target)| r == d.t && target == d.target))
    });
    // ("lifted its arms embargo on the Somali government": a sanction lifted is the
    // lifting's, a concession, not a sanction imposed)
    // ("The Security Council's sanctions on Eritrea, imposed in 2009 …, were lifted in
    // 2018": a restriction lifted is a concession of whoever imposed it, and one the
    // sentence says was imposed was a sanction as well)
    let mut conceded = Vec::new();
    out.retain(|d| {
        if !(matches!(d.ty, ClaimType::Sanction | ClaimType::Coerce) && lifted(sent, d.t)) {
            return true;
        }
        // (read at the lifting verb, whose time it has: "were lifted in 2018")
        let v = sent.syn.head(d.t).unwrap_or(d.t);
        let (c0, c1) = clause(sent, v);
        conceded.push(Draft {
            ty: ClaimType::Concede,
            modes: Vec::new(),
            rule: "a restriction lifted",
            t: v,
            c0,
            c1,
            ..d.clone()
        });
        let p = &sent.syn;
        p.children(d.t)
            .any(|c| p.deprel(c) == "acl" && matches!(p.lemma[c].as_str(), "impose" | "reimpose"))
    });
    for c in conceded {
        if !out
            .iter()
            .any(|d| d.ty == c.ty && d.source == c.source && d.target == c.target)
        {
            out.push(c);
        }
    }
    // (also where the place's state is its target: "an air strike in Kabul")
    let placed = |d: &Draft| d.target.is_none() || on_place.contains(&(d.t, d.source));
    let targeted: Vec<usize> = out
        .iter()
        .filter(|d| d.ty == ClaimType::Assault && !placed(d))
        .map(|d| d.source)
        .collect();
    out.retain(|d| !(d.ty == ClaimType::Assault && placed(d) && targeted.contains(&d.source)));
    // ("agreed to restore diplomatic relations with Iran", "signed a dozen cooperation
    // agreements": what two parties agree to do together is the agreement's content,
    // not a second act of theirs)
    let agreed: Vec<(usize, Option<usize>, Vec<usize>)> = out
        .iter()
        .filter(|a| a.ty == ClaimType::Agree && a.t < sent.syn.len())
        .map(|a| (a.source, a.target, sent.syn.subtree(a.t)))
        .collect();
    out.retain(|d| {
        d.ty != ClaimType::Cooperate
            || !agreed.iter().any(|(s, t, span)| {
                let pair = (d.source == *s && d.target == *t)
                    || (Some(d.source) == *t && d.target == Some(*s));
                pair && span.contains(&d.t)
            })
    });
    out
}

/// Acts that, refused ("refused to impose sanctions on Russia", "refused to recognise
/// the junta"), are claims that they were not done, in place of a REJECT of their
/// target; any other act refused ("refused to negotiate with the M23") is the refusal's
/// REJECT alone.
/// (Of support, only recognition and endorsement: "refused to let UN inspectors board
/// ships" refuses the inspectors.)
pub(crate) fn refused_not_done(sent: &Sent, ty: ClaimType, t: usize) -> bool {
    match ty {
        ClaimType::Sanction
        | ClaimType::Coerce
        | ClaimType::Assault
        | ClaimType::Accuse
        | ClaimType::Threaten => true,
        ClaimType::Support => sent.syn.lemma.get(t).is_some_and(|l| {
            matches!(
                l.as_str(),
                "recognise" | "recognize" | "endorse" | "back" | "support"
            )
        }),
        _ => false,
    }
}

/// The rule of a threat read from a price someone will pay.
pub const PRICE_RULE: &str = "a price someone will pay, said";
/// The rule of a threat read from a retaliation warned of.
pub const RETALIATION_RULE: &str = "a retaliation warned of, against the doer of what it answers";

/// Whether the verb at `v` has a future modal ("will", "would", "'ll", "shall").
fn future_modal(sent: &Sent, v: usize) -> bool {
    sent.syn
        .children(v)
        .any(|c| matches!(sent.word(c), "will" | "would" | "'ll" | "shall"))
}

/// The organisation an unnamed spokesman speaks for, named right after "for" or "of"
/// ("a spokesman for the PLA Eastern Theater Command"): a threat or charge the spokesman
/// makes is the organisation's. Any other speaker is themself.
fn speaks_for(sent: &Sent, actors: &Actors, a: usize) -> usize {
    if !actors.list[a].anonymous {
        return a;
    }
    let ments = actors.of_sentence(sent.idx);
    ments
        .iter()
        .filter(|m| m.actor == a)
        .find_map(|m| {
            // (the description may hold the organisation's name or stop before it)
            let h = (m.t0..m.t1)
                .find(|&k| matches!(sent.word(k), "spokesman" | "spokeswoman" | "spokesperson"))?;
            if !matches!(sent.word(h + 1), "for" | "of") {
                return None;
            }
            let k = h + 2 + usize::from(sent.word(h + 2) == "the");
            ments
                .iter()
                .find(|o| {
                    o.t0 == k && o.actor != a && actors.list[o.actor].kind != ActorKind::Person
                })
                .map(|o| o.actor)
        })
        .unwrap_or(a)
}

/// The named speaker of the first cue whose scope holds the token `v` (and, with
/// `outside_cue`, that does not hold it among its own words).
fn speaker_at(cues: &[crate::attrib::Cue], v: usize, outside_cue: bool) -> Option<usize> {
    cues.iter().find_map(|c| match c.by {
        crate::attrib::By::Actor(a)
            if c.s0 <= v && v < c.s1 && !(outside_cue && (c.c0..c.c1).contains(&v)) =>
        {
            Some(a)
        }
        _ => None,
    })
}

/// A threat made by speaking, from `source` to `target`, read at `v`: the whole sentence
/// is its clause.
fn spoken_threat(sent: &Sent, source: usize, target: usize, v: usize, rule: &'static str) -> Draft {
    spoken_act(sent, ClaimType::Threaten, source, target, v, rule)
}

/// An act made by speaking (a threat, an accusation), from `source` to `target`, read at
/// `v`: the whole sentence is its clause.
fn spoken_act(
    sent: &Sent,
    ty: ClaimType,
    source: usize,
    target: usize,
    v: usize,
    rule: &'static str,
) -> Draft {
    Draft {
        ty,
        modes: Vec::new(),
        role: None,
        source,
        target: Some(target),
        t: v,
        c0: 0,
        c1: sent.toks.len(),
        confidence: 0.6,
        rule,
        open: None,
        agentless: false,
    }
}

/// '"Taipei will pay a heavy price for every provocation," a spokesman … said', "Rajnath
/// Singh warned that Pakistan would pay dearly": a speaker's word that someone will pay
/// a price is a threat against them. The speaker is the cue's whose scope holds "pay".
pub fn price_threats(sent: &Sent, actors: &Actors, cues: &[crate::attrib::Cue]) -> Vec<Draft> {
    let p = &sent.syn;
    let ments = actors.of_sentence(sent.idx);
    let n = sent.toks.len();
    let mut out = Vec::new();
    for v in 0..p.len() {
        if p.lemma[v] != "pay" || p.upos(v) != "VERB" {
            continue;
        }
        let price = (v + 1..(v + 5).min(n)).any(|k| matches!(sent.word(k), "price" | "dearly"))
            && future_modal(sent, v);
        if !price {
            continue;
        }
        let Some(payer) = p
            .children(v)
            .find(|&c| p.deprel(c) == "nsubj")
            .and_then(|c| treeargs::mention_at(sent, &ments, c, true))
        else {
            continue;
        };
        let Some(speaker) = speaker_at(cues, v, false)
            .map(|a| speaks_for(sent, actors, a))
            .filter(|&a| a != payer.actor)
        else {
            continue;
        };
        out.push(spoken_threat(sent, speaker, payer.actor, v, PRICE_RULE));
    }
    out
}

/// The rules of acts made by speaking, read from the speaker's words: the author states
/// them, as done (`lib.rs`).
pub const SPOKEN_RULES: &[&str] = &[
    PRICE_RULE,
    RETALIATION_RULE,
    ULTIMATUM_RULE,
    VOWED_RULE,
    BREACH_RULE,
    CALLED_WRONG_RULE,
];

/// The rule of an accusation read from a breach reported.
pub const BREACH_RULE: &str = "a breach reported: the reporter accuses the one in breach";

/// "ICC judges ruled that Mongolia had breached its obligations", "the UN said Israel
/// had violated the truce": one who reports that another violated, breached or flouted
/// something accuses them of it. The reporter is the cue's whose scope holds the verb.
pub fn breach_accusations(sent: &Sent, actors: &Actors, cues: &[crate::attrib::Cue]) -> Vec<Draft> {
    let p = &sent.syn;
    let ments = actors.of_sentence(sent.idx);
    let mut out = Vec::new();
    for v in 0..p.len() {
        if p.upos(v) != "VERB"
            || !matches!(
                p.lemma[v].as_str(),
                "violate" | "breach" | "flout" | "contravene" | "infringe"
            )
            || p.children(v)
                .any(|c| matches!(sent.word(c), "not" | "n't" | "never"))
        {
            continue;
        }
        // (the subject nearest the verb, where the parser gave it two: "ICC judges ruled
        // in October that Mongolia had breached …")
        let Some(doer) = p
            .children(v)
            .filter(|&c| p.deprel(c) == "nsubj")
            .max()
            .and_then(|c| treeargs::mention_at(sent, &ments, c, true))
        else {
            continue;
        };
        let Some(speaker) = speaker_at(cues, v, true)
            .map(|a| speaks_for(sent, actors, a))
            .filter(|&a| a != doer.actor && !crate::allege::same_side(actors, a, doer.actor))
        else {
            continue;
        };
        out.push(spoken_act(
            sent,
            ClaimType::Accuse,
            speaker,
            doer.actor,
            v,
            BREACH_RULE,
        ));
    }
    out
}

/// The rule of a threat read from a reported vow of force.
pub const VOWED_RULE: &str = "a vow that force will be used: the vower threatens its target";

/// "Abdul-Malik al-Houthi vowed that his fighters would keep firing missiles at Israel":
/// one who vows, swears or threatens that an attack will come threatens its target,
/// whoever is to carry it out. The attack's own claim stays as read.
pub fn vowed_attacks(sent: &Sent, actors: &Actors, found: &mut Vec<Draft>) {
    let p = &sent.syn;
    if p.is_empty() {
        return;
    }
    let ments = actors.of_sentence(sent.idx);
    let mut extra = Vec::new();
    for d in found.iter().filter(|d| d.ty == ClaimType::Assault) {
        let Some(target) = d.target else { continue };
        if d.t >= p.len() {
            continue;
        }
        // up from the attack's verb through its clause's heads ("keep firing") to a
        // clause of a verb of vowing
        let mut x = d.t;
        let mut clause_head = None;
        for _ in 0..3 {
            match p.deprel(x) {
                "xcomp" => x = p.head(x).unwrap_or(x),
                "ccomp" => {
                    clause_head = Some(x);
                    break;
                }
                _ => break,
            }
        }
        let Some(c) = clause_head else { continue };
        let Some(v) = p.head(c) else { continue };
        if !matches!(p.lemma[v].as_str(), "vow" | "swear" | "threaten" | "pledge") {
            continue;
        }
        if !future_modal(sent, c) {
            continue;
        }
        let Some(vower) = p
            .children(v)
            .find(|&k| p.deprel(k) == "nsubj")
            .and_then(|k| treeargs::mention_at(sent, &ments, k, true))
        else {
            continue;
        };
        if vower.actor == target
            || found.iter().chain(&extra).any(|e| {
                e.ty == ClaimType::Threaten && e.source == vower.actor && e.target == Some(target)
            })
        {
            continue;
        }
        extra.push(spoken_threat(sent, vower.actor, target, v, VOWED_RULE));
    }
    found.extend(extra);
}

/// The rule of an accusation read from an act called a wrong.
pub const CALLED_WRONG_RULE: &str = "an act called a wrong: its caller accuses its doer";

/// "called Israel's recognition of Somaliland an assault on our sovereignty", "Beijing
/// called the US arms sale to Taiwan a violation of international law": one who calls or
/// describes another's act (a claim read at a noun of its object) an assault, a violation,
/// a crime, a provocation or an act of war accuses its doer.
pub fn called_wrongs(sent: &Sent, actors: &Actors, found: &mut Vec<Draft>) {
    let p = &sent.syn;
    if p.is_empty() {
        return;
    }
    let ments = actors.of_sentence(sent.idx);
    let n = sent.toks.len();
    let mut extra = Vec::new();
    for v in 0..p.len() {
        if p.upos(v) != "VERB"
            || !matches!(
                p.lemma[v].as_str(),
                "call" | "describe" | "brand" | "label" | "term" | "denounce" | "condemn"
            )
        {
            continue;
        }
        let Some(caller) = p
            .children(v)
            .find(|&c| p.deprel(c) == "nsubj")
            .and_then(|c| treeargs::mention_at(sent, &ments, c, true))
        else {
            continue;
        };
        // the wrong it is called, in the clause after the verb
        let end = (v + 1..n)
            .find(|&k| matches!(sent.word(k), ";" | "." | "," | "and" | "but"))
            .unwrap_or(n);
        let Some(label) = (v + 2..end).find(|&k| {
            matches!(
                sent.word(k),
                "assault"
                    | "violation"
                    | "crime"
                    | "provocation"
                    | "aggression"
                    | "breach"
                    | "affront"
                    | "outrage"
                    | "betrayal"
            ) || (sent.word(k) == "act"
                && sent.word(k + 1) == "of"
                && matches!(
                    sent.word(k + 2),
                    "war" | "aggression" | "terrorism" | "piracy"
                ))
        }) else {
            continue;
        };
        // the act: a claim read at a noun between the verb and the label, by another
        for d in found.iter().filter(|d| {
            d.t > v
                && d.t < label
                && p.upos(d.t) == "NOUN"
                && d.source != caller.actor
                && !d.ty.is_relation()
                && !crate::allege::same_side(actors, d.source, caller.actor)
        }) {
            let doer = d.source;
            let seen = |e: &Draft| {
                e.ty == ClaimType::Accuse && e.source == caller.actor && e.target == Some(doer)
            };
            if found.iter().any(seen) || extra.iter().any(seen) {
                continue;
            }
            extra.push(spoken_act(
                sent,
                ClaimType::Accuse,
                caller.actor,
                doer,
                v,
                CALLED_WRONG_RULE,
            ));
        }
    }
    found.extend(extra);
}

/// The rule of a threat read from an ultimatum.
pub const ULTIMATUM_RULE: &str =
    "an ultimatum, said: force or pressure promised if, unless or until another acts";

/// '"If Hezbollah does not give up its weapons, we will take them by force," Israel Katz
/// said', '"If Warsaw wants a fight on the border, it will get one"', '"We will keep
/// tightening the screws until the Kremlin accepts a ceasefire"': a speaker's word that
/// force or pressure will come if, unless or until another acts is a threat against the
/// one whose act is the condition. The clause must hold a future modal, no negation and
/// no verb of release ("we will lift sanctions if …" is a promise), and either name force
/// or pressure, or answer a refusal in the first person, or take up the fight the other
/// is said to want.
pub fn ultimatum_threats(sent: &Sent, actors: &Actors, cues: &[crate::attrib::Cue]) -> Vec<Draft> {
    use crate::lexicon::{has_sense, Pos};
    let p = &sent.syn;
    let ments = actors.of_sentence(sent.idx);
    let mut out = Vec::new();
    let negative = |k: usize| matches!(sent.word(k), "not" | "n't" | "never" | "no");
    for v in 0..p.len() {
        if !p.is_verbal(v)
            || !future_modal(sent, v)
            || p.children(v).any(negative)
            || matches!(
                p.lemma[v].as_str(),
                "lift"
                    | "ease"
                    | "end"
                    | "remove"
                    | "stop"
                    | "halt"
                    | "suspend"
                    | "drop"
                    | "withdraw"
                    | "cease"
                    | "release"
                    | "return"
                    | "reopen"
                    | "restore"
                    | "consider"
                    | "welcome"
                    | "negotiate"
                    | "talk"
            )
        {
            continue;
        }
        let Some(speaker) = speaker_at(cues, v, true).map(|a| speaks_for(sent, actors, a)) else {
            continue;
        };
        for c in p.children(v).filter(|&c| p.deprel(c) == "advcl") {
            let Some(mark) = p
                .children(c)
                .find(|&m| p.deprel(m) == "mark")
                .map(|m| sent.word(m))
                .filter(|m| matches!(*m, "if" | "unless" | "until"))
            else {
                continue;
            };
            let Some(target) = p
                .children(c)
                .find(|&k| p.deprel(k) == "nsubj")
                .and_then(|k| treeargs::mention_at(sent, &ments, k, true))
            else {
                continue;
            };
            if target.actor == speaker {
                continue;
            }
            let cond = p.subtree(c);
            // (force or pressure named in the clause, outside its condition)
            let hostile = p.subtree(v).into_iter().any(|k| {
                !cond.contains(&k)
                    && k != v
                    && (matches!(
                        sent.word(k),
                        "force" | "screws" | "pressure" | "consequences" | "response"
                    ) || (p.upos(k) == "NOUN"
                        && [ClaimType::Assault, ClaimType::Coerce]
                            .iter()
                            .any(|&ty| has_sense(sent.word(k), ty, Pos::Noun))))
            }) || [ClaimType::Assault, ClaimType::Coerce, ClaimType::Sanction]
                .iter()
                .any(|&ty| has_sense(sent.word(v), ty, Pos::Verb))
                || matches!(
                    p.lemma[v].as_str(),
                    "respond" | "retaliate" | "punish" | "crush"
                );
            // (a refusal answered in the first person: "if Hezbollah does not …, we will …")
            let refusal = (mark == "unless" || p.children(c).any(negative))
                && p.children(v)
                    .any(|k| p.deprel(k) == "nsubj" && matches!(sent.word(k), "we" | "i"));
            // ("if Warsaw wants a fight, it will get one")
            let wants_fight = mark == "if"
                && matches!(p.lemma[c].as_str(), "want" | "seek" | "choose")
                && p.children(c).any(|k| {
                    p.deprel(k) == "obj"
                        && matches!(
                            sent.word(k),
                            "fight" | "war" | "confrontation" | "escalation" | "battle"
                        )
                });
            if !(hostile || refusal || wants_fight) {
                continue;
            }
            out.push(spoken_threat(
                sent,
                speaker,
                target.actor,
                v,
                ULTIMATUM_RULE,
            ));
        }
    }
    out
}

/// "Yahya Saree warned that the group would retaliate for US and British air strikes":
/// a retaliation vowed or warned of (or told with "will" or "would") for another's act
/// is a threat against the act's doer, made by the one who warns (or who would
/// retaliate).
pub fn retaliation_threats(sent: &Sent, actors: &Actors, found: &mut Vec<Draft>) {
    let p = &sent.syn;
    let ments = actors.of_sentence(sent.idx);
    let mut extra: Vec<Draft> = Vec::new();
    for d in found.iter() {
        if !matches!(
            d.ty,
            ClaimType::Assault | ClaimType::Coerce | ClaimType::Sanction
        ) {
            continue;
        }
        let Some(h) = crate::attrib::retaliated_for(sent, d.t) else {
            continue;
        };
        if !p.is_verbal(h) {
            continue;
        }
        let warned = p.head(h).filter(|&g| {
            matches!(p.deprel(h), "ccomp" | "xcomp")
                && matches!(
                    p.lemma[g].as_str(),
                    "warn" | "vow" | "threaten" | "pledge" | "promise" | "say" | "declare"
                )
        });
        let modal = future_modal(sent, h);
        if warned.is_none() && !modal {
            continue;
        }
        let subject_of = |v: usize| {
            p.children(v)
                .find(|&c| p.deprel(c) == "nsubj")
                .and_then(|c| treeargs::mention_at(sent, &ments, c, true))
        };
        let Some(speaker) = warned.and_then(subject_of).or_else(|| subject_of(h)) else {
            continue;
        };
        if speaker.actor == d.source
            || extra
                .iter()
                .any(|e| e.source == speaker.actor && e.target == Some(d.source))
        {
            continue;
        }
        extra.push(Draft {
            ty: ClaimType::Threaten,
            modes: Vec::new(),
            source: speaker.actor,
            target: Some(d.source),
            t: warned.unwrap_or(h),
            rule: RETALIATION_RULE,
            ..d.clone()
        });
    }
    found.extend(extra);
}

/// "Russian, Chinese and Iranian warships carried out a joint patrol": where the rules
/// paired one member of a list of three or more with each of the others in a symmetric
/// claim at one trigger, every other pair of the list holds it too. The list is the
/// members' mentions joined only by commas, "and" and articles.
fn complete_pairs(sent: &Sent, actors: &Actors, out: &mut Vec<Draft>) {
    let ments = actors.of_sentence(sent.idx);
    let mut extra: Vec<Draft> = Vec::new();
    let mut seen: Vec<(ClaimType, usize)> = Vec::new();
    for d in out.iter() {
        if !d.ty.is_symmetric() || d.target.is_none() || seen.contains(&(d.ty, d.t)) {
            continue;
        }
        seen.push((d.ty, d.t));
        let group: Vec<&Draft> = out.iter().filter(|e| e.ty == d.ty && e.t == d.t).collect();
        let mut members: Vec<usize> = Vec::new();
        for e in &group {
            for a in [Some(e.source), e.target].into_iter().flatten() {
                if !members.contains(&a) {
                    members.push(a);
                }
            }
        }
        if members.len() < 3 {
            continue;
        }
        // each member's mention, in order, in one list
        let mut at: Vec<&Mention> = Vec::new();
        for &a in &members {
            match ments.iter().find(|m| m.actor == a && !m.nested) {
                Some(m) => at.push(m),
                None => break,
            }
        }
        if at.len() != members.len() {
            continue;
        }
        at.sort_by_key(|m| m.t0);
        let listed = at.windows(2).all(|w| {
            w[0].t1 < w[1].t0
                && (w[0].t1..w[1].t0).all(|k| matches!(sent.word(k), "," | "and" | "the"))
        });
        if !listed {
            continue;
        }
        let paired = |a: usize, b: usize| {
            group.iter().any(|e| {
                (e.source == a && e.target == Some(b)) || (e.source == b && e.target == Some(a))
            })
        };
        for (x, mx) in at.iter().enumerate() {
            for my in &at[x + 1..] {
                if !paired(mx.actor, my.actor) {
                    extra.push(Draft {
                        source: mx.actor,
                        target: Some(my.actor),
                        ..(*group[0]).clone()
                    });
                }
            }
        }
    }
    out.extend(extra);
}

/// Group nouns after a name ("ELN guerrillas").
const GROUP_NOUNS: &[&str] = &[
    "guerrillas",
    "fighters",
    "forces",
    "troops",
    "militants",
    "rebels",
    "militiamen",
    "soldiers",
];

fn compound(sent: &Sent, i: usize, ments: &[&Mention], actors: &Actors) -> Option<Draft> {
    let w = sent.word(i);
    let suffix = [
        "-backed",
        "-supported",
        "-funded",
        "-sponsored",
        "-trained",
        "-armed",
    ]
    .iter()
    .find(|s| w.ends_with(*s))?;
    // (the name in the modifier, not a collective the modifier is part of)
    let src = ments
        .iter()
        .find(|m| m.t0 <= i && m.t1 == i + 1)
        .or_else(|| ments.iter().find(|m| m.t0 <= i && i < m.t1))?;
    // (a mention running past the modifier is the backed one's, not its patron's)
    if src.t1 > i + 1 && !ments.iter().any(|m| m.t1 == i + 1 && m.actor != src.actor) {
        return None;
    }
    let (c0, c1) = clause(sent, i);
    // (the backed one is named after the modifier, or is a collective the modifier
    // describes: "Iran-backed militias")
    let tgt = ments
        .iter()
        .find(|m| m.t0 <= i && m.t1 > i + 1 && m.actor != src.actor)
        .or_else(|| {
            ments
                .iter()
                .find(|m| m.t0 > i && m.t0 <= i + 4 && m.actor != src.actor)
        })?;
    // "Harakat al-Nujaba, an Iran-backed faction of the PMF", "Kataib Hezbollah is an
    // Iran-backed militia in Iraq": across a preposition, the backed one is the name
    // the phrase is in apposition or predicated to, not the whole its "of" phrase names
    // nor the place its "in" phrase names
    let tgt = if (i + 1..tgt.t0).any(|k| is_prep(sent.word(k))) {
        let mut k = i;
        while k > 0 && (is_det(sent.word(k - 1)) || sent.syn.upos(k - 1) == "ADJ") {
            k -= 1;
        }
        let before = k.checked_sub(1).filter(|&c| {
            matches!(
                sent.word(c),
                "," | "is" | "was" | "are" | "were" | "remains" | "became" | "becomes"
            )
        })?;
        ments
            .iter()
            .find(|m| m.t1 == before && m.actor != src.actor)?
    } else {
        tgt
    };
    let mode = match *suffix {
        "-funded" => Mode::Funding,
        "-trained" => Mode::Training,
        "-armed" => Mode::Weapons,
        _ => Mode::Unspecified,
    };
    let _ = actors;
    Some(Draft {
        modes: vec![mode],
        confidence: 0.7,
        ..Draft::between(
            ClaimType::Aid,
            src.actor,
            tgt.actor,
            i,
            (c0, c1),
            "compound X-backed Y",
        )
    })
}

fn is_argument(sent: &Sent, actors: &Actors, m: &Mention, ty: ClaimType) -> bool {
    // ("…, according to a UN panel": the source of a report is no party to it)
    let mut k = m.t0;
    while k > 0 && is_det(sent.word(k - 1)) {
        k -= 1;
    }
    if k >= 2 && sent.word(k - 1) == "to" && sent.word(k - 2) == "according" {
        return false;
    }
    // ("launched strikes in support of the Druze", "on behalf of Hamas": whom a hostile
    // act is done for is no party to it)
    if k >= 2
        && matches!(
            ty,
            ClaimType::Assault
                | ClaimType::Coerce
                | ClaimType::Sanction
                | ClaimType::Threaten
                | ClaimType::Accuse
                | ClaimType::Consult
        )
        && for_whom(sent.word(k - 2)) == Some(sent.word(k - 1))
    {
        return false;
    }
    // "an incursion into Syria", "strikes inside Russia": a place that is attacked is
    // a target
    let into = matches!(ty, ClaimType::Assault | ClaimType::Aid)
        && match preceded_by_prep(sent, m).as_deref() {
            Some("into") => true,
            Some("inside") => ty == ClaimType::Assault,
            _ => false,
        };
    if m.locative && ty != ClaimType::Travel && !into {
        return false;
    }
    let _ = actors;
    true
}

/// A word-order pattern: the drafts it finds at token `i`, if it matches there.
type PatternFn = fn(&Sent, &Actors, &[&Mention], usize) -> Option<Vec<Draft>>;

/// A one-word verb trigger found by a word-order pattern rather than the lexicon.
fn verb_trigger(
    ty: ClaimType,
    modes: Vec<Mode>,
    target_preps: &'static [&'static str],
    base_confidence: f64,
) -> Trigger {
    Trigger {
        rest: vec![],
        ty,
        modes,
        pos: Pos::Verb,
        participle: false,
        needs_object: false,
        target_preps,
        reverse: false,
        base_confidence,
        placed: false,
    }
}

/// The rule of an act that a verb of stopping presupposes ("halted its attacks on US
/// troops"): it happened, also where someone is only asked to stop it.
pub const PRESUPPOSED_RULE: &str = "an act stopped: it went on until then";

/// Whether the verb at `i` is "abandon" with an object that is no place or military
/// site ("abandoned the talks", "abandon its Kurdish allies").
fn abandons_no_place(sent: &Sent, i: usize) -> bool {
    let p = &sent.syn;
    if i >= p.len() || p.lemma[i] != "abandon" {
        return false;
    }
    !p.children(i).any(|c| {
        matches!(p.deprel(c), "obj" | "nsubj:pass")
            && (crate::words::PLACE_HEADS.contains(&sent.word(c))
                || STRUCK_SITES.contains(&sent.word(c))
                || matches!(
                    sent.word(c),
                    "positions" | "posts" | "trenches" | "stronghold"
                ))
    })
}

/// Whether the verb at `i` is a raid whose subject is the police ("Azerbaijani police
/// raided the office of …", "Police in Baku stormed the flat of …").
fn police_raid(sent: &Sent, i: usize) -> bool {
    let p = &sent.syn;
    i < p.len()
        && p.upos(i) == "VERB"
        && matches!(p.lemma[i].as_str(), "raid" | "storm" | "search")
        && p.children(i).any(|c| {
            p.deprel(c) == "nsubj"
                && matches!(
                    sent.word(c),
                    "police" | "policemen" | "gendarmes" | "gendarmerie" | "officers" | "agents"
                )
        })
}

/// Lemmas of verbs that threaten or vow what their infinitive says ("threatened to
/// retaliate", "vowed to respond").
const VOW_LEMMAS: &[&str] = &["threaten", "vow", "promise", "pledge", "warn", "swear"];

/// Acts that answer another act of the sentence, whose other party they take from it:
/// "…, and London followed suit" (the same act by London, on the same target), "accused
/// Seoul of …, and threatened to retaliate" (a threat against the accused, or against
/// whoever the sentence says attacked the one who vows).
fn echoes(sent: &Sent, actors: &Actors, ments: &[&Mention], out: &mut Vec<Draft>) {
    let p = &sent.syn;
    if p.is_empty() {
        return;
    }
    let cands: Vec<&Mention> = ments.iter().copied().filter(|m| !m.locative).collect();
    let n = sent.toks.len().min(p.len());
    let mut more = Vec::new();
    for v in 0..n {
        if p.upos(v) != "VERB" {
            continue;
        }
        let lemma = p.lemma[v].as_str();
        // "followed suit"
        let follows = lemma == "follow"
            && p.children(v)
                .any(|c| p.deprel(c) == "obj" && sent.word(c) == "suit");
        // "threatened to retaliate", "vowed to respond", "promised to hit back"
        let retaliates = matches!(lemma, "retaliate" | "respond" | "avenge")
            || (lemma == "hit" && p.children(v).any(|c| sent.word(c) == "back"));
        let vow = retaliates
            && p.deprel(v) == "xcomp"
            && p.head(v)
                .is_some_and(|h| VOW_LEMMAS.contains(&p.lemma[h].as_str()));
        // (a target named on the verb is the frame's business: "vowed to retaliate
        // against Israel")
        let own_target = p.children(v).any(|c| matches!(p.deprel(c), "obj" | "obl"));
        // "vowed revenge", "promised swift retaliation": the vow's noun, with no target
        // of its own ("vowed revenge against Israel" is read where the noun is)
        let vowed_noun = VOW_LEMMAS.contains(&lemma)
            && p.children(v).any(|c| {
                p.deprel(c) == "obj"
                    && REVENGE_NOUNS.contains(&sent.word(c))
                    && !p.children(c).any(|g| matches!(p.deprel(g), "nmod" | "acl"))
            })
            && !p
                .children(v)
                .any(|c| p.deprel(c) == "obl" && !sent.marked(c, "after"));
        if !(follows || (vow && !own_target) || vowed_noun) {
            continue;
        }
        // the verb of vowing: the revenge noun's, or the one whose infinitive retaliates
        let avowal = if vowed_noun {
            v
        } else {
            p.head(v).unwrap_or(v)
        };
        // (the vow's subject, up through control and coordination, also where a verb on
        // the way reports: "accused Seoul …, and threatened to retaliate")
        let plain = || {
            let mut k = v;
            for _ in 0..4 {
                if let Some(c) = p.children(k).find(|&c| p.deprel(c) == "nsubj") {
                    return treeargs::mention_at(sent, &cands, c, true);
                }
                if !matches!(p.deprel(k), "xcomp" | "conj") {
                    return None;
                }
                k = p.head(k)?;
            }
            None
        };
        let subj = treeargs::subject_of(sent, &cands, v).or_else(plain);
        let Some(s) = subj else {
            continue;
        };
        let s = affiliation(sent, actors, s).unwrap_or(s.actor);
        // (a vow coordinated with the verb of a reported clause may be the reporter's:
        // "Pakistan said Indian missiles struck six sites …, and vowed to retaliate")
        let reporter = (!follows)
            .then(|| {
                let mut k = avowal;
                while p.deprel(k) == "conj" {
                    k = p.head(k)?;
                }
                let g = p.head(k).filter(|_| p.deprel(k) == "ccomp")?;
                let c = p.children(g).find(|&c| p.deprel(c) == "nsubj")?;
                let m = treeargs::mention_at(sent, &cands, c, true)?;
                Some(affiliation(sent, actors, m).unwrap_or(m.actor))
            })
            .flatten()
            .filter(|&r| r != s);
        let echo_of = |s: usize| {
            let before = out.iter().filter(|d| d.t < v && d.target.is_some());
            if follows {
                before
                    .filter(|d| d.source != s && d.target != Some(s))
                    .max_by_key(|d| d.t)
                    .map(|d| Draft {
                        source: s,
                        t: v,
                        ..d.clone()
                    })
            } else {
                // the one whose act against the vower is answered, or the one the vower
                // accused
                before
                    .filter_map(|d| {
                        let other = if d.target == Some(s)
                            && matches!(
                                d.ty,
                                ClaimType::Assault | ClaimType::Coerce | ClaimType::Sanction
                            ) {
                            Some(d.source)
                        } else if d.source == s && d.ty == ClaimType::Accuse {
                            d.target
                        } else {
                            None
                        };
                        other.filter(|&o| o != s).map(|o| (d, o))
                    })
                    .max_by_key(|(d, _)| d.t)
                    // (or the act an "after" clause of the vow tells: "Iran vowed revenge
                    // after Israel killed Ismail Haniyeh in Tehran")
                    .or_else(|| {
                        let after: Vec<usize> = p
                            .children(avowal)
                            .chain(p.children(v))
                            .filter(|&c| p.deprel(c) == "advcl" && sent.marked(c, "after"))
                            .flat_map(|c| p.subtree(c))
                            .collect();
                        let mut acts = out.iter().filter(|d| {
                            after.contains(&d.t)
                                && d.ty == ClaimType::Assault
                                && d.source != s
                                && d.target.is_some()
                        });
                        let act = acts.next()?;
                        acts.all(|d| d.source == act.source)
                            .then_some((act, act.source))
                    })
                    .map(|(d, o)| Draft {
                        ty: ClaimType::Threaten,
                        modes: Vec::new(),
                        role: None,
                        source: s,
                        target: Some(o),
                        // (read at the vow, which was made: "vowed to retaliate")
                        t: avowal,
                        rule: "a vow to retaliate against the act it answers",
                        open: None,
                        agentless: false,
                        ..d.clone()
                    })
            }
        };
        more.extend(echo_of(s).or_else(|| reporter.and_then(echo_of)));
    }
    out.extend(more);
}

/// Nouns of an answering blow, vowed or threatened ("vowed revenge").
const REVENGE_NOUNS: &[&str] = &[
    "revenge",
    "retaliation",
    "reprisal",
    "reprisals",
    "vengeance",
];

/// Verbs by which an act earns a reaction ("drew condemnation from …").
const DRAWING: &[&str] = &[
    "draw", "prompt", "trigger", "spark", "provoke", "elicit", "earn", "attract", "bring",
];

/// The claim a reaction noun makes of its maker towards the one whose act it answers.
fn reaction(noun: &str) -> Option<ClaimType> {
    Some(match noun {
        "condemnation" | "criticism" | "rebuke" | "censure" | "outrage" | "protest"
        | "denunciation" => ClaimType::Accuse,
        "vow" | "threat" | "warning" | "pledge" => ClaimType::Threaten,
        "praise" | "welcome" | "support" | "applause" => ClaimType::Support,
        "sanction" => ClaimType::Sanction,
        _ => return None,
    })
}

/// Reactions an act draws from others: "Israel's killing of Ismail Haniyeh drew vows of
/// revenge from Iran" (Iran threatens Israel), "Russia's invasion drew condemnation from
/// the EU" (the EU accuses Russia). The act's doer is the source of a claim the sentence
/// read in the verb's subject; the reactor is named by "from" on the reaction or the verb.
fn reactions(sent: &Sent, actors: &Actors, ments: &[&Mention], out: &mut Vec<Draft>) {
    let p = &sent.syn;
    let n = sent.toks.len().min(p.len());
    let mut more = Vec::new();
    for v in 0..n {
        if p.upos(v) != "VERB" || !DRAWING.contains(&p.lemma[v].as_str()) {
            continue;
        }
        let Some(subj) = p.children(v).find(|&c| p.deprel(c) == "nsubj") else {
            continue;
        };
        let act = p.subtree(subj);
        // the doer: the source of an act the subject's phrase tells
        let Some(doer) = out
            .iter()
            .find(|d| {
                act.contains(&d.t) && matches!(d.ty, ClaimType::Assault | ClaimType::Sanction)
            })
            .map(|d| d.source)
        else {
            continue;
        };
        for o in p.children(v).filter(|&c| p.deprel(c) == "obj") {
            let Some(ty) = reaction(p.lemma[o].as_str()) else {
                continue;
            };
            // (also on the reaction's own phrase: "vows of revenge from Iran")
            let from = p
                .children(o)
                .chain(p.children(v))
                .chain(p.children(o).flat_map(|c| p.children(c)))
                .find(|&c| matches!(p.deprel(c), "nmod" | "obl") && sent.marked(c, "from"))
                .and_then(|c| treeargs::mention_at(sent, ments, c, false))
                .filter(|m| is_argument(sent, actors, m, ty));
            let Some(r) = from else { continue };
            if r.actor == doer {
                continue;
            }
            let mut d = Draft::between(
                ty,
                r.actor,
                doer,
                o,
                clause(sent, v),
                "a reaction an act drew",
            );
            d.confidence = 0.55;
            more.push(d);
        }
    }
    for d in more {
        if !out
            .iter()
            .any(|x| x.ty == d.ty && x.source == d.source && x.target == d.target)
        {
            out.push(d);
        }
    }
}

/// Threats whose target is the one whose act would set them off: "warned that Tehran
/// would respond decisively to any American or Israeli attack" (the warner threatens the
/// would-be attackers), "has threatened to resume attacks if American troops stay in
/// Iraq" (a threat with no target of its own threatens the subject of its condition).
fn conditional_threats(sent: &Sent, actors: &Actors, ments: &[&Mention], out: &mut Vec<Draft>) {
    let p = &sent.syn;
    if p.is_empty() {
        return;
    }
    let cands: Vec<&Mention> = ments.iter().copied().filter(|m| !m.locative).collect();
    let n = sent.toks.len().min(p.len());
    let threat_lemma = |k: usize| VOW_LEMMAS.contains(&p.lemma[k].as_str());
    let arg = |m: &Mention| is_argument(sent, actors, m, ClaimType::Threaten);
    let mut more: Vec<Draft> = Vec::new();
    let push = |more: &mut Vec<Draft>, s: usize, t: usize, v: usize, rule: &'static str| {
        if s == t || more.iter().any(|d| d.source == s && d.target == Some(t)) {
            return;
        }
        more.push(Draft {
            modes: Vec::new(),
            ..Draft::between(ClaimType::Threaten, s, t, v, clause(sent, v), rule)
        });
    };
    for v in 0..n {
        if p.upos(v) != "VERB" {
            continue;
        }
        let lemma = p.lemma[v].as_str();
        // (A) a response to an attack, announced or vowed
        // (or what it answers: "We will answer any incursion from Afghanistan with full
        // force")
        let answers = lemma == "answer";
        let retaliates = matches!(lemma, "respond" | "retaliate" | "react")
            || answers
            || (lemma == "hit" && p.children(v).any(|c| sent.word(c) == "back"));
        if retaliates {
            let future = p.children(v).any(|c| {
                p.deprel(c) == "aux" && matches!(sent.word(c), "would" | "will" | "'ll" | "shall")
            }) || (p.deprel(v) == "xcomp" && p.head(v).is_some_and(threat_lemma));
            let attack = p.children(v).find(|&c| {
                ((!answers
                    && matches!(p.deprel(c), "obl" | "obl:arg")
                    && (sent.marked(c, "to") || sent.marked(c, "against")))
                    || (answers && p.deprel(c) == "obj"))
                    && matches!(
                        p.lemma[c].as_str(),
                        "attack"
                            | "aggression"
                            | "strike"
                            | "assault"
                            | "incursion"
                            | "invasion"
                            | "provocation"
                    )
            });
            if let (true, Some(a)) = (future, attack) {
                // the warner of a clause it reports ("X warned that Tehran would …"),
                // else the responder
                let warner = (p.deprel(v) == "ccomp")
                    .then(|| p.head(v))
                    .flatten()
                    .filter(|&h| threat_lemma(h))
                    .and_then(|h| treeargs::subject_of(sent, &cands, h));
                let responder = treeargs::subject_of(sent, &cands, v);
                let Some(s) = warner.or(responder).filter(|m| arg(m)) else {
                    continue;
                };
                let own = responder.map(|m| m.actor);
                // the attackers: the attack's modifiers, not what it would hit ("on its
                // nuclear sites")
                let hit: Vec<usize> = p
                    .children(a)
                    .filter(|&c| {
                        p.deprel(c) == "nmod"
                            && ["on", "against", "in"].iter().any(|w| sent.marked(c, w))
                    })
                    .flat_map(|c| p.subtree(c))
                    .collect();
                let by: Vec<usize> = p
                    .subtree(a)
                    .into_iter()
                    .filter(|k| !hit.contains(k) && *k != a)
                    .collect();
                for m in cands.iter().filter(|m| {
                    arg(m) && (m.t0..m.t1).any(|k| by.contains(&k)) && Some(m.actor) != own
                }) {
                    push(
                        &mut more,
                        s.actor,
                        m.actor,
                        v,
                        "a response vowed to an attack",
                    );
                }
            }
            continue;
        }
        // (B) a threat with no target of its own, and a condition naming who would set
        // it off
        if !threat_lemma(v) {
            continue;
        }
        let Some(s) = treeargs::subject_of(sent, &cands, v).filter(|m| arg(m)) else {
            continue;
        };
        // (or what the vower says it would do itself: "North Korea warned it would use
        // nuclear weapons if attacked by the United States")
        let Some(x) = p.children(v).find(|&c| p.deprel(c) == "xcomp").or_else(|| {
            p.children(v).find(|&c| {
                p.deprel(c) == "ccomp"
                    && p.children(c)
                        .any(|m| p.deprel(m) == "aux" && matches!(sent.word(m), "would" | "will"))
                    // (or the state its leader speaks for: "Kim Jong Un warned that North
                    // Korea would use nuclear weapons if …")
                    && treeargs::subject_of(sent, &cands, c).is_some_and(|m| {
                        let (a, b) = (&actors.list[s.actor], &actors.list[m.actor]);
                        m.actor == s.actor
                            || (a.kind == ActorKind::Person
                                && b.kind == ActorKind::Country
                                && a.country.is_some()
                                && a.country == b.country)
                    })
            })
        }) else {
            continue;
        };
        let (c0, c1) = clause(sent, v);
        if out.iter().any(|d| {
            d.ty == ClaimType::Threaten && d.source == s.actor && d.t >= c0 && d.t < c1.max(x + 1)
        }) {
            continue;
        }
        // "vowed to bring Taiwan under its control, by force if necessary": what is
        // vowed by force threatens its object
        let forceful = (v + 1..c1.min(n)).any(|k| {
            (sent.word(k) == "force" && sent.word(k - 1) == "by")
                || sent.word(k) == "militarily"
                || (sent.word(k) == "means" && sent.word(k - 1) == "military")
        });
        if forceful {
            let object = p
                .children(x)
                .find(|&c| p.deprel(c) == "obj")
                .and_then(|c| treeargs::mention_at(sent, &cands, c, false))
                .filter(|m| arg(m));
            if let Some(t) = object {
                push(&mut more, s.actor, t.actor, v, "a vow to act by force");
                continue;
            }
        }
        let cond = [x, v].into_iter().find_map(|h| {
            p.children(h).find(|&c| {
                p.deprel(c) == "advcl"
                    && p.children(c)
                        .any(|m| p.deprel(m) == "mark" && matches!(sent.word(m), "if" | "unless"))
            })
        });
        let Some(c) = cond else { continue };
        // (the condition's subject, or the agent of a passive one: "if attacked by the
        // United States")
        let who = p
            .children(c)
            .find(|&k| p.deprel(k) == "obl:agent")
            .and_then(|k| treeargs::mention_at(sent, &cands, k, false))
            .or_else(|| {
                p.children(c)
                    .find(|&k| matches!(p.deprel(k), "nsubj" | "nsubj:pass"))
                    .and_then(|k| treeargs::mention_at(sent, &cands, k, true))
            })
            .filter(|m| arg(m));
        // (each of the condition's coordinated subjects: "if South Korea and the United
        // States ever attacked it")
        if let Some(t) = who {
            for x in std::iter::once(t.actor).chain(treeargs::conjuncts(sent, &cands, t)) {
                push(&mut more, s.actor, x, v, "a threat on a condition");
            }
        }
    }
    out.extend(more);
}

/// "Three Kosovo police officers were detained by Serbian security forces, a move
/// Pristina denounced as kidnapping": a judgement of the sentence's act, told in an
/// apposition after it ("a move", "a step", "a decision" and who judged it), judges the
/// act's doer: an ACCUSE for a condemnation, a SUPPORT for praise.
fn judged_moves(sent: &Sent, actors: &Actors, ments: &[&Mention], out: &mut Vec<Draft>) {
    let n = sent.toks.len();
    let Some(c) = (1..n.saturating_sub(3)).find(|&k| {
        sent.word(k) == ","
            && matches!(sent.word(k + 1), "a" | "in")
            && (k + 2..(k + 5).min(n)).any(|x| matches!(sent.word(x), "move" | "step" | "decision"))
    }) else {
        return;
    };
    let noun = (c + 2..(c + 5).min(n))
        .find(|&x| matches!(sent.word(x), "move" | "step" | "decision"))
        .unwrap_or(c + 2);
    // the judge, right after the noun (or after "that" / "which"), and its verb
    let mut j = noun + 1;
    if matches!(sent.word(j), "that" | "which") {
        j += 1;
    }
    let Some(judge) = ments
        .iter()
        .copied()
        .find(|m| m.t0 == j || (m.t0 == j + 1 && is_det(sent.word(j))))
    else {
        return;
    };
    if !is_argument(sent, actors, judge, ClaimType::Accuse) {
        return;
    }
    let v = judge.t1 + usize::from(sent.syn.upos(judge.t1) == "ADV");
    let ty = match sent.syn.lemma.get(v).map(String::as_str) {
        Some(
            "denounce" | "condemn" | "criticize" | "criticise" | "slam" | "decry" | "protest"
            | "call" | "describe" | "brand" | "label" | "reject",
        ) => {
            // ("called a step forward", "described as positive": a judgement of praise)
            let praise = (v + 1..(v + 5).min(n)).any(|x| {
                matches!(
                    sent.word(x),
                    "positive" | "welcome" | "forward" | "constructive" | "good"
                )
            });
            if praise {
                ClaimType::Support
            } else if sent.syn.lemma[v] == "reject" {
                return;
            } else {
                ClaimType::Accuse
            }
        }
        Some("welcome" | "praise" | "hail" | "applaud" | "commend" | "endorse") => {
            ClaimType::Support
        }
        _ => return,
    };
    // the act judged: the sentence's act before the comma with a doer
    let Some(act) = out
        .iter()
        .filter(|d| d.t < c && d.target.is_some() && d.source != judge.actor)
        .filter(|d| {
            !matches!(
                d.ty,
                ClaimType::Leads | ClaimType::MemberOf | ClaimType::PartOf
            )
        })
        .max_by_key(|d| d.t)
    else {
        return;
    };
    let doer = act.source;
    if out
        .iter()
        .any(|d| d.ty == ty && d.source == judge.actor && d.target == Some(doer))
    {
        return;
    }
    let d = Draft::between(ty, judge.actor, doer, v, (c + 1, n), "a move judged");
    out.push(d);
}

/// The mode of aid the word at `k` names: [`aid_mode`], and weapons for "systems" of
/// arms ("air defence systems", "missile systems") or of a model's designation ("S-400
/// systems").
fn aid_mode_at(sent: &Sent, k: usize) -> Option<Mode> {
    if sent.word(k) == "systems" && k > 0 {
        let before = sent.word(k - 1);
        let designation = before.chars().any(|c| c.is_ascii_digit())
            && before.chars().any(|c| c.is_ascii_alphabetic());
        if designation
            || matches!(
                before,
                "defence" | "defense" | "missile" | "rocket" | "weapons" | "artillery"
            )
        {
            return Some(Mode::Weapons);
        }
    }
    aid_mode(sent.word(k))
}

/// "over Ankara's purchase of Russian S-400 air-defence systems", "India's purchases of
/// French fighter jets": a buyer's acquisition of weapons that another state makes or
/// sells is that state's aid to the buyer, as "bought Russian S-400 systems" is.
fn purchases(sent: &Sent, actors: &Actors, ments: &[&Mention], out: &mut Vec<Draft>) {
    let n = sent.toks.len();
    for k in 1..n.saturating_sub(3) {
        if !matches!(
            sent.word(k),
            "purchase" | "purchases" | "acquisition" | "acquisitions" | "procurement"
        ) || sent.word(k + 1) != "of"
        {
            continue;
        }
        // the buyer: a possessor before the noun and its adjectives ("Ankara's planned
        // purchase")
        let mut b = k;
        let modifier = |x: usize| {
            sent.syn.upos(x) == "ADJ"
                || (sent.syn.upos(x) == "VERB" && sent.word(x).ends_with("ed"))
        };
        while b > 0 && modifier(b - 1) && b + 2 > k {
            b -= 1;
        }
        let Some(buyer) = ments
            .iter()
            .find(|m| m.t1 + 1 == b && matches!(sent.word(m.t1), "'s" | "’s" | "'" | "’"))
        else {
            continue;
        };
        // what is bought, up to the phrase's end
        let end = (k + 2..(k + 10).min(n))
            .find(|&x| matches!(sent.syn.upos(x), "PUNCT" | "VERB" | "AUX" | "SCONJ"))
            .unwrap_or((k + 10).min(n));
        let weapons = (k + 2..end).any(|x| aid_mode_at(sent, x) == Some(Mode::Weapons));
        if !weapons {
            continue;
        }
        // the seller: the maker named on the goods ("Russian S-400s"), or "from" a state
        let seller = ments.iter().find(|m| {
            m.t0 > k + 1
                && m.t1 <= end + 3
                && m.actor != buyer.actor
                && (matches!(m.how, How::Adjective) && m.t1 < end
                    || preceded_by_prep(sent, m).as_deref() == Some("from"))
        });
        let Some(seller) = seller else {
            continue;
        };
        if !is_argument(sent, actors, buyer, ClaimType::Aid)
            || !is_argument(sent, actors, seller, ClaimType::Aid)
            || out.iter().any(|d| {
                d.ty == ClaimType::Aid && d.source == seller.actor && d.target == Some(buyer.actor)
            })
        {
            continue;
        }
        let (c0, c1) = clause(sent, k);
        let mut d = Draft::between(
            ClaimType::Aid,
            seller.actor,
            buyer.actor,
            k,
            (c0.min(buyer.t0), c1.max(end)),
            "purchase of",
        );
        d.modes = vec![Mode::Weapons];
        out.push(d);
    }
}

/// Nouns that a clause of "citing" names as a source, not a grievance ("…, citing
/// Iran's health ministry").
const CITED_SOURCES: &[&str] = &[
    "ministry",
    "officials",
    "official",
    "figures",
    "data",
    "report",
    "reports",
    "statement",
    "statements",
    "media",
    "sources",
    "source",
    "agency",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "intelligence",
    "assessment",
    "analysis",
    "account",
    "accounts",
    "television",
    "radio",
    "newspaper",
    "website",
    "envoy",
    "embassy",
    "ambassador",
    "office",
    "army",
    "military",
];

/// "Tajikistan allowed NRF fighters to train at camps near the border, Taliban officials
/// alleged": a closing clause of allegation ("…, X alleged", "…, Y charged") accuses
/// its speaker's other party, the doer of the act the sentence told before it. (A
/// preposed "alleged that" is the lexicon's accusation.)
fn closing_allegation(sent: &Sent, actors: &Actors, out: &mut Vec<Draft>) {
    let n = sent.toks.len();
    let p = &sent.syn;
    let Some(c) = (1..n).rev().find(|&k| sent.word(k) == ",") else {
        return;
    };
    // the verb of allegation after the last comma, and nothing after it but a time
    // phrase and the final punctuation
    let Some(k) = (c + 1..n).find(|&k| {
        matches!(
            sent.word(k),
            "alleged" | "alleges" | "allege" | "charged" | "charges" | "charge"
        )
    }) else {
        return;
    };
    if (k + 1..n).any(|x| p.is_verbal(x)) || n - k > 6 {
        return;
    }
    // (the speaker of a closing cue is among no claim's arguments, so all the
    // sentence's mentions are read)
    let all = actors.of_sentence(sent.idx);
    let Some(speaker) = all
        .iter()
        .find(|m| m.t0 > c && m.t1 <= k && is_argument(sent, actors, m, ClaimType::Accuse))
    else {
        return;
    };
    // the act alleged: the first told before the comma by another
    let Some(act) = out
        .iter()
        .filter(|d| d.t < c && d.source != speaker.actor && d.target != Some(speaker.actor))
        .filter(|d| {
            !matches!(
                d.ty,
                ClaimType::Leads | ClaimType::MemberOf | ClaimType::PartOf | ClaimType::Accuse
            )
        })
        .min_by_key(|d| d.t)
    else {
        return;
    };
    let accused = act.source;
    // ("Taliban officials": their organisation)
    let accuser = affiliation(sent, actors, speaker).unwrap_or(speaker.actor);
    if accuser == accused
        || out
            .iter()
            .any(|d| d.ty == ClaimType::Accuse && d.source == accuser && d.target == Some(accused))
    {
        return;
    }
    out.push(Draft::between(
        ClaimType::Accuse,
        accuser,
        accused,
        k,
        (c + 1, n),
        "closing allegation",
    ));
}

/// "The RSF could try to take El Obeid from the Sudanese army": taking a place (a name
/// that is no actor, or a place noun) from someone is force used on them. ("take" is no
/// trigger of its own: most of what is taken is no place.)
fn taken_from(sent: &Sent, actors: &Actors, ments: &[&Mention], out: &mut Vec<Draft>) {
    let p = &sent.syn;
    for v in 0..p.len() {
        // (also annexed: "Russia annexed Crimea from Ukraine")
        if p.upos(v) != "VERB" || !matches!(p.lemma[v].as_str(), "take" | "annex") {
            continue;
        }
        let place = p.children(v).find(|&c| {
            p.deprel(c) == "obj"
                && treeargs::mention_over(ments, c).is_none()
                && (PLACE_HEADS.contains(&sent.word(c))
                    || (p.upos(c) == "PROPN" && sent.toks[c].cap)
                    || actors
                        .venues_of(sent.idx)
                        .iter()
                        .any(|m| m.t0 <= c && c < m.t1))
        });
        let Some(place) = place else { continue };
        let Some(holder) = p
            .children(v)
            .filter(|&c| c > place && p.deprel(c) == "obl" && sent.marked(c, "from"))
            .find_map(|c| treeargs::mention_at(sent, ments, c, false))
        else {
            continue;
        };
        let Some(taker) = treeargs::subject_of(sent, ments, v) else {
            continue;
        };
        if taker.actor == holder.actor
            || !is_argument(sent, actors, taker, ClaimType::Assault)
            || out.iter().any(|d| d.t == v)
        {
            continue;
        }
        let (c0, c1) = clause(sent, v);
        out.push(Draft::between(
            ClaimType::Assault,
            taker.actor,
            holder.actor,
            v,
            (c0.min(taker.t0), c1),
            "took a place from its holder",
        ));
    }
}

/// "The UN Security Council added Viv Ansanm and Gran Grif to its Haiti sanctions list",
/// "put Wagner on its blacklist": one added to a list of sanctions or designations is
/// sanctioned by the one who adds them (as one taken off it is granted a concession).
fn listed(sent: &Sent, actors: &Actors, ments: &[&Mention], out: &mut Vec<Draft>) {
    let p = &sent.syn;
    for v in 0..p.len() {
        if p.upos(v) != "VERB" || !matches!(p.lemma[v].as_str(), "add" | "put" | "place") {
            continue;
        }
        // (wherever the parser hung the list's phrase under the verb)
        // (or put under sanctions: "Washington put the RSF under sanctions")
        let list = p.subtree(v).into_iter().any(|c| {
            c > v
                && matches!(p.deprel(c), "obl" | "nmod")
                && ((sent.marked(c, "under") && sent.word(c).starts_with("sanction"))
                    || ((sent.marked(c, "to") || sent.marked(c, "on"))
                        && (sent.word(c) == "blacklist"
                            || (matches!(sent.word(c), "list" | "lists" | "register")
                                && p.children(c).any(|m| {
                                    matches!(p.deprel(m), "compound" | "amod")
                                        && (sent.word(m).starts_with("sanction")
                                            || sent.word(m).starts_with("terror")
                                            || sent.word(m) == "blacklist")
                                })))))
        });
        // (or by the words, where the parser took the list for the object: "placed the
        // Cartel de los Soles on its sanctions list"; a sanctions body's own list is a
        // sanctions list: "the al-Qaeda sanctions committee added Masood Azhar to its
        // list")
        let (c0, c1) = clause(sent, v);
        let body_list = (c0..v).any(|k| sent.word(k).starts_with("sanction"));
        let marker = (v + 1..c1).find(|&k| {
            matches!(sent.word(k), "to" | "on")
                && (k + 1..(k + 4).min(c1)).any(|x| {
                    matches!(sent.word(x), "list" | "lists" | "blacklist")
                        && (sent.word(x) == "blacklist"
                            || body_list
                            || (k + 1..x).any(|y| {
                                sent.word(y).starts_with("sanction")
                                    || sent.word(y).starts_with("terror")
                            }))
                })
        });
        if !list && marker.is_none() {
            continue;
        }
        let by_words = || {
            let k = marker?;
            ments
                .iter()
                .copied()
                .find(|m| m.t0 > v && m.t1 <= k && !m.locative)
        };
        let Some(obj) = p
            .children(v)
            .find(|&c| p.deprel(c) == "obj")
            .and_then(|c| treeargs::mention_at(sent, ments, c, false))
            .or_else(by_words)
        else {
            continue;
        };
        let Some(subj) = treeargs::subject_of(sent, ments, v)
            .filter(|m| is_argument(sent, actors, m, ClaimType::Sanction))
        else {
            continue;
        };
        for o in std::iter::once(obj.actor).chain(treeargs::conjuncts(sent, ments, obj)) {
            if o != subj.actor
                && !out.iter().any(|d| {
                    d.ty == ClaimType::Sanction && d.source == subj.actor && d.target == Some(o)
                })
            {
                out.push(Draft::between(
                    ClaimType::Sanction,
                    subj.actor,
                    o,
                    v,
                    (c0.min(subj.t0), c1),
                    "added to a sanctions list",
                ));
            }
        }
    }
}

/// Naval vessels: weapons in the lexicon's modes of aid, but the target where a demonym
/// names them after an act of force ("rammed Philippine boats").
const VESSELS: &[&str] = &[
    "boat",
    "boats",
    "vessel",
    "vessels",
    "ship",
    "ships",
    "warship",
    "warships",
    "frigate",
    "frigates",
    "submarine",
    "submarines",
];

/// Buildings that stand for who holds them when a protest is held outside or at them.
const PROTESTED_BUILDINGS: &[&str] = &[
    "embassy",
    "embassies",
    "consulate",
    "consulates",
    "parliament",
    "ministry",
    "headquarters",
    "office",
    "offices",
    "palace",
    "base",
    "bases",
    "compound",
    "mission",
    "residence",
];

/// The actor whose building the clause after a protest verb (tokens `from..to`) places
/// it "outside" or "at": the name between the preposition and the building ("demonstrated
/// outside the US embassy in Baghdad", "at the Iranian consulate").
fn protest_at_building(sent: &Sent, ments: &[&Mention], from: usize, to: usize) -> Option<usize> {
    (from..to).find_map(|k| {
        if !matches!(sent.word(k), "outside" | "at") {
            return None;
        }
        let b = (k + 1..(k + 6).min(to))
            .take_while(|&x| sent.toks[x].kind != rapport_text::TokKind::Punct)
            .take_while(|&x| x == k + 1 || !is_prep(sent.word(x)))
            .find(|&x| PROTESTED_BUILDINGS.contains(&sent.word(x)))?;
        ments
            .iter()
            .find(|m| m.t0 > k && m.t0 < b && m.t1 <= b + 1 && !m.venue)
            .map(|m| m.actor)
    })
}

/// "The EU suspended visa-free travel …, citing Tbilisi's backsliding on democracy",
/// "imposed sanctions on Iran, citing its support for Hezbollah": a punitive act whose
/// reason is another actor's conduct blames that actor for it.
fn cited_grievances(sent: &Sent, actors: &Actors, ments: &[&Mention], out: &mut Vec<Draft>) {
    let n = sent.toks.len();
    for k in 1..n.saturating_sub(2) {
        if sent.word(k) != "citing" || sent.word(k - 1) != "," {
            continue;
        }
        // the conduct's owner: a name with a possessive, or a possessive pronoun
        let Some(owner) = ments.iter().find(|m| {
            m.t0 == k + 1
                && (matches!(sent.word(m.t1), "'s" | "’s" | "'" | "’")
                    || (matches!(m.how, How::Pronoun)
                        && matches!(sent.word(k + 1), "its" | "their" | "his" | "her")))
        }) else {
            continue;
        };
        if !is_argument(sent, actors, owner, ClaimType::Accuse) {
            continue;
        }
        // the conduct: the first noun after the possessive, which names no source
        let start = if matches!(owner.how, How::Pronoun) {
            owner.t1
        } else {
            owner.t1 + 1
        };
        let common = |x: usize| {
            sent.syn.upos(x) == "NOUN" || (sent.syn.upos(x) == "PROPN" && !sent.toks[x].cap)
        };
        let Some(mut noun) = (start..(start + 4).min(n)).find(|&x| common(x)) else {
            continue;
        };
        // (the last of a compound: "health ministry")
        while noun + 1 < n && common(noun + 1) {
            noun += 1;
        }
        if CITED_SOURCES.contains(&sent.word(noun)) {
            continue;
        }
        // the act it explains: the sentence's last punitive act before the comma
        let Some(act) = out
            .iter()
            .filter(|d| d.t < k && d.source != owner.actor)
            .filter(|d| {
                matches!(
                    d.ty,
                    ClaimType::Sanction
                        | ClaimType::Coerce
                        | ClaimType::Reject
                        | ClaimType::Threaten
                        | ClaimType::Protest
                        | ClaimType::Assault
                )
            })
            .max_by_key(|d| d.t)
        else {
            continue;
        };
        // ("…, the army said, citing …": the clause explains the report, not the act)
        if (act.t + 1..k).any(|x| {
            matches!(
                sent.syn.lemma.get(x).map(String::as_str),
                Some("say" | "report" | "tell" | "announce" | "claim" | "add")
            )
        }) {
            continue;
        }
        let accuser = act.source;
        if out.iter().any(|d| {
            d.ty == ClaimType::Accuse && d.source == accuser && d.target == Some(owner.actor)
        }) {
            continue;
        }
        out.push(Draft::between(
            ClaimType::Accuse,
            accuser,
            owner.actor,
            k,
            (act.c0.min(k), n),
            "citing a grievance",
        ));
    }
}

/// The aid noun at `t` is what a verb or noun of stopping cuts off, with only its
/// modifiers between: "suspended military aid", "froze most of its assistance", "the
/// suspension of arms deliveries", "cut off gas supplies".
fn cut_off(sent: &Sent, t: usize) -> bool {
    if sent.syn.upos(t) != "NOUN" {
        return false;
    }
    let stop = |k: usize| {
        let w = sent.word(k);
        matches!(
            w,
            "froze"
                | "frozen"
                | "freeze"
                | "freezes"
                | "freezing"
                | "cut"
                | "cuts"
                | "cutting"
                | "withheld"
                | "withhold"
                | "withholding"
                | "suspension"
                | "cutoff"
                | "cut-off"
                | "halt"
        ) || (sent.syn.upos(k) == "VERB"
            && matches!(
                sent.syn.lemma.get(k).map(String::as_str),
                Some(
                    "halt"
                        | "suspend"
                        | "stop"
                        | "pause"
                        | "cancel"
                        | "freeze"
                        | "block"
                        | "choke"
                        | "disrupt"
                        | "strangle"
                )
            ))
    };
    let mut k = t;
    while k > 0 && t - k < 6 {
        k -= 1;
        if stop(k) {
            return true;
        }
        let w = sent.word(k);
        if !(is_det(w)
            || matches!(sent.syn.upos(k), "ADJ" | "NOUN" | "PRON" | "ADV")
            // (the particle of "cut off gas supplies")
            || matches!(w, "of" | "'s" | "most" | "all" | "some" | "off"))
        {
            return false;
        }
    }
    false
}

/// Whether the noun at `t` is what a verb of lifting ends: "lifted its arms embargo on
/// …", "the sanctions were eased", "agreed to end the blockade".
fn lifted(sent: &Sent, t: usize) -> bool {
    let p = &sent.syn;
    if t >= p.len() || p.upos(t) != "NOUN" || !matches!(p.deprel(t), "obj" | "nsubj:pass") {
        return false;
    }
    // (only a restriction is lifted: an agreement revoked is ties broken)
    let restriction = lexicon().get(sent.word(t)).is_some_and(|c| {
        c.iter()
            .any(|x| matches!(x.ty, ClaimType::Sanction | ClaimType::Coerce))
    });
    if !restriction {
        return false;
    }
    p.head(t).is_some_and(|v| {
        p.upos(v) == "VERB"
            && matches!(
                p.lemma[v].as_str(),
                "lift" | "ease" | "end" | "remove" | "scrap" | "relax" | "rescind" | "revoke"
            )
    })
}

/// The lemma of the word at `i` where the tagger read it as a verb (the test that opens
/// each word-order pattern on a verb).
fn verb_lemma(sent: &Sent, i: usize) -> Option<&str> {
    (sent.syn.upos(i) == "VERB")
        .then(|| sent.syn.lemma.get(i).map(String::as_str))
        .flatten()
}

/// "Two Iranian diplomats were expelled from Azerbaijan", "Russian journalists were
/// deported from Germany": with no agent named, the state they were sent out of sent
/// them out (a SANCTION for a state's envoys expelled, a COERCE for anyone else's
/// expulsion and for a deportation).
fn expelled_from(sent: &Sent, actors: &Actors, ments: &[&Mention], i: usize) -> Option<Vec<Draft>> {
    let p = &sent.syn;
    let lemma = verb_lemma(sent, i).filter(|l| matches!(*l, "expel" | "deport"))?;
    let kids: Vec<usize> = p.children(i).collect();
    if !kids.iter().any(|&c| p.deprel(c) == "aux:pass")
        || kids.iter().any(|&c| p.deprel(c) == "obl:agent")
    {
        return None;
    }
    let from = kids
        .iter()
        .find(|&&c| p.deprel(c) == "obl" && sent.marked(c, "from"))?;
    let state = treeargs::mention_at(sent, ments, *from, false)
        .filter(|m| actors.list[m.actor].kind == ActorKind::Country)?;
    let subject = kids.iter().find(|&&c| p.deprel(c) == "nsubj:pass")?;
    let who = treeargs::mention_at(sent, ments, *subject, true)?;
    if who.actor == state.actor {
        return None;
    }
    // (as for an active "expel": a state or an organisation of states is sanctioned,
    // anyone else coerced, "French troops were expelled from Niger")
    let whole_state = matches!(
        actors.list[who.actor].kind,
        ActorKind::Country | ActorKind::Igo
    );
    let ty = if lemma == "expel" && whole_state {
        ClaimType::Sanction
    } else {
        ClaimType::Coerce
    };
    Some(vec![Draft::between(
        ty,
        state.actor,
        who.actor,
        i,
        clause(sent, i),
        "expelled from",
    )])
}

/// "Poland summoned Russia's ambassador", "Algeria summoned the French ambassador": an
/// envoy summoned is a formal protest to the envoy's state, an ACCUSE. Others summoned
/// ("summoned Taliban leaders to Moscow for talks") are not accused.
fn summoned_envoy(
    sent: &Sent,
    actors: &Actors,
    ments: &[&Mention],
    i: usize,
) -> Option<Vec<Draft>> {
    let p = &sent.syn;
    if verb_lemma(sent, i) != Some("summon") {
        return None;
    }
    p.children(i).find(|&c| {
        p.deprel(c) == "obj"
            && matches!(
                sent.word(c),
                "ambassador"
                    | "ambassadors"
                    | "envoy"
                    | "envoys"
                    | "diplomat"
                    | "diplomats"
                    | "chargé"
                    | "charge"
            )
    })?;
    let trig = verb_trigger(ClaimType::Accuse, vec![], &[], 0.6);
    Some(frame(sent, actors, ments, i, i + 1, &trig))
}

/// "X recalled its ambassador from Y", "X declared Y's envoy persona non grata":
/// SANCTION from the subject to the other state.
fn diplomatic_sanction(
    sent: &Sent,
    actors: &Actors,
    ments: &[&Mention],
    i: usize,
) -> Option<Vec<Draft>> {
    let n = sent.toks.len();
    let diplomat = |k: usize| {
        matches!(
            sent.word(k),
            "ambassador" | "ambassadors" | "envoy" | "envoys" | "diplomats" | "diplomat"
        )
    };
    let recall = matches!(
        sent.word(i),
        "recall" | "recalled" | "recalls" | "recalling"
    ) && (i + 1..(i + 4).min(n)).any(diplomat);
    // "halted rare-earth exports to Japan", "suspended flights to Moscow": a trade or
    // travel restriction on the other state; so is aid cut off ("suspended military aid
    // to Kigali", "froze its assistance to the junta", "Washington's suspension of
    // military aid to Kigali")
    let restrict = sent.syn.upos(i) == "VERB"
        && (matches!(
            sent.word(i),
            "froze" | "frozen" | "cut" | "cuts" | "cutting"
        ) || matches!(
            sent.syn.lemma.get(i).map(String::as_str),
            Some(
                "halt"
                    | "suspend"
                    | "ban"
                    | "block"
                    | "restrict"
                    | "curb"
                    | "stop"
                    | "freeze"
                    | "cut"
                    | "withhold"
                    | "pause"
                    | "cancel"
                    | "close"
                    | "shut"
                    | "choke"
                    | "disrupt"
                    | "strangle"
            )
        ));
    let restriction_noun = sent.syn.upos(i) == "NOUN"
        && matches!(
            sent.word(i),
            "suspension" | "halt" | "freeze" | "freezing" | "cutoff" | "cut-off" | "withholding"
        )
        && sent.word(i + 1) == "of";
    let trade = (i + 1..(i + 5).min(n)).find(|&k| {
        matches!(
            sent.word(k),
            "exports"
                | "imports"
                | "shipments"
                | "sales"
                | "trade"
                | "flights"
                | "aid"
                | "assistance"
                | "funding"
                | "deliveries"
                | "loans"
                | "supplies"
                | "supply"
                // ("closed its border with Benin", "shut its airspace to Russian planes")
                | "border"
                | "borders"
                | "airspace"
        ) && matches!(sent.word(k + 1), "to" | "from" | "with" | "for")
            // (the words between are the goods' modifiers: "most of its military aid")
            && (i + 1..k).all(|j| !matches!(sent.word(j), "," | "and" | "to" | "from"))
    });
    if restrict || restriction_noun {
        // (a border closed with a state names the state as a place: "closed its border
        // with Benin")
        if let Some(k) = trade.filter(|&k| {
            matches!(sent.word(k), "border" | "borders" | "airspace") && sent.syn.upos(i) == "VERB"
        }) {
            let other = ments.iter().copied().find(|m| {
                (m.t0 == k + 2 || (m.t0 == k + 3 && is_det(sent.word(k + 2))))
                    && actors.list[m.actor].kind == ActorKind::Country
            });
            let subject = treeargs::subject_of(sent, ments, i);
            if let (Some(o), Some(s)) = (other, subject) {
                if o.actor != s.actor {
                    return Some(vec![Draft::between(
                        ClaimType::Sanction,
                        s.actor,
                        o.actor,
                        i,
                        clause(sent, i),
                        "border closed",
                    )]);
                }
            }
        }
        if let Some(k) = trade {
            let preps: &'static [&'static str] = &["to", "from", "with", "for"];
            let mut trig = verb_trigger(ClaimType::Sanction, vec![], preps, 0.6);
            if restriction_noun {
                trig.pos = Pos::Noun;
            }
            // (an armed group's blockade coerces: "JNIM blocked fuel deliveries to Bamako")
            let mut drafts = frame(sent, actors, ments, i, k + 1, &trig);
            for d in drafts.iter_mut() {
                if actors.list[d.source].kind == ActorKind::ArmedGroup {
                    d.ty = ClaimType::Coerce;
                }
            }
            return Some(drafts);
        }
    }
    // "Poland closed Russia's last consulate", "shut the Belarusian embassy": a
    // mission of another state closed is a sanction on that state (not one's own
    // mission closed abroad)
    if restrict && matches!(verb_lemma(sent, i), Some("close" | "shut" | "shutter")) {
        let p = &sent.syn;
        let mission = p.children(i).find(|&c| {
            p.deprel(c) == "obj"
                && matches!(
                    sent.word(c),
                    "embassy" | "embassies" | "consulate" | "consulates" | "mission"
                )
        });
        let owner = mission.and_then(|o| {
            ments.iter().copied().find(|m| {
                // (the owner's name or demonym on the noun, or a mention of the
                // mission itself: "the Belarusian embassy")
                m.t0 > i
                    && m.t0 <= o
                    && actors.list[m.actor].kind == ActorKind::Country
                    && (m.t1 > o
                        || (m.t0..m.t1).any(|x| {
                            p.head(x) == Some(o) && matches!(p.deprel(x), "nmod:poss" | "amod")
                        }))
            })
        });
        // (or, where the tree lost it, the name right before the verb a "by" gerund
        // modifies: "…, and Warsaw responded by closing …")
        let subject = treeargs::subject_of(sent, ments, i).or_else(|| {
            (i >= 3 && sent.word(i - 1) == "by" && sent.syn.upos(i - 2) == "VERB")
                .then(|| ments.iter().copied().find(|m| m.t1 == i - 2))
                .flatten()
        });
        if let (Some(o), Some(s)) = (owner, subject) {
            if o.actor != s.actor && !crate::allege::same_side(actors, o.actor, s.actor) {
                return Some(vec![Draft::between(
                    ClaimType::Sanction,
                    s.actor,
                    o.actor,
                    i,
                    clause(sent, i),
                    "another state's mission closed",
                )]);
            }
        }
    }
    let non_grata = matches!(sent.word(i), "declared" | "declares" | "declare")
        && (i + 1..(i + 8).min(n)).any(|k| sent.word(k) == "persona" && sent.word(k + 1) == "non");
    if !recall && !non_grata {
        return None;
    }
    // (the envoy's post names the state: "recalled its ambassador to Algeria"; one
    // called home "to Paris for consultations" is the subject's own)
    let preps: &'static [&'static str] = if recall { &["from", "to"] } else { &[] };
    let trig = verb_trigger(ClaimType::Sanction, vec![], preps, 0.6);
    Some(frame(sent, actors, ments, i, i + 1, &trig))
}

/// "Sultani Makenga … is under both UN and US sanctions", "Rosneft was placed under EU
/// sanctions", "Iran remains under sanctions imposed by the United States": a SANCTION
/// from each imposer the sanctions name (before the noun, or after "imposed by") on
/// the subject of the clause they are under. Sanctions with no imposer named are none.
fn under_sanctions(
    sent: &Sent,
    actors: &Actors,
    ments: &[&Mention],
    i: usize,
) -> Option<Vec<Draft>> {
    if sent.word(i) != "under" || sent.syn.is_empty() {
        return None;
    }
    let n = sent.toks.len();
    let p = &sent.syn;
    let j = (i + 1..(i + 8).min(n)).find(|&k| {
        matches!(
            sent.word(k),
            "sanctions" | "sanction" | "embargo" | "embargoes"
        )
    })?;
    // (only the imposers and the sanctions' modifiers between: "under both UN and US
    // sanctions", "under a UN arms embargo", "under fresh Western sanctions")
    if (i + 1..j).any(|k| {
        matches!(sent.word(k), "," | "of" | "which" | "that")
            || matches!(p.upos(k), "VERB" | "AUX" | "PRON")
    }) {
        return None;
    }
    let arg = |m: &&&Mention| !m.nested && is_argument(sent, actors, m, ClaimType::Sanction);
    let mut sources: Vec<&Mention> = ments
        .iter()
        .filter(arg)
        .filter(|m| m.t0 > i && m.t1 <= j)
        .copied()
        .collect();
    // "sanctions imposed by the United States", "sanctions by the UN"
    let by = if sent.word(j + 1) == "by" {
        Some(j + 2)
    } else if matches!(sent.word(j + 1), "imposed" | "levied" | "placed")
        && sent.word(j + 2) == "by"
    {
        Some(j + 3)
    } else {
        None
    };
    if let Some(b) = by {
        let mut k = b;
        while let Some(m) = ments
            .iter()
            .filter(arg)
            .find(|m| m.t0 == k || (m.t0 == k + 1 && is_det(sent.word(k))))
        {
            sources.push(m);
            if !matches!(sent.word(m.t1), "and" | ",") {
                break;
            }
            k = m.t1 + 1;
        }
    }
    if sources.is_empty() {
        return None;
    }
    // the subject of the clause the sanctions are under: of the noun "under" marks,
    // or of the verb above it ("was placed under", "remains under")
    let mut x = p.head(i)?;
    let mut subject = None;
    for _ in 0..3 {
        if let Some(c) = p
            .children(x)
            .find(|&c| matches!(p.deprel(c), "nsubj" | "nsubj:pass"))
        {
            subject = crate::treeargs::mention_at(sent, ments, c, true);
            break;
        }
        match p.head(x) {
            Some(h) => x = h,
            None => break,
        }
    }
    let target = subject.filter(|m| arg(&m) && !sources.iter().any(|s| s.actor == m.actor))?;
    let (c0, c1) = clause(sent, j);
    Some(
        sources
            .iter()
            .map(|s| {
                Draft::between(
                    ClaimType::Sanction,
                    s.actor,
                    target.actor,
                    j,
                    (c0, c1),
                    "under sanctions",
                )
            })
            .collect(),
    )
}

/// "Marwan Barghouti … has been held in Israeli prisons since 2002", "detained in
/// Russian custody": a COERCE by the state whose prisons or custody hold the subject.
fn held_in_custody(
    sent: &Sent,
    actors: &Actors,
    ments: &[&Mention],
    i: usize,
) -> Option<Vec<Draft>> {
    if !matches!(
        sent.word(i),
        "held" | "detained" | "jailed" | "imprisoned" | "kept" | "locked" | "languishing"
    ) || sent.word(i + 1) != "in"
        || sent.syn.is_empty()
    {
        return None;
    }
    let n = sent.toks.len();
    // the keeper: a demonym or a possessor right before the place of keeping
    let place = (i + 2..(i + 6).min(n)).find(|&k| {
        matches!(
            sent.word(k),
            "prison" | "prisons" | "jail" | "jails" | "custody" | "detention" | "captivity"
        )
    })?;
    let keeper = ments.iter().find(|m| {
        m.t0 > i + 1
            && m.t1 <= place
            && (m.how == How::Adjective || sent.word(m.t1) == "'s")
            && (m.t1..place)
                .all(|k| sent.word(k) == "'s" || matches!(sent.syn.upos(k), "ADJ" | "NOUN"))
            && is_argument(sent, actors, m, ClaimType::Coerce)
    })?;
    let p = &sent.syn;
    let who = p
        .children(i)
        .find(|&c| matches!(p.deprel(c), "nsubj" | "nsubj:pass"))
        .and_then(|c| crate::treeargs::mention_at(sent, ments, c, true))
        .or_else(|| crate::treeargs::subject_of(sent, ments, i))?;
    if who.actor == keeper.actor || !is_argument(sent, actors, who, ClaimType::Coerce) {
        return None;
    }
    Some(vec![Draft::between(
        ClaimType::Coerce,
        keeper.actor,
        who.actor,
        i,
        clause(sent, i),
        "held in custody",
    )])
}

/// "Niger's junta placed Mohamed Bazoum under house arrest", "Riek Machar was placed
/// under house arrest … on the orders of Salva Kiir": one put or held under arrest is
/// coerced by whoever put or holds them there (the verb's subject, its "by" phrase or
/// the one on whose orders it was done).
fn under_arrest(sent: &Sent, actors: &Actors, ments: &[&Mention], i: usize) -> Option<Vec<Draft>> {
    let p = &sent.syn;
    if sent.word(i) != "arrest" || i < 2 || i >= p.len() {
        return None;
    }
    let under = if sent.word(i - 1) == "under" {
        i - 1
    } else if sent.word(i - 1) == "house" && sent.word(i - 2) == "under" {
        i - 2
    } else {
        return None;
    };
    let v = p.head(i).filter(|&v| v < under && p.upos(v) == "VERB")?;
    let kids: Vec<usize> = p.children(v).collect();
    let arg = |rels: &[&str]| {
        kids.iter()
            .find(|&&c| rels.contains(&p.deprel(c)))
            .and_then(|&c| treeargs::mention_at(sent, ments, c, false))
    };
    let obj = arg(&["obj"]);
    let (who, keeper) = match obj {
        // "placed Mohamed Bazoum under house arrest"
        Some(o) => (o, treeargs::subject_of(sent, ments, v)),
        // "was placed under house arrest by the junta", "on the orders of Salva Kiir"
        None => {
            let who = arg(&["nsubj:pass", "nsubj"])?;
            let (_, c1) = clause(sent, i);
            let keeper = ments.iter().copied().find(|m| {
                m.t0 > i
                    && m.t1 <= c1
                    && (preceded_by_prep(sent, m).as_deref() == Some("by")
                        || (m.t0 >= 2
                            && sent.word(m.t0 - 1) == "of"
                            && matches!(sent.word(m.t0 - 2), "orders" | "order" | "behest")))
            });
            (who, keeper)
        }
    };
    let keeper = keeper?;
    if keeper.actor == who.actor
        || !is_argument(sent, actors, who, ClaimType::Coerce)
        || !is_argument(sent, actors, keeper, ClaimType::Coerce)
    {
        return None;
    }
    Some(vec![Draft::between(
        ClaimType::Coerce,
        keeper.actor,
        who.actor,
        v,
        clause(sent, v),
        "put under arrest",
    )])
}

/// The preposition that names whom something is done for after `noun`: "in support of",
/// "on behalf of", "in solidarity with".
fn for_whom(noun: &str) -> Option<&'static str> {
    match noun {
        "support" | "favour" | "favor" | "behalf" | "defence" | "defense" => Some("of"),
        "solidarity" => Some("with"),
        _ => None,
    }
}

/// "Kenya came out in support of Morocco's autonomy plan", "rallied in solidarity with
/// Gaza": support declared "in support of", "in favour of" or "in solidarity with"
/// someone (or their plan) is the clause subject's support for them.
fn in_support_of(sent: &Sent, actors: &Actors, ments: &[&Mention], i: usize) -> Option<Vec<Draft>> {
    let p = &sent.syn;
    // (support declared, not a deed done on someone's behalf or in their defence)
    if !matches!(sent.word(i), "support" | "favour" | "favor" | "solidarity")
        || i == 0
        || i + 2 >= sent.toks.len()
        || sent.word(i - 1) != "in"
        || for_whom(sent.word(i)) != Some(sent.word(i + 1))
    {
        return None;
    }
    let v = p
        .head(i)
        .filter(|&v| p.upos(v) == "VERB" && p.deprel(i) == "obl")?;
    let who = treeargs::subject_of(sent, ments, v)?;
    // (the one named first in the phrase, or the owner of the plan it names)
    let (_, c1) = clause(sent, i);
    let whom = ments
        .iter()
        .copied()
        .find(|m| m.t1 <= c1 && (m.t0 == i + 2 || (m.t0 == i + 3 && is_det(sent.word(i + 2)))))?;
    if who.actor == whom.actor
        || !is_argument(sent, actors, who, ClaimType::Support)
        || !is_argument(sent, actors, whom, ClaimType::Support)
    {
        return None;
    }
    Some(vec![Draft::between(
        ClaimType::Support,
        who.actor,
        whom.actor,
        i,
        clause(sent, v),
        "in support of",
    )])
}

/// "X and Y exchanged fire", "X exchanged fire with Y": ASSAULT each way.
fn exchange_of_fire(
    sent: &Sent,
    actors: &Actors,
    ments: &[&Mention],
    i: usize,
) -> Option<Vec<Draft>> {
    if !matches!(
        sent.word(i),
        "exchange" | "exchanged" | "exchanges" | "exchanging" | "swapped" | "swap" | "swaps"
    ) {
        return None;
    }
    let n = sent.toks.len();
    let what = (i + 1..(i + 4).min(n)).find_map(|k| match sent.word(k) {
        "fire" | "gunfire" | "shots" | "shelling" | "blows" => Some(ClaimType::Assault),
        // "exchanged prisoners": each side releases the other's
        "prisoners" | "captives" | "detainees" | "hostages" | "pows" | "bodies" => {
            Some(ClaimType::Concede)
        }
        _ => None,
    })?;
    // (a noun "exchange" is no verb: "the prisoner exchange between …" is read by
    // `mutual_between`)
    if sent.syn.upos(i) == "NOUN" {
        return None;
    }
    let (c0, c1) = clause(sent, i);
    let arg = |m: &&&Mention| is_argument(sent, actors, m, ClaimType::Assault) && !m.locative;
    let left: Vec<&Mention> = ments
        .iter()
        .filter(arg)
        .copied()
        .filter(|m| m.t0 >= c0 && m.t1 <= i)
        .collect();
    let (a, b) = match left[..] {
        // "X and Y exchanged"
        [.., x, y] if x.t1 < y.t0 && sent.word(x.t1) == "and" && y.t0 <= x.t1 + 2 => (x, y),
        // "X exchanged fire with Y"
        [.., x] => {
            let y = ments.iter().copied().filter(|m| arg(&m)).find(|m| {
                m.t0 > i && m.t1 <= c1 && preceded_by_prep(sent, m).as_deref() == Some("with")
            })?;
            (x, y)
        }
        _ => return None,
    };
    if a.actor == b.actor {
        return None;
    }
    let d = Draft {
        modes: if what == ClaimType::Assault {
            vec![Mode::ArmedAttack]
        } else {
            vec![]
        },
        ..Draft::between(what, a.actor, b.actor, i, (c0, c1), "exchange")
    };
    let back = d.reversed();
    Some(std::iter::once(d).chain(back).collect())
}

/// "Asmara and Addis Ababa accuse each other of …", "Thai and Cambodian troops shelled
/// each other's positions": a verb of the lexicon with a reciprocal object, done by each
/// of two coordinated subjects to the other.
fn reciprocal(sent: &Sent, actors: &Actors, ments: &[&Mention], i: usize) -> Option<Vec<Draft>> {
    let trig = lexicon()
        .get(sent.word(i))?
        .iter()
        .find(|c| c.pos == Pos::Verb && c.rest.is_empty())?;
    let each_other = matches!(
        (sent.word(i + 1), sent.word(i + 2)),
        ("each", "other" | "other's") | ("one", "another" | "another's")
    ) || (sent.word(i + 3) == "'s"
        && matches!(
            (sent.word(i + 1), sent.word(i + 2)),
            ("each", "other") | ("one", "another")
        ));
    // "ISWAP and Boko Haram fighters have clashed": fighting with no object is mutual
    let mutual = sent.syn.upos(i) == "VERB"
        && matches!(
            sent.syn.lemma.get(i).map(String::as_str),
            Some("clash" | "fight" | "battle" | "skirmish")
        )
        && !sent.syn.children(i).any(|c| {
            // ("fought a border war": the war fought is no other side)
            (sent.syn.deprel(c) == "obj" && !WAR_OBJECTS.contains(&sent.word(c)))
                || (sent.syn.deprel(c) == "obl"
                    && sent
                        .syn
                        .children(c)
                        .any(|g| matches!(sent.word(g), "with" | "against" | "alongside")))
        })
        && !matches!(sent.word(i + 1), "with" | "against" | "alongside");
    if !each_other && !mutual {
        return None;
    }
    let (c0, c1) = clause(sent, i);
    // (a relative clause's subject is the noun it follows: "China and Vietnam, which
    // fought a border war in 1979, …")
    let p = &sent.syn;
    let c0 = match p.head(i).filter(|_| p.deprel(i) == "acl:relcl") {
        Some(h)
            if p.children(i).any(|c| {
                p.deprel(c) == "nsubj" && matches!(sent.word(c), "which" | "who" | "that")
            }) =>
        {
            p.subtree(h).first().copied().unwrap_or(c0).min(c0)
        }
        _ => c0,
    };
    let left = parties_before(sent, actors, ments, c0, i, trig.ty);
    let [.., a, b] = left[..] else {
        return None;
    };
    if !(a.t1 < b.t0 && sent.word(a.t1) == "and" && b.t0 <= a.t1 + 2) || a.actor == b.actor {
        return None;
    }
    let d = Draft {
        modes: trig.modes.clone(),
        confidence: trig.base_confidence,
        ..Draft::between(trig.ty, a.actor, b.actor, i, (c0, c1), "reciprocal")
    };
    let back = d.reversed();
    let mut out: Vec<Draft> = std::iter::once(d).chain(back).collect();
    // "accuse each other of massing troops": what each accuses the other of, done by
    // each (the accusation's cue makes it probable and the accuser's)
    if trig.ty == ClaimType::Accuse && each_other {
        out.extend(reciprocal_charges(
            sent,
            actors,
            ments,
            i,
            [a.actor, b.actor],
        ));
    }
    Some(out)
}

/// The acts two parties who "accuse each other of" something are each accused of: the
/// gerund after "of", with each party as its doer and the target its own object names.
fn reciprocal_charges(
    sent: &Sent,
    actors: &Actors,
    ments: &[&Mention],
    i: usize,
    parties: [usize; 2],
) -> Vec<Draft> {
    let p = &sent.syn;
    let Some(g) = p.children(i).find(|&c| {
        p.upos(c) == "VERB" && matches!(p.deprel(c), "advcl" | "xcomp") && sent.marked(c, "of")
    }) else {
        return Vec::new();
    };
    let Some(trig) = lexicon()
        .get(sent.word(g))
        .and_then(|c| c.iter().find(|t| t.pos == Pos::Verb && t.rest.is_empty()))
    else {
        return Vec::new();
    };
    let cand: Vec<&Mention> = ments
        .iter()
        .copied()
        .filter(|m| is_argument(sent, actors, m, trig.ty) && !m.locative)
        .collect();
    let target = treeargs::verb(sent, &cand, g, trig.target_preps, trig.reverse)
        .target
        .map(|m| m.actor);
    let (c0, c1) = clause(sent, g);
    parties
        .iter()
        .filter(|&&s| target != Some(s))
        .map(|&s| Draft {
            ty: trig.ty,
            modes: trig.modes.clone(),
            role: None,
            source: s,
            target,
            t: g,
            c0,
            c1,
            confidence: trig.base_confidence,
            rule: "reciprocal: what each is accused of",
            open: None,
            agentless: false,
        })
        .collect()
}

/// "China and Vietnam now describe each other as strategic partners", "Beijing and
/// Islamabad call their relationship an all-weather friendship": two coordinated subjects
/// that name each other, or their tie, by a noun of alliance or enmity stand in that
/// relation.
fn mutual_description(
    sent: &Sent,
    actors: &Actors,
    ments: &[&Mention],
    i: usize,
) -> Option<Vec<Draft>> {
    let p = &sent.syn;
    if p.upos(i) != "VERB"
        || !matches!(
            p.lemma.get(i).map(String::as_str),
            Some("describe" | "call" | "consider" | "regard" | "see" | "view" | "term" | "hail")
        )
    {
        return None;
    }
    let each_other = matches!(
        (sent.word(i + 1), sent.word(i + 2)),
        ("each", "other") | ("one", "another")
    );
    let their_tie = sent.word(i + 1) == "their"
        && matches!(
            sent.word(i + 2),
            "relationship" | "relations" | "ties" | "friendship" | "partnership" | "alliance"
        );
    if !each_other && !their_tie {
        return None;
    }
    let (c0, c1) = clause(sent, i);
    let mut k = i + 3;
    if sent.word(k) == "as" {
        k += 1;
    }
    // the noun that names the tie, among the next few words of the phrase
    let ty = (k..(k + 5).min(c1))
        .take_while(|&x| !matches!(sent.word(x), "," | "." | ";" | "and" | "but"))
        .find_map(|x| match sent.word(x) {
            "friendship" | "friends" | "brothers" | "brotherhood" => Some(ClaimType::AlliedWith),
            w => lexicon().get(w).and_then(|c| {
                c.iter()
                    .find(|t| {
                        t.pos == Pos::Noun
                            && t.rest.is_empty()
                            && matches!(t.ty, ClaimType::AlliedWith | ClaimType::HostileTo)
                    })
                    .map(|t| t.ty)
            }),
        })?;
    // (the subject of a relative clause is the noun it follows: "China and Vietnam,
    // which …, now describe each other as …")
    let c0 = match p.head(i).filter(|_| p.deprel(i) == "acl:relcl") {
        Some(h) => p.subtree(h).first().copied().unwrap_or(c0).min(c0),
        None => c0,
    };
    let left = parties_before(sent, actors, ments, c0, i, ty);
    // (the pair may stand before a relative clause the parser made the verb's: "China
    // and Vietnam, which fought …, now describe")
    let pair = left.windows(2).rev().find(|w| {
        let (a, b) = (w[0], w[1]);
        a.t1 < b.t0 && sent.word(a.t1) == "and" && b.t0 <= a.t1 + 2 && a.actor != b.actor
    })?;
    let (a, b) = (pair[0], pair[1]);
    // (the pair is the verb's subject: nothing but a relative clause or an adverb
    // between them and the verb)
    let between_ok = (b.t1..i).all(|x| {
        matches!(p.upos(x), "ADV" | "AUX" | "PART")
            || sent.word(x) == ","
            || p.ancestors(x)
                .into_iter()
                .any(|h| p.deprel(h) == "acl:relcl")
    });
    if !between_ok {
        return None;
    }
    Some(vec![Draft {
        confidence: 0.6,
        ..Draft::between(ty, a.actor, b.actor, i, (c0, c1), "mutual description")
    }])
}

/// A verb of harming ("weaken", "undermine") is a hostile stance only as what someone
/// wants, tries or means to do — an infinitive: "wants to weaken the Afghan
/// government", "has tried to destabilise Moldova" — and only against an actor its
/// object names as a whole, not something of theirs ("to undermine Afghanistan peace
/// efforts"); "it is destabilizing Afghanistan" tells an effect, not a stance. Other
/// triggers pass.
fn aims_against(sent: &Sent, ments: &[&Mention], t: usize, trig: &Trigger) -> bool {
    let p = &sent.syn;
    if trig.ty != ClaimType::HostileTo
        || trig.pos != Pos::Verb
        || t >= p.len()
        || !crate::lexicon::HARMING.contains(&p.lemma[t].as_str())
    {
        return true;
    }
    let infinitive = t > 0 && sent.word(t - 1) == "to";
    let whole = p
        .children(t)
        .find(|&c| p.deprel(c) == "obj")
        .is_some_and(|o| {
            ments.iter().any(|m| m.t0 <= o && o < m.t1)
                || matches!(
                    sent.word(o),
                    "government" | "regime" | "junta" | "state" | "authorities" | "leadership"
                )
        });
    infinitive && whole
}

/// The mentions of the clause from `c0` up to the verb at `i` that can be parties of a
/// claim of `ty` (no places, no relative pronouns): where a pair of coordinated
/// subjects is looked for.
fn parties_before<'a>(
    sent: &Sent,
    actors: &Actors,
    ments: &[&'a Mention],
    c0: usize,
    i: usize,
    ty: ClaimType,
) -> Vec<&'a Mention> {
    ments
        .iter()
        .copied()
        .filter(|m| {
            m.t0 >= c0
                && m.t1 <= i
                && !m.locative
                && m.how != How::Relative
                && is_argument(sent, actors, m, ty)
        })
        .collect()
}

/// Objects of a verb of fighting that name the fight itself, not another side ("fought
/// a brief border war").
const WAR_OBJECTS: &[&str] = &[
    "war",
    "wars",
    "battle",
    "battles",
    "conflict",
    "skirmish",
    "skirmishes",
    "clashes",
    "duel",
];

/// Nouns of consent that make the one named on them a helper: "with Taliban
/// permission", "with Pakistan's blessing".
pub(crate) const PERMISSION: &[&str] = &[
    "permission",
    "approval",
    "consent",
    "blessing",
    "acquiescence",
    "assent",
    "help",
    "support",
    "backing",
    "assistance",
];

/// Whether a mention names the giver of a consent noun after it ("Taliban permission",
/// "Pakistan's blessing").
fn names_permission(sent: &Sent, m: &Mention) -> bool {
    let after = if sent.word(m.t1) == "'s" {
        m.t1 + 1
    } else {
        m.t1
    };
    PERMISSION.contains(&sent.word(after))
}

/// "drove government forces out of Aden", "pushed Tigrayan fighters back from Debre
/// Sina": forcing an actor out of a place attacks it.
fn drive_out(sent: &Sent, actors: &Actors, ments: &[&Mention], i: usize) -> Option<Vec<Draft>> {
    if sent.syn.upos(i) != "VERB"
        || !matches!(
            sent.syn.lemma.get(i).map(String::as_str),
            Some("drive" | "push" | "chase" | "force" | "kick" | "oust")
        )
    {
        return None;
    }
    let (_, c1) = clause(sent, i);
    let driven = ments.iter().copied().find(|m| {
        m.t0 > i
            && m.t0 <= i + 6
            && preceded_by_prep(sent, m).is_none()
            && (matches!(sent.word(m.t1), "out" | "back" | "from")
                || (m.t1 + 1 < c1 && matches!(sent.word(m.t1 + 1), "out" | "back")))
    })?;
    let trig = verb_trigger(ClaimType::Assault, vec![Mode::ArmedAttack], &[], 0.6);
    Some(against(
        frame(sent, actors, ments, i, i + 1, &trig),
        driven.actor,
    ))
}

/// The drafts a frame read, each with `target` as its target, save those `target` itself
/// does: where a rule knows the other party better than the frame does.
fn against(drafts: Vec<Draft>, target: usize) -> Vec<Draft> {
    drafts
        .into_iter()
        .filter(|d| d.source != target)
        .map(|d| Draft {
            target: Some(target),
            ..d
        })
        .collect()
}

/// "France pulled its soldiers out of Mali", "Russia pulled back its forces", "the US
/// pulled out of Syria": pulling one's forces out or back withdraws them.
fn pull_out(sent: &Sent, actors: &Actors, ments: &[&Mention], i: usize) -> Option<Vec<Draft>> {
    let p = &sent.syn;
    if verb_lemma(sent, i) != Some("pull") {
        return None;
    }
    let (_, c1) = clause(sent, i);
    // the particle: the parser's, or a lone "out" or "back" before the place left
    // (after an object of a few words: "pulled most of its ground troops out of Yemen")
    let particle = p
        .children(i)
        .any(|c| p.deprel(c) == "compound:prt" && matches!(sent.word(c), "out" | "back"))
        || (i + 1..(i + 8).min(c1)).any(|k| {
            matches!(sent.word(k), "out" | "back")
                && (k + 1 == c1
                    || matches!(sent.word(k + 1), "of" | "from" | "," | "." | "on" | "in"))
        });
    if !particle {
        return None;
    }
    let trig = verb_trigger(ClaimType::Retreat, vec![], &["from"], 0.6);
    Some(frame(sent, actors, ments, i, i + 1, &trig))
}

/// "Hamas handed over the bodies of four hostages to Israel", "handed back two captured
/// soldiers": people or remains handed over or back are a concession to the one who
/// receives them.
fn handed_over(sent: &Sent, actors: &Actors, ments: &[&Mention], i: usize) -> Option<Vec<Draft>> {
    let p = &sent.syn;
    if verb_lemma(sent, i) != Some("hand") {
        return None;
    }
    let (_, c1) = clause(sent, i);
    // (also after the object: "handed 84 Ukrainian prisoners of war back to Kyiv")
    let particle = p
        .children(i)
        .any(|c| p.deprel(c) == "compound:prt" && matches!(sent.word(c), "over" | "back"))
        || matches!(sent.word(i + 1), "over" | "back")
        || (i + 2..(i + 9).min(c1)).any(|k| {
            matches!(sent.word(k), "over" | "back") && matches!(sent.word(k + 1), "to" | "into")
        });
    if !particle {
        return None;
    }
    let people = (i + 1..(i + 8).min(c1)).any(|k| {
        matches!(
            sent.word(k),
            "bodies"
                | "body"
                | "remains"
                | "hostages"
                | "hostage"
                | "prisoners"
                | "captives"
                | "detainees"
                | "soldiers"
                | "pows"
        )
    });
    if !people {
        return None;
    }
    let trig = Trigger {
        participle: sent.word(i) == "handed",
        ..verb_trigger(ClaimType::Concede, vec![], &["to"], 0.6)
    };
    Some(frame(sent, actors, ments, i, i + 1, &trig))
}

/// "The European Union froze Russian central bank assets", "seized the assets of …":
/// holdings frozen, seized or confiscated are a sanction on their owner.
fn assets_frozen(sent: &Sent, actors: &Actors, ments: &[&Mention], i: usize) -> Option<Vec<Draft>> {
    let p = &sent.syn;
    if p.upos(i) != "VERB"
        || !matches!(
            p.lemma.get(i).map(String::as_str),
            Some("freeze" | "froze" | "seize" | "confiscate" | "impound" | "block" | "unfreeze")
        )
    {
        return None;
    }
    let holdings = p.children(i).find(|&c| {
        matches!(p.deprel(c), "obj" | "nsubj:pass")
            && matches!(
                sent.word(c),
                "assets"
                    | "funds"
                    | "accounts"
                    | "reserves"
                    | "property"
                    | "properties"
                    | "holdings"
            )
    })?;
    // (unfreezing releases them: no sanction)
    if p.lemma[i] == "unfreeze" {
        return Some(Vec::new());
    }
    let owner = treeargs::mention_at(sent, ments, holdings, false).or_else(|| {
        p.children(holdings)
            .find(|&c| p.deprel(c) == "nmod" && sent.marked(c, "of"))
            .and_then(|c| treeargs::mention_at(sent, ments, c, false))
    })?;
    let trig = Trigger {
        participle: sent.word(i).ends_with("ed") || sent.word(i) == "frozen",
        ..verb_trigger(ClaimType::Sanction, vec![], &["of"], 0.6)
    };
    Some(against(
        frame(sent, actors, ments, i, i + 1, &trig),
        owner.actor,
    ))
}

/// "Russian troops left Kherson", "Eritrean troops failed to leave Tigray": forces that
/// leave a place withdraw from it (not people who leave for talks: only the armed).
fn leave_place(sent: &Sent, actors: &Actors, ments: &[&Mention], i: usize) -> Option<Vec<Draft>> {
    let p = &sent.syn;
    if verb_lemma(sent, i) != Some("leave") {
        return None;
    }
    // the subject: the verb's own, or its controller's ("failed to leave")
    let nsubj = |v: usize| p.children(v).find(|&c| p.deprel(c) == "nsubj");
    let subj = nsubj(i).or_else(|| {
        (p.deprel(i) == "xcomp")
            .then(|| p.head(i))
            .flatten()
            .and_then(nsubj)
    })?;
    // (the lemmatizer keeps "troops" as it is)
    // (or guards, or an armed group however named: "Wagner announced that it was
    // leaving Mali")
    let armed = treeargs::ARMED_PEOPLE.contains(&p.lemma[subj].as_str())
        || treeargs::ARMED_PEOPLE.contains(&sent.word(subj).trim_end_matches('s'))
        || matches!(p.lemma[subj].as_str(), "guard" | "guards");
    // (an armed group named as the subject itself leaves a country it names, not a
    // city it held talks in: "Wagner announced that it was leaving Mali", not "the
    // Taliban left Doha after the talks")
    let group_leaves_country = treeargs::mention_over(ments, subj)
        .is_some_and(|m| actors.list[m.actor].kind == ActorKind::ArmedGroup)
        && p.children(i).any(|c| {
            p.deprel(c) == "obj"
                && treeargs::mention_over(ments, c).is_some_and(|m| {
                    actors.list[m.actor].kind == ActorKind::Country
                        && !matches!(m.how, How::Kb(rapport_kb::AliasKind::Capital))
                })
        });
    if !armed && !group_leaves_country {
        return None;
    }
    let venues = actors.venues_of(sent.idx);
    let place = p.children(i).find(|&c| p.deprel(c) == "obj")?;
    let is_place = ments.iter().chain(venues.iter()).any(|m| {
        m.t0 <= place
            && place < m.t1
            && (m.locative || actors.list[m.actor].kind == ActorKind::Country)
    }) || p
        .entities
        .iter()
        .any(|(a, b, l)| l == "LOC" && *a <= place && place < *b)
        // (a one-word name the place table holds: "Tigray")
        || (sent.toks[place].cap && p.children(place).next().is_none() && {
            let mut chars = sent.word(place).chars();
            let name: String = chars
                .next()
                .into_iter()
                .flat_map(char::to_uppercase)
                .chain(chars)
                .collect();
            rapport_kb::Places::embedded().country_of(&name).is_some()
        });
    if !is_place {
        return None;
    }
    let trig = verb_trigger(ClaimType::Retreat, vec![], &[], 0.55);
    Some(frame(sent, actors, ments, i, i + 1, &trig))
}

/// The object of the controlling verb at `verb` ("helped rebels …", "enabled Kyiv to
/// …"): a mention starting within three words after it and ending by `end`, named (not
/// a demonym) and with no preposition of its own.
fn object_after<'a>(
    sent: &Sent,
    left: &[&'a Mention],
    verb: usize,
    end: usize,
) -> Option<&'a Mention> {
    left.iter().copied().find(|m| {
        m.t0 > verb
            && m.t0 <= verb + 3
            && m.t1 <= end
            && !matches!(m.how, How::Adjective)
            && preceded_by_prep(sent, m).is_none()
    })
}

/// The verb of launching whose named object the noun at `i` is in apposition to:
/// "launched Operation Olive Branch, a military campaign against …", "began Operation
/// Rising Lion, a wave of strikes on …".
fn launched_apposition(sent: &Sent, i: usize) -> Option<usize> {
    let mut k = i;
    while k > 0
        && (is_det(sent.word(k - 1))
            || sent.syn.upos(k - 1) == "ADJ"
            || (sent.word(k - 1) == "of"
                && k >= 2
                && matches!(
                    sent.word(k - 2),
                    "wave" | "series" | "barrage" | "round" | "string" | "campaign"
                )))
    {
        k -= if sent.word(k - 1) == "of" { 2 } else { 1 };
    }
    if k == 0 || sent.word(k - 1) != "," {
        return None;
    }
    let comma = k - 1;
    let mut s = comma;
    while s > 0 && sent.toks[s - 1].cap && sent.toks[s - 1].kind == rapport_text::TokKind::Word {
        s -= 1;
    }
    (s < comma
        && s > 0
        && matches!(
            sent.syn.lemma.get(s - 1).map(String::as_str),
            Some("launch" | "begin" | "start" | "conduct" | "mount" | "unleash" | "initiate")
        ))
    .then(|| s - 1)
}

/// Prepositions that put an act of force on or in a place ("fired on the village",
/// "strikes inside the city").
const PLACE_PREPS: &[&str] = &[
    "in", "inside", "on", "at", "into", "near", "across", "around",
];

/// The object of the act at `i..t_end` is a place and no actor: "seized Goma", "took
/// control of the village", "their attacks in Orakzai", "stepping up attacks there".
/// Read off the tree: an object, a passive subject, or a phrase of [`PLACE_PREPS`] (or
/// "of" after "control") on the trigger's words, headed by a place word or a place
/// the recognizer found, with no actor's mention on its head.
/// A place is taken (`taking`) only as the object: "seized weapons in the Arabian Sea"
/// takes no sea.
/// A verb with an object that is no place uses force on the object, not the place: only
/// its object or a phrase of an intransitive act counts ("attacked a market in Kasindi"
/// attacks the market; "the soldiers it abducted in Arauca" are the object).
fn place_object(
    sent: &Sent,
    ments: &[&Mention],
    venues: &[&Mention],
    i: usize,
    t_end: usize,
    taking: bool,
) -> Option<usize> {
    let p = &sent.syn;
    if p.is_empty() {
        return None;
    }
    let is_place = |h: usize| {
        if ments.iter().any(|m| m.t0 <= h && h < m.t1 && !m.locative) {
            return false;
        }
        let w = sent.word(h);
        PLACE_HEADS.contains(&w)
            || STRUCK_SITES.contains(&w)
            || ments
                .iter()
                .chain(venues)
                .any(|m| m.t0 <= h && h < m.t1 && m.locative)
            || p.entities
                .iter()
                .any(|(a, b, l)| l == "LOC" && *a <= h && h < *b)
    };
    // (a verb in a relative or reduced clause may have its object outside it)
    let gapped = p.upos(i) == "VERB"
        && (matches!(p.deprel(i), "acl:relcl" | "acl")
            || p.children(i)
                .any(|c| p.deprel(c) == "obj" && c >= t_end && !is_place(c)));
    // ("fired about 40 rockets at Kiryat Shmona", the place hung on the munitions)
    let at_place = |c: usize| {
        p.deprel(c) == "nmod"
            && p.children(c).any(|k| {
                p.deprel(k) == "case"
                    && matches!(sent.word(k), "at" | "on" | "into" | "toward" | "towards")
            })
            && is_place(c)
    };
    let on_munitions = (i..t_end).find_map(|h| {
        p.children(h)
            .filter(|&o| p.deprel(o) == "obj" && MUNITIONS.contains(&p.lemma[o].as_str()))
            .find_map(|o| p.children(o).find(|&c| at_place(c)))
    });
    if on_munitions.is_some() {
        return on_munitions;
    }
    (i..t_end).find_map(|h| {
        p.children(h).find(|&c| match p.deprel(c) {
            "obj" | "nsubj:pass" => is_place(c),
            // (but munitions fired or sent at a place hit it: "fired rockets at Kiryat
            // Shmona", "lobbed shells into the town")
            "obl" if p.upos(h) == "VERB" && munitions_at(sent, h, c) && is_place(c) => true,
            // ("marched on Bukavu": an advance on the place)
            "obl" if p.lemma[h] == "march" && sent.marked(c, "on") && is_place(c) => true,
            // ("set fire to an oil depot": what is set on fire)
            "obl"
                if p.lemma[h] == "set"
                    && sent.marked(c, "to")
                    && p.children(h)
                        .any(|o| p.deprel(o) == "obj" && sent.word(o) == "fire")
                    && is_place(c) =>
            {
                true
            }
            _ if gapped => false,
            "advmod" => !taking && sent.word(c) == "there",
            // (an act of force on a verb has its object: "it abducted in Arauca" lost its
            // object, not took a place; nouns and "control" take theirs by a preposition)
            "obl" | "nmod"
                if p.upos(h) == "VERB"
                    && !matches!(p.lemma[h].as_str(), "fight" | "clash" | "operate") =>
            {
                false
            }
            "obl" | "nmod" => {
                let case = p
                    .children(c)
                    .find(|&k| p.deprel(k) == "case")
                    .map(|k| sent.word(k));
                case.is_some_and(|w| {
                    (PLACE_PREPS.contains(&w) && !taking)
                        || (w == "of" && sent.word(h) == "control")
                        // ("Russia's bombing of Kharkiv": a noun of force's "of" phrase)
                        || (w == "of"
                            && p.upos(h) == "NOUN"
                            && has_sense(sent.word(h), ClaimType::Assault, Pos::Noun))
                        // ("laid siege to Mariupol")
                        || (w == "to" && sent.word(h) == "siege")
                }) && is_place(c)
            }
            _ => false,
        })
    })
}

/// Whether the verb of asking at `i` asks a question ("asked whether …", "asked him why
/// …", "asked about …") rather than for an act.
fn question_asked(sent: &Sent, i: usize) -> bool {
    if !matches!(sent.word(i), "ask" | "asks" | "asked" | "asking") {
        return false;
    }
    let wh = |w: &str| {
        matches!(
            w,
            "whether" | "if" | "why" | "how" | "what" | "when" | "where" | "who" | "about"
        )
    };
    // (right after the verb, or after its addressee: "asked him whether", "asked the
    // minister about")
    (i + 1..(i + 5).min(sent.toks.len()))
        .take_while(|&k| !matches!(sent.word(k), "," | "to" | "for" | "that"))
        .any(|k| wh(sent.word(k)))
}

/// The phrase at `c` is marked as where something is aimed: "at", "on", "into",
/// "toward" or "towards" ("fired at Riyadh", "lobbed shells into the town").
fn aimed_phrase(sent: &Sent, c: usize) -> bool {
    let p = &sent.syn;
    p.children(c)
        .find(|&k| p.deprel(k) == "case")
        .is_some_and(|k| matches!(sent.word(k), "at" | "on" | "into" | "toward" | "towards"))
}

/// Lemmas of verbs that send munitions on their way ("a missile fired at Riyadh",
/// "drones launched by Hezbollah").
pub(crate) const FIRING: &[&str] = &["fire", "launch", "shoot", "lob"];

/// The rule of an attack read off munitions intercepted ("intercepted a Houthi missile").
const INTERCEPTED_RULE: &str = "munitions intercepted: the launcher's attack";

/// Words of munitions fired, launched or dropped.
pub(crate) const MUNITIONS: &[&str] = &[
    "rocket",
    "missile",
    "shell",
    "mortar",
    "drone",
    "bomb",
    "artillery",
    "projectile",
    "grenade",
    "salvo",
    "barrage",
    "volley",
    "round",
    "shot",
    "cannon",
];

/// The verb at `v` fires, launches or sends munitions (its object, or "fire" itself) at
/// the phrase at `c`, which "at", "on", "into" or "toward" marks.
fn munitions_at(sent: &Sent, v: usize, c: usize) -> bool {
    let p = &sent.syn;
    aimed_phrase(sent, c)
        && (p.lemma[v] == "fire"
            || p.children(v)
                .any(|o| p.deprel(o) == "obj" && MUNITIONS.contains(&p.lemma[o].as_str())))
}

/// The state whose place was hit, for an act by someone from outside it: the place
/// itself ("operations in eastern Congo"), its owner ("villages in Russia's Belgorod
/// region", "the Kursk region of Russia") or, for a foreign state's act, the country or
/// capital it lies in ("a strike on a hospital in Kyiv"). `None` for a place of no named
/// state or, for a state's act, of its own.
fn place_owner(
    sent: &Sent,
    actors: &Actors,
    ments: &[&Mention],
    place: usize,
    source: usize,
) -> Option<usize> {
    let p = &sent.syn;
    // (the place's own phrase, not a clause on it: "seizing towns where they had not
    // stepped foot in years and filling a vacuum opened up by … the United States'
    // allies")
    let clauses: Vec<usize> = p
        .children(place)
        .filter(|&c| matches!(p.deprel(c), "acl:relcl" | "acl" | "advcl"))
        .flat_map(|c| p.subtree(c))
        .collect();
    let sub: Vec<usize> = p
        .subtree(place)
        .into_iter()
        .filter(|k| !clauses.contains(k))
        .collect();
    let (lo, mut hi) = (*sub.first()?, *sub.last()? + 1);
    // (with the "in" phrase right after it that the parser hung on the verb: "struck six
    // sites in Pakistan")
    if let Some(v) = p.head(place) {
        for c in p.children(v) {
            let s = p.subtree(c);
            if p.deprel(c) == "obl"
                && (sent.marked(c, "in") || sent.marked(c, "inside"))
                && s.first() == Some(&hi)
            {
                hi = s.last().map_or(hi, |&e| e + 1);
            }
        }
    }
    let own = actors.list[source].country.clone();
    let state_source = own.is_some()
        && matches!(
            actors.list[source].kind,
            ActorKind::Country | ActorKind::StateOrgan
        );
    // (the places named as venues too: "a hospital in Kyiv")
    let venues = actors.venues_of(sent.idx);
    ments
        .iter()
        .chain(venues.iter())
        .filter(|m| m.t0 >= lo && m.t1 <= hi && m.actor != source)
        .filter(|m| actors.list[m.actor].kind == ActorKind::Country)
        .filter(|m| !state_source || actors.list[m.actor].country != own)
        .find(|m| {
            // (a city named as the place stands for its country only to an actor from
            // elsewhere: "Russia shelled Kharkiv", "Hezbollah fired rockets at Kiryat
            // Shmona", not "the M23 seized Bukavu")
            let foreign = own
                .as_ref()
                .is_some_and(|c| actors.list[m.actor].country.as_ref() != Some(c));
            // (a name before its place noun is that place: "into Kilis province")
            let named = m.t1 == place && PLACE_HEADS.contains(&sent.word(place));
            let head = (m.t0 <= place && place < m.t1 || named) && (!m.venue || foreign);
            let owner = sent.word(m.t1) == "'s" || (m.t0 > 0 && sent.word(m.t0 - 1) == "of");
            // (and a group from another state strikes that state: "Hamas gunmen attacked
            // the Nova music festival in southern Israel"; not "the M23 seized a town in
            // eastern Congo")
            // (the state the place is "in", not one named on a noun near it: "captured
            // another town near the Bangladesh border")
            let in_state = || {
                let mut k = m.t0;
                while k > 0 && (is_det(sent.word(k - 1)) || sent.word(k - 1).ends_with("ern")) {
                    k -= 1;
                }
                k > 0
                    && sent.word(k - 1) == "in"
                    && !matches!(sent.syn.upos(m.t1), "NOUN" | "PROPN")
            };
            let foreign_group =
                foreign && actors.list[source].kind == ActorKind::ArmedGroup && in_state();
            // (and a site of the state's own, its police or army, is the state's for
            // anyone: "the car bombing of the police cadet school in Bogotá")
            let institution = (lo..=place).any(|k| {
                matches!(
                    sent.word(k),
                    "police" | "army" | "military" | "government" | "ministry" | "parliament"
                )
            }) && in_state();
            head || owner || state_source || foreign_group || institution
        })
        .map(|m| m.actor)
}

/// The verb at `i` takes goods: its object or passive subject, or the noun its reduced or
/// relative clause describes, is a weapon, money, a shipment or a ship ("intercepted
/// arms", "weapons that were seized", "a shipment seized off Yemen", "seized a
/// British-flagged tanker").
fn goods_object(sent: &Sent, i: usize) -> Option<usize> {
    let p = &sent.syn;
    let goods = |k: usize| {
        aid_mode(sent.word(k)).is_some_and(|m| matches!(m, Mode::Weapons | Mode::Funding))
            || matches!(
                sent.word(k),
                "shipment"
                    | "shipments"
                    | "cargo"
                    | "consignment"
                    | "consignments"
                    | "components"
                    | "tanker"
                    | "tankers"
                    | "ship"
                    | "ships"
                    | "vessel"
                    | "vessels"
                    | "freighter"
                    | "freighters"
                    | "boat"
                    | "boats"
                    | "dhow"
                    | "dhows"
                    | "trawler"
                    | "trawlers"
            )
    };
    // (not one's own: "builds or captures its own arms")
    let goods = |k: usize| goods(k) && !p.children(k).any(|c| sent.word(c) == "own");
    p.children(i)
        .find(|&c| matches!(p.deprel(c), "obj" | "nsubj:pass") && goods(c))
        .or_else(|| {
            matches!(p.deprel(i), "acl" | "acl:relcl")
                .then(|| p.head(i).filter(|&h| goods(h)))
                .flatten()
        })
}

/// Whose seized goods `g` were, as the text names it (the verb of seizing at `i` set
/// apart): a state or group on the goods ("Iranian arms", "Iran's weapons"), where they
/// came from ("arms from Iran"), or the agent of a clause on them ("arms which it believes
/// were given by a group within the Iranian state").
fn goods_origin(sent: &Sent, ments: &[&Mention], g: usize, i: usize) -> Option<usize> {
    let p = &sent.syn;
    let over = |k: usize| treeargs::mention_over(ments, k).map(|m| m.actor);
    // (a relative clause right after the goods is theirs, wherever the parser hung it)
    let after_goods = p
        .children(i)
        .filter(|&c| p.deprel(c) == "acl:relcl" && p.subtree(c).first() == Some(&(g + 1)));
    for c in p.children(g).filter(|&c| c != i).chain(after_goods) {
        match p.deprel(c) {
            "amod" | "nmod:poss" | "compound" => {
                if let Some(a) = over(c) {
                    return Some(a);
                }
            }
            "nmod" if sent.marked(c, "from") => {
                if let Some(a) = over(c) {
                    return Some(a);
                }
            }
            "acl" | "acl:relcl" => {
                let sub = p.subtree(c);
                if let Some(a) = sub
                    .iter()
                    .filter(|&&k| {
                        p.deprel(k) == "obl:agent"
                            || (p.deprel(k) == "obl" && sent.marked(k, "from"))
                    })
                    .find_map(|&k| p.subtree(k).into_iter().find_map(over))
                {
                    return Some(a);
                }
            }
            _ => {}
        }
    }
    None
}

/// Nouns of what force is used on in a place, standing for the place ("struck six sites
/// in Pakistan", "bombed militant camps in Syria").
const STRUCK_SITES: &[&str] = &[
    "site",
    "sites",
    "target",
    "targets",
    "camps",
    "positions",
    "facility",
    "facilities",
    "installation",
    "installations",
    "depot",
    "depots",
    "hideout",
    "hideouts",
    "compound",
    "compounds",
    "bases",
    "posts",
    "outposts",
    "infrastructure",
    // places where people gather, and the events held there ("the attack on the Crocus
    // City Hall concert venue near Moscow", "attacked the Nova music festival")
    "venue",
    "venues",
    "concert",
    "festival",
    "hall",
    "market",
    "mall",
    // ("a shopping centre in Kharkiv", "an apartment building in Dnipro")
    "centre",
    "center",
    "building",
    "buildings",
    "school",
    "schools",
    "church",
    "churches",
    "synagogue",
    "shrine",
    "theatre",
    "theater",
    "nightclub",
    "restaurant",
    "checkpoint",
    "checkpoints",
    "barracks",
    "garrison",
    // ("a police station in Cali", "the police cadet academy", "the army's headquarters")
    "station",
    "stations",
    "academy",
    "post",
    "headquarters",
    "hospitals",
    "hotels",
    "mosques",
    "prisons",
];

/// Nouns of an actor's ruin, a hostile stance only as what someone seeks.
const AIMED_RUIN: &[&str] = &[
    "destruction",
    "overthrow",
    "downfall",
    "annihilation",
    "eradication",
];

/// Lemmas of taking a place, which is taken from its holder.
const TAKING: &[&str] = &[
    "capture",
    "seize",
    "retake",
    "recapture",
    "wrest",
    "take",
    "annex",
];

/// The verb of threat or vow whose "to" infinitive holds the trigger at `i`
/// ("threatened to attack", "vowed to fight", "warned to …"), also through a support
/// verb ("threatened to resume attacks", "vowed to step up strikes").
fn threat_verb(sent: &Sent, i: usize) -> Option<usize> {
    // "vowed revenge", "threatened swift retaliation", "warned of reprisals"
    if REVENGE_NOUNS.contains(&sent.word(i)) {
        let mut k = i;
        if k > 0
            && matches!(
                sent.word(k - 1),
                "swift" | "harsh" | "severe" | "crushing" | "decisive" | "strong" | "fierce" | "of"
            )
        {
            k -= 1;
        }
        let vow = k > 0
            && matches!(
                sent.word(k - 1),
                "vowed"
                    | "vows"
                    | "vow"
                    | "threatened"
                    | "threatens"
                    | "threaten"
                    | "promised"
                    | "promises"
                    | "pledged"
                    | "warned"
                    | "warns"
                    | "swore"
            );
        if vow {
            return Some(k - 1);
        }
    }
    // (by the tree, where words come between: "threatened in an audio message on
    // Friday to attack Egyptian troops")
    let p = &sent.syn;
    let by_tree = || {
        let h = p.head(i)?;
        (i < p.len()
            && p.upos(i) == "VERB"
            && matches!(p.deprel(i), "xcomp" | "advcl")
            && sent.marked(i, "to")
            && matches!(p.lemma[h].as_str(), "threaten" | "vow"))
        .then_some(h)
    };
    let Some(to) = (i.saturating_sub(4)..i)
        .rev()
        .find(|&k| sent.word(k) == "to")
    else {
        return by_tree();
    };
    let bridge = (to + 1..i).all(|k| {
        matches!(
            sent.word(k),
            "resume"
                | "launch"
                | "carry"
                | "out"
                | "step"
                | "up"
                | "intensify"
                | "escalate"
                | "mount"
                | "conduct"
                | "stage"
                | "continue"
                // ("vowed to keep attacking ships")
                | "keep"
                | "new"
                | "more"
                | "further"
                | "fresh"
                | "renewed"
                | "its"
                | "their"
                | "his"
                | "the"
                | "a"
                | "an"
        )
    });
    (bridge
        && to >= 1
        && matches!(
            sent.word(to - 1),
            "threatened"
                | "threatens"
                | "threaten"
                | "threatening"
                | "vowed"
                | "vows"
                | "warned"
                | "warns"
        ))
    .then_some(to - 1)
    .or_else(by_tree)
}

/// "Iranian weapons have reached the Taliban", "Russian arms flowed to the junta":
/// goods named by their maker or owner that reach an actor are that maker's aid.
fn goods_reached(sent: &Sent, actors: &Actors, ments: &[&Mention], i: usize) -> Option<Vec<Draft>> {
    let p = &sent.syn;
    let lemma = p.lemma.get(i).map_or("", String::as_str);
    if p.upos(i) != "VERB" || !matches!(lemma, "reach" | "flow") {
        return None;
    }
    // (the subject may be raised: "Iranian weapons appear to have reached …")
    let subject_of = |v: usize| p.children(v).find(|&c| p.deprel(c) == "nsubj");
    let subj = subject_of(i).or_else(|| {
        (p.deprel(i) == "xcomp")
            .then(|| p.head(i))
            .flatten()
            .and_then(subject_of)
    })?;
    let mode = aid_mode(sent.word(subj))
        .filter(|m| matches!(m, Mode::Weapons | Mode::Funding | Mode::Equipment))?;
    let goods = subj;
    let maker = p
        .children(goods)
        .filter(|&c| matches!(p.deprel(c), "amod" | "nmod:poss" | "compound"))
        .find_map(|c| treeargs::mention_over(ments, c))?;
    let receiver = p
        .children(i)
        .find(|&c| {
            (lemma == "reach" && p.deprel(c) == "obj")
                || (matches!(p.deprel(c), "obl" | "obl:arg") && sent.marked(c, "to"))
        })
        .and_then(|c| treeargs::mention_over(ments, c))?;
    // (a country reached is a place: "reached Yemen by sea")
    if receiver.actor == maker.actor
        || (lemma == "reach" && actors.list[receiver.actor].kind == ActorKind::Country)
    {
        return None;
    }
    let (c0, c1) = clause(sent, i);
    Some(vec![Draft {
        modes: vec![mode],
        confidence: 0.6,
        ..Draft::between(
            ClaimType::Aid,
            maker.actor,
            receiver.actor,
            i,
            (c0, c1),
            "goods reached",
        )
    }])
}

/// "Venezuela moved troops toward its border", "Moscow shifted forces to the south":
/// moving one's forces is a mobilization (one-sided: the place is no target).
fn move_troops(sent: &Sent, actors: &Actors, ments: &[&Mention], i: usize) -> Option<Vec<Draft>> {
    let p = &sent.syn;
    let lemma = p.lemma.get(i).map_or("", String::as_str);
    // ("put its armed forces on high alert", "placed troops on standby": readiness
    // raised is a mobilization too)
    let on_alert = matches!(lemma, "put" | "place")
        && p.children(i).any(|c| {
            matches!(p.deprel(c), "obl" | "nmod")
                && sent.marked(c, "on")
                && matches!(sent.word(c), "alert" | "standby" | "footing")
        });
    // ("launched large-scale drills around Taiwan", "held the Zapad-2025 exercises":
    // forces exercised in the field are mobilised)
    // (not joint ones, which are cooperation: "held joint naval drills")
    let drills = matches!(
        lemma,
        "launch" | "hold" | "conduct" | "stage" | "begin" | "start" | "carry"
    ) && p.children(i).any(|c| {
        p.deprel(c) == "obj"
            && !p.children(c).any(|m| {
                matches!(
                    sent.word(m),
                    "joint" | "combined" | "bilateral" | "trilateral"
                )
            })
            && matches!(
                sent.word(c),
                "drills"
                    | "exercises"
                    | "manoeuvres"
                    | "maneuvers"
                    | "war-games"
                    | "wargames"
                    | "war games"
            )
    });
    // ("built up its forces in the Caribbean", "bolstered its military presence")
    let build_up = matches!(
        lemma,
        "bolster" | "reinforce" | "boost" | "increase" | "expand" | "strengthen"
    ) || (matches!(lemma, "build" | "beef" | "ramp")
        && (p
            .children(i)
            .any(|c| p.deprel(c) == "compound:prt" && sent.word(c) == "up")
            || sent.word(i + 1) == "up"));
    // ("will send two aircraft carriers to the eastern Mediterranean", "dispatched
    // warships to the Baltic": forces sent to a place, where no actor receives them; sent
    // to a state or a group, they are aid, read by the lexicon)
    // (only a phrase of "to", "for" or "into", or an indirect object, names a
    // receiver or a state sent into: "sent
    // warships toward the Philippines", "near Taiwan", "to the border with Ukraine"
    // name places)
    let sent_to_place = matches!(lemma, "send" | "dispatch")
        && !p.children(i).any(|c| {
            (p.deprel(c) == "iobj"
                || (p.deprel(c) == "obl"
                    && ["to", "for", "into"].iter().any(|w| sent.marked(c, w))
                    && !PLACE_HEADS.contains(&sent.word(c))))
                && p.subtree(c).iter().any(|&k| {
                    // (a demonym on a place is no recipient: "into the Congolese town of
                    // Bunia")
                    treeargs::mention_at(sent, ments, k, false).is_some_and(|m| {
                        !(m.how == How::Adjective && PLACE_HEADS.contains(&sent.word(m.t1)))
                    })
                })
        });
    if p.upos(i) != "VERB"
        || !(on_alert
            || drills
            || build_up
            || sent_to_place
            || matches!(lemma, "move" | "shift" | "redeploy" | "reposition" | "rush"))
    {
        return None;
    }
    let force_word = |c: usize| {
        matches!(
            sent.word(c),
            "troops"
                | "forces"
                | "soldiers"
                | "tanks"
                | "units"
                | "battalions"
                | "brigades"
                | "reinforcements"
                | "armour"
                | "armor"
                | "warships"
                | "carriers"
                | "destroyers"
                | "frigates"
                | "submarines"
                | "bombers"
                | "warplanes"
                | "jets"
                | "marines"
                | "paratroopers"
        ) || (matches!(sent.word(c), "vessels" | "ships" | "boats")
            // (ships of war, not "ships carrying aid to Gaza")
            && p.children(c).any(|m| {
                matches!(
                    sent.word(m),
                    "naval" | "navy" | "guard" | "military" | "patrol" | "war" | "missile"
                )
            }))
    };
    // "Serbian military units may have been moved closer to the boundary": the forces
    // moved, as the passive's subject, are their owner's
    if !drills && !on_alert {
        if let Some(m) = p
            .children(i)
            .find(|&c| p.deprel(c) == "nsubj:pass" && force_word(c))
            .and_then(|c| treeargs::mention_at(sent, ments, c, true))
        {
            let d = Draft {
                target: None,
                confidence: 0.55,
                ..Draft::between(
                    ClaimType::Mobilize,
                    m.actor,
                    m.actor,
                    i,
                    clause(sent, i),
                    "forces moved",
                )
            };
            return Some(vec![d]);
        }
    }
    // (a military presence built up is the forces: "boosted its naval presence")
    let presence = |c: usize| {
        sent.word(c) == "presence"
            && p.children(c)
                .any(|a| matches!(sent.word(a), "military" | "naval" | "troop" | "army"))
    };
    // (one's own: "reinforce M23 units" helps the M23)
    let own = |c: usize| {
        treeargs::mention_at(sent, ments, c, false).is_none_or(|m| m.how == How::Pronoun)
    };
    // (or a number of them: "moved thousands of extra troops to the frontier")
    let counted_forces = |c: usize| {
        matches!(
            sent.word(c),
            "thousands" | "hundreds" | "tens" | "dozens" | "thousand" | "hundred" | "number"
        ) && p
            .children(c)
            .any(|k| p.deprel(k) == "nmod" && sent.marked(k, "of") && force_word(k))
    };
    let forces = p.children(i).any(|c| {
        p.deprel(c) == "obj"
            && (force_word(c) || counted_forces(c) || (build_up && presence(c)))
            && (!build_up || own(c))
    });
    if !forces && !drills {
        return None;
    }
    let trig = verb_trigger(ClaimType::Mobilize, vec![], &[], 0.55);
    // (only a state's or an armed group's drills or build-up: "the students held
    // exercises" are none)
    let armed = |a: usize| {
        matches!(
            actors.list[a].kind,
            ActorKind::Country | ActorKind::StateOrgan | ActorKind::ArmedGroup | ActorKind::Igo
        )
    };
    Some(
        frame(sent, actors, ments, i, i + 1, &trig)
            .into_iter()
            .filter(|d| !(drills || build_up) || armed(d.source))
            .map(|d| Draft { target: None, ..d })
            .collect(),
    )
}

/// "Russia shared satellite targeting data with the Houthis", "shares intelligence with
/// Kyiv": sharing intelligence is aid (not "shares a border with").
fn shared_intelligence(
    sent: &Sent,
    actors: &Actors,
    ments: &[&Mention],
    i: usize,
) -> Option<Vec<Draft>> {
    if verb_lemma(sent, i) != Some("share") {
        return None;
    }
    let (_, c1) = clause(sent, i);
    let with = (i + 1..c1).find(|&k| sent.word(k) == "with")?;
    let secret = (i + 1..with).any(|k| {
        matches!(
            sent.word(k),
            "intelligence" | "data" | "information" | "coordinates" | "imagery" | "intel"
        )
    });
    if !secret {
        return None;
    }
    let trig = Trigger {
        participle: matches!(sent.word(i), "shared"),
        ..verb_trigger(ClaimType::Aid, vec![Mode::Intelligence], &["with"], 0.6)
    };
    Some(frame(sent, actors, ments, i, i + 1, &trig))
}

/// "Kata'ib Hezbollah launched the drone that killed three US soldiers at Tower 22": a
/// munition launched or fired whose relative clause says it killed or hit someone is
/// the launcher's attack on them.
fn munition_that_hit(
    sent: &Sent,
    actors: &Actors,
    ments: &[&Mention],
    i: usize,
) -> Option<Vec<Draft>> {
    let p = &sent.syn;
    if i >= p.len()
        || p.upos(i) != "VERB"
        || p.deprel(i) != "acl:relcl"
        || !matches!(
            p.lemma[i].as_str(),
            "kill" | "hit" | "strike" | "wound" | "injure" | "destroy" | "damage"
        )
    {
        return None;
    }
    let h = p.head(i)?;
    if !MUNITIONS.contains(&p.lemma[h].as_str()) || p.deprel(h) != "obj" {
        return None;
    }
    let g = p.head(h)?;
    if !matches!(
        p.lemma[g].as_str(),
        "launch" | "fire" | "drop" | "send" | "fly"
    ) {
        return None;
    }
    let launcher = p
        .children(g)
        .find(|&c| p.deprel(c) == "nsubj")
        .and_then(|c| treeargs::mention_at(sent, ments, c, true))
        // (or the subject a verb of belief raised: "is believed to have launched")
        .or_else(|| {
            p.head(g)
                .filter(|_| p.deprel(g) == "xcomp")
                .and_then(|b| p.children(b).find(|&c| p.deprel(c).starts_with("nsubj")))
                .and_then(|c| treeargs::mention_at(sent, ments, c, true))
        })?;
    let hit = p
        .children(i)
        .find(|&c| p.deprel(c) == "obj")
        .and_then(|c| treeargs::mention_at(sent, ments, c, false))?;
    if hit.actor == launcher.actor || !is_argument(sent, actors, launcher, ClaimType::Assault) {
        return None;
    }
    let mut d = Draft::between(
        ClaimType::Assault,
        launcher.actor,
        hit.actor,
        i,
        clause(sent, g),
        "a munition launched that hit someone",
    );
    d.modes = match p.lemma[i].as_str() {
        "kill" => vec![Mode::Kill],
        _ => vec![Mode::ArmedAttack],
    };
    Some(vec![d])
}

/// "Arakan Army fighters forced Rohingya men to dig trenches", "compelled villagers to
/// carry ammunition": making people do work or service against their will is coercion
/// (not being driven back, "forced the army to withdraw", which the retreat rules read).
fn forced_to(sent: &Sent, actors: &Actors, ments: &[&Mention], i: usize) -> Option<Vec<Draft>> {
    let p = &sent.syn;
    if i >= p.len()
        || p.upos(i) != "VERB"
        || !matches!(
            p.lemma[i].as_str(),
            "force" | "compel" | "coerce" | "conscript" | "press-gang"
        )
    {
        return None;
    }
    let o = p.children(i).find(|&c| p.deprel(c) == "obj")?;
    // (the infinitive on the verb, or on its object where the parser hung it there)
    let x = p
        .children(i)
        .find(|&c| {
            matches!(p.deprel(c), "xcomp" | "ccomp" | "advcl") && p.upos(c) == "VERB" && c > i
        })
        .or_else(|| {
            p.children(o)
                .find(|&c| p.deprel(c) == "acl" && p.upos(c) == "VERB" && sent.marked(c, "to"))
        })?;
    if matches!(
        p.lemma[x].as_str(),
        "withdraw"
            | "retreat"
            | "flee"
            | "leave"
            | "abandon"
            | "evacuate"
            | "pull"
            | "surrender"
            | "close"
            | "cancel"
            | "postpone"
            | "delay"
            | "divert"
            | "land"
            | "resign"
            | "step"
    ) {
        return None;
    }
    let trig = Trigger {
        participle: matches!(sent.word(i), "forced" | "compelled" | "coerced"),
        ..verb_trigger(ClaimType::Coerce, vec![], &[], 0.55)
    };
    let armed = |a: usize| {
        matches!(
            actors.list[a].kind,
            ActorKind::Country | ActorKind::StateOrgan | ActorKind::ArmedGroup
        )
    };
    let out: Vec<Draft> = frame(sent, actors, ments, i, i + 1, &trig)
        .into_iter()
        .filter(|d| armed(d.source) && d.target.is_some())
        .collect();
    (!out.is_empty()).then_some(out)
}

/// "Rwandan troops have been patrolling the Messalo river together with Mozambican
/// soldiers", "Russia, together with China, vetoed the draft": acting together with
/// another is cooperating with it. "Alongside" counts only after a verb of operations
/// ("patrolled alongside", not "stood alongside"); attacks made with a partner are
/// `co_agents`'.
fn together_with(sent: &Sent, actors: &Actors, ments: &[&Mention], i: usize) -> Option<Vec<Draft>> {
    let p = &sent.syn;
    let with_at = match sent.word(i) {
        "together" | "jointly" if sent.word(i + 1) == "with" => i + 1,
        "tandem" if i > 0 && sent.word(i - 1) == "in" && sent.word(i + 1) == "with" => i + 1,
        "alongside" => i,
        _ => return None,
    };
    if p.is_empty() {
        return None;
    }
    let partner = ments.iter().find(|m| {
        m.t0 > with_at
            && m.t0 <= with_at + 3
            && (with_at + 1..m.t0)
                .all(|k| is_det(sent.word(k)) || matches!(p.upos(k), "ADJ" | "NUM"))
            && !m.locative
    })?;
    let v = p
        .ancestors(treeargs::head_of(sent, partner))
        .into_iter()
        .skip(1)
        .find(|&a| p.upos(a) == "VERB")?;
    // (an attack's partner is `co_agents`')
    let attack = lexicon()
        .get(sent.word(v))
        .is_some_and(|c| c.iter().any(|t| t.ty == ClaimType::Assault));
    if attack || verb_lemma(sent, v).is_some_and(|l| matches!(l, "fight" | "battle" | "clash")) {
        return None;
    }
    if sent.word(i) == "alongside"
        && !matches!(
            p.lemma[v].as_str(),
            "patrol"
                | "operate"
                | "deploy"
                | "serve"
                | "guard"
                | "train"
                | "advance"
                | "man"
                | "secure"
                | "defend"
                | "protect"
                | "pursue"
                | "hunt"
                | "clear"
                | "hold"
                | "conduct"
                | "carry"
                | "work"
                | "search"
                | "escort"
        )
    {
        return None;
    }
    let trig = verb_trigger(ClaimType::Cooperate, vec![], &["with", "alongside"], 0.55);
    let mut out: Vec<Draft> = Vec::new();
    for d in frame(sent, actors, ments, v, v + 1, &trig) {
        if d.source == partner.actor || out.iter().any(|o| o.source == d.source) {
            continue;
        }
        out.push(Draft {
            target: Some(partner.actor),
            rule: "acting together with another",
            ..d
        });
    }
    (!out.is_empty()).then_some(out)
}

/// Whether the word at `i` is in the infinitive clause of a noun of offering or
/// proposing ("an offer to send troops", "a proposal to deploy peacekeepers"), through
/// at most three heads: the act is only offered.
fn offered_act(sent: &Sent, i: usize) -> bool {
    let p = &sent.syn;
    if i >= p.len() {
        return false;
    }
    let mut k = i;
    for _ in 0..4 {
        let Some(h) = p.head(k) else { return false };
        if p.deprel(k) == "acl"
            && p.upos(h) == "NOUN"
            && matches!(
                p.lemma[h].as_str(),
                "offer" | "proposal" | "bid" | "suggestion" | "proposition"
            )
            && sent.marked(k, "to")
        {
            return true;
        }
        k = h;
    }
    false
}

/// "Russia and China shielded Tehran from new sanctions at the Security Council",
/// "Washington protected Israel from censure": keeping someone from a diplomatic
/// penalty is political support (shielding from an attack is left to the aid rules).
fn shielded_from(sent: &Sent, actors: &Actors, ments: &[&Mention], i: usize) -> Option<Vec<Draft>> {
    let p = &sent.syn;
    if !matches!(verb_lemma(sent, i), Some("shield" | "protect" | "spare")) {
        return None;
    }
    let penalty = p.children(i).any(|c| {
        p.deprel(c) == "obl"
            && p.children(c)
                .any(|k| p.deprel(k) == "case" && sent.word(k) == "from")
            && matches!(
                p.lemma[c].as_str(),
                "sanction"
                    | "censure"
                    | "condemnation"
                    | "criticism"
                    | "resolution"
                    | "scrutiny"
                    | "isolation"
                    | "accountability"
                    | "investigation"
                    | "prosecution"
                    | "penalty"
                    | "embargo"
            )
    });
    if !penalty {
        return None;
    }
    let trig = Trigger {
        participle: matches!(sent.word(i), "shielded" | "protected" | "spared"),
        ..verb_trigger(ClaimType::Support, vec![], &[], 0.6)
    };
    Some(frame(sent, actors, ments, i, i + 1, &trig))
}

/// "Azerbaijan and Armenia were at odds over Nagorno-Karabakh", "Rwanda is at odds with
/// Congo": a standing hostility between the two.
fn at_odds(sent: &Sent, actors: &Actors, ments: &[&Mention], i: usize) -> Option<Vec<Draft>> {
    if sent.word(i) != "odds" || i == 0 || sent.word(i - 1) != "at" {
        return None;
    }
    let trig = Trigger {
        pos: Pos::Noun,
        ..verb_trigger(ClaimType::HostileTo, vec![], &["with"], 0.55)
    };
    Some(frame(sent, actors, ments, i, i + 1, &trig))
}

/// "Iran is helping the Taliban against the common enemy represented by Isil", "their
/// shared foe, the Islamic State": the parties of the clause are each hostile to the
/// enemy they share: the verb's subject, and its object where the verb joins the two.
fn common_enemy(sent: &Sent, _: &Actors, ments: &[&Mention], i: usize) -> Option<Vec<Draft>> {
    let p = &sent.syn;
    if !matches!(
        sent.word(i),
        "enemy" | "enemies" | "foe" | "foes" | "adversary"
    ) || i == 0
        || !matches!(sent.word(i - 1), "common" | "shared" | "mutual")
        || p.is_empty()
    {
        return None;
    }
    // the enemy: named right after ("represented by Isil", ", the Islamic State", "of …")
    let enemy = ments.iter().copied().find(|m| {
        m.t0 > i
            && m.t0 <= i + 4
            && (i + 1..m.t0).all(|k| {
                matches!(
                    sent.word(k),
                    "represented" | "posed" | "by" | "," | "the" | "of" | "in" | "—" | "-"
                )
            })
    })?;
    // the verb the enemy noun depends on, and its subject and object
    let mut v = i;
    while p.upos(v) != "VERB" {
        v = p.head(v)?;
    }
    let arg = |rel: &str| {
        p.children(v)
            .find(|&c| p.deprel(c) == rel)
            .and_then(|c| treeargs::mention_over(ments, c))
    };
    let (c0, c1) = clause(sent, i);
    let mut out = Vec::new();
    for m in [arg("nsubj"), arg("obj")].into_iter().flatten() {
        if m.actor != enemy.actor {
            out.push(Draft::between(
                ClaimType::HostileTo,
                m.actor,
                enemy.actor,
                i,
                (c0.min(m.t0), c1.max(enemy.t1)),
                "a common enemy",
            ));
        }
    }
    (!out.is_empty()).then_some(out)
}

/// "Ankara threw its weight behind Baku", "put its diplomatic weight behind the plan":
/// lending one's weight to someone backs them.
fn weight_behind(sent: &Sent, actors: &Actors, ments: &[&Mention], i: usize) -> Option<Vec<Draft>> {
    let p = &sent.syn;
    if p.upos(i) != "VERB" || !matches!(p.lemma.get(i).map(String::as_str), Some("throw" | "put")) {
        return None;
    }
    let (_, c1) = clause(sent, i);
    let weight = (i + 1..(i + 5).min(c1)).find(|&k| sent.word(k) == "weight")?;
    if sent.word(weight + 1) != "behind" {
        return None;
    }
    let trig = verb_trigger(ClaimType::Support, vec![], &["behind"], 0.6);
    Some(frame(sent, actors, ments, i, i + 1, &trig))
}

/// "Hezbollah was founded with the help of Iran's Revolutionary Guards", "the offensive
/// went ahead with the backing of Rwanda": the helper aids the clause's subject.
fn with_help_of(sent: &Sent, actors: &Actors, ments: &[&Mention], i: usize) -> Option<Vec<Draft>> {
    if sent.word(i) != "with" {
        return None;
    }
    let mut k = i + 1;
    if matches!(
        sent.word(k),
        "the" | "active" | "direct" | "military" | "financial"
    ) {
        k += 1;
    }
    if matches!(sent.word(k), "active" | "direct" | "military" | "financial") {
        k += 1;
    }
    let (c0, c1) = clause(sent, i);
    // "with Taliban permission", "with Pakistan's blessing": the one named before the noun
    let named_before = ments
        .iter()
        .copied()
        .find(|m| m.t0 == i + 1 || (m.t0 == i + 2 && sent.word(i + 1) == "the"))
        .filter(|m| names_permission(sent, m));
    let helper = if let Some(m) = named_before {
        k = m.t1;
        m
    } else {
        if !matches!(
            sent.word(k),
            "help" | "support" | "backing" | "assistance" | "aid"
        ) || !matches!(sent.word(k + 1), "of" | "from")
        {
            return None;
        }
        ments
            .iter()
            .copied()
            .find(|m| m.t0 > k + 1 && m.t0 <= k + 3 && m.t1 <= c1.max(m.t1))?
    };
    let helped = ments.iter().copied().find(|m| {
        m.t0 >= c0
            && m.t1 <= i
            && preceded_by_prep(sent, m).is_none()
            && is_argument(sent, actors, m, ClaimType::Aid)
            && !matches!(m.how, How::Adjective)
    })?;
    if helper.actor == helped.actor {
        return None;
    }
    let mode = if sent.word(k - 1) == "financial" {
        Mode::Funding
    } else {
        Mode::Unspecified
    };
    // "with Trump's assent", "with the blessing of Riyadh": approval backs the act in
    // words; permission and consent let it happen (aid)
    let approval = (k.saturating_sub(1)..(k + 3).min(sent.toks.len())).any(|x| {
        matches!(
            sent.word(x),
            "assent" | "approval" | "blessing" | "endorsement"
        )
    });
    let (ty, modes) = if approval {
        (ClaimType::Support, vec![])
    } else {
        (ClaimType::Aid, vec![mode])
    };
    Some(vec![Draft {
        modes,
        confidence: 0.55,
        ..Draft::between(
            ty,
            helper.actor,
            helped.actor,
            k,
            (c0, c1),
            "with the help of",
        )
    }])
}

/// A person named within `reach` tokens from `k`, with only determiners, capitalised
/// words, titles and the `extra` words before the name ("Prime Minister X", "the US envoy
/// Tom Barrack").
fn titled_person_after<'a>(
    sent: &Sent,
    actors: &Actors,
    ments: &[&'a Mention],
    k: usize,
    reach: usize,
    extra: &[&str],
) -> Option<&'a Mention> {
    ments.iter().copied().find(|m| {
        m.t0 >= k
            && m.t0 <= k + reach
            && actors.list[m.actor].kind == ActorKind::Person
            && (k..m.t0).all(|x| {
                is_det(sent.word(x))
                    || sent.toks[x].cap
                    || crate::relations::is_role_word(sent.word(x))
                    || extra.contains(&sent.word(x))
            })
    })
}

/// "The killing of X in an Israeli strike", "the death of X in a US drone strike": the
/// strike's actor killed the one named after "of".
fn killing_in_strike(
    sent: &Sent,
    actors: &Actors,
    ments: &[&Mention],
    i: usize,
) -> Option<Vec<Draft>> {
    if !matches!(
        sent.word(i),
        "killing" | "assassination" | "death" | "deaths" | "killings"
    ) || sent.word(i + 1) != "of"
        || sent.syn.upos(i) != "NOUN"
    {
        return None;
    }
    let (c0, c1) = clause(sent, i);
    let victim = ments
        .iter()
        .copied()
        .filter(|m| m.t0 > i + 1 && m.t0 <= i + 5 && m.t1 <= c1)
        .filter(|m| is_argument(sent, actors, m, ClaimType::Assault))
        .max_by_key(|m| (m.t1, std::cmp::Reverse(m.t0)))?;
    let k = (victim.t1..(victim.t1 + 3).min(c1)).find(|&k| sent.word(k) == "in")?;
    let strike = (k + 1..(k + 7).min(c1)).find(|&x| {
        matches!(
            sent.word(x),
            "strike" | "strikes" | "airstrike" | "raid" | "attack" | "bombing" | "ambush"
        )
    })?;
    let agent = ments.iter().copied().rfind(|m| {
        m.t0 > k && m.t1 <= strike && is_argument(sent, actors, m, ClaimType::Assault)
    })?;
    if agent.actor == victim.actor {
        return None;
    }
    let d = Draft::between(
        ClaimType::Assault,
        agent.actor,
        victim.actor,
        i,
        (c0, c1),
        "killing in a strike",
    );
    Some(vec![Draft {
        modes: vec![Mode::Kill],
        ..d
    }])
}

/// What a permission lets an armed group do on someone's territory.
const SHELTER_VERBS: &[&str] = &[
    "shelter",
    "hide",
    "operate",
    "regroup",
    "rest",
    "base",
    "stay",
    "live",
    "settle",
    "camp",
    "set",
    "establish",
];
const PASSAGE_VERBS: &[&str] = &["resupply", "transit", "cross", "use", "pass", "move"];

/// "let X shelter", "allowed X to resupply", "permitted X to use its airspace": AID
/// (sanctuary, or logistics for passage) from the subject to the permitted.
fn permission(sent: &Sent, actors: &Actors, ments: &[&Mention], i: usize) -> Option<Vec<Draft>> {
    let w = sent.word(i);
    if !matches!(
        w,
        "let"
            | "lets"
            | "letting"
            | "allow"
            | "allows"
            | "allowed"
            | "allowing"
            | "permit"
            | "permits"
            | "permitted"
            | "permitting"
    ) {
        return None;
    }
    let n = sent.toks.len();
    // the permitted: a mention right after the verb (its modifiers allowed)
    let m = ments.iter().find(|m| m.t0 > i && m.t0 <= i + 3)?;
    let mut k = m.t1;
    // the head noun after the name ("TTP fighters", "ELN commanders")
    while k < n
        && k < m.t1 + 2
        && sent.toks[k].kind == rapport_text::TokKind::Word
        && !matches!(sent.word(k), "to")
        && !SHELTER_VERBS.contains(&sent.word(k))
        && !PASSAGE_VERBS.contains(&sent.word(k))
        && !ARMED_ACT_VERBS.contains(&sent.word(k))
    {
        k += 1;
    }
    if sent.word(k) == "to" {
        k += 1;
    }
    let v = sent.word(k);
    let mode = if SHELTER_VERBS.contains(&v) {
        Mode::Sanctuary
    } else if PASSAGE_VERBS.contains(&v) {
        Mode::Logistics
    } else if ARMED_ACT_VERBS.contains(&v) {
        // "allowed Russian troops to launch their assault from Belarusian territory":
        // leave to fight is help in the fighting
        Mode::Unspecified
    } else {
        return None;
    };
    let trig = verb_trigger(ClaimType::Aid, vec![mode], &[], 0.6);
    Some(frame(sent, actors, ments, i, i + 1, &trig))
}

/// Verbs that carry an event noun's agent ("launched an offensive", "has close ties").
/// Verbs that state a stance: "voiced support for", "reaffirmed its backing of".
const EXPRESS_LEMMAS: &[&str] = &[
    "voice",
    "express",
    "reaffirm",
    "reiterate",
    "affirm",
    "signal",
    "underline",
    "stress",
    "state",
    "declare",
    "proclaim",
    "announce",
];

/// Nouns of an agreement struck ("struck a deal", "strike a bargain").
const AGREEMENT_NOUNS: &[&str] = &[
    "deal",
    "deals",
    "agreement",
    "agreements",
    "accord",
    "bargain",
    "truce",
    "compromise",
    "pact",
    "ceasefire",
    "understanding",
];

/// Verbs of an armed act one may be allowed to carry out ("let the militia launch
/// attacks").
const ARMED_ACT_VERBS: &[&str] = &[
    "launch", "attack", "strike", "fire", "stage", "mount", "carry", "conduct",
];

/// Nouns of the ground an act starts from: "from Belarusian territory".
const PLACE_OF_ORIGIN: &[&str] = &[
    "territory",
    "soil",
    "airspace",
    "waters",
    "land",
    "side",
    "border",
];

pub(crate) const LIGHT_VERBS: &[&str] = &[
    "strike",
    "strikes",
    "struck",
    "striking",
    // ("restored diplomatic relations", "normalised ties")
    "restore",
    "restored",
    "restores",
    "restoring",
    "normalize",
    "normalized",
    "normalise",
    "normalised",
    "upgraded",
    // ("voiced support for …", "expressed its backing")
    "voiced",
    "voices",
    "voicing",
    "expressed",
    "expresses",
    "expressing",
    "reaffirmed",
    "reaffirms",
    "reiterated",
    "reiterates",
    "affirmed",
    "signalled",
    "signaled",
    // ("orchestrated a coup against …", "engineered the attack")
    "orchestrate",
    "orchestrated",
    "orchestrates",
    "orchestrating",
    "engineered",
    "masterminded",
    "lodged",
    "lodges",
    "filed",
    "files",
    "launch",
    "launched",
    "launches",
    "launching",
    // ("approved a new package of sanctions on Russia", "agreed new sanctions against
    // Russia")
    "agree",
    "agreed",
    "agrees",
    "approve",
    "approved",
    "approves",
    "adopt",
    "adopted",
    "adopts",
    // ("laid siege to Mariupol", "imposed a blockade on Taiz")
    "lay",
    "laid",
    "lays",
    "laying",
    "impose",
    "imposed",
    "imposes",
    "imposing",
    // ("reimposed sanctions on Iran")
    // ("slapped sanctions on the RSF")
    "slap",
    "slapped",
    "slaps",
    "reimpose",
    "reimposed",
    "reimposes",
    "re-impose",
    "re-imposed",
    "re-imposes",
    "carry",
    "carried",
    "carries",
    "carrying",
    "conduct",
    "conducted",
    "conducts",
    "conducting",
    "stage",
    "staged",
    "stages",
    "mount",
    "mounted",
    "mounts",
    "wage",
    "waged",
    "wages",
    "waging",
    "pay",
    "paid",
    "pays",
    "paying",
    "fly",
    "flew",
    "flies",
    "flown",
    "declare",
    "declared",
    "declares",
    "declaring",
    "establish",
    "established",
    "establishes",
    "extend",
    "extended",
    "extends",
    "extending",
    "provide",
    "provided",
    "provides",
    "providing",
    "pledge",
    "pledged",
    "pledges",
    "pledging",
    "cut",
    "cuts",
    "cutting",
    "sever",
    "severed",
    "severs",
    "broke",
    "break",
    "breaks",
    "swore",
    "sworn",
    "swear",
    "give",
    "gave",
    "gives",
    "giving",
    "offer",
    "offered",
    "offers",
    "offering",
    "have",
    "has",
    "had",
    "having",
    "hold",
    "held",
    "holds",
    "holding",
    "maintain",
    "maintained",
    "maintains",
    "keep",
    "kept",
    "keeps",
    "keeping",
    "seek",
    "sought",
    "seeks",
    "step",
    "stepped",
    "increase",
    "increased",
    "resume",
    "resumed",
    "continue",
    "continued",
    "continues",
    "begin",
    "began",
    "begun",
    "start",
    "started",
    "lead",
    "led",
    "leads",
    "form",
    "formed",
    "forming",
    "forms",
    "build",
    "built",
    "develop",
    "developed",
    "developing",
    "strengthen",
    "strengthened",
    "deepen",
    "deepened",
    "expand",
    "expanded",
    "intensify",
    "intensified",
    "announce",
    "announced",
    "sign",
    "signed",
    "reach",
    "reached",
    "enter",
    "entered",
    "open",
    "opened",
    "make",
    "made",
    "making",
    "pursue",
    "pursued",
    "renew",
    "renewed",
    "ramp",
    "ramped",
    "receive",
    "received",
    "receiving",
    "get",
    "got",
    "accept",
    "accepted",
    "deliver",
    "delivered",
    "send",
    "sent",
    "sending",
    "supply",
    "supplied",
    "supplying",
    "pledge",
    "pledged",
    // ("vowed revenge against Israel": the vow, a threat, is read where the noun is)
    "vow",
    "vowed",
    "vows",
    "promise",
    "promised",
    "deny",
    "denied",
    "denies",
    "view",
    "viewed",
    "views",
    "see",
    "saw",
    "sees",
    "considered",
    "considers",
    "regard",
    "regarded",
    "regards",
    "become",
    "became",
    "becomes",
    "remain",
    "remained",
    "remains",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
];

/// Whether the event at `i` is the condition of a conditional ("would finance them only
/// if they targeted NATO troops", "unless Iran stops arming them", "if the attacks
/// continue"): a hypothetical, not an event the text reports. From the tree: the clause
/// the trigger heads, or the one its noun is an argument of, is marked by "if" or
/// "unless"; without a tree, one of them opens the trigger's stretch of the clause.
fn in_condition(sent: &Sent, i: usize) -> bool {
    let p = &sent.syn;
    if p.is_empty() || i >= p.len() {
        let c0 = clause(sent, i).0;
        return (c0..i)
            .rev()
            .take_while(|&k| sent.word(k) != ",")
            .any(|k| matches!(sent.word(k), "if" | "unless"));
    }
    let marked = |k: usize| {
        p.children(k)
            .any(|c| p.deprel(c) == "mark" && matches!(sent.word(c), "if" | "unless"))
    };
    let mut k = i;
    for _ in 0..3 {
        if marked(k) {
            return true;
        }
        // climb from an argument to its verb, not past a clause's head
        match p.head(k) {
            Some(h)
                if matches!(
                    p.deprel(k),
                    "nsubj" | "obj" | "obl" | "nmod" | "compound" | "conj"
                ) =>
            {
                k = h
            }
            _ => break,
        }
    }
    // (by word order where the parser hung a verb of the condition outside it: "to
    // strike Cyprus if it let Israel use its airports", with "use" on "strike"): an
    // "if" or "unless" before the trigger with no comma or semicolon between
    (0..i)
        .rev()
        .take_while(|&k| !matches!(sent.word(k), "," | ";" | ":" | "—" | "–"))
        .any(|k| matches!(sent.word(k), "if" | "unless") && p.upos(k) == "SCONJ")
}

/// Whether the event at `i` is one warned against or prevented ("warned al-Baghdadi
/// against extending his operations into Afghanistan", "stopped Iran from sending
/// weapons"): its clause hangs by "against" or "from" on a verb of warning or
/// preventing, so it did not happen as told.
fn warded_off(sent: &Sent, i: usize) -> bool {
    let p = &sent.syn;
    if p.is_empty() || i >= p.len() {
        return false;
    }
    let mut k = i;
    for _ in 0..3 {
        let by = p
            .children(k)
            .find(|&c| matches!(p.deprel(c), "mark" | "case"))
            .map(|c| sent.word(c));
        if let (Some("against" | "from"), Some(h)) = (by, p.head(k)) {
            let warding = |j: usize| {
                matches!(
                    p.lemma[j].as_str(),
                    "warn"
                        | "caution"
                        | "advise"
                        | "urge"
                        | "prevent"
                        | "stop"
                        | "bar"
                        | "ban"
                        | "deter"
                        | "dissuade"
                        | "prohibit"
                        | "restrain"
                        | "block"
                        | "forbid"
                )
            };
            // (or, for a verb the parser hung elsewhere, such a verb shortly before it)
            return warding(h)
                || (p.upos(k) == "VERB"
                    && (k.saturating_sub(15)..k).any(|j| p.upos(j) == "VERB" && warding(j)));
        }
        match p.head(k) {
            Some(h) if matches!(p.deprel(k), "nsubj" | "obj" | "compound" | "conj") => k = h,
            _ => return false,
        }
    }
    false
}

/// Whether the noun phrase of the event noun at `i` opens with "any" and no negation
/// comes before it ("did not hold any talks" is a negated event): the words before the
/// noun back to "any" are modifiers (adjectives, names, demonyms, "and", "or").
fn hypothetical_np(sent: &Sent, i: usize) -> bool {
    let mut k = i;
    while k > 0 && i - k < 6 {
        k -= 1;
        let w = sent.word(k);
        if w == "any" {
            // (a denial reaches over its reported clause: "denied that the group took
            // part in any attack")
            return !(k.saturating_sub(10)..k).any(|x| {
                matches!(sent.word(x), "denied" | "denies" | "deny")
                    || (x + 6 >= k && matches!(sent.word(x), "not" | "n't" | "never" | "without"))
            });
        }
        let modifier = sent.toks[k].cap
            || matches!(w, "and" | "or" | "further" | "future" | "new" | "possible")
            || matches!(sent.syn.upos(k), "ADJ" | "PROPN" | "NOUN");
        if !modifier || sent.toks[k].kind == rapport_text::TokKind::Punct {
            return false;
        }
    }
    false
}

/// The subject of a speech or belief cue right before a trigger's clause, standing for
/// the trigger's own subject: "Russia denies receiving …", "Hamas is believed to be
/// funded by …", "are alleged to have received …".
fn cue_subject<'a>(
    sent: &Sent,
    actors: &Actors,
    ments: &[&'a Mention],
    c0: usize,
    t: usize,
    ty: ClaimType,
) -> Option<&'a Mention> {
    (c0 > 0
        && SPEECH.contains(&sent.word(c0 - 1))
        && (c0..t).all(|k| {
            matches!(
                sent.word(k),
                "to" | "have" | "having" | "be" | "been" | "being"
            )
        }))
    .then(|| {
        ments
            .iter()
            .copied()
            .rfind(|m| m.t1 < c0 && is_argument(sent, actors, m, ty))
    })
    .flatten()
}

fn frame(
    sent: &Sent,
    actors: &Actors,
    ments: &[&Mention],
    t: usize,
    t_end: usize,
    trig: &Trigger,
) -> Vec<Draft> {
    if !aims_against(sent, ments, t, trig) {
        return Vec::new();
    }
    let (mut c0, c1) = clause(sent, t);
    // a fronted adverbial ("In my first meeting in 2009 …, I asked") holds no subject
    let mut fronted_end = None;
    if is_prep(sent.word(c0))
        || matches!(
            sent.word(c0),
            "after" | "before" | "when" | "while" | "since" | "during"
        )
    {
        if let Some(comma) = (c0..sent.toks.len().min(c1)).find(|&k| sent.word(k) == ",") {
            if comma < t {
                c0 = comma + 1;
            } else {
                fronted_end = Some(comma);
            }
        }
    }
    let inside: Vec<&Mention> = ments
        .iter()
        .copied()
        .filter(|m| {
            m.t0 >= c0
                && m.t1 <= c1
                && is_argument(sent, actors, m, trig.ty)
                && !(m.t1 <= t
                    && m.t0 + 1 < t
                    && is_modifier(sent, m, ments)
                    && !(trig.pos == Pos::Noun && m.t1 + 3 >= t))
                && !(m.t0 >= t_end && is_modifier(sent, m, ments))
                // ("with Taliban permission": the permission's giver is no argument of
                // the clause's other events; `with_help_of` reads it)
                && !(m.t0 >= t_end
                    && names_permission(sent, m)
                    && matches!(sent.word(m.t0.saturating_sub(1)), "with" | "the"))
        })
        .collect();
    // (nothing inside a relative clause closed before the trigger is its argument)
    let mut relatives: Vec<(usize, usize)> = (c0..t)
        .filter_map(|k| closed_relative(sent, k, t))
        .collect();
    // (nor is anything in a relative clause on the trigger's subject, commas or none:
    // "the junta that had overthrown Mohamed Bazoum in July had expelled France's
    // ambassador")
    {
        let p = &sent.syn;
        if t < p.len() && p.upos(t) == "VERB" {
            for s in p.children(t).filter(|&c| p.deprel(c) == "nsubj" && c < t) {
                for r in p
                    .children(s)
                    .filter(|&c| p.deprel(c) == "acl:relcl" && c > s)
                {
                    let sub = p.subtree(r);
                    if let (Some(&a), Some(&b)) = (sub.first(), sub.last()) {
                        if b < t {
                            relatives.push((a, b + 1));
                        }
                    }
                }
            }
        }
    }
    let left: Vec<&Mention> = inside
        .iter()
        .copied()
        .filter(|m| m.t1 <= t && !relatives.iter().any(|&(a, b)| a <= m.t0 && m.t1 <= b))
        .collect();
    // (a noun trigger's apposition names it: "formed an alliance, the Alliance of Sahel
    // States": no target)
    let named_by_apposition = |m: &Mention| {
        trig.pos == Pos::Noun
            && sent.word(t_end) == ","
            && m.t0 > t_end
            && m.t0 <= t_end + 5
            && (t_end + 1..m.t0).all(|k| matches!(sent.word(k), "the" | "of") || sent.toks[k].cap)
    };
    // (nor the subject of another verb after a comma: "hours after Riyadh executed a
    // dissident cleric, protesters ransacked …")
    let next_subject = |m: &Mention| {
        let p = &sent.syn;
        !p.is_empty() && (t_end..m.t0).any(|k| sent.word(k) == ",") && {
            // (up to the head of the name's noun phrase: "two Taliban commanders")
            let mut h = treeargs::head_of(sent, m);
            while matches!(p.deprel(h), "compound" | "amod" | "nmod:poss" | "flat") {
                match p.head(h) {
                    Some(g) if g > h => h = g,
                    _ => break,
                }
            }
            p.deprel(h).starts_with("nsubj")
                && p.head(h)
                    .is_some_and(|v| v > m.t0 && !(t..t_end).contains(&v))
        }
    };
    // (nor anything after a comma and the subject and verb of another clause:
    // "after Riyadh executed a dissident cleric, protesters ransacked the Saudi embassy
    // in Tehran")
    let beyond_next_clause = |m: &Mention| {
        let p = &sent.syn;
        !p.is_empty()
            && (t_end..m.t0).any(|k| {
                sent.word(k) == ","
                    && (k + 1..m.t0).any(|s| {
                        p.deprel(s).starts_with("nsubj")
                            && p.head(s).is_some_and(|v| {
                                v > s && v < m.t0 && p.upos(v) == "VERB" && !(t..t_end).contains(&v)
                            })
                    })
            })
    };
    // (nor anything past the comma that closes a relative clause the trigger is in:
    // "Gran Grif, whose members killed more than 100 people in Pont-Sondé, is not part of
    // the Viv Ansanm coalition")
    let relative_close = (0..t)
        .rev()
        .find(|&k| sent.word(k) == ",")
        .filter(|&k| matches!(sent.word(k + 1), "who" | "whose" | "which" | "whom"))
        .and_then(|_| (t_end..sent.toks.len()).find(|&k| sent.word(k) == ","));
    let right: Vec<&Mention> = inside
        .iter()
        .copied()
        .filter(|m| {
            m.t0 >= t_end
                && !named_by_apposition(m)
                && !next_subject(m)
                && !beyond_next_clause(m)
                && relative_close.is_none_or(|k| m.t0 < k)
        })
        // (a demonym on a noun of speech or origin names no one: "spoke Arabic with a
        // Lebanese accent")
        .filter(|m| {
            !(m.how == How::Adjective
                && sent
                    .syn
                    .lemma
                    .get(m.t1)
                    .is_some_and(|l| treeargs::SPEECH_MARKS.contains(&l.as_str())))
        })
        .collect();
    let passive = trig.pos == Pos::Verb
        && trig.participle
        && if sent.syn.is_empty() {
            (t.saturating_sub(3)..t).any(|k| BE.contains(&sent.word(k)))
        } else {
            // the tree knows "were regularly and secretly given": an aux:pass dependent
            sent.syn
                .children(t)
                .any(|c| sent.syn.deprel(c) == "aux:pass")
                || (t.saturating_sub(3)..t).any(|k| BE.contains(&sent.word(k)))
                // (a participle coordinated with a passive shares its auxiliary: "was
                // arrested by the army … and charged with …")
                // (not after ", and", which may coordinate a whole clause: "said Rwanda
                // was being made a scapegoat …, and accused Kinshasa of …")
                || (t > 1
                    && sent.word(t - 1) == "and"
                    && sent.word(t - 2) != ","
                    && sent.syn.deprel(t) == "conj"
                    && !sent
                        .syn
                        .children(t)
                        .any(|c| sent.syn.deprel(c).starts_with("nsubj"))
                    && sent.syn.head(t).is_some_and(|h| {
                        h < t
                            && sent
                                .syn
                                .children(h)
                                .any(|c| sent.syn.deprel(c) == "aux:pass")
                    }))
        };
    // ("travelled by armoured train": a means of transport, no agent)
    let by_means = (t_end + 1..(t_end + 4).min(sent.toks.len())).any(|k| {
        matches!(
            sent.word(k),
            "train"
                | "car"
                | "plane"
                | "road"
                | "air"
                | "sea"
                | "boat"
                | "helicopter"
                | "land"
                | "motorcade"
                | "convoy"
                | "ship"
                | "jet"
                | "bus"
                | "foot"
                | "phone"
                | "telephone"
                | "video"
                | "videolink"
                | "letter"
        )
        // (no name before the means: "by Air Force jet" has an agent; "by phone with
        // Erdogan" does not)
        && !(t_end + 1..=k).any(|x| sent.toks[x].cap)
    });
    let reduced = trig.pos == Pos::Verb
        && trig.participle
        && !passive
        && sent.word(t_end) == "by"
        && !by_means;
    // "executed two men accused of spying for the Islamic State": a charge in a reduced
    // relative names no accuser unless its "by" phrase does, and the clause's subject
    // is not it
    if trig.ty == ClaimType::Accuse
        && trig.pos == Pos::Verb
        && !reduced
        && matches!(sent.word(t), "accused" | "charged" | "suspected")
        && t < sent.syn.len()
        && sent.syn.deprel(t) == "acl"
        && sent.syn.head(t).is_some_and(|h| h + 1 == t)
    {
        return Vec::new();
    }
    let mut rule = "verb active";
    // (a possessor inside an apposition on a name is no subject: "Ali Dhere, al-Shabaab's
    // spokesman, threatened …")
    let appositive_possessor = |m: &Mention| {
        matches!(sent.word(m.t1), "'s" | "'" | "’s")
            && (m.t0.saturating_sub(2)..m.t0).any(|k| {
                sent.word(k) == ","
                    && inside
                        .iter()
                        .any(|o| o.t1 == k && o.actor != m.actor && o.how != How::Adjective)
            })
    };
    // ("US-backed Kurdish forces attacked …": the patron in the subject's modifier
    // is not its subject)
    let subject_like = |m: &&Mention| {
        preceded_by_prep(sent, m).is_none()
            && !object_position(sent, m, c0)
            && !matches!(m.how, How::Adjective)
            && !counterpart_modifier(sent, m)
            && !appositive_possessor(m)
            && !patron_modifier(sent, m)
    };
    let (source, target): (Option<&Mention>, Option<&Mention>);
    if passive || reduced {
        rule = if passive {
            "verb passive"
        } else {
            "participle + by"
        };
        // (not a patron inside the agent's modifier: "by the Turkish-backed Syrian
        // National Army")
        let by_agent = right
            .iter()
            .copied()
            .find(|m| {
                preceded_by_prep(sent, m).as_deref() == Some("by") && !patron_modifier(sent, m)
            })
            .or_else(|| {
                right
                    .iter()
                    .copied()
                    .find(|m| preceded_by_prep(sent, m).as_deref() == Some("by"))
            });
        // "were killed during the Taliban's recapture": a possessive agent of a nominal event
        let poss = right
            .iter()
            .copied()
            .find(|m| sent.word(m.t1) == "'s" && m.t0 <= t_end + 4);
        // "was killed in a US strike": the actor named on the attack that did it (a
        // capital names the venue: "the Astana talks", "the Kabul attack")
        let on_attack = ments.iter().copied().find(|m| {
            !matches!(m.how, How::Kb(rapport_kb::AliasKind::Capital))
                && m.t0 >= t_end
                && m.t1 <= c1
                && m.t0 <= t_end + 4
                && (m.t1..(m.t1 + 2).min(sent.toks.len()))
                    .any(|k| has_sense(sent.word(k), trig.ty, Pos::Noun))
        });
        // "was injured in the aerial bombing of US fighter jets": the actor on the
        // weapons an attack noun's "of" phrase names did it
        let by_weapons = || {
            let k = (t_end..(t_end + 4).min(c1))
                .find(|&k| has_sense(sent.word(k), trig.ty, Pos::Noun))?;
            if sent.word(k + 1) != "of" {
                return None;
            }
            ments.iter().copied().find(|m| {
                m.t0 == k + 2
                    && (m.t1..(m.t1 + 2).min(c1)).any(|w| {
                        aid_mode(sent.word(w)) == Some(Mode::Weapons)
                            || assault_mode(sent.word(w)) == Some(Mode::AirStrike)
                    })
            })
        };
        // "after Taliban fighters overran Mazar-e-Sharif, eight Iranian diplomats were
        // killed": those killed in the wake of an assault the clause before names were
        // killed by its doers
        let after_assault = || {
            let p = &sent.syn;
            if trig.ty != ClaimType::Assault || p.is_empty() || t >= p.len() {
                return None;
            }
            p.children(t)
                .filter(|&c| {
                    c < t
                        && p.deprel(c) == "advcl"
                        && (sent.marked(c, "after") || sent.marked(c, "when"))
                        && has_sense(sent.word(c), ClaimType::Assault, Pos::Verb)
                })
                .find_map(|c| treeargs::subject_of(sent, ments, c))
                .filter(|m| is_argument(sent, actors, m, trig.ty))
        };
        // "was arrested by the army … and charged with …": a passive conjunct with no
        // agent of its own shares the first conjunct's
        let conj_agent = || {
            let p = &sent.syn;
            if !passive || t >= p.len() || p.deprel(t) != "conj" {
                return None;
            }
            let h = p.head(t).filter(|&h| h < t)?;
            p.children(h)
                .find(|&c| p.deprel(c) == "obl:agent")
                .and_then(|c| treeargs::mention_at(sent, ments, c, false))
                .filter(|m| is_argument(sent, actors, m, trig.ty))
        };
        source = by_agent
            .or(poss)
            .or(on_attack)
            .or_else(by_weapons)
            .or_else(after_assault)
            .or_else(conj_agent);
        // "the ambush … was blamed on the TTP by Pakistani officials", "was attributed
        // to the Islamic State by …": the one an act is laid on is the accused, not the
        // act's victim
        let laid_on = sent
            .syn
            .lemma
            .get(t)
            .and_then(|l| treeargs::laid_on(l))
            .filter(|_| trig.ty == ClaimType::Accuse && passive);
        target = if let Some(prep) = laid_on {
            right
                .iter()
                .copied()
                .find(|m| preceded_by_prep(sent, m).as_deref() == Some(prep))
        } else if let Some(user) = reduced.then(|| armed_with(sent, ments, t)).flatten() {
            // "drove the Islamic State out of Raqqa with weapons supplied by Washington":
            // goods supplied that someone fights with are the fighter's
            Some(user)
        } else if reduced {
            // ("the Syrian offensive, supported by Russian airstrikes": an event's
            // modifier is not what was supported)
            // ("swapped 150 prisoners each in a deal brokered by the UAE": a broker or
            // host meets parties, not the people an exchange is of)
            let people = |m: &Mention| {
                trig.ty == ClaimType::Consult && actors.list[m.actor].kind == ActorKind::Group
            };
            // ("rescued 50 schoolchildren abducted by bandits": the participle's noun,
            // not a name further back, is what it was done to)
            let p = &sent.syn;
            let noun = (t < p.len() && p.deprel(t) == "acl")
                .then(|| p.head(t))
                .flatten();
            // (a mediation's parties are the clause's, wherever named: "signed a
            // declaration after talks mediated by Qatar")
            let mediation = matches!(trig.ty, ClaimType::Consult | ClaimType::Agree);
            let on_noun = |m: &Mention| {
                mediation
                    || m.t1 + 2 >= t
                    || noun.is_none_or(|h| (m.t0..m.t1).contains(&h) || h < m.t0)
            };
            left.last()
                .copied()
                .filter(|m| {
                    let modifies_event = (matches!(m.how, How::Adjective)
                        || sent.word(m.t1) == "'s")
                        && (m.t1..(m.t1 + 3).min(t)).any(|k| treeargs::event_noun(sent, k));
                    !modifies_event && !people(m) && on_noun(m)
                })
                // (or the target its own phrase names: "a ballistic missile fired by the
                // Houthis at Riyadh")
                .or_else(|| {
                    right.iter().copied().find(|m| {
                        m.t1 <= c1
                            && preceded_by_prep(sent, m).is_some_and(|w| {
                                w != "by" && trig.target_preps.contains(&w.as_str())
                            })
                    })
                })
        } else {
            left.iter()
                .rev()
                .copied()
                .find(|m| preceded_by_prep(sent, m).is_none() && !object_position(sent, m, c0))
                .or_else(|| {
                    left.iter()
                        .rev()
                        .copied()
                        .find(|m| preceded_by_prep(sent, m).is_none())
                })
                .or(left.last().copied())
                .or_else(|| cue_subject(sent, actors, ments, c0, t, trig.ty))
        };
    } else if trig.reverse {
        // "X received arms from Y": the giver follows "from", the receiver is the subject
        rule = "verb reversed";
        source = right
            .iter()
            .copied()
            .find(|m| {
                matches!(
                    preceded_by_prep(sent, m).as_deref(),
                    Some("from") | Some("by")
                )
            })
            .or_else(|| {
                // "received Russian air-defence systems": the maker named on what came
                right.iter().copied().find(|m| {
                    m.how == How::Adjective
                        && m.t0 <= t_end + 3
                        && (m.t1..(m.t1 + 3).min(sent.toks.len())).any(|k| {
                            aid_mode(sent.word(k)) == Some(Mode::Weapons)
                                || matches!(sent.word(k), "systems" | "equipment")
                        })
                })
            });
        target = left
            .iter()
            .rev()
            .copied()
            .find(subject_like)
            .or(left.last().copied())
            // "Russia denies receiving drones from Iran": the speech cue's subject
            // received
            .or_else(|| cue_subject(sent, actors, ments, c0, t, trig.ty));
    } else if trig.pos == Pos::Noun && sent.word(t_end) == "between" {
        // "talks between the Taliban and Iran"
        rule = "nominal between";
        source = right.iter().copied().find(|m| m.t0 <= t_end + 2);
        target = source.and_then(|s| {
            // (a group noun may follow the first side: "between ELN guerrillas and …")
            let and = if GROUP_NOUNS.contains(&sent.word(s.t1)) {
                s.t1 + 1
            } else {
                s.t1
            };
            right.iter().copied().find(|m| {
                m.t0 > and && m.t0 <= and + 2 && sent.word(and) == "and"
                    || m.t0 == and + 2 && sent.word(and + 1) == "the" && sent.word(and) == "and"
            })
        });
    } else if trig.pos == Pos::Noun {
        rule = "nominal";
        // possessive or adjectival source right before the noun
        let adj = left.iter().rev().copied().find(|m| {
            t - m.t1 <= 3
                && (sent.word(m.t1) == "'s"
                    || matches!(
                        m.how,
                        How::Adjective | How::StateHead | How::Kb(_) | How::Pronoun
                    ))
                && !(m.t1..t).any(|k| {
                    is_prep(sent.word(k))
                        || matches!(sent.word(k), "," | "and" | "or" | "but")
                        || sent.syn.is_verbal(k)
                })
                && (m.how != How::Pronoun
                    || matches!(sent.word(m.t0), "its" | "their" | "his" | "her"))
        });
        // (a withdrawal's "of" phrase withdraws; its "from" phrase is the place left)
        let leaving = trig.ty == ClaimType::Retreat;
        // ("Sanctions were imposed on Iran by the United States": the noun is the subject
        // of a passive support verb, whose agent comes later)
        let passive_support = BE.contains(&sent.word(t_end))
            && (sent.word(t_end + 1).ends_with("ed")
                || matches!(sent.word(t_end + 1), "slapped" | "laid" | "put"));
        let from = right.iter().copied().find(|m| {
            let prep = preceded_by_prep(sent, m);
            let agentive = if leaving {
                prep.as_deref() == Some("of") && m.t0 <= t_end + 2
            } else {
                matches!(prep.as_deref(), Some("from") | Some("by"))
            };
            agentive
                && (m.t0 <= t_end + 5 || (passive_support && prep.as_deref() == Some("by")))
                // ("from Belarusian territory", "from Iranian soil": a place, not a doer)
                && !PLACE_OF_ORIGIN.contains(&sent.word(m.t1))
        });
        // the clause's subject is the noun's agent only through a support verb
        // ("Iran established contacts", "is extending material support", "launched an incursion")
        let mut v = t;
        // ("a new package of sanctions", "a fresh round of strikes": the measure's
        // amount is no part of the phrase's head)
        if v >= 2
            && sent.word(v - 1) == "of"
            && matches!(
                sent.word(v - 2),
                "package" | "round" | "raft" | "wave" | "series" | "set" | "batch" | "slew"
            )
        {
            v -= 2;
        }
        // ("issued an arrest warrant for", "unsealed an indictment", "brought charges":
        // support verbs of legal process only)
        // (and of refuge: "found safe houses for his men", "arranged a sanctuary")
        let narrow_support = |w: &str| {
            (trig.ty == ClaimType::Accuse
                && matches!(
                    w,
                    "issue" | "issued" | "issues" | "issuing" | "unsealed" | "brought" | "bring"
                ))
                || (trig.modes.contains(&Mode::Sanctuary)
                    && matches!(
                        w,
                        "find"
                            | "found"
                            | "finds"
                            | "arrange"
                            | "arranged"
                            | "arranges"
                            | "rent"
                            | "rented"
                            | "rents"
                            | "secure"
                            | "secured"
                            | "secures"
                    ))
        };
        while v > c0
            && (is_det(sent.word(v - 1))
                || skippable_mod(sent.word(v - 1))
                || (!sent.toks[v - 1].cap
                    && !is_prep(sent.word(v - 1))
                    && !LIGHT_VERBS.contains(&sent.word(v - 1))
                    && !narrow_support(sent.word(v - 1))
                    && v + 4 > t
                    && sent.toks[v - 1].kind == rapport_text::TokKind::Word
                    && !AUX.contains(&sent.word(v - 1))))
        {
            v -= 1;
        }
        // ("locked in a territorial dispute", "embroiled in a war")
        let embroiled = v > c0 + 1
            && ((sent.word(v - 1) == "in"
                && matches!(
                    sent.word(v - 2),
                    "locked" | "embroiled" | "mired" | "engaged" | "involved" | "entangled"
                        // ("participated in the assault", "joined in the attacks")
                        | "participated" | "participate" | "participates" | "participating"
                        | "joined"
                ))
                // ("took part in the attack on US bases")
                || (v > c0 + 2
                    && sent.word(v - 1) == "in"
                    && sent.word(v - 2) == "part"
                    && matches!(sent.word(v - 3), "took" | "take" | "takes" | "taking" | "taken"))
                // ("came to an agreement")
                || (sent.word(v - 1) == "to"
                    && trig.ty == ClaimType::Agree
                    && matches!(sent.word(v - 2), "came" | "come" | "comes" | "coming")));
        let supported = v > c0
            && (LIGHT_VERBS.contains(&sent.word(v - 1))
                || embroiled
                || narrow_support(sent.word(v - 1)));
        // ("rebels who orchestrated a coup": a support verb in a relative clause has the
        // relative pronoun, standing for the rebels, as its subject)
        let relative_subj =
            (supported && v - 1 < sent.syn.len() && sent.syn.deprel(v - 1) == "acl:relcl")
                .then(|| {
                    sent.syn
                        .children(v - 1)
                        .find(|&c| sent.syn.deprel(c) == "nsubj")
                        .and_then(|c| treeargs::mention_over(ments, c))
                        .filter(|m| m.how == How::Relative)
                })
                .flatten();
        // "helped rebels in Congo launch an offensive", "let the Taliban open an office":
        // the object of a verb of help or permission does the support verb's act
        let controlled_subj = (supported && v >= 2 && sent.word(v - 2) != "to")
            .then(|| {
                let helper = (c0..v - 1).rev().find(|&k| {
                    matches!(
                        sent.word(k),
                        "helped" | "help" | "helps" | "helping" | "let" | "lets" | "made" | "make"
                    )
                })?;
                object_after(sent, &left, helper, v - 1)
            })
            .flatten();
        // "allowed Russian troops to launch their assault", "enabled Kyiv to carry out
        // strikes": the object of a verb of permission or causing does the support verb's
        // act
        let infinitive_subj = (supported && v >= 3 && sent.word(v - 2) == "to")
            .then(|| {
                let causer = (c0..v - 2).rev().find(|&k| {
                    matches!(
                        sent.syn.lemma.get(k).map(String::as_str),
                        Some(
                            "allow"
                                | "enable"
                                | "permit"
                                | "force"
                                | "help"
                                | "push"
                                | "encourage"
                                | "order"
                                | "persuade"
                                | "urge"
                        )
                    ) && sent.syn.upos(k) == "VERB"
                })?;
                object_after(sent, &left, causer, v - 2)
            })
            .flatten();
        let subj = relative_subj
            .or(controlled_subj)
            .or(infinitive_subj)
            .or_else(|| {
                left.iter()
                    .rev()
                    .copied()
                    .filter(|_| supported)
                    .find(|m| subject_like(m) && Some(m.actor) != adj.map(|a| a.actor))
            })
            // (the support verb's subject by the tree, a group's people standing for it:
            // "Fighters of the Hamza Division took part in the killing of …")
            .or_else(|| {
                let p = &sent.syn;
                if !supported || p.is_empty() {
                    return None;
                }
                let sv = if sent.word(v - 1) == "in" && v >= 3 && sent.word(v - 2) == "part" {
                    v - 3
                } else if sent.word(v - 1) == "in" && v >= 2 {
                    v - 2
                } else {
                    v - 1
                };
                let s = p.children(sv).find(|&c| p.deprel(c) == "nsubj")?;
                if !matches!(
                    p.lemma[s].as_str(),
                    "fighter" | "member" | "militant" | "gunman" | "unit" | "officer" | "soldier"
                ) {
                    return None;
                }
                p.children(s)
                    .find(|&c| p.deprel(c) == "nmod" && sent.marked(c, "of"))
                    .and_then(|c| treeargs::mention_at(sent, ments, c, true))
                    .filter(|m| is_argument(sent, actors, m, trig.ty))
            });
        // "In a swipe at Mansur, Agha resigned": the main clause's subject made the swipe
        let main_subject = fronted_end.and_then(|comma| {
            ments
                .iter()
                .copied()
                .find(|m| m.t0 == comma + 1 && is_argument(sent, actors, m, trig.ty))
        });
        // "X pledged their allegiance": a possessive pronoun on the object of a verb
        // is that verb's subject
        let adj = match adj {
            Some(a) if a.how == How::Pronoun && !sent.syn.is_empty() => {
                let p = &sent.syn;
                p.head(t)
                    .filter(|&h| p.deprel(t) == "obj" && p.is_verbal(h))
                    .and_then(|h| p.children(h).find(|&c| p.deprel(c) == "nsubj"))
                    .and_then(|c| crate::treeargs::mention_over(ments, c))
                    .filter(|m| is_argument(sent, actors, m, trig.ty))
                    .or(Some(a))
            }
            other => other,
        };
        // ("allowed Russian troops to launch their assault": the possessive is theirs)
        let adj = match adj {
            Some(a) if a.how == How::Pronoun && infinitive_subj.is_some() => infinitive_subj,
            other => other,
        };
        // "Ethiopia and Eritrea, close allies during the war, …": a symmetric noun in
        // apposition to its parties
        // (and an agent noun in apposition to its agent: "Iran, a key supplier of drones
        // to Russia, …")
        let agent_noun = matches!(
            sent.word(t),
            "supplier" | "suppliers" | "provider" | "financier"
        );
        let apposed = ((trig.ty.is_symmetric() || agent_noun) && v > 1 && sent.word(v - 1) == ",")
            .then(|| left.iter().rev().copied().find(|m| m.t1 + 1 == v))
            .flatten();
        // "signed an agreement with Kenya during a visit to Nairobi": the clause's subject
        // made the visit
        let visitor = matches!(sent.word(t), "visit" | "visits" | "trip" | "tour")
            .then(|| {
                let k = (t.saturating_sub(4)..t)
                    .rev()
                    .find(|&k| matches!(sent.word(k), "during" | "on"))?;
                if !(k + 1..t)
                    .all(|x| !sent.toks[x].cap && sent.toks[x].kind == rapport_text::TokKind::Word)
                {
                    return None;
                }
                ments.iter().copied().find(|m| {
                    m.t1 <= k
                        && preceded_by_prep(sent, m).is_none()
                        && !matches!(m.how, How::Adjective)
                        && is_argument(sent, actors, m, trig.ty)
                })
            })
            .flatten();
        source = adj
            .or(from)
            .or(subj)
            .or(main_subject)
            .or(apposed)
            .or(visitor);
        // ("airstrikes against Iran-backed Houthi rebels": the rebels, not their patron)
        let prep_t = right.iter().copied().find(|m| {
            let p = preceded_by_prep(sent, m);
            // (further across the noun's own "of" phrase: "the delivery of guided bombs
            // and armoured vehicles to the RSF")
            let near = m.t0 <= t_end + 6
                || (m.t0 <= t_end + 12
                    && sent.word(t_end) == "of"
                    && !(t_end..m.t0).any(|k| {
                        (sent.syn.is_verbal(k) && sent.syn.deprel(k) != "amod")
                            || matches!(sent.word(k), "," | ";" | ":" | "that" | "which" | "who")
                    }));
            p.as_deref().is_some_and(|p| trig.target_preps.contains(&p))
                && near
                && Some(m.actor) != source.map(|s| s.actor)
                && !patron_modifier(sent, m)
        });
        // "considered Iran as their archenemy": the object between subject and noun
        // (not a possessor of another noun, nor a name in a clause the noun's verb is
        // coordinated with: "condemned China's actions and pledged to hold more naval
        // drills")
        let between = source.and_then(|s| {
            left.iter().copied().find(|m| {
                m.t0 >= s.t1
                    && m.actor != s.actor
                    && preceded_by_prep(sent, m).is_none()
                    && !matches!(sent.word(m.t1), "'s" | "'" | "’s")
                    && !(m.t1..t).any(|k| sent.word(k) == "and" && sent.syn.upos(k + 1) == "VERB")
            })
        });
        // a noun's own argument follows it directly ("the Iranian assault on …" is prep_t),
        // not across a verb ("Iran's allies in Iraq attacked US bases")
        let after = right.iter().copied().find(|m| {
            m.t0 <= t_end + 4
                && Some(m.actor) != source.map(|s| s.actor)
                // (nor a name in a phrase of time: "drills around Taiwan after Lai
                // Ching-te's transit")
                && !(t_end..m.t0).any(|k| {
                    matches!(
                        sent.word(k),
                        "to" | "," | ":" | ";" | "that" | "which" | "who" | "after" | "before"
                            | "since" | "until" | "during" | "following"
                    ) || (sent.syn.upos(k) == "VERB" && sent.word(k) != "including")
                })
                && !matches!(preceded_by_prep(sent, m).as_deref(), Some("from" | "by"))
                // (talks or a deal "on" or "about" someone are about them: "held talks on
                // Ukraine")
                && !(matches!(
                    trig.ty,
                    ClaimType::Consult | ClaimType::Agree | ClaimType::Cooperate
                ) && matches!(
                    preceded_by_prep(sent, m).as_deref(),
                    Some("on" | "about" | "over" | "regarding" | "concerning")
                ))
        });
        // a bare object noun ("weapons", "money") is a transfer only with a recipient
        target = if trig.needs_object {
            prep_t
        } else {
            prep_t.or(between).or(if adj.is_some() || subj.is_some() {
                after
            } else {
                None
            })
        };
    } else {
        // "X attacked Y …, and provided Z with weapons": a conjoined verb without a
        // subject of its own shares the first verb's, which the tree knows
        let p = &sent.syn;
        let mut b = t;
        while b > 0 && (sent.word(b - 1).ends_with("ly") || AUX.contains(&sent.word(b - 1))) {
            b -= 1;
        }
        let coordinated = b > 0 && matches!(sent.word(b - 1), "and" | "but" | "then");
        let conj_subject = (coordinated
            && !p.is_empty()
            && p.deprel(t) == "conj"
            && p.head(t).is_some_and(|h| p.is_verbal(h))
            && !p.children(t).any(|c| p.deprel(c).starts_with("nsubj")))
        .then(|| {
            // (a speech act after ", and" whose first conjunct is a reported clause's
            // verb is the speaker's: "Araghchi said Iran had not sent a single missile to
            // Russia, and accused Washington of inventing the story")
            let h = p.head(t)?;
            let speaker = (matches!(
                trig.ty,
                ClaimType::Accuse | ClaimType::Request | ClaimType::Reject
            ) && b >= 2
                && sent.word(b - 2) == ","
                && p.deprel(h) == "ccomp")
                .then(|| p.head(h))
                .flatten()
                .filter(|&g| SPEECH.contains(&sent.word(g)))
                .and_then(|g| p.children(g).find(|&c| p.deprel(c) == "nsubj"))
                .and_then(|c| treeargs::mention_at(sent, ments, c, true));
            speaker
                .or_else(|| treeargs::verb(sent, ments, t, trig.target_preps, trig.reverse).source)
                // (the first conjunct's own subject: "Naim Qassem said …, and accused the
                // Lebanese government of …")
                .or_else(|| {
                    p.children(h)
                        .find(|&c| p.deprel(c) == "nsubj")
                        .and_then(|c| treeargs::mention_at(sent, ments, c, true))
                        .filter(|m| is_argument(sent, actors, m, trig.ty))
                })
        })
        .flatten();
        // "…, two months after expelling France's ambassador": an adverbial gerund's
        // subject is the main clause's, which the tree knows
        // (and a participle after a comma: "rejected a truce plan …, accusing the UAE
        // of …")
        // (and a perfect one: "sanctioned Sadio Camara for having helped the Wagner
        // Group", "accused Algeria of having armed …")
        let perfect = t > 1
            && !p.is_empty()
            && sent.word(t - 1) == "having"
            && matches!(
                sent.word(t - 2),
                "after" | "before" | "since" | "without" | "upon" | "by" | "for" | "of"
            );
        let gerund = t > 0
            && !p.is_empty()
            && sent.word(t).ends_with("ing")
            && (matches!(
                sent.word(t - 1),
                "after" | "before" | "while" | "since" | "without" | "upon" | "by"
            ) || (sent.word(t - 1) == ","
                && p.deprel(t) == "advcl"
                && p.head(t).is_some_and(|h| {
                    h < t
                        && p.is_verbal(h)
                        && matches!(p.deprel(h), "root" | "ccomp" | "conj")
                        && p.children(h).any(|c| p.deprel(c) == "nsubj")
                })));
        let gerund_subject = (perfect || gerund)
            .then(|| treeargs::verb(sent, ments, t, trig.target_preps, trig.reverse).source)
            .flatten();
        // "dangerous for Iran, a Shia state, to be supplying …", "would be a mistake for
        // Russia to arm …": the "for" phrase is the infinitive's subject
        let for_subject = {
            let mut k = t;
            while k > 0 && matches!(sent.word(k - 1), "be" | "have" | "been" | "continue") {
                k -= 1;
            }
            (k > 1 && sent.word(k - 1) == "to")
                .then(|| {
                    let mut e = k - 1;
                    // (over an apposition: "for Iran, a Shia state, to …")
                    if sent.word(e - 1) == "," {
                        e = (c0..e - 1).rev().find(|&x| sent.word(x) == ",")?;
                    }
                    left.iter()
                        .copied()
                        .find(|m| m.t1 == e && preceded_by_prep(sent, m).as_deref() == Some("for"))
                })
                .flatten()
        };
        let subj = conj_subject
            .or(gerund_subject)
            .or(for_subject)
            .or_else(|| left.iter().rev().copied().find(subject_like))
            // ("Fighters of Katiba Macina attacked …", where the tagger read "of" as
            // opening a clause: the group named in the clause's opening "of" phrase on
            // a noun of its people does the act)
            .or_else(|| {
                left.iter().rev().copied().find(|m| {
                    m.t0 >= c0 + 2
                        && sent.word(m.t0 - 1) == "of"
                        && treeargs::GROUP_HEADS.contains(&sent.word(m.t0 - 2))
                        && (m.t0 - 2 == c0
                            || (m.t0 - 3 == c0 && matches!(sent.word(c0), "the" | "some")))
                        && (m.t1..t).all(|k| AUX.contains(&sent.word(k)))
                })
            })
            .or_else(|| {
                left.iter().rev().copied().find(|m| {
                    !matches!(m.how, How::Adjective)
                        && preceded_by_prep(sent, m).is_none()
                        && !counterpart_modifier(sent, m)
                        && !patron_modifier(sent, m)
                })
            });
        // object control: "gave the Taliban weapons to fight …", "helped the Taliban
        // establish …", "allowed the Taliban to open …": the main verb's object acts
        let infinitive = t > 0
            && (sent.word(t - 1) == "to"
                || (t >= 2
                    && matches!(
                        sent.word(t - 2),
                        "helped" | "help" | "helps" | "helping" | "let" | "made"
                    )));
        let controller = infinitive
            .then(|| {
                left.iter().rev().copied().find(|m| {
                    object_position(sent, m, c0)
                        && subj.is_some_and(|s| s.t1 <= m.t0)
                        && !matches!(m.how, How::Adjective)
                        // (a possessive is the object's owner, not the object: "allowed
                        // Russian troops to use its territory to invade Ukraine")
                        && !(m.how == How::Pronoun
                            && matches!(sent.word(m.t0), "its" | "their" | "his" | "her"))
                        // ("gave the Taliban weapons and money to fight": an "and" inside
                        // the object is no new clause; one before a verb is)
                        && !(m.t1..t).any(|k| {
                            matches!(sent.word(k), "," | "who" | "which")
                                || (sent.word(k) == "and"
                                    && (sent.syn.is_empty() || sent.syn.is_verbal(k + 1)))
                        })
                })
            })
            .flatten();
        let subj = controller.or(subj);
        // "Iran denied sending weapons", "denied having armed": the speech cue's subject
        // controls the verb
        let subj = subj.or_else(|| {
            if c0 > 0
                && SPEECH.contains(&sent.word(c0 - 1))
                && (t == c0
                    || sent.word(c0) == "to"
                    || (c0 + 1 == t && matches!(sent.word(c0), "having" | "being")))
            {
                ments
                    .iter()
                    .copied()
                    .rfind(|m| m.t1 < c0 && is_argument(sent, actors, m, trig.ty))
            } else {
                None
            }
        });
        // "challenged Iran for supporting …", "accused Iran of smuggling …": the object
        // of the governing verb does the gerund
        let gerund_of = (t > 0
            && trig.pos == Pos::Verb
            && sent.word(t).ends_with("ing")
            && matches!(sent.word(t - 1), "for" | "of"))
        .then(|| {
            left.iter()
                .rev()
                .copied()
                .find(|m| m.t1 + 1 == t || (m.t1 + 2 == t && sent.word(m.t1) == ","))
                // (not the judge: "are accused by Human Rights Watch of killing")
                .filter(|m| preceded_by_prep(sent, m).as_deref() != Some("by"))
        })
        .flatten();
        let subj = gerund_of.or(subj);
        source = subj;
        let prep_t = right.iter().copied().find(|m| {
            preceded_by_prep(sent, m).is_some_and(|p| trig.target_preps.contains(&p.as_str()))
                && Some(m.actor) != subj.map(|s| s.actor)
                && !patron_modifier(sent, m)
        });
        // "helped crush the Islamic State": help given through a verb of its own has
        // its object before that verb ("helped the Taliban establish …"), not after it
        let aid_verb = (trig.ty == ClaimType::Aid && !sent.syn.is_empty())
            .then(|| {
                (t_end..t_end + 2).find(|&k| {
                    sent.word(k) != "to"
                        && sent.syn.upos(k) == "VERB"
                        && sent.syn.deprel(k) == "xcomp"
                        && sent.syn.head(k) == Some(t)
                })
            })
            .flatten();
        let obj = right.iter().copied().find(|m| {
            let prep = preceded_by_prep(sent, m);
            aid_verb.is_none_or(|v| m.t1 <= v) &&
            // an object comes before any subordinate clause ("… after Karzai demanded …")
            !(t_end..m.t0).any(|k| {
                matches!(
                    sent.word(k),
                    "after"
                        | "before"
                        | "when"
                        | "because"
                        | "although"
                        | "though"
                        | "whereas"
                        | "until"
                        | "if"
                        | "unless"
                )
            }) && (!matches!(m.how, How::Adjective)
                || m.t0 <= t_end + 2
                // (a restriction's "on" phrase names its target however many words
                // come between: "lifted its sanctions on Belarusian potash")
                || (matches!(
                    trig.ty,
                    ClaimType::Concede | ClaimType::Sanction | ClaimType::Coerce
                ) && prep.as_deref() == Some("on")
                    && m.t0 <= t_end + 5))
                // (a demonym on the weapons used names their maker, not the target:
                // "launched Iranian drones at Kyiv")
                // (vessels are rammed, not fired: "rammed and blocked Philippine boats")
                && !(trig.ty == ClaimType::Assault
                    && matches!(m.how, How::Adjective)
                    && aid_mode(sent.word(m.t1)) == Some(Mode::Weapons)
                    && !VESSELS.contains(&sent.word(m.t1)))
                // … and before a coordinated verb ("denied abducting the soldiers and
                // blamed the kidnapping on the ELN")
                && !(t_end..m.t0).any(|k| {
                    let finite = |x: usize| {
                        matches!(sent.syn.xpos.get(x).map(String::as_str), Some("VBD" | "VBZ" | "VBP"))
                            || (sent.syn.upos(x) == "VERB" && sent.syn.deprel(x) == "conj")
                    };
                    // (not verbs sharing the object: "rammed and water-cannoned
                    // Philippine boats")
                    (matches!(sent.word(k), "and" | "but")
                        && k > t_end
                        && (finite(k + 1) || (sent.syn.upos(k + 1) == "ADV" && finite(k + 2))))
                        // … and before a purpose clause ("signed an agreement … to merge
                        // the SDF into …")
                        // (and an agreement's parties are not what it agrees to do,
                        // right after it: "Russia and Ukraine agreed to exchange
                        // prisoners", "agreed to impose sanctions on Russia")
                        || (sent.word(k) == "to"
                            && sent.syn.upos(k + 1) == "VERB"
                            && (k > t_end || trig.ty == ClaimType::Agree))
                        // … and before a clause on a noun between ("armed militias
                        // attacking US bases": the bases are the militias' object)
                        || (k > t_end
                            && sent.syn.upos(k) == "VERB"
                            && matches!(sent.syn.deprel(k), "acl" | "acl:relcl")
                            && sent.word(k) != "including")
                })
                && Some(m.actor) != subj.map(|s| s.actor)
                // (not the victims inside the charge: "accused all sides of gross
                // violations against civilians")
                && !(trig.ty == ClaimType::Accuse
                    && prep.as_deref().is_some_and(|p| p != "of")
                    && (t_end..m.t0).any(|k| sent.word(k) == "of"))
                // ("struck Iran-backed Houthi rebels": the rebels, not their patron;
                // "attacked the United States' Kurdish allies": the allies, not the US)
                && !patron_modifier(sent, m)
                && !counterpart_modifier(sent, m)
                // (a party to an agreement or talks is no one they are against:
                // "agreed a new package of sanctions against Russia")
                && !(matches!(
                    trig.ty,
                    ClaimType::Agree | ClaimType::Consult | ClaimType::Cooperate
                ) && prep.as_deref() == Some("against"))
                // (nor what it agrees to, unless that is a party's: "agreed to exchange
                // prisoners", not "agreed to Russia's terms")
                && !(trig.ty == ClaimType::Agree
                    && (prep.as_deref() == Some("to")
                        || treeargs::case_of(sent, treeargs::head_of(sent, m)) == Some("to"))
                    && !matches!(sent.word(m.t1), "'s" | "'"))
                // (what happened over a place happened there; what is done over a
                // state's act is done to it: "threatened sanctions over Tbilisi's law")
                && (prep.as_deref() != Some("over")
                    || matches!(sent.word(m.t1), "'s" | "'"))
                && !matches!(
                    prep.as_deref(),
                    Some("from")
                        | Some("by")
                        | Some("in")
                        | Some("to")
                        | Some("at")
                        | Some("during")
                        | Some("since")
                        | Some("after")
                        | Some("before")
                )
        });
        // "removed the Taliban's governor of Kandahar, Mullah X": the possessor's role
        // holder named in apposition is the object
        let obj = obj.map(|o| {
            if sent.word(o.t1) != "'s" {
                return o;
            }
            (o.t1 + 1..(o.t1 + 6).min(c1))
                .find(|&k| sent.word(k) == ",")
                .filter(|&k| (o.t1 + 1..k).any(|x| crate::relations::is_role_word(sent.word(x))))
                .and_then(|k| {
                    right
                        .iter()
                        .copied()
                        .find(|m| m.t0 == k + 1 && actors.list[m.actor].kind == ActorKind::Person)
                })
                .unwrap_or(o)
        });
        // ("attributed the attack on a Nigerien army post to the Islamic State": the
        // one an act is attributed to is accused, not the act's object)
        let attributed = sent.syn.lemma.get(t).is_some_and(|l| l == "attribute");
        // (a deployment's target is only ever marked: "deployed to Somalia under the
        // new African Union mission")
        target = if matches!(
            trig.ty,
            ClaimType::Aid | ClaimType::Travel | ClaimType::Concede | ClaimType::Mobilize
        ) || attributed
        {
            prep_t.or(obj)
        } else {
            obj.or(prep_t)
        };
    }
    // what the token rules did not find, the tree may: "Iranian officials were
    // regularly sending weapons", "tried to recruit", "a commander who was removed by …"
    let (mut source, mut target) = (source, target);
    let elsewhere =
        |m: Option<&Mention>| m.is_some_and(|m| m.t0 < t && treeargs::in_other_clause(sent, m, t));
    // "helped the rebels launch an offensive": the support verb's controller, not the
    // main subject, did the noun's event
    // (or the subject of its own, where the parser read "the rebels launch …" as a clause)
    // (and a verb's own: "helped Yemeni forces drive the Houthis out", "helped Syrian
    // troops recapture Palmyra", however the parser hung the helped clause)
    let p = &sent.syn;
    let controlled_verb = trig.pos == Pos::Verb
        && t < p.len()
        && p.head(t).is_some_and(|h| {
            let causer = matches!(
                p.lemma[h].as_str(),
                "help" | "let" | "make" | "enable" | "allow" | "permit" | "force" | "persuade"
            );
            causer
                && ((p.deprel(t) == "xcomp" && p.children(h).any(|c| p.deprel(c) == "obj"))
                    || (p.deprel(t) == "ccomp" && p.children(t).any(|c| p.deprel(c) == "nsubj")))
        });
    // (a subject outside the clause on a noun that holds the trigger: "fought the Nato
    // forces deployed to support him")
    let outside = source.is_some_and(|m| treeargs::outside_noun_clause(sent, m, t));
    let controlled = (trig.pos == Pos::Noun
        && sent.syn.deprel(t) == "obj"
        && sent.syn.head(t).is_some_and(|h| {
            (sent.syn.deprel(h) == "xcomp"
                && sent
                    .syn
                    .head(h)
                    .is_some_and(|g| sent.syn.children(g).any(|c| sent.syn.deprel(c) == "obj")))
                || (matches!(sent.syn.deprel(h), "ccomp" | "xcomp")
                    && sent.syn.children(h).any(|c| sent.syn.deprel(c) == "nsubj"))
        }))
        || controlled_verb;
    if (source.is_none()
        || target.is_none()
        || elsewhere(source)
        || elsewhere(target)
        || outside
        || controlled
        || sent.syn.deprel(t) == "acl:relcl"
        || (trig.pos == Pos::Verb && treeargs::active_participle(sent, t)))
        && !sent.syn.is_empty()
    {
        let cand: Vec<&Mention> = ments
            .iter()
            .copied()
            .filter(|m| {
                (is_argument(sent, actors, m, trig.ty)
                    // "in the TTP's raid": a possessor is no place
                    && (!m.locative || sent.word(m.t1) == "'s"))
                    // (but the state a refuge is found in gives it: "found refuge in
                    // Iran")
                    || (m.locative
                        && trig.ty == ClaimType::Aid
                        && (t..t_end)
                            .any(|k| treeargs::REFUGE_NOUNS.contains(&sent.word(k))))
            })
            .collect();
        // a phrase's arguments hang on its head ("drone strike": "strike")
        let th = (t..t_end)
            .find(|&k| sent.syn.head(k).is_none_or(|h| h < t || h >= t_end))
            .unwrap_or(t);
        let tree = match trig.pos {
            Pos::Verb => treeargs::verb(sent, &cand, t, trig.target_preps, trig.reverse),
            Pos::Noun => treeargs::noun(sent, &cand, th, trig.target_preps),
        };
        // "gave Israel aid": the name word order read as the noun's doer is the one
        // the tree finds receiving it
        let recipient = |m: &Mention| {
            let p = &sent.syn;
            p.ancestors(th).into_iter().skip(1).take(2).any(|h| {
                p.children(h)
                    .any(|c| p.deprel(c) == "iobj" && m.t0 <= c && c < m.t1)
            })
        };
        if let (Some(s), Some(ts), Some(tt)) = (source, tree.source, tree.target) {
            if trig.pos == Pos::Noun && s.actor == tt.actor && ts.actor != tt.actor && recipient(tt)
            {
                source = Some(ts);
                target = Some(tt);
                rule = tree.how;
            }
        }
        // (a name the token rules took as subject only for want of another, though it
        // stands where an object does, yields to the tree's subject: "The ministers of
        // Japan condemned China's actions and pledged to hold …")
        let object_like = trig.pos == Pos::Verb
            && source.is_some_and(|m| object_position(sent, m, c0) && sent.word(m.t1) == "'s");
        if (source.is_none() || elsewhere(source) || outside || controlled || object_like)
            && tree.source.is_some()
        {
            source = tree.source;
            rule = tree.how;
        }
        // ("money for each American soldier killed": a passive participle on a noun
        // names its doer only by "by", never by the clause around it)
        // (only a bare one on a noun inside a phrase or an object, not on the sentence's
        // subject or root, where the parser may have read the main verb as a participle)
        if tree.how == "tree: acl participle"
            && tree.source.is_none()
            && sent.syn.xpos.get(t).is_some_and(|x| x == "VBN")
            && sent.syn.head(t).is_some_and(|h| {
                // (or a conjunct of one: "against the government and the Nato forces
                // deployed to support it")
                let mut h = h;
                while sent.syn.deprel(h) == "conj" {
                    match sent.syn.head(h) {
                        Some(g) => h = g,
                        None => break,
                    }
                }
                matches!(sent.syn.deprel(h), "obl" | "nmod" | "obj" | "iobj")
            })
            // (a bare one: with a phrase of its own it may be a misread main verb,
            // "various TTP fighters crossed into Afghanistan"; a purpose is no such
            // phrase)
            && sent.syn.children(t).all(|c| {
                sent.syn.deprel(c) == "punct"
                    || (sent.syn.deprel(c) == "advcl" && sent.marked(c, "to"))
            })
        {
            source = None;
        }
        // "vetoed a resolution condemning the invasion": the resolution condemns, not
        // the main clause's subject; a noun that names no actor gives no claim
        if tree.how == "tree: acl active participle" {
            source = tree.source;
            rule = tree.how;
        }
        // ("Taliban leaders found refuge in Iran": the host gives, the subject receives)
        if tree.how == treeargs::REFUGE_RULE {
            source = tree.source;
            target = tree.target;
            rule = tree.how;
        }
        if tree.how == "tree: relative clause object" && tree.target.is_some() {
            target = None;
        }
        // a predicate noun's subject is the other party when the possessor is the source
        if target.is_none() && tree.how == "tree: copula" {
            target = [tree.source, tree.target]
                .into_iter()
                .flatten()
                .find(|x| Some(x.actor) != source.map(|s| s.actor));
        }
        if target.is_none() || (elsewhere(target) && tree.target.is_some()) {
            target = None;
            // (not a title's organisation before the subject's name: "SDF commander
            // Mazloum Abdi and …")
            if let Some(x) = tree.target.filter(|x| {
                // (a partner in a joint activity is marked: "drills with Russia", not
                // "drills around Taiwan after Lai Ching-te's transit")
                !(trig.ty == ClaimType::Cooperate
                    && trig.pos == Pos::Noun
                    && !matches!(
                        preceded_by_prep(sent, x).as_deref(),
                        Some("with" | "alongside" | "between")
                    ))
                    && Some(x.actor) != source.map(|s| s.actor)
                    && !(source.is_some_and(|s| x.t1 <= s.t0 && s.t0 <= x.t1 + 2)
                        && is_modifier(sent, x, ments))
            }) {
                target = Some(x);
                rule = tree.how;
            }
        }
    }
    // "blacklisted dozens of tankers in Russia's shadow fleet": what a sanction hits
    // belongs to the possessor its object names
    if target.is_none() && trig.ty == ClaimType::Sanction && trig.pos == Pos::Verb {
        let p = &sent.syn;
        // (the object's phrase, or an "in" phrase the parser hung on the verb)
        let phrases: Vec<usize> = if t < p.len() {
            p.children(t)
                .filter(|&c| p.deprel(c) == "obj" || (p.deprel(c) == "obl" && sent.marked(c, "in")))
                .collect()
        } else {
            Vec::new()
        };
        if phrases.iter().any(|&c| p.deprel(c) == "obj") {
            let sub: Vec<usize> = phrases.iter().flat_map(|&c| p.subtree(c)).collect();
            target = ments.iter().copied().find(|m| {
                sub.contains(&m.t0)
                    && sent.word(m.t1) == "'s"
                    && source.is_none_or(|s| s.actor != m.actor)
            });
        }
    }
    // "fired on retreating US troops", "the withdrawing Russian forces": the present
    // participle of a one-sided event, before a name, is that name's act
    if matches!(trig.ty, ClaimType::Retreat | ClaimType::Mobilize)
        && trig.pos == Pos::Verb
        && sent.word(t).ends_with("ing")
        && t > 0
        && !matches!(
            sent.word(t - 1),
            "is" | "are"
                | "was"
                | "were"
                | "be"
                | "been"
                | "being"
                | "'re"
                | "'s"
                | "not"
                | "n't"
                | "and"
                | "or"
                | "by"
                | "after"
                | "before"
                | "from"
                | "while"
                | "of"
        )
    {
        if let Some(m) = ments
            .iter()
            .copied()
            .find(|m| m.t0 == t + 1 && is_argument(sent, actors, m, trig.ty))
        {
            source = Some(m);
            // (the parser may have read the name as the participle's object)
            if target.is_some_and(|x| x.actor == m.actor) {
                target = None;
            }
        }
    }
    // "militants whose future aims will clash with those of Iran": a verb whose own
    // subject is a noun that names no actor has no doer elsewhere in the sentence, only
    // inside that subject ("the Houthi attack killed …", "fighters of the Taliban
    // attacked …"; the subject is the target of a reversed verb: "units of the Taliban
    // received cash from the Iranians")
    if trig.pos == Pos::Verb && t < sent.syn.len() {
        let nsubjs = |v: usize, pass: bool| -> Vec<usize> {
            sent.syn
                .children(v)
                .filter(|&c| {
                    sent.syn.deprel(c) == "nsubj" || (pass && sent.syn.deprel(c) == "nsubj:pass")
                })
                .collect()
        };
        // (a second conjunct shares the first's subject: "the militia are less
        // disciplined than regular soldiers and have fired on …")
        let mut own = nsubjs(t, false);
        if own.is_empty() && sent.syn.deprel(t) == "conj" {
            // (not a reporting verb's nor a relative clause's, where the parser hangs
            // a main clause on them: "drones, the military said, struck …")
            if let Some(h) = sent.syn.head(t).filter(|&h| {
                sent.syn.deprel(h) != "acl:relcl" && !crate::words::SPEECH.contains(&sent.word(h))
            }) {
                own = nsubjs(h, true);
                // (nor a clause of "whose": "The TTP, whose gunmen ambushed …, has …")
                own.retain(|&s| {
                    !sent
                        .syn
                        .children(s)
                        .any(|c| matches!(sent.word(c), "whose" | "Whose"))
                });
            }
        }
        let doer = if trig.reverse { target } else { source };
        if let (&[s], Some(d)) = (&own[..], doer) {
            if sent.syn.upos(s) == "NOUN" && treeargs::mention_over(ments, s).is_none() {
                let phrase = sent.syn.subtree(s);
                if !(d.t0..d.t1).any(|k| phrase.contains(&k)) {
                    return Vec::new();
                }
            }
        }
    }
    // "He was killed in …": an agentless passive restating an event told before
    let mut agentless = false;
    let mut deployed = false;
    let source = match source {
        Some(s) => s,
        None if (passive || reduced)
            && target.is_some()
            && matches!(
                trig.ty,
                ClaimType::Assault | ClaimType::Remove | ClaimType::Coerce
            ) =>
        {
            agentless = true;
            target.unwrap()
        }
        // ("Rwandan forces were deployed to Mozambique", "Ugandan troops, deployed to
        // Juba, …": forces deployed with no one named deploying them are their own
        // side's mobilization; the place they go to is read below)
        None if (passive || reduced)
            && trig.ty == ClaimType::Mobilize
            && target.is_some_and(|m| {
                matches!(
                    actors.list[m.actor].kind,
                    ActorKind::StateOrgan | ActorKind::ArmedGroup
                ) || m.how == How::StateHead
            }) =>
        {
            deployed = true;
            target.take().unwrap()
        }
        None => return Vec::new(),
    };
    // ("accusing both of using the name": a verb of cooperation with an object of its
    // own that is no actor relates its subjects to nothing; "settled the dispute" does)
    let foreign_object = trig.pos == Pos::Verb
        && trig.ty == ClaimType::Cooperate
        && sent.syn.children(t).any(|c| {
            sent.syn.deprel(c) == "obj" && crate::treeargs::mention_over(ments, c).is_none()
        });
    // "Iran and the Taliban have become allies": a symmetric relation between conjuncts
    let target = target.or_else(|| {
        if !trig.ty.is_symmetric() || foreign_object {
            return None;
        }
        // (not a possessive pronoun after "and", which stands for the first conjunct or
        // the phrase around it: "the government of Hamid Karzai and its Western allies")
        if source.how == How::Pronoun
            && matches!(sent.word(source.t0), "its" | "their" | "his" | "her")
        {
            return None;
        }
        // (or a comma the tree reads as "and": "Kenya, Somalia agree to …")
        let joined = |m: &Mention| {
            sent.word(m.t1) == "and"
                || (sent.word(m.t1) == ","
                    && sent.syn.len() > source.t0
                    && sent.syn.deprel(source.t0) == "conj"
                    && sent
                        .syn
                        .head(source.t0)
                        .is_some_and(|h| m.t0 <= h && h < m.t1))
        };
        inside.iter().copied().find(|m| {
            m.actor != source.actor
                && ((m.t1 < source.t0 && source.t0 <= m.t1 + 2 && joined(m))
                    // (or the second conjunct, when the source is the first)
                    || (m.t0 > source.t1
                        && m.t0 <= source.t1 + 2
                        && sent.word(source.t1) == "and"
                        && c0 <= source.t0))
        })
    });
    // ("Kinshasa and the M23 signed a declaration": a symmetric relation between
    // conjuncts reads from the first named)
    let (source, target) = match target {
        Some(m)
            if trig.ty.is_symmetric()
                && m.t1 < source.t0
                && ((m.t1..source.t0).all(|k| matches!(sent.word(k), "and" | "the"))
                    // (or a comma the tree reads as "and": "Kenya, Somalia agree")
                    || (source.t0 == m.t1 + 1
                        && sent.word(m.t1) == ","
                        && sent.syn.len() > source.t0
                        && sent.syn.deprel(source.t0) == "conj"
                        && sent.syn.head(source.t0).is_some_and(|h| m.t0 <= h && h < m.t1)))
                // (two parties only: a list pairs its members elsewhere)
                && !(m.t0 > 0 && matches!(sent.word(m.t0 - 1), "," | "and")) =>
        {
            (m, Some(source))
        }
        _ => (source, target),
    };
    let target_m = target;
    let mut target = target.map(|m| affiliation(sent, actors, m).unwrap_or(m.actor));
    if let How::Pair(other) = source.how {
        if (target.is_none() && !foreign_object) || target == Some(source.actor) {
            target = Some(other);
        }
    }
    if target == Some(source.actor) && !agentless {
        return Vec::new();
    }
    let one_sided = trig.placed
        || matches!(
            trig.ty,
            ClaimType::Mobilize | ClaimType::Retreat | ClaimType::Protest
        );
    // a withdrawal has no target: the place left is a place (spec: RETREAT and MOBILIZE
    // are one-sided; MOBILIZE keeps an explicit "against")
    if trig.ty == ClaimType::Retreat {
        target = None;
    }
    // (and a deployment's destination state: "deployed troops to Mozambique")
    if trig.ty == ClaimType::Mobilize
        && !target.is_some_and(|a| {
            ments.iter().any(|m| {
                m.actor == a
                    && match preceded_by_prep(sent, m).as_deref() {
                        Some("against") => true,
                        Some("to" | "into") => {
                            trig.target_preps.contains(&"into")
                                && actors.list[a].kind == ActorKind::Country
                        }
                        _ => false,
                    }
            })
        })
    {
        target = None;
    }
    // ("denied deploying soldiers in eastern Congo": forces deployed in another state's
    // territory are sent into it)
    if trig.ty == ClaimType::Mobilize
        && target.is_none()
        && trig.target_preps.contains(&"into")
        && t < sent.syn.len()
    {
        let p = &sent.syn;
        let own = actors.list[source.actor].country.clone();
        target = p
            .children(t)
            .filter(|&c| {
                p.deprel(c) == "obl"
                    && match treeargs::case_of(sent, c) {
                        Some("in" | "inside") => true,
                        Some("to" | "into") => deployed,
                        _ => false,
                    }
            })
            .find_map(|c| treeargs::mention_at(sent, ments, c, false))
            .map(|m| m.actor)
            .filter(|&a| {
                actors.list[a].kind == ActorKind::Country
                    && actors.list[a].country.is_some()
                    && actors.list[a].country != own
            });
    }
    if target.is_none() && !one_sided {
        return Vec::new();
    }
    // modes from the words around the trigger
    let mut modes = trig.modes.clone();
    let lo = c0.max(t.saturating_sub(4));
    let hi = c1.min(t_end + 10);
    for k in lo..hi {
        let m = match trig.ty {
            ClaimType::Aid => aid_mode_at(sent, k),
            ClaimType::Assault => assault_mode(sent.word(k)),
            _ => None,
        };
        if let Some(m) = m {
            if m == Mode::Sanctuary && !modes.contains(&Mode::Training) && sent.word(k) == "camps" {
                continue;
            }
            if !modes.contains(&m) {
                modes.push(m);
            }
        }
    }
    // "the Nato forces deployed to support him", "US troops help the Iraqi army": forces
    // that aid give themselves
    if trig.ty == ClaimType::Aid
        && trig.pos == Pos::Verb
        && !modes.contains(&Mode::Personnel)
        && treeargs::subject_of(sent, ments, t).is_some_and(|m| std::ptr::eq(m, source))
        && (source.t1..(source.t1 + 2).min(sent.toks.len()))
            .chain(source.t1.saturating_sub(1)..source.t1)
            .any(|k| GROUP_NOUNS.contains(&sent.word(k)))
    {
        modes.push(Mode::Personnel);
    }
    if trig.needs_object && trig.ty == ClaimType::Aid {
        let aid_obj = modes.iter().any(|m| *m != Mode::Unspecified);
        let armed_target =
            target.is_some_and(|a| matches!(actors.list[a].kind, ActorKind::ArmedGroup));
        // "provided Syria with S-300 batteries": what one is provided with is given
        // (not words: "provided Iran with assurances")
        let provided_with = trig.pos == Pos::Verb
            && ments.iter().any(|m| {
                Some(m.actor) == target
                    && m.t0 >= t_end
                    && m.t0 <= t_end + 2
                    && sent.word(m.t1) == "with"
                    && (m.t1 + 1..(m.t1 + 5).min(c1))
                        .find(|&k| sent.syn.upos(k) == "NOUN")
                        .is_some_and(|k| {
                            !matches!(
                                sent.syn.lemma.get(k).map_or("", String::as_str),
                                "assurance"
                                    | "guarantee"
                                    | "detail"
                                    | "explanation"
                                    | "statement"
                                    | "list"
                                    | "copy"
                                    | "answer"
                                    | "update"
                                    | "letter"
                                    | "evidence"
                                    | "proof"
                                    | "document"
                                    | "message"
                                    | "note"
                                    | "opportunity"
                                    | "chance"
                                    | "pretext"
                                    | "excuse"
                                    | "platform"
                            )
                        })
            });
        // ("Iran's supply of explosively formed penetrators to Asa'ib Ahl al-Haq": goods
        // of any name delivered to an armed group, not people or power handed over)
        let goods_to_armed = armed_target && trig.pos == Pos::Noun && {
            let p = &sent.syn;
            p.children(t).any(|c| {
                p.deprel(c) == "nmod"
                    && sent.marked(c, "of")
                    && p.upos(c) == "NOUN"
                    && !matches!(
                        p.lemma[c].as_str(),
                        "prisoner"
                            | "hostage"
                            | "detainee"
                            | "captive"
                            | "body"
                            | "remains"
                            | "power"
                            | "control"
                            | "authority"
                            | "responsibility"
                            | "territory"
                            | "people"
                            | "civilian"
                            | "refugee"
                    )
            })
        };
        if !(aid_obj || provided_with || goods_to_armed || (armed_target && trig.pos == Pos::Verb))
        {
            return Vec::new();
        }
    }
    if modes.len() > 1 {
        modes.retain(|m| *m != Mode::Unspecified);
    }
    if trig.ty == ClaimType::Aid && modes.is_empty() {
        modes.push(Mode::Unspecified);
    }
    if !matches!(trig.ty, ClaimType::Aid | ClaimType::Assault) {
        modes.clear();
    }
    modes.sort();
    modes.dedup();
    let base = Draft {
        ty: trig.ty,
        modes,
        role: None,
        source: source.actor,
        target,
        t,
        c0,
        c1,
        confidence: trig.base_confidence,
        rule,
        open: None,
        agentless,
    };
    // coordination: "Tehran and Moscow appear keen …", "… to Sirajuddin Haqqani and Ibrahim Sadar"
    let mut out = vec![base.clone()];
    let mut source_extras = conjuncts(sent, actors, source, &inside);
    // (the tree's, for a subject outside the clause: "Rwanda and Uganda have both
    // denied supplying …", or for a coordinated subject of the trigger's that appositions
    // split: "Sultani Makenga, the M23's commander, and Corneille Nangaa, …, travelled")
    let tree_subject = {
        let p = &sent.syn;
        let mut h = treeargs::head_of(sent, source);
        let mut hops = 0;
        while h < p.len() && p.deprel(h) == "conj" && hops < 4 {
            match p.head(h) {
                Some(g) => h = g,
                None => break,
            }
            hops += 1;
        }
        hops > 0
            && h < p.len()
            && p.deprel(h).starts_with("nsubj")
            && p.head(h) == Some(t)
            && (h..source.t0).any(|k| sent.word(k) == ",")
    };
    if !inside.iter().any(|m| std::ptr::eq(*m, source)) || tree_subject {
        for e in treeargs::conjuncts(sent, ments, source) {
            if !source_extras.contains(&e) {
                source_extras.push(e);
            }
        }
    }
    for extra in source_extras {
        if Some(extra) != base.target {
            out.push(Draft {
                source: extra,
                ..base.clone()
            });
        }
        // "Mali, Burkina Faso and Niger formed an alliance": every pair of the group
        if trig.ty.is_symmetric()
            && target_m.is_some_and(|tm| tm.t1 <= source.t0)
            && extra != base.source
        {
            out.push(Draft {
                source: extra,
                target: Some(base.source),
                ..base.clone()
            });
        }
    }
    if let (Some(tm), Some(_)) = (target_m, base.target) {
        let mut extras = conjuncts(sent, actors, tm, &inside);
        // the tree's conjuncts reach over inserted phrases: "killed A and, weeks later, B"
        for e in treeargs::conjuncts(sent, ments, tm) {
            if !extras.contains(&e) && Some(e) != base.target {
                extras.push(e);
            }
        }
        // (each source with each target: "French and Malian troops fought JNIM and the
        // Islamic State")
        let mut sources = vec![base.source];
        for d in &out {
            if !sources.contains(&d.source) {
                sources.push(d.source);
            }
        }
        for extra in extras {
            for &s in &sources {
                if extra != s && !out.iter().any(|d| d.source == s && d.target == Some(extra)) {
                    out.push(Draft {
                        source: s,
                        target: Some(extra),
                        ..base.clone()
                    });
                }
            }
        }
    }
    out
}

/// Mentions coordinated with `m` ("X and Y", "X, Y and Z") of a like kind.
fn conjuncts(sent: &Sent, actors: &Actors, m: &Mention, inside: &[&Mention]) -> Vec<usize> {
    let person = actors.list[m.actor].kind == ActorKind::Person;
    let mut out = Vec::new();
    let mut k = m.t1;
    // past the noun the name describes: "Houthi negotiators and Saudi officials"
    let modifier = m.t1 > m.t0
        && sent
            .syn
            .head(m.t1 - 1)
            .is_some_and(|h| h >= m.t1 && h < m.t1 + 3);
    if modifier {
        let mut nouns = 0;
        while nouns < 3 && sent.syn.upos(k) == "NOUN" && !sent.toks[k].cap {
            k += 1;
            nouns += 1;
        }
    }
    // a list joined by commas alone is no coordination until an "and" closes it
    // ("into Congo, UN experts say")
    let mut closed = false;
    loop {
        let w = sent.word(k);
        if !matches!(w, "and" | ",") {
            break;
        }
        closed |= w == "and" || sent.word(k + 1) == "and";
        let next = if w == "," && sent.word(k + 1) == "and" {
            k + 2
        } else if w == "and" && sent.word(k + 1) == "," {
            // past words set off by commas after the "and": "killed Hassan Nasrallah
            // and, weeks later, Hashem Safieddine"
            match (k + 2..(k + 8).min(sent.toks.len())).find(|&j| sent.word(j) == ",") {
                Some(j) if !inside.iter().any(|o| o.t0 > k && o.t0 < j) => j + 1,
                _ => break,
            }
        } else {
            k + 1
        };
        // (past a demonym on the conjunct: "the Malian army and Russian mercenaries")
        let demonym = |x: usize| {
            inside
                .iter()
                .any(|d| d.t0 == x && d.t1 == x + 1 && matches!(d.how, How::Adjective))
        };
        let Some(o) = inside.iter().find(|o| {
            o.t0 == next || (o.t0 == next + 1 && (sent.word(next) == "the" || demonym(next)))
        }) else {
            break;
        };
        if (actors.list[o.actor].kind == ActorKind::Person) != person || o.actor == m.actor {
            break;
        }
        // (a name after ", and" that a finite verb follows opens a clause of its own:
        // "killing its general, and Hezbollah fired rockets …")
        let mut v = o.t1;
        while (sent.syn.upos(v) == "ADV" || AUX.contains(&sent.word(v))) && v < o.t1 + 2 {
            v += 1;
        }
        let opens_clause =
            sent.finite(v) || (o.t0..o.t1).any(|x| sent.syn.deprel(x).starts_with("nsubj"));
        if opens_clause && sent.word(k) == "," {
            break;
        }
        out.push(o.actor);
        k = o.t1;
    }
    if !closed {
        out.clear();
    }
    // leftwards: "The Taliban and the Haqqani network attacked …", "Rwanda, Uganda and Burundi …"
    // (the nearest joint is "and"; a bare comma is no coordination: "According to
    // officials, the TTP attacked …")
    let mut k = m.t0;
    // (past a demonym on the noun: "the Malian army and Russian mercenaries")
    if k > 0
        && inside
            .iter()
            .any(|d| d.t1 == k && d.t0 + 1 == k && matches!(d.how, How::Adjective))
    {
        k -= 1;
    }
    if k > 0 && sent.word(k - 1) == "the" {
        k -= 1;
    }
    let mut first = true;
    while k > 0
        && (matches!(sent.word(k - 1), "and" | "nor") || (!first && sent.word(k - 1) == ","))
    {
        first = false;
        let j = k - 1;
        // (past the noun a name describes: "M23 fighters and Rwandan troops")
        let Some(o) = inside.iter().find(|o| o.t1 == j).or_else(|| {
            (j > 0 && GROUP_NOUNS.contains(&sent.word(j - 1)))
                .then(|| {
                    inside
                        .iter()
                        .find(|o| o.t1 == j - 1 && !matches!(o.how, How::Adjective))
                })
                .flatten()
        }) else {
            break;
        };
        // (a demonym only with a demonym the tree coordinates it with: "Polish and
        // Dutch jets")
        let demonyms = m.t0 < sent.syn.len()
            && sent.syn.upos(m.t0) == "ADJ"
            && sent.syn.deprel(m.t0) == "conj"
            && sent.syn.head(m.t0) == Some(o.t1 - 1);
        if (actors.list[o.actor].kind == ActorKind::Person) != person
            || o.actor == m.actor
            || out.contains(&o.actor)
            || (matches!(o.how, How::Adjective) && !demonyms)
        {
            break;
        }
        out.push(o.actor);
        k = o.t0;
        if k > 0 && sent.word(k - 1) == "the" {
            k -= 1;
        }
    }
    out
}

/// An unnamed person described by their group ("a Taliban commander in Herat", "two
/// Houthi fighters") stands, as the target of an event, for the group the description
/// names: that is what an analyst codes.
/// (A pronoun standing for such a person stands for the group its description names:
/// "Taleban members said they had received arms".)
fn affiliation(sent: &Sent, actors: &Actors, m: &Mention) -> Option<usize> {
    if !actors.list[m.actor].anonymous {
        return None;
    }
    let org = |o: &Mention| {
        matches!(
            actors.list[o.actor].kind,
            ActorKind::ArmedGroup | ActorKind::StateOrgan | ActorKind::Organization
        )
    };
    let nested = actors
        .of_sentence(sent.idx)
        .into_iter()
        .filter(|o| o.actor != m.actor && o.t0 >= m.t0 && o.t1 <= m.t1)
        .filter(|o| org(o))
        .min_by_key(|o| o.t0)
        .map(|o| o.actor);
    if nested.is_some() || m.how != How::Pronoun {
        return nested;
    }
    // the description the pronoun refers to, where the document gives it
    let d = actors
        .mentions
        .iter()
        .find(|d| d.actor == m.actor && d.how == How::Description)?;
    actors
        .mentions
        .iter()
        .filter(|o| {
            o.sent == d.sent && o.actor != d.actor && o.t0 >= d.t0 && o.t1 <= d.t1 && org(o)
        })
        .min_by_key(|o| o.t0)
        .map(|o| o.actor)
}

/// "killing him along with Abu Mahdi al-Muhandis", "killed Hassan Nasrallah together
/// with several IRGC commanders": those killed, wounded, seized or held "along with",
/// "together with" or "as well as" the target named right before suffered the same act.
pub fn co_victims(sent: &Sent, actors: &Actors, found: &mut Vec<Draft>) {
    let p = &sent.syn;
    let ments = actors.of_sentence(sent.idx);
    let mut extra: Vec<Draft> = Vec::new();
    for d in found
        .iter()
        .filter(|d| d.ty == ClaimType::Assault || d.ty == ClaimType::Coerce)
    {
        let harm = matches!(
            p.lemma.get(d.t).map(String::as_str),
            Some(
                "kill"
                    | "assassinate"
                    | "wound"
                    | "injure"
                    | "capture"
                    | "arrest"
                    | "abduct"
                    | "kidnap"
                    | "detain"
                    | "execute"
                    | "behead"
                    | "seize"
                    | "hold"
            )
        );
        let Some(t) = d.target.filter(|_| harm) else {
            continue;
        };
        let Some(m) = ments
            .iter()
            .find(|m| m.actor == t && m.t0 > d.t && m.t1 < d.c1)
        else {
            continue;
        };
        let k = m.t1;
        let joined = matches!(
            (sent.word(k), sent.word(k + 1)),
            ("along" | "together", "with") | ("as", "well")
        );
        if !joined {
            continue;
        }
        let mut from = k + 2;
        if sent.word(k) == "as" {
            from += 1;
        }
        while from < d.c1
            && (is_det(sent.word(from))
                || is_count(sent.word(from))
                || matches!(
                    sent.word(from),
                    "several" | "some" | "many" | "other" | "of"
                ))
        {
            from += 1;
        }
        for o in ments
            .iter()
            .filter(|o| o.t0 == from && o.actor != d.source && o.actor != t)
        {
            let dup = |x: &Draft| x.ty == d.ty && x.source == d.source && x.target == Some(o.actor);
            if !found.iter().any(dup) && !extra.iter().any(dup) {
                extra.push(Draft {
                    target: Some(o.actor),
                    rule: "a victim along with the target",
                    ..d.clone()
                });
            }
        }
    }
    found.extend(extra);
}

/// "RDF members conducted joint attacks with M23 fighters against …", "fought
/// alongside the M23 against …": the partner attacks too, and the two cooperate.
pub fn co_agents(sent: &Sent, actors: &Actors, found: &mut Vec<Draft>) {
    let ments = actors.of_sentence(sent.idx);
    // (the word before a mention, past its determiners)
    let before = |m: &Mention| {
        let mut k = m.t0;
        while k > 0 && is_det(sent.word(k - 1)) {
            k -= 1;
        }
        k
    };
    // "together with", "jointly with", "in tandem with": a partner's phrase anywhere
    // in the clause
    let together = |m: &Mention| {
        let k = before(m);
        k >= 2
            && sent.word(k - 1) == "with"
            && matches!(sent.word(k - 2), "together" | "jointly" | "tandem")
    };
    // ("attacked Kurdish positions together with Iraqi militias": the partner is no
    // target)
    for d in found.iter_mut().filter(|d| d.ty == ClaimType::Assault) {
        if d.target.is_some_and(|t| {
            ments
                .iter()
                .any(|m| m.actor == t && m.t0 > d.t && m.t1 <= d.c1 && together(m))
                && !ments
                    .iter()
                    .any(|m| m.actor == t && m.t0 > d.t && m.t1 <= d.c1 && !together(m))
        }) {
            d.target = None;
        }
    }
    let mut extra: Vec<Draft> = Vec::new();
    // ("Malian soldiers and Africa Corps personnel carried out joint raids on JNIM
    // camps": the doers of one joint attack cooperate)
    for d in found.iter().filter(|d| d.ty == ClaimType::Assault) {
        let joint = d.t > 0 && matches!(sent.word(d.t - 1), "joint" | "combined" | "coordinated");
        if !joint {
            continue;
        }
        for e in found
            .iter()
            .filter(|e| e.ty == ClaimType::Assault && e.t == d.t && e.source > d.source)
        {
            let pair = |x: &Draft| {
                x.ty == ClaimType::Cooperate
                    && ((x.source == d.source && x.target == Some(e.source))
                        || (x.source == e.source && x.target == Some(d.source)))
            };
            if Some(e.source) != d.target && !extra.iter().any(pair) && !found.iter().any(pair) {
                extra.push(Draft {
                    ty: ClaimType::Cooperate,
                    modes: Vec::new(),
                    target: Some(e.source),
                    rule: "partners in a joint attack",
                    ..d.clone()
                });
            }
        }
    }
    for d in found.iter().filter(|d| d.ty == ClaimType::Assault) {
        let joint = d.t > 0 && matches!(sent.word(d.t - 1), "joint" | "combined" | "coordinated");
        let partner = ments.iter().find(|m| {
            let k = before(m);
            m.t0 > d.t
                && ((m.t0 <= d.t + 4
                    && k > 0
                    && (sent.word(k - 1) == "alongside" || (joint && sent.word(k - 1) == "with")))
                    || (m.t1 <= d.c1 && together(m)))
                && !m.locative
                && m.actor != d.source
                && Some(m.actor) != d.target
        });
        let Some(p) = partner else { continue };
        if !extra
            .iter()
            .any(|e| e.source == p.actor && e.target == d.target && e.ty == d.ty)
        {
            extra.push(Draft {
                source: p.actor,
                rule: "partner in a joint attack",
                ..d.clone()
            });
        }
        if !extra
            .iter()
            .any(|e| e.ty == ClaimType::Cooperate && e.target == Some(p.actor))
        {
            extra.push(Draft {
                ty: ClaimType::Cooperate,
                modes: Vec::new(),
                target: Some(p.actor),
                rule: "partner in a joint attack",
                ..d.clone()
            });
        }
    }
    found.extend(extra);
}

/// "sent troops into Congo" is a deployment, "sent them into Iran" a journey, not
/// aid: a sending verb whose target follows "into" moves people, not goods.
pub fn sent_into(sent: &Sent, actors: &Actors, found: &mut [Draft]) {
    let p = &sent.syn;
    if p.is_empty() {
        return;
    }
    let ments = actors.of_sentence(sent.idx);
    for d in found.iter_mut() {
        if d.ty != ClaimType::Aid
            || !p.is_verbal(d.t)
            || !matches!(
                p.lemma[d.t].as_str(),
                "send" | "dispatch" | "deploy" | "move"
            )
        {
            continue;
        }
        let into = d.target.is_some_and(|t| {
            ments
                .iter()
                .any(|m| m.actor == t && prep_before(sent, m.t0, 0).as_deref() == Some("into"))
        });
        if !into {
            continue;
        }
        // (the object noun: not a mislabelled "that")
        let object = p
            .children(d.t)
            .find(|&c| p.deprel(c) == "obj" && matches!(p.upos(c), "NOUN" | "PROPN"));
        let troops = object.is_some_and(|o| {
            matches!(
                sent.word(o),
                "troops" | "forces" | "soldiers" | "army" | "units" | "battalions" | "brigades"
            )
        });
        let goods =
            object.is_some_and(|o| aid_mode(sent.word(o)).is_some_and(|m| m != Mode::Personnel));
        if goods {
            continue;
        }
        d.ty = if troops {
            ClaimType::Mobilize
        } else {
            ClaimType::Travel
        };
        d.modes.clear();
        d.rule = "sent into a country: a deployment or a journey";
    }
}

/// Whether the verb of attributing at `v` attributes an act: its object (or passive
/// subject) is an event noun ("attributed the attack to …", "the bombing was attributed
/// to …"), through a noun of quantity ("a string of attacks").
pub(crate) fn attributed_act(sent: &Sent, v: usize) -> bool {
    let p = &sent.syn;
    if v >= p.len() {
        return false;
    }
    p.children(v)
        .filter(|&c| matches!(p.deprel(c), "obj" | "nsubj:pass"))
        .any(|c| {
            treeargs::event_noun(sent, c)
                || p.children(c).any(|g| {
                    p.deprel(g) == "nmod"
                        && g > c
                        && treeargs::event_noun(sent, g)
                        && sent.word(c + 1) == "of"
                })
        })
}

/// The rule name of a warning whose clause names the one threatened.
const WARNED_CLAUSE_RULE: &str = "warning: the clause names who would be harmed";

/// "Khamenei warned that the United States would receive a strong blow", "warned that
/// Iran would strike US bases", "warned that the group would fight any attempt by the
/// Lebanese government to …": a warning with no one warned threatens whom its clause
/// harms: the harm verb's object (or the doer of what it opposes), else the clause's
/// subject where it only suffers ("would receive", "would face", "would pay"). The warning
/// verb is at `v`, the harm word at `harm`.
fn warned_clause(sent: &Sent, ments: &[&Mention], v: usize, harm: usize) -> Option<Draft> {
    let p = &sent.syn;
    if v >= p.len() || harm >= p.len() {
        return None;
    }
    let source = p
        .children(v)
        .find(|&c| p.deprel(c) == "nsubj")
        .and_then(|c| treeargs::mention_at(sent, ments, c, true))?;
    let cl = p.children(v).find(|&c| {
        (p.deprel(c) == "ccomp" || (p.deprel(c) == "advcl" && sent.marked(c, "that")))
            && c > v
            && p.subtree(c).contains(&harm)
    })?;
    let subj = p
        .children(cl)
        .find(|&c| matches!(p.deprel(c), "nsubj" | "nsubj:pass"))
        .and_then(|c| treeargs::mention_at(sent, ments, c, true));
    // (the harm verb's object, or a doer inside it: "any attempt by the Lebanese
    // government")
    let object = p
        .children(cl)
        .find(|&c| p.deprel(c) == "obj")
        .and_then(|o| {
            treeargs::mention_at(sent, ments, o, false).or_else(|| {
                p.children(o)
                    .filter(|&g| matches!(p.deprel(g), "nmod" | "acl"))
                    .find_map(|g| treeargs::mention_at(sent, ments, g, false))
            })
        })
        .filter(|m| m.actor != source.actor);
    let suffers = matches!(
        p.lemma[cl].as_str(),
        "receive" | "face" | "pay" | "be" | "suffer"
    );
    let target = if suffers {
        subj.filter(|m| m.actor != source.actor)
    } else {
        object
    }?;
    let (c0, c1) = clause(sent, v);
    Some(Draft::between(
        ClaimType::Threaten,
        source.actor,
        target.actor,
        v,
        (c0, c1),
        WARNED_CLAUSE_RULE,
    ))
}

/// The help a verb of permission at `v` gives where what it permits is a use of ground,
/// bases or airspace ("allowed NRF fighters to train at camps", "let Emirati aircraft
/// use its air base", "permitted Russian jets to refuel"): training where the permitted
/// act is training, else logistics. None for other permissions ("allowed the Taliban
/// to open an office").
fn permitted_use(sent: &Sent, v: usize) -> Option<Mode> {
    let p = &sent.syn;
    if v >= p.len() || !matches!(p.lemma[v].as_str(), "allow" | "permit" | "let") {
        return None;
    }
    let mode = |x: usize| match p.lemma[x].as_str() {
        "train" => Some(Mode::Training),
        "use" | "refuel" | "land" | "transit" | "operate" | "stage" | "station" | "overfly"
        | "resupply" | "cross" | "base" => Some(Mode::Logistics),
        // ("letting TTP commanders run training camps in Kunar", "let the militants
        // regroup"): ground to hide, gather or organise on
        "run" | "shelter" | "hide" | "regroup" | "recruit" | "establish" | "maintain" => {
            Some(Mode::Sanctuary)
        }
        _ => None,
    };
    // (a bare "let" before its object and infinitive, however the parser read them:
    // "not to let al-Qaeda or any other group use Afghan soil", with "use" read as a
    // noun)
    if p.lemma[v] == "let" {
        let n = sent.toks.len();
        let bare = (v + 2..(v + 9).min(n))
            .take_while(|&k| !matches!(sent.word(k), "," | ";" | "to" | "that"))
            .find(|&k| p.upos(k) != "PROPN" && !sent.toks[k].cap && mode(k).is_some());
        if let Some(k) = bare {
            return mode(k);
        }
    }
    let obj = p.children(v).find(|&c| p.deprel(c) == "obj")?;
    // (the infinitive may hang on the object: "allowed NRF fighters to train", or further
    // down, past a participle on goods: "allowing weapons destined for the RSF to cross
    // its territory")
    // (not a closing source's clause the parser hung there: "…, Taliban officials
    // alleged")
    let x = p
        .children(v)
        .find(|&c| {
            // (whatever the tagger made of a bare infinitive: "letting ARSA fighters
            // train", "train" read as an adjective)
            matches!(p.deprel(c), "xcomp" | "ccomp")
                && (p.upos(c) == "VERB" || p.deprel(c) == "xcomp")
                && !p.children(c).any(|g| p.deprel(g) == "nsubj")
        })
        .or_else(|| {
            p.children(obj)
                .find(|&c| p.deprel(c) == "acl" && p.upos(c) == "VERB" && sent.marked(c, "to"))
        })?;
    let x = if matches!(
        p.lemma[x].as_str(),
        "destine" | "bind" | "bound" | "intend" | "mean"
    ) {
        p.subtree(x)
            .into_iter()
            .find(|&k| k > x && p.upos(k) == "VERB" && sent.marked(k, "to"))?
    } else {
        x
    };
    mode(x)
}

/// Whether the verb of releasing at `v` releases a document: its object or passive
/// subject, or the noun its participle modifies, is a report, a video, a statement …
fn released_document(sent: &Sent, v: usize) -> bool {
    let p = &sent.syn;
    if v >= p.len() || p.lemma[v] != "release" {
        return false;
    }
    let document = |k: usize| {
        matches!(
            p.lemma[k].as_str(),
            "report"
                | "document"
                | "video"
                | "footage"
                | "statement"
                | "image"
                | "photo"
                | "photograph"
                | "figure"
                | "data"
                | "transcript"
                | "recording"
                | "letter"
                | "list"
                | "finding"
                | "audio"
                | "record"
                | "file"
        )
    };
    p.children(v)
        .any(|c| matches!(p.deprel(c), "obj" | "nsubj:pass") && document(c))
        || (matches!(p.deprel(v), "acl" | "acl:relcl") && p.head(v).is_some_and(document))
}

/// The one who acts with goods a participle at `t` describes: "drove the Islamic State
/// out of Raqqa with weapons supplied by Washington" (the subject of the verb whose
/// "with" phrase the goods are).
fn armed_with<'a>(sent: &Sent, ments: &[&'a Mention], t: usize) -> Option<&'a Mention> {
    let p = &sent.syn;
    if t >= p.len() || p.deprel(t) != "acl" {
        return None;
    }
    let goods = p.head(t)?;
    if p.deprel(goods) != "obl"
        || !sent.marked(goods, "with")
        || aid_mode(sent.word(goods)).is_none()
    {
        return None;
    }
    let v = p.head(goods)?;
    let s = p.children(v).find(|&c| p.deprel(c) == "nsubj")?;
    treeargs::mention_at(sent, ments, s, true)
}

/// "The Ugandan army sent troops into the Congolese town of Bunia": forces sent into a
/// town of another state are sent into that state. A deployment with no target takes the
/// state of a town its clause names after "into" or "to" (a venue the knowledge base
/// places), where that state is not the sender's own.
fn sent_into_town(sent: &Sent, actors: &Actors, out: &mut [Draft]) {
    // (a known town, or a state's demonym on a place noun: "the Congolese town of …")
    let venues: Vec<&Mention> = actors
        .venues_of(sent.idx)
        .into_iter()
        .chain(actors.of_sentence(sent.idx).into_iter().filter(|m| {
            (m.how == How::Adjective && PLACE_HEADS.contains(&sent.word(m.t1)))
                        // (or a capital named as a place: "to its base outside Doha")
                        || (m.locative && m.how == How::Kb(rapport_kb::AliasKind::Capital))
        }))
        .collect();
    for d in out.iter_mut() {
        if d.ty != ClaimType::Mobilize || d.target.is_some() {
            continue;
        }
        let own = actors.list[d.source].country.clone();
        let town = venues.iter().find(|m| {
            m.t0 > d.t
                && m.t1 <= d.c1
                && actors.list[m.actor].kind == ActorKind::Country
                && own.is_some()
                && actors.list[m.actor].country != own
                && (m.t0.saturating_sub(7)..m.t0)
                    .rev()
                    .find(|&k| is_prep(sent.word(k)) && sent.word(k) != "of")
                    .is_some_and(|k| {
                        matches!(sent.word(k), "into" | "to")
                            // ("rushed troops to its military base outside Doha")
                            || (matches!(sent.word(k), "outside" | "near" | "in")
                                && (k.saturating_sub(6).max(d.t + 1)..k)
                                    .any(|x| matches!(sent.word(x), "into" | "to")))
                    })
        });
        if let Some(m) = town {
            d.target = Some(m.actor);
        }
    }
}
