//! The ontology's closed vocabularies (ONTOLOGY.md §1–4).

use serde::{Deserialize, Serialize};
use std::fmt;

macro_rules! vocab {
    ($(#[$m:meta])* $name:ident, $case:literal, { $($(#[$vm:meta])* $var:ident = $s:literal),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        pub enum $name { $( $(#[$vm])* #[serde(rename = $s)] $var ),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$var),+];
            pub fn as_str(self) -> &'static str {
                match self { $($name::$var => $s),+ }
            }
            pub fn parse(s: &str) -> Option<Self> {
                match s { $($s => Some($name::$var),)+ _ => None }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { f.write_str(self.as_str()) }
        }

        impl std::str::FromStr for $name {
            type Err = String;
            fn from_str(s: &str) -> Result<Self, String> {
                let key = if $case { s.to_ascii_uppercase() } else { s.to_ascii_lowercase() };
                $name::parse(&key).ok_or_else(|| format!(
                    "unknown {} {s:?}; one of: {}", stringify!($name),
                    $name::ALL.iter().map(|v| v.as_str()).collect::<Vec<_>>().join(", ")))
            }
        }
    };
}

vocab!(
    /// What kind of thing an actor is (ONTOLOGY.md §1).
    ActorKind, false, {
    Country = "country",
    StateOrgan = "state_organ",
    ArmedGroup = "armed_group",
    Body = "body",
    Igo = "igo",
    Organization = "organization",
    Person = "person",
    Group = "group",
});

vocab!(
    /// Event types (PLOVER plus TRAVEL and REMOVE) and relation types.
    ClaimType, true, {
    Agree = "AGREE",
    Consult = "CONSULT",
    Support = "SUPPORT",
    Concede = "CONCEDE",
    Cooperate = "COOPERATE",
    Aid = "AID",
    Retreat = "RETREAT",
    Request = "REQUEST",
    Accuse = "ACCUSE",
    Reject = "REJECT",
    Threaten = "THREATEN",
    Protest = "PROTEST",
    Sanction = "SANCTION",
    Mobilize = "MOBILIZE",
    Coerce = "COERCE",
    Assault = "ASSAULT",
    Travel = "TRAVEL",
    Remove = "REMOVE",
    Leads = "LEADS",
    MemberOf = "MEMBER_OF",
    PartOf = "PART_OF",
    AlliedWith = "ALLIED_WITH",
    HostileTo = "HOSTILE_TO",
});

impl ClaimType {
    /// Standing relations (§4) as opposed to events (§3).
    pub fn is_relation(self) -> bool {
        matches!(
            self,
            ClaimType::Leads
                | ClaimType::MemberOf
                | ClaimType::PartOf
                | ClaimType::AlliedWith
                | ClaimType::HostileTo
        )
    }
    /// Types whose direction does not matter.
    pub fn is_symmetric(self) -> bool {
        matches!(
            self,
            ClaimType::AlliedWith
                | ClaimType::HostileTo
                | ClaimType::Cooperate
                | ClaimType::Consult
                | ClaimType::Agree
        )
    }
    /// -1 (conflict) .. +1 (cooperation), for views that colour edges.
    pub fn tone(self) -> f32 {
        use ClaimType::*;
        match self {
            Agree | Support | Cooperate | Aid | AlliedWith => 1.0,
            Consult | Concede | Retreat | Request | Leads | MemberOf | PartOf => 0.5,
            Travel | Remove => 0.0,
            Accuse | Reject | Protest => -0.5,
            Threaten | Sanction | Mobilize | Coerce | Assault | HostileTo => -1.0,
        }
    }
}

vocab!(
    /// Sub-types of AID and ASSAULT.
    Mode, false, {
    Weapons = "weapons",
    Funding = "funding",
    Training = "training",
    Sanctuary = "sanctuary",
    Personnel = "personnel",
    Intelligence = "intelligence",
    Logistics = "logistics",
    Equipment = "equipment",
    Unspecified = "unspecified",
    Kill = "kill",
    Bombing = "bombing",
    Assassination = "assassination",
    AirStrike = "air_strike",
    ArmedAttack = "armed_attack",
    Abduction = "abduction",
});

vocab!(
    /// Whether the event happened, was tried, planned or conditional.
    #[derive(Default)]
    Status, false, {
    #[default]
    Actual = "actual",
    Attempted = "attempted",
    Intended = "intended",
    Conditional = "conditional",
});

vocab!(
    /// How sure the text is.
    #[derive(Default)]
    Certainty, false, {
    #[default]
    Asserted = "asserted",
    Probable = "probable",
    Possible = "possible",
});

vocab!(
    /// Whether the text says it happened or that it did not.
    #[derive(Default)]
    Polarity, false, {
    #[default]
    Positive = "positive",
    Negative = "negative",
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_match_the_ontology() {
        assert_eq!(ClaimType::ALL.len(), 23);
        assert_eq!(ClaimType::MemberOf.as_str(), "MEMBER_OF");
        assert_eq!(
            "member_of".parse::<ClaimType>().unwrap(),
            ClaimType::MemberOf
        );
        assert_eq!("AIR_STRIKE".parse::<Mode>().unwrap(), Mode::AirStrike);
        assert!("bogus"
            .parse::<ActorKind>()
            .unwrap_err()
            .contains("state_organ"));
        assert_eq!(
            serde_json::to_string(&ActorKind::StateOrgan).unwrap(),
            "\"state_organ\""
        );
    }

    #[test]
    fn relations_and_symmetry() {
        assert!(ClaimType::Leads.is_relation() && !ClaimType::Aid.is_relation());
        assert!(ClaimType::HostileTo.is_symmetric() && !ClaimType::Aid.is_symmetric());
    }
}
