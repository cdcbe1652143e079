//! Sentences with byte spans. Lines are blocks; a block is a headline, a caption,
//! boilerplate, a byline or body text split into sentences. Front matter, site
//! boilerplate, bylines, datelines and duplicated captions are marked, never cut
//! out, so offsets never shift.

use crate::front::front_matter;
use crate::token::ABBREVIATIONS;
use rapport_model::Span;
use std::collections::HashMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SentKind {
    /// Running text.
    Body,
    /// A title or subheading: a short line with no closing punctuation.
    Headline,
    /// A photo caption (a line that the page repeats).
    Caption,
    /// A byline ("By Kate Clark").
    Byline,
    /// Site furniture, front matter and the like.
    Boilerplate,
}

impl SentKind {
    /// Whether claims are read from sentences of this kind.
    pub fn has_claims(self) -> bool {
        matches!(self, SentKind::Body | SentKind::Headline)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    pub span: Span,
    pub kind: SentKind,
    /// Index of the block (line or wrapped paragraph) the sentence is in.
    pub para: usize,
}

const BOILERPLATE: &[&str] = &[
    "accessibility links",
    "breaking news",
    "skip to",
    "advertisement",
    "share this",
    "share on",
    "page last updated",
    "related topics",
    "follow us",
    "sign up",
    "subscribe",
    "read more",
    "click here",
    "all rights reserved",
    "copyright",
    "©",
    "image caption",
    "image source",
    "media caption",
    "getty images",
    "listen to this article",
    "more on this story",
    "top stories",
    "privacy policy",
    "cookie",
    "terms of use",
    "related articles",
    "related content",
    "print this",
    "email this",
    "sponsored",
    "newsletter",
];

const STARTERS: &[&str] = &[
    "The",
    "He",
    "She",
    "It",
    "They",
    "In",
    "But",
    "A",
    "An",
    "This",
    "That",
    "These",
    "Those",
    "On",
    "At",
    "As",
    "We",
    "I",
    "His",
    "Her",
    "Their",
    "Its",
    "Some",
    "Many",
    "After",
    "Before",
    "When",
    "While",
    "Since",
    "Officials",
    "There",
];

fn is_boilerplate(line: &str) -> bool {
    let l = line.trim().to_lowercase();
    let words = l.split_whitespace().count();
    BOILERPLATE
        .iter()
        .any(|b| l.starts_with(b) && (words <= 8 || *b == "©" || *b == "copyright"))
}

/// The labels of a forum poster's profile box in a reposted thread ("Joined", then
/// "Jan 31, 2009" on the next line): neither the label nor its value is the text.
const PROFILE_LABELS: &[&str] = &[
    "joined",
    "member since",
    "registered",
    "messages",
    "posts",
    "reaction score",
    "points",
    "trophy points",
    "likes received",
    "runs",
];

fn is_profile_label(line: &str) -> bool {
    let l = line
        .trim()
        .trim_start_matches(['-', '*', '•'])
        .trim()
        .trim_end_matches(':')
        .to_lowercase();
    PROFILE_LABELS.contains(&l.as_str())
}

fn is_byline(line: &str) -> bool {
    let t = line.trim();
    let Some(rest) = t.strip_prefix("By ") else {
        return false;
    };
    let words: Vec<&str> = rest.split_whitespace().collect();
    !words.is_empty()
        && words.len() <= 6
        && words.iter().all(|w| {
            w.chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || !c.is_alphabetic())
                || matches!(*w, "and" | "in" | "de" | "al" | "bin")
        })
}

fn ends_sentence(line: &str) -> bool {
    let t = line
        .trim_end()
        .trim_end_matches(['"', '\u{201d}', '\u{2019}', '\'', ')', ']']);
    t.ends_with(['.', '!', '?', ':', ';', '\u{2026}'])
}

/// Splits a document's text into sentences.
pub fn segment(text: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    let body_start = front_matter(text).map(|f| f.end).unwrap_or(0);
    if body_start > 0 {
        out.push(Sentence {
            span: Span::new(0, body_start),
            kind: SentKind::Boilerplate,
            para: 0,
        });
    }
    // blocks: non-empty lines, with hard-wrapped lines joined. A text whose lines
    // mostly stop mid-sentence, with few blank lines, is wrapped throughout: there
    // every line that does not end a sentence runs on into the next.
    let body = &text[body_start..];
    let lines: Vec<&str> = body.lines().map(str::trim).collect();
    let nonempty = lines.iter().filter(|l| !l.is_empty()).count();
    let blank = lines.len() - nonempty;
    let open = lines
        .iter()
        .filter(|l| !l.is_empty() && !ends_sentence(l))
        .count();
    let wrapped = nonempty >= 8 && open * 2 > nonempty && blank * 4 < nonempty;
    let mut blocks: Vec<Span> = Vec::new();
    let mut pos = body_start;
    let mut prev_blank = true;
    while pos < text.len() {
        let end = text[pos..]
            .find('\n')
            .map(|i| pos + i)
            .unwrap_or(text.len());
        let line = &text[pos..end];
        let trimmed = line.trim();
        if trimmed.is_empty() {
            prev_blank = true;
        } else {
            let s = pos + (line.len() - line.trim_start().len());
            let e = pos + line.trim_end().len();
            // a list item ("- Joined", "• 9,248") neither runs on nor takes the next line
            let bullet =
                |l: &str| l.starts_with(['-', '\u{2022}', '*', '\u{2013}']) && l.len() < 60;
            let joined = match blocks.last_mut() {
                Some(last)
                    if !prev_blank
                        && !ends_sentence(&text[last.start..last.end])
                        && !bullet(trimmed)
                        && !bullet(text[last.start..last.end].trim_start())
                        && (wrapped || trimmed.starts_with(|c: char| c.is_lowercase())) =>
                {
                    last.end = e;
                    true
                }
                _ => false,
            };
            if !joined {
                blocks.push(Span::new(s, e));
            }
            prev_blank = false;
        }
        pos = end + 1;
    }
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for b in &blocks {
        *counts.entry(b.slice(text)).or_default() += 1;
    }
    // a forum poster's profile box: its labels, their values and, before a box of two
    // labels or more, the poster's name and rank ("Pakpak", "ODI Debutant")
    let short = |b: &Span| {
        let l = b.slice(text);
        l.split_whitespace().count() <= 4 && !ends_sentence(l)
    };
    let mut profile = vec![false; blocks.len()];
    for (k, b) in blocks.iter().enumerate() {
        if !is_profile_label(b.slice(text)) {
            continue;
        }
        profile[k] = true;
        if k + 1 < blocks.len() && short(&blocks[k + 1]) {
            profile[k + 1] = true;
        }
        let first = k < 2 || !is_profile_label(blocks[k - 2].slice(text));
        let more = k + 2 < blocks.len() && is_profile_label(blocks[k + 2].slice(text));
        if first && more {
            for j in k.saturating_sub(2)..k {
                if short(&blocks[j]) {
                    profile[j] = true;
                }
            }
        }
    }
    for (para, b) in blocks.iter().enumerate() {
        let line = b.slice(text);
        let words = line.split_whitespace().count();
        let profile = profile[para];
        let kind = if is_boilerplate(line) || profile {
            SentKind::Boilerplate
        } else if is_byline(line) {
            SentKind::Byline
        } else if counts[line] > 1 && words > 2 {
            SentKind::Caption
        } else if !ends_sentence(line) && words <= 25 {
            SentKind::Headline
        } else {
            SentKind::Body
        };
        if kind != SentKind::Body {
            out.push(Sentence {
                span: *b,
                kind,
                para,
            });
            continue;
        }
        let start = b.start + dateline_len(line);
        split_sentences(text, Span::new(start, b.end), para, &mut out);
    }
    out
}

/// Length of a leading dateline ("KABUL -- ", "KABUL, Afghanistan (AP) — ").
fn dateline_len(line: &str) -> usize {
    for sep in [" -- ", " \u{2014} ", " \u{2013} ", " - ", "\u{2014}"] {
        if let Some(i) = line.find(sep) {
            let head = &line[..i];
            if i == 0 || i > 60 {
                continue;
            }
            let first_word = head.split([' ', ',']).next().unwrap_or("");
            let caps = first_word.len() >= 3
                && first_word
                    .chars()
                    .all(|c| c.is_uppercase() || c == '.' || c == '-' || c == '\'');
            // no sentence stop inside ("Sept. 3" is none)
            let stop = head.match_indices(". ").any(|(j, _)| {
                let w = head[..j]
                    .rsplit([' ', ','])
                    .next()
                    .unwrap_or("")
                    .to_lowercase();
                !(w.len() >= 3 && MONTHS.iter().any(|m| m.starts_with(&w)))
            });
            if caps && !stop {
                return i + sep.len();
            }
        }
    }
    0
}

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// The date of a leading dateline that gives its year ("KABUL, March 3, 2021 (Reuters) -",
/// "Kabul, 3 March 2021 —", "GOMA, 2012-11-20 --"), read from the first lines of `text`:
/// a publication date for documents that come without one.
pub fn dateline_date(text: &str) -> Option<rapport_model::PartialDate> {
    let body = match front_matter(text) {
        Some(fm) => &text[fm.end..],
        None => text,
    };
    body.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .take(4)
        .find_map(|line| {
            let n = dateline_len(line);
            (n > 0).then(|| date_in(&line[..n])).flatten()
        })
}

/// The days of the week, lowercase.
pub const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Labels of a page's own date stamp ("Page last updated at 10:49 GMT, Monday, 15
/// September 2008", "Last Update: Wednesday, 19 February 2020", "Published 3 March
/// 2021"): the first label found that a full date follows dates the document.
const STAMPS: &[&str] = &[
    "first published",
    "published",
    "posted on",
    "posted",
    "page last updated",
    "last updated",
    "last update",
    "updated",
];

/// The date of a page's publication or update stamp: a short line starting with a
/// stamp label and holding a full date. Published stamps win over updates.
pub fn stamp_date(text: &str) -> Option<rapport_model::PartialDate> {
    let mut best: Option<(usize, rapport_model::PartialDate)> = None;
    for line in text.lines().map(str::trim) {
        if line.len() > 120 {
            continue;
        }
        let l = line.to_lowercase();
        // the label, then at once the date or its time ("… at 10:49 GMT, Monday, …")
        let dated = |rest: &str| {
            let rest = rest.trim_start_matches([' ', ':']);
            let rest = rest
                .strip_prefix("at ")
                .or_else(|| rest.strip_prefix("on "))
                .unwrap_or(rest);
            let first = rest
                .split([' ', ','])
                .next()
                .unwrap_or("")
                .trim_end_matches('.');
            first.starts_with(|c: char| c.is_ascii_digit())
                || MONTHS
                    .iter()
                    .any(|m| first.len() >= 3 && m.starts_with(first))
                || WEEKDAYS
                    .iter()
                    .any(|d| first.len() >= 3 && d.starts_with(first))
        };
        let Some(rank) = STAMPS.iter().position(|s| {
            l.strip_prefix(s)
                .is_some_and(|rest| rest.starts_with([' ', ':']) && dated(rest))
        }) else {
            continue;
        };
        let Some(d) = date_in(line) else { continue };
        if best.is_none_or(|(r, _)| rank < r) {
            best = Some((rank, d));
        }
    }
    best.map(|(_, d)| d)
}

/// The first full date in a short piece of text: ISO ("2021-03-03"), "March 3, 2021"
/// or "3 March 2021".
fn date_in(s: &str) -> Option<rapport_model::PartialDate> {
    let words: Vec<&str> = s
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | '(' | ')'))
        .filter(|w| !w.is_empty())
        .collect();
    let month = |w: &str| {
        // the full name or an abbreviation ("Sept.", "Nov")
        let l = w.trim_end_matches('.').to_lowercase();
        MONTHS
            .iter()
            .position(|m| *m == l || (l.len() >= 3 && l.len() <= 4 && m.starts_with(&l)))
            .map(|i| i as u8 + 1)
    };
    let num = |w: &str| w.parse::<u32>().ok();
    for i in 0..words.len() {
        if let Ok(d) = rapport_model::PartialDate::parse(words[i]) {
            if words[i].len() == 10 {
                return Some(d);
            }
        }
        let Some(m) = month(words[i]) else { continue };
        // "March 3, 2021" or "3 March 2021"
        let (day, year) = match (
            words.get(i + 1).and_then(|w| num(w)),
            words.get(i + 2).and_then(|w| num(w)),
            i.checked_sub(1).and_then(|j| num(words[j])),
            words.get(i + 1).and_then(|w| num(w)),
        ) {
            (Some(d), Some(y), _, _) if d <= 31 && y >= 1000 => (d, y),
            (_, _, Some(d), Some(y)) if d <= 31 && y >= 1000 => (d, y),
            _ => continue,
        };
        let date = rapport_model::PartialDate::day(year as i32, m, day as u8);
        if rapport_model::PartialDate::parse(&date.to_string()).is_ok() {
            return Some(date);
        }
    }
    None
}

fn split_sentences(text: &str, block: Span, para: usize, out: &mut Vec<Sentence>) {
    let s = block.slice(text);
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    let n = chars.len();
    let mut start = 0usize; // byte offset in s
    let mut i = 0;
    while i < n {
        let (at, c) = chars[i];
        if matches!(c, '.' | '!' | '?' | '\u{2026}') {
            let mut j = i + 1;
            while j < n
                && matches!(
                    chars[j].1,
                    '.' | '!' | '?' | '"' | '\u{201d}' | '\u{2019}' | '\'' | ')' | ']'
                )
            {
                j += 1;
            }
            // footnote references after the stop: "region.[1] This", "said.[12][13]"
            while j < n && chars[j].1 == '[' {
                let mut e = j + 1;
                while e < n && e <= j + 4 && chars[e].1.is_ascii_digit() {
                    e += 1;
                }
                if e > j + 1 && e < n && chars[e].1 == ']' {
                    j = e + 1;
                } else {
                    break;
                }
            }
            let end_b = if j < n { chars[j].0 } else { s.len() };
            if j >= n {
                break;
            }
            if !chars[j].1.is_whitespace() {
                i = j;
                continue;
            }
            let mut k = j;
            while k < n && chars[k].1.is_whitespace() {
                k += 1;
            }
            if k >= n {
                break;
            }
            let next = chars[k].1;
            let opener = next.is_uppercase()
                || next.is_ascii_digit()
                || matches!(next, '"' | '\u{201c}' | '\u{2018}' | '(' | '[' | '\'');
            if opener && !(c == '.' && j == i + 1 && no_split_after(s, at, &s[chars[k].0..])) {
                push_trimmed(text, block.start + start, block.start + end_b, para, out);
                start = chars[k].0;
                i = k;
                continue;
            }
            i = j;
            continue;
        }
        i += 1;
    }
    push_trimmed(text, block.start + start, block.end, para, out);
}

/// Whether a dot at `dot` (byte offset in `s`) belongs to an abbreviation or initial.
fn no_split_after(s: &str, dot: usize, rest: &str) -> bool {
    let before = &s[..dot];
    let word_start = before
        .rfind(|c: char| c.is_whitespace() || c == '(' || c == '"' || c == '\u{201c}')
        .map(|i| i + before[i..].chars().next().unwrap().len_utf8())
        .unwrap_or(0);
    let word = &before[word_start..];
    let lower = word.to_ascii_lowercase();
    let next_word: String = rest.chars().take_while(|c| c.is_alphanumeric()).collect();
    // single initial ("John F. Kennedy")
    if word.chars().count() == 1 && word.chars().all(|c| c.is_uppercase()) {
        return true;
    }
    // initialisms ("U.S.", "U.N."): split only before a clear sentence starter
    if word.contains('.')
        && word
            .chars()
            .filter(|c| c.is_alphabetic())
            .all(|c| c.is_uppercase())
    {
        return !STARTERS.contains(&next_word.as_str());
    }
    if ABBREVIATIONS.contains(&lower.as_str()) {
        // "Jan. 5" / "Gen. Soleimani": no split; "... in the U.K. No." rare
        return true;
    }
    false
}

fn push_trimmed(text: &str, s: usize, e: usize, para: usize, out: &mut Vec<Sentence>) {
    let t = &text[s..e];
    let ts = s + (t.len() - t.trim_start().len());
    let te = s + t.trim_end().len();
    if te > ts {
        out.push(Sentence {
            span: Span::new(ts, te),
            kind: SentKind::Body,
            para,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn body(text: &str) -> Vec<&str> {
        segment(text)
            .into_iter()
            .filter(|s| s.kind == SentKind::Body)
            .map(|s| s.span.slice(text))
            .collect()
    }

    #[test]
    fn abbreviations_and_initials() {
        let t = "Gen. Qassem Soleimani met U.S. envoys on Jan. 5. The talks failed. John F. Kennedy was not there.";
        assert_eq!(
            body(t),
            [
                "Gen. Qassem Soleimani met U.S. envoys on Jan. 5.",
                "The talks failed.",
                "John F. Kennedy was not there."
            ]
        );
        let t2 = "He spoke to the U.S. The envoy left. Mr. Khan stayed in No. 10 with St. John.";
        assert_eq!(
            body(t2),
            [
                "He spoke to the U.S.",
                "The envoy left.",
                "Mr. Khan stayed in No. 10 with St. John."
            ]
        );
    }

    #[test]
    fn list_items_stand_alone_in_a_wrapped_text() {
        let t = "Forum member\nODI Debutant\n- Joined\n- Jan 31, 2009\n- Runs\n- 9,248\nHundreds of fighters are\ntraining in camps across the\nborder, officials\nsaid.\nThe camps\nwere set\nup in 2019.\n";
        let body = body(t);
        assert!(
            body.contains(
                &"Hundreds of fighters are\ntraining in camps across the\nborder, officials\nsaid."
            ),
            "{body:?}"
        );
    }

    #[test]
    fn footnote_references_end_with_their_sentence() {
        let t = "Turkey launched a campaign in Afrin.[1] The YPG resisted.[2][3] In 2018 the town fell [4] to Turkish forces.";
        assert_eq!(
            body(t),
            [
                "Turkey launched a campaign in Afrin.[1]",
                "The YPG resisted.[2][3]",
                "In 2018 the town fell [4] to Turkish forces."
            ]
        );
    }

    #[test]
    fn quotes_stay_with_their_sentence() {
        let t = "“We will fight,” he said. “They left.” Then silence. Was it true? Yes!";
        assert_eq!(
            body(t),
            [
                "“We will fight,” he said.",
                "“They left.”",
                "Then silence.",
                "Was it true?",
                "Yes!"
            ]
        );
    }

    proptest::proptest! {
        // any text: no panic, and a date only from a dateline that names a month and year
        #[test]
        fn dateline_dates_never_panic(
            city in "[A-Z]{3,8}",
            rest in "\\PC{0,40}",
            sep in proptest::sample::select(vec![" - ", " -- ", " \u{2014} ", "\u{2014}", ". "]),
        ) {
            let t = format!("{city}, {rest}{sep}Body text follows.");
            if let Some(d) = dateline_date(&t) {
                proptest::prop_assert!(d.day.is_some());
            }
            let _ = dateline_date(&rest);
        }
    }

    #[test]
    fn the_date_of_a_dateline_with_a_year() {
        let d = |t: &str| dateline_date(t).map(|d| d.to_string());
        assert_eq!(
            d("Split in the TTP\n\nKABUL, March 3, 2021 (Reuters) - Commanders left.").as_deref(),
            Some("2021-03-03")
        );
        assert_eq!(
            d("KABUL, 3 Sept. 2019 — Talks began.").as_deref(),
            Some("2019-09-03")
        );
        assert_eq!(
            d("GOMA, 2012-11-20 -- Rebels entered the city.").as_deref(),
            Some("2012-11-20")
        );
        // no year, no dateline, no such day
        assert_eq!(d("KABUL, March 3 (Reuters) - Commanders left."), None);
        assert_eq!(d("On March 3, 2021 - a Wednesday - commanders left."), None);
        assert_eq!(d("KABUL, February 30, 2021 - Commanders left."), None);
        assert_eq!(d("MAYORS 3 2021 - x"), None);
    }

    #[test]
    fn headlines_boilerplate_captions_datelines() {
        let t = "Accessibility links\n\nBreaking News\n\nIran’s Budding Alliance\n\nA vehicle patrols the border.\nA vehicle patrols the border.\n\nBy Kate Clark\n\nKABUL -- Hundreds of fighters trained in Iran. They returned.";
        let s = segment(t);
        let kinds: Vec<(SentKind, &str)> = s.iter().map(|x| (x.kind, x.span.slice(t))).collect();
        assert_eq!(
            kinds,
            vec![
                (SentKind::Boilerplate, "Accessibility links"),
                (SentKind::Boilerplate, "Breaking News"),
                (SentKind::Headline, "Iran’s Budding Alliance"),
                (SentKind::Caption, "A vehicle patrols the border."),
                (SentKind::Caption, "A vehicle patrols the border."),
                (SentKind::Byline, "By Kate Clark"),
                (SentKind::Body, "Hundreds of fighters trained in Iran."),
                (SentKind::Body, "They returned."),
            ]
        );
    }

    #[test]
    fn a_pages_own_stamp_dates_it() {
        let d = |t: &str| stamp_date(t).map(|d| d.to_string());
        assert_eq!(
            d("Page last updated at 10:49 GMT, Monday, 15 September 2008 11:49 UK\n\nTroops left."),
            Some("2008-09-15".into())
        );
        assert_eq!(
            d("Troops left.\n\nLast Update: Wednesday, 19 February 2020 KSA 03:25 - GMT 00:25"),
            Some("2020-02-19".into())
        );
        // a publication stamp wins over an update
        assert_eq!(
            d("Updated: March 5, 2021\nPublished: March 3, 2021\n\nTroops left."),
            Some("2021-03-03".into())
        );
        // a sentence that starts with the word is no stamp, nor a stamp without a full date
        assert_eq!(
            d("Published reports on 3 March 2021 said troops left."),
            None
        );
        assert_eq!(d("Updated 3 hours ago\n\nTroops left in March 2021."), None);
    }

    #[test]
    fn a_forum_profile_box_is_boilerplate() {
        let t = "Pakpak\n- Joined\n- Jan 31, 2009\n- Messages\n- 9,248\nHundreds of fighters trained in Iran in May. They returned.";
        let s = segment(t);
        let kinds: Vec<(SentKind, &str)> = s.iter().map(|x| (x.kind, x.span.slice(t))).collect();
        assert_eq!(
            kinds,
            vec![
                (SentKind::Boilerplate, "Pakpak"),
                (SentKind::Boilerplate, "- Joined"),
                (SentKind::Boilerplate, "- Jan 31, 2009"),
                (SentKind::Boilerplate, "- Messages"),
                (SentKind::Boilerplate, "- 9,248"),
                (
                    SentKind::Body,
                    "Hundreds of fighters trained in Iran in May."
                ),
                (SentKind::Body, "They returned."),
            ]
        );
        // a body sentence after a label line stays text
        let t = "Joined\nThe Taliban joined the talks in Doha last year.";
        assert_eq!(segment(t).last().unwrap().kind, SentKind::Body);
    }

    #[test]
    fn front_matter_is_boilerplate_and_offsets_hold() {
        let t = "---\ntitle: X\n---\n\nTehran denied it. Kabul did not.";
        let s = segment(t);
        assert_eq!(s[0].kind, SentKind::Boilerplate);
        assert_eq!(s[1].span.slice(t), "Tehran denied it.");
        assert_eq!(s[2].span.slice(t), "Kabul did not.");
    }

    #[test]
    fn wrapped_documents_join_lines_that_run_on() {
        let t = "Iran\nhas stepped up its support for the Taliban, according\nto officials quoted in the\nJournal.\nWhile\nIran's rulers differ, the two have become allies of\nconvenience against common enemies.\nIn the\npast, the Guards gave the\nTaliban weapons.\nToday,\nthe militants are here.";
        assert_eq!(body(t).len(), 4, "{:?}", body(t));
        assert!(body(t)[0].starts_with("Iran\nhas stepped up") && body(t)[0].ends_with("Journal."));
    }

    #[test]
    fn wrapped_lines_join() {
        let t = "Officials said the convoy\nwas stopped near the border. It carried arms.";
        assert_eq!(
            body(t),
            [
                "Officials said the convoy\nwas stopped near the border.",
                "It carried arms."
            ]
        );
    }
}
