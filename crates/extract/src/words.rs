//! Closed word lists the rules share.

/// Honorifics kept in a person's display name ("Mullah Omar").
pub const HONORIFICS: &[&str] = &[
    "mullah", "mawlawi", "maulvi", "moulvi", "maulana", "mawlana", "haji", "hajji", "sheikh", "shaikh",
    "ayatollah", "hojatoleslam", "imam", "qari", "hafiz", "mufti", "sayyid", "syed", "pir", "emir",
    "amir", "sir", "lord", "dame",
];

/// Office and rank titles before a name, dropped from the display name.
pub const TITLES: &[&str] = &[
    "gen.", "general", "lt.", "lieutenant", "col.", "colonel", "maj.", "major", "capt.", "captain",
    "adm.", "admiral", "brig.", "brigadier", "sgt.", "sergeant", "commander", "cmdr.", "president",
    "minister", "mr.", "mrs.", "ms.", "dr.", "prof.", "professor", "king", "queen", "prince",
    "princess", "senator", "sen.", "rep.", "representative", "ambassador", "secretary", "spokesman",
    "spokeswoman", "spokesperson", "chancellor", "governor", "gov.", "mayor", "sultan", "marshal",
    "premier", "envoy", "chief", "leader", "founder", "deputy", "judge", "justice", "director",
    "chairman", "mr", "mrs", "ms", "dr", "field", "crown", "vice", "prime", "foreign", "defence",
    "defense", "interior", "finance", "intelligence", "army", "supreme", "special", "head",
];

/// Lowercase name particles inside a person's name.
pub const PARTICLES: &[&str] = &[
    "al", "al-", "bin", "ibn", "bint", "abu", "abd", "el", "ul", "ud", "van", "von", "de", "da", "di", "du", "la", "le", "der", "den", "y",
];

/// Heads of organisation names and the kind they suggest.
pub const ORG_HEADS: &[(&str, &str)] = &[
    ("council", "body"), ("shura", "body"), ("commission", "body"), ("committee", "body"), ("office", "body"),
    ("bureau", "body"), ("board", "body"), ("assembly", "body"), ("parliament", "state_organ"),
    ("ministry", "state_organ"), ("army", "state_organ"), ("police", "state_organ"), ("forces", "state_organ"),
    ("force", "state_organ"), ("agency", "state_organ"), ("directorate", "state_organ"), ("guard", "state_organ"),
    ("navy", "state_organ"), ("command", "state_organ"), ("department", "state_organ"), ("service", "state_organ"),
    ("government", "state_organ"), ("embassy", "state_organ"), ("consulate", "state_organ"),
    ("front", "armed_group"), ("brigade", "armed_group"), ("brigades", "armed_group"), ("movement", "armed_group"),
    ("militia", "armed_group"), ("militias", "armed_group"), ("battalion", "armed_group"), ("network", "armed_group"),
    ("party", "organization"), ("centre", "organization"), ("center", "organization"), ("institute", "organization"),
    ("university", "organization"), ("foundation", "organization"), ("organization", "organization"),
    ("organisation", "organization"), ("group", "organization"), ("company", "organization"), ("news", "organization"),
    ("times", "organization"), ("post", "organization"), ("tv", "organization"), ("radio", "organization"),
    ("agency", "organization"), ("association", "organization"), ("union", "organization"), ("society", "organization"),
];

/// Last words that make a capitalised sequence a place, not an actor.
pub const PLACE_HEADS: &[&str] = &[
    "province", "provinces", "district", "districts", "city", "valley", "mountains", "mountain", "river", "sea", "ocean",
    "gulf", "street", "road", "airport", "square", "region", "desert", "island", "islands", "strait", "county",
    "state", "village", "camp", "base", "pass", "border", "highway", "hotel", "mosque", "hospital", "prison",
    "bay", "lake", "peninsula", "plain", "plateau", "corridor", "crossing", "port", "town", "governorate", "oblast",
    "heights", "coast", "delta", "basin", "zone", "area", "range", "hills", "park", "bridge", "palace",
];

/// First words that make a capitalised sequence a place.
pub const PLACE_MODIFIERS: &[&str] = &[
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "upper", "lower",
    "greater", "northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern", "southeastern",
    "southwestern", "mount", "lake", "fort", "port", "cape", "saint",
];

/// Capitalised words that never start or form a name.
pub const NOT_NAME: &[&str] = &[
    "the", "a", "an", "in", "on", "at", "by", "for", "from", "with", "and", "or", "but", "of", "to", "as", "after",
    "before", "since", "during", "while", "when", "where", "which", "who", "whom", "whose", "that", "this", "these",
    "those", "it", "its", "he", "she", "they", "we", "i", "you", "his", "her", "their", "our", "my", "your", "there",
    "here", "some", "many", "most", "more", "much", "several", "all", "both", "each", "every", "any", "no", "not",
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july",
    "august", "september", "october", "november", "december", "however", "moreover", "meanwhile", "also", "yet",
    "still", "if", "although", "though", "because", "so", "then", "now", "today", "yesterday", "such", "other",
    "another", "only", "even", "just", "last", "next", "first", "second", "third", "new", "former", "recent",
    "according", "said", "says", "mr", "islam", "islamic", "muslim", "muslims", "sunni", "shia", "shiite", "shi'ite",
    "jihad", "eid", "ramadan", "god", "allah", "christian", "christians", "jewish", "arab", "western", "kalashnikov",
    "humvee", "humvees", "gmt", "utc", "page", "photo", "reuters", "ap", "afp", "read", "watch", "video", "image",
    "breaking", "news", "update", "updated", "opinion", "analysis", "editorial", "world", "middle", "east",
];

/// Person nouns that head an anonymous source's description.
pub const PERSON_NOUNS: &[&str] = &[
    "official", "officials", "commander", "commanders", "minister", "diplomat", "diplomats", "source", "sources",
    "spokesman", "spokeswoman", "spokesperson", "adviser", "advisers", "advisor", "advisors", "officer", "officers",
    "member", "members", "fighter", "fighters", "analyst", "analysts", "resident", "residents", "witness",
    "witnesses", "insider", "insiders", "envoy", "aide", "aides", "expert", "experts", "militant", "militants",
    "villager", "villagers", "leader", "leaders", "representative", "representatives", "negotiator", "negotiators",
    "journalist", "journalists", "elder", "elders", "figure", "figures", "investigator", "investigators", "man",
    "woman", "soldier", "soldiers", "mediator", "mediators", "cleric", "clerics", "activist", "activists",
    "researcher", "researchers", "politician", "politicians", "lawmaker", "lawmakers", "person", "people",
    "smuggler", "smugglers", "contractor", "contractors", "driver", "doctor", "doctors", "worker", "workers",
];

/// Generic nouns after a demonym that make it stand for the state ("Iranian officials").
pub const STATE_HEADS: &[&str] = &[
    "officials", "official", "government", "authorities", "forces", "troops", "military", "army", "diplomats",
    "diplomat", "regime", "leaders", "leadership", "state", "embassy", "side", "envoy", "envoys", "delegation",
    "contacts", "security", "intelligence", "soldiers", "navy", "police", "ministers", "minister", "counterparts",
    "administration", "establishment", "agents", "operatives", "advisers", "commanders", "generals", "hosts",
];

/// Speech and source verbs (inflected) that attribute a clause to their subject.
pub const SPEECH: &[&str] = &[
    "said", "says", "say", "saying", "told", "tells", "tell", "added", "adds", "noted", "notes", "stated", "states",
    "claimed", "claims", "claim", "alleged", "alleges", "allege", "reported", "reports", "announced", "announces",
    "confirmed", "confirms", "insisted", "insists", "explained", "explains", "argued", "argues", "believes",
    "believed", "believe", "accused", "accuses", "accuse", "revealed", "reveals", "disclosed",
    "acknowledged", "acknowledges", "admitted", "admits", "denied", "denies", "deny", "asserted", "asserts",
    "stressed", "stresses", "wrote", "writes", "testified", "testifies", "found", "finds", "showed", "shows",
    "uncovered", "suggested", "suggests", "estimated", "estimates", "recalled", "recalls", "described",
    "describes", "quoted", "dismissed", "rejected", "documenting", "documented",
];

/// Speech verbs that mark an allegation: what they report is probable.
pub const ALLEGATION: &[&str] = &[
    "claimed", "claims", "claim", "alleged", "alleges", "allege", "accused", "accuses", "accuse", "believes",
    "believed", "believe", "suggested", "suggests", "estimated", "estimates",
];

/// Speech verbs that deny what they report.
pub const DENIAL: &[&str] = &["denied", "denies", "deny", "dismissed", "rejected"];

pub fn is_prep(w: &str) -> bool {
    matches!(
        w,
        "in" | "on" | "at" | "by" | "for" | "from" | "with" | "of" | "to" | "into" | "inside" | "against" | "near"
            | "across" | "through" | "throughout" | "within" | "over" | "under" | "between" | "among" | "about"
            | "towards" | "toward" | "via" | "behind" | "beyond" | "around" | "outside" | "along" | "upon" | "like"
    )
}

pub fn is_locative_prep(w: &str) -> bool {
    matches!(
        w,
        "in" | "inside" | "into" | "across" | "near" | "throughout" | "within" | "outside" | "around" | "along"
            | "toward" | "towards" | "at" | "via" | "through"
    )
}

pub fn is_det(w: &str) -> bool {
    matches!(w, "the" | "a" | "an" | "its" | "their" | "his" | "her" | "our" | "this" | "that" | "these" | "those")
}

/// Multi-word titles before a name ("Secretary of State Mike Pompeo").
pub const TITLE_PHRASES: &[&[&str]] = &[
    &["secretary", "of", "state"], &["secretary", "of", "defense"], &["secretary", "of", "defence"],
    &["secretary", "of", "the", "treasury"], &["minister", "of", "foreign", "affairs"], &["minister", "of", "defence"],
    &["minister", "of", "defense"], &["minister", "of", "interior"], &["minister", "of", "the", "interior"],
    &["minister", "for", "foreign", "affairs"], &["chief", "of", "staff"], &["chief", "of", "army", "staff"],
    &["chief", "of", "general", "staff"], &["chief", "of", "the", "general", "staff"], &["director", "of", "national", "intelligence"],
    &["national", "security", "adviser"], &["national", "security", "advisor"], &["special", "envoy"], &["special", "representative"],
    &["foreign", "minister"], &["defence", "minister"], &["defense", "minister"], &["interior", "minister"], &["prime", "minister"],
    &["deputy", "prime", "minister"], &["supreme", "leader"], &["army", "chief"], &["spy", "chief"], &["vice", "president"],
];

/// The length of a title phrase starting at token `i`.
pub fn title_phrase_at(words: &[&str]) -> Option<usize> {
    TITLE_PHRASES.iter().filter(|p| p.len() <= words.len() && p.iter().zip(words).all(|(a, b)| a == b)).map(|p| p.len()).max()
}
