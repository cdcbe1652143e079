//! HTML → main text, through a real HTML5 parser (html5ever via `scraper`).
//!
//! Keeps the article's text with paragraph breaks; drops script, style, nav,
//! header, footer, aside, forms and figure captions. Reads title, site name,
//! canonical URL and publication time from the head.

use scraper::{ElementRef, Html, Node, Selector};

/// What an HTML page gives: its main text and head metadata.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct HtmlParts {
    pub text: String,
    pub title: Option<String>,
    pub site_name: Option<String>,
    pub published: Option<String>,
    pub url: Option<String>,
}

const SKIP: &[&str] = &[
    "script",
    "style",
    "noscript",
    "nav",
    "header",
    "footer",
    "aside",
    "form",
    "figcaption",
    "template",
    "svg",
    "iframe",
    "button",
    "select",
    "head",
];
const BLOCK: &[&str] = &[
    "p",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "blockquote",
    "section",
    "article",
    "br",
    "tr",
    "dd",
    "dt",
    "pre",
    "figure",
    "main",
    "ul",
    "ol",
    "table",
    "hr",
];

fn sel(s: &str) -> Selector {
    Selector::parse(s).expect("static selector")
}

fn meta(doc: &Html, names: &[&str]) -> Option<String> {
    for n in names {
        let s = sel(&format!("meta[property=\"{n}\"], meta[name=\"{n}\"]"));
        if let Some(v) = doc
            .select(&s)
            .filter_map(|e| e.value().attr("content"))
            .map(|v| v.trim().to_string())
            .find(|v| !v.is_empty())
        {
            return Some(v);
        }
    }
    None
}

/// Parses an HTML page into its main text and metadata.
pub fn html_to_document_parts(html: &str) -> HtmlParts {
    let doc = Html::parse_document(html);
    let title = meta(&doc, &["og:title", "twitter:title"]).or_else(|| {
        doc.select(&sel("title"))
            .next()
            .map(|t| collapse(&t.text().collect::<String>()))
            .filter(|t| !t.is_empty())
    });
    let site_name = meta(&doc, &["og:site_name", "application-name"]);
    let published = meta(
        &doc,
        &[
            "article:published_time",
            "datePublished",
            "pubdate",
            "date",
            "dc.date",
            "DC.date.issued",
        ],
    )
    .or_else(|| {
        doc.select(&sel("time[datetime]"))
            .next()
            .and_then(|t| t.value().attr("datetime").map(str::to_string))
    });
    let url = meta(&doc, &["og:url"]).or_else(|| {
        doc.select(&sel("link[rel=\"canonical\"]"))
            .next()
            .and_then(|l| l.value().attr("href").map(str::to_string))
    });
    let root = ["article", "main", "[role=\"main\"]", "body"]
        .iter()
        .find_map(|s| doc.select(&sel(s)).next())
        .unwrap_or_else(|| doc.root_element());
    let mut blocks: Vec<String> = Vec::new();
    let mut cur = String::new();
    walk(root, &mut cur, &mut blocks);
    flush(&mut cur, &mut blocks);
    HtmlParts {
        text: blocks.join("\n\n"),
        title,
        site_name,
        published,
        url,
    }
}

fn walk(el: ElementRef, cur: &mut String, blocks: &mut Vec<String>) {
    for child in el.children() {
        match child.value() {
            Node::Text(t) => cur.push_str(t),
            Node::Element(e) => {
                let name = e.name();
                if SKIP.contains(&name)
                    || e.attr("hidden").is_some()
                    || e.attr("aria-hidden") == Some("true")
                {
                    continue;
                }
                let block = BLOCK.contains(&name);
                if block {
                    flush(cur, blocks);
                }
                if let Some(ch) = ElementRef::wrap(child) {
                    walk(ch, cur, blocks);
                }
                if block {
                    flush(cur, blocks);
                }
            }
            _ => {}
        }
    }
}

fn flush(cur: &mut String, blocks: &mut Vec<String>) {
    let t = collapse(cur);
    if !t.is_empty() {
        blocks.push(t);
    }
    cur.clear();
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<!doctype html><html><head><title>Site | Story</title>
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2019-06-03T08:00:00Z">
<link rel="canonical" href="https://example.org/story">
<script>var x = "<p>not text</p>";</script><style>p{}</style></head>
<body><nav><a>Home</a><a>World</a></nav><header>Example News</header>
<article><h1>Rebels seize   town</h1><figure><img src=x><figcaption>A caption</figcaption></figure>
<p>First <b>paragraph</b> here.</p><p>Second&nbsp;one &amp; more.</p></article>
<footer>Accessibility links. © 2019</footer></body></html>"#;

    #[test]
    fn main_text_and_meta() {
        let p = html_to_document_parts(PAGE);
        assert_eq!(
            p.text,
            "Rebels seize town\n\nFirst paragraph here.\n\nSecond one & more."
        );
        assert_eq!(p.title.as_deref(), Some("Site | Story"));
        assert_eq!(p.site_name.as_deref(), Some("Example News"));
        assert_eq!(p.published.as_deref(), Some("2019-06-03T08:00:00Z"));
        assert_eq!(p.url.as_deref(), Some("https://example.org/story"));
    }

    #[test]
    fn falls_back_to_body_and_survives_garbage() {
        let p = html_to_document_parts("<div>One<br>Two</div><p>Three");
        assert_eq!(p.text, "One\n\nTwo\n\nThree");
        let _ = html_to_document_parts("<<<>>><p<</");
    }
}
