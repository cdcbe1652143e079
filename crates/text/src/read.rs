//! Readers: plain text and Markdown as is, HTML through a real parser, JSON Lines
//! one document per line, folders recursively, `-` for stdin.
//!
//! Bad items are reported with their name and the problem; the good ones still go
//! through.

use crate::front::front_matter;
use crate::html::html_to_document_parts;
use rapport_model::{DocMeta, Document, PartialDate};
use serde::Deserialize;
use sha2::{Digest, Sha256};
use std::fmt;
use std::io::Read;
use std::path::{Path, PathBuf};

/// How inputs are read.
#[derive(Debug, Clone)]
pub struct ReadOptions {
    /// Largest input accepted, in bytes.
    pub max_bytes: usize,
    /// Overrides every document's publication date.
    pub published: Option<PartialDate>,
    pub title: Option<String>,
    pub outlet: Option<String>,
}

impl Default for ReadOptions {
    fn default() -> Self {
        ReadOptions {
            max_bytes: 20 * 1024 * 1024,
            published: None,
            title: None,
            outlet: None,
        }
    }
}

/// One input that could not be read: which one, and why.
#[derive(Debug, Clone, PartialEq)]
pub struct ReadError {
    /// The path, `path:line` for a JSON Lines record, or `-` for stdin.
    pub item: String,
    pub message: String,
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.item, self.message)
    }
}

impl std::error::Error for ReadError {}

/// Everything read from a list of inputs, in input order.
#[derive(Debug, Default)]
pub struct ReadOutcome {
    pub docs: Vec<Document>,
    pub errors: Vec<ReadError>,
    pub warnings: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Format {
    Text,
    Html,
    Jsonl,
}

fn format_of(path: &Path) -> Option<Format> {
    let ext = path.extension()?.to_str()?.to_ascii_lowercase();
    match ext.as_str() {
        "txt" | "text" | "md" | "markdown" => Some(Format::Text),
        "html" | "htm" | "xhtml" => Some(Format::Html),
        "jsonl" | "ndjson" => Some(Format::Jsonl),
        _ => None,
    }
}

/// Hex SHA-256 of some bytes.
pub fn sha256_hex(bytes: &[u8]) -> String {
    let d = Sha256::digest(bytes);
    d.iter().map(|b| format!("{b:02x}")).collect()
}

/// Reads every input (files, folders recursively, `-` for stdin).
pub fn read_inputs<P: AsRef<Path>>(inputs: &[P], opts: &ReadOptions) -> ReadOutcome {
    let mut out = ReadOutcome::default();
    for p in inputs {
        let p = p.as_ref();
        if p.as_os_str() == "-" {
            let mut bytes = Vec::new();
            match std::io::stdin()
                .take(opts.max_bytes as u64 + 1)
                .read_to_end(&mut bytes)
            {
                Ok(_) => read_bytes("-", "stdin", None, bytes, opts, &mut out),
                Err(e) => out.errors.push(err("-", format!("cannot read stdin: {e}"))),
            }
        } else if p.is_dir() {
            let mut files = Vec::new();
            if let Err(e) = walk_dir(p, &mut files) {
                out.errors.push(err(
                    &p.display().to_string(),
                    format!("cannot list folder: {e}"),
                ));
            }
            files.sort();
            for f in files {
                match format_of(&f) {
                    Some(fmt) => read_file(&f, Some(fmt), opts, &mut out),
                    None => read_file(&f, None, opts, &mut out),
                }
            }
        } else {
            read_file(p, format_of(p), opts, &mut out);
        }
    }
    out
}

/// Reads one input given as bytes (a bundled file, an upload). `name` is used
/// for the document id and in messages; its extension picks the format.
pub fn read_memory(name: &str, bytes: Vec<u8>, opts: &ReadOptions) -> ReadOutcome {
    let mut out = ReadOutcome::default();
    let path = Path::new(name);
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "document".into());
    read_bytes(name, &stem, format_of(path), bytes, opts, &mut out);
    out
}

fn walk_dir(dir: &Path, files: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let path = entry.path();
        if entry.file_name().to_string_lossy().starts_with('.') {
            continue;
        }
        if path.is_dir() {
            walk_dir(&path, files)?;
        } else {
            files.push(path);
        }
    }
    Ok(())
}

fn err(item: &str, message: impl Into<String>) -> ReadError {
    ReadError {
        item: item.to_string(),
        message: message.into(),
    }
}

fn read_file(path: &Path, fmt: Option<Format>, opts: &ReadOptions, out: &mut ReadOutcome) {
    let item = path.display().to_string();
    let meta = match std::fs::metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return out.errors.push(err(&item, "no such file or folder"));
        }
        Err(e) => return out.errors.push(err(&item, format!("cannot read: {e}"))),
    };
    if meta.len() as usize > opts.max_bytes {
        return out.errors.push(err(
            &item,
            format!(
                "file is {} bytes, over the limit of {} (raise it with --max-bytes)",
                meta.len(),
                opts.max_bytes
            ),
        ));
    }
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => return out.errors.push(err(&item, format!("cannot read: {e}"))),
    };
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "document".into());
    read_bytes(&item, &stem, fmt, bytes, opts, out);
}

fn looks_binary(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(8192)];
    if head.contains(&0) {
        return true;
    }
    let ctrl = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c))
        .count();
    !head.is_empty() && ctrl * 20 > head.len()
}

fn sniff(text: &str) -> Format {
    let t = text.trim_start_matches('\u{feff}').trim_start();
    let low: String = t.chars().take(512).collect::<String>().to_ascii_lowercase();
    if low.starts_with("<!doctype html")
        || low.starts_with("<html")
        || (low.starts_with('<') && low.contains("<p"))
    {
        Format::Html
    } else if t.starts_with('{')
        && t.lines()
            .filter(|l| !l.trim().is_empty())
            .take(3)
            .all(|l| l.trim_start().starts_with('{'))
    {
        Format::Jsonl
    } else {
        Format::Text
    }
}

fn read_bytes(
    item: &str,
    stem: &str,
    fmt: Option<Format>,
    bytes: Vec<u8>,
    opts: &ReadOptions,
    out: &mut ReadOutcome,
) {
    if bytes.len() > opts.max_bytes {
        return out.errors.push(err(
            item,
            format!(
                "input is over the limit of {} bytes (raise it with --max-bytes)",
                opts.max_bytes
            ),
        ));
    }
    if looks_binary(&bytes) {
        return out.errors.push(err(item, "binary file, not text: refused"));
    }
    let sha = sha256_hex(&bytes);
    let text = match String::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            out.warnings.push(format!(
                "{item}: invalid UTF-8 at byte {}; decoded with replacement characters",
                e.utf8_error().valid_up_to()
            ));
            String::from_utf8_lossy(e.as_bytes()).into_owned()
        }
    };
    let fmt = fmt.unwrap_or_else(|| sniff(&text));
    match fmt {
        Format::Jsonl => read_jsonl(item, &text, opts, out),
        Format::Html => {
            let parts = html_to_document_parts(&text);
            let mut meta = DocMeta {
                id: stem.to_string(),
                title: parts.title,
                url: parts.url,
                outlet: parts.site_name,
                published: None,
                sha256: sha,
            };
            if let Some(p) = parts.published.as_deref() {
                meta.published = parse_date(item, p, out);
            }
            push(meta, parts.text, opts, out);
        }
        Format::Text => {
            let mut meta = DocMeta {
                id: stem.to_string(),
                sha256: sha,
                ..DocMeta::default()
            };
            if let Some(fm) = front_matter(&text) {
                meta.title = fm.get("title").map(str::to_string);
                meta.outlet = fm.get("outlet").map(str::to_string);
                meta.url = fm.get("url").map(str::to_string);
                if let Some(id) = fm.get("id") {
                    meta.id = id.to_string();
                }
                if let Some(p) = fm.get("published").or_else(|| fm.get("date")) {
                    meta.published = parse_date(item, p, out);
                }
            }
            push(meta, text, opts, out);
        }
    }
}

fn parse_date(item: &str, s: &str, out: &mut ReadOutcome) -> Option<PartialDate> {
    match PartialDate::parse(s) {
        Ok(d) => Some(d),
        Err(e) => {
            out.warnings
                .push(format!("{item}: publication date ignored: {e}"));
            None
        }
    }
}

fn push(mut meta: DocMeta, text: String, opts: &ReadOptions, out: &mut ReadOutcome) {
    if opts.published.is_some() {
        meta.published = opts.published;
    }
    // a wire story's dateline ("KABUL, March 3, 2021 (Reuters) -") dates a document
    // that came without a date
    if meta.published.is_none() {
        meta.published = crate::segment::dateline_date(&text);
    }
    // … and so does the page's own stamp ("Page last updated at …, 15 September 2008")
    if meta.published.is_none() {
        meta.published = crate::segment::stamp_date(&text);
    }
    if opts.title.is_some() {
        meta.title = opts.title.clone();
    }
    if opts.outlet.is_some() {
        meta.outlet = opts.outlet.clone();
    }
    out.docs.push(Document { meta, text });
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct JsonlDoc {
    #[serde(default)]
    id: Option<String>,
    #[serde(default)]
    title: Option<String>,
    #[serde(default)]
    url: Option<String>,
    #[serde(default)]
    outlet: Option<String>,
    #[serde(default)]
    published: Option<String>,
    text: String,
}

fn read_jsonl(item: &str, text: &str, opts: &ReadOptions, out: &mut ReadOutcome) {
    for (i, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let at = format!("{item}:{}", i + 1);
        match serde_json::from_str::<JsonlDoc>(line) {
            Ok(d) => {
                let published = match d.published.as_deref() {
                    Some(p) if !p.is_empty() => parse_date(&at, p, out),
                    _ => None,
                };
                let meta = DocMeta {
                    id: d
                        .id
                        .unwrap_or_else(|| format!("{}-{}", stem_of(item), i + 1)),
                    title: d.title,
                    url: d.url,
                    outlet: d.outlet,
                    published,
                    sha256: sha256_hex(d.text.as_bytes()),
                };
                push(meta, d.text, opts, out);
            }
            Err(e) => out
                .errors
                .push(err(&at, format!("bad JSON Lines record: {e}"))),
        }
    }
}

fn stem_of(item: &str) -> String {
    Path::new(item)
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "stdin".into())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    fn read(paths: &[PathBuf]) -> ReadOutcome {
        read_inputs(paths, &ReadOptions::default())
    }

    #[test]
    fn text_with_front_matter() {
        let d = tempfile::tempdir().unwrap();
        let p = d.path().join("story.txt");
        fs::write(
            &p,
            "---\ntitle: T\npublished: 2017-02\noutlet: O\n---\n\nIran said so.\n",
        )
        .unwrap();
        let o = read(&[p]);
        assert!(o.errors.is_empty());
        let doc = &o.docs[0];
        assert_eq!(doc.meta.id, "story");
        assert_eq!(doc.meta.title.as_deref(), Some("T"));
        assert_eq!(doc.meta.published, Some(PartialDate::month(2017, 2)));
        assert!(
            doc.text.starts_with("---"),
            "text is the file exactly as given"
        );
        assert_eq!(doc.meta.sha256.len(), 64);
    }

    #[test]
    fn a_dateline_dates_an_undated_text_but_never_overrides_a_date() {
        let text =
            b"Split in the TTP\n\nKABUL, March 3, 2021 (Reuters) - Commanders left.\n".to_vec();
        let o = read_memory("wire.txt", text.clone(), &ReadOptions::default());
        assert_eq!(o.docs[0].meta.published, Some(PartialDate::day(2021, 3, 3)));
        let opts = ReadOptions {
            published: Some(PartialDate::year(2022)),
            ..Default::default()
        };
        let o = read_memory("wire.txt", text, &opts);
        assert_eq!(o.docs[0].meta.published, Some(PartialDate::year(2022)));
    }

    #[test]
    fn missing_file_is_named() {
        let o = read(&[PathBuf::from("/nonexistent/x.txt")]);
        assert_eq!(o.errors.len(), 1);
        assert_eq!(o.errors[0].item, "/nonexistent/x.txt");
        assert!(o.errors[0].message.contains("no such file"));
    }

    #[test]
    fn folder_with_binary_and_good_file() {
        let d = tempfile::tempdir().unwrap();
        fs::write(d.path().join("good.txt"), "Iran armed the Taliban.").unwrap();
        fs::write(
            d.path().join("image.png"),
            [0x89, b'P', b'N', b'G', 0, 0, 1, 2],
        )
        .unwrap();
        fs::create_dir(d.path().join("sub")).unwrap();
        fs::write(d.path().join("sub/more.md"), "More text.").unwrap();
        fs::write(d.path().join(".hidden.txt"), "skip me").unwrap();
        let o = read(&[d.path().to_path_buf()]);
        assert_eq!(o.docs.len(), 2);
        assert_eq!(o.errors.len(), 1);
        assert!(o.errors[0].item.ends_with("image.png"));
        assert!(o.errors[0].message.contains("binary"));
    }

    #[test]
    fn jsonl_bad_line_reported_rest_read() {
        let d = tempfile::tempdir().unwrap();
        let p = d.path().join("batch.jsonl");
        fs::write(
            &p,
            "{\"id\":\"a\",\"text\":\"One.\",\"published\":\"2018-11-09\"}\n{not json}\n\n{\"text\":\"Two.\"}\n{\"id\":\"c\"}\n",
        )
        .unwrap();
        let o = read(&[p]);
        assert_eq!(o.docs.len(), 2);
        assert_eq!(
            o.docs[0].meta.published,
            Some(PartialDate::day(2018, 11, 9))
        );
        assert_eq!(o.docs[1].meta.id, "batch-4");
        assert_eq!(o.errors.len(), 2);
        assert!(
            o.errors[0].item.ends_with("batch.jsonl:2"),
            "{:?}",
            o.errors[0]
        );
        assert!(o.errors[1].item.ends_with("batch.jsonl:5"));
        assert!(o.errors[1].message.contains("text"));
    }

    #[test]
    fn invalid_utf8_is_decoded_lossily_with_warning() {
        let d = tempfile::tempdir().unwrap();
        let p = d.path().join("latin1.txt");
        fs::write(&p, b"Caf\xe9 talks in Doha.").unwrap();
        let o = read(&[p]);
        assert_eq!(o.docs.len(), 1);
        assert!(o.docs[0].text.contains('\u{fffd}'));
        assert_eq!(o.warnings.len(), 1);
        assert!(o.warnings[0].contains("invalid UTF-8"));
    }

    #[test]
    fn size_limit() {
        let d = tempfile::tempdir().unwrap();
        let p = d.path().join("big.txt");
        fs::write(&p, "x".repeat(100)).unwrap();
        let o = read_inputs(
            &[p],
            &ReadOptions {
                max_bytes: 10,
                ..Default::default()
            },
        );
        assert!(o.docs.is_empty());
        assert!(o.errors[0].message.contains("--max-bytes"));
    }

    #[test]
    fn html_file_and_overrides() {
        let d = tempfile::tempdir().unwrap();
        let p = d.path().join("page.html");
        fs::write(&p, "<html><head><meta property='og:site_name' content='S'></head><body><p>Hi.</p></body></html>").unwrap();
        let opts = ReadOptions {
            published: Some(PartialDate::year(2020)),
            title: Some("Given".into()),
            ..Default::default()
        };
        let o = read_inputs(&[p], &opts);
        let doc = &o.docs[0];
        assert_eq!(doc.text, "Hi.");
        assert_eq!(doc.meta.outlet.as_deref(), Some("S"));
        assert_eq!(doc.meta.title.as_deref(), Some("Given"));
        assert_eq!(doc.meta.published, Some(PartialDate::year(2020)));
    }
}
