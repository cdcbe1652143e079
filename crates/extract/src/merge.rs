//! One claim per event within a document: restatements add evidence.

use rapport_model::{Certainty, Claim, Mode, Source, Time};

fn compatible(a: &Option<Time>, b: &Option<Time>) -> bool {
    match (a, b) {
        (Some(x), Some(y)) => {
            let (xs, xe) = x.years();
            let (ys, ye) = y.years();
            let (xl, xh) = (xs.or(xe).unwrap_or(i32::MIN), xe.or(xs).unwrap_or(i32::MAX));
            let (yl, yh) = (ys.or(ye).unwrap_or(i32::MIN), ye.or(ys).unwrap_or(i32::MAX));
            xl <= yh && yl <= xh
        }
        _ => true,
    }
}

fn precision(t: &Option<Time>) -> usize {
    t.as_ref()
        .and_then(|t| t.start.or(t.end))
        .map(|d| 1 + usize::from(d.month.is_some()) + usize::from(d.day.is_some()))
        .unwrap_or(0)
}

fn same_pair(a: &Claim, b: &Claim) -> bool {
    if a.kind != b.kind || a.polarity != b.polarity {
        return false;
    }
    // different sources of the statement are different claims; the author's
    // restatement of a source's claim is the same claim
    let by = (&a.attribution.by, &b.attribution.by);
    let dated_alike = a.time.is_some() && b.time.is_some() && compatible(&a.time, &b.time);
    let attr_ok = by.0 == by.1
        || (dated_alike
            && matches!(
                by,
                (Source::Author, Source::Actor(_)) | (Source::Actor(_), Source::Author)
            ));
    if !attr_ok {
        return false;
    }
    // different kinds of aid (or of attack) are different claims
    let specific = |c: &Claim| {
        c.mode
            .iter()
            .filter(|m| **m != Mode::Unspecified)
            .copied()
            .collect::<Vec<_>>()
    };
    // … unless one sentence tells them ("were killed during the Taliban's recapture of
    // the city": one event, two words for it)
    let same_sentence = a.evidence.iter().any(|e| b.evidence.contains(e));
    let (ma, mb) = (specific(a), specific(b));
    if !same_sentence && !ma.is_empty() && !mb.is_empty() && !ma.iter().any(|m| mb.contains(m)) {
        return false;
    }
    let direct = a.source == b.source && a.target == b.target;
    let flipped = a.kind.is_symmetric()
        && Some(&a.source) == b.target.as_ref()
        && a.target.as_ref() == Some(&b.source);
    direct || flipped
}

/// Merges restatements: same type, same pair, compatible times.
/// The third element (what produced the claim) goes along with the first draft.
pub fn merge<T>(drafts: Vec<(Claim, &'static str, T)>) -> Vec<(Claim, &'static str, T)> {
    let mut out: Vec<(Claim, &'static str, T)> = Vec::new();
    for (c, rule, trig) in drafts {
        if let Some(o) = out
            .iter_mut()
            .find(|(o, _, _)| same_pair(o, &c) && compatible(&o.time, &c.time))
        {
            let o = &mut o.0;
            for e in c.evidence {
                if !o.evidence.contains(&e) {
                    o.evidence.push(e);
                }
            }
            if precision(&c.time) > precision(&o.time) {
                o.time = c.time;
            }
            for m in c.mode {
                if !o.mode.contains(&m) {
                    o.mode.push(m);
                }
            }
            if o.mode.len() > 1 {
                o.mode.retain(|m| *m != rapport_model::Mode::Unspecified);
            }
            o.mode.sort();
            if o.attribution.by == Source::Author && c.attribution.by != Source::Author {
                o.attribution = c.attribution;
            }
            if c.certainty == Certainty::Asserted {
                o.certainty = Certainty::Asserted;
            }
            if o.location.is_none() {
                o.location = c.location;
            }
            if o.role.is_none() {
                o.role = c.role;
            }
            o.confidence = (o.confidence + 0.1).min(0.95);
            continue;
        }
        out.push((c, rule, trig));
    }
    out
}
