//! Front matter: a `---` block of `key: value` lines at the top of a text or
//! Markdown file, giving title, outlet, url, published and id.

/// Fields read from a front-matter block and where the block ends.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FrontMatter {
    pub fields: Vec<(String, String)>,
    /// Byte offset just past the closing `---` line.
    pub end: usize,
}

impl FrontMatter {
    pub fn get(&self, key: &str) -> Option<&str> {
        self.fields
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(key))
            .map(|(_, v)| v.as_str())
            .filter(|v| !v.is_empty())
    }
}

/// Reads a leading front-matter block, if the text starts with one.
pub fn front_matter(text: &str) -> Option<FrontMatter> {
    let rest = text.strip_prefix("\u{feff}").unwrap_or(text);
    let bom = text.len() - rest.len();
    let first_end = rest.find('\n')?;
    if rest[..first_end].trim_end() != "---" {
        return None;
    }
    let mut pos = first_end + 1;
    let mut fields = Vec::new();
    while pos < rest.len() {
        let line_end = rest[pos..]
            .find('\n')
            .map(|i| pos + i)
            .unwrap_or(rest.len());
        let line = rest[pos..line_end].trim_end_matches('\r');
        let next = (line_end + 1).min(rest.len());
        if line.trim_end() == "---" {
            return Some(FrontMatter {
                fields,
                end: bom + next,
            });
        }
        let (k, v) = line.split_once(':')?;
        let k = k.trim();
        if k.is_empty()
            || !k
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
        {
            return None;
        }
        let v = v.trim().trim_matches('"').trim_matches('\'');
        fields.push((k.to_string(), v.to_string()));
        pos = next;
        if fields.len() > 64 {
            return None;
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_block() {
        let t = "---\ntitle: A \"quoted\" title\npublished: 2017-02-14\n---\n\nBody.";
        let fm = front_matter(t).unwrap();
        assert_eq!(fm.get("title"), Some("A \"quoted\" title"));
        assert_eq!(fm.get("published"), Some("2017-02-14"));
        assert_eq!(&t[fm.end..], "\nBody.");
    }

    #[test]
    fn not_front_matter() {
        assert!(front_matter("Body --- text").is_none());
        assert!(front_matter("---\nno colon here\n---\n").is_none());
        assert!(front_matter("---\ntitle: never closed\n").is_none());
    }
}
