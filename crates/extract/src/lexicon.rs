//! The predicate lexicon: which words signal which claim type, with which modes,
//! and how their arguments are found. Forms are inflected surface forms; a
//! verb stem expands to its regular inflections.

use rapport_model::{ClaimType, Mode};
use std::collections::HashMap;
use std::sync::OnceLock;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pos {
    Verb,
    Noun,
}

/// One trigger: a word (or words) and what it means.
#[derive(Debug, Clone)]
pub struct Trigger {
    /// The words after the first one, if a phrase ("air", "strike").
    pub rest: Vec<String>,
    pub ty: ClaimType,
    pub modes: Vec<Mode>,
    pub pos: Pos,
    /// A past participle form: with a form of "be" before it, the voice is passive.
    pub participle: bool,
    /// Needs an aid object word (weapons, money, …) in its clause to count.
    pub needs_object: bool,
    /// Words that mark the target after the trigger ("to", "with", "against").
    pub target_preps: &'static [&'static str],
    /// The receiver is the subject and the giver follows "from" ("received … from").
    pub reverse: bool,
    pub base_confidence: f64,
    /// The act's only object is a place ("seized Goma", "attacks inside the city"):
    /// the claim stands with no target.
    pub placed: bool,
}

struct Spec {
    ty: ClaimType,
    modes: &'static [Mode],
    preps: &'static [&'static str],
    needs_object: bool,
    conf: f64,
}

use ClaimType::*;
use Mode::*;

fn verb_forms(stem: &str) -> Vec<(String, bool)> {
    // (form, is past participle)
    let mut out = vec![(stem.to_string(), false)];
    let (s, ed, ing) = if stem.ends_with("ee") {
        // "flee": flees, fleed (irregular forms listed apart), fleeing
        (format!("{stem}s"), format!("{stem}d"), format!("{stem}ing"))
    } else if let Some(b) = stem.strip_suffix('e') {
        (format!("{stem}s"), format!("{stem}d"), format!("{b}ing"))
    } else if let Some(b) = stem
        .strip_suffix('y')
        .filter(|b| !b.ends_with(['a', 'e', 'o', 'u']))
    {
        (format!("{b}ies"), format!("{b}ied"), format!("{stem}ing"))
    } else if stem.ends_with(['s', 'x', 'z']) || stem.ends_with("ch") || stem.ends_with("sh") {
        (
            format!("{stem}es"),
            format!("{stem}ed"),
            format!("{stem}ing"),
        )
    } else {
        (
            format!("{stem}s"),
            format!("{stem}ed"),
            format!("{stem}ing"),
        )
    };
    out.push((s, false));
    out.push((ed, true));
    out.push((ing, false));
    // a stressed last syllable doubles its consonant ("transferred", "permitting"),
    // and British spelling doubles a final "l" ("funnelled"): both forms are read
    if DOUBLING.contains(&stem) {
        let last = &stem[stem.len() - 1..];
        out.push((format!("{stem}{last}ed"), true));
        out.push((format!("{stem}{last}ing"), false));
    }
    out
}

/// Lemmas of harming an actor's strength ("to weaken the Afghan government"), a hostile
/// stance only as an aim.
pub const HARMING: &[&str] = &[
    "weaken",
    "undermine",
    "destabilize",
    "destabilise",
    "subvert",
    "sabotage",
];

/// Stems of the lexicon whose past and -ing forms double the last consonant and are not
/// listed with its irregular forms.
const DOUBLING: &[&str] = &["transfer", "permit", "prop", "slam", "funnel", "channel"];

/// Stems, irregular forms (form, is participle), and what they mean.
type VerbRow = (
    &'static [&'static str],
    &'static [(&'static str, bool)],
    Spec,
);

/// Whether the lexicon reads `word` as a trigger of this type and part of speech
/// ("bombing" is a noun of force, "overran" a verb of force).
pub fn has_sense(word: &str, ty: ClaimType, pos: Pos) -> bool {
    lexicon()
        .get(word)
        .is_some_and(|c| c.iter().any(|x| x.ty == ty && x.pos == pos))
}

/// The lexicon, built once.
pub fn lexicon() -> &'static HashMap<String, Vec<Trigger>> {
    static LEX: OnceLock<HashMap<String, Vec<Trigger>>> = OnceLock::new();
    LEX.get_or_init(build)
}

fn build() -> HashMap<String, Vec<Trigger>> {
    let mut m: HashMap<String, Vec<Trigger>> = HashMap::new();
    let mut add = |phrase: &str, spec: &Spec, pos: Pos, participle: bool| {
        let mut words = phrase.split(' ').map(str::to_string);
        let first = words.next().unwrap();
        m.entry(first).or_default().push(Trigger {
            rest: words.collect(),
            ty: spec.ty,
            modes: spec.modes.to_vec(),
            pos,
            participle,
            needs_object: spec.needs_object,
            target_preps: spec.preps,
            reverse: spec.preps == ["from"] && spec.ty == Aid,
            base_confidence: spec.conf,
            placed: false,
        });
    };
    // verbs: stems with regular inflections, then irregular forms (form, participle)
    let verbs: &[VerbRow] = &[
        (
            &["arm", "rearm"],
            &[],
            Spec {
                ty: Aid,
                modes: &[Weapons],
                preps: &[],
                needs_object: false,
                conf: 0.7,
            },
        ),
        (
            &[
                "supply", "provide", "deliver", "smuggle", "ship", "transfer", "funnel", "channel",
            ],
            &[],
            Spec {
                ty: Aid,
                modes: &[],
                preps: &["to", "for"],
                needs_object: true,
                conf: 0.7,
            },
        ),
        (
            // "offered the Taliban money": aid offered, not yet given (its status is read
            // as intended)
            &["offer"],
            &[],
            Spec {
                ty: Aid,
                modes: &[],
                preps: &["to"],
                needs_object: true,
                conf: 0.55,
            },
        ),
        (
            // "lent billions of dollars to Pakistan" (what is lent says what kind)
            &["lend", "loan"],
            &[("lent", true)],
            Spec {
                ty: Aid,
                modes: &[],
                preps: &["to"],
                needs_object: true,
                conf: 0.65,
            },
        ),
        (
            &["send", "give", "hand", "sell"],
            &[
                ("sent", true),
                ("gave", false),
                ("given", true),
                ("sold", true),
            ],
            Spec {
                ty: Aid,
                modes: &[],
                preps: &["to", "for"],
                needs_object: true,
                conf: 0.65,
            },
        ),
        (
            &[
                "fund",
                "finance",
                "bankroll",
                "pay",
                "sponsor",
                "subsidize",
                "subsidise",
            ],
            &[("paid", true)],
            Spec {
                ty: Aid,
                modes: &[Funding],
                preps: &[],
                needs_object: false,
                conf: 0.7,
            },
        ),
        (
            &[
                "receive", "obtain", "acquire", "accept", "buy", "purchase", "import",
            ],
            &[("got", false), ("bought", true)],
            Spec {
                ty: Aid,
                modes: &[],
                preps: &["from"],
                needs_object: true,
                conf: 0.6,
            },
        ),
        (
            // ("Quds Force instructors taught Mahdi Army men to build roadside bombs")
            &["train", "drill", "instruct"],
            &[
                ("taught", true),
                ("teach", false),
                ("teaches", false),
                ("teaching", false),
            ],
            Spec {
                ty: Aid,
                modes: &[Training],
                preps: &[],
                needs_object: false,
                conf: 0.7,
            },
        ),
        (
            &["equip"],
            &[("equipped", true), ("equipping", false)],
            Spec {
                ty: Aid,
                modes: &[Equipment],
                preps: &[],
                needs_object: false,
                conf: 0.7,
            },
        ),
        (
            &["shelter", "harbor", "harbour"],
            &[],
            Spec {
                ty: Aid,
                modes: &[Sanctuary],
                preps: &[],
                needs_object: false,
                conf: 0.65,
            },
        ),
        (
            // "sent special forces to reinforce M23 units"
            &["reinforce"],
            &[],
            Spec {
                ty: Aid,
                modes: &[Personnel],
                preps: &[],
                needs_object: false,
                conf: 0.6,
            },
        ),
        (
            &[
                "support", "back", "assist", "help", "aid", "bolster", "prop", "enable",
            ],
            &[("backed", true)],
            Spec {
                ty: Aid,
                modes: &[Unspecified],
                preps: &[],
                needs_object: false,
                conf: 0.55,
            },
        ),
        (
            &[
                "kill",
                "murder",
                "execute",
                "behead",
                "massacre",
                "slaughter",
            ],
            &[],
            Spec {
                ty: Assault,
                modes: &[Kill],
                preps: &[],
                needs_object: false,
                conf: 0.75,
            },
        ),
        (
            // "was wounded in an Israeli strike", "injured two soldiers"
            &["injure", "wound", "maim"],
            &[],
            Spec {
                ty: Assault,
                modes: &[],
                preps: &[],
                needs_object: false,
                conf: 0.65,
            },
        ),
        (
            &["assassinate"],
            &[],
            Spec {
                ty: Assault,
                modes: &[Assassination, Kill],
                preps: &[],
                needs_object: false,
                conf: 0.75,
            },
        ),
        (
            &[
                "attack", "assault", "raid", "storm", "ambush", "invade", "target", "overrun",
                "crush", "suppress", "rout", "pound", "destroy", "encircle",
            ],
            &[("targetted", true), ("overran", false), ("overrun", true)],
            Spec {
                ty: Assault,
                modes: &[ArmedAttack],
                preps: &[],
                needs_object: false,
                conf: 0.7,
            },
        ),
        (
            // "vowed to march on Addis Ababa", "the rebels marched on the capital": an
            // advance on a place to take it
            &[],
            &[
                ("march on", false),
                ("marched on", false),
                ("marches on", false),
                ("marching on", false),
            ],
            Spec {
                ty: Assault,
                modes: &[ArmedAttack],
                preps: &[],
                needs_object: true,
                conf: 0.6,
            },
        ),
        (
            // "took control of Kabul", "seized control of the town": taking by force
            // (a place with no holder named: a claim with no target)
            &[],
            &[
                ("take control", false),
                ("takes control", false),
                ("took control", false),
                ("taken control", true),
                ("taking control", false),
                ("seize control", false),
                ("seizes control", false),
                ("seized control", true),
                ("seizing control", false),
                ("gain control", false),
                ("gains control", false),
                ("gained control", true),
                ("gaining control", false),
                ("wrest control", false),
                ("wrested control", true),
            ],
            Spec {
                ty: Assault,
                modes: &[ArmedAttack],
                preps: &["of"],
                needs_object: false,
                conf: 0.6,
            },
        ),
        (
            // "retaliated against Israel" ("vowed to retaliate": a threat)
            &["retaliate"],
            &[],
            Spec {
                ty: Assault,
                modes: &[ArmedAttack],
                preps: &["against", "on"],
                needs_object: false,
                conf: 0.55,
            },
        ),
        (
            &["bomb", "bombard", "shell", "blow", "sink"],
            &[
                ("blew", false),
                ("blown", true),
                ("sank", false),
                ("sunk", true),
            ],
            Spec {
                ty: Assault,
                modes: &[Bombing],
                preps: &[],
                needs_object: false,
                conf: 0.7,
            },
        ),
        (
            // "rammed a supply boat", "set fire to an oil depot", "torched the offices"
            &["ram", "torch"],
            &[
                ("rammed", true),
                ("ramming", false),
                ("set fire", false),
                ("sets fire", false),
                ("setting fire", false),
                // ("were set on fire by Viv Ansanm gangs", "burned down the offices")
                ("set on fire", true),
                ("set ablaze", true),
                ("burned down", true),
                ("burnt down", true),
                ("burning down", false),
            ],
            Spec {
                ty: Assault,
                modes: &[ArmedAttack],
                preps: &["to", "on"],
                needs_object: false,
                conf: 0.6,
            },
        ),
        (
            // "downed a drone", "was brought down by a missile"
            &[],
            &[
                ("downed", true),
                ("downing", false),
                ("brought down", true),
                ("bring down", false),
                ("bringing down", false),
            ],
            Spec {
                ty: Assault,
                modes: &[ArmedAttack],
                preps: &[],
                needs_object: false,
                conf: 0.6,
            },
        ),
        (
            &["strike", "hit", "shoot"],
            &[
                ("struck", true),
                ("hit", true),
                ("shot", true),
                ("striking", false),
                ("hitting", false),
            ],
            Spec {
                ty: Assault,
                modes: &[],
                preps: &[],
                needs_object: false,
                conf: 0.6,
            },
        ),
        (
            &["abduct", "kidnap", "hijack"],
            &[
                ("kidnapped", true),
                ("kidnapping", false),
                ("hijacked", true),
                ("hijacking", false),
            ],
            Spec {
                ty: Assault,
                modes: &[Abduction],
                preps: &[],
                needs_object: false,
                conf: 0.7,
            },
        ),
        (
            &[
                "fight",
                "battle",
                "clash",
                "shootout",
                "firefight",
                "gunfight",
                "skirmish",
            ],
            &[("fought", true)],
            Spec {
                ty: Assault,
                modes: &[ArmedAttack],
                preps: &["against", "with"],
                needs_object: false,
                conf: 0.55,
            },
        ),
        (
            &[
                "accuse",
                "blame",
                "criticize",
                "criticise",
                "condemn",
                "denounce",
                "allege",
                "slam",
                "fault",
                "rebuke",
                "castigate",
                "challenge",
                "question",
                // legal process: "indicted Nicolás Maduro", "charged Riek Machar with
                // treason"
                "indict",
                "charge",
                "prosecute",
                "sue",
            ],
            &[],
            Spec {
                ty: Accuse,
                modes: &[],
                preps: &["of", "for"],
                needs_object: false,
                conf: 0.65,
            },
        ),
        (
            // "attributed the attack to the Haqqani network" (only with an act as its
            // object: `claims::attributed_act`)
            &["attribute"],
            &[],
            Spec {
                ty: Accuse,
                modes: &[],
                preps: &["to"],
                needs_object: false,
                conf: 0.6,
            },
        ),
        (
            &["warn"],
            &[],
            Spec {
                ty: Accuse,
                modes: &[],
                preps: &["against"],
                needs_object: false,
                conf: 0.55,
            },
        ),
        (
            // "threatened ruin to Turkey's economy", "threatened sanctions against Iran"
            &["threaten"],
            &[],
            Spec {
                ty: Threaten,
                modes: &[],
                preps: &["with", "to", "on", "against"],
                needs_object: false,
                conf: 0.7,
            },
        ),
        (
            // a standing stance against an actor ("Tehran opposes the group", "a strategy
            // to contain Iran"); the actor is its direct object
            &["oppose", "contain", "confront", "antagonize", "antagonise"],
            &[],
            Spec {
                ty: HostileTo,
                modes: &[],
                preps: &[],
                needs_object: false,
                conf: 0.55,
            },
        ),
        (
            // the same stance by harming the actor's strength, read only as an aim
            // (`claims::aims_against`)
            HARMING,
            &[],
            Spec {
                ty: HostileTo,
                modes: &[],
                preps: &[],
                needs_object: false,
                conf: 0.55,
            },
        ),
        (
            &["mobilize", "mobilise", "amass", "mass"],
            &[],
            Spec {
                ty: Mobilize,
                modes: &[],
                preps: &[],
                needs_object: false,
                conf: 0.65,
            },
        ),
        (
            // "deployed troops to Mozambique": forces sent to another state's ground
            &["deploy", "redeploy"],
            &[],
            Spec {
                ty: Mobilize,
                modes: &[],
                preps: &["to", "into"],
                needs_object: false,
                conf: 0.65,
            },
        ),
        (
            // "did not notify Qatar in advance", "briefed the Security Council": telling
            // another party is consulting it
            &["notify", "inform", "brief"],
            &[],
            Spec {
                ty: Consult,
                modes: &[],
                preps: &[],
                needs_object: true,
                conf: 0.55,
            },
        ),
        (
            // "Putin spoke by phone with Erdogan", "talked to the Taliban"
            &["speak", "talk", "phone"],
            &[("spoke", false), ("spoken", true)],
            Spec {
                ty: Consult,
                modes: &[],
                preps: &["with", "to"],
                needs_object: true,
                conf: 0.55,
            },
        ),
        (
            &[
                "meet",
                "visit",
                "invite",
                "host",
                "consult",
                "negotiate",
                "discuss",
            ],
            &[("met", true)],
            Spec {
                ty: Consult,
                modes: &[],
                preps: &["with"],
                needs_object: false,
                conf: 0.65,
            },
        ),
        (
            &[
                "use",
                "cooperate",
                "collaborate",
                "coordinate",
                "engage",
                "partner",
                "join",
                "side",
            ],
            &[],
            Spec {
                ty: Cooperate,
                modes: &[],
                preps: &["with", "in"],
                needs_object: false,
                conf: 0.6,
            },
        ),
        (
            // "is working directly with the YPG", "worked alongside French special
            // forces": work done with a named partner (no claim without one)
            &["work"],
            &[],
            Spec {
                ty: Cooperate,
                modes: &[],
                preps: &["with", "alongside"],
                needs_object: false,
                conf: 0.55,
            },
        ),
        (
            &[
                "recognize",
                "recognise",
                "endorse",
                "praise",
                "welcome",
                "hail",
                "legitimize",
                "legitimise",
                "allow",
                "permit",
            ],
            // ("let NRF fighters train": "let" doubles no consonant of the rules')
            &[("let", true), ("lets", false), ("letting", false)],
            Spec {
                ty: Support,
                modes: &[],
                preps: &[],
                needs_object: false,
                conf: 0.6,
            },
        ),
        (
            &["agree", "sign", "settle", "reconcile"],
            &[],
            Spec {
                ty: Agree,
                modes: &[],
                preps: &["with"],
                needs_object: false,
                conf: 0.6,
            },
        ),
        (
            &[
                "ask", "request", "appeal", "urge", "demand", "petition", "plead",
            ],
            &[],
            Spec {
                ty: Request,
                modes: &[],
                preps: &["to"],
                needs_object: false,
                conf: 0.55,
            },
        ),
        (
            &["reject", "refuse", "rebuff", "spurn", "veto", "dismiss"],
            &[],
            Spec {
                ty: Reject,
                modes: &[],
                preps: &[],
                needs_object: false,
                conf: 0.55,
            },
        ),
        (
            &[
                "sanction",
                "expel",
                "blacklist",
                "designate",
                "embargo",
                "suspend",
            ],
            &[("expelled", true), ("expelling", false)],
            Spec {
                ty: Sanction,
                modes: &[],
                preps: &[],
                needs_object: false,
                conf: 0.65,
            },
        ),
        (
            &[
                "arrest",
                "extradite",
                "deport",
                "detain",
                "seize",
                "capture",
                "imprison",
                "jail",
                "ban",
                "intercept",
                "confiscate",
                "interdict",
                "besiege",
                "blockade",
                "retake",
                "recapture",
                // "Russia annexed Crimea": territory seized
                "annex",
                // "a military court in Kinshasa sentenced Corneille Nangaa to death"
                "sentence",
                "convict",
            ],
            &[
                ("banned", true),
                ("banning", false),
                ("barred", true),
                ("barring", false),
                ("bars", false),
                ("retook", false),
                ("retaken", true),
                // "Kosovo police shut down Serbian-run post offices"
                ("shut down", true),
                ("shuts down", false),
                ("shutting down", false),
            ],
            Spec {
                ty: Coerce,
                modes: &[],
                preps: &[],
                needs_object: false,
                conf: 0.6,
            },
        ),
        (
            // "cracked down on the opposition"
            &[],
            &[
                ("crack down", false),
                ("cracks down", false),
                ("cracked down", true),
                ("cracking down", false),
            ],
            Spec {
                ty: Coerce,
                modes: &[],
                preps: &["on"],
                needs_object: false,
                conf: 0.6,
            },
        ),
        (
            // "Qatar mediated between Hamas and Israel": talks with both sides
            &["mediate", "broker"],
            &[],
            Spec {
                ty: Consult,
                modes: &[],
                preps: &["between", "with"],
                needs_object: false,
                conf: 0.6,
            },
        ),
        (
            // ("abandoned the al-Watiya air base": only a place abandoned, see
            // `claims::abandons_no_place`)
            &["withdraw", "retreat", "evacuate", "abandon"],
            &[("withdrew", false), ("withdrawn", true)],
            Spec {
                ty: Retreat,
                modes: &[],
                preps: &["from"],
                needs_object: false,
                conf: 0.6,
            },
        ),
        (
            &["release", "free", "concede", "ease", "lift", "pardon"],
            &[],
            Spec {
                ty: Concede,
                modes: &[],
                preps: &[],
                needs_object: false,
                conf: 0.5,
            },
        ),
        (
            &["protest", "demonstrate", "rally"],
            &[("rallied", true)],
            Spec {
                ty: Protest,
                modes: &[],
                preps: &["against"],
                needs_object: false,
                conf: 0.55,
            },
        ),
        (
            &[
                "travel", "cross", "fly", "flee", "return", "arrive", "enter",
            ],
            &[
                ("travelled", true),
                ("travelling", false),
                ("flew", false),
                ("flown", true),
                ("fled", true),
            ],
            Spec {
                ty: Travel,
                modes: &[],
                preps: &["to", "from", "into", "in"],
                needs_object: false,
                conf: 0.55,
            },
        ),
        (
            &[
                "remove", "sideline", "oust", "sack", "depose", "replace", "fire", "topple",
                "purge", "demote",
            ],
            &[
                ("overthrow", false),
                ("overthrows", false),
                ("overthrowing", false),
                ("overthrew", false),
                ("overthrown", true),
            ],
            Spec {
                ty: Remove,
                modes: &[],
                preps: &[],
                needs_object: false,
                conf: 0.6,
            },
        ),
    ];
    for (stems, irregular, spec) in verbs {
        for stem in *stems {
            for (form, part) in verb_forms(stem) {
                // bare "back" is mostly an adverb ("pushing back")
                if form == "back" {
                    continue;
                }
                // ("hit", "cut": a bare form listed as a participle too is one)
                let part = part || irregular.iter().any(|&(f, p)| p && f == form);
                add(&form, spec, Pos::Verb, part);
                // ("re-designated", "re-imposed": the act done again is the act)
                if !form.contains(' ') {
                    add(&format!("re-{form}"), spec, Pos::Verb, part);
                }
            }
        }
        for (form, part) in *irregular {
            add(form, spec, Pos::Verb, *part);
            if !form.contains(' ') {
                add(&format!("re-{form}"), spec, Pos::Verb, *part);
            }
        }
    }
    // doubled consonants of common verbs
    for (form, spec) in [
        (
            "shipped",
            Spec {
                ty: Aid,
                modes: &[],
                preps: &["to", "for"],
                needs_object: true,
                conf: 0.7,
            },
        ),
        (
            "shipping",
            Spec {
                ty: Aid,
                modes: &[],
                preps: &["to", "for"],
                needs_object: true,
                conf: 0.7,
            },
        ),
        (
            "bombed",
            Spec {
                ty: Assault,
                modes: &[Bombing],
                preps: &[],
                needs_object: false,
                conf: 0.7,
            },
        ),
        (
            "planned",
            Spec {
                ty: Consult,
                modes: &[],
                preps: &[],
                needs_object: true,
                conf: 0.0,
            },
        ),
    ] {
        if spec.conf > 0.0 {
            add(form, &spec, Pos::Verb, form.ends_with("ed"));
        }
    }
    let nouns: &[(&[&str], Spec)] = &[
        (
            // "Russia's build-up of troops near the border", "Rwanda's deployment of
            // troops to Mozambique"
            &[
                "deployment",
                "deployments",
                "build-up",
                "buildup",
                "mobilization",
                "mobilisation",
                "redeployment",
            ],
            Spec {
                ty: Mobilize,
                modes: &[],
                preps: &["to", "into"],
                needs_object: false,
                conf: 0.55,
            },
        ),
        (
            &[
                "weapons",
                "arms",
                "missiles",
                "rockets",
                "munitions",
                "ammunition",
                "explosives",
                "weaponry",
                "rifles",
            ],
            Spec {
                ty: Aid,
                modes: &[Weapons],
                preps: &["to", "for"],
                needs_object: true,
                conf: 0.5,
            },
        ),
        (
            // "China and Russia held joint naval exercises", "drills with Russia": joint
            // manoeuvres are cooperation (no claim without a partner)
            &[
                "exercises",
                "exercise",
                "drills",
                "drill",
                "manoeuvres",
                "maneuvers",
                "wargames",
                "war games",
                "patrols",
                "patrol",
            ],
            Spec {
                ty: Cooperate,
                modes: &[],
                preps: &["with"],
                needs_object: false,
                conf: 0.5,
            },
        ),
        (
            // "Hamas's release of three Israeli hostages"
            &["release", "releases", "freeing"],
            Spec {
                ty: Concede,
                modes: &[],
                preps: &["of"],
                needs_object: true,
                conf: 0.5,
            },
        ),
        (
            // "Pyongyang's supply of shells to Moscow", "the UAE's airlift of weapons to …"
            &[
                "supply",
                "supplies",
                "delivery",
                "deliveries",
                "shipment",
                "shipments",
                "airlift",
                "airlifts",
                "provision",
                "transfer",
                "transfers",
            ],
            Spec {
                ty: Aid,
                modes: &[],
                preps: &["to", "for"],
                needs_object: true,
                conf: 0.5,
            },
        ),
        (
            &[
                "funding",
                "financing",
                "money",
                "cash",
                "funds",
                "bankrolling",
                "payments",
            ],
            Spec {
                ty: Aid,
                modes: &[Funding],
                preps: &["to", "for"],
                needs_object: true,
                conf: 0.5,
            },
        ),
        (
            // "Iran is a major supplier of drones to Russia", "Iran, a key supplier of
            // drones to Russia,"
            &["supplier", "suppliers", "provider", "financier"],
            Spec {
                ty: Aid,
                modes: &[Unspecified],
                preps: &["to", "for"],
                needs_object: true,
                conf: 0.5,
            },
        ),
        (
            // "Tehran's arming of the Houthis": the armed are the "of" phrase
            &["arming", "rearming"],
            Spec {
                ty: Aid,
                modes: &[Weapons],
                preps: &["of", "to"],
                needs_object: false,
                conf: 0.55,
            },
        ),
        (
            &["training camps", "training", "military training"],
            Spec {
                ty: Aid,
                modes: &[Training],
                preps: &["to", "for"],
                needs_object: false,
                conf: 0.55,
            },
        ),
        (
            &[
                "safe haven",
                "sanctuary",
                "safe havens",
                "refuge",
                // ("found safe houses for his men")
                "safe house",
                "safe houses",
                "safehouse",
                "safehouses",
            ],
            Spec {
                ty: Aid,
                modes: &[Sanctuary],
                preps: &["to", "for"],
                needs_object: false,
                conf: 0.55,
            },
        ),
        (
            &[
                "assistance",
                "aid",
                "help",
                "support",
                "backing",
                "sponsorship",
                "patronage",
                "largesse",
            ],
            Spec {
                ty: Aid,
                modes: &[Unspecified],
                preps: &["to", "for"],
                needs_object: false,
                conf: 0.5,
            },
        ),
        (
            &[
                "attack",
                "attacks",
                "assault",
                "raid",
                "raids",
                "offensive",
                "invasion",
                "incursion",
                // a seizure of power by force ("a coup against President Hadi's
                // government")
                "coup",
                "coups",
                "putsch",
                "onslaught",
                "ambush",
                "recapture",
                "fight",
                "operations",
                "operation",
                "campaign",
                "campaigns",
                "strike",
                "strikes",
                "shelling",
                // ("Moscow's overnight missile barrage")
                "barrage",
                "barrages",
                "salvo",
                "salvoes",
                "salvos",
                // ("vowed revenge against Israel": a threat)
                "retaliation",
                "reprisal",
                "reprisals",
                "revenge",
                "vengeance",
            ],
            Spec {
                ty: Assault,
                modes: &[ArmedAttack],
                // ("an incursion into Syria", "strikes inside Afghanistan")
                preps: &["on", "against", "of", "into", "inside"],
                needs_object: false,
                conf: 0.55,
            },
        ),
        (
            // a war on a government by those who rise against it, named only with
            // "against" ("waged an insurgency against the Somali government"; "their
            // insurgency with training camps inside Iran" is fought elsewhere)
            &["insurgency", "insurgencies", "rebellion", "rebellions"],
            Spec {
                ty: Assault,
                modes: &[ArmedAttack],
                preps: &["against"],
                needs_object: false,
                conf: 0.55,
            },
        ),
        (
            // "the abduction of two soldiers by the ELN", "the hijacking of the Jaffar
            // Express by BLA militants"
            &[
                "abduction",
                "abductions",
                "kidnapping",
                "kidnappings",
                "hijacking",
                "hijackings",
            ],
            Spec {
                ty: Assault,
                modes: &[Abduction],
                preps: &["of"],
                needs_object: false,
                conf: 0.55,
            },
        ),
        (
            // "Washington's lifting of most sanctions on Damascus"
            &["lifting", "easing"],
            Spec {
                ty: Concede,
                modes: &[],
                preps: &["on", "against"],
                needs_object: false,
                conf: 0.55,
            },
        ),
        (
            // "the ramming of a Philippine supply boat by a Chinese coast guard vessel"
            &["ramming", "rammings"],
            Spec {
                ty: Assault,
                modes: &[ArmedAttack],
                preps: &["of"],
                needs_object: false,
                conf: 0.55,
            },
        ),
        (
            &[
                "prisoner swap",
                "prisoner swaps",
                "prisoner exchange",
                "prisoner exchanges",
            ],
            Spec {
                ty: Concede,
                modes: &[],
                preps: &["between", "with"],
                needs_object: false,
                conf: 0.6,
            },
        ),
        (
            FIGHTING_NOUNS,
            Spec {
                ty: Assault,
                modes: &[ArmedAttack],
                preps: &["with", "against", "between"],
                needs_object: false,
                conf: 0.55,
            },
        ),
        (
            &[
                "airstrike",
                "airstrikes",
                "air strike",
                "air strikes",
                "drone strike",
                "drone strikes",
                "air raid",
                "air raids",
                "bombardment",
                "bombardments",
            ],
            Spec {
                ty: Assault,
                modes: &[AirStrike],
                preps: &["on", "against", "into", "inside"],
                needs_object: false,
                conf: 0.6,
            },
        ),
        (
            &["killing", "killings", "massacre", "assassination"],
            Spec {
                ty: Assault,
                modes: &[Kill],
                preps: &["of"],
                needs_object: false,
                conf: 0.55,
            },
        ),
        (
            &[
                "bombing",
                "bombings",
                "bomb attack",
                "suicide attack",
                "truck bomb",
                "car bomb",
            ],
            Spec {
                ty: Assault,
                modes: &[Bombing],
                // ("the bombing of a Frontier Corps camp")
                preps: &["on", "against", "of"],
                needs_object: false,
                conf: 0.55,
            },
        ),
        (
            // "the sabotage of the Warsaw–Lublin railway line", "sabotage attacks on
            // Germany's rail network" (only the noun: "to sabotage the talks" harms an
            // aim, not a target)
            &[
                "sabotage",
                "sabotage attack",
                "sabotage attacks",
                "arson attack",
                "arson attacks",
            ],
            Spec {
                ty: Assault,
                modes: &[ArmedAttack],
                preps: &["on", "against", "of"],
                needs_object: true,
                conf: 0.5,
            },
        ),
        (
            &[
                "allegation",
                "allegations",
                "accusation",
                "accusations",
                "criticism",
                "condemnation",
                "swipe",
            ],
            Spec {
                ty: Accuse,
                modes: &[],
                preps: &["against", "at", "of"],
                needs_object: false,
                conf: 0.5,
            },
        ),
        (
            // legal process: "issued an arrest warrant for Vladimir Putin", "filed
            // charges against", "a lawsuit against", "the indictment of"
            &[
                "arrest warrant",
                "arrest warrants",
                "warrant",
                "warrants",
                "charges",
                "indictment",
                "indictments",
                "lawsuit",
                "lawsuits",
            ],
            Spec {
                ty: Accuse,
                modes: &[],
                preps: &["for", "against", "of"],
                needs_object: false,
                conf: 0.5,
            },
        ),
        (
            // a case or complaint brought against someone: "filed a genocide case
            // against Israel at the ICJ" (only "against": "the case of Iran" is none)
            &["case", "cases", "complaint", "complaints", "suit", "suits"],
            Spec {
                ty: Accuse,
                modes: &[],
                preps: &["against"],
                needs_object: false,
                conf: 0.45,
            },
        ),
        (
            // "its objections to the presence of US forces": a complaint against them
            &["objection", "objections"],
            Spec {
                ty: Accuse,
                modes: &[],
                preps: &["to"],
                needs_object: false,
                conf: 0.45,
            },
        ),
        (
            &["threat", "threats", "ultimatum"],
            Spec {
                ty: Threaten,
                modes: &[],
                preps: &["to", "against"],
                needs_object: false,
                conf: 0.45,
            },
        ),
        (
            &[
                "talks",
                "meeting",
                "meetings",
                "visit",
                "contacts",
                "contact",
                "negotiations",
                "consultations",
                "summit",
                "delegation",
                "dialogue",
                "dialog",
                "discussions",
                "phone call",
                "telephone call",
                "conversation",
            ],
            Spec {
                ty: Consult,
                modes: &[],
                preps: &["with", "to"],
                needs_object: false,
                conf: 0.5,
            },
        ),
        (
            // "Nairobi's hosting of Rapid Support Forces leaders": the host meets its guests
            &["hosting", "reception"],
            Spec {
                ty: Consult,
                modes: &[],
                preps: &["of", "for"],
                needs_object: false,
                conf: 0.5,
            },
        ),
        (
            &[
                "cooperation",
                "coordination",
                "collaboration",
                "relations",
                "relationship",
                "ties",
                "engagement",
                "rapprochement",
            ],
            Spec {
                ty: Cooperate,
                modes: &[],
                preps: &["with", "between"],
                needs_object: false,
                conf: 0.45,
            },
        ),
        // "strong links to the PKK", "connections with al-Qaeda"
        (
            &["links", "connections"],
            Spec {
                ty: Cooperate,
                modes: &[],
                preps: &["to", "with", "between"],
                needs_object: false,
                conf: 0.45,
            },
        ),
        (
            &["recognition", "endorsement"],
            Spec {
                ty: Support,
                modes: &[],
                preps: &["of"],
                needs_object: false,
                conf: 0.5,
            },
        ),
        (
            &[
                "agreement",
                "deal",
                "accord",
                "ceasefire",
                "truce",
                "treaty",
                "memorandum",
                "pact",
            ],
            Spec {
                ty: Agree,
                modes: &[],
                preps: &["with", "between"],
                needs_object: false,
                conf: 0.5,
            },
        ),
        // "pledged allegiance to Abu Bakr al-Baghdadi": support for a leader or group
        (
            &["allegiance", "fealty", "bay'ah", "bayah"],
            Spec {
                ty: Support,
                modes: &[],
                preps: &["to"],
                needs_object: true,
                conf: 0.55,
            },
        ),
        (
            &[
                "sanctions",
                "embargo",
                "expulsion",
                "boycott",
                "suspension",
                "blacklisting",
                "travel ban",
                "travel bans",
                "visa ban",
                "visa bans",
                "asset freeze",
                "asset freezes",
            ],
            Spec {
                ty: Sanction,
                modes: &[],
                preps: &["on", "against", "of"],
                needs_object: false,
                conf: 0.55,
            },
        ),
        (
            // "imposed curbs on Chinese chip makers", "a ban on Russian oil": a restriction
            // laid on someone
            &["restrictions", "curbs", "ban", "bans", "export controls"],
            Spec {
                ty: Coerce,
                modes: &[],
                preps: &["on", "against"],
                needs_object: true,
                conf: 0.5,
            },
        ),
        (
            &[
                "arrest",
                "arrests",
                "detention",
                "seizure",
                "interception",
                "crackdown",
                "blockade",
                "siege",
            ],
            Spec {
                ty: Coerce,
                modes: &[],
                // ("laid siege to Mariupol")
                preps: &["of", "on", "to"],
                needs_object: false,
                conf: 0.5,
            },
        ),
        (
            &["withdrawal", "pullout", "retreat"],
            Spec {
                ty: Retreat,
                modes: &[],
                preps: &["from"],
                needs_object: false,
                conf: 0.5,
            },
        ),
        (
            &["protest", "protests", "demonstration", "demonstrations"],
            Spec {
                ty: Protest,
                modes: &[],
                preps: &["against"],
                needs_object: false,
                conf: 0.5,
            },
        ),
        (
            &["trip", "trips", "journey"],
            Spec {
                ty: Travel,
                modes: &[],
                preps: &["to"],
                needs_object: false,
                conf: 0.45,
            },
        ),
        (
            // "Lai Ching-te's transit through the United States", "a stopover in Dubai"
            &["transit", "stopover"],
            Spec {
                ty: Travel,
                modes: &[],
                preps: &["through", "in", "via"],
                needs_object: false,
                conf: 0.45,
            },
        ),
        (
            &[
                "alliance",
                "ally",
                "allies",
                "allied",
                "partnership",
                "coalition",
                "partner",
                "partners",
                "proxy",
                "proxies",
                // ("made common cause with Ali Abdullah Saleh")
                "common cause",
            ],
            Spec {
                ty: AlliedWith,
                modes: &[],
                preps: &["with", "of", "between"],
                needs_object: false,
                conf: 0.55,
            },
        ),
        (
            &[
                "enemy",
                "enemies",
                "archenemy",
                "archenemies",
                "arch-enemy",
                "arch-enemies",
                "foe",
                "foes",
                "rival",
                "rivals",
                "archrival",
                "archrivals",
                "arch-rival",
                "arch-rivals",
                "rivalry",
                "enmity",
                "hostility",
                "adversary",
                "adversaries",
                "jihad",
                "war",
                "conflict",
                "opposition",
                "hostilities",
                "feud",
                "dispute",
                "disputes",
                "standoff",
                "stand-off",
                "enmity",
                // (only as an aim: `claims::AIMED_RUIN`)
                "destruction",
                "overthrow",
                "downfall",
                "annihilation",
                "eradication",
            ],
            Spec {
                ty: HostileTo,
                modes: &[],
                preps: &["against", "with", "of", "between", "on"],
                needs_object: false,
                conf: 0.5,
            },
        ),
    ];
    for (forms, spec) in nouns {
        for f in *forms {
            add(f, spec, Pos::Noun, false);
        }
    }
    m
}

impl Trigger {
    /// The same trigger read as another claim type ("cut ties with": SANCTION).
    pub fn retyped(&self, ty: ClaimType) -> Trigger {
        Trigger { ty, ..self.clone() }
    }

    /// With other words marking the target.
    pub fn preps(self, target_preps: &'static [&'static str]) -> Trigger {
        Trigger {
            target_preps,
            ..self
        }
    }

    /// With other modes.
    pub fn modes(self, modes: Vec<Mode>) -> Trigger {
        Trigger { modes, ..self }
    }

    /// Needing (or not) an object word in its clause.
    pub fn object(self, needs_object: bool) -> Trigger {
        Trigger {
            needs_object,
            ..self
        }
    }

    /// Its object a place: the claim needs no target.
    pub fn placed(self) -> Trigger {
        Trigger {
            placed: true,
            ..self
        }
    }

    /// Read forward: the giver is the subject.
    pub fn forward(self) -> Trigger {
        Trigger {
            reverse: false,
            ..self
        }
    }
}

/// Nouns of fighting between two sides ("clashes between X and Y", each way).
pub const FIGHTING_NOUNS: &[&str] = &[
    "clashes",
    "clash",
    "fighting",
    "skirmishes",
    "firefights",
    "firefight",
    "gunfights",
    "gunfight",
    "shootout",
    "shootouts",
    "skirmish",
    "battles",
    "battle",
];

/// Words in a clause that give the mode of aid.
pub fn aid_mode(word: &str) -> Option<Mode> {
    Some(match word {
        "weapons" | "weapon" | "arms" | "missiles" | "missile" | "rockets" | "rocket"
        | "munitions" | "ammunition" | "explosives" | "weaponry" | "rifles" | "guns" | "mines"
        | "drones" | "grenades" | "kalashnikovs" | "armed" | "arming" | "arm" | "shells"
        | "artillery" | "tanks" | "warplanes" | "howitzers" | "mortars" | "ordnance" | "jets"
        | "aircraft" | "helicopters" | "air-defence" | "air-defense" | "bombs" | "launchers"
        | "warships" | "frigates" | "submarines" | "boats" | "batteries" | "squadrons"
        | "interceptors" | "warheads" | "firearms" | "pistols" | "bullets" | "cartridges"
        | "rpgs" | "RPGs" | "manpads" | "MANPADS" | "javelins" | "Javelins" | "stingers"
        | "Stingers" | "fighter-jets" | "gunships" | "cannons" | "munition" => Mode::Weapons,
        "money" | "cash" | "funds" | "funding" | "financial" | "financing" | "finance"
        | "financed" | "bankrolling" | "bankrolled" | "paid" | "payments" | "salaries"
        | "dollars" | "funded" | "loans" | "loan" | "grants" | "credits" | "donations"
        | "ransom" | "$" | "euros" | "rubles" | "roubles" | "riyals" => Mode::Funding,
        "training" | "trained" | "trains" | "instructors" | "train" => Mode::Training,
        "sanctuary" | "haven" | "havens" | "refuge" | "shelter" | "soil" | "camps" => {
            Mode::Sanctuary
        }
        "fighters" | "troops" | "personnel" | "advisers" | "advisors" | "mercenaries" => {
            Mode::Personnel
        }
        "intelligence" => Mode::Intelligence,
        "logistics" | "logistical" | "supplies" | "fuel" => Mode::Logistics,
        "equipment" | "vehicles" | "uniforms" | "equipped" | "radars" | "radar" | "armoured"
        | "armored" | "trucks" | "pickups" | "vessels" | "ships" => Mode::Equipment,
        _ if designation(word) => Mode::Weapons,
        _ => return None,
    })
}

/// Whether a word (lowercased, as the claim rules read words) is a weapon's model
/// designation: a short letter prefix, a hyphen and a number of up to three digits, with
/// a letter or a plural after it ("S-400", "F-16s", "Su-35", "MiG-29", "T-72B",
/// "Shahed-136"); not the designations of other things ("G-20", "COVID-19", "H-1B",
/// "I-95", "under-19") nor years ("mid-2025", "pre-2014").
fn designation(word: &str) -> bool {
    let Some((pre, num)) = word.split_once('-') else {
        return false;
    };
    let digits = num.bytes().take_while(u8::is_ascii_digit).count();
    let rest = &num[digits..];
    !pre.is_empty()
        && pre.len() <= 6
        && pre.chars().all(|c| c.is_ascii_alphabetic())
        && !matches!(
            pre,
            "g" | "h"
                | "i"
                | "k"
                | "p"
                | "u"
                | "y"
                | "fy"
                | "covid"
                | "sars"
                | "mers"
                | "top"
                | "under"
                | "over"
                | "day"
                | "phase"
                | "level"
                | "type"
                | "page"
                | "grade"
                | "class"
        )
        && (1..=3).contains(&digits)
        && matches!(
            rest,
            "" | "s" | "a" | "b" | "m" | "v" | "as" | "bs" | "ms" | "vs"
        )
}

/// Words in a clause that give the method of assault.
pub fn assault_mode(word: &str) -> Option<Mode> {
    Some(match word {
        "killed" | "kill" | "kills" | "killing" | "killings" | "dead" | "deaths" | "death"
        | "died" | "murdered" | "executed" | "massacre" | "massacred" | "slain" | "lives" => {
            Mode::Kill
        }
        "bomb" | "bombs" | "bombing" | "bombed" | "bombings" | "explosion" | "ied" | "ieds"
        | "suicide" | "blast" | "detonated" | "explosives" | "car-bomb" => Mode::Bombing,
        "drone" | "drones" | "airstrike" | "airstrikes" | "air" | "planes" | "warplanes"
        | "jets" | "aircraft" | "helicopter" | "helicopters" => Mode::AirStrike,
        "assassinate" | "assassination" | "assassinated" => Mode::Assassination,
        "gunmen" | "shooting" | "raid" | "raided" | "stormed" | "ambush" | "ambushed"
        | "offensive" | "attack" | "attacked" | "fighting" => Mode::ArmedAttack,
        "abducted" | "kidnapped" | "abduction" | "kidnapping" | "hostage" | "hostages" => {
            Mode::Abduction
        }
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inflections() {
        let f: Vec<String> = verb_forms("supply").into_iter().map(|x| x.0).collect();
        assert_eq!(f, ["supply", "supplies", "supplied", "supplying"]);
        let f: Vec<String> = verb_forms("finance").into_iter().map(|x| x.0).collect();
        assert_eq!(f, ["finance", "finances", "financed", "financing"]);
        let f: Vec<String> = verb_forms("transfer").into_iter().map(|x| x.0).collect();
        assert!(f.contains(&"transferred".to_string()) && f.contains(&"transferring".to_string()));
        assert!(lexicon()["permitted"].iter().any(|t| t.participle));
        let f: Vec<String> = verb_forms("flee").into_iter().map(|x| x.0).collect();
        assert_eq!(f[3], "fleeing");
        assert!(lexicon()["sent"]
            .iter()
            .any(|t| t.ty == ClaimType::Aid && t.participle));
        assert!(lexicon()["air"].iter().any(|t| t.rest == ["strike"]));
    }

    #[test]
    fn modes() {
        assert_eq!(aid_mode("money"), Some(Mode::Funding));
        assert_eq!(assault_mode("drone"), Some(Mode::AirStrike));
        assert_eq!(aid_mode("talks"), None);
        assert_eq!(aid_mode("batteries"), Some(Mode::Weapons));
        assert_eq!(aid_mode("loans"), Some(Mode::Funding));
        for w in ["s-400", "f-16s", "su-35", "mig-29", "t-72b", "shahed-136"] {
            assert_eq!(aid_mode(w), Some(Mode::Weapons), "{w}");
        }
        for w in [
            "g-20", "covid-19", "h-1b", "al-qaeda", "s-", "pre-2014", "mid-2025", "under-19",
        ] {
            assert_eq!(aid_mode(w), None, "{w}");
        }
    }
}
