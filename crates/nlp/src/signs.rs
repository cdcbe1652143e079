//! Binarised word vectors as sparse features.
//!
//! A linear model weighs a dense vector's components poorly (a name's component and a
//! verb's may differ only in sign and size), so each component is kept only where it
//! stands out: above the mean of that component's positive values, or below the mean of
//! its negative ones (Guo, Che, Wang and Liu 2014, *Revisiting Embedding Features for
//! Simple Semi-supervised Learning*, EMNLP). A word then reads one feature per component
//! that stands out, with its direction: about a third of the components of GloVe's words.
//! Where clusters ([`crate::clusters`]) say which words are alike as a whole, the signs say
//! in which respects ("a person's given name", "a place", "a company").
//!
//! The table is learned from vectors in GloVe's text format ([`Signs::from_glove`]), or
//! read from its own text form ([`Signs::parse`], [`Signs::to_text`]: a word, then its
//! codes in hex), and stored inside the model that reads it.

use crate::hash::str_hash;
use crate::io::{FormatError, Reader, Writer};
use crate::IdMap;

/// Binarised vectors of words by the hash of their normalised form ([`crate::lex::norm`]):
/// each word's codes, `2 × component` where the component is high and `2 × component + 1`
/// where it is low.
#[derive(Clone, Debug, Default)]
pub struct Signs {
    /// Where each word's codes are in `codes`: start and length.
    index: IdMap<(u32, u16)>,
    codes: Vec<u8>,
}

/// Two tables are equal when they hold the same words with the same codes, however laid
/// out.
impl PartialEq for Signs {
    fn eq(&self, other: &Signs) -> bool {
        self.index.len() == other.index.len()
            && self
                .index
                .keys()
                .all(|&h| self.get_hash(h) == other.get_hash(h))
    }
}

impl Eq for Signs {}

impl Signs {
    /// Binarises the first `max_words` vectors of a GloVe text file (a word, then its
    /// components, separated by spaces; most frequent words first). The thresholds are
    /// the means of each component's positive and negative values over those words.
    /// Vectors of more than 128 components, or lines of another width, are an error
    /// naming the line.
    pub fn from_glove(text: &str, max_words: usize) -> Result<Signs, String> {
        let (words, data, dim) = crate::vectors::read_glove(text, max_words)?;
        Signs::from_vectors(&words, &data, dim)
    }

    /// Binarises the vectors [`crate::vectors::read_glove`] read: `words`, each with a row
    /// of `dim` components in `data`. More than 128 components are an error.
    pub fn from_vectors(words: &[String], data: &[f32], dim: usize) -> Result<Signs, String> {
        if dim > 128 {
            return Err(format!("{dim} components: at most 128 can be binarised"));
        }
        let (mut pos, mut neg) = (vec![(0f64, 0u32); dim], vec![(0f64, 0u32); dim]);
        for row in data.chunks_exact(dim.max(1)) {
            for (k, &v) in row.iter().enumerate() {
                let acc = if v > 0.0 { &mut pos[k] } else { &mut neg[k] };
                acc.0 += v as f64;
                acc.1 += 1;
            }
        }
        let mean = |(s, n): (f64, u32)| if n == 0 { 0.0 } else { (s / n as f64) as f32 };
        let hi: Vec<f32> = pos.into_iter().map(mean).collect();
        let lo: Vec<f32> = neg.into_iter().map(mean).collect();
        let mut signs = Signs::default();
        for (w, row) in words.iter().zip(data.chunks_exact(dim.max(1))) {
            let codes: Vec<u8> = row
                .iter()
                .enumerate()
                .filter_map(|(k, &v)| {
                    if v > hi[k] && hi[k] > 0.0 {
                        Some(2 * k as u8)
                    } else if v < lo[k] && lo[k] < 0.0 {
                        Some(2 * k as u8 + 1)
                    } else {
                        None
                    }
                })
                .collect();
            signs.insert(w, &codes);
        }
        Ok(signs)
    }

    /// Adds a word's codes; a word whose normalised form is already there keeps its first
    /// codes (GloVe lists the more frequent spelling first).
    fn insert(&mut self, word: &str, codes: &[u8]) {
        let h = str_hash(&crate::lex::norm(word));
        if self.index.contains_key(&h) {
            return;
        }
        let len = codes.len().min(u16::MAX as usize);
        self.index.insert(h, (self.codes.len() as u32, len as u16));
        self.codes.extend_from_slice(&codes[..len]);
    }

    /// The table as text: `#` comment lines from `header`, then per word the word, a tab
    /// and its codes as two hex digits each.
    pub fn to_text(&self, header: &str, words: &[String]) -> String {
        let mut out = String::new();
        for l in header.lines() {
            out.push_str("# ");
            out.push_str(l);
            out.push('\n');
        }
        for w in words {
            if let Some(codes) = self.get_hash(str_hash(&crate::lex::norm(w))) {
                out.push_str(w);
                out.push('\t');
                for c in codes {
                    out.push_str(&format!("{c:02x}"));
                }
                out.push('\n');
            }
        }
        out
    }

    /// Reads [`Signs::to_text`]'s form. A line without a tab, or codes that are not pairs
    /// of hex digits, is an error naming the line.
    pub fn parse(text: &str) -> Result<Signs, String> {
        let mut signs = Signs::default();
        for (k, line) in text.lines().enumerate() {
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let (word, hex) = line
                .split_once('\t')
                .ok_or_else(|| format!("line {}: no tab after the word", k + 1))?;
            if hex.len() % 2 != 0 || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
                return Err(format!("line {}: codes {hex:?} are not hex pairs", k + 1));
            }
            let codes: Vec<u8> = (0..hex.len())
                .step_by(2)
                .map(|i| u8::from_str_radix(&hex[i..i + 2], 16).unwrap())
                .collect();
            signs.insert(word, &codes);
        }
        Ok(signs)
    }

    pub fn len(&self) -> usize {
        self.index.len()
    }

    pub fn is_empty(&self) -> bool {
        self.index.is_empty()
    }

    /// A word's codes by the hash of its normalised form.
    #[inline]
    pub fn get_hash(&self, norm: u64) -> Option<&[u8]> {
        self.index.get(&norm).map(|&r| self.codes_at(r))
    }

    /// Where a word's codes are (start and length in [`Signs::codes`]); an empty range
    /// for words the table does not hold.
    #[inline]
    pub fn range(&self, norm: u64) -> (u32, u16) {
        self.index.get(&norm).copied().unwrap_or((0, 0))
    }

    /// The codes at a [`Signs::range`].
    #[inline]
    pub fn codes_at(&self, (start, len): (u32, u16)) -> &[u8] {
        &self.codes[start as usize..start as usize + len as usize]
    }

    pub fn write(&self, w: &mut Writer) {
        let mut v: Vec<(&u64, &(u32, u16))> = self.index.iter().collect();
        v.sort_unstable_by_key(|e| *e.0);
        w.u32(v.len() as u32);
        for (h, &r) in v {
            w.u64(*h);
            w.bytes(self.codes_at(r));
        }
    }

    pub fn read(r: &mut Reader) -> Result<Signs, FormatError> {
        // (a hash and a length per entry)
        let n = r.count(12)?;
        let mut signs = Signs::default();
        signs.index.reserve(n);
        for _ in 0..n {
            let h = r.u64()?;
            let codes = r.bytes()?;
            if codes.len() > u16::MAX as usize {
                return Err(FormatError("a word's signs are too long".into()));
            }
            signs
                .index
                .insert(h, (signs.codes.len() as u32, codes.len() as u16));
            signs.codes.extend_from_slice(&codes);
        }
        Ok(signs)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const GLOVE: &str = "the 0.1 -0.1 0.9\n\
                         paris 0.9 -0.9 0.1\n\
                         london 0.9 -0.9 0.0\n\
                         run -0.9 0.7 0.2\n";

    #[test]
    fn components_that_stand_out_become_codes() {
        let s = Signs::from_glove(GLOVE, 10).unwrap();
        assert_eq!(s.len(), 4);
        let get = |w: &str| s.get_hash(str_hash(w)).unwrap().to_vec();
        // "paris" and "london" stand out high on the first component and low on the
        // second, "the" high on the third; "run" is alone on its side of the first two,
        // so it is its side's mean and stands out nowhere.
        assert_eq!(get("paris"), vec![0, 3]);
        assert_eq!(get("london"), vec![0, 3]);
        assert_eq!(get("the"), vec![4]);
        assert_eq!(get("run"), Vec::<u8>::new());
        assert_eq!(s.get_hash(str_hash("berlin")), None);
        assert_eq!(s.range(str_hash("berlin")), (0, 0));
        // The first of two spellings with one normalised form keeps its codes.
        let t = Signs::parse("Paris\t00\nparis\t03\n").unwrap();
        assert_eq!(t.len(), 1);
        assert_eq!(t.get_hash(str_hash("paris")).unwrap(), &[0]);
    }

    #[test]
    fn text_and_binary_forms_round_trip() {
        let s = Signs::from_glove(GLOVE, 10).unwrap();
        let words: Vec<String> = ["the", "paris", "london", "run"].map(String::from).into();
        let text = s.to_text("test table", &words);
        assert!(text.starts_with("# test table\n"));
        let back = Signs::parse(&text).unwrap();
        for w in &words {
            assert_eq!(back.get_hash(str_hash(w)), s.get_hash(str_hash(w)));
        }
        let mut wr = Writer::new("signs");
        s.write(&mut wr);
        let mut r = Reader::new(&wr.buf, "signs").unwrap();
        let read = Signs::read(&mut r).unwrap();
        for w in &words {
            assert_eq!(read.get_hash(str_hash(w)), s.get_hash(str_hash(w)));
        }
    }

    #[test]
    fn bad_lines_are_named() {
        assert!(Signs::parse("paris\t0a0\n").unwrap_err().contains("line 1"));
        assert!(Signs::parse("# c\nparis 0a\n")
            .unwrap_err()
            .contains("line 2"));
        assert!(Signs::from_glove("a 1 2\nb 1\n", 10)
            .unwrap_err()
            .contains("line 2"));
    }
}
