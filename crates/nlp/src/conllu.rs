//! CoNLL-U reading and writing (<https://universaldependencies.org/format.html>).
//!
//! Sentences are read as syntactic words: multiword-token ranges (`3-4`) and empty nodes
//! (`8.1`) are skipped, which is what tagging and basic-tree parsing are trained and scored
//! on ("gold tokens").

use std::fmt::{self, Write as _};
use std::path::Path;

/// One syntactic word of a CoNLL-U sentence.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Word {
    pub form: String,
    pub lemma: String,
    pub upos: String,
    pub xpos: String,
    pub feats: String,
    /// 0 for the root, else the 1-based index of the head word.
    pub head: usize,
    pub deprel: String,
    pub misc: String,
}

/// A sentence: its comments' `sent_id` and `text`, and its words.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Sentence {
    pub id: Option<String>,
    pub text: Option<String>,
    pub words: Vec<Word>,
}

impl Sentence {
    pub fn forms(&self) -> Vec<&str> {
        self.words.iter().map(|w| w.form.as_str()).collect()
    }
}

/// A malformed line, with its 1-based line number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    pub line: usize,
    pub message: String,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

impl std::error::Error for ParseError {}

/// Parses CoNLL-U text. Heads must point inside their sentence and word ids must run
/// 1, 2, 3…; a final sentence without a trailing blank line is accepted.
pub fn parse(text: &str) -> Result<Vec<Sentence>, ParseError> {
    let mut out = Vec::new();
    let mut cur = Sentence::default();
    let mut start = 0;
    let finish = |cur: &mut Sentence, out: &mut Vec<Sentence>, line: usize| {
        if cur.words.is_empty() {
            *cur = Sentence::default();
            return Ok(());
        }
        let n = cur.words.len();
        if let Some(w) = cur.words.iter().find(|w| w.head > n) {
            return Err(ParseError {
                line,
                message: format!("head {} outside a sentence of {n} words", w.head),
            });
        }
        if let Some(k) = in_cycle(&cur.words) {
            return Err(ParseError {
                line,
                message: format!("word {k} is in a cycle of heads, not a tree"),
            });
        }
        out.push(std::mem::take(cur));
        Ok(())
    };
    for (i, line) in text.lines().enumerate() {
        let ln = i + 1;
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() {
            finish(&mut cur, &mut out, start)?;
            continue;
        }
        if cur.words.is_empty() {
            start = ln;
        }
        if let Some(c) = line.strip_prefix('#') {
            let c = c.trim_start();
            if let Some(v) = c.strip_prefix("sent_id =") {
                cur.id = Some(v.trim().to_string());
            } else if let Some(v) = c.strip_prefix("text =") {
                cur.text = Some(v.trim().to_string());
            }
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        let err = |message: String| ParseError { line: ln, message };
        if cols.len() != 10 {
            return Err(err(format!("{} columns, expected 10", cols.len())));
        }
        if cols[0].contains('-') || cols[0].contains('.') {
            continue; // multiword token range or empty node
        }
        let id: usize = cols[0]
            .parse()
            .map_err(|_| err(format!("bad word id {:?}", cols[0])))?;
        if id != cur.words.len() + 1 {
            return Err(err(format!(
                "word id {id} where {} was expected",
                cur.words.len() + 1
            )));
        }
        let head = if cols[6] == "_" {
            0
        } else {
            cols[6]
                .parse()
                .map_err(|_| err(format!("bad head {:?}", cols[6])))?
        };
        if head == id {
            return Err(err(format!("word {id} is its own head")));
        }
        cur.words.push(Word {
            form: cols[1].to_string(),
            lemma: cols[2].to_string(),
            upos: cols[3].to_string(),
            xpos: cols[4].to_string(),
            feats: cols[5].to_string(),
            head,
            deprel: cols[7].to_string(),
            misc: cols[9].to_string(),
        });
    }
    finish(&mut cur, &mut out, start)?;
    Ok(out)
}

/// Reads and parses a CoNLL-U file.
pub fn read_file(path: &Path) -> Result<Vec<Sentence>, Box<dyn std::error::Error>> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    parse(&text).map_err(|e| format!("{}: {e}", path.display()).into())
}

/// The first word (1-based) whose chain of heads never reaches the root, if any. Heads
/// are in range; a chain longer than the sentence has met a cycle.
fn in_cycle(words: &[Word]) -> Option<usize> {
    let n = words.len();
    // 0: not yet known, 1: reaches the root.
    let mut ok = vec![false; n + 1];
    ok[0] = true;
    for start in 1..=n {
        let mut path = Vec::new();
        let mut k = start;
        while !ok[k] {
            if path.len() > n {
                return Some(start);
            }
            path.push(k);
            k = words[k - 1].head;
        }
        for p in path {
            ok[p] = true;
        }
    }
    None
}

/// Writes one sentence as CoNLL-U (comments, ten columns, a blank line after it).
pub fn write(s: &Sentence) -> String {
    let mut out = String::new();
    if let Some(id) = &s.id {
        let _ = writeln!(out, "# sent_id = {id}");
    }
    if let Some(t) = &s.text {
        let _ = writeln!(out, "# text = {t}");
    }
    let col = |v: &str| {
        if v.is_empty() {
            "_".to_string()
        } else {
            v.replace(['\t', '\n'], " ")
        }
    };
    for (i, w) in s.words.iter().enumerate() {
        let _ = writeln!(
            out,
            "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t_\t{}",
            i + 1,
            col(&w.form),
            col(&w.lemma),
            col(&w.upos),
            col(&w.xpos),
            col(&w.feats),
            w.head,
            col(&w.deprel),
            col(&w.misc)
        );
    }
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "# newdoc id = d1
# sent_id = s1
# text = They didn't go.
1\tThey\tthey\tPRON\tPRP\tCase=Nom\t4\tnsubj\t4:nsubj\t_
2-3\tdidn't\t_\t_\t_\t_\t_\t_\t_\t_
2\tdid\tdo\tAUX\tVBD\t_\t4\taux\t4:aux\t_
3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t4:advmod\t_
4\tgo\tgo\tVERB\tVB\t_\t0\troot\t0:root\tSpaceAfter=No
4.1\tgone\tgo\tVERB\tVBN\t_\t_\t_\t4:conj\t_
5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t4:punct\t_

# sent_id = s2
1\tYes\tyes\tINTJ\tUH\t_\t0\troot\t0:root\t_
";

    #[test]
    fn reads_words_skipping_ranges_and_empty_nodes() {
        let s = parse(SAMPLE).unwrap();
        assert_eq!(s.len(), 2);
        assert_eq!(s[0].id.as_deref(), Some("s1"));
        assert_eq!(s[0].text.as_deref(), Some("They didn't go."));
        assert_eq!(s[0].forms(), vec!["They", "did", "n't", "go", "."]);
        let go = &s[0].words[3];
        assert_eq!(
            (go.lemma.as_str(), go.upos.as_str(), go.xpos.as_str()),
            ("go", "VERB", "VB")
        );
        assert_eq!((go.head, go.deprel.as_str()), (0, "root"));
        assert_eq!(s[0].words[0].head, 4);
        assert_eq!(s[1].words.len(), 1);
        assert_eq!(s[1].text, None);
    }

    #[test]
    fn rejects_malformed_input() {
        let e = parse("1\ta\ta\tX\tX\t_\t0\troot\n").unwrap_err();
        assert_eq!(e.line, 1);
        assert!(
            parse("1\ta\ta\tX\tX\t_\t0\troot\t_\t_\n3\tb\tb\tX\tX\t_\t1\tdep\t_\t_\n").is_err()
        );
        assert!(parse("1\ta\ta\tX\tX\t_\t5\troot\t_\t_\n").is_err());
        assert!(parse("1\ta\ta\tX\tX\t_\tx\troot\t_\t_\n").is_err());
        assert!(parse("1\ta\ta\tX\tX\t_\t1\troot\t_\t_\n").is_err());
    }

    #[test]
    fn rejects_cycles_of_heads() {
        let two = "1\ta\ta\tX\tX\t_\t2\tdep\t_\t_\n2\tb\tb\tX\tX\t_\t1\tdep\t_\t_\n";
        let e = parse(two).unwrap_err();
        assert!(e.message.contains("cycle"), "{e}");
        let rooted = "1\ta\ta\tX\tX\t_\t2\tdep\t_\t_\n2\tb\tb\tX\tX\t_\t0\troot\t_\t_\n\
                      3\tc\tc\tX\tX\t_\t4\tdep\t_\t_\n4\td\td\tX\tX\t_\t3\tdep\t_\t_\n";
        assert!(parse(rooted).unwrap_err().message.contains("word 3"));
    }

    proptest::proptest! {
        /// Any text is read or refused with a line number, never a panic.
        #[test]
        fn any_text_is_read_or_refused(text in "(([0-9.#-]{0,3}|[a-z_ ]{0,4})[\t\n]){0,40}") {
            if let Err(e) = parse(&text) {
                proptest::prop_assert!(e.line <= text.lines().count() + 1);
            }
        }

        /// Sentences with any forms, tags and trees come back unchanged from CoNLL-U.
        #[test]
        fn written_sentences_read_back(
            words in proptest::collection::vec(("[^\\s#]{1,6}", "[A-Z]{1,5}", "[a-z:]{1,8}"), 1..12),
            heads_seed in proptest::collection::vec(proptest::prelude::any::<usize>(), 12),
            id in proptest::option::of("[a-z0-9-]{1,8}"),
        ) {
            // A tree: each word hangs on the root or on an earlier word, the first on the root.
            let words: Vec<Word> = words
                .iter()
                .enumerate()
                .map(|(i, (form, tag, rel))| Word {
                    form: form.clone(),
                    lemma: form.to_lowercase(),
                    upos: tag.clone(),
                    xpos: tag.clone(),
                    feats: "_".into(),
                    head: heads_seed[i] % (i + 1),
                    deprel: rel.clone(),
                    misc: "_".into(),
                })
                .collect();
            let s = Sentence { id, text: None, words };
            let back = parse(&write(&s)).unwrap();
            proptest::prop_assert_eq!(back, vec![s]);
        }
    }

    #[test]
    fn write_then_parse_round_trips() {
        let s = parse(SAMPLE).unwrap();
        let text: String = s.iter().map(write).collect();
        assert!(text.starts_with("# sent_id = s1\n# text = They didn't go.\n1\tThey\tthey\tPRON\tPRP\tCase=Nom\t4\tnsubj\t_\t_\n"));
        assert_eq!(parse(&text).unwrap(), s);
    }
}
