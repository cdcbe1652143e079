//! The whole extraction (segmentation, the NLP models, the rules) on any text: never a
//! panic, and every evidence span lies inside the text on character boundaries.
#![no_main]
use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use rapport_extract::Extractor;
use rapport_model::{DocMeta, Document};

fn extractor() -> &'static Extractor {
    static X: OnceLock<Extractor> = OnceLock::new();
    X.get_or_init(|| Extractor::embedded().expect("the embedded knowledge base"))
}

fuzz_target!(|text: &str| {
    let doc = Document {
        meta: DocMeta::default(),
        text: text.to_string(),
    };
    let rec = extractor().extract(&doc);
    for c in &rec.claims {
        for e in &c.evidence {
            assert!(e.start <= e.end && e.end <= text.len());
            assert!(text.is_char_boundary(e.start) && text.is_char_boundary(e.end));
        }
    }
    serde_json::to_string(&rec).expect("the record serializes");
});
