//! Mentions → actors: KB hits (names, aliases, capitals, demonyms), capitalised
//! names with title cues, organisations by their head word, acronyms defined in
//! the text, pseudonyms, anonymous source descriptions, pronouns, relative
//! pronouns and definite descriptions, clustered into the document's actors.

use crate::doc::Sent;
use crate::words::*;
use rapport_kb::{norm_key, AliasKind, Kb};
use rapport_model::{ActorKind, Span};
use std::collections::HashMap;

/// How a mention names its actor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum How {
    Kb(AliasKind),
    /// "Iranian officials": a demonym with a generic head.
    StateHead,
    /// "Iranian assistance": a demonym as a modifier.
    Adjective,
    Name,
    /// A short form of a name already seen ("Mansur").
    Short,
    /// An unnamed source's description or an apposition.
    Description,
    Pronoun,
    Relative,
    /// "the two": the last two actors named.
    Pair(usize),
}

#[derive(Debug, Clone)]
pub struct Mention {
    pub sent: usize,
    pub t0: usize,
    pub t1: usize,
    pub span: Span,
    pub actor: usize,
    pub how: How,
    /// After a locative preposition ("in Afghanistan"): a place more than an actor.
    pub locative: bool,
    /// Inside a longer mention (the "Taliban" of "a Taliban commander").
    pub nested: bool,
    /// A place named as where something is ("a hospital in Kyiv", "a market in
    /// Goma"), held in [`Actors::venues`], not among the mentions: it gives an attacked
    /// place its state, and its actor is listed only where a claim names it.
    pub venue: bool,
}

/// An actor of the document.
#[derive(Debug, Clone)]
pub struct DocActor {
    pub id: String,
    pub name: String,
    pub kind: ActorKind,
    pub kb: Option<usize>,
    pub forms: Vec<String>,
    pub country: Option<String>,
    pub parent: Option<String>,
    pub anonymous: bool,
    pub pseudonym: bool,
    pub description: Option<String>,
    /// Lowercase name words (without titles) for short-name matching.
    pub name_words: Vec<String>,
}

/// The document's actors and the state coreference needs.
pub struct Actors<'k> {
    kb: &'k Kb,
    pub list: Vec<DocActor>,
    by_key: HashMap<String, usize>,
    /// Acronyms and other aliases the text defines ("Centre for … (CAPS)").
    defined: Vec<(String, usize)>,
    pub mentions: Vec<Mention>,
    /// The last speaker credited, for "he said".
    pub last_speaker: Option<(usize, usize)>,
    /// The sentence of the last document or report credited ("the report said"), for
    /// "it said".
    pub last_document: Option<usize>,
    /// The unnamed holders of an office of a named organisation ("Saudi Arabia's deputy
    /// defense minister"): actor indices.
    pub offices: Vec<usize>,
    /// Unnamed allies told apart from their patron ("the United States' Syrian Kurdish
    /// allies"): (collective, patron).
    pub allies: Vec<(usize, usize)>,
    /// Descriptions by office that refer back to a named person ("accusing the
    /// Colombian president of …" after "Gustavo Petro"): (sentence, first token).
    pub described: Vec<(usize, usize)>,
    /// The document's text in lowercase, made once when first needed.
    lower_text: Option<String>,
    /// Lowercase words of the sentences seen so far, by sentence index.
    sents_words: HashMap<usize, Vec<String>>,
    /// Actors named as what something opposes ("anti-Taliban"): (sentence, token,
    /// actor opposed). Never a participant of the sentence's events.
    pub opposed: Vec<(usize, usize, usize)>,
    /// Places named as venues, each standing for the state it lies in ("in Kyiv", "near
    /// Goma", "the Kursk region"), in sentence order. No rule but the one giving an
    /// attacked place its state reads them.
    pub venues: Vec<Mention>,
}

fn slug(s: &str) -> String {
    let k = norm_key(s);
    let mut out = String::new();
    for c in k.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    let out = out.trim_end_matches('-').to_string();
    if out.is_empty() {
        "actor".into()
    } else {
        out
    }
}

impl<'k> Actors<'k> {
    pub fn new(kb: &'k Kb) -> Self {
        Actors {
            kb,
            list: Vec::new(),
            by_key: HashMap::new(),
            defined: Vec::new(),
            mentions: Vec::new(),
            last_speaker: None,
            last_document: None,
            offices: Vec::new(),
            allies: Vec::new(),
            described: Vec::new(),
            lower_text: None,
            sents_words: HashMap::new(),
            opposed: Vec::new(),
            venues: Vec::new(),
        }
    }

    fn unique_id(&self, base: &str) -> String {
        let mut id = base.to_string();
        let mut n = 2;
        while self.list.iter().any(|a| a.id == id) {
            id = format!("{base}-{n}");
            n += 1;
        }
        id
    }

    /// The state a document actor (a person in the KB) led, by the KB's roles.
    pub fn state_led_by(&self, actor: usize) -> Option<&str> {
        self.country_led(self.list[actor].kb?)
            .map(|i| self.kb.at(i).id.as_str())
    }

    /// The KB index of the first country the KB actor `k` has a LEADS role in.
    fn country_led(&self, k: usize) -> Option<usize> {
        self.kb
            .at(k)
            .roles
            .iter()
            .filter(|r| r.relation == rapport_model::ClaimType::Leads)
            .filter_map(|r| self.kb.index_of(&r.org))
            .find(|&i| self.kb.at(i).kind == ActorKind::Country)
    }

    /// The armed group or armed organ a KB person leads or led (the latest role that
    /// has not ended first).
    fn force_led(&self, k: usize) -> Option<usize> {
        let roles = &self.kb.at(k).roles;
        let forces = |open: bool| {
            roles
                .iter()
                .rev()
                .filter(|r| r.relation == rapport_model::ClaimType::Leads)
                .filter(move |r| r.end.is_none() == open)
                .filter_map(|r| self.kb.index_of(&r.org))
                .find(|&i| {
                    matches!(
                        self.kb.at(i).kind,
                        ActorKind::ArmedGroup | ActorKind::StateOrgan
                    )
                })
        };
        forces(true).or_else(|| forces(false))
    }

    /// The country a KB person led, when the next word makes the name stand for a
    /// government ("regime", "government", "administration", "cabinet").
    fn regime_of(&self, person: usize, next: &str) -> Option<usize> {
        if !matches!(
            next,
            "regime" | "government" | "administration" | "cabinet" | "junta"
        ) {
            return None;
        }
        if self.kb.at(person).kind != ActorKind::Person {
            return None;
        }
        self.country_led(person)
    }

    /// "Congo's army", "Iran's navy": the state organ the KB knows by the demonym and
    /// the same head ("Congolese army"), whose parent is that state. Returns the organ
    /// and how many tokens after the state's name the phrase takes.
    fn organ_of(&self, state: usize, words: &[&str]) -> Option<(usize, usize)> {
        let k = self.kb.at(state);
        if k.kind != ActorKind::Country || words.first() != Some(&"'s") {
            return None;
        }
        // ("Myanmar's ruling junta": an adjective of standing may come first)
        let skip = usize::from(matches!(
            words.get(1).copied(),
            Some("ruling" | "military" | "interim" | "current" | "powerful" | "elite" | "new")
        ));
        for len in [2usize, 1] {
            let Some(head) = words.get(1 + skip..1 + skip + len) else {
                continue;
            };
            let head = head.join(" ");
            if !ORGAN_HEADS.contains(&head.as_str()) {
                continue;
            }
            // (by demonym or by the name itself: "Myanmar junta")
            if let Some(i) = k
                .demonyms
                .iter()
                .chain(std::iter::once(&k.name))
                .find_map(|d| self.organ_named(state, d, &head))
            {
                return Some((i, 1 + skip + len));
            }
        }
        None
    }

    /// The armed forces of the country `state`, named by its demonym as written
    /// (`form`): the knowledge base's organ with that country as parent and an alias
    /// "<demonym> army", "… military", "… armed forces" or "… troops".
    fn armed_forces_of(&self, state: usize, form: &str) -> Option<usize> {
        let k = self.kb.at(state);
        if k.kind != ActorKind::Country {
            return None;
        }
        ["army", "military", "armed forces", "troops", "forces"]
            .iter()
            .filter_map(|head| self.organ_named(state, form, head))
            .find(|&i| self.kb.at(i).kind == ActorKind::StateOrgan)
    }

    /// The knowledge base's actor named "<prefix> <head>" ("Burmese junta", "Malian
    /// army") that belongs to the country `state`: its parent, or its parent's parent
    /// ("Ukrainian army" under Ukraine's defence ministry).
    fn organ_named(&self, state: usize, prefix: &str, head: &str) -> Option<usize> {
        let (a, _) = self.kb.lookup(&format!("{prefix} {head}"))?;
        let state_id = self.kb.at(state).id.as_str();
        let mut parent = a.parent.as_deref();
        for _ in 0..3 {
            let p = parent?;
            if p == state_id {
                return self.kb.index_of(&a.id);
            }
            parent = self
                .kb
                .index_of(p)
                .and_then(|i| self.kb.at(i).parent.as_deref());
        }
        None
    }

    /// The knowledge base's index of the country with ISO code `code`.
    fn kb_country(&self, code: &str) -> Option<usize> {
        self.kb
            .country_by_code(code)
            .and_then(|a| self.kb.index_of(&a.id))
    }

    /// The state whose organ `a` is (by the knowledge base's parent), as an actor of
    /// the document: "Ugandan troops" → Uganda. None for any other actor.
    pub fn parent_state(&mut self, a: usize) -> Option<usize> {
        if self.list[a].kind != ActorKind::StateOrgan {
            return None;
        }
        // (up the chain of parents: the armed forces' ministry's state)
        let mut idx = self.kb.index_of(self.list[a].parent.as_deref()?)?;
        for _ in 0..3 {
            let k = self.kb.at(idx);
            if k.kind == ActorKind::Country {
                return Some(self.kb_actor(idx));
            }
            idx = self.kb.index_of(k.parent.as_deref()?)?;
        }
        None
    }

    fn kb_actor(&mut self, idx: usize) -> usize {
        let key = format!("kb:{idx}");
        if let Some(&i) = self.by_key.get(&key) {
            return i;
        }
        let k = self.kb.at(idx);
        let mut name_words: Vec<String> = name_words(&k.name);
        for a in &k.aliases {
            if k.kind == ActorKind::Person {
                name_words.extend(self::name_words(a));
            }
        }
        name_words.sort();
        name_words.dedup();
        self.list.push(DocActor {
            id: self.unique_id(&k.id),
            name: k.name.clone(),
            kind: k.kind,
            kb: Some(idx),
            forms: Vec::new(),
            country: k.country.clone(),
            parent: k.parent.clone(),
            anonymous: false,
            pseudonym: false,
            description: None,
            name_words,
        });
        let i = self.list.len() - 1;
        self.by_key.insert(key, i);
        i
    }

    /// A person or organisation named in the text, merged with earlier forms.
    fn named(&mut self, display: &str, kind: ActorKind) -> usize {
        if let Some((k, _)) = self.kb.lookup(display) {
            let idx = self.kb.index_of(&k.id).unwrap();
            return self.kb_actor(idx);
        }
        let words = name_words(display);
        let key = format!("name:{}", words.join(" "));
        if let Some(&i) = self.by_key.get(&key) {
            return i;
        }
        if kind == ActorKind::Person && !words.is_empty() {
            // "Mullah Omar" = "Mullah Mohammad Omar": one name's words within the other's
            let found = self.list.iter().rposition(|a| {
                a.kind == ActorKind::Person
                    && !a.anonymous
                    && (words.iter().all(|w| a.name_words.contains(w))
                        || (!a.name_words.is_empty()
                            && words.last() == a.name_words.last()
                            && a.kb.is_none()))
            });
            if let Some(i) = found {
                self.by_key.insert(key, i);
                if words.len() > name_words(&self.list[i].name).len() && self.list[i].kb.is_none() {
                    self.list[i].name = display.to_string();
                    self.list[i].name_words = words;
                }
                return i;
            }
        }
        self.list.push(DocActor {
            id: self.unique_id(&slug(display)),
            name: display.to_string(),
            kind,
            kb: None,
            forms: Vec::new(),
            country: None,
            parent: None,
            anonymous: false,
            pseudonym: false,
            description: None,
            name_words: words,
        });
        let i = self.list.len() - 1;
        self.by_key.insert(key, i);
        i
    }

    fn anonymous(&mut self, description: &str, head: &str) -> usize {
        let key = format!("anon:{}", norm_key(description));
        if let Some(&i) = self.by_key.get(&key) {
            return i;
        }
        let plural = head.ends_with('s') && !head.ends_with("ss");
        self.list.push(DocActor {
            id: self.unique_id(&slug(description)),
            name: description.to_string(),
            kind: if plural {
                ActorKind::Group
            } else {
                ActorKind::Person
            },
            kb: None,
            forms: Vec::new(),
            country: None,
            parent: None,
            anonymous: true,
            pseudonym: false,
            description: Some(description.to_string()),
            name_words: vec![head.to_string()],
        });
        let i = self.list.len() - 1;
        self.by_key.insert(key, i);
        i
    }

    fn push(&mut self, sent: &Sent, text: &str, t0: usize, t1: usize, actor: usize, how: How) {
        let span = Span::new(sent.toks[t0].span.start, sent.toks[t1 - 1].span.end);
        let form = span.slice(text).to_string();
        let a = &mut self.list[actor];
        if !matches!(how, How::Pronoun | How::Relative | How::Pair(_)) && !a.forms.contains(&form) {
            a.forms.push(form);
        }
        let mut k = t0;
        while k > 0 && (is_det(sent.word(k - 1)) || sent.toks[k - 1].lower.ends_with("ern")) {
            k -= 1;
        }
        // "in Kabul" is a place; "in the TTP's raid" names an actor; "the border with
        // Rwanda and Uganda" names places
        let border_with = |k: usize| {
            k >= 2
                && sent.word(k - 1) == "with"
                && matches!(
                    sent.word(k - 2),
                    "border" | "borders" | "frontier" | "frontiers"
                )
        };
        let after_place = k > 0
            && sent.word(k - 1) == "and"
            && self
                .mentions
                .last()
                .is_some_and(|m| m.sent == sent.idx && m.t1 + 1 == k && m.locative)
            // "in Syria and Iran sent troops": a new subject, not a second place
            && (sent.syn.is_empty() || (t0..t1).any(|x| sent.syn.deprel(x) == "conj"));
        // ("in a JNIM attack", "during an Israeli strike": the name of an event's doer,
        // not a place)
        let event_next = || {
            t1 < sent.toks.len()
                && !sent.toks[t1].cap
                && sent.syn.upos(t1) == "NOUN"
                && sent.syn.head(t1 - 1) == Some(t1)
                && crate::lexicon::lexicon()
                    .get(sent.word(t1))
                    .is_some_and(|c| c.iter().any(|x| x.pos == crate::lexicon::Pos::Noun))
        };
        let locative = k > 0
            && (is_locative_prep(sent.word(k - 1)) || border_with(k) || after_place)
            && matches!(how, How::Kb(_) | How::Name)
            && sent.word(t1) != "'s"
            && !event_next();
        self.mentions.push(Mention {
            sent: sent.idx,
            t0,
            t1,
            span,
            actor,
            how,
            locative,
            nested: false,
            venue: false,
        });
    }

    /// Venue mentions of the state a known place lies in ([`rapport_kb::Places`]): a
    /// run of capitalised words the table names, after a locative preposition ("in
    /// Goma", "near the eastern town of Bakhmut") or before a place noun ("the Kursk
    /// region", "Kunduz province"), which is no longer run of names, no mention already
    /// and no person to the recognizer.
    fn places(&mut self, sent: &Sent, text: &str, covered: &mut [bool]) {
        let places = rapport_kb::Places::embedded();
        let n = sent.toks.len();
        let mut i = 0;
        while i < n {
            if covered[i] || !is_name_word(sent, i) || (i > 0 && is_name_word(sent, i - 1)) {
                i += 1;
                continue;
            }
            let mut j = i;
            while j < n && j < i + places.longest() && !covered[j] && is_name_word(sent, j) {
                j += 1;
            }
            // (a capitalised place noun after the name is no part of it: "Kunduz Province")
            let mut end = j;
            while end > i + 1 && PLACE_HEADS.contains(&sent.word(end - 1)) {
                end -= 1;
            }
            let whole = j == n || !is_name_word(sent, j);
            let name = Span::new(sent.toks[i].span.start, sent.toks[end - 1].span.end).slice(text);
            let code = whole.then(|| places.country_of(name)).flatten();
            let state = code.and_then(|c| self.kb_country(c));
            let Some(state) = state else {
                i = j.max(i + 1);
                continue;
            };
            let mut k = i;
            while k > 0
                && (is_det(sent.word(k - 1))
                    || sent.toks[k - 1].lower.ends_with("ern")
                    || PLACE_HEADS.contains(&sent.word(k - 1))
                    // ("the border town of Shebekino", "the coastal city of Sirte")
                    || matches!(sent.word(k - 1), "border" | "frontier" | "coastal")
                    || sent.word(k - 1) == "of")
            {
                k -= 1;
            }
            let entity = |ty: &str| {
                sent.syn
                    .entities
                    .iter()
                    .any(|(a, b, l)| l == ty && *a <= i && i < *b)
            };
            // (after "at" or "on" only what the recognizer reads as a place: "a swipe at
            // Mansur" is at a person)
            let after_prep = k > 0
                && (is_locative_prep(sent.word(k - 1))
                    || (matches!(sent.word(k - 1), "at" | "on" | "towards" | "toward")
                        && entity("LOC")));
            let before_place = end < n && PLACE_HEADS.contains(&sent.word(end));
            // (the object of an act of force is a place it is used on: "attacked
            // Bukavu", "shelled Kharkiv", "marched on Goma")
            let forced = {
                let p = &sent.syn;
                let h = (i..end).find(|&x| p.head(x).is_none_or(|y| y < i || y >= end));
                // (or the place noun the name belongs to: "shelled the border town of
                // Shebekino")
                let h = h.map(|h| match p.head(h) {
                    Some(g)
                        if p.deprel(h) == "nmod"
                            && sent.marked(h, "of")
                            && (SETTLEMENTS.contains(&sent.word(g))
                                || PLACE_HEADS.contains(&sent.word(g))) =>
                    {
                        g
                    }
                    _ => h,
                });
                h.is_some_and(|h| {
                    let verb = p.head(h).filter(|&v| p.upos(v) == "VERB");
                    verb.is_some_and(|v| {
                        // (or what the parser read as a second object: "overran
                        // Mazar-e-Sharif, …")
                        (matches!(p.deprel(h), "obj" | "iobj")
                            && (FORCE_LEMMAS.contains(&p.lemma[v].as_str())
                                || crate::lexicon::has_sense(
                                    sent.word(v),
                                    rapport_model::ClaimType::Assault,
                                    crate::lexicon::Pos::Verb,
                                )))
                            || (k > 0
                                && sent.word(k - 1) == "on"
                                && matches!(p.lemma[v].as_str(), "march"))
                    }) || {
                        // (or the "of" phrase of a noun of force: "Russia's bombing of
                        // Kharkiv", "the shelling of Zaporizhzhia"; and its "on" phrase:
                        // "claimed a missile attack on Tel Aviv")
                        p.deprel(h) == "nmod"
                            && (sent.marked(h, "of") || sent.marked(h, "on"))
                            && p.head(h).is_some_and(|g| {
                                p.upos(g) == "NOUN"
                                    && crate::lexicon::has_sense(
                                        sent.word(g),
                                        rapport_model::ClaimType::Assault,
                                        crate::lexicon::Pos::Noun,
                                    )
                            })
                    }
                })
            };
            // (nor a name word of an actor the document has named: "Mansur")
            let known = self.list.iter().any(|a| {
                a.kind != ActorKind::Country
                    && a.name_words.iter().any(|w| *w == sent.toks[i].lower)
            });
            // (a known city as the object of force is the place even where the
            // recognizer reads a person: "captured Avdiivka")
            if ((after_prep || before_place) && !entity("PER") || forced) && !known {
                let actor = self.kb_actor(state);
                covered[i..end].iter_mut().for_each(|c| *c = true);
                self.push_venue(sent, text, i, end, actor, How::Kb(AliasKind::Capital));
            }
            i = j.max(i + 1);
        }
    }

    /// Adds a venue ([`Actors::venues`]), a locative mention of the place's state.
    fn push_venue(
        &mut self,
        sent: &Sent,
        text: &str,
        t0: usize,
        t1: usize,
        actor: usize,
        how: How,
    ) {
        self.push(sent, text, t0, t1, actor, how);
        let mut m = self.mentions.pop().expect("just pushed");
        m.locative = true;
        m.venue = true;
        self.venues.push(m);
    }

    /// Finds the mentions of one sentence and adds them.
    pub fn sentence(&mut self, sent: &Sent, text: &str) {
        self.sents_words.insert(
            sent.idx,
            sent.toks.iter().map(|t| t.lower.clone()).collect(),
        );
        let first = self.mentions.len();
        let n = sent.toks.len();
        let mut covered = vec![false; n];
        // 1. KB hits; a name of no actor ("Latin America", "Native Americans") is
        // no name of an actor of its own either
        let (hits, no_actors) = self.kb.scan(text, sent.span.start, sent.span.end);
        for span in no_actors {
            let (t0, t1) = sent.tok_range(span);
            covered[t0..t1].iter_mut().for_each(|c| *c = true);
        }
        for hit in hits {
            let (t0, mut t1) = sent.tok_range(hit.span);
            if t0 >= t1 || covered[t0..t1].iter().any(|&c| c) {
                continue;
            }
            // an acronym the document defines for itself ("Reporters Without Borders
            // (RSF)") is its own, here and after, whatever the knowledge base files
            // under it (step 4 defines it, step 2 reads it)
            let form = hit.span.slice(text);
            let acronym =
                form.len() >= 2 && form.len() <= 6 && form.chars().all(|c| c.is_ascii_uppercase());
            if acronym
                && (self
                    .defined
                    .iter()
                    .any(|(f, a)| f == form && self.list[*a].kb != Some(hit.actor))
                    || (t0 > 0 && sent.word(t0 - 1) == "(" && sent.word(t1) == ")"))
            {
                continue;
            }
            // "Russia's Security Council", "Iran's Supreme National Security Council", "the
            // Security Council of Ukraine": a generic body name belongs to the state named
            // with it, not to the body the knowledge base files it under
            if GENERIC_BODY_NAMES.contains(&hit.span.slice(text).to_lowercase().as_str()) {
                let before = t0
                    .checked_sub(1)
                    .map(|k| &sent.toks[k])
                    .is_some_and(|tok| tok.lower == "'s" || (tok.cap && !is_det(&tok.lower)));
                let of_state = sent.word(t1) == "of"
                    && sent
                        .toks
                        .get(t1 + 1)
                        .is_some_and(|t| t.cap && !is_det(&t.lower));
                if before || of_state {
                    covered[t0..t1].iter_mut().for_each(|c| *c = true);
                    continue;
                }
            }
            // "a US indictment", "US prosecutors": the state's justice department, when
            // the knowledge base has one by that name
            if matches!(
                sent.word(t1),
                "indictment" | "indictments" | "prosecutors" | "prosecutor"
            ) && self.kb.at(hit.actor).kind == ActorKind::Country
            {
                let form = Span::new(sent.toks[t0].span.start, sent.toks[t1 - 1].span.end)
                    .slice(text)
                    .to_string();
                let organ = ["Justice Department", "Department of Justice"]
                    .iter()
                    .find_map(|h| self.organ_named(hit.actor, &form, h));
                if let Some(o) = organ {
                    // (the prosecutors are the department; an indictment is its act, a
                    // trigger of its own)
                    let end = if sent.word(t1).starts_with("indictment") {
                        t1
                    } else {
                        t1 + 1
                    };
                    let actor = self.kb_actor(o);
                    covered[t0..end].iter_mut().for_each(|c| *c = true);
                    self.push(sent, text, t0, end, actor, How::StateHead);
                    continue;
                }
            }
            let mut how = How::Kb(hit.how);
            // "Saudi-led coalition": the leading state is named, not described
            let led = sent.toks[t0].lower.ends_with("-led");
            if hit.how == AliasKind::Demonym && !led {
                let next = sent.word(t1);
                let plural = sent.word(t1 - 1).ends_with('s');
                let individual = t0 > 0
                    && matches!(sent.word(t0 - 1), "a" | "an" | "one")
                    && matches!(
                        next,
                        "official"
                            | "diplomat"
                            | "commander"
                            | "source"
                            | "minister"
                            | "envoy"
                            | "officer"
                            | "soldier"
                            | "negotiator"
                            | "mediator"
                            | "delegate"
                            | "representative"
                    );
                // "Iranian border guards": the state's border force
                // (and its coast guard: "the Philippine coast guard")
                let border_unit = (next == "border"
                    && matches!(
                        sent.word(t1 + 1),
                        "guards" | "police" | "troops" | "forces" | "officials" | "agents"
                    ))
                    || (next == "coast" && matches!(sent.word(t1 + 1), "guard" | "guards"));
                // "Nigerien special forces", "Sudanese troops": the state's armed forces,
                // when the knowledge base has them
                // (or the crews of its guns: "North Korean artillery crews")
                let elite = (matches!(next, "special" | "elite")
                    && matches!(sent.word(t1 + 1), "forces" | "troops" | "units"))
                    || (matches!(next, "artillery" | "tank" | "armoured" | "armored")
                        && matches!(sent.word(t1 + 1), "crews" | "units" | "gunners"));
                let head = if elite { sent.word(t1 + 1) } else { next };
                // ("Ukrainian recruits", "Ukrainian positions": its soldiers and the
                // ground they hold)
                let military = matches!(
                    head,
                    "forces"
                        | "troops"
                        | "soldiers"
                        | "units"
                        | "crews"
                        | "gunners"
                        | "recruits"
                        | "conscripts"
                        | "servicemen"
                        | "paratroopers"
                        | "positions"
                ) && !individual
                    && t1 <= t0 + 2;
                let organ = military
                    .then(|| self.armed_forces_of(hit.actor, sent.toks[t0].span.slice(text)))
                    .flatten();
                if let Some(o) = organ {
                    let len = 1 + usize::from(elite);
                    let actor = self.kb_actor(o);
                    covered[t0..t1 + len].iter_mut().for_each(|c| *c = true);
                    self.push(sent, text, t0, t1 + len, actor, How::StateHead);
                    continue;
                }
                // "Indian missiles struck six sites": weapons doing the verb stand for
                // the state that fired them (not "Iranian drones" that others use)
                let verb_at = |x: usize| sent.syn.upos(x) == "VERB" || sent.syn.upos(x) == "AUX";
                let weapon_subject = matches!(
                    next,
                    "missiles"
                        | "drones"
                        | "rockets"
                        | "artillery"
                        | "shells"
                        | "missile"
                        | "drone"
                ) && (verb_at(t1 + 1)
                    || (sent.syn.upos(t1 + 1) == "ADV" && verb_at(t1 + 2)));
                if border_unit {
                    t1 += 2;
                    how = How::StateHead;
                } else if weapon_subject {
                    t1 += 1;
                    how = How::StateHead;
                } else if STATE_HEADS.contains(&next) && !individual {
                    t1 += 1;
                    // "Kenyan police reservists": the state's people under a second head
                    // noun (officials stay unnamed sources: "Afghan intelligence officials")
                    if matches!(
                        sent.word(t1),
                        "officers" | "reservists" | "personnel" | "recruits" | "units"
                    ) {
                        t1 += 1;
                    }
                    how = How::StateHead;
                } else if !plural
                    && !sent
                        .toks
                        .get(t1)
                        .is_some_and(|t| t.kind == rapport_text::TokKind::Punct)
                {
                    how = How::Adjective;
                }
            }
            // "Mocímboa da Praia", "Ciudad del Este": a capital's name after a particle
            // of a longer place name is part of that name, no capital
            if hit.how == AliasKind::Capital
                && t0 >= 2
                && matches!(
                    sent.word(t0 - 1),
                    "da" | "de" | "do" | "dos" | "das" | "del" | "di" | "la" | "el" | "du"
                )
                && sent.toks[t0 - 2].cap
            {
                covered[t0..t1].iter_mut().for_each(|c| *c = true);
                continue;
            }
            // "Beirut's southern suburbs", "Kabul's airport": a part of a city is a place
            if hit.how == AliasKind::Capital
                && sent.word(t1) == "'s"
                && (t1 + 1..(t1 + 4).min(n)).any(|x| {
                    CITY_PARTS.contains(&sent.word(x)) || PLACE_HEADS.contains(&sent.word(x))
                })
            {
                covered[t0..t1].iter_mut().for_each(|c| *c = true);
                continue;
            }
            // "the Houthi-held capital Sanaa": a place held by an actor stands for its holder
            if hit.how == AliasKind::Capital {
                if let Some(holder) = self.holder_before(sent, first, t0) {
                    covered[t0..t1].iter_mut().for_each(|c| *c = true);
                    self.push(sent, text, t0, t1, holder, How::Name);
                    continue;
                }
            }
            // places are not actors: "gathered in Tehran", "the Kabul-Kandahar highway",
            // "near the Pakistani border"
            let mut k = t0;
            while k > 0 && is_det(sent.word(k - 1)) {
                k -= 1;
            }
            // "in Tehran"; "travelled from Islamabad to Doha"
            let motion = (k.saturating_sub(5)..k).any(|x| {
                matches!(
                    sent.word(x),
                    "travelled"
                        | "traveled"
                        | "flew"
                        | "moved"
                        | "returned"
                        | "arrived"
                        | "went"
                        | "drove"
                        | "came"
                        | "fled"
                        | "sailed"
                        | "headed"
                        | "travel"
                        | "trip"
                        | "journey"
                        | "flight"
                        | "route"
                )
            });
            // (not the doer of an act its possessive names: "damaged in Moscow's overnight
            // missile barrage")
            let doer = sent.word(t1) == "'s"
                && (t1 + 1..(t1 + 5).min(sent.toks.len()))
                    .any(|x| crate::treeargs::event_noun(sent, x));
            let in_place = k > 0
                && !doer
                && (is_locative_prep(sent.word(k - 1))
                    || (motion && matches!(sent.word(k - 1), "from" | "to" | "via")));
            let compound = (sent.toks[t0].span.start < hit.span.start
                || sent.toks[t1 - 1].span.end > hit.span.end)
                && !sent.toks[t0].lower.contains("-led")
                && !sent.toks[t0].lower.contains("-backed")
                && !sent.toks[t0].lower.contains("-based")
                && !sent.toks[t0].lower.contains("-made");
            // "near the Pakistani border", "the Rwandan and Ugandan borders"
            // … but "the Saudi city of Jizan", "the northern Israeli town of Metula" name
            // the state the place belongs to, as an attack's target does
            let state_of_place = t0 > 0
                && (sent.word(t0 - 1) == "the"
                    || (t0 > 1
                        && sent.word(t0 - 2) == "the"
                        && DIRECTIONS.contains(&sent.word(t0 - 1))))
                && SETTLEMENTS.contains(&sent.word(t1))
                && sent.word(t1 + 1) == "of";
            // (not a weapon named by where it fights: "Ukrainian sea drones")
            let weapon = matches!(
                sent.word(t1 + 1),
                "drones" | "drone" | "mines" | "missiles" | "missile" | "vessels"
            );
            // (but a post on a state's border is the state's: "a Saudi border post")
            let border_post = matches!(sent.word(t1), "border" | "frontier")
                && matches!(
                    sent.word(t1 + 1),
                    "post"
                        | "posts"
                        | "outpost"
                        | "outposts"
                        | "checkpoint"
                        | "checkpoints"
                        | "position"
                        | "positions"
                        | "base"
                        | "bases"
                );
            let on_place_noun = how == How::Adjective
                && !state_of_place
                && !weapon
                && !border_post
                && (PLACE_HEADS.contains(&sent.word(t1))
                    || (sent.word(t1) == "and" && PLACE_HEADS.contains(&sent.word(t1 + 2))));
            // "Zarif Gulbuddin": a one-word name of a known person next to another
            // capitalised name is someone else
            let kb_person = self.kb.at(hit.actor).kind == ActorKind::Person && t1 == t0 + 1;
            let name_word = |x: usize| {
                x < n
                    && sent.toks[x].cap
                    && sent.toks[x].kind == rapport_text::TokKind::Word
                    && !NOT_NAME.contains(&sent.word(x))
                    && !TITLES.contains(&sent.word(x))
                    && !HONORIFICS.contains(&sent.word(x))
                    && self
                        .kb
                        .find(text, sent.toks[x].span.start, sent.toks[x].span.end)
                        .is_empty()
            };
            if kb_person && (name_word(t1) || (t0 > 0 && name_word(t0 - 1))) {
                continue;
            }
            // "Chad Wolf, the …": a country's name that is a person's first name
            let first_name = hit.how == AliasKind::Name
                && t1 < n
                && sent.toks[t1].cap
                && sent.toks[t1].kind == rapport_text::TokKind::Word
                && !NOT_NAME.contains(&sent.word(t1))
                && !ORG_HEADS.iter().any(|(h, _)| *h == sent.word(t1))
                && !PLACE_HEADS.contains(&sent.word(t1))
                && self
                    .kb
                    .find(text, sent.toks[t1].span.start, sent.toks[t1].span.end)
                    .is_empty()
                && matches!(sent.word(t1 + 1), "," | "(" | "said" | "says" | "told");
            if first_name {
                continue;
            }
            // "Kabul University", "Tehran Times": the place names an organisation (not in
            // a lowercase hyphenated modifier: "the YPG-led Syrian Democratic Forces")
            let modifier = {
                let tok = &sent.toks[t1 - 1];
                hit.span.end < tok.span.end
                    && text[hit.span.end..tok.span.end]
                        .strip_prefix('-')
                        .is_some_and(|rest| rest.starts_with(|c: char| c.is_lowercase()))
            };
            let names_org = !modifier
                && (t1..(t1 + 3).min(n))
                    .take_while(|&x| sent.toks[x].cap)
                    .any(|x| ORG_HEADS.iter().any(|(h, _)| *h == sent.word(x)));
            // … but "arrived in Tehran", "flew to Doha": a journey's destination stays, as a
            // place, for TRAVEL
            let destination = motion
                && in_place
                && !compound
                && k > 0
                && matches!(sent.word(k - 1), "to" | "in" | "into" | "at");
            // "the Sea of Japan", "the Gulf of Oman": part of a place's name
            let place_name_of = t0 >= 2
                && sent.word(t0 - 1) == "of"
                && matches!(
                    sent.toks[t0 - 2].lower.as_str(),
                    "sea"
                        | "gulf"
                        | "bay"
                        | "strait"
                        | "straits"
                        | "port"
                        | "horn"
                        | "cape"
                        | "coast"
                        | "isle"
                        | "gulf's"
                )
                && sent.toks[t0 - 2].cap
                // "Lake Chad", "Mount Lebanon": a place named after the state
                || (t0 >= 1
                    && sent.toks[t0 - 1].cap
                    && matches!(sent.toks[t0 - 1].lower.as_str(), "lake" | "mount" | "river"));
            // "the Sanaa strikes", "the Kabul attack", "the Doha talks": a capital naming
            // an event is where it happened
            let event_place = hit.how == AliasKind::Capital
                && t0 > 0
                && sent.word(t0 - 1) == "the"
                && EVENT_NOUNS.contains(&sent.word(t1));
            // "a hospital in Kyiv": a capital after a locative preposition is a place, a
            // locative mention of its state (whose attacked places it owns)
            if hit.how == AliasKind::Capital
                && in_place
                && !compound
                && !destination
                && !event_place
                && is_locative_prep(sent.word(k - 1))
            {
                let actor = self.kb_actor(hit.actor);
                covered[t0..t1].iter_mut().for_each(|c| *c = true);
                self.push_venue(sent, text, t0, t1, actor, how);
                continue;
            }
            if (hit.how == AliasKind::Capital && (in_place || compound) && !destination)
                || event_place
                || on_place_noun
                || names_org
                || place_name_of
            {
                if !names_org {
                    covered[t0..t1].iter_mut().for_each(|c| *c = true);
                }
                continue;
            }
            // "the Assad regime", "the Karzai government", "the Trump administration": the
            // state its leader led
            if let Some(state) = self.regime_of(hit.actor, sent.word(t1)) {
                let actor = self.kb_actor(state);
                covered[t0..t1 + 1].iter_mut().for_each(|c| *c = true);
                self.push(sent, text, t0, t1 + 1, actor, How::StateHead);
                continue;
            }
            // "Congolese armed groups", "Syrian rebels": a demonym on a non-state head
            // names a collective of that country, not its state (not a patron's
            // modifier: "Iranian-backed militias" are backed by Iran's state)
            if hit.how == AliasKind::Demonym
                && t1 == t0 + 1
                && !crate::claims::patron_word(sent.word(t0))
            {
                let two = format!("{} {}", sent.word(t1), sent.word(t1 + 1));
                let len = if NONSTATE_HEADS.contains(&two.as_str()) {
                    2
                } else if NONSTATE_HEADS.contains(&sent.word(t1)) {
                    1
                } else {
                    0
                };
                if len > 0 && !covered[t1..t1 + len].iter().any(|&c| c) {
                    let form =
                        Span::new(sent.toks[t0].span.start, sent.toks[t1 + len - 1].span.end)
                            .slice(text)
                            .to_lowercase();
                    let group = self.collective(&form.clone(), &form);
                    covered[t0..t1 + len].iter_mut().for_each(|c| *c = true);
                    self.push(sent, text, t0, t1 + len, group, How::Name);
                    continue;
                }
            }
            // "Indian and Pakistani forces": the first demonym shares the second's head
            if hit.how == AliasKind::Demonym
                && t1 == t0 + 1
                && sent.word(t1) == "and"
                && sent.toks.get(t1 + 1).is_some_and(|t| t.cap)
            {
                let first = sent.toks[t0].span.slice(text);
                let found = [2usize, 1].into_iter().find_map(|len| {
                    let head: Vec<&str> = (t1 + 2..(t1 + 2 + len).min(n))
                        .map(|x| sent.toks[x].span.slice(text))
                        .collect();
                    (head.len() == len)
                        .then(|| self.kb.lookup(&format!("{first} {}", head.join(" "))))
                        .flatten()
                        .map(|(a, _)| a.id.clone())
                });
                if let Some(organ) = found.and_then(|id| self.kb.index_of(&id)) {
                    let actor = self.kb_actor(organ);
                    covered[t0..t1].iter_mut().for_each(|c| *c = true);
                    self.push(sent, text, t0, t1, actor, How::StateHead);
                    continue;
                }
            }
            // "Congo's army": the state's organ of that name
            let after: Vec<&str> = (t1..(t1 + 3).min(n)).map(|x| sent.word(x)).collect();
            if let Some((organ, len)) = self.organ_of(hit.actor, &after) {
                let actor = self.kb_actor(organ);
                covered[t0..t1 + len].iter_mut().for_each(|c| *c = true);
                self.push(sent, text, t0, t1 + len, actor, How::StateHead);
                continue;
            }
            // "the anti-Taliban figures", "an anti-Pakistan approach": the actor opposed
            // takes no part; the people named by their opposition are a collective
            if t1 == t0 + 1 && sent.toks[t0].lower.starts_with("anti-") {
                let opposed = self.kb_actor(hit.actor);
                covered[t0] = true;
                self.opposed.push((sent.idx, t0, opposed));
                if t0 + 1 < n && ANTI_HEADS.contains(&sent.word(t0 + 1)) && !covered[t0 + 1] {
                    let form = Span::new(sent.toks[t0].span.start, sent.toks[t0 + 1].span.end)
                        .slice(text)
                        .to_lowercase();
                    let group = self.collective(&form.clone(), &form);
                    covered[t0 + 1] = true;
                    self.push(sent, text, t0, t0 + 2, group, How::Name);
                }
                continue;
            }
            let actor = self.kb_actor(hit.actor);
            covered[t0..t1].iter_mut().for_each(|c| *c = true);
            // "Taliban finance commission": an organisation with a body noun after it
            if matches!(
                self.kb.at(hit.actor).kind,
                ActorKind::ArmedGroup | ActorKind::Country | ActorKind::Igo
            ) {
                let mut j = t1;
                while j < n
                    && j < t1 + 2
                    && !sent.toks[j].cap
                    && sent.toks[j].kind == rapport_text::TokKind::Word
                    && !BODY_HEADS.contains(&sent.word(j))
                    && !is_prep(sent.word(j))
                    && !is_det(sent.word(j))
                    && sent.word(j) != "and"
                {
                    j += 1;
                }
                // (not a body on the organisation: "the al-Qaeda sanctions committee" is
                // the Security Council's)
                if j < n
                    && BODY_HEADS.contains(&sent.word(j))
                    && j > t1
                    && !sent.word(j + 1).starts_with("of")
                    && !(t1..j).any(|k| sent.word(k).starts_with("sanction"))
                {
                    let form = Span::new(sent.toks[t0].span.start, sent.toks[j].span.end)
                        .slice(text)
                        .to_string();
                    let parent_id = self.list[actor].id.clone();
                    let body = self.named(&form, ActorKind::Body);
                    if self.list[body].kb.is_none() {
                        self.list[body].parent = Some(parent_id);
                    }
                    self.push(sent, text, t0, j + 1, body, How::Name);
                    covered[t0..=j].iter_mut().for_each(|c| *c = true);
                    self.push(sent, text, t0, t1, actor, how);
                    self.mentions.last_mut().unwrap().nested = true;
                    continue;
                }
            }
            self.push(sent, text, t0, t1, actor, how);
        }
        // 1b. "government forces in Afghanistan", "the government of Syria": the state;
        // so is "the junta in Bamako", "the regime in Damascus" (its capital)
        for g in 0..n {
            // (and a court in its capital: "sentenced by a military court in Kinshasa";
            // or in any of its cities, as are its authorities, police and prosecutors
            // there: "a court in Lahore sentenced …")
            let court = matches!(
                sent.word(g),
                "court" | "courts" | "tribunal" | "authorities" | "police" | "prosecutors"
            ) && sent.word(g + 1) == "in";
            if covered[g] || !(matches!(sent.word(g), "government" | "junta" | "regime") || court) {
                continue;
            }
            let mut e = g + 1;
            if sent.word(g) == "government"
                && matches!(sent.word(e), "forces" | "troops" | "soldiers" | "army")
            {
                e += 1;
            }
            if !matches!(sent.word(e), "in" | "of") {
                continue;
            }
            let first = e + 1 + usize::from(sent.word(e + 1) == "the");
            let country = self
                .mentions
                .iter()
                .rev()
                .take_while(|m| m.sent == sent.idx)
                .find(|m| {
                    m.t0 == first
                        && self.list[m.actor].kind == ActorKind::Country
                        && !matches!(m.how, How::Adjective)
                })
                .map(|m| m.actor)
                // (a capital after "in" is already a venue of its state: step 1)
                .or_else(|| {
                    self.venues
                        .iter()
                        .rev()
                        .take_while(|m| m.sent == sent.idx)
                        .find(|m| {
                            m.t0 == first
                                && m.how == How::Kb(AliasKind::Capital)
                                && self.list[m.actor].kind == ActorKind::Country
                        })
                        .map(|m| m.actor)
                })
                // (a city of the place table: "a court in Lahore")
                .or_else(|| {
                    if !court || first >= n || !sent.toks[first].cap {
                        return None;
                    }
                    let mut j = first;
                    while j < n && j < first + 4 && sent.toks[j].cap {
                        j += 1;
                    }
                    let name = Span::new(sent.toks[first].span.start, sent.toks[j - 1].span.end)
                        .slice(text);
                    let code = rapport_kb::Places::embedded().country_of(name)?;
                    let state = self.kb_country(code)?;
                    Some(self.kb_actor(state))
                })
                // "the government of Hamid Karzai", "the regime of Bashar al-Assad": the
                // state the person led (their own mention stays)
                .or_else(|| {
                    let person = self
                        .mentions
                        .iter()
                        .rev()
                        .take_while(|m| m.sent == sent.idx)
                        .find(|m| m.t0 == first && self.list[m.actor].kind == ActorKind::Person)?;
                    let k = self.list[person.actor].kb?;
                    let state = self.regime_of(k, sent.word(g))?;
                    Some(self.kb_actor(state))
                });
            if let Some(c) = country {
                let g0 = if g > 0 && sent.word(g - 1) == "the" {
                    g - 1
                } else {
                    g
                };
                covered[g0..e].iter_mut().for_each(|x| *x = true);
                self.push(sent, text, g0, e, c, How::StateHead);
            }
        }
        // 1c. "a market in Goma", "the Kursk region": a known place's state, as a venue
        self.places(sent, text, &mut covered);
        // 2. aliases the text defined
        for (i, cov) in covered.iter_mut().enumerate() {
            if *cov {
                continue;
            }
            let w = Span::new(sent.toks[i].span.start, sent.toks[i].span.end).slice(text);
            if let Some(&(_, a)) = self.defined.iter().find(|(f, _)| f == w) {
                *cov = true;
                self.push(sent, text, i, i + 1, a, How::Name);
            }
        }
        // 3. capitalised names (not in a Title Case headline, where every word is capitalised)
        let title_case = sent.kind == rapport_text::SentKind::Headline && {
            let long: Vec<&crate::doc::Tok> = sent
                .toks
                .iter()
                .filter(|t| t.kind == rapport_text::TokKind::Word && t.lower.len() > 3)
                .collect();
            long.len() >= 3 && long.iter().filter(|t| t.cap).count() * 10 >= long.len() * 7
        };
        let mut i = if title_case { n } else { 0 };
        while i < n {
            let ahead: Vec<&str> = (i..(i + 5).min(n)).map(|k| sent.word(k)).collect();
            if let Some(len) = title_phrase_at(&ahead) {
                i += len;
                continue;
            }
            if covered[i] || !is_name_word(sent, i) {
                i += 1;
                continue;
            }
            let mut j = i;
            let mut has_org_head = false;
            while j < n && !covered[j] {
                if is_name_word(sent, j)
                    || (j > i
                        && PARTICLES.contains(&sent.word(j))
                        && j + 1 < n
                        && is_name_word(sent, j + 1))
                {
                    if org_head(sent.word(j)).is_some() {
                        has_org_head = true;
                    }
                    j += 1;
                } else if j > i
                    && has_org_head
                    && matches!(sent.word(j), "for" | "of" | "and" | "on" | "the")
                    && j + 1 < n
                    && !covered[j + 1]
                    && (is_name_word(sent, j + 1) || sent.word(j + 1) == "the")
                {
                    j += 1;
                } else {
                    break;
                }
            }
            while j > i + 1 && !is_name_word(sent, j - 1) {
                j -= 1;
            }
            // (an acronym in parentheses right after a name is that name's, defined in
            // step 4: "Reporters Without Borders (RSF)")
            let defines = j == i + 1
                && i > 0
                && sent.word(i - 1) == "("
                && sent.word(j) == ")"
                && self.mentions[first..]
                    .iter()
                    .any(|m| m.sent == sent.idx && m.t1 + 1 == i);
            if defines {
                i = j;
                continue;
            }
            self.name_run(sent, text, i, j, &mut covered);
            i = j.max(i + 1);
        }
        // 4. acronym definitions: NAME (ACR)
        for m in first..self.mentions.len() {
            let (t1, actor) = (self.mentions[m].t1, self.mentions[m].actor);
            if sent.word(t1) == "(" && sent.word(t1 + 2) == ")" {
                let acr = sent.toks[t1 + 1].span.slice(text);
                if acr.len() >= 2
                    && acr.chars().all(|c| c.is_uppercase() || c == '-')
                    && !self.defined.iter().any(|(f, _)| f == acr)
                {
                    self.defined.push((acr.to_string(), actor));
                    if !covered[t1 + 1] {
                        covered[t1 + 1] = true;
                        self.push(sent, text, t1 + 1, t1 + 2, actor, How::Name);
                    }
                }
            }
        }
        // 5. pseudonyms: "NAME (name changed)", "NAME, not his real name,", "NAME, a pseudonym"
        for m in first..self.mentions.len() {
            if pseudonym_cue(sent, self.mentions[m].t1) {
                let a = self.mentions[m].actor;
                self.list[a].pseudonym = true;
                self.list[a].kind = ActorKind::Person;
            }
        }
        // 6. anonymous sources, appositions, pronouns, relatives
        self.descriptions(sent, text, &mut covered);
        self.described_persons(sent, text, first, &mut covered);
        self.office_holders(sent, text, first, &mut covered);
        self.allies_of(sent, text, first, &mut covered);
        self.bare_sources(sent, text, &mut covered);
        self.movement_bases(sent, first, &mut covered);
        self.armed_collectives(sent, text, first, &mut covered);
        self.collectives(sent, text, first, &mut covered);
        self.pronouns(sent, text, &covered);
        self.persons_countries(sent, text, first);
        self.apposed_persons(sent, first);
        self.mentions[first..].sort_by_key(|m| (m.t0, std::cmp::Reverse(m.t1)));
        // nested: a mention inside a longer one of the same sentence
        let ms: Vec<(usize, usize)> = self.mentions[first..]
            .iter()
            .map(|m| (m.t0, m.t1))
            .collect();
        for (k, m) in self.mentions[first..].iter_mut().enumerate() {
            if ms
                .iter()
                .enumerate()
                .any(|(o, &(a, b))| o != k && a <= m.t0 && m.t1 <= b && (b - a) > (m.t1 - m.t0))
            {
                m.nested = true;
            }
        }
    }

    /// The actor of an "X-held" / "X-controlled" modifier just before token `t0`, across
    /// place nouns ("the Houthi-held capital Sanaa"), among the sentence's mentions from
    /// `first` on.
    fn holder_before(&self, sent: &Sent, first: usize, t0: usize) -> Option<usize> {
        let x = (t0.saturating_sub(3)..t0).rev().find(|&x| {
            let w = sent.toks[x].lower.as_str();
            ["-held", "-controlled", "-occupied", "-run"]
                .iter()
                .any(|suf| w.ends_with(suf))
        })?;
        if !(x + 1..t0)
            .all(|y| SETTLEMENTS.contains(&sent.word(y)) || PLACE_HEADS.contains(&sent.word(y)))
        {
            return None;
        }
        self.mentions[first..]
            .iter()
            .find(|m| m.t0 == x && m.t1 == x + 1)
            .map(|m| m.actor)
    }

    fn name_run(&mut self, sent: &Sent, text: &str, i: usize, j: usize, covered: &mut [bool]) {
        let n = sent.toks.len();
        // titles before and at the start of the run
        let mut s = i;
        let mut honorific = false;
        let mut titled = false;
        while s < j && (TITLES.contains(&sent.word(s)) || HONORIFICS.contains(&sent.word(s))) {
            honorific |= HONORIFICS.contains(&sent.word(s));
            titled = true;
            s += 1;
        }
        if i > 0
            && (TITLES.contains(&sent.word(i - 1))
                || HONORIFICS.contains(&sent.word(i - 1))
                || matches!(
                    sent.word(i - 1),
                    "leader"
                        | "commander"
                        | "chief"
                        | "confidant"
                        | "spokesman"
                        | "minister"
                        | "president"
                        | "son"
                        | "brother"
                        | "father"
                        | "nephew"
                        | "cousin"
                        | "daughter"
                        | "wife"
                        | "alias"
                        | "deputy"
                        | "fighter"
                        | "loyalist"
                ))
        {
            titled = true;
        }
        // "Basheer was a young Taliban fighter": a name that a copula gives a role
        if j < n
            && matches!(sent.word(j), "is" | "was")
            && (j + 1..(j + 8).min(n)).any(|k| PERSON_NOUNS.contains(&sent.word(k)))
        {
            titled = true;
        }
        if s >= j {
            return;
        }
        let words: Vec<&str> = (s..j).map(|k| sent.word(k)).collect();
        let last = *words.last().unwrap();
        let first_w = words[0];
        if !titled && (PLACE_HEADS.contains(&last) || PLACE_MODIFIERS.contains(&first_w)) {
            return;
        }
        // "suspended the Indus Waters Treaty", "the Good Friday Agreement": a name ending
        // in a noun of a text agreed or enacted names that text, not an actor
        if words.len() >= 2 && DOCUMENT_HEADS.contains(&last) {
            return;
        }
        // "Bangladesh's International Crimes Tribunal sentenced …": a state's court, named
        // by no list, stands for the state (as "a military court in Kinshasa" does)
        if matches!(last, "court" | "tribunal") && s >= 2 && sent.word(s - 1) == "'s" {
            let state = self
                .mentions
                .iter()
                .rev()
                .take_while(|m| m.sent == sent.idx)
                .find(|m| {
                    m.t1 == s - 1
                        && self.list[m.actor].kind == ActorKind::Country
                        && !matches!(m.how, How::Adjective)
                })
                .map(|m| m.actor);
            if let Some(a) = state {
                self.push(sent, text, s, j, a, How::Description);
                covered[s..j].iter_mut().for_each(|c| *c = true);
                return;
            }
        }
        // "launched Operation Olive Branch", "during Operation Protective Edge": a named
        // operation launched or lived through is an event, not an actor ("the EU's
        // Operation Irini" stopping a ship is one)
        if words.len() >= 2
            && first_w == "operation"
            && s > 0
            && (crate::claims::LIGHT_VERBS.contains(&sent.word(s - 1))
                || matches!(sent.word(s - 1), "during" | "began" | "started" | "ended"))
        {
            covered[s..j].iter_mut().for_each(|c| *c = true);
            return;
        }
        // "the town of Debre Markos": a place
        if s >= 2 && sent.word(s - 1) == "of" && SETTLEMENTS.contains(&sent.word(s - 2)) {
            return;
        }
        // "an Oval Office meeting", "the Camp David summit": a name no list holds before
        // a gathering names where it is held
        if !titled && is_occasion(sent.word(j)) && recognized(sent, s, j) != Some("PER") {
            return;
        }
        // "the Crocus City Hall concert venue", "the Al-Shifa hospital", "the Nova music
        // festival": a name no list holds before a noun of a place or an event held
        // there names that place
        if !titled && VENUE_NOUNS.contains(&sent.word(j)) && recognized(sent, s, j) != Some("PER") {
            return;
        }
        // "an MQ-9 Reaper drone", "Bayraktar TB2 drones": a make of equipment (and a ship
        // its apposition names as one: "the Galaxy Leader, a car carrier")
        if !titled && (EQUIPMENT.contains(&sent.word(j)) || apposed_vessel(sent, j)) {
            return;
        }
        let start = if honorific { i } else { s };
        let display = Span::new(sent.toks[start].span.start, sent.toks[j - 1].span.end)
            .slice(text)
            .to_string();
        let span_t0 = start;
        if let Some(kind) = words.iter().find_map(|w| org_head(w)) {
            // "Armed Forces", "Security Council" alone name no one in particular
            let generic = words
                .iter()
                .all(|w| org_head(w).is_some() || GENERIC_ORG_WORDS.contains(w));
            if words.len() >= 2 && !generic {
                let a = self.named(&display, kind);
                covered[span_t0..j].iter_mut().for_each(|c| *c = true);
                self.push(sent, text, span_t0, j, a, How::Name);
            }
            return;
        }
        let pseudo_next = pseudonym_cue(sent, j);
        // "…, Haya said": a lone capitalised word as the subject of a speech verb is a person
        // (not a word before a noun of report: "Unconfirmed reports suggest …", "Media
        // reports said …")
        let speaker = j < n
            && SPEECH.contains(&sent.word(j))
            && sent.syn.upos(j) != "NOUN"
            && !sent.toks[j].cap
            && (i == 0 || matches!(sent.word(i - 1), "," | "”" | "\"" | "and"));
        // (a lone capitalised word is a name only with a cue, or if the recognizer reads
        // it as one: "Baykar, the Turkish drone maker, …")
        let recognized_name = matches!(recognized(sent, s, j), Some("ORG" | "PER"))
            // (not a people, "Tutsis", nor a place after a locative, "in Orakzai")
            && !words[0].ends_with('s')
            && !(s > 0
                && matches!(sent.word(s - 1), "in" | "at" | "near" | "from" | "into" | "to" | "of"));
        if words.len() == 1 && !titled && !pseudo_next && !speaker && !recognized_name {
            // a short form of a person already named
            let w = words[0];
            if let Some(a) = self.list.iter().rposition(|a| {
                a.kind == ActorKind::Person && !a.anonymous && a.name_words.iter().any(|x| x == w)
            }) {
                covered[span_t0..j].iter_mut().for_each(|c| *c = true);
                self.push(sent, text, span_t0, j, a, How::Short);
            }
            return;
        }
        if words.len() == 1 && i == 0 && !titled && !pseudo_next && !speaker && !recognized_name {
            return;
        }
        if words.iter().any(|w| w.chars().all(|c| c.is_ascii_digit()))
            || words.len() > 5
            || (!titled && n > 0 && all_caps_line(sent, text))
        {
            return;
        }
        // what the recognizer reads the run as: a place is no actor ("fired rockets at
        // Kiryat Shmona"), an organisation no person
        let mut kind = ActorKind::Person;
        if !titled && !pseudo_next && !speaker {
            // ("Vectus Global, a private security firm founded by …": what an apposition
            // calls the name tells its kind better than the recognizer's guess)
            match (apposed_kind(sent, j), recognized(sent, s, j)) {
                (Some(k), _) => kind = k,
                (None, Some("LOC")) => return,
                (None, Some("ORG")) => kind = ActorKind::Organization,
                _ => {}
            }
        }
        let a = self.named(&display, kind);
        if honorific
            && display != self.list[a].name
            && self.list[a].kb.is_none()
            && name_words(&display) == self.list[a].name_words
        {
            self.list[a].name = display.clone();
        }
        covered[span_t0..j].iter_mut().for_each(|c| *c = true);
        self.push(sent, text, span_t0, j, a, How::Name);
    }

    /// Anonymous sources ("a former Taliban minister … told me"), appositions that
    /// describe a named person, and "the Taliban commander" back-references.
    fn descriptions(&mut self, sent: &Sent, text: &str, covered: &mut [bool]) {
        let n = sent.toks.len();
        let mut i = 0;
        while i < n {
            let w = sent.word(i);
            let indefinite = matches!(
                w,
                "a" | "an"
                    | "one"
                    | "two"
                    | "three"
                    | "four"
                    | "five"
                    | "several"
                    | "some"
                    | "other"
                    | "many"
                    | "senior"
                    | "unnamed"
            ) || (i == 0 && !covered[i]);
            let definite = w == "the";
            if !(indefinite || definite) || covered[i] && !sent.toks[i].cap {
                i += 1;
                continue;
            }
            // a predicate noun is no source: "Serbia is not a member of NATO and has
            // described itself as neutral"
            let mut b = i;
            while b > 0 && matches!(sent.word(b - 1), "not" | "n't" | "also" | "never" | "still") {
                b -= 1;
            }
            if b > 0
                && matches!(
                    sent.word(b - 1),
                    "is" | "was"
                        | "are"
                        | "were"
                        | "be"
                        | "been"
                        | "being"
                        | "remains"
                        | "remained"
                        | "became"
                        | "becomes"
                )
            {
                i += 1;
                continue;
            }
            // find the head person noun within 6 tokens
            // a description may start the sentence without an article ("Officials said")
            // "Later two reliable sources": an adverb is no part of the description
            if i == 0
                && NOT_NAME.contains(&w)
                && !matches!(
                    w,
                    "a" | "an"
                        | "the"
                        | "one"
                        | "two"
                        | "three"
                        | "four"
                        | "five"
                        | "several"
                        | "some"
                        | "other"
                        | "many"
                )
            {
                i += 1;
                continue;
            }
            // "one of the negotiators"
            let one_of = w == "one"
                && sent.word(i + 1) == "of"
                && matches!(sent.word(i + 2), "the" | "his" | "their" | "its");
            let bare_start = i == 0
                && !matches!(
                    w,
                    "a" | "an"
                        | "the"
                        | "one"
                        | "two"
                        | "three"
                        | "four"
                        | "five"
                        | "several"
                        | "some"
                        | "other"
                        | "many"
                );
            let mut h = if bare_start {
                i
            } else if one_of {
                i + 3
            } else {
                i + 1
            };
            let mut head = None;
            while h < n && h <= i + 6 {
                let hw = sent.word(h);
                if PERSON_NOUNS.contains(&hw) && !sent.toks[h].cap {
                    head = Some(h);
                    // "members of the council": keep the first head
                    break;
                }
                if sent.toks[h].kind != rapport_text::TokKind::Word
                    || matches!(
                        hw,
                        "and" | "or" | "who" | "which" | "that" | "said" | "told" | "of" | "in"
                    )
                    // (nor a finite verb or a preposition: "Sanctions were imposed after
                    // UN experts found …" has no description "Sanctions … experts")
                    || (h > i
                        && sent.syn.xpos.get(h).is_some_and(|x| {
                            matches!(x.as_str(), "VBD" | "VBZ" | "VBP" | "MD" | "IN")
                        }))
                    || SPEECH.contains(&hw)
                    // (a noun of what is said before a relative clause's subject: "an
                    // accusation Ukrainian officials dismissed")
                    || matches!(
                        hw,
                        "accusation"
                            | "accusations"
                            | "allegation"
                            | "allegations"
                            | "charge"
                            | "charges"
                            | "claim"
                            | "claims"
                            | "demand"
                            | "demands"
                            | "finding"
                            | "findings"
                            | "assertion"
                            | "offer"
                            | "proposal"
                            | "request"
                            | "move"
                            | "step"
                            | "decision"
                    )
                {
                    break;
                }
                h += 1;
            }
            // ("Late last year Iranian officials acknowledged …": a time opening the
            // sentence is no part of a description)
            let timed =
                bare_start && head.is_some_and(|h| (i..h).any(|k| is_time_word(sent.word(k))));
            let Some(h) = head.filter(|_| !timed) else {
                i += 1;
                continue;
            };
            // the description runs to the speech verb or the clause's end
            let (e, speech, np_end) = speech_after(sent, h);
            let according = i >= 2 && sent.word(i - 2) == "according" && sent.word(i - 1) == "to";
            // an apposition: NAME, a senior Taliban commander …
            let apposition_of = if i >= 2 && sent.word(i - 1) == "," && indefinite && i > 0 {
                self.mentions
                    .iter()
                    .rev()
                    .find(|m| {
                        m.sent == sent.idx && m.t1 + 1 == i
                            || (m.sent == sent.idx
                                && sent.word(m.t1) == "("
                                && (m.t1..i).any(|k| sent.word(k) == ")")
                                && i - m.t1 <= 9)
                    })
                    .map(|m| m.actor)
                    .filter(|&a| self.list[a].kind == ActorKind::Person)
            } else {
                None
            };
            if let Some(a) = apposition_of {
                // the description ends at the closing comma
                let mut e2 = h + 1;
                while e2 < n && !matches!(sent.word(e2), "," | ";" | "." | ")") && e2 < h + 16 {
                    e2 += 1;
                }
                let desc = Span::new(sent.toks[i].span.start, sent.toks[e2 - 1].span.end)
                    .slice(text)
                    .to_string();
                if self.list[a].description.is_none() && self.list[a].kb.is_none() {
                    self.list[a].description = Some(desc);
                }
                self.push(sent, text, i, h + 1, a, How::Description);
                // "… who was removed by Mansur": the relative pronoun is this person
                if sent.word(h + 1) == "who" {
                    self.push(sent, text, h + 1, h + 2, a, How::Relative);
                }
                i = h + 1;
                continue;
            }
            let plain_plural = i == 0 && h == 0 && sent.word(0).ends_with('s');
            if definite {
                // "the Taliban commander said": an earlier anonymous source with this head
                let hw = sent.word(h).to_string();
                if let Some(a) = self
                    .list
                    .iter()
                    .rposition(|a| a.anonymous && a.name_words.first() == Some(&hw))
                {
                    if speech.is_some() || according {
                        self.push(sent, text, i, h + 1, a, How::Description);
                        covered[i..=h].iter_mut().for_each(|c| *c = true);
                    }
                }
                i = h + 1;
                continue;
            }
            if (speech.is_some() || according) && (indefinite || plain_plural) {
                let end = np_end.or(speech).unwrap_or(e).max(h + 1);
                let mut end_t = end;
                // trailing auxiliaries, relatives and adverbs are no part of the description
                while end_t > h + 1 && trails_description(sent.word(end_t - 1)) {
                    end_t -= 1;
                }
                let desc = Span::new(sent.toks[i].span.start, sent.toks[end_t - 1].span.end)
                    .slice(text)
                    .to_string();
                let desc = desc.trim_end_matches([',', ' ']).to_string();
                let hw = sent.word(h).to_string();
                let a = self.anonymous(&desc, &hw);
                // forms: the description, without its article, and its core noun phrase
                let core = Span::new(sent.toks[i].span.start, sent.toks[h].span.end)
                    .slice(text)
                    .to_string();
                for f in [
                    desc.clone(),
                    strip_article(&desc),
                    core.clone(),
                    strip_article(&core),
                ] {
                    if !self.list[a].forms.contains(&f) {
                        self.list[a].forms.push(f);
                    }
                }
                self.push(sent, text, i, end_t, a, How::Description);
                covered[i..end_t].iter_mut().for_each(|c| *c = true);
                i = end_t;
                continue;
            }
            i += 1;
        }
    }

    /// The document's text in lowercase (the same document for the life of `Actors`).
    fn lowered(&mut self, text: &str) -> &str {
        self.lower_text.get_or_insert_with(|| text.to_lowercase())
    }

    /// Unnamed holders of an office named with its state or group: "Saudi Arabia's
    /// deputy defense minister", "the Houthi deputy information minister", "the Taliban's
    /// chief negotiator". Each is one anonymous person; the organisation's mention
    /// stays inside. A title before a name or an apposition ("Iran's foreign minister
    /// Abbas Araghchi", "…, Abbas Araghchi,") is that person's, and the heads of a state
    /// or government are left to the knowledge base.
    fn office_holders(&mut self, sent: &Sent, text: &str, first: usize, covered: &mut [bool]) {
        let n = sent.toks.len();
        let orgs: Vec<(usize, usize, bool)> = self.mentions[first..]
            .iter()
            .filter(|m| m.sent == sent.idx)
            .filter(|m| {
                !matches!(
                    self.list[m.actor].kind,
                    ActorKind::Person | ActorKind::Group
                ) && !matches!(m.how, How::Pronoun | How::Relative | How::Pair(_))
            })
            .map(|m| (m.t0, m.t1, sent.word(m.t1) == "'s"))
            .collect();
        for (t0, t1, possessive) in orgs {
            // ("the M23's political spokesman", "the Houthi deputy information minister")
            let the = t0 > 0 && sent.word(t0 - 1) == "the";
            if !(possessive || the) {
                continue;
            }
            let s = t0 - usize::from(the);
            let mods = t1 + usize::from(possessive);
            let mut h = mods;
            while h < n && h < mods + 4 && OFFICE_MODS.contains(&sent.word(h)) {
                h += 1;
            }
            if h >= n || !OFFICE_HEADS.contains(&sent.word(h)) || covered[t1..=h].iter().any(|&c| c)
            {
                continue;
            }
            let next = sent.toks.get(h + 1);
            // ("Iran's foreign minister Abbas Araghchi", "…, Abbas Araghchi, said";
            // "the minister of defence": a longer title; "Zarif, Iran's foreign
            // minister", "X is Iran's envoy": a named person's title)
            let title = (mods..=h)
                .map(|k| sent.word(k))
                .collect::<Vec<_>>()
                .join(" ");
            if name_follows(sent, h)
                || next.is_some_and(|t| matches!(t.lower.as_str(), "of" | "-" | "'s"))
                || (s > 0
                    && matches!(
                        sent.word(s - 1),
                        "," | "is" | "was" | "as" | "became" | "named" | "appointed" | "("
                    ))
                || titled_name_in(text, self.lowered(text), &title)
            {
                continue;
            }
            // ("a Pakistani militant leader": a demonym on a non-state office is no state's)
            if (mods..h).any(|k| NONSTATE_HEADS.contains(&sent.word(k))) {
                continue;
            }
            let desc = Span::new(sent.toks[s].span.start, sent.toks[h].span.end)
                .slice(text)
                .to_string();
            let head = sent.word(h).to_string();
            let a = self.anonymous(&strip_article(&desc), &head);
            if !self.list[a].forms.contains(&desc) {
                self.list[a].forms.push(desc);
            }
            if !self.offices.contains(&a) {
                self.offices.push(a);
            }
            self.push(sent, text, s, h + 1, a, How::Description);
            covered[s..=h].iter_mut().for_each(|c| *c = true);
        }
    }

    /// A definite description by office that refers back to a person the text has
    /// named: "The US Treasury sanctioned Gustavo Petro, accusing the Colombian
    /// president of …", "Abbas Araghchi met Sergei Lavrov. The Iranian minister later
    /// said …". The description ("the Colombian president", "Iran's foreign minister")
    /// becomes a mention of that person, not of the state. A person the knowledge base
    /// knows must hold that office of that state or group (`holds_office`); a person it
    /// does not know must be the last person named before the description in the same
    /// sentence, and not its speaker, and no known person of another state may stand
    /// between. Otherwise the description is left to the other rules (an unnamed office
    /// holder, or the state).
    fn described_persons(&mut self, sent: &Sent, text: &str, first: usize, covered: &mut [bool]) {
        let n = sent.toks.len();
        let owners: Vec<(usize, usize, usize, bool)> = self.mentions[first..]
            .iter()
            .filter(|m| m.sent == sent.idx && !m.locative)
            .filter(|m| {
                !matches!(
                    self.list[m.actor].kind,
                    ActorKind::Person | ActorKind::Group
                ) && !matches!(m.how, How::Pronoun | How::Relative | How::Pair(_))
            })
            .map(|m| (m.t0, m.t1, m.actor, m.how == How::StateHead))
            .collect();
        for (t0, t1, owner, state_head) in owners {
            let possessive = sent.word(t1) == "'s";
            let the = t0 > 0 && sent.word(t0 - 1) == "the";
            if !(possessive || the) {
                continue;
            }
            let s = t0 - usize::from(the);
            // ("the Iranian minister" may already be a mention of Iran, a demonym with
            // a generic head, which the person's mention then replaces)
            let mods = if state_head {
                t0 + 1
            } else {
                t1 + usize::from(possessive)
            };
            let mut h = mods;
            while h < n
                && h < mods + 3
                && (OFFICE_MODS.contains(&sent.word(h))
                    || matches!(sent.word(h), "prime" | "crown"))
            {
                h += 1;
            }
            if h >= n
                || !PERSON_OFFICES.contains(&sent.word(h))
                || (t1..=h).any(|k| covered[k])
                || (mods..h).any(|k| matches!(sent.word(k), "former" | "new" | "acting"))
            {
                continue;
            }
            // ("the Colombian president, Gustavo Petro," "the Iranian minister Abbas
            // Araghchi": the name follows; "is the Colombian president": predicated)
            if name_follows(sent, h)
                || matches!(sent.word(h + 1), "-" | "'s")
                // ("the Iranian minister of defence"; not "accusing the Colombian
                // president of failing …")
                || (sent.word(h + 1) == "of" && !sent.word(h + 2).ends_with("ing"))
                // ("a special envoy of the US president", "the wife of …": someone
                // else's office)
                || (s > 0
                    && matches!(
                        sent.word(s - 1),
                        "," | "is" | "was" | "as" | "became" | "named" | "appointed" | "(" | "of"
                    ))
            {
                continue;
            }
            let office: Vec<&str> = (mods..=h).map(|k| sent.word(k)).collect();
            let Some(person) = self.office_holder_named(sent, s, owner, &office) else {
                continue;
            };
            if state_head {
                self.mentions.retain(|m| {
                    !(m.sent == sent.idx && m.t0 == t0 && m.t1 == t1 && m.how == How::StateHead)
                });
            }
            self.push(sent, text, s, h + 1, person, How::Description);
            self.described.push((sent.idx, s));
            covered[s..=h].iter_mut().for_each(|c| *c = true);
        }
    }

    /// "his Omani counterpart, Badr Albusaidi,": a state's people named by its demonym
    /// and a noun for one person, which an apposition names, are that person; the
    /// mention of the state keeps only its demonym (the state of the person's role).
    fn apposed_persons(&mut self, sent: &Sent, first: usize) {
        let n = sent.toks.len();
        let persons: Vec<usize> = self.mentions[first..]
            .iter()
            .filter(|m| {
                m.sent == sent.idx
                    && matches!(m.how, How::Kb(_) | How::Name)
                    && self.list[m.actor].kind == ActorKind::Person
            })
            .map(|m| m.t0)
            .collect();
        for k in first..self.mentions.len() {
            let m = &self.mentions[k];
            if m.sent != sent.idx
                || m.t1 < m.t0 + 2
                || m.t1 + 1 >= n
                || self.list[m.actor].kind != ActorKind::Country
                || !matches!(m.how, How::StateHead | How::Kb(_))
                || !APPOSED_PERSON_HEADS.contains(&sent.word(m.t1 - 1))
                || sent.word(m.t1) != ","
                || !persons.contains(&(m.t1 + 1))
            {
                continue;
            }
            let t0 = m.t0;
            let span = Span::new(sent.toks[t0].span.start, sent.toks[t0].span.end);
            let m = &mut self.mentions[k];
            m.t1 = t0 + 1;
            m.span = span;
            m.how = How::Adjective;
        }
    }

    /// The person named before token `s` of `sent` whom a description by `office`
    /// of `owner` refers to (see [`Actors::described_persons`]).
    fn office_holder_named(
        &self,
        sent: &Sent,
        s: usize,
        owner: usize,
        office: &[&str],
    ) -> Option<usize> {
        let back = |m: &Mention| {
            (m.sent == sent.idx && m.t1 <= s) || (m.sent < sent.idx && m.sent + 3 >= sent.idx)
        };
        let persons: Vec<&Mention> = self
            .mentions
            .iter()
            .filter(|m| back(m) && !m.nested)
            .filter(|m| matches!(m.how, How::Kb(_) | How::Name | How::Short))
            .filter(|m| {
                let a = &self.list[m.actor];
                a.kind == ActorKind::Person && !a.anonymous
            })
            .collect();
        // a person the knowledge base knows in that office, the last named first
        if let Some(m) = persons
            .iter()
            .rev()
            .find(|m| self.holds_office(m.actor, owner, office) == Some(true))
        {
            return Some(m.actor);
        }
        // an unknown person: the last person of the sentence before the description
        let last = persons.iter().rev().find(|m| m.sent == sent.idx)?;
        if self.list[last.actor].kb.is_some() {
            return None;
        }
        // (not the description's speaker: "Analyst John Smith said the Colombian
        // president …")
        let head = sent.syn.head(last.t1 - 1);
        let speaker = head.is_some_and(|v| {
            SPEECH.contains(&sent.word(v)) && sent.syn.deprel(last.t1 - 1).starts_with("nsubj")
        }) || SPEECH.contains(&sent.word(last.t1))
            || (last.t1 + 1 < s && SPEECH.contains(&sent.word(last.t1 + 1)));
        (!speaker).then_some(last.actor)
    }

    /// Whether the knowledge base's person behind document actor `person` holds
    /// `office` ("president", "foreign minister") of the state or group `owner`: `None`
    /// when the knowledge base does not know the person or the owner.
    fn holds_office(&self, person: usize, owner: usize, office: &[&str]) -> Option<bool> {
        let p = self.kb.at(self.list[person].kb?);
        let o = self.kb.at(self.list[owner].kb?);
        let head = *office.last()?;
        let of_owner = |org: &str| {
            org == o.id
                || self.kb.index_of(org).is_some_and(|i| {
                    let org = self.kb.at(i);
                    org.parent.as_deref() == Some(o.id.as_str())
                        || (o.kind == ActorKind::Country
                            && org.country.is_some()
                            && org.country == o.country)
                })
        };
        Some(p.roles.iter().any(|r| {
            if !of_owner(&r.org) {
                return false;
            }
            let role = r.role.as_deref().unwrap_or("").to_lowercase();
            let words_fit = office
                .iter()
                .all(|w| role.split_whitespace().any(|x| x == *w));
            words_fit
                || (r.relation == rapport_model::ClaimType::Leads
                    && matches!(head, "leader" | "ruler" | "strongman")
                    && !role.contains("minister"))
        }))
    }

    /// The unnamed allies or proxies of a named state or group, told apart by what they
    /// are: "the United States' Syrian Kurdish allies", "Iran's Iraqi proxies". Each is a
    /// collective of its own, allied with its patron (`Actors::allies`); "Iran's allies"
    /// with nothing to tell them apart stays a phrase about Iran's relations.
    fn allies_of(&mut self, sent: &Sent, text: &str, first: usize, covered: &mut [bool]) {
        let n = sent.toks.len();
        let patrons: Vec<(usize, usize)> = self.mentions[first..]
            .iter()
            .filter(|m| m.sent == sent.idx && matches!(sent.word(m.t1), "'s" | "'"))
            .filter(|m| {
                !matches!(m.how, How::Pronoun | How::Relative | How::Pair(_))
                    && self.list[m.actor].kind != ActorKind::Person
            })
            .map(|m| (m.t1, m.actor))
            .collect();
        for (pos, patron) in patrons {
            let s = pos + 1;
            let mut h = s;
            while h < n
                && h < s + 3
                && sent.toks[h].cap
                && sent.toks[h].kind == rapport_text::TokKind::Word
            {
                h += 1;
            }
            if h == s || h >= n || !matches!(sent.word(h), "allies" | "proxies" | "partners") {
                continue;
            }
            if covered[h] {
                continue;
            }
            let form = Span::new(sent.toks[s].span.start, sent.toks[h].span.end)
                .slice(text)
                .to_string();
            let key = format!("{} {}", self.list[patron].id, form.to_lowercase());
            let a = self.collective(&key, &form);
            self.list[a].name = form.clone();
            if !self.allies.contains(&(a, patron)) {
                self.allies.push((a, patron));
            }
            self.push(sent, text, s, h + 1, a, How::Name);
            covered[s..=h].iter_mut().for_each(|c| *c = true);
        }
    }

    /// Unnamed sources without an article: "Western officials noted", "Taliban
    /// sources said", "according to officials quoted in the Journal".
    fn bare_sources(&mut self, sent: &Sent, text: &str, covered: &mut [bool]) {
        let n = sent.toks.len();
        for h in 0..n {
            let hw = sent.word(h);
            if covered[h]
                || (sent.toks[h].cap && h > 0)
                || !PERSON_NOUNS.contains(&hw)
                || !hw.ends_with('s')
            {
                continue;
            }
            // the speech verb right after the head (or after a phrase or a parenthetical)
            let speech_next = SPEECH.contains(&sent.word(h + 1))
                && !sent.toks.get(h + 1).is_some_and(|t| t.cap)
                && crate::attrib::finding_reports(sent, h + 1);
            let (mut e, found, np_end) = speech_after(sent, h);
            if let (Some(f), false) = (found, speech_next) {
                e = np_end.unwrap_or(f);
            }
            let according =
                |s: usize| s >= 2 && sent.word(s - 2) == "according" && sent.word(s - 1) == "to";
            // the noun phrase's start: modifiers, names and demonyms before the head
            let mut s0 = h;
            while s0 > 0 {
                let t = &sent.toks[s0 - 1];
                let w = t.lower.as_str();
                // (a time before the source is no part of it: "Late last year Iranian
                // officials acknowledged …")
                let modifier = t.kind == rapport_text::TokKind::Word
                    && !is_time_word(w)
                    && !is_prep(w)
                    // (nor a word the tagger read as a preposition or a finite verb:
                    // "imposed after UN experts found …")
                    && !sent.syn.xpos.get(s0 - 1).is_some_and(|x| {
                        matches!(x.as_str(), "IN" | "VBD" | "VBZ" | "VBP" | "MD")
                    })
                    && !is_det(w)
                    && !SPEECH.contains(&w)
                    && !matches!(
                        w,
                        "and"
                            | "or"
                            | "that"
                            | "who"
                            | "which"
                            | "whose"
                            | "are"
                            | "is"
                            | "were"
                            | "was"
                            | "have"
                            | "has"
                            | "had"
                            | "but"
                            | "as"
                    );
                if !modifier || s0 + 4 <= h {
                    break;
                }
                s0 -= 1;
            }
            // "the Security Council's panel of experts on Yemen said": the panel speaks
            if s0 >= 2
                && sent.word(s0 - 1) == "of"
                && matches!(sent.word(s0 - 2), "panel" | "group" | "team" | "committee")
                && !covered[s0 - 2]
            {
                s0 -= 2;
            }
            // "…, said Western officials."
            let speech_before = s0 >= 2
                && SPEECH.contains(&sent.word(s0 - 1))
                && sent.word(s0 - 2) == ","
                && matches!(sent.word(h + 1), "." | "," | "");
            if !(speech_next || speech_before || according(s0) || found.is_some()) {
                continue;
            }
            if s0 > 0
                && (is_det(sent.word(s0 - 1))
                    || matches!(
                        sent.word(s0 - 1),
                        "some" | "several" | "two" | "three" | "many"
                    ))
            {
                continue; // determiners are for `descriptions`
            }
            // ("Gran Grif, whose members are believed to have killed …": the members are
            // the group's, named before "whose")
            if s0 > 0 && sent.word(s0 - 1) == "whose" {
                continue;
            }
            let mut end = if speech_next || speech_before {
                h + 1
            } else {
                e
            };
            // ("Officials in Tehran have denied …": no auxiliary in the description)
            while end > h + 1
                && (trails_description(sent.word(end - 1))
                    || matches!(sent.word(end - 1), "would" | "will"))
            {
                end -= 1;
            }
            let desc = Span::new(sent.toks[s0].span.start, sent.toks[end - 1].span.end)
                .slice(text)
                .to_string();
            let a = self.anonymous(&desc, hw);
            let core = Span::new(sent.toks[s0].span.start, sent.toks[h].span.end)
                .slice(text)
                .to_string();
            for f in [desc.clone(), core] {
                if !self.list[a].forms.contains(&f) {
                    self.list[a].forms.push(f);
                }
            }
            self.push(sent, text, s0, end, a, How::Description);
            covered[s0..end].iter_mut().for_each(|c| *c = true);
        }
    }

    /// The document's actor for an unnamed collective (one per key).
    fn collective(&mut self, key: &str, form: &str) -> usize {
        let id_key = format!("group:{key}");
        if let Some(&a) = self.by_key.get(&id_key) {
            return a;
        }
        self.list.push(DocActor {
            id: self.unique_id(&slug(key)),
            name: form.to_lowercase(),
            kind: ActorKind::Group,
            kb: None,
            forms: Vec::new(),
            country: None,
            parent: None,
            anonymous: false,
            pseudonym: false,
            description: None,
            name_words: vec![key.to_string()],
        });
        let a = self.list.len() - 1;
        self.by_key.insert(id_key, a);
        a
    }

    /// Armed men no name identifies, described by who they are: "Kurdish militants",
    /// "Islamist insurgents", "Baloch separatists", "three Palestinian militants",
    /// "unidentified gunmen". They are a collective of their own, keyed by the words
    /// that say who they are ("unidentified", "armed", "suspected" say nothing of it,
    /// so "unidentified gunmen" are "gunmen"). A state's demonym does not make them the
    /// state ("Palestinian militants" are not Palestine, "Chadian rebels" fight Chad);
    /// they take its country. A named group before the noun owns them ("Taliban
    /// fighters", "Houthi rebels"), and "fighters" after a state's demonym are its
    /// forces ("Ukrainian fighters"). A bare "militants", "rebels" or "insurgents"
    /// refers back to a group named before (`pronouns`), and bare "fighters" or
    /// "militiamen" are someone's.
    fn armed_collectives(&mut self, sent: &Sent, text: &str, first: usize, covered: &mut [bool]) {
        for h in 0..sent.toks.len() {
            let head = sent.word(h);
            if !ARMED_COLLECTIVES.contains(&head) || covered[h] || sent.toks[h].cap && h > 0 {
                continue;
            }
            // a mention ending right before the head: a group that owns them, or a
            // state's demonym that only says where they are from
            // (a name inside a patron's modifier is neither: "Iran-backed militias")
            let in_patron = |m: &Mention| crate::claims::patron_word(sent.word(m.t1 - 1));
            let before = self.mentions[first..]
                .iter()
                .rposition(|m| m.sent == sent.idx && m.t1 == h && !m.venue && !in_patron(m))
                .map(|k| first + k);
            let mut demonym = None;
            if let Some(k) = before {
                let m = &self.mentions[k];
                let state_demonym =
                    m.how == How::Adjective && self.list[m.actor].kind == ActorKind::Country;
                if !state_demonym || matches!(head, "fighters" | "militiamen") {
                    continue;
                }
                demonym = Some(k);
            }
            // the modifiers before the head (and before the demonym): adjectives and
            // capitalised descriptive words, up to three
            let mut s0 = demonym.map_or(h, |k| self.mentions[k].t0);
            while s0 > 0 && h - s0 < 4 {
                let k = s0 - 1;
                let t = &sent.toks[k];
                let w = t.lower.as_str();
                // (a patron's modifier describes them and keeps its own mention:
                // "the Turkish-backed militia")
                let patron = crate::claims::patron_word(w);
                let descriptive = t.kind == rapport_text::TokKind::Word
                    && (!covered[k] || patron)
                    && !is_det(w)
                    && !is_prep(w)
                    && (NON_IDENTITY.contains(&w)
                        || patron
                        || matches!(sent.syn.upos(k), "ADJ" | "PROPN")
                        || w.starts_with("pro-")
                        || w.starts_with("anti-"));
                if !descriptive {
                    break;
                }
                s0 = k;
            }
            // ("the Taliban's ablest young fighters", "its best fighters": someone's)
            let owned = s0 > 0
                && matches!(
                    sent.word(s0 - 1),
                    "'s" | "’s" | "its" | "their" | "his" | "her" | "our"
                )
                || sent
                    .syn
                    .children(h)
                    .any(|k| sent.syn.deprel(k) == "nmod:poss");
            // (a description of a named one: "Kataib Hezbollah is an Iran-backed
            // militia", "the PKK, Kurdish militants who …", "a Kurdish militia")
            let described = matches!(sent.syn.deprel(h), "appos")
                || sent.syn.children(h).any(|c| sent.syn.deprel(c) == "cop")
                || s0 > 0 && matches!(sent.word(s0 - 1), "a" | "an");
            // ("gunmen loyal to the Islamic State", "gunmen of the Jenin Brigade": the
            // group named after them owns them)
            let named_after = matches!(
                sent.word(h + 1),
                "loyal" | "affiliated" | "linked" | "allied" | "aligned" | "belonging"
            ) || (sent.word(h + 1) == "of"
                && self.mentions[first..].iter().any(|m| {
                    m.sent == sent.idx
                        && !m.venue
                        && (m.t0 == h + 2 || (m.t0 == h + 3 && sent.word(h + 2) == "the"))
                        && matches!(
                            self.list[m.actor].kind,
                            ActorKind::ArmedGroup | ActorKind::Organization
                        )
                }));
            if owned || described || named_after {
                continue;
            }
            let key: Vec<&str> = (s0..=h)
                .map(|k| sent.word(k))
                .filter(|w| !NON_IDENTITY.contains(w))
                .collect();
            let bare = key.len() == 1;
            if bare
                && matches!(
                    head,
                    "militants"
                        | "rebels"
                        | "insurgents"
                        | "fighters"
                        | "militiamen"
                        | "militia"
                        | "militias"
                )
            {
                continue;
            }
            let key = key.join(" ");
            let country = demonym.and_then(|k| self.list[self.mentions[k].actor].country.clone());
            if let Some(k) = demonym {
                self.mentions.remove(k);
            }
            let form = Span::new(sent.toks[s0].span.start, sent.toks[h].span.end)
                .slice(text)
                .to_string();
            let a = self.collective(&key, &form);
            if self.list[a].country.is_none() {
                self.list[a].country = country;
            }
            // (the mention leaves out a patron's modifier, which stays its patron's own:
            // "Iran-backed militias" names the militias and Iran, who backs them)
            let m0 = (s0..=h)
                .find(|&k| !crate::claims::patron_word(sent.word(k)))
                .unwrap_or(h);
            self.push(sent, text, m0, h + 1, a, How::Name);
            covered[s0..=h].iter_mut().for_each(|c| *c = true);
        }
    }

    /// "Houthi supporters rallied in Sanaa", "Kataib Hezbollah loyalists demonstrated":
    /// the supporters, loyalists or followers of a movement or armed group, named by it
    /// right before them, are its mass base and stand for it. Not a state's ("Iranian
    /// supporters" of something are no more Iran than "Iran's supporters" are), nor a
    /// person's ("Trump supporters" act on their own), nor a possessor's ("the Taliban's
    /// supporters in Pakistan" are others who back them).
    fn movement_bases(&mut self, sent: &Sent, first: usize, covered: &mut [bool]) {
        let n = sent.toks.len();
        for k in first..self.mentions.len() {
            let m = &self.mentions[k];
            let h = m.t1;
            if m.sent != sent.idx
                || h >= n
                || covered.get(h).copied().unwrap_or(true)
                || m.venue
                || !matches!(m.how, How::Kb(_) | How::Adjective | How::Name)
                || !matches!(
                    sent.word(h),
                    "supporters" | "loyalists" | "followers" | "partisans"
                )
                || !matches!(
                    self.list[m.actor].kind,
                    ActorKind::ArmedGroup | ActorKind::Organization
                )
                || crate::claims::patron_word(sent.word(h - 1))
            {
                continue;
            }
            let span = Span::new(sent.toks[m.t0].span.start, sent.toks[h].span.end);
            let m = &mut self.mentions[k];
            m.t1 = h + 1;
            m.span = span;
            m.how = How::Name;
            covered[h] = true;
        }
    }

    /// "Paul Kagame denied that his country supports the M23": a person's "country" or
    /// "nation" is the state the person leads (by the knowledge base, where the text
    /// names it) or, failing that, the person's own state; the state takes the words.
    fn persons_countries(&mut self, sent: &Sent, text: &str, first: usize) {
        let found: Vec<(usize, usize)> = self.mentions[first..]
            .iter()
            .filter(|m| {
                m.sent == sent.idx
                    && m.how == How::Pronoun
                    && matches!(sent.word(m.t0), "his" | "her")
                    && m.t1 == m.t0 + 1
                    && matches!(sent.word(m.t1), "country" | "nation")
                    && self.list[m.actor].kind == ActorKind::Person
            })
            .map(|m| (m.t0, m.actor))
            .collect();
        for (t0, person) in found {
            let state = self.kb_led_state(person).or_else(|| {
                let code = self.list[person].country.clone()?;
                let idx = self.kb_country(&code)?;
                Some(self.kb_actor(idx))
            });
            if let Some(st) = state {
                self.push(sent, text, t0, t0 + 2, st, How::Description);
            }
        }
    }

    /// Unnamed collectives that matter in reporting ("civilians", "smugglers").
    fn collectives(&mut self, sent: &Sent, text: &str, first: usize, covered: &mut [bool]) {
        for i in 0..sent.toks.len() {
            let w = sent.word(i);
            let two = format!("{w} {}", sent.word(i + 1));
            let (len, key) = if COLLECTIVES.contains(&two.as_str()) {
                (2, two)
            } else if COLLECTIVES.contains(&w) {
                (1, w.to_string())
            } else {
                continue;
            };
            if covered[i..i + len].iter().any(|&c| c) || sent.toks[i].cap && i > 0 {
                continue;
            }
            // ("Kurdish residents", "Alawite civilians": a community's adjective on its
            // civilians names the community)
            if let Some(c) = self.community_of_adjective(sent, i, &key) {
                if !covered[i - 1] {
                    let a = self.kb_actor(c);
                    self.push(sent, text, i - 1, i + len, a, How::Name);
                    covered[i - 1..i + len].iter_mut().for_each(|c| *c = true);
                    continue;
                }
            }
            if self.collective_owner(sent, first, i, i + len, &key) {
                continue;
            }
            // ("South African peacekeepers": a state's peacekeepers are its troops, and
            // its demonym names them)
            if key == "peacekeepers"
                && self.mentions[first..].iter().any(|m| {
                    m.sent == sent.idx
                        && m.t1 == i
                        && m.how == How::Adjective
                        && self.list[m.actor].kind == ActorKind::Country
                })
            {
                continue;
            }
            let form = Span::new(sent.toks[i].span.start, sent.toks[i + len - 1].span.end)
                .slice(text)
                .to_string();
            let a = self.collective(&key, &form);
            self.push(sent, text, i, i + len, a, How::Name);
            covered[i..i + len].iter_mut().for_each(|c| *c = true);
        }
    }

    /// The knowledge base's community whose adjective stands before the civilians'
    /// noun at `i` ("Kurdish" for the Kurds, "Alawite" for the Alawites).
    fn community_of_adjective(&self, sent: &Sent, i: usize, key: &str) -> Option<usize> {
        if i == 0
            || !sent.toks[i - 1].cap
            || !matches!(
                key,
                "civilians" | "residents" | "villagers" | "refugees" | "worshippers" | "families"
            )
        {
            return None;
        }
        let adj = sent.word(i - 1).to_lowercase();
        let id = match adj.as_str() {
            "kurdish" => "kurds".to_string(),
            "druze" => "druze".to_string(),
            _ => format!("{adj}s"),
        };
        let idx = self.kb.index_of(&id)?;
        (self.kb.at(idx).kind == ActorKind::Group).then_some(idx)
    }

    /// Whether a collective noun at `t0..t1` belongs to a group the sentence names
    /// ("Taliban prisoners", "the last MINUSMA peacekeepers", "aid workers of Action
    /// Against Hunger"): the people are then that group's, and the noun adds no actor of
    /// its own. A state's demonym or name leaves them a collective ("Afghan refugees",
    /// "Israeli settlers"), as does a person's name, and so does an organisation of
    /// states, which fields many forces ("UN peacekeepers" are a force of their own,
    /// "MINUSMA peacekeepers" are MINUSMA's). "Hamas hostages" are not Hamas's
    /// members, and the group after "of" holds captives ("prisoners of the Houthis"), so
    /// only the collectives that serve an organisation read it there.
    fn collective_owner(&self, sent: &Sent, first: usize, t0: usize, t1: usize, key: &str) -> bool {
        // (a community's civilians are that community: "Rohingya refugees")
        let civilians = matches!(
            key,
            "refugees"
                | "civilians"
                | "villagers"
                | "protesters"
                | "demonstrators"
                | "residents"
                | "migrants"
                | "worshippers"
        );
        let owner = |m: &Mention| {
            !matches!(m.how, How::StateHead | How::Pronoun)
                && (m.how != How::Adjective
                    || (civilians && self.list[m.actor].kind == ActorKind::Group))
                && !m.locative
                && match self.list[m.actor].kind {
                    ActorKind::Country | ActorKind::Person | ActorKind::Igo => false,
                    ActorKind::Group => civilians,
                    _ => true,
                }
        };
        let ours = &self.mentions[first..];
        let before = key != "hostages"
            && ours
                .iter()
                .any(|m| m.sent == sent.idx && m.t1 == t0 && owner(m));
        let serving = matches!(
            key,
            "aid workers" | "peacekeepers" | "mercenaries" | "contractors"
        );
        let after = serving
            && sent.word(t1) == "of"
            && ours.iter().any(|m| {
                m.sent == sent.idx
                    && owner(m)
                    && (m.t0 == t1 + 1 || m.t0 == t1 + 2 && is_det(sent.word(t1 + 1)))
            });
        before || after
    }

    fn pronouns(&mut self, sent: &Sent, text: &str, covered: &[bool]) {
        for (i, &cov) in covered.iter().enumerate() {
            if cov {
                continue;
            }
            let w = sent.word(i);
            if w == "it" && expletive_it(sent, i) {
                continue;
            }
            let want: &[ActorKind] = match w {
                "he" | "him" | "his" | "she" | "her" => &[ActorKind::Person],
                "they" | "them" | "their" => {
                    &[ActorKind::ArmedGroup, ActorKind::Group, ActorKind::Body]
                }
                "it" | "its" => &[
                    ActorKind::Country,
                    ActorKind::StateOrgan,
                    ActorKind::ArmedGroup,
                    ActorKind::Igo,
                    ActorKind::Organization,
                    ActorKind::Body,
                ],
                "who" | "which" | "whose" | "whom" => &[],
                "the"
                    if GROUP_ANAPHORS.contains(&sent.word(i + 1))
                        || matches!(sent.word(i + 1), "militants" | "insurgents" | "rebels")
                        || (GROUP_ANAPHORS.contains(&sent.word(i + 2))
                            && sent.toks.get(i + 1).is_some_and(|t| !t.cap)
                        // ("the terrorist organization", "the militant group"; not "the
                        // same group" or "the other group", which point elsewhere)
                        && !matches!(
                            sent.word(i + 1),
                            "same" | "other" | "new" | "first" | "second" | "latter" | "former"
                                | "whole" | "entire" | "largest" | "smaller" | "larger"
                        )) =>
                {
                    &[ActorKind::ArmedGroup]
                }
                "the"
                    if sent.word(i + 1) == "two"
                        && !sent.toks.get(i + 2).is_some_and(|t| {
                            t.kind == rapport_text::TokKind::Word
                                && !SPEECH.contains(&sent.word(i + 2))
                                && !matches!(
                                    sent.word(i + 2),
                                    "nearly"
                                        | "follow"
                                        | "were"
                                        | "are"
                                        | "have"
                                        | "had"
                                        | "sides"
                                        | "countries"
                                )
                        }) =>
                {
                    // "the two": the last two actors named
                    let mut seen: Vec<usize> = Vec::new();
                    for m in self.mentions.iter().rev() {
                        if m.sent + 2 < sent.idx
                            || m.locative
                            || matches!(
                                m.how,
                                How::Pronoun | How::Relative | How::Pair(_) | How::Adjective
                            )
                            || (m.sent + 1 == sent.idx || m.sent == sent.idx) && self.after_prep(m)
                        {
                            continue;
                        }
                        if !seen.contains(&m.actor) && self.list[m.actor].kind != ActorKind::Person
                        {
                            seen.push(m.actor);
                        }
                        if seen.len() == 2 {
                            break;
                        }
                    }
                    if seen.len() == 2 {
                        self.push(sent, text, i, i + 2, seen[1], How::Pair(seen[0]));
                    }
                    continue;
                }
                // "sent troops into the country": a country named before (not the one
                // doing it: see below)
                "the"
                    if sent.word(i + 1) == "country"
                        && !sent.toks.get(i + 2).is_some_and(|t| t.cap) =>
                {
                    &[ActorKind::Country]
                }
                "the" => {
                    // "the coalition", "the office": the head noun of an actor named before
                    // ("…, the army said": the army of the state the sentence, or the one
                    // before it, names)
                    if let Some(a) = self
                        .definite_head(sent, i)
                        .or_else(|| self.states_army(sent, i))
                        .or_else(|| self.kingdom(sent, i))
                        .or_else(|| self.coalition(sent, i))
                    {
                        self.push(sent, text, i, i + 2, a, How::Description);
                    }
                    continue;
                }
                "i" | "me" | "my" | "we" | "us" | "our" => {
                    // first person inside a quote whose speaker the sentence names: “…us…,” said X
                    if let Some(a) = self.quote_speaker(sent, i) {
                        self.push(sent, text, i, i + 1, a, How::Pronoun);
                    }
                    continue;
                }
                "rebels" | "insurgents" | "militants" if i == 0 || !sent.toks[i - 1].cap => {
                    &[ActorKind::ArmedGroup]
                }
                _ => continue,
            };
            if matches!(w, "who" | "which" | "whose" | "whom") {
                // relative pronoun: the mention just before it ("whose": its possessor)
                if let Some(m) = self.mentions.iter().rev().find(|m| {
                    m.sent == sent.idx && (m.t1 == i || (m.t1 + 1 == i && sent.word(m.t1) == ","))
                }) {
                    let a = m.actor;
                    self.push(sent, text, i, i + 1, a, How::Relative);
                }
                continue;
            }
            let t1 = if w == "the" {
                if sent.word(i + 2) == "movement" {
                    i + 3
                } else {
                    i + 2
                }
            } else {
                i + 1
            };
            // "he", "she" stand for one person: not for "analysts" or "residents"
            let singular = matches!(w, "he" | "him" | "his" | "she" | "her");
            // ("rebels in the Democratic Republic of Congo launched an offensive in the
            // east of the country": a country named as a place is one "the country" takes)
            let place_ok = w == "the";
            // ("Ukrainian recruits were killed when Russian missiles hit their training
            // ground": a state's people named by its demonym and a plural noun are
            // "they")
            let plural = matches!(w, "they" | "them" | "their");
            let compatible = |m: &&Mention| {
                // (so are, as an object, a state's forces named by a plural noun:
                // "Palestinian Authority security forces …, prompting the group to
                // accuse them")
                let people = plural
                    && (m.how == How::StateHead
                        || (w == "them"
                            && self.list[m.actor].kind == ActorKind::StateOrgan
                            && m.sent == sent.idx
                            && m.t1 > m.t0
                            && sent.syn.xpos.get(m.t1 - 1).is_some_and(|x| x == "NNS"))
                        || (m.how == How::Adjective
                            && m.sent == sent.idx
                            && sent.syn.xpos.get(m.t1).is_some_and(|x| x == "NNS")
                            && self.list[m.actor].kind == ActorKind::Country));
                (want.contains(&self.list[m.actor].kind) || people)
                    && (!m.locative || place_ok)
                    && !m.nested
                    && (!matches!(m.how, How::Adjective) || place_ok || people)
                    && (!(w == "it" || w == "its") || !self.list[m.actor].anonymous)
                    // ("let M23 fighters cross into its territory": a name on a plural
                    // noun is not "it")
                    // (nor is one named by a plural noun: "US forces")
                    && !((w == "it" || w == "its")
                        && m.sent == sent.idx
                        && m.t1 > m.t0
                        && (sent.syn.xpos.get(m.t1 - 1).is_some_and(|x| x == "NNS")
                            || (sent.syn.deprel(m.t1 - 1) == "compound"
                                && sent
                                    .syn
                                    .head(m.t1 - 1)
                                    .is_some_and(|h| h >= m.t1 && sent.syn.xpos[h] == "NNS"))))
                    && !(singular && plural_people(&text[m.span.start..m.span.end]))
            };
            // the nearest before it in this sentence; else the subject (first
            // compatible mention) of the closest earlier sentence that has one
            // the nearest before it in this sentence, passing over an accuser ("accusations
            // by Congo's government that it supports …": "it" is the accused subject)
            // when an earlier one is there
            // (this sentence's mentions are the last ones pushed)
            // ("Rwanda denied that it has sent troops into the country": the country is
            // not the subject of the verb it depends on)
            let doer = (w == "the")
                .then(|| self.governing_subject(sent, i + 1))
                .flatten()
                // (an object pronoun is not its own verb's subject: "prompting the group
                // to accuse them of …")
                .or_else(|| {
                    matches!(w, "them" | "him" | "her" | "it")
                        .then(|| self.clause_subject_of_object(sent, i))
                        .flatten()
                });
            let here: Vec<&Mention> = self
                .mentions
                .iter()
                .rev()
                .take_while(|m| m.sent == sent.idx)
                .filter(|m| m.t1 <= i && compatible(m) && Some(m.actor) != doer)
                .collect();
            let by_agent = |m: &Mention| {
                let mut k = m.t0;
                while k > 0 && is_det(sent.word(k - 1)) {
                    k -= 1;
                }
                // a noun's "by" phrase only: the agent of a passive ("held by the
                // Houthis since it ousted …") is the likeliest antecedent
                k > 1
                    && sent.word(k - 1) == "by"
                    && sent
                        .syn
                        .xpos
                        .get(k - 2)
                        .map_or(!sent.word(k - 2).ends_with("ed"), |x| x.starts_with("NN"))
            };
            // a possessive refers back to its clause's subject over an object named
            // between ("Israel did not notify Qatar of its strike"), unless an infinitive
            // hands the object the next act ("asked Pakistan to close its border")
            // (but one judged for its own deeds is the object: "sanctioned Tehran for its
            // support of the Houthis", "sanctions on Iran over its drone supplies")
            let judged = i > 0
                && matches!(sent.word(i - 1), "for" | "over")
                && (0..i)
                    .any(|k| JUDGING.contains(&sent.syn.lemma.get(k).map_or("", String::as_str)));
            let subject_of_clause = (matches!(w, "its" | "their" | "his" | "her") && !judged)
                .then(|| {
                    here.iter().copied().find(|m| {
                        (m.t0..m.t1).any(|k| sent.syn.deprel(k).starts_with("nsubj"))
                            && !(m.t1..i).any(|k| {
                                matches!(sent.word(k), "to" | "," | ";" | "that" | "who" | "which")
                                    || matches!(sent.syn.upos(k), "AUX")
                                        && sent.syn.deprel(k) == "cop"
                            })
                            && here.iter().any(|o| o.t0 > m.t1)
                            // (nor a verb of its own after that object: "helped Hezbollah
                            // rebuild its arsenal")
                            && !here
                                .iter()
                                .filter(|o| o.t0 > m.t1)
                                .any(|o| (o.t1..i).any(|k| sent.syn.upos(k) == "VERB"))
                    })
                })
                .flatten();
            // "Armenia shelled its positions", "accused Armenia of attacking their
            // posts": what is attacked is not the attacker's own
            let attacker = matches!(w, "its" | "their" | "his" | "her")
                .then(|| {
                    let v = (i.saturating_sub(2)..i).rev().find(|&k| {
                        sent.syn.upos(k) == "VERB"
                            && crate::lexicon::has_sense(
                                sent.word(k),
                                rapport_model::ClaimType::Assault,
                                crate::lexicon::Pos::Verb,
                            )
                    })?;
                    let all: Vec<&Mention> = self
                        .mentions
                        .iter()
                        .rev()
                        .take_while(|m| m.sent == sent.idx)
                        .collect();
                    crate::treeargs::verb(sent, &all, v, &[], false)
                        .source
                        .map(|m| m.actor)
                })
                .flatten();
            let here: Vec<&Mention> = here
                .into_iter()
                .filter(|m| Some(m.actor) != attacker)
                .collect();
            let subject_of_clause = subject_of_clause.filter(|m| Some(m.actor) != attacker);
            // "bombed Hezbollah and its allies": a possessive joined to a name is that
            // name's
            let joined = (i > 0 && matches!(sent.word(i - 1), "and" | "or"))
                .then(|| here.iter().copied().find(|m| m.t1 + 1 == i))
                .flatten();
            // "Tehran is engaging with the Taliban; it is also extending support …": a
            // subject pronoun opening a clause after a semicolon continues the last
            // clause's subject
            let parallel =
                (matches!(w, "it" | "they" | "he" | "she") && i > 0 && sent.word(i - 1) == ";")
                    .then(|| {
                        here.iter()
                            .copied()
                            .find(|m| (m.t0..m.t1).any(|k| sent.syn.deprel(k).starts_with("nsubj")))
                    })
                    .flatten();
            // "…, his office said": a possessive in a source's phrase after a comma is
            // the reported clause's subject's, not the last person named
            let reported_subject = (matches!(w, "its" | "their" | "his" | "her")
                && i > 0
                && sent.word(i - 1) == ","
                && sent.syn.deprel(i) == "nmod:poss")
                .then(|| {
                    let n = sent.syn.head(i)?;
                    let v = sent.syn.head(n)?;
                    let speech = sent.syn.deprel(n).starts_with("nsubj")
                        && v > n
                        && SPEECH.contains(&sent.word(v));
                    let p = &sent.syn;
                    let reported = p
                        .children(v)
                        .find(|&c| c < n && matches!(p.deprel(c), "ccomp" | "parataxis"))
                        .filter(|_| speech)?;
                    let subject = p
                        .children(reported)
                        .find(|&c| p.deprel(c).starts_with("nsubj"))?;
                    crate::treeargs::mention_at(sent, &here, subject, true)
                })
                .flatten();
            let found = reported_subject
                .or(joined)
                .or(parallel)
                .or(subject_of_clause)
                .or_else(|| here.iter().find(|m| !by_agent(m)).copied())
                .or(here.first().copied())
                .or_else(|| {
                    let prev = self
                        .mentions
                        .iter()
                        .rev()
                        .find(|m| m.sent < sent.idx && m.sent + 3 > sent.idx && compatible(m))?
                        .sent;
                    // (a pronoun outside quotes passes over one inside a quote when one
                    // outside it is there: "“The sorties achieved its goals,” the
                    // coalition said. It had urged …")
                    // (a pronoun inside a quote keeps to the quote's words: "“Iran has
                    // been training …,” X told Y. “It also supplies them …”")
                    let own = inside_quote(text, sent.toks[i].span.start);
                    let quoted = |m: &Mention| inside_quote(text, m.span.start);
                    self.mentions
                        .iter()
                        .find(|m| m.sent == prev && compatible(m) && quoted(m) == own)
                        .or_else(|| {
                            self.mentions
                                .iter()
                                .find(|m| m.sent == prev && compatible(m))
                        })
                });
            // "his men", "her fighters": the force a known leader leads ("Hemedti … told a
            // reporter that his men had never received a bullet from Abu Dhabi")
            let force = found
                .filter(|_| {
                    // (not those spoken to: "Hemedti told his fighters …")
                    let hearers = i > 0
                        && (SPEECH.contains(&sent.word(i - 1))
                            || matches!(
                                sent.syn.lemma.get(i - 1).map(String::as_str),
                                Some("tell" | "address" | "urge" | "order")
                            ));
                    matches!(w, "his" | "her")
                        && !hearers
                        && matches!(
                            sent.word(i + 1),
                            "men"
                                | "fighters"
                                | "forces"
                                | "troops"
                                | "militia"
                                | "militiamen"
                                | "followers"
                                | "gunmen"
                                | "soldiers"
                        )
                })
                .and_then(|m| self.list[m.actor].kb)
                .and_then(|k| self.force_led(k));
            if let Some(org) = force {
                let a = self.kb_actor(org);
                self.push(sent, text, i, i + 2, a, How::Pronoun);
                continue;
            }
            // "its army", "its navy": a state's organ, as "Rwanda's army" is ("Rwanda
            // denied that its army had given M23 fighters missiles"); "its troops" or
            // "its soldiers" stay the state's own people
            let organ = found
                .filter(|_| {
                    w == "its" && !matches!(sent.word(i + 1), "troops" | "soldiers" | "forces")
                })
                .and_then(|m| self.list[m.actor].kb)
                .and_then(|k| {
                    let words = ["'s", sent.word(i + 1), sent.word(i + 2), sent.word(i + 3)];
                    self.organ_of(k, &words)
                });
            if let Some((o, len)) = organ {
                let a = self.kb_actor(o);
                self.push(sent, text, i, i + len, a, How::Pronoun);
                continue;
            }
            if let Some(m) = found {
                let a = m.actor;
                self.push(
                    sent,
                    text,
                    i,
                    t1,
                    a,
                    if w == "the" {
                        How::Description
                    } else {
                        How::Pronoun
                    },
                );
            }
        }
    }

    /// The actor of the subject of the verb that token `k` depends on, if any.
    /// The actor of the subject of the verb whose object is the token `k` (for an
    /// infinitive, its controller: the object of "prompted the group to accuse …", else
    /// the subject of the verb it hangs on).
    fn clause_subject_of_object(&self, sent: &Sent, k: usize) -> Option<usize> {
        let p = &sent.syn;
        if p.deprel(k) != "obj" {
            return None;
        }
        let v = p.head(k)?;
        let s = p
            .children(v)
            .find(|&c| p.deprel(c).starts_with("nsubj"))
            // (or the noun an infinitive hangs on: "the group to accuse them")
            .or_else(|| {
                p.head(v)
                    .filter(|_| p.deprel(v) == "acl" && p.upos(v) == "VERB")
            })
            .or_else(|| {
                let h = p.head(v).filter(|_| p.deprel(v) == "xcomp")?;
                p.children(h)
                    .find(|&c| p.deprel(c) == "obj")
                    .or_else(|| p.children(h).find(|&c| p.deprel(c).starts_with("nsubj")))
            })?;
        self.actor_over(sent, s)
    }

    fn governing_subject(&self, sent: &Sent, k: usize) -> Option<usize> {
        let p = &sent.syn;
        let mut h = k;
        for _ in 0..6 {
            h = p.head(h)?;
            if p.upos(h) == "VERB" {
                break;
            }
        }
        if p.upos(h) != "VERB" {
            return None;
        }
        let s = p.children(h).find(|&c| p.deprel(c).starts_with("nsubj"))?;
        self.actor_over(sent, s)
    }

    /// The actor of this sentence's mention over token `k`, where one is.
    fn actor_over(&self, sent: &Sent, k: usize) -> Option<usize> {
        self.mentions
            .iter()
            .rev()
            .take_while(|m| m.sent == sent.idx)
            .find(|m| m.t0 <= k && k < m.t1)
            .map(|m| m.actor)
    }

    /// The speaker of the quote that token `i` is in, when the same sentence names
    /// them right after the closing quote ("…,” said X" or "…,” X said").
    fn quote_speaker(&self, sent: &Sent, i: usize) -> Option<usize> {
        let n = sent.toks.len();
        let close = (i + 1..n).find(|&k| matches!(sent.word(k), "”" | "\""))?;
        let opened = (0..i).any(|k| matches!(sent.word(k), "“" | "\""))
            || sent.span.start == sent.toks.first()?.span.start;
        if !opened {
            return None;
        }
        let m = self
            .mentions
            .iter()
            .find(|m| m.sent == sent.idx && m.t0 > close && m.t0 <= close + 3 && !m.locative)?;
        let speech = (close + 1..(m.t1 + 2).min(n)).any(|k| SPEECH.contains(&sent.word(k)));
        if speech {
            return Some(m.actor);
        }
        // a speaker named by title, "Pakistan's army chief Asim Munir said": the name
        // right before the verb of saying, within a phrase of a few words
        let sv = (m.t1..(close + 9).min(n)).find(|&k| SPEECH.contains(&sent.word(k)))?;
        if (close + 1..sv).any(|k| matches!(sent.word(k), "," | "and" | "who" | "which")) {
            return None;
        }
        self.mentions
            .iter()
            .find(|o| o.sent == sent.idx && o.t1 == sv && o.t0 > close && !o.locative)
            .map(|o| o.actor)
    }

    /// The actor a definite description "the NOUN" refers to: the most recent
    /// actor (named within the last few sentences) whose name ends in NOUN.
    fn definite_head(&self, sent: &Sent, i: usize) -> Option<usize> {
        let noun = sent.word(i + 1);
        let next = sent.toks.get(i + 2);
        if noun.len() < 4
            || GENERIC_HEADS.contains(&noun)
            || sent.toks.get(i + 1).is_none_or(|t| t.cap)
            || next.is_some_and(|t| t.cap || t.lower == "of")
        {
            return None;
        }
        // (a name's head noun reaches further back than a pronoun: "the coalition" a
        // dozen sentences after "the Saudi-led coalition")
        self.mentions
            .iter()
            .rev()
            .filter(|m| m.sent + 15 > sent.idx)
            .map(|m| m.actor)
            .find(|&a| {
                let act = &self.list[a];
                // (the head of a name with "of", "the Coalition of Patriots for
                // Change", is the word before "of"; a name in the French order,
                // "Alliance Fleuve Congo", opens with it)
                let last_word = |s: &str| {
                    let before_of = s.split(" of ").next().unwrap_or(s);
                    s.rsplit(' ')
                        .next()
                        .is_some_and(|last| last.eq_ignore_ascii_case(noun))
                        || before_of
                            .rsplit(' ')
                            .next()
                            .is_some_and(|w| w.eq_ignore_ascii_case(noun))
                        || (s.split(' ').count() >= 3
                            && s.split(' ')
                                .next()
                                .is_some_and(|w| w.eq_ignore_ascii_case(noun)))
                };
                // (also by a form the text named it with: "the army" after "the Sudanese
                // army", whose name is the Sudanese Armed Forces)
                !act.anonymous
                    && act.kind != ActorKind::Person
                    && (last_word(&act.name)
                        || act.kind == ActorKind::StateOrgan
                            && act.forms.iter().any(|f| last_word(f)))
            })
    }

    /// "…, and the kingdom broke off relations with Iran": "the kingdom" is the last
    /// monarchy named in this sentence or the three before it (by name or demonym), when
    /// no other is named between.
    /// "The State Department designated JNIM …, describing the coalition as …": "the
    /// coalition" that no actor named before has in its name is the armed group named
    /// last, in this sentence or the one before, with no other actor named since ("The
    /// Houthis fired missiles at Riyadh, and the coalition responded" is another).
    fn coalition(&self, sent: &Sent, i: usize) -> Option<usize> {
        if sent.word(i + 1) != "coalition" || sent.toks.get(i + 2).is_some_and(|t| t.cap) {
            return None;
        }
        let last = self
            .mentions
            .iter()
            .rev()
            .filter(|m| m.sent + 1 >= sent.idx && (m.sent < sent.idx || m.t1 <= i))
            .find(|m| !matches!(m.how, How::Pronoun | How::Relative))?;
        (self.list[last.actor].kind == ActorKind::ArmedGroup && !last.locative)
            .then_some(last.actor)
    }

    fn kingdom(&self, sent: &Sent, i: usize) -> Option<usize> {
        if sent.word(i + 1) != "kingdom" || sent.toks.get(i + 2).is_some_and(|t| t.cap) {
            return None;
        }
        let id = |a: usize| self.list[a].id.as_str();
        self.mentions
            .iter()
            .rev()
            .filter(|m| m.sent + 3 >= sent.idx && (m.sent < sent.idx || m.t1 <= i))
            .filter(|m| self.list[m.actor].kind == ActorKind::Country)
            .find(|m| KINGDOMS.contains(&id(m.actor)))
            .map(|m| m.actor)
    }

    /// "Israeli jets struck depots in the Bekaa Valley, the army said": "the army" or
    /// "the military" speaking, with no such actor named before, is the knowledge base's
    /// army of the first state this sentence names before it (by name or demonym), or
    /// else of the last one the sentence before names. (Not "the army" acted on: "allowed
    /// Moscow to deliver weapons to the army" is another state's.) "The junta", anywhere,
    /// is the knowledge base's junta of that state.
    fn states_army(&mut self, sent: &Sent, i: usize) -> Option<usize> {
        let noun = sent.word(i + 1);
        // ("the junta that had overthrown Mohamed Bazoum": a junta is the state's ruler
        // wherever it stands)
        let junta = noun == "junta" && !sent.toks.get(i + 2).is_some_and(|t| t.cap);
        // (or acting as a passive's agent: "was arrested by the army")
        let acting = SPEECH.contains(&sent.word(i + 2)) || (i > 0 && sent.word(i - 1) == "by");
        if !junta && (!matches!(noun, "army" | "military") || !acting) {
            return None;
        }
        // (a state, or one of its organs: "Faiz Hameed, who headed the ISI, was arrested
        // by the army")
        // (a state named comes first, an organ's state only for want of one)
        let state_of = |m: &Mention, organs: bool| -> Option<usize> {
            let a = &self.list[m.actor];
            match a.kind {
                ActorKind::Country => a.kb,
                ActorKind::StateOrgan if organs && !m.locative => {
                    a.country.as_deref().and_then(|c| self.kb_country(c))
                }
                _ => None,
            }
        };
        let find = |organs: bool| {
            self.mentions
                .iter()
                .filter(|m| m.sent == sent.idx && m.t1 <= i)
                .find_map(|m| state_of(m, organs))
                .or_else(|| {
                    self.mentions
                        .iter()
                        .rev()
                        .filter(|m| m.sent + 1 == sent.idx)
                        .find_map(|m| state_of(m, organs))
                })
        };
        let k = find(false).or_else(|| find(!junta))?;
        let (organ, _) = self.organ_of(k, &["'s", noun])?;
        Some(self.kb_actor(organ))
    }

    /// A person's roles (LEADS, MEMBER_OF) in the knowledge base; none for an actor it
    /// does not hold.
    pub fn kb_roles(&self, a: usize) -> &[rapport_kb::Role] {
        match self.list[a].kb {
            Some(k) => &self.kb.at(k).roles,
            None => &[],
        }
    }

    /// The state a person leads according to the knowledge base (a LEADS role in a
    /// country), when the document names that state too.
    pub fn kb_led_state(&self, person: usize) -> Option<usize> {
        let kb_idx = self.list[person].kb?;
        let kb = self.kb;
        let role = kb.at(kb_idx).roles.iter().rev().find(|r| {
            r.relation == rapport_model::ClaimType::Leads
                && kb.get(&r.org).is_some_and(|o| o.kind == ActorKind::Country)
        })?;
        let org = kb.index_of(&role.org)?;
        let key = format!("kb:{org}");
        if let Some(&i) = self.by_key.get(&key) {
            return Some(i);
        }
        None
    }

    /// Whether a mention is the object of a place or means preposition ("through Iraqi mediators").
    fn after_prep(&self, m: &Mention) -> bool {
        let Some(sent) = self.sents_words.get(&m.sent) else {
            return false;
        };
        let mut k = m.t0;
        while k > 0 && is_det(&sent[k - 1]) {
            k -= 1;
        }
        k > 0
            && matches!(
                sent[k - 1].as_str(),
                "through" | "via" | "in" | "inside" | "into" | "at" | "near" | "across" | "by"
            )
    }

    /// Mentions of sentence `s` that can be a claim's arguments (not places).
    pub fn arguments(&self, s: usize) -> Vec<&Mention> {
        self.of_sentence(s)
            .into_iter()
            .filter(|m| !m.locative)
            .collect()
    }

    /// Venues of sentence `s` ([`Actors::venues`]).
    pub fn venues_of(&self, s: usize) -> Vec<&Mention> {
        let lo = self.venues.partition_point(|m| m.sent < s);
        let hi = lo + self.venues[lo..].partition_point(|m| m.sent <= s);
        self.venues[lo..hi].iter().collect()
    }

    /// Mentions of sentence `s`, in order.
    pub fn of_sentence(&self, s: usize) -> Vec<&Mention> {
        // mentions are pushed sentence by sentence: the sentence's run is found by
        // binary search
        let lo = self.mentions.partition_point(|m| m.sent < s);
        let hi = lo + self.mentions[lo..].partition_point(|m| m.sent <= s);
        self.mentions[lo..hi].iter().collect()
    }
}

/// From a description's head noun: where its clause's speech verb is (if any) and
/// where the noun phrase ends when a parenthetical (", who asked not to be named,",
/// ", speaking on condition of anonymity,") comes between. Returns (scan end, verb, phrase end).
fn speech_after(sent: &Sent, h: usize) -> (usize, Option<usize>, Option<usize>) {
    let n = sent.toks.len();
    let mut e = h + 1;
    let mut np_end = None;
    while e < n && e <= h + 22 {
        let ew = sent.word(e);
        // (a verb after "and" is coordinated with an earlier one, whose subject is
        // another: "denied having paid fighters of the Syrian National Army and
        // described the allegation as unfounded")
        if matches!(ew, "and" | "but" | "or")
            && e + 1 < n
            && sent.syn.upos(e + 1) == "VERB"
            && matches!(
                sent.syn.xpos.get(e + 1).map(String::as_str),
                Some("VBD" | "VBZ" | "VBP")
            )
        {
            return (e, None, np_end);
        }
        // (a gerund of saying after a preposition or a subordinator is another clause's:
        // "executed a man after accusing him of spying")
        if SPEECH.contains(&ew)
            && matches!(
                sent.word(e - 1),
                "after"
                    | "before"
                    | "while"
                    | "by"
                    | "for"
                    | "of"
                    | "since"
                    | "without"
                    | "despite"
                    | "when"
                    | "upon"
                    | "having"
            )
        {
            return (e, None, np_end);
        }
        if (SPEECH.contains(&ew)
            && !sent.toks[e].cap
            && sent.syn.upos(e) != "NOUN"
            && crate::attrib::finding_reports(sent, e))
            || (ew == "spoke" && sent.word(e + 2) == "condition")
        {
            return (e, Some(e), np_end);
        }
        // (a finite verb of another kind ends the phrase: "a foreign ministry spokesman
        // called the reports baseless")
        // (not an auxiliary, "have denied", nor a relative clause's verb, "who goes by
        // the alias Naweed told")
        if sent.syn.upos(e) == "VERB"
            && matches!(
                sent.syn.xpos.get(e).map(String::as_str),
                Some("VBD" | "VBZ" | "VBP")
            )
            && !(h + 1..e).any(|k| matches!(sent.word(k), "who" | "which" | "that" | "whose"))
        {
            return (e, None, np_end);
        }
        if ew == ","
            && matches!(
                sent.word(e + 1),
                "who"
                    | "speaking"
                    | "declining"
                    | "requesting"
                    | "asking"
                    | "whose"
                    | "citing"
                    | "on"
                    | "not"
            )
        {
            np_end.get_or_insert(e);
            // skip to the parenthetical's closing comma
            match (e + 1..(e + 16).min(n)).find(|&k| sent.word(k) == ",") {
                Some(c) => {
                    e = c + 1;
                    continue;
                }
                None => return (e, None, np_end),
            }
        }
        if matches!(ew, "," | ";" | "." | "“" | "\"" | ":") {
            break;
        }
        e += 1;
    }
    (e, None, np_end)
}

/// Whether the tokens at `k` say the name just before is not a real one:
/// "(name changed)", ", not his real name,", ", a pseudonym", ", whose name has been changed",
/// ", who asked that his real name not be used".
fn pseudonym_cue(sent: &Sent, k: usize) -> bool {
    if !matches!(sent.word(k), "(" | ",") {
        return false;
    }
    let words: Vec<&str> = (k + 1..(k + 14).min(sent.toks.len()))
        .map(|x| sent.word(x))
        .take_while(|w| !matches!(*w, ")" | "." | ";"))
        .collect();
    let joined = format!(" {} ", words.join(" "));
    let first_clause = joined.split(" , ").next().unwrap_or("");
    [
        "name changed",
        "names changed",
        "real name",
        "pseudonym",
        "name has been changed",
        "names have been changed",
        "name was changed",
        "not his name",
        "not her name",
        "alias",
    ]
    .iter()
    .any(|cue| first_clause.contains(cue))
        && !first_clause.contains(" known by his real name")
}

/// Words that with an organisation head make only a generic name ("Armed Forces").
const GENERIC_ORG_WORDS: &[&str] = &[
    "armed", "national", "security", "special", "central", "supreme", "general", "high", "joint",
    "federal", "state", "military", "defence", "defense", "foreign", "interior", "health", "the",
];

/// Head nouns by which "the …" refers back to the armed group last named ("the group",
/// "the network", "the terrorist organization").
const GROUP_ANAPHORS: &[&str] = &[
    "group",
    "movement",
    "organization",
    "organisation",
    "militia",
    "network",
    "gang",
    "cartel",
];

/// The knowledge base's kingdoms, which "the kingdom" may refer back to.
const KINGDOMS: &[&str] = &[
    "bahrain",
    "belgium",
    "bhutan",
    "cambodia",
    "denmark",
    "eswatini",
    "jordan",
    "lesotho",
    "morocco",
    "netherlands",
    "norway",
    "saudi-arabia",
    "spain",
    "sweden",
    "thailand",
    "tonga",
    "uk",
];

/// Heads that with a demonym name a collective of the country, not its state.
const NONSTATE_HEADS: &[&str] = &[
    "armed groups",
    "militias",
    "rebel groups",
    "rebels",
    "insurgents",
    "opposition groups",
    "tribesmen",
];

/// Heads that after "<state>'s" name one of its organs ("Congo's army").
const ORGAN_HEADS: &[&str] = &[
    "army",
    "military",
    "armed forces",
    "navy",
    "air force",
    "police",
    "intelligence",
    "forces",
    "troops",
    "soldiers",
    "coast guard",
    "junta",
    "military junta",
];

/// Heads that with "anti-X" name a collective by what it opposes ("anti-Taliban figures").
const ANTI_HEADS: &[&str] = &[
    "figures",
    "groups",
    "forces",
    "militias",
    "militia",
    "fighters",
    "factions",
    "protesters",
    "rebels",
    "leaders",
    "politicians",
    "activists",
    "coalition",
    "alliance",
    "front",
    "militants",
    "tribes",
    "commanders",
    "parties",
    "movement",
    "movements",
    "insurgents",
];

/// Knowledge-base names that are also the names of other states' bodies ("Russia's
/// Security Council"): taken only where nothing names another owner.
const GENERIC_BODY_NAMES: &[&str] = &["security council"];

/// An "it" that stands for no one: the parser's expletive, or "it is / would be ADJ or
/// NOUN" before the "for … to", "to" or "that" clause it stands in for ("It would be
/// dangerous for Russia to arm …", "it is a very dangerous game for Iran … to …", "it is
/// likely that …").
fn expletive_it(sent: &Sent, i: usize) -> bool {
    // (but not the subject of a verb with an object and no clause for "it" to stand in
    // for, which the parser misread: "denied that it took part in any attack")
    if sent.syn.deprel(i) == "expl" {
        let p = &sent.syn;
        let acts = p.head(i).is_some_and(|h| {
            p.children(h).any(|c| p.deprel(c) == "obj")
                && !p
                    .children(h)
                    .any(|c| matches!(p.deprel(c), "ccomp" | "xcomp" | "csubj" | "advcl"))
        });
        return !acts;
    }
    let n = sent.toks.len();
    let mut k = i + 1;
    let mut copula = false;
    while k < n
        && matches!(
            sent.word(k),
            "is" | "was"
                | "'s"
                | "be"
                | "been"
                | "would"
                | "will"
                | "could"
                | "may"
                | "might"
                | "seems"
                | "seemed"
                | "appears"
                | "appeared"
                | "remains"
                | "remained"
                | "not"
        )
    {
        copula |= !matches!(
            sent.word(k),
            "would" | "will" | "could" | "may" | "might" | "not"
        );
        k += 1;
    }
    if !copula {
        return false;
    }
    // the predicate: up to five words of a noun phrase or an adjective
    (k..(k + 6).min(n)).any(|x| {
        matches!(sent.word(x), "for" | "to" | "that")
            && x > k
            && (k..x).all(|y| {
                !sent.toks[y].cap
                    && sent.toks[y].kind == rapport_text::TokKind::Word
                    && !matches!(sent.syn.upos(y), "VERB" | "PRON" | "ADP")
            })
            && matches!(sent.syn.upos(x - 1), "ADJ" | "NOUN")
    })
}

/// Words that end no description of an unnamed source: auxiliaries, relatives and
/// adverbs after its head ("Officials in Tehran have", "sources who").
fn trails_description(w: &str) -> bool {
    matches!(
        w,
        "," | "who" | "that" | "have" | "has" | "had" | "were" | "was" | "are" | "is" | "also"
    ) || w.ends_with("ly")
}

/// Verbs and nouns that judge or punish someone for a deed of theirs.
const JUDGING: &[&str] = &[
    "sanction",
    "punish",
    "criticize",
    "criticise",
    "condemn",
    "blame",
    "praise",
    "thank",
    "fine",
    "penalize",
    "penalise",
    "reward",
    "rebuke",
    "censure",
    "chastise",
    "denounce",
    "slam",
    "fault",
    "commend",
    "threaten",
    "warn",
    "protest",
    "summon",
    "expel",
    "retaliate",
    "countermeasure",
];

/// Whether a mention's words end in a plural noun for people ("Analysts", "three
/// residents"): the plural of a noun of [`crate::words::PERSON_NOUNS`].
fn plural_people(surface: &str) -> bool {
    let last = surface
        .split_whitespace()
        .last()
        .unwrap_or("")
        .to_lowercase();
    let nouns = crate::words::PERSON_NOUNS;
    nouns.contains(&last.as_str())
        && (last
            .strip_suffix('s')
            .is_some_and(|one| nouns.contains(&one))
            || last
                .strip_suffix("es")
                .is_some_and(|one| nouns.contains(&one)))
}

/// Unnamed collectives that are actors when reporting names them.
pub(crate) const COLLECTIVES: &[&str] = &[
    "civilians",
    "smugglers",
    "residents",
    "villagers",
    "protesters",
    "protestors",
    "demonstrators",
    "refugees",
    "worshippers",
    "worshipers",
    "contractors",
    "tribesmen",
    "pilgrims",
    "rights groups",
    "aid workers",
    "peacekeepers",
    "mercenaries",
    "settlers",
    "migrants",
    "detainees",
    "prisoners",
    "hostages",
    "students",
];

/// Plural nouns for armed men that, described, make a collective of their own
/// (`Actors::armed_collectives`).
const ARMED_COLLECTIVES: &[&str] = &[
    "militants",
    "gunmen",
    "insurgents",
    "separatists",
    "jihadists",
    "extremists",
    "rebels",
    "bandits",
    "attackers",
    "assailants",
    "kidnappers",
    "pirates",
    "fighters",
    "militiamen",
    "militia",
    "militias",
];

/// Modifiers of such a noun that say nothing of who the men are.
const NON_IDENTITY: &[&str] = &[
    "unidentified",
    "unknown",
    "armed",
    "heavily",
    "masked",
    "suspected",
    "alleged",
    "local",
    "several",
    "other",
    "more",
    "some",
    "many",
    "dozens",
    "rival",
    "various",
    "different",
    "opposing",
    "competing",
    "numerous",
    "small",
    "smaller",
    "large",
    "new",
    "young",
    "wounded",
    "injured",
    "dead",
    "captured",
    "surviving",
    "remaining",
    "former",
    "retreating",
    "fleeing",
    "trained",
    "best",
    "top",
    "senior",
    "veteran",
    "experienced",
    "hardened",
    "hardline",
    "hard-line",
];

/// Places that belong to a state: "the Saudi city of Jizan".
const SETTLEMENTS: &[&str] = &[
    "city", "town", "village", "port", "capital", "province", "region", "district", "enclave",
];

/// Nouns of places and of events held at them, after a name that is then the place's
/// ("the Crocus City Hall concert venue", "the Al-Shifa hospital", "the Nova music
/// festival").
const VENUE_NOUNS: &[&str] = &[
    "venue",
    "concert",
    "festival",
    "hospital",
    "hotel",
    "mall",
    "stadium",
    "mosque",
    "church",
    "synagogue",
    "shrine",
    "temple",
    "market",
    "marketplace",
    "theatre",
    "theater",
    "cinema",
    "arena",
    "restaurant",
    "nightclub",
    "refinery",
    "dam",
    "bridge",
];

/// Equipment nouns after a make's name: "an MQ-9 Reaper drone".
const EQUIPMENT: &[&str] = &[
    "drone",
    "drones",
    "jet",
    "jets",
    "aircraft",
    "helicopter",
    "helicopters",
    "missile",
    "missiles",
    "rocket",
    "rockets",
    "tank",
    "tanks",
    "system",
    "systems",
    "rifle",
    "rifles",
    "launcher",
    "launchers",
    "warship",
    "frigate",
    "submarine",
];

/// Parts of a city: "Beirut's southern suburbs".
/// Whether byte `at` lies inside a quotation opened earlier on its line (paragraph).
fn inside_quote(text: &str, at: usize) -> bool {
    let line = &text[text[..at].rfind('\n').map_or(0, |k| k + 1)..at];
    let curly = line.matches('“').count() > line.matches('”').count();
    curly || line.matches('"').count() % 2 == 1
}

/// Whether a name follows the title ending at token `h`, right after it or after a
/// comma ("Iran's foreign minister Abbas Araghchi", "the Colombian president, Gustavo
/// Petro,"): the title is then that name's, not a description of its own.
fn name_follows(sent: &Sent, h: usize) -> bool {
    let name_at = |k: usize| {
        sent.toks.get(k).is_some_and(|t| {
            t.cap && t.kind == rapport_text::TokKind::Word && !SPEECH.contains(&t.lower.as_str())
        })
    };
    name_at(h + 1) || (sent.word(h + 1) == "," && name_at(h + 2))
}

/// Whether the document names someone by this title ("foreign minister Amir Khan
/// Muttaqi"): the title's unnamed mentions are then that person's, not another's.
fn titled_name_in(text: &str, lower: &str, title: &str) -> bool {
    let mut from = 0;
    while let Some(k) = lower[from..].find(title) {
        let end = from + k + title.len();
        // (a lowercase form of another byte length leaves `end` off the text's bounds:
        // `get` then finds no name)
        if text
            .get(end..)
            .and_then(|r| r.strip_prefix(' '))
            .is_some_and(|r| r.starts_with(|c: char| c.is_uppercase()))
        {
            return true;
        }
        from = end;
    }
    false
}

/// Offices whose unnamed holder is a person of their state or group ("Iran's deputy
/// foreign minister"); heads of state and government are not here, nor are envoys and
/// ambassadors, who stand for their state ("expelled the French ambassador").
const OFFICE_HEADS: &[&str] = &[
    "minister",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "negotiator",
    "governor",
    "adviser",
    "advisor",
    "representative",
    "commander",
];

/// Lemmas of acts of force whose object may be a place ("shelled Kharkiv").
const FORCE_LEMMAS: &[&str] = &[
    "attack",
    "assault",
    "raid",
    "storm",
    "overrun",
    "besiege",
    "shell",
    "bomb",
    "bombard",
    "strike",
    "hit",
    "capture",
    "seize",
    "retake",
    "recapture",
    "pound",
    "target",
    "encircle",
    "surround",
    "occupy",
];

/// Offices that describe one person of a state or group ("the Colombian president",
/// "Iran's foreign minister").
const PERSON_OFFICES: &[&str] = &[
    "president",
    "leader",
    "premier",
    "chancellor",
    "king",
    "emir",
    "monarch",
    "sultan",
    "prince",
    "ruler",
    "strongman",
    "minister",
    "spokesman",
    "spokeswoman",
    "commander",
];

/// Words before an office's head ("deputy information minister").
const OFFICE_MODS: &[&str] = &[
    "deputy",
    "vice",
    "foreign",
    "defense",
    "defence",
    "interior",
    "information",
    "finance",
    "intelligence",
    "oil",
    "energy",
    "economy",
    "justice",
    "health",
    "trade",
    "security",
    "national",
    "military",
    "top",
    "chief",
    "senior",
    "former",
    "acting",
    "new",
    "special",
    "political",
    "main",
    "lead",
    "religious",
    "education",
];

/// Last words of the names of texts agreed, signed or enacted ("the Indus Waters
/// Treaty", "the Abraham Accords", "the Patriot Act"); not "pact", which also names
/// alliances ("the Warsaw Pact").
const DOCUMENT_HEADS: &[&str] = &[
    "treaty",
    "treaties",
    "agreement",
    "agreements",
    "accord",
    "accords",
    "convention",
    "protocol",
    "charter",
    "act",
    "memorandum",
    "initiative",
    "doctrine",
    "resolution",
    "declaration",
    "plan",
];

/// Nouns of events named by where they happened ("the Sanaa strikes").
const EVENT_NOUNS: &[&str] = &[
    "strike",
    "strikes",
    "attack",
    "attacks",
    "bombing",
    "bombings",
    "blast",
    "blasts",
    "explosion",
    "raid",
    "raids",
    "massacre",
    "siege",
    "talks",
    "summit",
    "meeting",
    "conference",
    "process",
    "accord",
    "accords",
    "agreement",
    "declaration",
    "format",
];

const CITY_PARTS: &[&str] = &[
    "suburbs",
    "suburb",
    "outskirts",
    "streets",
    "neighbourhood",
    "neighbourhoods",
    "neighborhood",
    "neighborhoods",
    "centre",
    "center",
    "downtown",
    "port",
];

/// Compass adjectives before a demonym: "the northern Israeli town of Metula".
const DIRECTIONS: &[&str] = &[
    "northern",
    "southern",
    "eastern",
    "western",
    "northeastern",
    "northwestern",
    "southeastern",
    "southwestern",
    "central",
    "border",
    "frontline",
    "coastal",
];

/// Head nouns too generic to stand for the actor whose name ends in them.
const GENERIC_HEADS: &[&str] = &[
    "state",
    "states",
    "republic",
    "kingdom",
    "union",
    "nations",
    "emirates",
    "islands",
    "people",
    "government",
    "country",
    "city",
    "forces",
    "group",
];

const BODY_HEADS: &[&str] = &[
    "council",
    "commission",
    "committee",
    "office",
    "shura",
    "bureau",
    "wing",
    "cell",
];

fn strip_article(s: &str) -> String {
    for a in ["a ", "an ", "A ", "An ", "the ", "The ", "one ", "One "] {
        if let Some(r) = s.strip_prefix(a) {
            return r.to_string();
        }
    }
    s.to_string()
}

/// The kind of organisation an apposition after a name (at token `j`) calls it: ", a
/// private security firm", ", the Turkish drone maker", ", an elite brigade of the
/// army". The apposition's head is its last noun before a preposition, verb, pronoun,
/// conjunction or punctuation, past possessors ("the group's leader" is a person).
fn apposed_kind(sent: &Sent, j: usize) -> Option<ActorKind> {
    let n = sent.toks.len();
    if sent.word(j) != "," || !matches!(sent.word(j + 1), "a" | "an" | "the") {
        return None;
    }
    let mut head = None;
    let mut k = j + 2;
    while k < n && k < j + 9 {
        let w = sent.word(k);
        if matches!(w, "'s" | "’s" | "'" | "’") {
            head = None;
        } else if sent.syn.upos(k) == "NOUN" && !sent.toks[k].cap {
            head = Some(k);
        } else if !matches!(sent.syn.upos(k), "ADJ" | "ADV" | "NUM" | "PROPN" | "DET") || w == "," {
            break;
        }
        k += 1;
    }
    let w = sent.word(head?);
    org_head(w).or(match w {
        "firm" | "maker" | "manufacturer" | "contractor" | "conglomerate" | "charity"
        | "broadcaster" | "newspaper" | "outlet" | "airline" | "carrier" | "insurer" | "lender"
        | "operator" | "supplier" | "producer" | "startup" | "subsidiary" => {
            Some(ActorKind::Organization)
        }
        "faction" | "offshoot" | "splinter" | "insurgency" => Some(ActorKind::ArmedGroup),
        _ => None,
    })
}

/// Whether the apposition after a name (`j` is the comma) calls it a ship: "the Galaxy
/// Leader, a car carrier linked to …", "the Sounion, a Greek-flagged oil tanker".
fn apposed_vessel(sent: &Sent, j: usize) -> bool {
    if sent.word(j) != "," || !matches!(sent.word(j + 1), "a" | "an" | "the") {
        return false;
    }
    let n = sent.toks.len();
    let mut k = j + 2;
    while k < n && k < j + 8 && !matches!(sent.word(k), "," | "." | ";") {
        let w = sent.word(k);
        let vessel = matches!(
            w,
            "tanker"
                | "ship"
                | "vessel"
                | "freighter"
                | "frigate"
                | "destroyer"
                | "warship"
                | "submarine"
                | "trawler"
                | "dhow"
                | "yacht"
                | "ferry"
                | "containership"
                | "corvette"
        ) || (w == "carrier"
            && k > 0
            && matches!(
                sent.word(k - 1),
                "car" | "bulk" | "aircraft" | "lng" | "vehicle"
            ));
        if vessel {
            return true;
        }
        if !matches!(
            sent.syn.upos(k),
            "ADJ" | "NOUN" | "PROPN" | "NUM" | "PUNCT" | "DET"
        ) && sent.syn.xpos.get(k).is_none_or(|x| x != "VBN")
        {
            return false;
        }
        k += 1;
    }
    false
}

fn org_head(w: &str) -> Option<ActorKind> {
    ORG_HEADS
        .iter()
        .find(|(h, _)| *h == w)
        .and_then(|(_, k)| k.parse().ok())
}

fn is_name_word(sent: &Sent, i: usize) -> bool {
    let t = &sent.toks[i];
    // "al-Zawahiri", "bin-Laden": a particle joined to a capitalised name
    if i > 0 && sent.toks[i - 1].cap {
        for p in [
            "al-", "el-", "ul-", "ud-", "bin-", "ibn-", "abu-", "ad-", "as-", "ash-", "an-", "ar-",
            "at-", "az-",
        ] {
            if t.lower.starts_with(p) && t.span.len() > p.len() + 1 {
                return true;
            }
        }
    }
    t.cap
        && t.kind == rapport_text::TokKind::Word
        && !NOT_NAME.contains(&t.lower.as_str())
        && !t.lower.starts_with('@')
        && t.lower.chars().any(|c| c.is_alphabetic())
}

/// The recognizer's entity type for tokens `s..j`: the type of entities covering more
/// than half of them.
fn recognized(sent: &Sent, s: usize, j: usize) -> Option<&str> {
    sent.syn
        .entities
        .iter()
        .map(|(a, b, l)| ((*b).min(j).saturating_sub((*a).max(s)), l.as_str()))
        .filter(|&(overlap, _)| 2 * overlap > j - s)
        .map(|(_, l)| l)
        .next()
}

fn all_caps_line(sent: &Sent, text: &str) -> bool {
    let s = sent.span.slice(text);
    let letters: Vec<char> = s.chars().filter(|c| c.is_alphabetic()).collect();
    letters.len() > 8 && letters.iter().all(|c| c.is_uppercase())
}

/// Lowercase words of a name without honorifics and titles.
pub fn name_words(name: &str) -> Vec<String> {
    name.split([' ', '-'])
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
                .replace('\u{2019}', "'")
        })
        .filter(|w| {
            !w.is_empty()
                && !HONORIFICS.contains(&w.as_str())
                && !TITLES.contains(&w.as_str())
                && !TITLES.contains(&format!("{w}.").as_str())
                && !PARTICLES.contains(&w.as_str())
        })
        .collect()
}
