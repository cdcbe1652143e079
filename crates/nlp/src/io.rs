//! The models' binary format: little-endian primitives behind a magic header and version.
//!
//! A model file is `b"RAPNLP"`, a `u16` format version, a kind string (`tagger`,
//! `parser`, `ner`), then the component's sections, each written with the helpers below.

use std::fmt;

pub const MAGIC: &[u8; 6] = b"RAPNLP";
/// The version written. Version 3 added the recognizer's lexicon; version 4 the parser's
/// separate child, valency and label-set templates, so a parser needs version 4 (taggers
/// and recognizers of versions 2 and 3 are still read); version 5 the post-parse tagging
/// pass after the parser, in the parser's file.
pub const VERSION: u16 = 5;
/// The oldest version of a parser file read: older parsers were trained on other
/// feature templates.
pub const MIN_PARSER_VERSION: u16 = 4;
/// The oldest version read.
pub const MIN_VERSION: u16 = 2;

/// A model file that cannot be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormatError(pub String);

impl fmt::Display for FormatError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "bad model file: {}", self.0)
    }
}

impl std::error::Error for FormatError {}

#[derive(Default)]
pub struct Writer {
    pub buf: Vec<u8>,
}

impl Writer {
    pub fn new(kind: &str) -> Writer {
        let mut w = Writer::default();
        w.buf.extend_from_slice(MAGIC);
        w.u16(VERSION);
        w.str(kind);
        w
    }
    pub fn u8(&mut self, v: u8) {
        self.buf.push(v);
    }
    pub fn u16(&mut self, v: u16) {
        self.buf.extend_from_slice(&v.to_le_bytes());
    }
    pub fn u32(&mut self, v: u32) {
        self.buf.extend_from_slice(&v.to_le_bytes());
    }
    pub fn u64(&mut self, v: u64) {
        self.buf.extend_from_slice(&v.to_le_bytes());
    }
    pub fn f32(&mut self, v: f32) {
        self.buf.extend_from_slice(&v.to_le_bytes());
    }
    pub fn str(&mut self, s: &str) {
        self.u32(s.len() as u32);
        self.buf.extend_from_slice(s.as_bytes());
    }
    pub fn strs(&mut self, v: &[String]) {
        self.u32(v.len() as u32);
        for s in v {
            self.str(s);
        }
    }
    pub fn bytes(&mut self, v: &[u8]) {
        self.u32(v.len() as u32);
        self.buf.extend_from_slice(v);
    }
    pub fn u32s(&mut self, v: &[u32]) {
        self.u32(v.len() as u32);
        for x in v {
            self.u32(*x);
        }
    }
    pub fn i16s(&mut self, v: &[i16]) {
        self.u32(v.len() as u32);
        for x in v {
            self.buf.extend_from_slice(&x.to_le_bytes());
        }
    }
}

pub struct Reader<'a> {
    buf: &'a [u8],
    pos: usize,
    version: u16,
}

impl<'a> Reader<'a> {
    /// Checks the header and the kind.
    pub fn new(buf: &'a [u8], kind: &str) -> Result<Reader<'a>, FormatError> {
        if buf.len() < 8 || &buf[..6] != MAGIC {
            return Err(FormatError("missing RAPNLP header".into()));
        }
        let mut r = Reader {
            buf,
            pos: 6,
            version: 0,
        };
        let v = r.u16()?;
        if !(MIN_VERSION..=VERSION).contains(&v) {
            return Err(FormatError(format!(
                "format version {v}, this build reads {MIN_VERSION} to {VERSION}"
            )));
        }
        r.version = v;
        let k = r.str()?;
        if k != kind {
            return Err(FormatError(format!(
                "a {k} model where a {kind} was expected"
            )));
        }
        Ok(r)
    }
    /// The file's format version.
    pub fn version(&self) -> u16 {
        self.version
    }
    fn take(&mut self, n: usize) -> Result<&'a [u8], FormatError> {
        if self.buf.len() - self.pos < n {
            return Err(FormatError("truncated".into()));
        }
        let s = &self.buf[self.pos..self.pos + n];
        self.pos += n;
        Ok(s)
    }
    pub fn u8(&mut self) -> Result<u8, FormatError> {
        Ok(self.take(1)?[0])
    }
    pub fn u16(&mut self) -> Result<u16, FormatError> {
        Ok(u16::from_le_bytes(self.take(2)?.try_into().unwrap()))
    }
    pub fn u32(&mut self) -> Result<u32, FormatError> {
        Ok(u32::from_le_bytes(self.take(4)?.try_into().unwrap()))
    }
    pub fn u64(&mut self) -> Result<u64, FormatError> {
        Ok(u64::from_le_bytes(self.take(8)?.try_into().unwrap()))
    }
    pub fn f32(&mut self) -> Result<f32, FormatError> {
        Ok(f32::from_le_bytes(self.take(4)?.try_into().unwrap()))
    }
    pub fn str(&mut self) -> Result<String, FormatError> {
        let n = self.u32()? as usize;
        let b = self.take(n)?;
        String::from_utf8(b.to_vec()).map_err(|_| FormatError("invalid UTF-8".into()))
    }
    pub fn strs(&mut self) -> Result<Vec<String>, FormatError> {
        let n = self.u32()? as usize;
        (0..n).map(|_| self.str()).collect()
    }
    pub fn bytes(&mut self) -> Result<Vec<u8>, FormatError> {
        let n = self.u32()? as usize;
        Ok(self.take(n)?.to_vec())
    }
    pub fn u32s(&mut self) -> Result<Vec<u32>, FormatError> {
        let n = self.u32()? as usize;
        let b = self.take(n.checked_mul(4).ok_or_else(|| FormatError("size".into()))?)?;
        Ok(b.chunks_exact(4)
            .map(|c| u32::from_le_bytes(c.try_into().unwrap()))
            .collect())
    }
    pub fn i16s(&mut self) -> Result<Vec<i16>, FormatError> {
        let n = self.u32()? as usize;
        let b = self.take(n.checked_mul(2).ok_or_else(|| FormatError("size".into()))?)?;
        Ok(b.chunks_exact(2)
            .map(|c| i16::from_le_bytes(c.try_into().unwrap()))
            .collect())
    }
    /// A count of items of at least `min_item` bytes each, refused where the rest of the
    /// file could not hold that many (a damaged count must not size an allocation).
    pub fn count(&mut self, min_item: usize) -> Result<usize, FormatError> {
        let n = self.u32()? as usize;
        if n.saturating_mul(min_item.max(1)) > self.buf.len() - self.pos {
            return Err(FormatError(format!(
                "a count of {n} past the end of the file"
            )));
        }
        Ok(n)
    }
    /// Fails unless the whole buffer was read.
    pub fn end(&self) -> Result<(), FormatError> {
        if self.pos == self.buf.len() {
            Ok(())
        } else {
            Err(FormatError(format!(
                "{} trailing bytes",
                self.buf.len() - self.pos
            )))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_errors() {
        let mut w = Writer::new("tagger");
        w.u8(3);
        w.u32(70000);
        w.u64(u64::MAX - 1);
        w.f32(-1.5);
        w.strs(&["a".into(), "ßé".into()]);
        w.u32s(&[1, 2, 3]);
        w.i16s(&[-3, 4]);
        w.bytes(&[9, 8]);
        let mut r = Reader::new(&w.buf, "tagger").unwrap();
        assert_eq!(r.u8().unwrap(), 3);
        assert_eq!(r.u32().unwrap(), 70000);
        assert_eq!(r.u64().unwrap(), u64::MAX - 1);
        assert_eq!(r.f32().unwrap(), -1.5);
        assert_eq!(r.strs().unwrap(), vec!["a".to_string(), "ßé".to_string()]);
        assert_eq!(r.u32s().unwrap(), vec![1, 2, 3]);
        assert_eq!(r.i16s().unwrap(), vec![-3, 4]);
        assert_eq!(r.bytes().unwrap(), vec![9, 8]);
        r.end().unwrap();
        assert!(Reader::new(&w.buf, "parser").is_err());
        assert!(Reader::new(b"nonsense", "tagger").is_err());
        let mut r = Reader::new(&w.buf[..w.buf.len() - 1], "tagger").unwrap();
        r.u8().unwrap();
        r.u32().unwrap();
        r.u64().unwrap();
        r.f32().unwrap();
        r.strs().unwrap();
        r.u32s().unwrap();
        r.i16s().unwrap();
        assert!(r.bytes().is_err());
        // a count the rest of the file cannot hold is refused before anything is sized
        // by it
        let mut w = Writer::new("tagger");
        w.u32(2);
        w.u64(1);
        w.u64(2);
        w.u32(u32::MAX);
        w.u64(3);
        let mut r = Reader::new(&w.buf, "tagger").unwrap();
        assert_eq!(r.count(8).unwrap(), 2);
        r.u64().unwrap();
        r.u64().unwrap();
        assert!(r.count(8).is_err());
    }

    #[test]
    fn reads_the_versions_it_knows() {
        let w = Writer::new("ner");
        assert_eq!(Reader::new(&w.buf, "ner").unwrap().version(), VERSION);
        for (v, ok) in [
            (MIN_VERSION - 1, false),
            (MIN_VERSION, true),
            (VERSION, true),
            (VERSION + 1, false),
        ] {
            let mut buf = w.buf.clone();
            buf[6..8].copy_from_slice(&v.to_le_bytes());
            let r = Reader::new(&buf, "ner");
            assert_eq!(r.is_ok(), ok, "version {v}");
            if let Ok(r) = r {
                assert_eq!(r.version(), v);
            }
        }
    }
}
