//! A document as the pipeline sees it: sentences of tokens with byte spans.

use rapport_model::Span;
use rapport_text::{tokenize, SentKind, TokKind};

/// A token with its lowercase form.
#[derive(Debug, Clone)]
pub struct Tok {
    pub span: Span,
    pub kind: TokKind,
    pub lower: String,
    /// Starts with an uppercase letter.
    pub cap: bool,
}

/// A sentence with its tokens.
#[derive(Debug, Clone)]
pub struct Sent {
    pub idx: usize,
    pub span: Span,
    pub kind: SentKind,
    pub para: usize,
    pub toks: Vec<Tok>,
    /// Tags, lemmas, tree and entities; empty when no NLP models are loaded.
    pub syn: crate::syntax::Parse,
}

impl Sent {
    pub fn new(text: &str, idx: usize, span: Span, kind: SentKind, para: usize) -> Self {
        let toks = tokenize(text, span)
            .into_iter()
            .map(|t| {
                let s = t.span.slice(text);
                Tok {
                    span: t.span,
                    kind: t.kind,
                    lower: s.to_lowercase().replace('\u{2019}', "'"),
                    cap: s.chars().next().is_some_and(|c| c.is_uppercase()),
                }
            })
            .collect();
        Sent {
            idx,
            span,
            kind,
            para,
            toks,
            syn: Default::default(),
        }
    }

    /// Token range covering a byte span (tokens overlapping it).
    pub fn tok_range(&self, span: Span) -> (usize, usize) {
        let t0 = self
            .toks
            .iter()
            .position(|t| t.span.end > span.start)
            .unwrap_or(self.toks.len());
        let t1 = self
            .toks
            .iter()
            .rposition(|t| t.span.start < span.end)
            .map(|i| i + 1)
            .unwrap_or(t0);
        (t0, t1.max(t0))
    }

    pub fn word(&self, i: usize) -> &str {
        self.toks.get(i).map(|t| t.lower.as_str()).unwrap_or("")
    }

    /// Whether the tagger read token `i` as a finite verb or modal (VBD, VBZ, VBP, MD).
    pub fn finite(&self, i: usize) -> bool {
        self.syn
            .xpos
            .get(i)
            .is_some_and(|x| matches!(x.as_str(), "VBD" | "VBZ" | "VBP" | "MD"))
    }

    /// Whether token `k` has the case marker or complementizer `word` in the tree
    /// ("by" of "by Kenya", "that" of "that it supports", "as" of "as a threat").
    pub fn marked(&self, k: usize, word: &str) -> bool {
        let p = &self.syn;
        p.children(k)
            .any(|c| matches!(p.deprel(c), "case" | "mark") && self.word(c) == word)
    }
}
