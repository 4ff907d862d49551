"""The physical reference: a bare ``nlp.pipe`` over the same article texts with the same model.

Reads the articles with the project's readers (not timed), then times loading the model and
running ``nlp.pipe`` over the texts exactly as the analysis stage joins them; prints seconds.
"""
from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from generator.analyse import PARAGRAPH_BREAK, model_name
from generator.pipeline import read_all


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seeds", type=Path, required=True)
    ap.add_argument("--n-process", type=int, default=1)
    args = ap.parse_args()
    articles, *_ = read_all(args.seeds)
    texts = [PARAGRAPH_BREAK.join(a.paragraphs) for a in articles]
    import spacy

    start = time.perf_counter()
    nlp = spacy.load(model_name())
    n = sum(1 for _ in nlp.pipe(texts, n_process=args.n_process, batch_size=8))
    seconds = time.perf_counter() - start
    print(json.dumps({"articles": n, "seconds": round(seconds, 3)}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
