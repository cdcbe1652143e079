//! Lexical properties of a token computed once per token: hashes of its form, normalised
//! form, shape, prefixes and suffixes, and a few flags. Every feature template combines
//! these integers, so no string is built per feature.

use crate::hash::{bytes_hash, mix, str_hash};

pub const F_UPPER: u32 = 1; // has an uppercase letter
pub const F_ALLCAPS: u32 = 2; // letters present, all uppercase
pub const F_TITLE: u32 = 4; // first char uppercase, some lowercase after
pub const F_DIGIT: u32 = 8;
pub const F_ALLDIGIT: u32 = 16;
pub const F_HYPHEN: u32 = 32;
pub const F_ALPHA: u32 = 64;
pub const F_PUNCT: u32 = 128; // no letter or digit at all
pub const F_PERIOD: u32 = 256;
pub const F_LONG: u32 = 512; // more than 12 chars

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Lex {
    /// The form as written.
    pub form: u64,
    /// Lowercased, digits mapped to `0`.
    pub norm: u64,
    /// Character classes (`X`, `x`, `d`, others kept), runs capped at 2: `Xxx-dd`.
    pub shape: u64,
    /// Lowercased prefixes of 1..=3 chars.
    pub pre: [u64; 3],
    /// Lowercased suffixes of 1..=4 chars.
    pub suf: [u64; 4],
    pub flags: u32,
    /// Two or more capital letters and nothing else, and no well-formed Roman numeral
    /// ("ICC", "NATO"; not "XIV", "VII"): read by the tagger's repairs only, no feature.
    pub acronym: bool,
}

/// Number words, which written in capitals are numbers still ("TWO").
const NUMBER_WORDS: &[&str] = &[
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
    "hundred",
    "thousand",
    "million",
    "billion",
    "trillion",
    "dozen",
    "zero",
    "first",
];

/// Whether an all-capital word `form` (lowercased `norm`) is written as an acronym: only
/// capital letters, two or more, and neither a Roman numeral nor a number word.
#[cold]
#[inline(never)]
fn acronym(form: &str, norm: &str) -> bool {
    form.chars().all(char::is_uppercase) && !is_roman(form) && !NUMBER_WORDS.contains(&norm)
}

/// Whether `s` (capital letters) is a Roman numeral written the standard way ("XIV",
/// "MCMXC"; not "ICC", "IIII").
pub fn is_roman(s: &str) -> bool {
    fn value(c: u8) -> Option<u32> {
        Some(match c {
            b'I' => 1,
            b'V' => 5,
            b'X' => 10,
            b'L' => 50,
            b'C' => 100,
            b'D' => 500,
            b'M' => 1000,
            _ => return None,
        })
    }
    let b = s.as_bytes();
    let mut total = 0u32;
    for (k, &c) in b.iter().enumerate() {
        let Some(v) = value(c) else {
            return false;
        };
        match b.get(k + 1).and_then(|&d| value(d)) {
            Some(next) if next > v => total = total.wrapping_sub(v),
            _ => total = total.wrapping_add(v),
        }
    }
    if b.is_empty() || total == 0 || total >= 4000 {
        return false;
    }
    // written back the standard way, it must read the same
    let mut out = String::new();
    let mut n = total;
    for (v, r) in [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ] {
        while n >= v {
            out.push_str(r);
            n -= v;
        }
    }
    out == s
}

/// Lowercase with ASCII digits mapped to `0`.
pub fn norm(form: &str) -> String {
    form.chars()
        .flat_map(char::to_lowercase)
        .map(|c| if c.is_ascii_digit() { '0' } else { c })
        .collect()
}

pub fn shape(form: &str) -> String {
    let mut out = String::new();
    let mut last = ' ';
    let mut run = 0;
    for ch in form.chars() {
        let c = if ch.is_uppercase() {
            'X'
        } else if ch.is_lowercase() {
            'x'
        } else if ch.is_numeric() {
            'd'
        } else {
            ch
        };
        if c == last {
            run += 1;
            if run > 2 {
                continue;
            }
        } else {
            run = 1;
            last = c;
        }
        out.push(c);
    }
    out
}

impl Lex {
    pub fn new(form: &str) -> Lex {
        let n = norm(form);
        let chars: Vec<(usize, char)> = n.char_indices().collect();
        let len = chars.len();
        let cut = |k: usize| -> usize { chars.get(k).map_or(n.len(), |c| c.0) };
        let mut pre = [0u64; 3];
        for (k, p) in pre.iter_mut().enumerate() {
            *p = mix(
                k as u64 + 1,
                bytes_hash(&n.as_bytes()[..cut((k + 1).min(len))]),
            );
        }
        let mut suf = [0u64; 4];
        for (k, s) in suf.iter_mut().enumerate() {
            let start = cut(len.saturating_sub(k + 1));
            *s = mix(k as u64 + 11, bytes_hash(&n.as_bytes()[start..]));
        }
        let mut flags = 0;
        let (mut up, mut low, mut dig, mut alpha) = (0, 0, 0, 0);
        for c in form.chars() {
            if c.is_uppercase() {
                up += 1;
            }
            if c.is_lowercase() {
                low += 1;
            }
            if c.is_numeric() {
                dig += 1;
            }
            if c.is_alphabetic() {
                alpha += 1;
            }
            if c == '-' {
                flags |= F_HYPHEN;
            }
            if c == '.' {
                flags |= F_PERIOD;
            }
        }
        if up > 0 {
            flags |= F_UPPER;
        }
        if up > 0 && low == 0 {
            flags |= F_ALLCAPS;
        }
        if form.chars().next().is_some_and(char::is_uppercase) && low > 0 {
            flags |= F_TITLE;
        }
        if dig > 0 {
            flags |= F_DIGIT;
        }
        if dig > 0 && dig == form.chars().count() {
            flags |= F_ALLDIGIT;
        }
        if alpha > 0 {
            flags |= F_ALPHA;
        }
        if alpha == 0 && dig == 0 {
            flags |= F_PUNCT;
        }
        if len > 12 {
            flags |= F_LONG;
        }
        let acronym = up >= 2 && low == 0 && dig == 0 && acronym(form, &n);
        Lex {
            acronym,
            form: str_hash(form),
            norm: str_hash(&n),
            shape: str_hash(&shape(form)),
            pre,
            suf,
            flags,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roman_numerals_and_acronyms() {
        for r in ["I", "IV", "VII", "XIV", "XL", "MCMXC", "MMXXIV", "CD"] {
            assert!(is_roman(r), "{r}");
        }
        for w in ["ICC", "IIII", "VX", "IC", "MMMM", "NATO", "", "iv"] {
            assert!(!is_roman(w), "{w}");
        }
        assert!(Lex::new("ICC").acronym && Lex::new("NATO").acronym);
        assert!(!Lex::new("XIV").acronym && !Lex::new("A").acronym && !Lex::new("Iran").acronym);
        assert!(!Lex::new("AK-47").acronym && !Lex::new("TWO").acronym);
    }

    #[test]
    fn shapes_norms_and_flags() {
        assert_eq!(shape("Kabul"), "Xxx");
        assert_eq!(shape("AK-47"), "XX-dd");
        assert_eq!(shape("é"), "x");
        assert_eq!(norm("In 2015"), "in 0000");
        let a = Lex::new("Taliban");
        assert!(a.flags & F_TITLE != 0 && a.flags & F_ALLCAPS == 0);
        assert_eq!(a.suf[2], Lex::new("urban").suf[2]); // "ban"
        assert_ne!(a.suf[3], Lex::new("urban").suf[3]); // "iban" vs "rban"
        assert_eq!(a.pre[0], Lex::new("tea").pre[0]);
        assert_ne!(a.form, Lex::new("taliban").form);
        assert_eq!(a.norm, Lex::new("TALIBAN").norm);
        let n = Lex::new("1999");
        assert!(n.flags & F_ALLDIGIT != 0);
        assert!(Lex::new("--").flags & F_PUNCT != 0);
        assert!(Lex::new("NATO").flags & F_ALLCAPS != 0);
        // Short words: all prefixes/suffixes beyond the length equal the whole word.
        let i = Lex::new("I");
        assert_eq!(i.suf[1], mix(12, bytes_hash(b"i")));
    }
}

/// Case profiles: how often a word (by normalised form) is capitalised when it is not
/// sentence-initial, in buckets: 0 unknown (seen fewer than 2 times there), 1 never
/// (< 5 %), 2 rarely, 3 often, 4 mostly, 5 always (≥ 95 %). Capitalised words that are
/// usually lowercase ("The", "Apple" at a sentence start) and lowercased names ("iran")
/// are told apart by it.
pub fn case_profiles<'a>(sentences: impl Iterator<Item = Vec<&'a str>>) -> crate::IdMap<u8> {
    let mut counts: crate::IdMap<(u32, u32)> = Default::default();
    for s in sentences {
        for f in s.iter().skip(1) {
            let Some(c) = f.chars().next() else { continue };
            if !c.is_alphabetic() {
                continue;
            }
            let e = counts.entry(str_hash(&norm(f))).or_default();
            e.0 += c.is_uppercase() as u32;
            e.1 += 1;
        }
    }
    counts
        .into_iter()
        .filter(|(_, (_, n))| *n >= 2)
        .map(|(k, (u, n))| {
            let r = u as f64 / n as f64;
            let b = if r < 0.05 {
                1
            } else if r < 0.3 {
                2
            } else if r < 0.7 {
                3
            } else if r < 0.95 {
                4
            } else {
                5
            };
            (k, b)
        })
        .collect()
}

/// Writes a case-profile map.
pub fn write_profiles(m: &crate::IdMap<u8>, w: &mut crate::io::Writer) {
    let mut v: Vec<(u64, u8)> = m.iter().map(|(k, v)| (*k, *v)).collect();
    v.sort_unstable();
    w.u32(v.len() as u32);
    for (k, b) in v {
        w.u64(k);
        w.u8(b);
    }
}

pub fn read_profiles(
    r: &mut crate::io::Reader,
) -> Result<crate::IdMap<u8>, crate::io::FormatError> {
    let n = r.count(9)?;
    let mut m = crate::IdMap::with_capacity_and_hasher(n, Default::default());
    for _ in 0..n {
        let k = r.u64()?;
        m.insert(k, r.u8()?);
    }
    Ok(m)
}

#[cfg(test)]
mod profile_tests {
    use super::*;

    #[test]
    fn profiles_count_non_initial_capitals() {
        let sents = vec![
            vec!["The", "Taliban", "met", "the", "envoy"],
            vec!["Then", "the", "Taliban", "left"],
            vec!["Apple", "rose", "."],
        ];
        let m = case_profiles(sents.into_iter());
        assert_eq!(m.get(&str_hash("taliban")), Some(&5));
        assert_eq!(m.get(&str_hash("the")), Some(&1)); // "The" at the start is not counted
        assert_eq!(m.get(&str_hash("apple")), None);
        let mut w = crate::io::Writer::new("x");
        write_profiles(&m, &mut w);
        let mut r = crate::io::Reader::new(&w.buf, "x").unwrap();
        assert_eq!(read_profiles(&mut r).unwrap(), m);
    }
}
