//! Tokens with byte spans: words (with internal hyphens and apostrophes),
//! initialisms and known abbreviations with their dot, numbers, and single
//! punctuation characters. A possessive `'s` / `’s` is its own token.

use rapport_model::Span;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokKind {
    Word,
    Number,
    Punct,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub span: Span,
    pub kind: TokKind,
}

impl Token {
    pub fn text<'a>(&self, doc: &'a str) -> &'a str {
        self.span.slice(doc)
    }
}

/// Abbreviations that keep their dot (lowercase, without the dot).
pub(crate) const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt", "sgt", "adm", "gov", "sen", "rep",
    "rev", "st", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec", "no", "nos", "vs", "inc", "ltd", "co", "corp", "jr", "sr", "prof", "pres", "mt", "ft",
    "approx", "cmdr", "brig", "gens", "messrs", "dept", "univ", "est", "fig",
];

fn is_apos(c: char) -> bool {
    c == '\'' || c == '\u{2019}'
}

/// Tokenizes `text[span]`.
pub fn tokenize(text: &str, span: Span) -> Vec<Token> {
    let s = &text[span.start..span.end];
    let base = span.start;
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    let n = chars.len();
    let end_of = |k: usize| if k < n { chars[k].0 } else { s.len() };
    let mut out = Vec::with_capacity(n / 5);
    let mut i = 0;
    while i < n {
        let (start, c) = chars[i];
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        // Initialisms: U.S. / U.N. / D.C. (single letters each followed by a dot)
        if c.is_alphabetic()
            && i + 1 < n
            && chars[i + 1].1 == '.'
            && i + 2 < n
            && chars[i + 2].1.is_alphabetic()
            && (i + 3 >= n || chars[i + 3].1 == '.')
        {
            let mut j = i;
            while j + 1 < n && chars[j].1.is_alphabetic() && chars[j + 1].1 == '.' {
                j += 2;
            }
            if j >= i + 4 {
                out.push(Token {
                    span: Span::new(base + start, base + end_of(j)),
                    kind: TokKind::Word,
                });
                i = j;
                continue;
            }
        }
        if c.is_alphanumeric()
            || (c == '@' || c == '#') && i + 1 < n && chars[i + 1].1.is_alphanumeric()
        {
            let numeric = c.is_ascii_digit();
            let mut j = i + 1;
            while j < n {
                let cj = chars[j].1;
                if cj.is_alphanumeric() || cj == '_' {
                    j += 1;
                    continue;
                }
                let next_alnum = j + 1 < n && chars[j + 1].1.is_alphanumeric();
                if numeric
                    && matches!(cj, ',' | '.' | '/' | ':')
                    && j + 1 < n
                    && chars[j + 1].1.is_ascii_digit()
                {
                    j += 1;
                    continue;
                }
                // "38-year-old", "Mazar-e-Sharif"; but "2015-2017" stays apart
                if cj == '-' && next_alnum && (!numeric || chars[j + 1].1.is_alphabetic()) {
                    j += 1;
                    continue;
                }
                if is_apos(cj) && next_alnum {
                    // possessive 's splits off; other apostrophes stay inside (O'Brien, don't)
                    let k = j + 1;
                    let after = k + 1;
                    if matches!(chars[k].1, 's' | 'S')
                        && (after >= n || !chars[after].1.is_alphanumeric())
                    {
                        break;
                    }
                    j += 1;
                    continue;
                }
                break;
            }
            let mut end = end_of(j);
            // keep the dot of a known abbreviation ("Gen.", "Jan.")
            if j < n && chars[j].1 == '.' {
                let w = s[start..end].to_ascii_lowercase();
                if ABBREVIATIONS.contains(&w.as_str()) || (w.len() == 1 && c.is_uppercase()) {
                    end = end_of(j + 1);
                    j += 1;
                }
            }
            let kind = if numeric
                && s[start..end]
                    .bytes()
                    .all(|b| b.is_ascii_digit() || b",./:".contains(&b))
            {
                TokKind::Number
            } else {
                TokKind::Word
            };
            out.push(Token {
                span: Span::new(base + start, base + end),
                kind,
            });
            i = j;
            continue;
        }
        if is_apos(c)
            && i + 1 < n
            && matches!(chars[i + 1].1, 's' | 'S')
            && (i + 2 >= n || !chars[i + 2].1.is_alphanumeric())
            && !out.is_empty()
        {
            out.push(Token {
                span: Span::new(base + start, base + end_of(i + 2)),
                kind: TokKind::Word,
            });
            i += 2;
            continue;
        }
        // "--" as one token
        if c == '-' && i + 1 < n && chars[i + 1].1 == '-' {
            out.push(Token {
                span: Span::new(base + start, base + end_of(i + 2)),
                kind: TokKind::Punct,
            });
            i += 2;
            continue;
        }
        out.push(Token {
            span: Span::new(base + start, base + end_of(i + 1)),
            kind: TokKind::Punct,
        });
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn toks(s: &str) -> Vec<&str> {
        tokenize(s, Span::new(0, s.len()))
            .iter()
            .map(|t| t.text(s))
            .collect()
    }

    #[test]
    fn words_possessives_and_initialisms() {
        assert_eq!(
            toks("the Taliban’s recapture"),
            ["the", "Taliban", "’s", "recapture"]
        );
        assert_eq!(toks("the U.S.-led war"), ["the", "U.S.", "-", "led", "war"]);
        assert_eq!(
            toks("Mazar-e-Sharif, 200,000 troops"),
            ["Mazar-e-Sharif", ",", "200,000", "troops"]
        );
        assert_eq!(
            toks("after the 9/11 attacks"),
            ["after", "the", "9/11", "attacks"]
        );
        assert_eq!(
            toks("Gen. Qassem Soleimani"),
            ["Gen.", "Qassem", "Soleimani"]
        );
        assert_eq!(toks("O'Brien didn't"), ["O'Brien", "didn't"]);
        assert_eq!(toks("(@HekmatAzamy) is"), ["(", "@HekmatAzamy", ")", "is"]);
        assert_eq!(toks("KABUL -- Hundreds"), ["KABUL", "--", "Hundreds"]);
        assert_eq!(toks("in the U.S."), ["in", "the", "U.S."]);
        assert_eq!(toks("Iran's aid"), ["Iran", "'s", "aid"]);
    }

    proptest! {
        #[test]
        fn spans_are_ordered_char_boundaries(s in "\\PC{0,80}") {
            let t = tokenize(&s, Span::new(0, s.len()));
            let mut last = 0;
            for tok in t {
                prop_assert!(tok.span.start >= last && tok.span.end > tok.span.start);
                prop_assert!(s.is_char_boundary(tok.span.start) && s.is_char_boundary(tok.span.end));
                prop_assert!(!tok.text(&s).trim().is_empty());
                last = tok.span.end;
            }
        }
    }
}
