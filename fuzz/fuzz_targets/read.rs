//! Document readers: any bytes, as a text, Markdown, HTML or JSON Lines file, give
//! documents or errors naming the item, never a panic.
#![no_main]
use libfuzzer_sys::fuzz_target;
use rapport_text::{read_memory, ReadOptions};

fuzz_target!(|data: &[u8]| {
    let Some((&kind, bytes)) = data.split_first() else {
        return;
    };
    let name = ["doc.txt", "doc.md", "doc.html", "doc.jsonl"][kind as usize % 4];
    let out = read_memory(name, bytes.to_vec(), &ReadOptions::default());
    for e in &out.errors {
        assert!(e.item.starts_with("doc."), "{e}");
    }
});
