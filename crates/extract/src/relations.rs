//! Standing relations read from titles, appositions and copulas:
//! LEADS / MEMBER_OF ("Taliban leader Mullah Omar", "Haji Mawin, a member of the
//! Taliban leadership council", "Haqqani is the deputy head of the Taliban") and
//! PART_OF from the knowledge base's parents named together in the text.

use crate::claims::{clause, is_modifier, Draft, OpenEnd};
use crate::doc::Sent;
use crate::mentions::{Actors, How, Mention};
use crate::treeargs::head_of;
use rapport_model::{ActorKind, ClaimType};

/// Modifiers of a role that hold it against a state rather than in it ("Venezuela's
/// opposition leader", "Syria's rebel commander"): such a role is no LEADS or MEMBER_OF
/// of the state.
const OPPOSING_ROLE_MODS: &[&str] = &[
    "opposition",
    "rebel",
    "insurgent",
    "separatist",
    "dissident",
    "exiled",
    "protest",
];

const LEAD_ROLES: &[&str] = &[
    "leader",
    "head",
    "chief",
    "founder",
    "co-founder",
    "cofounder",
    "chairman",
    "president",
    "emir",
    "amir",
    "ruler",
    "director",
    "premier",
    "king",
    "boss",
    "commander-in-chief",
    "leadership",
    "chairperson",
    "chair",
    "secretary-general",
];
const MEMBER_ROLES: &[&str] = &[
    "member",
    "secretary",
    "representative",
    "envoy",
    "commander",
    "official",
    "fighter",
    "figure",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "adviser",
    "advisor",
    "analyst",
    "envoy",
    "representative",
    "negotiator",
    "ambassador",
    "diplomat",
    "operative",
    "minister",
    "officer",
    "soldier",
    "general",
    "cleric",
    "militant",
    "correspondent",
    "reporter",
    "editor",
    "researcher",
    "ideologue",
    "strategist",
    "loyalist",
    "confidant",
    "prince",
    "princess",
    "governor",
    "mayor",
    "senator",
    "lawmaker",
    "legislator",
    "coordinator",
    "pilot",
    "sniper",
    "gunner",
    "medic",
    "recruit",
    "volunteer",
    "bodyguard",
    "guerrilla",
    "rebel",
    "insurgent",
    "jihadist",
    "financier",
    "recruiter",
    "instructor",
    "vice-president",
    "vice-chairman",
    // ("his Taliban counterpart, Amir Khan Muttaqi": the other side's holder of the same office)
    "counterpart",
];
/// Verbs that call their object something ("described JNIM as al-Qaeda's branch",
/// "calls the ADF the Islamic State's branch").
const NAMING_LEMMAS: &[&str] = &[
    "describe", "call", "label", "brand", "consider", "regard", "term",
];
const PART_NOUNS: &[&str] = &[
    "brigade",
    "battalion",
    "regiment",
    "faction",
    "branch",
    "arm",
    "wing",
    "affiliate",
    "unit",
    "division",
    "offshoot",
    "component",
    "subsidiary",
    "chapter",
    "province",
    "splinter",
    "franchise",
    "body",
    "organ",
    "panel",
    "committee",
    "council",
];
/// Nouns of a body of experts or members an organisation sets up ("panel of experts").
const PANEL_NOUNS: &[&str] = &[
    "panel",
    "group",
    "team",
    "committee",
    "mission",
    "commission",
];

const ROLE_MODS: &[&str] = &[
    "former",
    "current",
    "deputy",
    "senior",
    "military",
    "founding",
    "top",
    "key",
    "supreme",
    "political",
    "research",
    "chief",
    "foreign",
    "defence",
    "defense",
    "interior",
    "finance",
    "intelligence",
    "field",
    "prime",
    "acting",
    "late",
    "new",
    "then",
    "de",
    "facto",
    "operational",
    "overall",
    "second-in-command",
    "powerful",
    "influential",
    "veteran",
    "prominent",
    "local",
    "regional",
    "provincial",
    "spiritual",
    "a",
    "an",
    "the",
    "one",
    "of",
    "'s",
];

fn org_like(a: &crate::mentions::DocActor) -> bool {
    !matches!(a.kind, ActorKind::Person | ActorKind::Group) && !a.anonymous
}

/// Roles whose "for", "to" or "in" phrase names where they are posted ("the US envoy for
/// Afghanistan", "the British ambassador in Kabul").
const DIPLOMATS: &[&str] = &[
    "envoy",
    "ambassador",
    "representative",
    "emissary",
    "consul",
    "attaché",
    "attache",
    "chargé",
];

/// Whether a word is a title that leads or belongs to an organisation ("governor",
/// "commander", "leader").
pub fn is_role_word(w: &str) -> bool {
    LEAD_ROLES.contains(&w) || MEMBER_ROLES.contains(&w)
}

fn role_at(sent: &Sent, k: usize) -> Option<(ClaimType, usize)> {
    let w = sent.word(k);
    // "US fighter jets": a role word that modifies another noun is no role
    if sent.syn.deprel(k) == "compound" {
        return None;
    }
    // "chief spokesman", "deputy head": the last role noun of a run is the head
    let next = sent.word(k + 1);
    if (LEAD_ROLES.contains(&w) || MEMBER_ROLES.contains(&w))
        && (LEAD_ROLES.contains(&next) || MEMBER_ROLES.contains(&next))
    {
        return None;
    }
    // "Hezbollah's chief of staff": a senior member, not the head
    if w == "chief" && next == "of" && sent.word(k + 2) == "staff" {
        return Some((ClaimType::MemberOf, k));
    }
    // "the secretary of Iran's Supreme National Security Council", "Security Council
    // secretary Sergei Shoigu": a security council's secretary runs it (its chair is the
    // head of state)
    if w == "secretary"
        && ((next == "of"
            && (k + 2..(k + 9).min(sent.toks.len()))
                .take_while(|&x| !matches!(sent.word(x), "," | ";" | "." | "and"))
                .any(|x| sent.word(x) == "council" && sent.toks[x].cap))
            || (k > 0 && sent.word(k - 1) == "council" && sent.toks[k - 1].cap))
    {
        return Some((ClaimType::Leads, k));
    }
    // "its chief justice", "the chief prosecutor": "chief" on a noun of office is one
    // senior holder of that office, not the head (but "chief executive" is)
    if w == "chief"
        && next != "executive"
        && sent.syn.upos(k + 1) == "NOUN"
        && sent.toks.get(k + 1).is_some_and(|t| !t.cap)
    {
        return Some((ClaimType::MemberOf, k));
    }
    if LEAD_ROLES.contains(&w) || (w == "minister" && k > 0 && sent.word(k - 1) == "prime") {
        return Some((ClaimType::Leads, k));
    }
    // "supreme commander", "top commander": the head; so is "became commander of",
    // "the commander of" (one commander of a force, not "a commander")
    if w == "commander"
        && k > 0
        && (matches!(
            sent.word(k - 1),
            "supreme" | "top" | "overall" | "chief" | "military" | "deputy"
        ) || (matches!(
            sent.word(k - 1),
            "the" | "became" | "becomes" | "as" | "named" | "appointed"
        ) && sent.word(k + 1) == "of")
            // ("its commander, Muhoozi Kainerugaba": a force's one commander)
            || (matches!(sent.word(k - 1), "its" | "their") && sent.word(k + 1) == ","))
    {
        return Some((ClaimType::Leads, k));
    }
    // ("Hemedti, the RSF commander, …": a name's apposition naming the force's one
    // commander, as "the commander of the RSF" does)
    if w == "commander" && matches!(next, "," | "." | ";" | "") {
        let mut j = k;
        while j > 0 && sent.toks[j - 1].cap {
            j -= 1;
        }
        if j < k && j >= 2 && sent.word(j - 1) == "the" && sent.word(j - 2) == "," {
            return Some((ClaimType::Leads, k));
        }
    }
    // "the coordinator of the Alliance Fleuve Congo", "its general coordinator": the
    // head of a movement or coalition that names its leader so
    if w == "coordinator"
        && k > 0
        && (matches!(
            sent.word(k - 1),
            "general" | "national" | "overall" | "chief"
        ) || (matches!(
            sent.word(k - 1),
            "the" | "became" | "becomes" | "as" | "named" | "appointed"
        ) && sent.word(k + 1) == "of"))
    {
        return Some((ClaimType::Leads, k));
    }
    // "one of its senior officers": one of many holders of the role
    let one_of = || {
        w.strip_suffix('s')
            .is_some_and(|one| MEMBER_ROLES.contains(&one) || LEAD_ROLES.contains(&one))
            && (k.saturating_sub(5)..k).any(|x| sent.word(x) == "one" && sent.word(x + 1) == "of")
    };
    if MEMBER_ROLES.contains(&w) || w == "members" || w == "commanders" || one_of() {
        // "military chief" is LEADS; "chief" alone handled above
        return Some((ClaimType::MemberOf, k));
    }
    None
}

fn role_text(sent: &Sent, text: &str, from: usize, head: usize, org: &Mention) -> String {
    let mut s = from;
    while s < head
        && (matches!(
            sent.word(s),
            "a" | "an"
                | "the"
                | "one"
                | "of"
                | "'s"
                | "former"
                | "current"
                | "late"
                | "then"
                | "new"
                | "key"
                | ")"
                | "group"
        ) || (org.t0 <= s && s < org.t1))
    {
        s += 1;
    }
    let words: Vec<&str> = (s..=head)
        .filter(|k| !(org.t0 <= *k && *k < org.t1))
        .map(|k| sent.toks[k].span.slice(text))
        .collect();
    words.join(" ").to_lowercase()
}

/// LEADS / MEMBER_OF / PART_OF of one sentence.
pub fn relations(sent: &Sent, text: &str, actors: &Actors) -> Vec<Draft> {
    let ments: Vec<&Mention> = actors
        .of_sentence(sent.idx)
        .into_iter()
        .filter(|m| !m.nested || matches!(m.how, How::Kb(_) | How::Adjective))
        .collect();
    let n = sent.toks.len();
    let mut out = Vec::new();
    let mut push = |ty: ClaimType,
                    person: usize,
                    org: usize,
                    role: String,
                    t: usize,
                    rule: &'static str,
                    open: Option<OpenEnd>| {
        if person == org {
            return;
        }
        out.push(Draft {
            role: (!role.is_empty()).then_some(role),
            open,
            ..structural(sent, ty, person, org, t, 0.7, rule)
        });
    };
    let all = actors.of_sentence(sent.idx);
    for (mi, m) in ments.iter().enumerate() {
        let a = &actors.list[m.actor];
        // an unnamed person described by an office of a named organisation: "Saudi
        // Arabia's deputy defense minister", "a senior Taliban commander in Herat"
        // (and a named person's description by office: "accusing the Colombian
        // president of …" after "Gustavo Petro")
        let described = actors.described.contains(&(sent.idx, m.t0));
        if (actors.offices.contains(&m.actor) || described) && m.how == How::Description {
            let office = all
                .iter()
                .filter(|o| o.t0 >= m.t0 && o.t1 < m.t1 && org_like(&actors.list[o.actor]))
                .find_map(|o| {
                    (o.t1..m.t1)
                        .take_while(|&x| {
                            !crate::words::is_prep(sent.word(x)) && sent.word(x) != ","
                        })
                        .find_map(|x| role_at(sent, x))
                        .map(|role| (o, role))
                });
            if let Some((o, (ty, h))) = office {
                push(
                    ty,
                    m.actor,
                    o.actor,
                    role_text(sent, text, o.t1, h, o),
                    h,
                    if described {
                        "office of a named person"
                    } else {
                        "unnamed office holder"
                    },
                    None,
                );
            }
            continue;
        }
        if a.kind == ActorKind::Person
            && !a.anonymous
            && !matches!(m.how, How::Pronoun | How::Relative)
        {
            // PERSON, a/the … ROLE (of|in|with) ORG   or   PERSON, a … ORG ROLE
            // PERSON is the … ROLE of ORG
            let mut next_from: Option<usize> = None;
            let mut from = m.t1;
            loop {
                let mut k = from;
                if sent.word(k) == "(" {
                    while k < n && sent.word(k) != ")" {
                        k += 1;
                    }
                    k += 1;
                }
                // "is", "has long been", "was also", "became"
                let adverb = |w: &str| {
                    matches!(w, "long" | "also" | "now" | "still" | "once" | "already")
                        || (w.len() > 4 && w.ends_with("ly"))
                };
                let mut copula =
                    matches!(sent.word(k), "is" | "was" | "became" | "remains" | "served");
                if matches!(sent.word(k), "has" | "had" | "have") || copula {
                    let mut j = k + 1;
                    while j < n && adverb(sent.word(j)) {
                        j += 1;
                    }
                    if copula {
                        k = j - 1;
                    } else if sent.word(j) == "been" {
                        copula = true;
                        k = j;
                    }
                }
                // an apposition starts with a determiner or a modifier, not a name
                // (or with a demonym or possessor before its role: "X, British ambassador in
                // Kabul,", "X, Russia's envoy for Afghanistan,")
                let demonym_role = ments.iter().any(|o| {
                    o.t0 == k + 1
                        && (matches!(o.how, How::Adjective)
                            || sent.word(o.t1) == "'s"
                            // ("Mullah Rauf Khadim, ISIS emir of Helmand,")
                            || (org_like(&actors.list[o.actor])
                                && role_at(sent, o.t1).is_some()
                                && sent.toks.get(o.t1).is_some_and(|t| !t.cap || sent.word(o.t1 + 1) == "of")))
                        && (o.t1..o.t1 + 6).any(|x| role_at(sent, x).is_some())
                });
                let appos = sent.word(k) == ","
                    && (sent.toks.get(k + 1).is_some_and(|t| !t.cap) || demonym_role);
                if copula || appos {
                    let start = k + 1;
                    let mut e = start;
                    while e < n
                        && e < start + 18
                        && !matches!(
                            sent.word(e),
                            "," | "." | ";" | "who" | "which" | "while" | "told" | "said" | "says"
                        )
                        && !(sent.word(e) == "and"
                            && role_at(sent, e + 1).is_none()
                            && role_at(sent, e + 2).is_none()
                            // ("a son of Khalifa Haftar and a senior commander of …")
                            && !(is_det_word(sent.word(e + 1)) && role_at(sent, e + 3).is_some())
                            // ("the founder of Ansar Dine and now the leader of JNIM")
                            && !(matches!(
                                sent.word(e + 1),
                                "now" | "later" | "also" | "currently" | "since" | "then"
                            ) && (role_at(sent, e + 2).is_some()
                                || (is_det_word(sent.word(e + 2))
                                    && (role_at(sent, e + 3).is_some()
                                        || role_at(sent, e + 4).is_some())))))
                    {
                        e += 1;
                    }
                    let mut first_role: Option<usize> = None;
                    // the last role's organisation and head, which a role coordinated
                    // with it shares ("Saudi Arabia's crown prince and prime minister")
                    let mut last_org: Option<(&&Mention, usize)> = None;
                    for head in start..e {
                        let Some((ty, head)) = role_at(sent, head) else {
                            continue;
                        };
                        // a role inside the first one's "of" phrase is someone else's ("a
                        // special envoy of the US president")
                        if let Some(f) = first_role {
                            if (f..head).any(|x| sent.word(x) == "of")
                                && !(f..head).any(|x| sent.word(x) == "and")
                            {
                                continue;
                            }
                        }
                        first_role.get_or_insert(head);
                        // the copula's own predicate, not a role further on ("was received
                        // by Ugandan President X")
                        if copula
                            && (start..head).any(|x| {
                                (matches!(sent.syn.upos(x), "VERB" | "AUX")
                                    && !APPOINT_VERBS.contains(&sent.syn.lemma[x].as_str()))
                                    || sent.word(x) == "by"
                            })
                        {
                            break;
                        }
                        // org: after the head ("of the Taliban") or right before it ("Taliban military chief");
                        // a diplomat's "for", "to" or "in" names the posting, not the employer
                        let diplomat = DIPLOMATS.contains(&sent.word(head));
                        // (a known organisation right before the title outranks an unknown one
                        // in its "of" phrase, which names where: "ISIS emir of Khyber Agency")
                        let known_before = ments.iter().copied().find(|o| {
                            o.t0 >= start
                                && o.t1 == head
                                && org_like(&actors.list[o.actor])
                                && actors.list[o.actor].kb.is_some()
                                && actors.list[o.actor].kind != ActorKind::Country
                                && sent.word(head + 1) == "of"
                        });
                        let org = ments
                            .iter()
                            .find(|o| {
                                o.t0 > head
                                    && o.t0 <= head + 4
                                    && o.t1 <= e.max(head + 2)
                                    && (head + 1..o.t0).any(|x| match sent.word(x) {
                                        "of" | "with" | "at" => true,
                                        "in" | "for" => !diplomat,
                                        _ => false,
                                    })
                                    && org_like(&actors.list[o.actor])
                                    && !(known_before.is_some()
                                        && actors.list[o.actor].kb.is_none())
                            })
                            .or_else(|| {
                                ments.iter().find(|o| {
                                    o.t0 >= start
                                        && o.t1 <= head
                                        && head - o.t1 <= 3
                                        && org_like(&actors.list[o.actor])
                                        // "a Kabul-based analyst" works in Kabul, not for it
                                        && !sent.word(o.t1 - 1).ends_with("-based")
                                })
                            });
                        let shared = last_org.filter(|&(_, h0)| {
                            (h0 + 1..head).any(|x| sent.word(x) == "and")
                                && (h0 + 1..head).all(|x| {
                                    !matches!(sent.word(x), "of" | "," | "in" | "for" | "at")
                                        && !ments.iter().any(|o| o.t0 <= x && x < o.t1)
                                })
                        });
                        let org = org.or(shared.map(|(o, _)| o));
                        if let Some(o) = org {
                            last_org = Some((o, head));
                            let ty = if ty == ClaimType::MemberOf
                                && matches!(
                                    sent.word(head.saturating_sub(1)),
                                    "military" | "spy" | "intelligence" | "army"
                                )
                                && sent.word(head) == "chief"
                            {
                                ClaimType::Leads
                            } else {
                                ty
                            };
                            let from = if o.t1 <= head { o.t0 } else { start };
                            push(
                                ty,
                                m.actor,
                                o.actor,
                                role_text(sent, text, from, head, o),
                                head,
                                if copula {
                                    "copula role"
                                } else {
                                    "apposition role"
                                },
                                None,
                            );
                        }
                    }
                    // "X, the secretary-general of the Badr Organization, is a former
                    // Iraqi transport minister": a copula after the apposition
                    if appos && sent.word(e) == "," && next_from.is_none() && e > from {
                        next_from = Some(e + 1);
                    }
                }
                match next_from.take() {
                    Some(f) if f > from => from = f,
                    _ => break,
                }
            }
            // ORG ['s] … ROLE [,] PERSON   ("Taliban leader Mullah Omar", "IS group's leader, Abu Bakr …")
            let mut k = m.t0;
            if k > 0 && sent.word(k - 1) == "," {
                k -= 1;
            }
            // a title phrase right before the name ("Secretary of State", "foreign minister")
            let phrase = (1..=5).filter(|&len| len <= k).find(|&len| {
                let words: Vec<&str> = (k - len..k).map(|x| sent.word(x)).collect();
                crate::words::title_phrase_at(&words) == Some(len)
            });
            if let Some(len) = phrase {
                let h = k - len;
                let ty = if matches!(sent.word(h), "supreme" | "prime" | "army" | "spy" | "chief")
                    && !sent.word(h + 1).contains("minister")
                    || sent.word(h + 1) == "leader"
                {
                    ClaimType::Leads
                } else {
                    ClaimType::MemberOf
                };
                let ty = if sent.word(h) == "prime" {
                    ClaimType::Leads
                } else {
                    ty
                };
                if let Some(o) = ments[..mi].iter().rev().find(|o| {
                    o.t1 <= h
                        && h - o.t1 <= 3
                        && org_like(&actors.list[o.actor])
                        && (o.t1..h).all(|x| ROLE_MODS.contains(&sent.word(x)))
                }) {
                    let role: Vec<&str> = (h..k).map(|x| sent.toks[x].span.slice(text)).collect();
                    push(
                        ty,
                        m.actor,
                        o.actor,
                        role.join(" ").to_lowercase(),
                        h,
                        "title before name",
                        None,
                    );
                }
            } else if k > 0 {
                if let Some((ty, h)) = role_at(sent, k - 1) {
                    // (a possessor may have any adjectives before its role: "their
                    // elusive, supreme commander Mullah Omar")
                    let possessor = |o: &Mention| {
                        matches!(sent.word(o.t0), "their" | "its") || sent.word(o.t1) == "'s"
                    };
                    let adjective = |x: usize| {
                        let w = sent.word(x);
                        (w == "," && x + 1 < h)
                            || (!sent.toks[x].cap
                                && sent.toks[x].kind == rapport_text::TokKind::Word
                                && !crate::words::is_prep(w)
                                && !matches!(
                                    sent.syn.upos(x),
                                    "VERB" | "AUX" | "ADP" | "PRON" | "CCONJ" | "SCONJ" | "DET"
                                ))
                    };
                    // ("Venezuela's opposition leader", "Syria's rebel commander": a role
                    // against the state, not in it)
                    let against_state = |o: &Mention| {
                        actors.list[o.actor].kind == ActorKind::Country
                            && (o.t1..h).any(|x| OPPOSING_ROLE_MODS.contains(&sent.word(x)))
                    };
                    let org = ments[..mi].iter().rev().find(|o| {
                        o.t1 <= h
                            && h - o.t1 <= 4
                            && org_like(&actors.list[o.actor])
                            && !against_state(o)
                            && (o.t1..h).all(|x| {
                                ROLE_MODS.contains(&sent.word(x))
                                    || matches!(sent.word(x), ")" | "group" | "movement" | "'s")
                                    || (possessor(o) && adjective(x))
                            })
                    });
                    if let Some(o) = org {
                        push(
                            ty,
                            m.actor,
                            o.actor,
                            role_text(sent, text, o.t1, h, o),
                            h,
                            "title before name",
                            None,
                        );
                    } else if let Some(o) = whose_antecedent(sent, actors, &ments[..mi], h) {
                        // "the Houthis, whose leader Abdul-Malik al-Houthi …"
                        push(
                            ty,
                            m.actor,
                            o,
                            sent.word(h).to_string(),
                            h,
                            "whose role, name",
                            None,
                        );
                    }
                }
            }
        }
        // PART_OF: a body or organ named with its parent ("the Taliban leadership council")
        // (a state's own organs are not annotated as parts: "Iran's IRGC" says nothing new)
        let parent_is_state = a.parent.as_ref().is_some_and(|p| {
            actors
                .list
                .iter()
                .any(|x| &x.id == p && x.kind == ActorKind::Country)
        });
        if a.kb.is_some()
            && matches!(a.kind, ActorKind::Body | ActorKind::ArmedGroup)
            && !parent_is_state
        {
            if let Some(pid) = &a.parent {
                let parent_named = ments.iter().any(|o| {
                    actors.list[o.actor].id == *pid
                        && (o.t1 == m.t0 || (o.t1 + 1 == m.t0 && sent.word(o.t1) == "'s"))
                }) || ((a.kind == ActorKind::ArmedGroup || introduced(sent, m))
                    // (an organisation's own organ named with it, "the UN Security
                    // Council", "the Taliban's political office" as one name, says
                    // nothing new either; a branch of an armed group does, and so does
                    // a description introducing a name: "the Taliban leadership
                    // council, known as the Quetta Shura")
                    && actors.list.iter().any(|p| {
                        p.id == *pid
                            && p.forms
                                .iter()
                                .any(|f| m.span.slice(text).contains(f.as_str()))
                    }));
                if parent_named {
                    if let Some(p) = actors.list.iter().position(|p| p.id == *pid) {
                        push(
                            ClaimType::PartOf,
                            m.actor,
                            p,
                            String::new(),
                            m.t0,
                            "part named with its whole",
                            None,
                        );
                    }
                }
            }
        } else if a.kb.is_none() && a.kind == ActorKind::Body {
            if let Some(pid) = &a.parent {
                if let Some(p) = actors.list.iter().position(|p| p.id == *pid) {
                    push(
                        ClaimType::PartOf,
                        m.actor,
                        p,
                        String::new(),
                        m.t0,
                        "body of an organisation",
                        None,
                    );
                }
            }
        }
        // "the UN Security Council's Group of Experts", "the Security Council's panel of
        // experts on Yemen": a body the text gives an organisation by its possessive is
        // part of it
        if a.kb.is_none()
            && matches!(
                a.kind,
                ActorKind::Organization | ActorKind::Body | ActorKind::Group
            )
        {
            let s0 = if m.t0 >= 2
                && sent.word(m.t0 - 1) == "of"
                && PANEL_NOUNS.contains(&sent.word(m.t0 - 2))
            {
                m.t0 - 2
            } else {
                m.t0
            };
            let named_body = PANEL_NOUNS.contains(&sent.word(s0))
                || (s0..m.t1).any(|k| PART_NOUNS.contains(&sent.word(k)));
            let owner = (s0 >= 2 && sent.word(s0 - 1) == "'s")
                .then(|| {
                    ments.iter().find(|o| {
                        o.t1 + 1 == s0
                            && o.actor != m.actor
                            && matches!(
                                actors.list[o.actor].kind,
                                ActorKind::Igo
                                    | ActorKind::Body
                                    | ActorKind::ArmedGroup
                                    | ActorKind::Organization
                            )
                    })
                })
                .flatten();
            if let (true, Some(o)) = (named_body, owner) {
                push(
                    ClaimType::PartOf,
                    m.actor,
                    o.actor,
                    String::new(),
                    m.t0,
                    "an organisation's own body",
                    None,
                );
            }
        }
        // "the United States' Syrian Kurdish allies": the allies and their patron
        if let Some(&(_, patron)) = actors.allies.iter().find(|(x, _)| *x == m.actor) {
            if m.t0 >= 2 && matches!(sent.word(m.t0 - 1), "'s" | "'") {
                push(
                    ClaimType::AlliedWith,
                    patron,
                    m.actor,
                    String::new(),
                    m.t1 - 1,
                    "an actor's allies",
                    None,
                );
            }
        }
        // "assumed the Taliban leadership", "resigned as head of …"
        if a.kind == ActorKind::Person {
            for k in m.t1..(m.t1 + 4).min(n) {
                let w = sent.word(k);
                let open = match w {
                    "assumed" | "took" | "became" | "succeeded" | "named" | "appointed"
                    | "elected" => Some(OpenEnd::Start),
                    "resigned" | "stepped" | "quit" => Some(OpenEnd::End),
                    _ => None,
                };
                // ("In a swipe at Mansur, Agha resigned": the verb is the next person's)
                let own = !(m.t1..k).any(|x| {
                    sent.word(x) == ","
                        || ments
                            .iter()
                            .any(|o| o.t0 == x && actors.list[o.actor].kind == ActorKind::Person)
                });
                if let (Some(open), true) = (open, own) {
                    let org = ments
                        .iter()
                        .find(|o| o.t0 > k && o.t0 <= k + 6 && org_like(&actors.list[o.actor]));
                    let lead_word = (k + 1..(k + 8).min(n)).find(|&x| {
                        matches!(
                            sent.word(x),
                            "leadership"
                                | "leader"
                                | "head"
                                | "chief"
                                | "helm"
                                | "command"
                                | "over"
                                | "president"
                        )
                    });
                    if let (Some(o), Some(h)) = (org, lead_word) {
                        let role = if sent.word(h) == "leadership"
                            || sent.word(h) == "helm"
                            || sent.word(h) == "over"
                        {
                            "leader".to_string()
                        } else {
                            sent.word(h).to_string()
                        };
                        push(
                            ClaimType::Leads,
                            m.actor,
                            o.actor,
                            role,
                            k,
                            "assumed or resigned",
                            Some(open),
                        );
                    }
                    break;
                }
            }
        }
    }
    // "President Bashar Assad of Syria", "Commander Mangal Bagh of Lashkar-e-Islam"
    for m in &ments {
        let a = &actors.list[m.actor];
        if a.kind != ActorKind::Person
            || a.anonymous
            || m.t0 == 0
            || matches!(m.how, How::Pronoun | How::Relative)
        {
            continue;
        }
        let title = sent.word(m.t0 - 1);
        let lead_title = matches!(
            title,
            "president"
                | "king"
                | "emir"
                | "amir"
                | "leader"
                | "commander"
                | "chairman"
                | "premier"
                | "chief"
                | "queen"
                | "sultan"
                | "ruler"
        );
        let member_title = matches!(
            title,
            "minister"
                | "general"
                | "spokesman"
                | "spokeswoman"
                | "ambassador"
                | "envoy"
                | "secretary"
                | "colonel"
                | "official"
        );
        if !(lead_title || member_title) {
            continue;
        }
        let ty = if lead_title {
            ClaimType::Leads
        } else {
            ClaimType::MemberOf
        };
        if sent.word(m.t1) == "of" {
            if let Some(o) = ments.iter().find(|o| {
                (o.t0 == m.t1 + 1 || (o.t0 == m.t1 + 2 && sent.word(m.t1 + 1) == "the"))
                    && org_like(&actors.list[o.actor])
            }) {
                push(
                    ty,
                    m.actor,
                    o.actor,
                    title.to_string(),
                    m.t0 - 1,
                    "title, name of organisation",
                    None,
                );
                continue;
            }
        }
        // a head of state named by title alone: the state the knowledge base says they lead
        if matches!(
            title,
            "president" | "king" | "emir" | "premier" | "queen" | "sultan"
        ) {
            if let Some(state) = actors.kb_led_state(m.actor) {
                let already = ments
                    .iter()
                    .any(|o| o.actor == state && o.t1 + 2 >= m.t0 && o.t1 <= m.t0);
                if !already {
                    push(
                        ClaimType::Leads,
                        m.actor,
                        state,
                        title.to_string(),
                        m.t0 - 1,
                        "head-of-state title (knowledge base)",
                        None,
                    );
                }
            }
        }
    }
    // "Soleimani, who headed the Quds Force"; "the group was led by X"
    for m in &ments {
        let a = &actors.list[m.actor];
        if a.kind != ActorKind::Person || a.anonymous {
            continue;
        }
        let mut k = m.t1;
        if sent.word(k) == "," {
            k += 1;
        }
        if matches!(sent.word(k), "who" | "which") {
            k += 1;
        }
        while matches!(
            sent.word(k),
            "has"
                | "had"
                | "have"
                | "long"
                | "once"
                | "also"
                | "then"
                | "later"
                | "formerly"
                | "previously"
        ) {
            k += 1;
        }
        let role = match sent.word(k) {
            "headed" | "heads" | "leads" | "led" | "commanded" | "commands" | "founded"
            | "co-founded" | "runs" | "ran" | "chairs" | "chaired" => {
                Some(if sent.word(k).contains("found") {
                    "founder"
                } else {
                    "head"
                })
            }
            _ => None,
        };
        if let Some(role) = role {
            if let Some(o) = ments.iter().find(|o| {
                o.t0 > k
                    && o.t0 <= k + 5
                    && org_like(&actors.list[o.actor])
                    && !is_modifier(sent, o, &ments)
                    && !(k + 1..o.t0).any(|x| matches!(sent.word(x), "," | "by" | "to" | "against"))
            }) {
                push(
                    ClaimType::Leads,
                    m.actor,
                    o.actor,
                    role.to_string(),
                    k,
                    "person led organisation",
                    None,
                );
            }
        }
    }
    for o in &ments {
        // "ORG was (being) led by PERSON"
        let k = o.t1;
        let led_at = (k..(k + 4).min(n)).find(|&x| {
            matches!(sent.word(x), "led" | "headed" | "commanded") && sent.word(x + 1) == "by"
        });
        if let (Some(x), true) = (led_at, org_like(&actors.list[o.actor])) {
            if (k..x).all(|y| {
                matches!(
                    sent.word(y),
                    "was" | "is" | "were" | "are" | "being" | "been" | "has" | "had" | "now" | ","
                )
            }) {
                if let Some(p) = ments
                    .iter()
                    .find(|p| p.t0 == x + 2 && actors.list[p.actor].kind == ActorKind::Person)
                {
                    push(
                        ClaimType::Leads,
                        p.actor,
                        o.actor,
                        "head".into(),
                        x,
                        "organisation led by person",
                        None,
                    );
                }
            }
        }
        // "ORG, a deadly faction of ORG2", "ORG – the overseas arm of ORG2"
        if org_like(&actors.list[o.actor]) && matches!(sent.word(k), "," | "–" | "—" | "-" | "(")
        {
            let e = (k + 1..(k + 10).min(n)).find(|&x| PART_NOUNS.contains(&sent.word(x)));
            // (the whole: named in the part noun's "of" phrase, or as its possessor,
            // "the Supreme Political Council, the Houthis' governing body")
            let whole = e
                .filter(|&h| (k + 1..h).all(|x| !matches!(sent.word(x), "," | "." | ";")))
                .and_then(|h| {
                    let of = sent.word(h + 1) == "of";
                    ments.iter().find(|w| {
                        w.actor != o.actor
                            && org_like(&actors.list[w.actor])
                            && if of {
                                w.t0 > h + 1
                                    && w.t0 <= h + 6
                                    && !is_modifier(sent, w, &ments)
                                    // (not the patron in "the Turkish-backed Syrian
                                    // National Army")
                                    && !crate::claims::patron_modifier(sent, w)
                            } else {
                                w.t0 > k
                                    && w.t1 < h
                                    && matches!(sent.word(w.t1), "'s" | "'" | "’s" | "’")
                            }
                    })
                });
            if let (Some(h), Some(w)) = (e, whole) {
                push(
                    ClaimType::PartOf,
                    o.actor,
                    w.actor,
                    String::new(),
                    h,
                    "apposition part of",
                    None,
                );
            }
        }
    }
    // "Corneille Nangaa, whose Alliance Fleuve Congo includes the M23": a person's
    // "whose" and a group named right after it that acts (a verb follows) is the
    // group the person leads, however the parser hung the clause (not "whose Taliban
    // captors", the group's people)
    for w in ments.iter().filter(|w| {
        w.how == How::Relative
            && sent.word(w.t0) == "whose"
            && actors.list[w.actor].kind == ActorKind::Person
    }) {
        let group = ments.iter().find(|o| {
            o.t0 == w.t1
                && matches!(
                    actors.list[o.actor].kind,
                    ActorKind::ArmedGroup | ActorKind::Organization
                )
                && o.t1 < n
                && matches!(sent.syn.upos(o.t1), "VERB" | "AUX")
        });
        // (the same claim read by the tree merges with this one: one per event)
        if let Some(o) = group {
            push(
                ClaimType::Leads,
                w.actor,
                o.actor,
                String::new(),
                o.t0,
                "a person's group after \"whose\"",
                None,
            );
        }
    }
    // "whose Alliance Fleuve Congo includes the M23", "a coalition that comprises the
    // FDLR and …": the groups a group includes are part of it
    let p = &sent.syn;
    // ("which brings together the Arakan Army, the MNDAA and the TNLA", "an alliance
    // that unites …", "a coalition made up of …")
    for v in 0..n.min(p.len()) {
        let together = p.lemma[v] == "bring"
            && p.children(v)
                .any(|c| sent.word(c) == "together" && c > v && c <= v + 6);
        let made_of = matches!(p.lemma[v].as_str(), "consist" | "make" | "compose")
            && sent.word(v + 1) == "of"
            || (p.lemma[v] == "make" && sent.word(v + 1) == "up" && sent.word(v + 2) == "of");
        if p.upos(v) != "VERB"
            || !(together
                || made_of
                || matches!(
                    p.lemma[v].as_str(),
                    "include" | "comprise" | "unite" | "encompass" | "incorporate" | "group"
                ))
        {
            continue;
        }
        // (an organisation of one of these kinds, or also a state: the parts may be
        // states, "the AES, which brings together Mali, Burkina Faso and Niger")
        let of_kind = |k: usize, states: bool| {
            crate::treeargs::mention_at(sent, &ments, k, false).filter(|m| {
                let kind = actors.list[m.actor].kind;
                matches!(
                    kind,
                    ActorKind::ArmedGroup
                        | ActorKind::Organization
                        | ActorKind::Igo
                        | ActorKind::StateOrgan
                ) || (states && kind == ActorKind::Country)
            })
        };
        let grouping = |k: usize| of_kind(k, false);
        let part = |k: usize| of_kind(k, true);
        let whole = p
            .children(v)
            .find(|&c| p.deprel(c) == "nsubj")
            .and_then(&grouping)
            // (or the noun a relative clause on it modifies: "a coalition that includes")
            .or_else(|| {
                p.head(v)
                    .filter(|_| p.deprel(v) == "acl:relcl")
                    .and_then(&grouping)
            });
        let Some(w) = whole else { continue };
        // (states are parts only of an alliance or a body of states, not of an armed
        // group: "a militia that includes Syrians")
        let of_states = matches!(actors.list[w.actor].kind, ActorKind::Igo)
            || actors.list[w.actor].kind == ActorKind::Organization;
        let obj = p.children(v).find(|&c| {
            p.deprel(c) == "obj"
                || (made_of && p.deprel(c).starts_with("obl") && sent.marked(c, "of"))
        });
        let mut parts: Vec<usize> = obj
            .into_iter()
            .flat_map(|o| {
                std::iter::once(o).chain(p.children(o).filter(|&c| p.deprel(c) == "conj"))
            })
            .collect();
        // (or, where the parser broke the list, the names listed right after the verb:
        // "brings together the Arakan Army, the MNDAA and the TNLA")
        if parts.iter().filter(|&&k| part(k).is_some()).count() < 2 {
            let mut at = v + 1;
            while at < n && matches!(sent.word(at), "together" | "up" | "of" | "the") {
                at += 1;
            }
            let mut listed = Vec::new();
            while let Some(m) = ments.iter().find(|m| m.t0 == at && !m.nested) {
                listed.push(m.t0);
                at = m.t1;
                if !matches!(sent.word(at), "," | "and") {
                    break;
                }
                while at < n && matches!(sent.word(at), "," | "and" | "the") {
                    at += 1;
                }
            }
            if listed.len() >= 2 {
                parts = listed;
            }
        }
        for k in parts {
            if let Some(m) =
                part(k).filter(|m| actors.list[m.actor].kind != ActorKind::Country || of_states)
            {
                push(
                    ClaimType::PartOf,
                    m.actor,
                    w.actor,
                    String::new(),
                    v,
                    "a group a group includes",
                    None,
                );
            }
        }
    }
    // "Los Chapitos and La Mayiza, the two rival factions of the Sinaloa Cartel": the
    // pair in apposition to parts of a whole are each part of it, and rivals of each
    // other where the apposition says so
    for k in 0..n.saturating_sub(3) {
        if !matches!(
            sent.word(k),
            "factions" | "wings" | "branches" | "clans" | "cells"
        ) || sent.word(k + 1) != "of"
        {
            continue;
        }
        let Some(whole) = ments.iter().find(|w| {
            w.t0 > k + 1 && w.t0 <= k + 3 && (k + 2..w.t0).all(|x| sent.word(x) == "the")
        }) else {
            continue;
        };
        // the apposition's start: ", the two rival factions"
        let Some(comma) = (k.saturating_sub(5)..k)
            .rev()
            .find(|&x| sent.word(x) == ",")
        else {
            continue;
        };
        if !(comma + 1..k).all(|x| {
            matches!(
                sent.word(x),
                "the"
                    | "two"
                    | "three"
                    | "rival"
                    | "warring"
                    | "feuding"
                    | "main"
                    | "largest"
                    | "armed"
                    | "competing"
            )
        }) {
            continue;
        }
        // the parts: the names joined by "and" right before the comma
        let mut parts: Vec<&Mention> = Vec::new();
        let mut end = comma;
        while let Some(m) = ments.iter().find(|m| m.t1 == end && !m.nested) {
            parts.push(m);
            let mut b = m.t0;
            while b > 0 && sent.word(b - 1) == "the" {
                b -= 1;
            }
            if b == 0 || !matches!(sent.word(b - 1), "and" | ",") {
                break;
            }
            end = b - 1;
            while end > 0 && sent.word(end - 1) == "the" {
                end -= 1;
            }
        }
        if parts.len() < 2 {
            continue;
        }
        for m in &parts {
            if m.actor != whole.actor {
                push(
                    ClaimType::PartOf,
                    m.actor,
                    whole.actor,
                    String::new(),
                    k,
                    "parts in apposition to the factions of a whole",
                    None,
                );
            }
        }
        if (comma + 1..k)
            .any(|x| matches!(sent.word(x), "rival" | "warring" | "feuding" | "competing"))
        {
            for (x, a) in parts.iter().enumerate() {
                for b in &parts[x + 1..] {
                    push(
                        ClaimType::HostileTo,
                        b.actor,
                        a.actor,
                        String::new(),
                        k,
                        "rival factions in apposition",
                        None,
                    );
                }
            }
        }
    }
    // "NATO member Turkey", "X, a member of NATO" for organisations
    for m in &ments {
        let a = &actors.list[m.actor];
        if !org_like(a) || m.t1 + 1 >= n {
            continue;
        }
        // "the YPG-led Syrian Democratic Forces", "the Russian-led CSTO": the leading
        // group is part of the body it leads; a leading person leads it
        let led = sent.toks[m.t1 - 1].lower.ends_with("-led")
            || sent.toks[m.t1 - 1].lower.ends_with("-dominated");
        if led {
            let body = ments.iter().find(|o| {
                (o.t0 == m.t1 || o.t0 == m.t1 + 1)
                    && o.actor != m.actor
                    && !matches!(
                        actors.list[o.actor].kind,
                        ActorKind::Country | ActorKind::Person
                    )
            });
            if let Some(o) = body {
                let ty = if actors.list[m.actor].kind == ActorKind::Person {
                    ClaimType::Leads
                } else {
                    ClaimType::PartOf
                };
                let rule = "compound X-led Y";
                out.push(structural(sent, ty, m.actor, o.actor, m.t1 - 1, 0.6, rule));
            }
        }
        // "Mahan Air is an IRGC-affiliated airline", "X, an IRGC-controlled firm": the
        // organisation described belongs to the one named in the modifier
        let owned = ["-affiliated", "-controlled", "-owned", "-run"]
            .iter()
            .any(|s| sent.toks[m.t1 - 1].lower.ends_with(s));
        if owned && m.t0 >= 2 && matches!(sent.word(m.t0 - 1), "a" | "an") {
            let k = m.t0 - 1;
            let before = sent.word(k - 1);
            let at = matches!(before, "," | "is" | "was" | "remains" | "been").then_some(k - 1);
            let subject = at.and_then(|at| {
                ments.iter().find(|s| {
                    s.t1 == at
                        && s.actor != m.actor
                        && !matches!(
                            actors.list[s.actor].kind,
                            ActorKind::Country | ActorKind::Person
                        )
                })
            });
            if let Some(sub) = subject {
                let rule = "X, an ORG-affiliated noun";
                let mut d = structural(sent, PART_OF, sub.actor, m.actor, m.t1 - 1, 0.6, rule);
                d.c0 = d.c0.min(sub.t0);
                out.push(d);
            }
        }
        let igo = matches!(actors.list[m.actor].kind, ActorKind::Igo);
        // "Greece and Turkey, both NATO members", "the two NATO allies, Greece and
        // Turkey": the countries in apposition to the IGO's members or allies
        if igo && matches!(sent.word(m.t1), "member" | "members" | "ally" | "allies") {
            let mut members: Vec<&Mention> = Vec::new();
            let mut k = m.t0;
            while k > 0 && matches!(sent.word(k - 1), "a" | "an" | "both" | "two" | "fellow") {
                k -= 1;
            }
            if k > 0 && sent.word(k - 1) == "," {
                members.extend(countries_ending_at(sent, actors, &ments, k - 1));
            }
            if sent.word(m.t1 + 1) == "," {
                members.extend(countries_from(sent, actors, &ments, m.t1 + 2));
            }
            for o in &members {
                let rule = "STATE, an IGO member (apposition)";
                out.push(structural(
                    sent, PART_OF, o.actor, m.actor, m.t1, 0.65, rule,
                ));
            }
            // ("two NATO allies, the U.S. and Turkey": allies of each other too)
            if sent.word(m.t1) == "allies" {
                for (x, a) in members.iter().enumerate() {
                    for b in &members[x + 1..] {
                        if a.actor != b.actor {
                            let rule = "STATES, IGO allies (apposition)";
                            out.push(structural(
                                sent,
                                ClaimType::AlliedWith,
                                a.actor,
                                b.actor,
                                m.t1,
                                0.6,
                                rule,
                            ));
                        }
                    }
                }
            }
            // "NATO member Turkey"
            let named = ments.iter().find(|o| o.t0 == m.t1 + 1 || o.t0 == m.t1 + 2);
            if let Some(o) = named.filter(|o| {
                matches!(sent.word(m.t1), "member" | "members")
                    && matches!(actors.list[o.actor].kind, ActorKind::Country)
            }) {
                let rule = "IGO member STATE";
                out.push(structural(sent, PART_OF, o.actor, m.actor, m.t1, 0.7, rule));
            }
        }
    }
    out.extend(tree_relations(sent, actors, &ments));
    out.extend(opposition(sent, actors, &ments));
    out.extend(led_by(sent, actors, &ments));
    out.extend(served_in(sent, actors, &ments));
    out.extend(integrated_into(sent, actors, &ments));
    predecessors(sent, actors, &ments, &mut out);
    // one who leads an organisation is no more told to be its member in the same
    // sentence ("Saudi Arabia's crown prince and prime minister")
    let leads: Vec<(usize, Option<usize>)> = out
        .iter()
        .filter(|d| d.ty == ClaimType::Leads)
        .map(|d| (d.source, d.target))
        .collect();
    out.retain(|d| d.ty != ClaimType::MemberOf || !leads.contains(&(d.source, d.target)));
    out
}

/// "Hakimullah Mehsud led the TTP from August 2009, when a CIA drone killed his
/// predecessor, Baitullah Mehsud": one named as the predecessor of a person who leads an
/// organisation in the same sentence led it before them (the role ends), and one named as
/// their successor leads it after them (the role starts).
fn predecessors(sent: &Sent, actors: &Actors, ments: &[&Mention], out: &mut Vec<Draft>) {
    let mut extra = Vec::new();
    for (k, w) in (0..sent.toks.len()).map(|k| (k, sent.word(k))) {
        let open = match w {
            "predecessor" => OpenEnd::End,
            "successor" => OpenEnd::Start,
            _ => continue,
        };
        // whose: "his predecessor" or "Mehsud's predecessor"
        let Some(holder) = ments
            .iter()
            .find(|m| m.t1 == k || (m.t1 + 1 == k && sent.word(m.t1) == "'s"))
            .filter(|m| actors.list[m.actor].kind == ActorKind::Person)
        else {
            continue;
        };
        // who: the name after it, past a comma ("his predecessor, Baitullah Mehsud")
        let at = if sent.word(k + 1) == "," {
            k + 2
        } else {
            k + 1
        };
        let Some(named) = ments
            .iter()
            .find(|m| m.t0 == at && actors.list[m.actor].kind == ActorKind::Person)
        else {
            continue;
        };
        if named.actor == holder.actor {
            continue;
        }
        for d in out
            .iter()
            .filter(|d| d.ty == ClaimType::Leads && d.source == holder.actor)
        {
            let dup = |x: &Draft| {
                x.ty == ClaimType::Leads && x.source == named.actor && x.target == d.target
            };
            if out.iter().any(dup) || extra.iter().any(dup) {
                continue;
            }
            extra.push(Draft {
                source: named.actor,
                t: k,
                open: Some(open),
                rule: "the predecessor or successor of a leader",
                ..d.clone()
            });
        }
    }
    out.extend(extra);
}

/// "Jamaat-ud-Dawa, the charity led by Hafiz Saeed", "Vectus Global, a firm founded by
/// Erik Prince", "the SPLM-N led by Abdelaziz al-Hilu": the person named after a
/// participle of leading or founding leads the organisation it describes.
fn led_by(sent: &Sent, actors: &Actors, ments: &[&Mention]) -> Vec<Draft> {
    let mut out = Vec::new();
    for k in 1..sent.toks.len() {
        if !matches!(
            sent.word(k),
            "led" | "founded" | "headed" | "commanded" | "co-founded"
        ) || sent.word(k + 1) != "by"
        {
            continue;
        }
        let Some(person) = ments.iter().find(|m| {
            (m.t0 == k + 2 || (m.t0 == k + 3 && is_det_word(sent.word(k + 2))))
                && actors.list[m.actor].kind == ActorKind::Person
                && !actors.list[m.actor].anonymous
        }) else {
            continue;
        };
        // the organisation right before the participle, or the one a short
        // apposition ending at it describes ("X, the charity led by")
        // (or its fighters named by it: "CNDP rebels led by Laurent Nkunda")
        let group_noun = k > 0
            && matches!(
                sent.word(k - 1),
                "rebels"
                    | "fighters"
                    | "forces"
                    | "militia"
                    | "militiamen"
                    | "insurgents"
                    | "guerrillas"
                    | "troops"
                    | "militants"
            );
        let org = ments
            .iter()
            .find(|m| {
                (m.t1 == k || (group_noun && m.t1 + 1 == k)) && org_like(&actors.list[m.actor])
            })
            .or_else(|| {
                let comma = (k.saturating_sub(5)..k)
                    .rev()
                    .find(|&c| sent.word(c) == ",")?;
                let between_ok = (comma + 1..k).all(|x| {
                    !sent.toks[x].cap && sent.syn.upos(x) != "VERB" && sent.word(x) != ","
                });
                if !between_ok {
                    return None;
                }
                ments
                    .iter()
                    .find(|m| m.t1 == comma && org_like(&actors.list[m.actor]))
            });
        if let Some(o) = org {
            out.push(structural(
                sent,
                ClaimType::Leads,
                person.actor,
                o.actor,
                k,
                0.65,
                "led by",
            ));
        }
    }
    out
}

/// The organisation named by an oblique of the verb at `v` that one of `preps` marks
/// ("fought for Katiba Macina", "integrated into AMISOM").
fn marked_org<'a>(
    sent: &Sent,
    actors: &Actors,
    ments: &[&'a Mention],
    v: usize,
    preps: &[&str],
) -> Option<&'a Mention> {
    let p = &sent.syn;
    p.children(v)
        .filter(|&c| p.deprel(c) == "obl" && preps.iter().any(|w| sent.marked(c, w)))
        .find_map(|c| crate::treeargs::mention_at(sent, ments, c, false))
        .filter(|m| org_like(&actors.list[m.actor]))
}

/// "Hamadoun Diallo, who fought for Katiba Macina until 2022", "a man who served in the
/// Wagner Group", "had worked for the ISI": a person who fights for, serves in or works
/// for an organisation is (or was) its member.
fn served_in(sent: &Sent, actors: &Actors, ments: &[&Mention]) -> Vec<Draft> {
    let p = &sent.syn;
    let mut out = Vec::new();
    for v in 0..p.len() {
        if p.upos(v) != "VERB" {
            continue;
        }
        let preps: &[&str] = match p.lemma[v].as_str() {
            "fight" => &["for"],
            "serve" => &["in", "with"],
            "work" => &["for"],
            _ => continue,
        };
        // the organisation: a phrase of the verb's marked by one of its prepositions
        let Some(org) = marked_org(sent, actors, ments, v, preps) else {
            continue;
        };
        // the member: a named person, the verb's subject or the noun its relative
        // clause modifies
        let Some(person) = crate::treeargs::subject_of(sent, ments, v)
            .filter(|m| actors.list[m.actor].kind == ActorKind::Person)
        else {
            continue;
        };
        out.push(structural(
            sent,
            ClaimType::MemberOf,
            person.actor,
            org.actor,
            v,
            0.6,
            "fought for, served in or worked for",
        ));
    }
    out
}

/// "The Kenya Defence Forces were formally integrated into AMISOM", "the militias were
/// folded into the army", "merged its fighters into the SDF": a body integrated into
/// another is part of it.
fn integrated_into(sent: &Sent, actors: &Actors, ments: &[&Mention]) -> Vec<Draft> {
    let p = &sent.syn;
    let mut out = Vec::new();
    for v in 0..p.len() {
        if p.upos(v) != "VERB"
            || !matches!(
                p.lemma[v].as_str(),
                "integrate" | "incorporate" | "merge" | "fold" | "absorb"
            )
        {
            continue;
        }
        // (only what was done: not "unless the group is folded into the army", "plans
        // to integrate")
        let hypothetical = p.children(v).any(|c| {
            p.deprel(c) == "mark"
                || (p.deprel(c) == "aux"
                    && matches!(
                        p.lemma[c].as_str(),
                        "will" | "would" | "could" | "should" | "must" | "may" | "might" | "shall"
                    ))
        });
        if hypothetical {
            continue;
        }
        let Some(whole) = marked_org(sent, actors, ments, v, &["into"]) else {
            continue;
        };
        // the part: the passive subject, or the object
        let Some(part) = p
            .children(v)
            .filter(|&c| matches!(p.deprel(c), "nsubj:pass" | "obj"))
            .find_map(|c| crate::treeargs::mention_at(sent, ments, c, false))
            .filter(|m| org_like(&actors.list[m.actor]) && m.actor != whole.actor)
        else {
            continue;
        };
        out.push(structural(
            sent,
            ClaimType::PartOf,
            part.actor,
            whole.actor,
            v,
            0.6,
            "integrated into",
        ));
    }
    out
}

fn is_det_word(w: &str) -> bool {
    matches!(w, "the" | "a" | "an")
}

const PART_OF: ClaimType = ClaimType::PartOf;

/// A structural relation (PART_OF, LEADS, MEMBER_OF) of `source` to `target` read at
/// token `t`, over the clause around it.
fn structural(
    sent: &Sent,
    ty: ClaimType,
    source: usize,
    target: usize,
    t: usize,
    confidence: f64,
    rule: &'static str,
) -> Draft {
    let (c0, c1) = clause(sent, t);
    Draft {
        ty,
        modes: vec![],
        role: None,
        source,
        target: Some(target),
        t,
        c0,
        c1,
        confidence,
        rule,
        open: None,
        agentless: false,
    }
}

/// The first mention of a country that `at` accepts.
fn country_where<'a>(
    actors: &Actors,
    ments: &[&'a Mention],
    at: impl Fn(&Mention) -> bool,
) -> Option<&'a Mention> {
    ments
        .iter()
        .copied()
        .find(|m| at(m) && actors.list[m.actor].kind == ActorKind::Country)
}

/// The countries of a list that ends just before token `end` ("Greece and Turkey", "Mali,
/// Niger and Chad"), last first.
fn countries_ending_at<'a>(
    sent: &Sent,
    actors: &Actors,
    ments: &[&'a Mention],
    end: usize,
) -> Vec<&'a Mention> {
    let mut out = Vec::new();
    let mut k = end;
    while let Some(m) = country_where(actors, ments, |m| m.t1 == k) {
        out.push(m);
        if m.t0 == 0 || !matches!(sent.word(m.t0 - 1), "and" | ",") {
            break;
        }
        k = m.t0 - 1;
        if k > 0 && sent.word(k) == "and" && sent.word(k - 1) == "," {
            k -= 1;
        }
    }
    out
}

/// The countries of a list that starts at token `start` ("Greece and Turkey, …").
fn countries_from<'a>(
    sent: &Sent,
    actors: &Actors,
    ments: &[&'a Mention],
    start: usize,
) -> Vec<&'a Mention> {
    let mut out = Vec::new();
    let mut k = start;
    if sent.word(k) == "the" {
        k += 1;
    }
    while let Some(m) = country_where(actors, ments, |m| m.t0 == k) {
        out.push(m);
        k = m.t1;
        while matches!(sent.word(k), "and" | "," | "the") {
            k += 1;
        }
        if k == m.t1 {
            break;
        }
    }
    out
}

/// Verbs whose subject leads their object ("heads the Haqqani network", "founded
/// Katiba Macina", "commands the Libyan National Army").
/// Verbs that give someone a role ("appointed X as emir"), lemmas.
const APPOINT_VERBS: &[&str] = &[
    "appoint",
    "name",
    "install",
    "elect",
    "choose",
    "select",
    "nominate",
    "promote",
    "make",
    "crown",
    "reappoint",
    "anoint",
];
/// Verbs that end a role ("dismissed Valerii Zaluzhnyi as commander-in-chief of …",
/// "removed Hemedti as deputy head of the Sovereignty Council"), lemmas: the one removed
/// held it until then.
const REMOVE_VERBS: &[&str] = &[
    "dismiss", "remove", "sack", "fire", "oust", "depose", "replace",
];
/// Nouns of the same ("the appointment of X as chief"), lemmas.
const APPOINT_NOUNS: &[&str] = &[
    "appointment",
    "election",
    "nomination",
    "installation",
    "selection",
    "elevation",
    "promotion",
];

/// Verbs of taking over another's role ("succeeded X as emir"), lemmas.
const SUCCEED_VERBS: &[&str] = &["succeed", "replace"];

const LEAD_VERBS: &[&str] = &[
    "lead", "head", "command", "found", "run", "chair", "co-found",
];

/// The organisation a ", whose ROLE" phrase belongs to: the mention right before the
/// comma ("the Houthis, whose leader …"); only modifiers stand between "whose" and the
/// role at `h`.
fn whose_antecedent(sent: &Sent, actors: &Actors, before: &[&Mention], h: usize) -> Option<usize> {
    let w = (h.saturating_sub(3)..h)
        .rev()
        .find(|&x| sent.word(x) == "whose")?;
    if w < 2 || sent.word(w - 1) != "," || !(w + 1..h).all(|x| ROLE_MODS.contains(&sent.word(x))) {
        return None;
    }
    before
        .iter()
        .rev()
        .find(|o| o.t1 == w - 1 && org_like(&actors.list[o.actor]))
        .map(|o| o.actor)
}

/// Relations the dependency tree shows: a leading verb's subject and object (active or
/// passive), and predicate nouns of membership or structure ("Turkey has been a member
/// of NATO", "X is one of the component groups of Y", "X forms the backbone of Y").
fn tree_relations(sent: &Sent, actors: &Actors, ments: &[&Mention]) -> Vec<Draft> {
    let p = &sent.syn;
    let mut out = Vec::new();
    if p.is_empty() {
        return out;
    }
    let over = |k: usize| crate::treeargs::mention_over(ments, k);
    let of_child = |k: usize| {
        p.children(k).find(|&c| {
            // (or an oblique, where the role word was read as an adjective:
            // "as secretary-general of Hezbollah")
            (p.deprel(c) == "nmod" || (p.deprel(c) == "obl" && p.upos(k) == "ADJ"))
                && p.children(c).any(|g| {
                    p.deprel(g) == "case" && matches!(sent.word(g), "of" | "within" | "in")
                })
        })
    };
    let draft = |ty: ClaimType, source: usize, target: usize, t: usize, rule: &'static str| {
        structural(sent, ty, source, target, t, 0.65, rule)
    };
    // (a title the parser made the name's head covers the name: "appointed Mullah
    // Hibatullah Akhundzada as …", the name's mention starting after "Mullah")
    let person = |k: usize| {
        over(k)
            .or_else(|| {
                (p.upos(k) == "PROPN")
                    .then(|| p.children(k).find(|&c| p.deprel(c) == "flat"))
                    .flatten()
                    .and_then(over)
            })
            .filter(|m| actors.list[m.actor].kind == ActorKind::Person)
    };
    // the organisation a role noun names: "leader of the Taliban", "the Islamic State's
    // emir", "Taliban chief", "their commander", "emir of the Islamic State's Khorasan
    // branch" (the branch where it is an actor, else its owner)
    // the organisation's own mention at a token, even inside a longer description
    let org_at = |k: usize| {
        ments
            .iter()
            .copied()
            .filter(|m| m.t0 <= k && k < m.t1 && org_like(&actors.list[m.actor]))
            .max_by_key(|m| m.t1 - m.t0)
    };
    let org_of_role = |r: usize| -> Option<&Mention> {
        let org = org_at;
        let named = |k: usize| {
            org(k).or_else(|| {
                p.children(k)
                    .filter(|&c| matches!(p.deprel(c), "nmod:poss" | "compound"))
                    .find_map(org)
            })
        };
        // ("Venezuela's opposition leader": a role against the state, not in it)
        let against_state = p
            .children(r)
            .any(|c| c < r && OPPOSING_ROLE_MODS.contains(&sent.word(c)));
        of_child(r)
            .and_then(named)
            .or_else(|| {
                p.children(r)
                    .filter(|&c| c < r && matches!(p.deprel(c), "nmod:poss" | "compound"))
                    .find_map(org)
            })
            .filter(|o| !(against_state && actors.list[o.actor].kind == ActorKind::Country))
    };
    // the person who is a verb's subject (a relative clause's subject stands for the
    // noun it modifies: "Shoigu, who served as …")
    let subject_person = |v: usize| {
        p.children(v)
            .find(|&c| p.deprel(c) == "nsubj")
            .and_then(|c| {
                if matches!(sent.word(c), "who" | "that") && p.deprel(v) == "acl:relcl" {
                    p.head(v).and_then(person)
                } else {
                    person(c)
                }
            })
    };
    let role_draft = |ty: ClaimType, who: usize, org: usize, r: usize, rule: &'static str| {
        let mut d = draft(ty, who, org, r, rule);
        d.role = Some(sent.word(r).to_string());
        d
    };
    for t in 0..p.len().min(sent.toks.len()) {
        // a role in an "as" phrase is the subject's: "made his first trip abroad as
        // Syria's president", "Shoigu, who served as Russia's defence minister" (not an
        // object's, "recognised Guaidó as Venezuela's president", nor one a verb of
        // naming or regarding gives)
        if sent.marked(t, "as") && matches!(p.deprel(t), "obl" | "advcl" | "xcomp") {
            if let (Some((ty, r)), Some(v)) = (role_at(sent, t), p.head(t)) {
                let kids: Vec<usize> = p.children(v).collect();
                let object_person = kids
                    .iter()
                    .any(|&c| matches!(p.deprel(c), "obj" | "iobj") && person(c).is_some());
                let naming = matches!(
                    p.lemma[v].as_str(),
                    "recognise"
                        | "recognize"
                        | "appoint"
                        | "name"
                        | "elect"
                        | "designate"
                        | "regard"
                        | "see"
                        | "describe"
                        | "consider"
                        | "treat"
                        | "brand"
                        | "label"
                        | "view"
                        | "install"
                        | "nominate"
                        | "confirm"
                        | "choose"
                        | "select"
                        | "hail"
                        | "succeed"
                        | "replace"
                        | "swear"
                );
                if let (Some(w), Some(o), false, false) =
                    (subject_person(v), org_of_role(r), object_person, naming)
                {
                    if w.actor != o.actor {
                        out.push(role_draft(
                            ty,
                            w.actor,
                            o.actor,
                            r,
                            "tree: a role as which one acts",
                        ));
                    }
                }
            }
        }
        // a succession: "Naim Qassem succeeded Hassan Nasrallah as secretary-general of
        // Hezbollah", "…, who replaced him as leader of …": the successor's role starts
        // then and the predecessor's ends
        if p.upos(t) == "VERB" && SUCCEED_VERBS.contains(&p.lemma[t].as_str()) {
            let kids: Vec<usize> = p.children(t).collect();
            // ("Abiy Ahmed replaced Getachew Reda as head of the … with Tadesse Werede":
            // the one a "with" phrase names succeeds, the subject appoints)
            // (wherever the parser hung the "with" phrase under the verb: "as head of
            // the Tigray Interim Administration with Tadesse Werede")
            let replacement = p
                .subtree(t)
                .into_iter()
                .filter(|&c| {
                    c > t && matches!(p.deprel(c), "obl" | "nmod") && sent.marked(c, "with")
                })
                .find_map(person);
            let successor = replacement.or_else(|| subject_person(t));
            let obj = kids.iter().copied().find(|&c| p.deprel(c) == "obj");
            let predecessor = obj.and_then(person);
            // (the role may be told on the verb this one is coordinated with:
            // "dismissed Zaluzhnyi as commander-in-chief … and replaced him with Syrskyi")
            let first = (p.deprel(t) == "conj").then(|| p.head(t)).flatten();
            let role = kids
                .iter()
                .copied()
                .chain(obj.into_iter().flat_map(|o| p.children(o)))
                .chain(first.into_iter().flat_map(|f| p.children(f)))
                .filter(|&c| {
                    matches!(p.deprel(c), "obl" | "nmod" | "xcomp" | "advcl")
                        && sent.marked(c, "as")
                })
                .find_map(|c| role_at(sent, c))
                // (or right after the predecessor, where the parser hung the role
                // elsewhere: "who succeeded Ahmed Abdi Godane as al-Shabaab's emir after
                // Godane was killed …")
                .or_else(|| {
                    let end = *p.subtree(obj?).last()?;
                    (sent.word(end + 1) == "as").then_some(())?;
                    (end + 2..(end + 7).min(sent.toks.len()))
                        .take_while(|&k| !matches!(sent.word(k), "," | ";" | "."))
                        .find_map(|k| role_at(sent, k))
                });
            if let Some((ty, r)) = role {
                // (a possessor right before the role, however the parser hung the two)
                let possessor = || {
                    (r >= 2 && sent.word(r - 1) == "'s")
                        .then(|| org_at(r - 2))
                        .flatten()
                };
                if let Some(o) = org_of_role(r).or_else(possessor) {
                    for (who, open) in [(successor, OpenEnd::Start), (predecessor, OpenEnd::End)] {
                        if let Some(w) = who.filter(|w| w.actor != o.actor) {
                            let mut d =
                                role_draft(ty, w.actor, o.actor, r, "tree: succeeded as a role");
                            d.t = t;
                            d.open = Some(open);
                            out.push(d);
                        }
                    }
                }
            }
            continue;
        }
        // an appointment told by its noun: "the appointment of Mullah Akhtar Mansoor as
        // militia chief", "Hezbollah's election of Naim Qassem as secretary-general"; the
        // organisation is the role's, the noun's possessor, or the only one other than a
        // state that the sentence names
        if p.upos(t) == "NOUN"
            && matches!(
                sent.word(t),
                "appointment" | "nomination" | "election" | "selection" | "installation"
            )
        {
            let of = p
                .children(t)
                .find(|&c| p.deprel(c) == "nmod" && sent.marked(c, "of"));
            let who = of.and_then(person);
            let role = p
                .children(t)
                .chain(of.into_iter().flat_map(|o| p.children(o)))
                .filter(|&c| matches!(p.deprel(c), "nmod" | "acl" | "obl") && sent.marked(c, "as"))
                .find_map(|c| role_at(sent, c));
            if let (Some(w), Some((ty, r))) = (who, role) {
                let possessor = || {
                    p.children(t)
                        .filter(|&c| p.deprel(c) == "nmod:poss")
                        .find_map(org_at)
                };
                let only = || {
                    let orgs: Vec<&Mention> = ments
                        .iter()
                        .copied()
                        // (a state is named by the role, never guessed: "diplomats in
                        // Kabul and Islamabad" are no party)
                        .filter(|m| {
                            org_like(&actors.list[m.actor])
                                && actors.list[m.actor].kind != ActorKind::Country
                                && !m.locative
                        })
                        .collect();
                    orgs.first()
                        .copied()
                        .filter(|f| orgs.iter().all(|m| m.actor == f.actor))
                };
                if let Some(o) = org_of_role(r).or_else(possessor).or_else(only) {
                    if o.actor != w.actor {
                        let mut d = role_draft(ty, w.actor, o.actor, r, "tree: appointment noun");
                        d.t = t;
                        d.open = Some(OpenEnd::Start);
                        out.push(d);
                    }
                }
            }
            continue;
        }
        // an appointment: "named as a deputy leader of the Taliban", "appointed him as
        // the emir of …", "was installed as the head of …"; the relation starts then
        let removing = REMOVE_VERBS.contains(&p.lemma[t].as_str());
        if p.upos(t) == "VERB" && (APPOINT_VERBS.contains(&p.lemma[t].as_str()) || removing) {
            let kids: Vec<usize> = p.children(t).collect();
            let who = kids
                .iter()
                .copied()
                .find(|&c| matches!(p.deprel(c), "obj" | "nsubj:pass"))
                .and_then(person);
            // (the parser may hang the "as" phrase on the one appointed: "appointed Hafiz
            // Saeed Khan as emir of …")
            let obj_kids: Vec<usize> = kids
                .iter()
                .filter(|&&c| p.deprel(c) == "obj")
                .flat_map(|&c| p.children(c))
                .filter(|&g| {
                    (p.deprel(g) == "nmod" && sent.marked(g, "as"))
                        // (or read the role with no comma before it as the name's
                        // apposition: "named Hibatullah Akhundzada their new leader")
                        || (p.deprel(g) == "appos"
                            && p.upos(g) == "NOUN"
                            && p.head(g)
                                .is_some_and(|o| !(o..g).any(|k| sent.word(k) == ",")))
                })
                .collect();
            let role = kids.iter().chain(&obj_kids).copied().find_map(|c| {
                let as_role = (matches!(p.deprel(c), "obl" | "xcomp" | "advcl" | "nmod")
                    && sent.marked(c, "as"))
                    || (matches!(p.deprel(c), "xcomp" | "appos") && p.upos(c) == "NOUN");
                as_role.then(|| role_at(sent, c)).flatten()
            });
            // (a role of no named organisation is the appointer's, where the appointer
            // is an organisation: "The Taliban appointed X as prime minister")
            let appointer = || {
                kids.iter()
                    .copied()
                    .find(|&c| p.deprel(c) == "nsubj")
                    .and_then(org_at)
            };
            if let (Some(w), Some((ty, r))) = (who, role) {
                if let Some(o) = org_of_role(r).or_else(appointer) {
                    let rule = if removing {
                        "tree: removed from a role"
                    } else {
                        "tree: appointed as a role"
                    };
                    let mut d = role_draft(ty, w.actor, o.actor, r, rule);
                    d.t = t;
                    d.open = Some(if removing {
                        OpenEnd::End
                    } else {
                        OpenEnd::Start
                    });
                    out.push(d);
                }
            }
            continue;
        }
        // "the appointment of Mullah Akhtar Mansoor as Taliban chief"
        if p.upos(t) == "NOUN" && APPOINT_NOUNS.contains(&p.lemma[t].as_str()) {
            let who = p
                .children(t)
                .find(|&c| p.deprel(c) == "nmod" && sent.marked(c, "of"))
                .and_then(person);
            let role = p
                .children(t)
                .chain(
                    who.map(|w| head_of(sent, w))
                        .into_iter()
                        .flat_map(|h| p.children(h)),
                )
                .filter(|&c| p.deprel(c) == "nmod" && sent.marked(c, "as"))
                .find_map(|c| role_at(sent, c));
            if let (Some(w), Some((ty, r))) = (who, role) {
                if let Some(o) = org_of_role(r) {
                    let mut d = role_draft(ty, w.actor, o.actor, r, "tree: appointment noun");
                    d.open = Some(OpenEnd::Start);
                    out.push(d);
                }
            } else if sent.word(t + 1) == "of" {
                // by word order where the tree misreads "as" as a clause's start:
                // "of PERSON as [ORG] ROLE [of ORG]"
                let who = ments
                    .iter()
                    .find(|m| m.t0 == t + 2 && actors.list[m.actor].kind == ActorKind::Person);
                let role = who.filter(|w| sent.word(w.t1) == "as").and_then(|w| {
                    (w.t1 + 1..(w.t1 + 5).min(sent.toks.len())).find_map(|k| role_at(sent, k))
                });
                if let (Some(w), Some((ty, r))) = (who, role) {
                    let org = ments.iter().find(|o| {
                        org_like(&actors.list[o.actor])
                            && ((o.t0 > w.t1 && o.t1 <= r)
                                || (o.t0 == r + 2 && sent.word(r + 1) == "of")
                                || (o.t0 == r + 3
                                    && sent.word(r + 1) == "of"
                                    && sent.word(r + 2) == "the"))
                    });
                    if let Some(o) = org {
                        let mut d = role_draft(ty, w.actor, o.actor, r, "appointment noun");
                        d.open = Some(OpenEnd::Start);
                        out.push(d);
                    }
                }
            }
            continue;
        }
        // a title before a name, with its organisation as possessor or modifier:
        // "their elusive, supreme commander Mullah Omar", "the group's chief, Abu X"
        if p.upos(t) == "NOUN" {
            if let Some((ty, r)) = role_at(sent, t).filter(|&(_, r)| r == t) {
                let named = p
                    .children(r)
                    .filter(|&c| c > r && matches!(p.deprel(c), "appos" | "flat" | "compound"))
                    .find_map(person);
                if let (Some(w), Some(o)) = (named, org_of_role(r)) {
                    if o.t1 <= r {
                        out.push(role_draft(
                            ty,
                            w.actor,
                            o.actor,
                            r,
                            "tree: title before a name",
                        ));
                    }
                }
            }
        }
        // "a Taliban commander who goes by the alias Naweed", "known as Naweed"
        if matches!(
            sent.word(t),
            "alias" | "pseudonym" | "nickname" | "name" | "as"
        ) && p.upos(t) != "VERB"
        {
            // (the name may sit inside a source description that runs over it)
            let named = actors.of_sentence(sent.idx).into_iter().find(|m| {
                m.t0 == t + 1
                    && actors.list[m.actor].kind == ActorKind::Person
                    && !actors.list[m.actor].anonymous
            });
            // the role noun right before "who goes by …" / "known as …" (read off the
            // words: parsers hang the name in many places)
            let lo = t.saturating_sub(6);
            let role = (lo..t)
                .rev()
                .find(|&k| {
                    matches!(sent.word(k), "who" | "known" | "called" | "nicknamed")
                        && (k + 1..t).any(|v| {
                            matches!(
                                p.lemma.get(v).map(String::as_str),
                                Some("go" | "use" | "know" | "call" | "nickname")
                            )
                        })
                        || matches!(sent.word(k), "known" | "called")
                })
                .and_then(|k| {
                    let r = if k > 0 && sent.word(k - 1) == "," {
                        k - 2
                    } else {
                        k - 1
                    };
                    (k > 0)
                        .then(|| role_at(sent, r).filter(|&(_, x)| x == r))
                        .flatten()
                });
            if let (Some(w), Some((ty, r))) = (named, role) {
                if let Some(o) = org_of_role(r) {
                    out.push(role_draft(
                        ty,
                        w.actor,
                        o.actor,
                        r,
                        "tree: a role known by a name",
                    ));
                }
            }
        }
        // a person's own armed group or party: "Dostum, whose Junbish militia fought
        // …", "Hemedti's Rapid Support Forces"
        if p.deprel(t) == "nmod:poss" {
            let leader = person(t).filter(|w| !actors.list[w.actor].anonymous);
            let h = p.head(t);
            let group = |m: &&Mention| {
                matches!(
                    actors.list[m.actor].kind,
                    ActorKind::ArmedGroup | ActorKind::Organization
                )
            };
            let org = leader.and(h).and_then(|h| {
                over(h).filter(group).or_else(|| {
                    crate::treeargs::ARMED_PEOPLE
                        .contains(&p.lemma[h].as_str())
                        .then(|| {
                            p.children(h)
                                .filter(|&c| {
                                    c < h
                                        && matches!(p.deprel(c), "compound" | "flat")
                                        && p.upos(c) == "PROPN"
                                })
                                .find_map(|c| over(c).filter(group))
                        })
                        .flatten()
                })
            });
            if let (Some(w), Some(o), Some(h)) = (leader, org, h) {
                if w.actor != o.actor {
                    out.push(draft(
                        ClaimType::Leads,
                        w.actor,
                        o.actor,
                        h,
                        "tree: a person's own group",
                    ));
                }
            }
        }
        // "the government of Hamid Karzai": the person leads the state the KB says
        // they led, where the document names it
        if matches!(
            sent.word(t),
            "government" | "regime" | "administration" | "cabinet" | "junta"
        ) {
            // (or a leader's possessive: "Aleksandar Vučić's government")
            let possessor = || {
                p.children(t)
                    .find(|&c| p.deprel(c) == "nmod:poss")
                    .and_then(person)
            };
            if let Some(w) = of_child(t).and_then(person).or_else(possessor) {
                let state = actors
                    .state_led_by(w.actor)
                    .and_then(|id| actors.list.iter().position(|a| a.id == id));
                if let Some(st) = state {
                    let mut d = draft(
                        ClaimType::Leads,
                        w.actor,
                        st,
                        t,
                        "tree: the government of a leader",
                    );
                    d.role = Some(sent.word(t).to_string());
                    out.push(d);
                }
            }
        }
        // a leading verb
        if p.upos(t) == "VERB" && LEAD_VERBS.contains(&p.lemma[t].as_str()) {
            let kids: Vec<usize> = p.children(t).collect();
            let passive = kids.iter().any(|&c| p.deprel(c) == "aux:pass");
            let (leader, led) = if passive {
                (
                    kids.iter().find(|&&c| p.deprel(c) == "obl:agent"),
                    kids.iter().find(|&&c| p.deprel(c) == "nsubj:pass"),
                )
            } else {
                (
                    kids.iter().find(|&&c| p.deprel(c) == "nsubj"),
                    kids.iter().find(|&&c| p.deprel(c) == "obj"),
                )
            };
            // "is the deputy leader of the Taliban and heads the Haqqani network", "went
            // on to found Jaish-e-Mohammed" (an infinitive's subject is its controller's)
            let infinitive = !passive
                && (p.deprel(t) == "xcomp"
                    || (p.deprel(t) == "advcl"
                        && kids
                            .iter()
                            .any(|&c| p.deprel(c) == "mark" && sent.word(c) == "to")));
            // (not where an object controls it: "asked Nasrallah to lead Hezbollah")
            let leader = leader.copied().or_else(|| {
                (p.deprel(t) == "conj" || infinitive)
                    .then(|| p.head(t))
                    .flatten()
                    .filter(|&h| !(infinitive && p.children(h).any(|c| p.deprel(c) == "obj")))
                    .and_then(|h| p.children(h).find(|&c| p.deprel(c) == "nsubj"))
            });
            if let (Some(l), Some(o)) = (leader.and_then(over), led.and_then(|&o| over(o))) {
                let la = &actors.list[l.actor];
                if la.kind == ActorKind::Person && org_like(&actors.list[o.actor]) {
                    out.push(draft(
                        ClaimType::Leads,
                        l.actor,
                        o.actor,
                        t,
                        "tree: leading verb",
                    ));
                }
            }
            continue;
        }
        // "The Arakan Army, which belongs to the Three Brotherhood Alliance": a part of
        // the organisation its "to" phrase names (a person, a member)
        if p.upos(t) == "VERB" && p.lemma[t] == "belong" {
            let subj = p
                .children(t)
                .find(|&c| p.deprel(c) == "nsubj")
                .and_then(over);
            let org = p
                .children(t)
                .find(|&c| matches!(p.deprel(c), "obl" | "obl:arg") && sent.marked(c, "to"))
                .and_then(over);
            if let (Some(s), Some(o)) = (subj, org) {
                let (sa, oa) = (&actors.list[s.actor], &actors.list[o.actor]);
                let ty = if sa.kind == ActorKind::Person {
                    Some(ClaimType::MemberOf)
                } else if org_like(sa) {
                    Some(ClaimType::PartOf)
                } else {
                    None
                };
                if let Some(ty) = ty.filter(|_| org_like(oa) && s.actor != o.actor) {
                    out.push(draft(ty, s.actor, o.actor, t, "tree: belongs to"));
                }
            }
            continue;
        }
        // a predicate noun: "X is/has been a member of Y", "X forms the backbone of Y"
        if !matches!(p.upos(t), "NOUN" | "NUM" | "PRON") {
            continue;
        }
        let w = sent.word(t);
        let copula = p.children(t).any(|c| p.deprel(c) == "cop");
        // ("became NATO's 31st member", "remains part of …": a verb of becoming)
        let forms = matches!(p.deprel(t), "obj" | "xcomp")
            && p.head(t).is_some_and(|h| {
                matches!(
                    p.lemma[h].as_str(),
                    "form" | "constitute" | "make" | "become" | "remain"
                )
            });
        // ("describing the coalition as al-Qaeda's official branch in Mali", "calls the
        // ADF the Islamic State's branch in Congo": what a verb of naming calls its
        // object)
        let naming = p.head(t).filter(|&h| {
            NAMING_LEMMAS.contains(&p.lemma[h].as_str())
                && (sent.marked(t, "as") || matches!(p.deprel(t), "xcomp" | "obj"))
                && p.children(h).any(|c| c != t && p.deprel(c) == "obj")
        });
        // (the parser may hang the second object on the first: "calls [the ADF [the
        // Islamic State's branch]]")
        let bare_second = (p.deprel(t) == "nmod" && !p.children(t).any(|c| p.deprel(c) == "case"))
            .then(|| p.head(t))
            .flatten()
            .filter(|&g| {
                p.deprel(g) == "obj"
                    && p.head(g)
                        .is_some_and(|h| NAMING_LEMMAS.contains(&p.lemma[h].as_str()))
            });
        if !copula && !forms && naming.is_none() && bare_second.is_none() {
            continue;
        }
        let subj_tok = if let Some(g) = bare_second {
            Some(g)
        } else if let Some(h) = naming {
            p.children(h).find(|&c| c != t && p.deprel(c) == "obj")
        } else if copula {
            p.children(t).find(|&c| p.deprel(c) == "nsubj")
        } else {
            p.head(t)
                .and_then(|h| p.children(h).find(|&c| p.deprel(c) == "nsubj"))
        };
        let Some(subj) = subj_tok.and_then(over) else {
            continue;
        };
        // "one of the component groups of JNIM": the noun under "one"
        let (noun, noun_tok) = if matches!(w, "one" | "part") {
            match of_child(t) {
                Some(c) if w == "one" => (sent.word(c), c),
                _ => (w, t),
            }
        } else {
            (w, t)
        };
        // (a plural of a part noun too: "one of the largest factions in the PMF")
        let structural = PART_NOUNS.contains(&noun)
            || PART_NOUNS.contains(&p.lemma[noun_tok].as_str())
            || matches!(
                noun,
                "member"
                    | "members"
                    | "part"
                    | "backbone"
                    | "core"
                    | "group"
                    | "groups"
                    | "body"
                    | "element"
                    | "elements"
                    | "components"
                    | "affiliates"
                    | "branches"
            );
        if !structural {
            continue;
        }
        // (a country "in" which a branch is is its place, not its whole: "al-Qaeda's
        // affiliate in Somalia")
        let whole = of_child(noun_tok).filter(|&c| {
            !(sent.marked(c, "in")
                && over(c).is_some_and(|m| actors.list[m.actor].kind == ActorKind::Country))
        });
        let Some(org) = whole.and_then(over).or_else(|| {
            // "Iran's closest partner", "NATO's newest member": the possessor
            p.children(noun_tok)
                .find(|&c| p.deprel(c) == "nmod:poss")
                .and_then(over)
        }) else {
            continue;
        };
        // (each of coordinated subjects: "Ansar Dine and al-Mourabitoun both became
        // branches of JNIM")
        let conjuncts = subj_tok
            .into_iter()
            .flat_map(|s| p.children(s).filter(|&c| p.deprel(c) == "conj"))
            .filter_map(over);
        for subj in std::iter::once(subj).chain(conjuncts) {
            let sa = &actors.list[subj.actor];
            if !org_like(sa) || !org_like(&actors.list[org.actor]) || subj.actor == org.actor {
                continue;
            }
            out.push(draft(
                ClaimType::PartOf,
                subj.actor,
                org.actor,
                noun_tok,
                "tree: predicate part noun",
            ));
        }
    }
    out
}

/// "the anti-Taliban figures" (the collective opposes the Taliban), "the TTP had an
/// anti-Pakistan approach" (the subject of the clause does): HOSTILE_TO.
fn opposition(sent: &Sent, actors: &Actors, ments: &[&Mention]) -> Vec<Draft> {
    let p = &sent.syn;
    let mut out = Vec::new();
    for &(s, k, opposed) in &actors.opposed {
        if s != sent.idx {
            continue;
        }
        let holder = ments
            .iter()
            .find(|m| m.t0 == k && m.t1 > k + 1 && m.actor != opposed)
            .map(|m| m.actor)
            .or_else(|| {
                // the noun it modifies, then the clause that noun belongs to
                let noun = p.head(k).filter(|_| p.deprel(k) == "amod")?;
                let clause = if p.children(noun).any(|c| p.deprel(c) == "cop") {
                    noun
                } else {
                    p.head(noun).filter(|_| p.deprel(noun) == "obj")?
                };
                let subj = p.children(clause).find(|&c| p.deprel(c) == "nsubj")?;
                crate::treeargs::mention_over(ments, subj).map(|m| m.actor)
            });
        let Some(h) = holder else { continue };
        if h == opposed {
            continue;
        }
        let (c0, c1) = clause(sent, k);
        out.push(Draft {
            ty: ClaimType::HostileTo,
            modes: vec![],
            role: None,
            source: h,
            target: Some(opposed),
            t: k,
            c0,
            c1,
            confidence: 0.55,
            rule: "anti-X: opposition named on a noun",
            open: None,
            agentless: false,
        });
    }
    out
}

/// Whether a mention is a description followed by the name it introduces ("the Taliban
/// leadership council, called Quetta Shura", "… known as the Quetta Shura").
fn introduced(sent: &Sent, m: &Mention) -> bool {
    let mut k = m.t1;
    if sent.word(k) == "," {
        k += 1;
    }
    match sent.word(k) {
        "called" | "dubbed" | "named" | "nicknamed" => true,
        "known" | "referred" => matches!(sent.word(k + 1), "as" | "to"),
        _ => false,
    }
}
