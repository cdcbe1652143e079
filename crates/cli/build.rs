//! Embeds the bundled example articles (examples/articles) for `rapport demo`.

use std::path::Path;

fn main() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/articles");
    println!("cargo:rerun-if-changed={}", dir.display());
    // (a demo with no articles would ingest nothing and say so only in its counts: the
    // folder must be there)
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .map(|rd| rd.filter_map(|e| e.ok()).map(|e| e.path()).collect())
        .unwrap_or_else(|e| panic!("the example articles {} cannot be read: {e}", dir.display()));
    files.retain(|p| {
        matches!(
            p.extension().and_then(|e| e.to_str()),
            Some("txt" | "html" | "md")
        ) && p.file_name().is_some_and(|n| n != "README.md")
    });
    files.sort();
    assert!(
        !files.is_empty(),
        "no example articles (.txt, .html, .md) in {}",
        dir.display()
    );
    let mut code = String::from("/// The bundled example articles: (file name, contents).\npub const EXAMPLES: &[(&str, &str)] = &[\n");
    for f in &files {
        println!("cargo:rerun-if-changed={}", f.display());
        let name = f.file_name().unwrap().to_string_lossy();
        let abs = f.canonicalize().unwrap();
        code.push_str(&format!(
            "    ({name:?}, include_str!({:?})),\n",
            abs.display().to_string()
        ));
    }
    code.push_str("];\n");
    let out = Path::new(&std::env::var("OUT_DIR").unwrap()).join("examples.rs");
    std::fs::write(out, code).unwrap();
}
