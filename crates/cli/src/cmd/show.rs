//! Human-readable tables.

use rapport_model::{Record, Source};
use rapport_store::{ActorRow, ClaimRow};
use std::io::Write;

pub fn excerpt(s: &str, max: usize) -> String {
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if s.chars().count() <= max {
        return s;
    }
    let cut: String = s.chars().take(max).collect();
    format!("{}…", cut.trim_end())
}

fn time_of(start: Option<&str>, end: Option<&str>) -> String {
    match (start, end) {
        (None, None) => "undated".into(),
        (Some(s), Some(e)) if s == e => s.into(),
        (Some(s), None) => format!("{s}.."),
        (None, Some(e)) => format!("..{e}"),
        (Some(s), Some(e)) => format!("{s}..{e}"),
    }
}

pub fn record(out: &mut impl Write, rec: &Record, text: &str) -> std::io::Result<()> {
    writeln!(
        out,
        "== {}{}",
        rec.doc.id,
        rec.doc
            .title
            .as_deref()
            .map(|t| format!(" — {t}"))
            .unwrap_or_default()
    )?;
    writeln!(
        out,
        "published {}",
        rec.doc
            .published
            .map(|d| d.to_string())
            .unwrap_or_else(|| "unknown".into())
    )?;
    writeln!(out, "\nactors ({})", rec.actors.len())?;
    for a in &rec.actors {
        let mut flags = Vec::new();
        if a.anonymous {
            flags.push("anonymous");
        }
        if a.pseudonym {
            flags.push("pseudonym");
        }
        writeln!(
            out,
            "  {:<28} {:<12} {:>3}×  {}{}",
            excerpt(&a.name, 28),
            a.kind.as_str(),
            a.mentions.len(),
            if flags.is_empty() {
                String::new()
            } else {
                format!("[{}] ", flags.join(", "))
            },
            excerpt(&a.aliases.join(", "), 60)
        )?;
    }
    writeln!(out, "\nclaims ({})", rec.claims.len())?;
    for c in &rec.claims {
        let who = match &c.attribution.by {
            Source::Actor(a) => rec
                .actor(a)
                .map(|x| x.name.clone())
                .unwrap_or_else(|| a.clone()),
            other => other.as_str().to_string(),
        };
        let time = c
            .time
            .as_ref()
            .map(|t| {
                time_of(
                    t.start.map(|d| d.to_string()).as_deref(),
                    t.end.map(|d| d.to_string()).as_deref(),
                )
            })
            .unwrap_or_else(|| "undated".into());
        let mode = if c.mode.is_empty() {
            String::new()
        } else {
            format!(
                " ({})",
                c.mode
                    .iter()
                    .map(|m| m.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        };
        let role = c
            .role
            .as_deref()
            .map(|r| format!(" as {r}"))
            .unwrap_or_default();
        let mut hedges = Vec::new();
        if c.certainty != rapport_model::Certainty::Asserted {
            hedges.push(c.certainty.as_str());
        }
        if c.status != rapport_model::Status::Actual {
            hedges.push(c.status.as_str());
        }
        if c.polarity == rapport_model::Polarity::Negative {
            hedges.push("NOT");
        }
        writeln!(
            out,
            "  {:<4} {} {}{} -> {}{}  [{}]  per {}{}",
            c.id,
            c.kind.as_str(),
            c.source,
            mode,
            c.target.as_deref().unwrap_or("-"),
            role,
            time,
            who,
            if hedges.is_empty() {
                String::new()
            } else {
                format!("  ({})", hedges.join(", "))
            }
        )?;
        if let Some(e) = c.evidence.first() {
            writeln!(out, "       “{}”", excerpt(e.slice(text), 150))?;
        }
    }
    writeln!(out)
}

pub fn actors(rows: &[ActorRow]) {
    println!(
        "{:<32} {:<13} {:>6} {:>5}  aliases",
        "actor", "kind", "claims", "docs"
    );
    for a in rows {
        let mut name = a.name.clone();
        if a.anonymous {
            name.push_str(" (anonymous)");
        }
        if a.pseudonym {
            name.push_str(" (pseudonym)");
        }
        println!(
            "{:<32} {:<13} {:>6} {:>5}  {}",
            excerpt(&name, 32),
            a.kind,
            a.claims,
            a.documents,
            excerpt(&a.aliases.join(", "), 50)
        );
    }
}

fn claim_line(c: &ClaimRow) -> String {
    let time = time_of(c.time_start.as_deref(), c.time_end.as_deref());
    let who = match c.attribution_kind.as_str() {
        "author" | "document" | "reports" => c.attribution_kind.clone(),
        k => format!(
            "{} ({k})",
            c.attribution_name
                .clone()
                .unwrap_or_else(|| c.attribution.clone())
        ),
    };
    let mode = if c.mode.is_empty() {
        String::new()
    } else {
        format!(" ({})", c.mode.join(", "))
    };
    let mut hedges = Vec::new();
    if c.certainty != "asserted" {
        hedges.push(c.certainty.clone());
    }
    if c.status != "actual" {
        hedges.push(c.status.clone());
    }
    if c.polarity == "negative" {
        hedges.push("NOT".into());
    }
    format!(
        "{:<12} {:<11} {} -> {}{}{}\n             per {} · {}\n             “{}”",
        time,
        c.kind,
        c.source_name,
        c.target_name.as_deref().unwrap_or("-"),
        mode,
        if hedges.is_empty() {
            String::new()
        } else {
            format!("  [{}]", hedges.join(", "))
        },
        who,
        c.document,
        excerpt(&c.excerpt, 140)
    )
}

pub fn claims(rows: &[ClaimRow]) {
    for c in rows {
        println!("{}", claim_line(c));
    }
    println!("{} claim(s)", rows.len());
}

pub fn timeline(a: &str, b: &str, rows: &[ClaimRow]) {
    println!("timeline {a} — {b}: {} claim(s)\n", rows.len());
    for c in rows {
        println!("{}\n", claim_line(c));
    }
}
