//! The extraction pipeline: document → sentences → tokens → mentions → actors →
//! claims, with time, attribution and modality, as an OUTPUT.md record.
//!
//! Each stage is its own module: [`timex`] (time expressions), [`mentions`]
//! (actors and coreference), [`attrib`] (source cues, modality), [`claims`]
//! (trigger frames), [`relations`] (titles, appositions, parts), and
//! [`merge`] (one claim per event within a document).

mod allege;
mod attrib;
mod claims;
pub mod doc;
mod gather;
mod label;
mod lexicon;
mod mentions;
mod merge;
mod proposals;
mod relations;
mod request;
pub mod syntax;
mod timex;
mod treeargs;
mod words;

pub use claims::OpenEnd;

use attrib::By;
use claims::Draft;
use doc::Sent;
use mentions::Actors;
use rapport_kb::Kb;
use rapport_model::{
    Actor, Attribution, Certainty, Claim, Document, Location, Polarity, Record, Source, Span, Time,
};
use rapport_nlp::Pipeline;
use rapport_text::segment;

/// Verbs of reporting whose speaker's account runs on into the next sentences.
const REPORTING: &[&str] = &[
    "said",
    "says",
    "told",
    "tells",
    "added",
    "adds",
    "noted",
    "notes",
    "explained",
    "explains",
    "stated",
    "insisted",
    "recalled",
    "recalls",
    "wrote",
    "writes",
    "according to",
    "testified",
];

/// A claim with the rule that produced it, for `rapport explain`.
#[derive(Debug, Clone)]
pub struct Explained {
    pub claim: Claim,
    pub rule: &'static str,
    pub trigger: String,
    /// The dependency path from the source through the trigger to the target, e.g.
    /// `nsubj↑ sent ↓obl`; empty without syntax.
    pub path: String,
}

/// The extractor: a knowledge base, the NLP models and the rules.
pub struct Extractor {
    kb: Kb,
    nlp: Option<Pipeline>,
}

impl Extractor {
    /// With the NLP models embedded in the binary (tagger, parser, recognizer, with the
    /// knowledge base's names as the recognizer's gazetteer), when the build has them.
    pub fn new(kb: Kb) -> Self {
        let nlp = Pipeline::load_embedded()
            .ok()
            .map(|p| p.with_gazetteer(syntax::KbGazetteer::new(&kb)));
        Extractor { kb, nlp }
    }

    /// Without the NLP models: token rules only (for comparison and benchmarks).
    pub fn without_nlp(kb: Kb) -> Self {
        Extractor { kb, nlp: None }
    }

    /// The NLP models in use, if any.
    pub fn nlp(&self) -> Option<&Pipeline> {
        self.nlp.as_ref()
    }

    /// The sentences of a text with their tokens and, when models are loaded, syntax.
    pub fn sentences(&self, text: &str) -> Vec<doc::Sent> {
        segment(text)
            .into_iter()
            .enumerate()
            .map(|(i, s)| {
                let mut sent = Sent::new(text, i, s.span, s.kind, s.para);
                if let Some(nlp) = &self.nlp {
                    if !matches!(
                        s.kind,
                        rapport_text::SentKind::Boilerplate | rapport_text::SentKind::Caption
                    ) {
                        sent.syn = syntax::annotate(nlp, &sent, text);
                    }
                }
                sent
            })
            .collect()
    }

    /// With the knowledge base shipped in the binary.
    pub fn embedded() -> Result<Self, rapport_kb::KbError> {
        Ok(Extractor::new(Kb::embedded()?))
    }

    pub fn kb(&self) -> &Kb {
        &self.kb
    }

    /// The document's sentences in CoNLL-U, for inspection: tags, lemmas, heads, labels,
    /// and in MISC the entity tag (`NE=B-PER`) and the token's byte span
    /// (`Span=12-17`). Boilerplate lines are left out. `None` without NLP models.
    pub fn conllu(&self, doc: &Document) -> Option<String> {
        self.nlp.as_ref()?;
        let text = doc.text.as_str();
        let mut out = format!("# newdoc id = {}\n", doc.meta.id);
        for sent in self.sentences(text) {
            if sent.syn.is_empty() {
                continue;
            }
            let p = &sent.syn;
            let mut ne = vec![String::new(); sent.toks.len()];
            for (s, e, l) in &p.entities {
                for (k, x) in ne[*s..*e].iter_mut().enumerate() {
                    *x = format!("NE={}-{l}|", if k == 0 { 'B' } else { 'I' });
                }
            }
            let words = sent
                .toks
                .iter()
                .enumerate()
                .map(|(i, t)| rapport_nlp::conllu::Word {
                    form: t.span.slice(text).to_string(),
                    lemma: p.lemma[i].clone(),
                    upos: p.upos[i].clone(),
                    xpos: p.xpos[i].clone(),
                    feats: String::new(),
                    head: p.head(i).map_or(0, |h| h + 1),
                    deprel: p.deprel[i].clone(),
                    misc: format!("{}Span={}-{}", ne[i], t.span.start, t.span.end),
                })
                .collect();
            out.push_str(&rapport_nlp::conllu::write(
                &rapport_nlp::conllu::Sentence {
                    id: Some(format!("{}-{}", doc.meta.id, sent.idx + 1)),
                    text: Some(
                        sent.span
                            .slice(text)
                            .split_whitespace()
                            .collect::<Vec<_>>()
                            .join(" "),
                    ),
                    words,
                },
            ));
        }
        Some(out)
    }

    /// Extracts the record of one document.
    pub fn extract(&self, doc: &Document) -> Record {
        self.extract_explained(doc).0
    }

    /// Only the actors of a document (segmentation, mentions and resolution; no
    /// claims): for indexing, and to measure what resolution costs.
    pub fn extract_actors(&self, doc: &Document) -> Vec<Actor> {
        let text = doc.text.as_str();
        let mut actors = Actors::new(&self.kb);
        for (i, s) in segment(text).into_iter().enumerate() {
            if matches!(
                s.kind,
                rapport_text::SentKind::Boilerplate | rapport_text::SentKind::Caption
            ) {
                continue;
            }
            actors.sentence(&Sent::new(text, i, s.span, s.kind, s.para), text);
        }
        self.actors_out(&actors, &[])
    }

    /// Extracts the record and says which rule produced each claim.
    pub fn extract_explained(&self, doc: &Document) -> (Record, Vec<Explained>) {
        let text = doc.text.as_str();
        let sents = self.sentences(text);
        let mut actors = Actors::new(&self.kb);
        let mut anchors = timex::Anchors {
            published: doc.meta.published,
            narrative: None,
        };
        // (claim, rule, (trigger, tree path))
        let mut drafts: Vec<(Claim, &'static str, (String, String))> = Vec::new();
        // the speaker whose words run on into the next sentences of a paragraph
        let mut carry: Option<(By, String, usize, usize)> = None; // (by, cue, para, sentences left)
        let mut quote_open: Option<usize> = None; // first sentence of an open multi-sentence quote
        let mut pending_quote: Vec<usize> = Vec::new(); // indices into drafts awaiting a speaker
                                                        // the year of the last dated sentence, for past-tense events of the next sentences of its paragraph
        let mut prev_time: Option<(usize, Time)> = None;
        for sent in &sents {
            if matches!(
                sent.kind,
                rapport_text::SentKind::Boilerplate | rapport_text::SentKind::Caption
            ) {
                continue;
            }
            actors.sentence(sent, text);
            if !sent.kind.has_claims() {
                continue;
            }
            let times = timex::find(sent, text, &mut anchors);
            let cues = attrib::cues(sent, text, &mut actors);
            let cue_tokens: Vec<(usize, usize)> =
                cues.iter().map(|c| (c.verb, c.verb + 1)).collect();
            let speakers: Vec<(usize, usize)> = cues
                .iter()
                .filter(|c| c.s1 <= c.c0 && c.c0 < c.verb)
                .map(|c| (c.c0, c.verb))
                .collect();
            let mut found: Vec<Draft> = claims::triggers(sent, &actors, &cue_tokens, &speakers);
            found.extend(relations::relations(sent, text, &actors));
            // "designated as a terrorist group": the labelling is what the verb does here,
            // not a sanction of its own
            let labelled = label::labels(sent, &actors);
            found.retain(|d| {
                d.ty != rapport_model::ClaimType::Sanction || !labelled.iter().any(|l| l.t == d.t)
            });
            found.extend(labelled);
            found.extend(label::stances(sent, &actors));
            found.extend(gather::meetings(sent, &actors));
            found.extend(gather::signings(sent, &actors));
            found.extend(gather::bound_by_accord(sent, &actors));
            // what a request asks for has not happened: only the REQUEST is a claim
            let mut requested = request::requests(sent, &actors);
            // ("Ugandan troops, deployed at Salva Kiir's request": a state or its leader
            // asks the troops' state, not its army)
            for d in requested.drafts.iter_mut() {
                let asker_kind = actors.list[d.source].kind;
                if d.rule == request::AT_REQUEST_RULE
                    && matches!(
                        asker_kind,
                        rapport_model::ActorKind::Country | rapport_model::ActorKind::Person
                    )
                {
                    if let Some(state) = d.target.and_then(|t| actors.parent_state(t)) {
                        d.target = Some(state);
                    }
                }
            }
            // (but the act one is asked to stop went on: "told Kataib Hezbollah to halt
            // its attacks on US troops")
            // (and one who urges attacks on someone is hostile to them: "Iran urged the
            // Taliban to focus on attacking American interests")
            let urged = request::urged_hostility(sent, &requested, &found);
            found.retain(|d| {
                !requested.asked_for.contains(&d.t) || d.rule == claims::PRESUPPOSED_RULE
            });
            found.extend(requested.drafts);
            found.extend(urged);
            request::rejected_demand(sent, &actors, &mut found);
            claims::retaliation_threats(sent, &actors, &mut found);
            claims::vowed_attacks(sent, &actors, &mut found);
            claims::called_wrongs(sent, &actors, &mut found);
            let spoken = claims::price_threats(sent, &actors, &cues);
            for d in spoken
                .into_iter()
                .chain(claims::ultimatum_threats(sent, &actors, &cues))
                .chain(claims::breach_accusations(sent, &actors, &cues))
            {
                if !found
                    .iter()
                    .any(|f| f.ty == d.ty && f.source == d.source && f.target == d.target)
                {
                    found.push(d);
                }
            }
            claims::co_agents(sent, &actors, &mut found);
            claims::co_victims(sent, &actors, &mut found);
            proposals::proposals(sent, &actors, &mut found);
            gather::agreed_at_talks(sent, &mut found);
            gather::gathering_outcomes(sent, &mut found);
            gather::talks_as_occasion(sent, &actors, &mut found);
            gather::hosted_gatherings(sent, &actors, &mut found);
            gather::brokered_accords(sent, &actors, &mut found);
            gather::joined(sent, &actors, &mut found);
            claims::sent_into(sent, &actors, &mut found);
            // "X said that envoys from A and B have been invited": X is the host
            for (v, invitees) in gather::invitations(sent, &actors) {
                let host = cues.iter().find_map(|c| match c.by {
                    By::Actor(a) if c.s0 <= v && v < c.s1 => Some(a),
                    _ => None,
                });
                if let Some(h) = host {
                    found.extend(gather::invited_by(h, v, &invitees, sent.toks.len()));
                }
            }
            let alleged = allege::allegations(sent, &actors);
            found.extend(allege::accusations(sent, &actors, &alleged));
            // "supplies weapons to X": the noun is the verb's mode, not an event of its own
            let heads: Vec<(usize, rapport_model::ClaimType)> = found
                .iter()
                .filter(|d| sent.syn.is_verbal(d.t))
                .map(|d| (d.t, d.ty))
                .collect();
            found.retain(|d| {
                sent.syn.is_verbal(d.t)
                    || sent.syn.deprel(d.t) != "obj"
                    || !heads
                        .iter()
                        .any(|&(t, ty)| ty == d.ty && sent.syn.head(d.t) == Some(t))
            });
            // "rejected accusations that …": the denial is the content's polarity
            found.retain(|d| {
                d.ty != rapport_model::ClaimType::Reject
                    || !alleged.iter().any(|a| a.verb == Some(d.t))
            });
            let sentence_start = drafts.len();
            // each of this sentence's drafts' trigger token, in the order they are pushed
            let mut triggers: Vec<usize> = Vec::new();
            // quotes that run over several sentences
            let s_text = sent.span.slice(text);
            let opens = s_text.starts_with(['“', '"']);
            let quotes = s_text.matches(['“', '”', '"']).count();
            if quote_open.is_none() && opens && quotes % 2 == 1 {
                quote_open = Some(sent.idx);
            }
            let in_open_quote = quote_open.is_some();
            if carry.as_ref().is_some_and(|c| c.2 != sent.para || c.3 == 0) {
                carry = None;
            }
            // the writer speaking about the source ("Neither country commented on the new
            // report", "The experts did not say …") ends its report
            let about_source = carry.as_ref().is_some_and(|c| {
                let named = match c.0 {
                    // (by name or description: a pronoun may be anyone's)
                    By::Actor(a) => actors.of_sentence(sent.idx).iter().any(|m| {
                        m.actor == a
                            && !matches!(m.how, mentions::How::Pronoun | mentions::How::Relative)
                    }),
                    _ => false,
                };
                named || (0..sent.toks.len()).any(|k| matches!(sent.word(k), "report" | "findings"))
            });
            if about_source {
                carry = None;
            }
            let mut claimed_by_cue = false;
            let sent_times_abs = times
                .iter()
                .rev()
                .find(|t| {
                    !t.names_thing
                        && !cues
                            .iter()
                            .any(|c| t.t0 >= c.c1 && t.t0 <= c.c1 + 1 && c.s0 < c.c0)
                })
                .map(|t| t.time.clone());
            for mut d in found {
                // the same event told before (an agentless passive): its source and time
                let mut restated_time = None;
                if d.agentless {
                    let prior = drafts.iter().rev().take(12).find(|(c, _, _)| {
                        c.kind == d.ty
                            && c.target.as_deref() == Some(actors.list[d.source].id.as_str())
                    });
                    match prior.and_then(|(c, _, _)| {
                        actors
                            .list
                            .iter()
                            .position(|a| a.id == c.source)
                            .map(|p| (p, c.time.clone()))
                    }) {
                        Some((src, time)) => {
                            d.source = src;
                            restated_time = time;
                        }
                        None => continue,
                    }
                }
                let relation = matches!(
                    d.ty,
                    rapport_model::ClaimType::Leads
                        | rapport_model::ClaimType::MemberOf
                        | rapport_model::ClaimType::PartOf
                );
                let quoted = in_open_quote || s_text.starts_with(['“', '"']);
                // ("Trump announced sanctions on Ankara": an act a speaker's verb takes as
                // its object, done by the speaker, is done by announcing it, not
                // reported by the speaker)
                // (a denial is never the act it names: "The ELN denied the kidnapping
                // of two soldiers")
                let performed = |c: &attrib::Cue| {
                    !c.denial
                        && matches!(c.by, By::Actor(a) if a == d.source)
                        && d.t < sent.syn.len()
                        && sent.syn.head(d.t) == Some(c.verb)
                        && sent.syn.deprel(d.t) == "obj"
                        && sent.syn.upos(d.t) == "NOUN"
                };
                let cue = cues
                    .iter()
                    .filter(|c| c.s0 <= d.t && d.t < c.s1 && !(c.c0 <= d.t && d.t < c.c1))
                    .filter(|_| !relation || quoted)
                    .filter(|c| !performed(c))
                    .min_by_key(|c| c.s1 - c.s0);
                let (by, cue_text, allegation, denial) = match cue {
                    Some(c) => {
                        claimed_by_cue = true;
                        (c.by.clone(), Some(c.text.clone()), c.allegation, c.denial)
                    }
                    None if relation => (By::Author, None, false, false),
                    None => match &carry {
                        Some((by, cue, _, _)) => (by.clone(), Some(cue.clone()), false, false),
                        None => (By::Author, None, false, false),
                    },
                };
                let reported = cue.is_some_and(|c| c.s0 > c.c0) || carry.is_some();
                let (mut certainty, mut status, mut polarity) =
                    attrib::modality(sent, d.c0, d.t, reported);
                // (an arrest or a handing over one failed to make was not tried:
                // "breached its obligations by failing to arrest Vladimir Putin")
                let custody = d.ty == rapport_model::ClaimType::Coerce
                    && sent.syn.lemma.get(d.t).is_some_and(|l| {
                        matches!(
                            l.as_str(),
                            "arrest" | "detain" | "extradite" | "deport" | "expel" | "hand"
                        )
                    });
                if status == rapport_model::Status::Attempted
                    && (custody
                        || !matches!(
                            d.ty,
                            rapport_model::ClaimType::Assault | rapport_model::ClaimType::Coerce
                        ))
                    && attrib::failed_to(sent, d.c0, d.t)
                {
                    status = rapport_model::Status::Actual;
                    polarity = Polarity::Negative;
                }
                // a role or part named in a noun phrase ("Foreign Minister Sergey
                // Lavrov", "their founding leader, Mullah Omar") holds whatever the
                // clause's verb may or may not do; only "alleged", "suspected" on the
                // phrase itself doubt it
                if relation && NOMINAL_RELATION_RULES.contains(&d.rule) {
                    status = rapport_model::Status::Actual;
                    if !(d.t.saturating_sub(3)..d.t).any(|k| {
                        matches!(
                            sent.word(k),
                            "alleged" | "suspected" | "reported" | "purported" | "presumed"
                        )
                    }) {
                        certainty = Certainty::Asserted;
                    }
                }
                // "accusations by X that …": the accusation is made, whoever denies it
                // (and a demand someone rejects or denies was made all the same:
                // "rejected Kinshasa's demand that the rebels disarm")
                let (by, cue_text, allegation, denial) =
                    if d.rule == allege::RULE || (d.rule == request::DEMAND_RULE && denial) {
                        certainty = Certainty::Asserted;
                        polarity = Polarity::Positive;
                        (By::Author, None, false, false)
                    } else {
                        (by, cue_text, allegation, denial)
                    };
                if allegation && certainty == Certainty::Asserted {
                    certainty = Certainty::Probable;
                }
                // '"We will crush the Sudanese army," Hemedti said': force its own
                // speaker vows in a quotation, in the first person, is a threat made, not
                // an attack planned
                // (made by speaking, as an accusation is: the author states it)
                let mut kind = d.ty;
                let threat_made = kind == rapport_model::ClaimType::Assault
                    && status == rapport_model::Status::Intended
                    && quoted
                    && matches!(by, By::Actor(a) if a == d.source)
                    && attrib::first_person_vow(sent, d.c0, d.t);
                // (as is a threat or a charge read from its words: "… will pay a heavy
                // price", "ruled that Mongolia had breached its obligations")
                let spoken = claims::SPOKEN_RULES.contains(&d.rule);
                let (by, cue_text) = if threat_made || spoken {
                    if threat_made {
                        kind = rapport_model::ClaimType::Threaten;
                    }
                    status = rapport_model::Status::Actual;
                    certainty = Certainty::Asserted;
                    polarity = Polarity::Positive;
                    (By::Author, None)
                } else {
                    (by, cue_text)
                };
                if denial {
                    polarity = Polarity::Negative;
                }
                // "there is no evidence that China has sent weapons": what nothing shows
                // is stated as not so
                if (0..d.t.saturating_sub(2)).any(|k| {
                    matches!(sent.word(k), "no" | "little")
                        && matches!(
                            sent.word(k + 1),
                            "evidence" | "sign" | "signs" | "indication" | "proof"
                        )
                        && sent.word(k + 2) == "that"
                        && k + 2 < d.t
                        && k + 2 >= d.c0.saturating_sub(1)
                }) {
                    polarity = Polarity::Negative;
                }
                // "sent", or "were archenemies", "had been allies": a past verb or copula
                // ("is identified as": a participle under a present auxiliary is not)
                let aux_tense = |tag: &str| {
                    sent.syn.children(d.t).any(|c| {
                        matches!(sent.syn.deprel(c), "cop" | "aux" | "aux:pass")
                            && sent.syn.xpos.get(c).is_some_and(|x| x == tag)
                    })
                };
                let past = (past_tense(sent.word(d.t)) && !aux_tense("VBZ") && !aux_tense("VBP"))
                    || aux_tense("VBD");
                let inherited = prev_time
                    .as_ref()
                    .filter(|(p, _)| {
                        *p == sent.para
                            && past
                            && !relation
                            && !matches!(by, By::Actor(a)
                                if actors.list[a].kind == rapport_model::ActorKind::Person)
                    })
                    .map(|(_, t)| t.clone());
                // "UN accuses Iran of …": a speech act in the present tense happens at
                // publication; so does a headline's act, news of the days before it
                // ("Taliban close Qatar office", "Taliban FM … Will Meet Opposition
                // Figures")
                // (any verb of a headline but a past tense: "Five killed in …", "Taliban
                // close Qatar office to protest …")
                let headline_now = sent.kind == rapport_text::SentKind::Headline
                    && !relation
                    && d.t < sent.syn.len()
                    && sent.syn.upos(d.t) == "VERB"
                    && sent.syn.xpos[d.t] != "VBD";
                let now = ((matches!(
                    d.ty,
                    rapport_model::ClaimType::Accuse | rapport_model::ClaimType::Reject
                ) && present_speech(sent.word(d.t)))
                    || headline_now)
                    .then_some(doc.meta.published)
                    .flatten()
                    .map(|p| Time {
                        start: Some(p),
                        end: Some(p),
                        text: Some(sent.toks[d.t].span.slice(text).to_string()),
                    });
                let anchored = event_anchor(sent, text, &actors, &drafts, &d);
                let time = attach_time(sent, &times, &cues, &d)
                    .or(restated_time)
                    .or(anchored)
                    .or(now)
                    .or(inherited);
                let location = self.location(sent, text, &actors, &d);
                let attribution = Attribution {
                    by: match &by {
                        By::Author => Source::Author,
                        By::Document => Source::Document,
                        By::Reports => Source::Reports,
                        By::Actor(a) => Source::Actor(actors.list[*a].id.clone()),
                    },
                    cue: cue_text,
                };
                // an ACCUSE by its own speaker is the speaker's act, stated by the author
                let claim = Claim {
                    id: String::new(),
                    kind,
                    mode: d.modes.clone(),
                    role: d.role.clone(),
                    source: actors.list[d.source].id.clone(),
                    target: d.target.map(|t| actors.list[t].id.clone()),
                    time,
                    location,
                    status,
                    certainty,
                    polarity,
                    attribution,
                    evidence: vec![sent.span],
                    confidence: d.confidence,
                };
                let trigger = sent.toks[d.t].span.slice(text).to_string();
                let path = tree_path(sent, text, &actors, &d);
                if in_open_quote && by == By::Author {
                    pending_quote.push(drafts.len());
                }
                // what an allegation noun's clause says: the accuser's probable claim
                let allegation = alleged.iter().find(|a| a.holds(d.t));
                let mut claim = claim;
                if let Some(a) = allegation {
                    let accuser = Attribution {
                        by: a.accuser.map_or(Source::Reports, |x| {
                            Source::Actor(actors.list[x].id.clone())
                        }),
                        cue: Some(sent.toks[a.noun].span.slice(text).to_string()),
                    };
                    if a.deniers.is_empty() {
                        if claim.certainty == Certainty::Asserted {
                            claim.certainty = Certainty::Probable;
                        }
                        if claim.attribution.by == Source::Author {
                            claim.attribution = accuser;
                        }
                    } else {
                        // denied ("denied accusations that …", "called claims that …
                        // groundless"): the denier's word, and the accuser's version
                        // beside it
                        if claim.polarity == Polarity::Positive {
                            claim.polarity = Polarity::Negative;
                            claim.certainty = Certainty::Asserted;
                            claim.attribution = Attribution {
                                by: Source::Actor(actors.list[a.deniers[0]].id.clone()),
                                cue: a.verb.map(|v| sent.toks[v].span.slice(text).to_string()),
                            };
                        }
                        let mut alleged_claim = claim.clone();
                        alleged_claim.polarity = Polarity::Positive;
                        alleged_claim.certainty = Certainty::Probable;
                        alleged_claim.attribution = accuser;
                        drafts.push((claim, d.rule, (trigger.clone(), path.clone())));
                        drafts.push((alleged_claim, allege::CONTENT_RULE, (trigger, path)));
                        triggers.extend([d.t, d.t]);
                        continue;
                    }
                }
                drafts.push((claim, d.rule, (trigger, path)));
                triggers.push(d.t);
            }
            // "X denied the accusations": the events X was accused of, denied
            for a in alleged
                .iter()
                .filter(|a| a.content.is_empty() && !a.deniers.is_empty())
            {
                let verb = a.verb.unwrap_or(a.noun);
                let mut keys: Vec<(rapport_model::ClaimType, String, Option<String>)> = Vec::new();
                let mut restated = Vec::new();
                // (the sentence's own claims too, before an appositive denial: "…
                // lending them artillery and officers, a charge Rwanda denied")
                let upto = if a.noun > 0 && sent.word(a.noun - 1) == ","
                    || a.noun > 1 && sent.word(a.noun - 2) == ","
                {
                    drafts.len()
                } else {
                    sentence_start
                };
                for (i, (c, _, (trig, _))) in drafts[..upto].iter().enumerate().rev().take(40) {
                    let key = (c.kind, c.source.clone(), c.target.clone());
                    if keys.contains(&key) || !allege::denied_by(&actors, &a.deniers, c) {
                        continue;
                    }
                    // (of this sentence, only the acts told before the charge: "…, a
                    // charge Eritrea denied, were lifted after its deal with Ethiopia")
                    if i >= sentence_start
                        && triggers
                            .get(i - sentence_start)
                            .is_some_and(|&t| t > a.noun)
                    {
                        continue;
                    }
                    keys.push(key);
                    let mut r = c.clone();
                    r.polarity = Polarity::Negative;
                    r.certainty = Certainty::Asserted;
                    r.status = rapport_model::Status::Actual;
                    let source = actors.list.iter().position(|x| x.id == c.source);
                    let denier = a
                        .deniers
                        .iter()
                        .copied()
                        .find(|&d| source.is_some_and(|s| allege::same_side(&actors, d, s)))
                        .unwrap_or(a.deniers[0]);
                    r.attribution = Attribution {
                        by: Source::Actor(actors.list[denier].id.clone()),
                        cue: Some(sent.toks[verb].span.slice(text).to_string()),
                    };
                    r.evidence = vec![sent.span];
                    r.confidence = c.confidence * 0.9;
                    restated.push((
                        r,
                        "denial of an earlier allegation",
                        (trig.clone(), String::new()),
                    ));
                    if keys.len() == 4 {
                        break;
                    }
                }
                drafts.extend(restated.into_iter().rev());
            }
            // "…, a charge the Saudi-led coalition first levelled in 2016": the charge's
            // maker accuses the doers of the sentence's acts, and says they happened
            // (probable, the maker's), whoever denies them
            for a in alleged
                .iter()
                .filter(|a| a.content.is_empty() && a.deniers.is_empty())
            {
                let Some(accuser) = a.accuser else { continue };
                let by = actors.list[accuser].id.clone();
                let mut keys: Vec<(rapport_model::ClaimType, String, Option<String>)> = Vec::new();
                let mut charged = Vec::new();
                for (c, _, (trig, _)) in drafts[sentence_start..].iter() {
                    let key = (c.kind, c.source.clone(), c.target.clone());
                    if c.kind.is_relation()
                        || matches!(
                            c.kind,
                            rapport_model::ClaimType::Accuse | rapport_model::ClaimType::Reject
                        )
                        || c.source == by
                        || keys.contains(&key)
                    {
                        continue;
                    }
                    keys.push(key);
                    let cue = Some(sent.toks[a.noun].span.slice(text).to_string());
                    let mut r = c.clone();
                    r.polarity = Polarity::Positive;
                    r.certainty = Certainty::Probable;
                    r.attribution = Attribution {
                        by: Source::Actor(by.clone()),
                        cue: cue.clone(),
                    };
                    charged.push((
                        r,
                        "a charge made of the sentence's act",
                        (trig.clone(), String::new()),
                    ));
                    let mut acc = c.clone();
                    acc.kind = rapport_model::ClaimType::Accuse;
                    acc.mode = Vec::new();
                    acc.role = None;
                    acc.source = by.clone();
                    acc.target = Some(c.source.clone());
                    acc.polarity = Polarity::Positive;
                    acc.certainty = Certainty::Asserted;
                    acc.status = rapport_model::Status::Actual;
                    acc.attribution = Attribution {
                        by: Source::Author,
                        cue: None,
                    };
                    if !charged.iter().any(|(x, _, _)| {
                        x.kind == acc.kind && x.source == acc.source && x.target == acc.target
                    }) {
                        charged.push((acc, allege::RULE, (trig.clone(), String::new())));
                    }
                }
                drafts.extend(charged);
            }
            if let Some(t) = sent_times_abs {
                // (to the month: the next sentence tells the same episode, not the same day)
                let year = t.start.or(t.end).map(|d| match d.month {
                    Some(m) => rapport_model::PartialDate::month(d.year, m),
                    None => rapport_model::PartialDate::year(d.year),
                });
                prev_time = Some((
                    sent.para,
                    Time {
                        start: year,
                        end: year,
                        text: t.text.clone(),
                    },
                ));
            } else if prev_time.as_ref().is_some_and(|(p, _)| *p != sent.para) {
                prev_time = None;
            }
            // a quote closes: its speaker takes the quote's earlier sentences
            if in_open_quote
                && (quote_open != Some(sent.idx) || quotes >= 2)
                && s_text.contains(['”', '"'])
            {
                if let Some(c) = cues.iter().find(|c| matches!(c.by, By::Actor(_))) {
                    let By::Actor(a) = c.by else { unreachable!() };
                    for &k in &pending_quote {
                        drafts[k].0.attribution = Attribution {
                            by: Source::Actor(actors.list[a].id.clone()),
                            cue: Some(c.text.clone()),
                        };
                    }
                }
                pending_quote.clear();
                quote_open = None;
            }
            if let Some(c) = &mut carry {
                c.3 = c.3.saturating_sub(1);
            }
            // a named speaker's report runs on for two more sentences of the paragraph
            if let Some(c) = cues.iter().rfind(|c| {
                matches!(c.by, By::Actor(_))
                    && c.s1 == sent.toks.len()
                    && c.s0 > 0
                    && REPORTING.contains(&c.text.to_lowercase().as_str())
            }) {
                carry = Some((c.by.clone(), c.text.clone(), sent.para, 2));
            } else if claimed_by_cue || cues.iter().any(|c| c.s0 == 0) {
                carry = None;
            }
        }
        let merged = merge::merge(drafts);
        let mut claims = Vec::new();
        let mut explained = Vec::new();
        for (k, (mut c, rule, (trig, path))) in merged.into_iter().enumerate() {
            c.id = format!("c{}", k + 1);
            explained.push(Explained {
                claim: c.clone(),
                rule,
                trigger: trig,
                path,
            });
            claims.push(c);
        }
        let actors_out = self.actors_out(&actors, &claims);
        (
            Record {
                doc: doc.meta.clone(),
                actors: actors_out,
                claims,
                text: None,
            },
            explained,
        )
    }

    /// Where a claim happened: a country named as a place in its clause, else a place
    /// named as a venue there ("in Goma": Goma, in COD).
    fn location(&self, sent: &Sent, text: &str, actors: &Actors, d: &Draft) -> Option<Location> {
        let in_clause = |m: &&mentions::Mention| {
            m.locative && m.t0 >= d.c0 && m.t1 <= d.c1 && Some(m.actor) != d.target
        };
        let country = |m: &mentions::Mention| {
            let a = &actors.list[m.actor];
            (a.kind == rapport_model::ActorKind::Country).then_some(a)
        };
        if let Some(m) = actors.of_sentence(sent.idx).into_iter().find(in_clause) {
            return country(m).map(|a| Location {
                name: a.name.clone(),
                country: a.country.clone(),
            });
        }
        // (a venue may be the target's own place: "rockets at Kiryat Shmona")
        let v = actors
            .venues_of(sent.idx)
            .into_iter()
            .find(|m| m.t0 >= d.c0 && m.t1 <= d.c1)?;
        country(v).map(|a| Location {
            name: v.span.slice(text).to_string(),
            country: a.country.clone(),
        })
    }

    /// The document's actors with their mentions; a capital named only as a venue
    /// ("talks in Doha") lists its state only where a claim names it.
    fn actors_out(&self, actors: &Actors, claims: &[Claim]) -> Vec<Actor> {
        let mut out = Vec::new();
        for (i, a) in actors.list.iter().enumerate() {
            let claimed = claims
                .iter()
                .any(|c| c.source == a.id || c.target.as_deref() == Some(a.id.as_str()));
            let mut mentions: Vec<Span> = actors
                .mentions
                .iter()
                .chain(actors.venues.iter().filter(|_| claimed))
                .filter(|m| m.actor == i)
                .map(|m| m.span)
                .collect();
            if mentions.is_empty() {
                continue;
            }
            mentions.sort();
            mentions.dedup();
            let aliases: Vec<String> = a.forms.iter().filter(|f| **f != a.name).cloned().collect();
            out.push(Actor {
                id: a.id.clone(),
                name: a.name.clone(),
                kind: a.kind,
                aliases,
                country: a.country.clone(),
                parent: a.parent.clone(),
                anonymous: a.anonymous,
                pseudonym: a.pseudonym,
                description: a.description.clone(),
                mentions,
            });
        }
        out
    }
}

/// The time of a claim: a time expression in its clause (the nearest after the
/// trigger, else the nearest before it), else the sentence's nearest; never one
/// that dates a speech act.
/// A title or apposition takes the time of its sentence's event: the role held then.
/// Relation rules that read a role or part off a noun phrase, not off a verb.
const NOMINAL_RELATION_RULES: &[&str] = &[
    "title before name",
    "tree: title before a name",
    "tree: the government of a leader",
    "title, name of organisation",
    "apposition role",
    "apposition part of",
    "part named with its whole",
    "head-of-state title (knowledge base)",
    "compound X-led Y",
    "tree: a role known by a name",
    "tree: a person's own group",
    "an organisation's own body",
    "an actor's allies",
    "unnamed office holder",
];

/// Lemmas of what ends a person's role: death, killing, removal, resignation.
const ROLE_ENDS: &[&str] = &[
    "kill",
    "die",
    "assassinate",
    "execute",
    "oust",
    "depose",
    "remove",
    "dismiss",
    "sack",
    "resign",
    "topple",
    "overthrow",
];

fn attach_time(
    sent: &Sent,
    times: &[timex::Timex],
    cues: &[attrib::Cue],
    d: &Draft,
) -> Option<Time> {
    // "his first trip to China since the 2021 coup": the time after "first … since" is
    // what the event is counted from, not when it happened
    if times.is_empty() {
        return None;
    }
    let first = (d.t.saturating_sub(3)..d.t).any(|k| sent.word(k) == "first");
    // (not a clause of "when", which tells when the event happened, however the parser
    // hung it: "was injured in the bombing … when Taliban fighters were fleeing
    // Afghanistan in 2001")
    let relatives: Vec<Vec<usize>> = (0..sent.syn.len())
        .filter(|&k| sent.syn.deprel(k) == "acl:relcl")
        .filter(|&k| {
            !sent
                .syn
                .children(k)
                .any(|c| sent.syn.deprel(c) == "advmod" && sent.word(c) == "when")
        })
        .map(|k| sent.syn.subtree(k))
        .collect();
    let usable: Vec<&timex::Timex> = times
        .iter()
        .filter(|t| {
            !cues
                .iter()
                .any(|c| t.t0 >= c.c1 && t.t0 <= c.c1 + 1 && c.s0 < c.c0)
        })
        .filter(|t| !(first && t.t0 > d.t && sent.word(t.t0) == "since"))
        // "airstrikes against rebels who staged a coup in September 2014": a time in a
        // relative clause the trigger is not in dates that clause's event
        .filter(|t| {
            !relatives
                .iter()
                .any(|r| r.contains(&t.t0) && !r.contains(&d.t))
        })
        // "pull the US out of the 2015 nuclear deal": a year naming another noun's
        // thing dates that thing ("the 2003 invasion" still dates the invasion)
        .filter(|t| !names_other_noun(sent, t, d.t))
        .collect();
    let after = usable
        .iter()
        .copied()
        .filter(|t| t.t0 >= d.t && t.t1 <= d.c1)
        .min_by_key(|t| t.t0);
    let before = usable
        .iter()
        .copied()
        .filter(|t| t.t1 <= d.t && t.t0 >= d.c0)
        .max_by_key(|t| t.t1);
    let dist = |t: &&timex::Timex| {
        if t.t0 >= d.t {
            t.t0 - d.t
        } else {
            d.t - t.t1 + 1
        }
    };
    let chosen = after
        .or(before)
        .or_else(|| usable.iter().copied().min_by_key(dist))?;
    let mut time = chosen.time.clone();
    // "talks … began in the spring", "began supporting them in 2015": what began then
    // goes on; "continued to support them in October": it went on until then
    let p = &sent.syn;
    // ("ended its support for the rebels in 2017", "stopped arming them in 2019": it held
    // until then)
    let aspect = p
        .head(d.t)
        .filter(|_| matches!(p.deprel(d.t), "nsubj" | "xcomp" | "nsubj:pass" | "obj"));
    let lemma = aspect
        .and_then(|h| p.lemma.get(h))
        .map_or("", String::as_str);
    let open = d.open.or(match lemma {
        "begin" | "start" | "commence" => Some(OpenEnd::Start),
        "continue" | "end" | "stop" | "cease" | "halt" | "terminate" => Some(OpenEnd::End),
        _ => None,
    });
    // a role named on a person: "the new TTP leader, Maulana Fazlullah, …" began then;
    // "Hakimullah Mehsud, the TTP leader, was killed in 2013" ended then
    let open = open.or_else(|| {
        // (also a role told in the past by a relative clause on the person: "Soleimani,
        // who headed Iran's elite Quds Force, was killed …")
        let past_relative =
            p.deprel(d.t) == "acl:relcl" && p.xpos.get(d.t).is_some_and(|x| x == "VBD");
        if !matches!(
            d.ty,
            rapport_model::ClaimType::Leads | rapport_model::ClaimType::MemberOf
        ) || !(NOMINAL_RELATION_RULES.contains(&d.rule) || past_relative)
        {
            return None;
        }
        if (d.t.saturating_sub(3)..d.t).any(|k| sent.word(k) == "new") {
            return Some(OpenEnd::Start);
        }
        let ended = (0..p.len()).any(|v| {
            p.upos(v) == "VERB"
                && ROLE_ENDS.contains(&p.lemma[v].as_str())
                && p.children(v).any(|c| {
                    matches!(p.deprel(c), "nsubj" | "nsubj:pass" | "obj")
                        && p.subtree(c).contains(&d.t)
                        && (p.deprel(c) != "nsubj"
                            || matches!(p.lemma[v].as_str(), "die" | "resign"))
                })
        });
        ended.then_some(OpenEnd::End)
    });
    match open {
        Some(OpenEnd::Start) => time.end = None,
        Some(OpenEnd::End) => {
            time.end = time.end.or(time.start);
            time.start = None;
        }
        None => {}
    }
    Some(time)
}

/// Whether a time is a year modifying a noun that is not the claim's trigger: "the
/// 2015 nuclear deal", "its 2019 election".
fn names_other_noun(sent: &Sent, t: &timex::Timex, trigger: usize) -> bool {
    let p = &sent.syn;
    if t.t1 != t.t0 + 1 || t.t0 == 0 || !timex::YEAR_DETERMINERS.contains(&sent.word(t.t0 - 1)) {
        return false;
    }
    let Some(h) = p.head(t.t0) else {
        return false;
    };
    h > t.t0
        && h <= t.t0 + 4
        && p.upos(h) == "NOUN"
        && matches!(
            p.deprel(t.t0),
            "nummod" | "compound" | "amod" | "obl:tmod" | "nmod:tmod"
        )
        && !(t.t0..=h).contains(&trigger)
}

/// "after Mansur's death": the time of an event the document dated before,
/// as an open interval from it.
fn event_anchor(
    sent: &Sent,
    text: &str,
    actors: &Actors,
    drafts: &[(Claim, &'static str, (String, String))],
    d: &Draft,
) -> Option<Time> {
    for m in actors.of_sentence(sent.idx) {
        if m.t0 < d.c0 || m.t0 == 0 || m.t1 + 1 >= sent.toks.len() {
            continue;
        }
        let prep = sent.word(m.t0 - 1);
        if !matches!(prep, "after" | "since" | "before" | "until") || sent.word(m.t1) != "'s" {
            continue;
        }
        let noun = sent.word(m.t1 + 1);
        if !matches!(
            noun,
            "death"
                | "killing"
                | "assassination"
                | "ouster"
                | "removal"
                | "arrest"
                | "capture"
                | "fall"
                | "appointment"
                | "election"
                | "invasion"
        ) {
            continue;
        }
        let id = &actors.list[m.actor].id;
        use rapport_model::ClaimType as T;
        let kind = match noun {
            "death" | "killing" | "assassination" => T::Assault,
            "arrest" | "capture" => T::Coerce,
            "ouster" | "removal" | "fall" => T::Remove,
            "appointment" | "election" => T::Leads,
            _ => T::Assault,
        };
        let when = drafts
            .iter()
            .rev()
            .filter(|(c, _, _)| c.kind == kind && c.time.is_some())
            .find(|(c, _, _)| {
                if kind == T::Leads {
                    &c.source == id
                } else {
                    c.target.as_ref() == Some(id)
                }
            })
            .and_then(|(c, _, _)| c.time.as_ref()?.start)?;
        let at = when.to_month();
        let text_span = Span::new(sent.toks[m.t0 - 1].span.start, sent.toks[m.t1 + 1].span.end);
        return Some(match prep {
            "after" | "since" => Time {
                start: Some(at),
                end: None,
                text: Some(text_span.slice(text).to_string()),
            },
            _ => Time {
                start: None,
                end: Some(at),
                text: Some(text_span.slice(text).to_string()),
            },
        });
    }
    None
}

/// A speech verb in the present tense ("accuses", "denies").
fn present_speech(w: &str) -> bool {
    matches!(
        w,
        "accuses"
            | "denies"
            | "rejects"
            | "blames"
            | "condemns"
            | "criticises"
            | "criticizes"
            | "alleges"
            | "warns"
            | "dismisses"
            | "slams"
    )
}

/// A verb form in the simple past.
fn past_tense(w: &str) -> bool {
    (w.ends_with("ed") && w.len() > 4)
        || matches!(
            w,
            "sent"
                | "gave"
                | "met"
                | "fought"
                | "struck"
                | "took"
                | "went"
                | "shot"
                | "fled"
                | "flew"
                | "sold"
                | "paid"
                | "hit"
                | "blew"
                | "withdrew"
                | "held"
                | "made"
                | "led"
                | "left"
                | "began"
                | "won"
                | "lost"
                | "kept"
                | "brought"
                | "built"
                | "stood"
        )
}

#[cfg(test)]
mod tests;

/// The tree path of a draft: from its source's mention up to the trigger and down to its
/// target's mention in the sentence (`nsubj↑ killed ↓obj`), or what part of it the tree has.
fn tree_path(sent: &Sent, text: &str, actors: &Actors, d: &Draft) -> String {
    let p = &sent.syn;
    if p.is_empty() || d.t >= p.len() {
        return String::new();
    }
    let head_of = |actor: usize| {
        actors
            .of_sentence(sent.idx)
            .into_iter()
            .filter(|m| m.actor == actor && m.t1 <= p.len())
            .min_by_key(|m| m.t0.abs_diff(d.t))
            .map(|m| treeargs::head_of(sent, m))
    };
    let src = head_of(d.source).map(|s| p.path(sent, text, s, d.t));
    let tgt = d
        .target
        .and_then(head_of)
        .map(|t| p.path(sent, text, d.t, t));
    match (src, tgt) {
        (Some(s), Some(t)) => format!("{s} | {t}"),
        (Some(s), None) => s,
        (None, Some(t)) => t,
        (None, None) => String::new(),
    }
}
