//! Temporal expressions: found in a sentence's tokens and normalised to
//! [`Time`] at the precision the text gives, with relative expressions resolved
//! against the narrative's anchor or the publication date.

use crate::doc::Sent;
use rapport_model::{PartialDate, Span, Time};

/// A time expression found in a sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct Timex {
    /// Token range in the sentence (`t0..t1`).
    pub t0: usize,
    pub t1: usize,
    pub span: Span,
    pub time: Time,
    /// An absolute date (sets the narrative anchor) rather than a relative one.
    pub absolute: bool,
    /// A year naming a thing ("the 2015 nuclear deal"): it dates that thing and moves
    /// no narrative.
    pub names_thing: bool,
}

/// What relative expressions resolve against.
#[derive(Debug, Clone, Copy, Default)]
pub struct Anchors {
    pub published: Option<PartialDate>,
    /// The last absolute date of the narrative.
    pub narrative: Option<PartialDate>,
}

pub const MONTHS: &[(&str, u8)] = &[
    ("january", 1),
    ("jan", 1),
    ("jan.", 1),
    ("february", 2),
    ("feb", 2),
    ("feb.", 2),
    ("march", 3),
    ("mar.", 3),
    ("april", 4),
    ("apr", 4),
    ("apr.", 4),
    ("may", 5),
    ("june", 6),
    ("jun", 6),
    ("jun.", 6),
    ("july", 7),
    ("jul.", 7),
    ("august", 8),
    ("aug", 8),
    ("aug.", 8),
    ("september", 9),
    ("sept", 9),
    ("sept.", 9),
    ("sep.", 9),
    ("sep", 9),
    ("october", 10),
    ("oct", 10),
    ("oct.", 10),
    ("november", 11),
    ("nov", 11),
    ("nov.", 11),
    ("december", 12),
    ("dec", 12),
    ("dec.", 12),
];

use rapport_text::WEEKDAYS;

/// Words before a year that make it name a thing ("the 2015 nuclear deal", "its 2019
/// election").
pub(crate) const YEAR_DETERMINERS: &[&str] = &[
    "the", "a", "its", "their", "his", "her", "this", "that", "'s",
];

fn month_of(s: &str) -> Option<u8> {
    MONTHS.iter().find(|(m, _)| *m == s).map(|&(_, n)| n)
}

fn year_of(s: &str) -> Option<i32> {
    if s.len() == 4 && s.bytes().all(|b| b.is_ascii_digit()) {
        let y: i32 = s.parse().ok()?;
        if (1900..=2099).contains(&y) {
            return Some(y);
        }
    }
    None
}

fn day_of(s: &str) -> Option<u8> {
    let d = s.trim_end_matches(|c: char| c.is_alphabetic());
    let suffix = &s[d.len()..];
    if d.is_empty()
        || d.len() > 2
        || !d.bytes().all(|b| b.is_ascii_digit())
        || !matches!(suffix, "" | "st" | "nd" | "rd" | "th")
    {
        return None;
    }
    let v: u8 = d.parse().ok()?;
    (1..=31).contains(&v).then_some(v)
}

fn number_word(s: &str) -> Option<i32> {
    Some(match s {
        "a" | "an" | "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "few" | "several" | "couple" => 3,
        _ => return s.parse().ok().filter(|&n: &i32| n > 0 && n < 100),
    })
}

/// Day of the week, 0 = Monday.
fn weekday(d: PartialDate) -> Option<u32> {
    let (m, day) = (d.month? as i32, d.day? as i32);
    const T: [i32; 12] = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];
    let y = if m < 3 { d.year - 1 } else { d.year };
    let w = (y + y / 4 - y / 100 + y / 400 + T[(m - 1) as usize] + day).rem_euclid(7); // 0 = Sunday
    Some(((w + 6) % 7) as u32)
}

/// Finds the time expressions of a sentence. `anchors.narrative` is updated by
/// each absolute date, in order.
pub fn find(sent: &Sent, text: &str, anchors: &mut Anchors) -> Vec<Timex> {
    let toks = &sent.toks;
    let n = toks.len();
    let w = |i: usize| -> &str {
        if i < n {
            toks[i].lower.as_str()
        } else {
            ""
        }
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < n {
        let start_i = i;
        let mut found: Option<(usize, Time, bool)> = None; // (end token, time, absolute)
        let base = anchors.narrative.or(anchors.published);
        // Month [Day][,] [Year]  /  Day Month Year
        if let Some(m) = month_of(w(i)).filter(|_| toks[i].cap) {
            if let Some(d) = day_of(w(i + 1)) {
                let mut j = i + 2;
                if w(j) == "," {
                    j += 1;
                }
                if let Some(y) = year_of(w(j)) {
                    found = valid_day(y, m, d).map(|pd| {
                        (
                            j + 1,
                            Time {
                                start: Some(pd),
                                end: Some(pd),
                                text: None,
                            },
                            true,
                        )
                    });
                } else if let Some(b) = base {
                    let y = infer_year(anchors.published.unwrap_or(b), anchors.published, m);
                    found = valid_day(y, m, d).map(|pd| {
                        (
                            i + 2,
                            Time {
                                start: Some(pd),
                                end: Some(pd),
                                text: None,
                            },
                            false,
                        )
                    });
                }
            } else if let Some(y) = year_of(w(i + 1)).or_else(|| {
                // "March, 2021", "October of 2015"
                if matches!(w(i + 1), "," | "of") {
                    year_of(w(i + 2))
                } else {
                    None
                }
            }) {
                let j = if matches!(w(i + 1), "," | "of") {
                    i + 3
                } else {
                    i + 2
                };
                let pd = PartialDate::month(y, m);
                found = Some((
                    j,
                    Time {
                        start: Some(pd),
                        end: Some(pd),
                        text: None,
                    },
                    true,
                ));
            } else if w(i) != "may"
                || matches!(
                    w(i.wrapping_sub(1)),
                    "in" | "since"
                        | "early"
                        | "late"
                        | "mid"
                        | "until"
                        | "by"
                        | "of"
                        | "last"
                        | "this"
                        | "next"
                )
            {
                if let Some(b) = base {
                    let y = match (w(i.wrapping_sub(1)), anchors.published) {
                        ("last", Some(p)) => {
                            if m >= p.month.unwrap_or(12) {
                                p.year - 1
                            } else {
                                p.year
                            }
                        }
                        ("next", Some(p)) => {
                            if m <= p.month.unwrap_or(1) {
                                p.year + 1
                            } else {
                                p.year
                            }
                        }
                        _ => infer_year(anchors.published.unwrap_or(b), anchors.published, m),
                    };
                    let pd = PartialDate::month(y, m);
                    found = Some((
                        i + 1,
                        Time {
                            start: Some(pd),
                            end: Some(pd),
                            text: None,
                        },
                        false,
                    ));
                }
            }
        } else if let (Some(d), Some(m)) = (day_of(w(i)), month_of(w(i + 1))) {
            if toks[i + 1].cap {
                if let Some(y) = year_of(w(i + 2)) {
                    found = valid_day(y, m, d).map(|pd| {
                        (
                            i + 3,
                            Time {
                                start: Some(pd),
                                end: Some(pd),
                                text: None,
                            },
                            true,
                        )
                    });
                }
            }
        } else if let Some(y) = year_of(w(i)) {
            let prev = w(i.wrapping_sub(1));
            let next = w(i + 1);
            let temporal_prev = matches!(
                prev,
                "in" | "since"
                    | "by"
                    | "until"
                    | "till"
                    | "of"
                    | "from"
                    | "after"
                    | "before"
                    | "during"
                    | "early"
                    | "late"
                    | "mid"
                    | "mid-"
                    | "around"
                    | "and"
                    | "to"
                    | ","
                    | "("
                    | "between"
                    | "through"
                    | "as"
                    | "summer"
                    | "spring"
                    | "autumn"
                    | "fall"
                    | "winter"
                    | "year"
                    | "the"
            );
            let plural_next = next.ends_with('s')
                && next.len() > 3
                && !matches!(
                    next,
                    "as" | "is" | "was" | "has" | "this" | "his" | "its" | "years"
                );
            if temporal_prev || !plural_next {
                let pd = PartialDate::year(y);
                // "in 2015 and 2016", "from 2015 to 2017", "between 2001 and 2003"
                let mut t = Time {
                    start: Some(pd),
                    end: Some(pd),
                    text: None,
                };
                let mut j = i + 1;
                if matches!(next, "to" | "and" | "-" | "–" | "until")
                    && matches!(prev, "from" | "between")
                {
                    if let Some(y2) = year_of(w(i + 2)) {
                        t.end = Some(PartialDate::year(y2));
                        j = i + 3;
                    }
                }
                found = Some((j, t, true));
            }
        } else if w(i).len() == 5
            && w(i).ends_with('s')
            && year_of(&w(i)[..4]).is_some_and(|y| y % 10 == 0)
        {
            // "the 1990s"
            let y = year_of(&w(i)[..4]).unwrap();
            let (lo, hi) = match w(i.wrapping_sub(1)) {
                "early" => (y, y + 3),
                "late" => (y + 7, y + 9),
                "mid" | "mid-" => (y + 3, y + 6),
                _ => (y, y + 9),
            };
            found = Some((
                i + 1,
                Time {
                    start: Some(PartialDate::year(lo)),
                    end: Some(PartialDate::year(hi)),
                    text: None,
                },
                true,
            ));
        } else if w(i) == "9/11" {
            let pd = PartialDate::day(2001, 9, 11);
            found = Some((
                i + 1,
                Time {
                    start: Some(pd),
                    end: Some(pd),
                    text: None,
                },
                true,
            ));
        } else if let Some(r) = relative(toks, i, anchors) {
            found = Some((r.0, r.1, false));
        }
        if let Some((end, mut time, absolute)) = found {
            let mut t0 = start_i;
            // "in", "on", "since", "after", ... belong to the expression
            if t0 > 0
                && matches!(
                    w(t0 - 1),
                    "in" | "on"
                        | "since"
                        | "after"
                        | "before"
                        | "until"
                        | "by"
                        | "during"
                        | "from"
                        | "early"
                        | "late"
                        | "mid"
                        | "between"
                )
            {
                t0 -= 1;
                match w(t0) {
                    "since" | "after" => time.end = None,
                    "until" | "before" => {
                        time.end = time.start;
                        time.start = None;
                    }
                    "early" => time.end = time.start,
                    _ => {}
                }
                // "after the 9/11 attacks" style: open end
            } else if t0 > 1 && matches!(w(t0 - 1), "the") && matches!(w(t0 - 2), "after" | "since")
            {
                t0 -= 2;
                time.end = None;
            }
            // "the March 23 Movement", "the 6 April Youth Movement": a name, not a date
            if matches!(
                w(end),
                "movement" | "brigade" | "brigades" | "coalition" | "alliance"
            ) {
                i = end;
                continue;
            }
            let span = Span::new(toks[t0].span.start, toks[end - 1].span.end);
            time.text = Some(span.slice(text).to_string());
            // ("the 2015 nuclear deal", "the 1994 genocide": a year naming a thing
            // refers back to it; the narrative does not move there)
            let names_thing = end == t0 + 1
                && t0 > 0
                && YEAR_DETERMINERS.contains(&w(t0 - 1))
                && toks.get(end).is_some_and(|t| {
                    t.kind == rapport_text::TokKind::Word
                        && month_of(&t.lower).is_none()
                        && !matches!(
                            t.lower.as_str(),
                            "to" | "and" | "or" | "when" | "as" | "until" | "through" | "and/or"
                        )
                });
            if absolute && !names_thing {
                if let Some(s) = time.start.or(time.end) {
                    anchors.narrative = Some(s);
                }
            }
            out.push(Timex {
                t0,
                t1: end,
                span,
                time,
                absolute,
                names_thing,
            });
            i = end;
        } else {
            i += 1;
        }
    }
    join_intervals(&mut out, sent, text);
    out
}

/// "between Nov. 2021 and July 2022", "from March to June 2015": two expressions
/// joined into one interval from the first's start to the second's end.
fn join_intervals(out: &mut Vec<Timex>, sent: &Sent, text: &str) {
    let mut k = 0;
    while k + 1 < out.len() {
        let (a, b) = (&out[k], &out[k + 1]);
        // (the first expression may already hold its "between")
        let opener = matches!(sent.word(a.t0), "between" | "from")
            || (a.t0 > 0 && matches!(sent.word(a.t0 - 1), "between" | "from"));
        let joined = b.t0 == a.t1 + 1
            && matches!(
                sent.word(a.t1),
                "and" | "to" | "until" | "till" | "through" | "-" | "–"
            );
        let ordered = match (a.time.start, b.time.end.or(b.time.start)) {
            (Some(x), Some(y)) => (x.year, x.month, x.day) <= (y.year, y.month, y.day),
            _ => false,
        };
        if opener && joined && ordered {
            let span = Span::new(out[k].span.start, out[k + 1].span.end);
            let end = out[k + 1].time.end.or(out[k + 1].time.start);
            let absolute = out[k].absolute || out[k + 1].absolute;
            let t1 = out[k + 1].t1;
            let first = &mut out[k];
            first.time.end = end;
            first.time.text = Some(span.slice(text).to_string());
            first.span = span;
            first.t1 = t1;
            first.absolute = absolute;
            out.remove(k + 1);
        }
        k += 1;
    }
}

fn valid_day(y: i32, m: u8, d: u8) -> Option<PartialDate> {
    PartialDate::parse(&format!("{y:04}-{m:02}-{d:02}")).ok()
}

/// The year of a month named without one: the anchor's, or the publication's
/// (the year before when the month is after the publication month).
fn infer_year(base: PartialDate, published: Option<PartialDate>, m: u8) -> i32 {
    match published {
        Some(p) if p == base => {
            if p.month.is_some_and(|pm| m > pm) {
                p.year - 1
            } else {
                p.year
            }
        }
        _ => base.year,
    }
}

/// Relative expressions. Returns (end token, time).
fn relative(toks: &[crate::doc::Tok], i: usize, anchors: &Anchors) -> Option<(usize, Time)> {
    let n = toks.len();
    let w = |k: usize| -> &str {
        if k < n {
            toks[k].lower.as_str()
        } else {
            ""
        }
    };
    let pubd = anchors.published;
    let narr = anchors.narrative.or(pubd);
    let point = |d: PartialDate| Time {
        start: Some(d),
        end: Some(d),
        text: None,
    };
    match (w(i), w(i + 1), w(i + 2)) {
        ("the", "same", "day") => narr.filter(|d| d.day.is_some()).map(|d| (i + 3, point(d))),
        ("the", "same", "month") => narr
            .filter(|d| d.month.is_some())
            .map(|d| (i + 3, point(d.to_month()))),
        ("the", "same", "year") | ("that", "year", _) => narr.map(|d| {
            (
                if w(i) == "that" { i + 2 } else { i + 3 },
                point(PartialDate::year(d.year)),
            )
        }),
        ("the", "next", "day") | ("the", "following", "day") => narr
            .filter(|d| d.day.is_some())
            .map(|d| (i + 3, point(d.add_days(1)))),
        ("the", "previous", "day") => narr
            .filter(|d| d.day.is_some())
            .map(|d| (i + 3, point(d.add_days(-1)))),
        ("the", "following", "month") | ("the", "next", "month") => narr
            .filter(|d| d.month.is_some())
            .map(|d| (i + 3, point(d.to_month().add_months(1)))),
        ("the", "following", "year") | ("the", "next", "year") => {
            narr.map(|d| (i + 3, point(PartialDate::year(d.year + 1))))
        }
        ("the", "end", "of") if w(i + 3) == "the" && matches!(w(i + 4), "year" | "month") => {
            let d = narr?;
            if w(i + 4) == "year" {
                Some((
                    i + 5,
                    Time {
                        start: Some(PartialDate::year(d.year)),
                        end: Some(PartialDate::month(d.year, 12)),
                        text: None,
                    },
                ))
            } else {
                d.month
                    .map(|m| (i + 5, point(PartialDate::month(d.year, m))))
            }
        }
        ("end", "of", _) if w(i + 2) == "last" && w(i + 3) == "year" => {
            pubd.map(|p| (i + 4, point(PartialDate::month(p.year - 1, 12))))
        }
        ("yesterday", _, _) => pubd
            .filter(|p| p.day.is_some())
            .map(|p| (i + 1, point(p.add_days(-1)))),
        ("today", _, _) | ("tonight", _, _) => {
            pubd.filter(|p| p.day.is_some()).map(|p| (i + 1, point(p)))
        }
        ("last", "year", _) => pubd.map(|p| (i + 2, point(PartialDate::year(p.year - 1)))),
        ("this", "year", _) => pubd.map(|p| (i + 2, point(PartialDate::year(p.year)))),
        ("next", "year", _) => pubd.map(|p| (i + 2, point(PartialDate::year(p.year + 1)))),
        ("last", "month", _) => pubd
            .filter(|p| p.month.is_some())
            .map(|p| (i + 2, point(p.to_month().add_months(-1)))),
        ("this", "month", _) => pubd
            .filter(|p| p.month.is_some())
            .map(|p| (i + 2, point(p.to_month()))),
        ("next", "month", _) => pubd
            .filter(|p| p.month.is_some())
            .map(|p| (i + 2, point(p.to_month().add_months(1)))),
        ("last", "week", _) | ("this", "week", _) | ("earlier", "this", "week") => {
            let end = if w(i) == "earlier" { i + 3 } else { i + 2 };
            pubd.filter(|p| p.month.is_some()).map(|p| {
                let d = if p.day.is_some() {
                    p.add_days(-7).to_month()
                } else {
                    p
                };
                (end, point(d))
            })
        }
        ("earlier", "this", "year") => pubd.map(|p| (i + 3, point(PartialDate::year(p.year)))),
        ("late", "last", "year") => pubd.map(|p| (i + 3, point(PartialDate::year(p.year - 1)))),
        ("late", "last", "month") | ("earlier", "this", "month") => {
            pubd.filter(|p| p.month.is_some()).map(|p| {
                let d = if w(i + 2) == "month" && w(i) == "late" {
                    p.to_month().add_months(-1)
                } else {
                    p.to_month()
                };
                (i + 3, point(d))
            })
        }
        (wd, _, _)
            // "on Monday", and news style's bare "… the northeast Monday"
            if WEEKDAYS.contains(&wd)
                && toks[i].cap
                && i > 0
                && !matches!(w(i - 1), "the" | "a" | "every" | "each" | "next" | "this" | "black" | "bloody" | "good" | "holy") =>
        {
            let p = pubd.filter(|p| p.day.is_some())?;
            let target = WEEKDAYS.iter().position(|x| *x == wd)? as i32;
            let today = weekday(p)? as i32;
            let mut back = (today - target).rem_euclid(7);
            if w(i - 1) == "last" && back == 0 {
                back = 7;
            }
            Some((i + 1, point(p.add_days(-back))))
        }
        (num, unit, dir) if number_word(num).is_some() || (num == "a" && w(i + 1) == "few") => {
            // "three days later", "a few months ago", "two weeks earlier"
            let (k, unit, dir, end) = if num == "a" && w(i + 1) == "few" {
                (3, w(i + 2), w(i + 3), i + 4)
            } else {
                (number_word(num)?, unit, dir, i + 3)
            };
            let unit = unit.trim_end_matches('s');
            // "three months after taking power" counts from an event we may not know: only
            // "later", "earlier" and "ago" count from the narrative or the publication
            let sign = match dir {
                "later" => 1,
                "earlier" | "ago" => -1,
                _ => return None,
            };
            let base = if dir == "ago" { pubd? } else { narr? };
            let t = match unit {
                "day" if base.day.is_some() => point(base.add_days(sign * k)),
                "week" if base.day.is_some() => point(base.add_days(sign * 7 * k).to_month()),
                "month" if base.month.is_some() => {
                    let d = base.to_month().add_months(sign * k);
                    if num == "few" || num == "several" || w(i + 1) == "few" {
                        point(PartialDate::year(d.year))
                    } else {
                        point(d)
                    }
                }
                "year" => point(PartialDate::year(base.year + sign * k)),
                "hour" | "minute" => point(base),
                _ => return None,
            };
            Some((end, t))
        }
        // "in the spring": the last such season before publication, as a year
        ("the", season, _)
            if matches!(season, "spring" | "summer" | "autumn" | "fall" | "winter")
                && i > 0
                && matches!(w(i - 1), "in" | "during" | "since" | "by") =>
        {
            let p = pubd?;
            let start_month = match season {
                "spring" => 3,
                "summer" => 6,
                "autumn" | "fall" => 9,
                _ => 12,
            };
            let y = if p.month.is_some_and(|m| m < start_month) {
                p.year - 1
            } else {
                p.year
            };
            Some((i + 2, point(PartialDate::year(y))))
        }
        ("last", "spring" | "summer" | "autumn" | "fall" | "winter", _) => {
            pubd.map(|p| (i + 2, point(PartialDate::year(p.year - 1))))
        }
        // "recently": the month of publication, or its year where only that is known
        ("recently", _, _) | ("recent", _, _) => pubd.map(|p| {
            let d = if p.month.is_some() {
                p.to_month()
            } else {
                PartialDate::year(p.year)
            };
            (i + 1, point(d))
        }),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::doc::Sent;
    use rapport_text::SentKind;

    fn times(s: &str, published: &str) -> Vec<(String, Option<String>, Option<String>)> {
        let sent = Sent::new(s, 0, Span::new(0, s.len()), SentKind::Body, 0);
        let mut a = Anchors {
            published: PartialDate::parse(published).ok(),
            narrative: None,
        };
        find(&sent, s, &mut a)
            .into_iter()
            .map(|t| {
                (
                    t.time.text.clone().unwrap(),
                    t.time.start.map(|d| d.to_string()),
                    t.time.end.map(|d| d.to_string()),
                )
            })
            .collect()
    }

    fn one(s: &str, published: &str) -> (Option<String>, Option<String>) {
        let t = times(s, published);
        assert_eq!(t.len(), 1, "{s}: {t:?}");
        (t[0].1.clone(), t[0].2.clone())
    }

    fn p(a: &str, b: &str) -> (Option<String>, Option<String>) {
        (Some(a.into()), Some(b.into()))
    }

    #[test]
    fn recently_at_the_precision_of_publication() {
        assert_eq!(
            one("The group recently deployed militias.", "2018-05-02"),
            p("2018-05", "2018-05")
        );
        assert_eq!(
            one("The group most recently deployed militias.", "2018"),
            p("2018", "2018")
        );
    }

    #[test]
    fn intervals_between_two_dates() {
        assert_eq!(
            one(
                "Troops operated there between Nov. 2021 and July 2022.",
                "2022-08-04"
            ),
            p("2021-11", "2022-07")
        );
        assert_eq!(
            one(
                "The siege lasted from March 2015 to June 2016.",
                "2020-01-01"
            ),
            p("2015-03", "2016-06")
        );
        // two dates that are no interval stay two
        assert_eq!(
            times(
                "They met in March 2015 and again in June 2016.",
                "2020-01-01"
            )
            .len(),
            2
        );
    }

    #[test]
    fn a_date_in_a_name_is_no_date() {
        assert!(
            times("The March 23 Movement took Goma in November.", "2012-12")
                .iter()
                .all(|t| t.0 != "March 23")
        );
        assert_eq!(
            one("The March 23 Movement took Goma in November.", "2012-12"),
            p("2012-11", "2012-11")
        );
    }

    #[test]
    fn absolute_dates() {
        assert_eq!(
            one("He was killed on May 21, 2016, in Pakistan.", "2017-01"),
            p("2016-05-21", "2016-05-21")
        );
        assert_eq!(
            one("In August 1999, a truck bomb went off.", "2017-01"),
            p("1999-08", "1999-08")
        );
        assert_eq!(
            one("They met on 3 March 2015 in Doha.", "2017"),
            p("2015-03-03", "2015-03-03")
        );
        assert_eq!(
            one("Tehran threatened war in 1998.", "2017-01"),
            p("1998", "1998")
        );
        assert_eq!(
            one(
                "After sweeping through the country in the 1990s, they ruled.",
                "2017"
            ),
            p("1990", "1999")
        );
        assert_eq!(
            one("It helped after the 9/11 attacks.", "2017"),
            (Some("2001-09-11".into()), None)
        );
        assert_eq!(
            one("Fighting raged from 2015 to 2017.", "2018"),
            p("2015", "2017")
        );
        assert_eq!(
            one("Raids have continued since 2003.", "2018"),
            (Some("2003".into()), None)
        );
        assert_eq!(
            one("He arrived on Sept. 22, 2011.", "2011-10"),
            p("2011-09-22", "2011-09-22")
        );
    }

    #[test]
    fn not_years() {
        assert!(times("They sent 2000 fighters and 1500 rifles.", "2017").is_empty());
        assert!(times("Tehran mobilized 200,000 troops.", "2017").is_empty());
        assert!(times("He may go.", "2017").is_empty());
    }

    #[test]
    fn relative_to_publication() {
        assert_eq!(
            one("A few months ago, I began probing reports.", "2017-01"),
            p("2016", "2016")
        );
        assert_eq!(
            one("Talks were held last month.", "2018-11-09"),
            p("2018-10", "2018-10")
        );
        assert_eq!(
            one("Fighters clashed last year.", "2018-11-09"),
            p("2017", "2017")
        );
        assert_eq!(
            one("They met on Monday.", "2020-03-05"),
            p("2020-03-02", "2020-03-02")
        );
        assert_eq!(
            one("In May, fighters went to Iran.", "2018-07-20"),
            p("2018-05", "2018-05")
        );
        assert_eq!(
            one("In November, fighters went to Iran.", "2018-07-20"),
            p("2017-11", "2017-11")
        );
    }

    #[test]
    fn month_of_year() {
        assert_eq!(
            one(
                "In October of 2015, the US allied itself with the SDF.",
                "2018"
            ),
            p("2015-10", "2015-10")
        );
    }

    #[test]
    fn a_year_naming_a_thing_moves_no_narrative() {
        let t = times(
            "They recalled the 1994 genocide and the 2015 nuclear deal. In March, fighters went to Iran.",
            "",
        );
        assert!(
            t.iter().all(|x| x.0 != "In March" || x.1.is_none()),
            "{t:?}"
        );
        // a year in its own phrase does (with no publication date to count from)
        let t = times(
            "The deal was signed in 2015. In March, fighters went to Iran.",
            "",
        );
        assert_eq!(t.last().unwrap().1.as_deref(), Some("2015-03"), "{t:?}");
    }

    #[test]
    fn relative_to_narrative() {
        let s = "Mansur was killed on May 21, 2016, after crossing over from Iran the same day. Three days later he was buried.";
        let t = times(s, "2017-01");
        assert_eq!(t[1].1.as_deref(), Some("2016-05-21"));
        assert_eq!(t[2].1.as_deref(), Some("2016-05-24"));
        let t = times(
            "He took over in July 2015. By the end of the year, camps were built.",
            "2017-01",
        );
        assert_eq!(
            (t[1].1.as_deref(), t[1].2.as_deref()),
            (Some("2015"), Some("2015-12"))
        );
    }

    #[test]
    fn bare_weekdays_in_news_style() {
        assert_eq!(
            one(
                "Syrian forces streamed into the northeast Monday.",
                "2019-10-14"
            ),
            p("2019-10-14", "2019-10-14")
        );
        assert!(times("Every Monday they met.", "2019-10-14").is_empty());
    }

    #[test]
    fn weekday_math() {
        assert_eq!(weekday(PartialDate::day(2020, 3, 5)), Some(3)); // Thursday
        assert_eq!(weekday(PartialDate::day(2016, 5, 21)), Some(5)); // Saturday
    }
}
