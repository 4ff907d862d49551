"""Rebuild a real corpus's saved files from the stored pages' texts, and check them against the manifest.

The texts of ``eval/real/<story>/`` live outside the repository. When they are lost, each one can be had again from
the search tool's stored copy of its page (corpus ``pages``, the ``url`` of the manifest): copy that copy's text,
exactly as the tool returns it, into ``BODIES/<story>/<file>.body``, then run

    python eval/restore.py STORY [FILE ...] [--bodies DIR] [--real DIR]

It wraps each text the way the manifest's ``saved`` says (a .txt as copied; a Markdown clipping's front matter from
the manifest's title, url, outlet and date, or none when it says 'without front matter'; an HTML page rebuilt from them), writes ``REAL/<story>/<file>`` and prints
``OK`` when the sha256 is the manifest's, ``DIFF`` when it is not (then the wrapper, not the text, usually differs:
an HTML page cannot be rebuilt byte for byte) and ``MISSING`` when there is no text yet.
"""
import argparse
import hashlib
import html
import itertools
import json
import re
from pathlib import Path
import yaml

ROOT = Path(__file__).resolve().parent / "real"


def sha(s):
    return hashlib.sha256(s.encode("utf-8")).hexdigest()


def body_variants(raw):
    b = raw[:-1] if raw.endswith("\n") else raw
    out = [b]
    m = re.match(r"^ ?date \d{4}-\d{2}(?:-\d{2})? ?", b)
    if m:  # the search tool's own date label (a day or a month), never part of a saved file: the variant without it comes first
        out.insert(0, b[m.end():])
    out += [v.rstrip("\n") for v in list(out)] + [v.strip() for v in list(out)]
    seen = []
    for v in out:
        if v not in seen:
            seen.append(v)
    return seen


def keys_of(saved):
    inside = re.search(r"front matter[^(]*\(([^)]*)\)", saved or "")
    words = re.findall(r"\b(title|url|outlet|source|published|date|author|created|tags)\b", inside.group(1) if inside else "")
    order = []
    for w in words:
        if w not in order:
            order.append(w)
    return order or ["title", "url", "outlet", "published"]


def _q(v, st):
    if v is None:
        return ""
    v = str(v)
    if st == 0:
        return v
    if st == 1:
        return json.dumps(v, ensure_ascii=False)
    if st == 2:
        return "'" + v.replace("'", "''") + "'"
    return yaml.safe_dump(v, allow_unicode=True, width=10000).strip().removesuffix("...").strip()


def _curly(text: str) -> str:
    """Straight quotes made typographic, as a page prints them ("'a step'" → "‘a step’")."""
    text = re.sub(r"(^|[\s(])'", "\\1‘", text)
    return text.replace("'", "’")


def md_candidates(a, body):
    saved = keys_of(a.get("saved"))
    keysets = [saved, [k for k in saved if k != "date"], [k for k in saved if k != "published"]]
    titles = sorted({a["title"], re.sub(r"\s*\([^)]*\)$", "", a["title"]), _curly(a["title"])})
    outlets = sorted({a["outlet"], re.sub(r"\s*\([^)]*\)$", "", a["outlet"])})
    for title, outlet, tq, dq, oq, srcv in itertools.product(titles, outlets, range(4), range(4), range(4), ["url", "outlet"]):
        vals = {"title": _q(title, tq), "url": _q(a["url"], oq), "outlet": _q(outlet, oq),
                "source": _q(a["url"] if srcv == "url" else outlet, oq), "date": _q(a.get("date"), dq),
                "published": _q(a.get("date"), dq)}
        for ks in keysets:
            ks = [k for k in ks if a.get("date") or k not in ("date", "published")]
            fm = "\n".join(f"{k}: {vals.get(k, '')}".rstrip() for k in ks)
            for sep, end in itertools.product(["\n", "\n\n"], ["\n", ""]):
                yield "---\n" + fm + "\n---" + sep + body + end


def html_doc(a, body):
    t = html.escape(a["title"], quote=True)
    head = ["<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">', f"<title>{t}</title>",
            f'<meta property="og:site_name" content="{html.escape(a["outlet"], quote=True)}">',
            f'<link rel="canonical" href="{html.escape(a["url"], quote=True)}">']
    if a.get("date"):
        head.append(f'<meta property="article:published_time" content="{a["date"]}">')
    paras = [f"<p>{html.escape(p)}</p>" for p in body.split("\n") if p.strip()]
    return "\n".join(head + ["</head>", "<body>", "<article>"] + paras + ["</article>", "</body>", "</html>"]) + "\n"


def candidates(a, raw):
    for b in body_variants(raw):
        fmt = a["format"]
        if fmt == "txt":
            yield b + "\n"
            yield b
        elif fmt == "md" and "without front matter" in (a.get("saved") or ""):
            yield b + "\n"
            yield b
        elif fmt == "md":
            yield from md_candidates(a, b)
        else:
            yield html_doc(a, b)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("story")
    ap.add_argument("files", nargs="*")
    ap.add_argument("--bodies", type=Path, default=ROOT.parent.parent.parent / "restore" / "bodies")
    ap.add_argument("--real", type=Path, default=ROOT.parent.parent.parent / "real")
    args = ap.parse_args()
    story, want, bodies, out = args.story, set(args.files), args.bodies, args.real
    man = yaml.safe_load((ROOT / story / "manifest.yml").read_text())
    (out / story).mkdir(parents=True, exist_ok=True)
    for a in man["articles"]:
        if want and a["file"] not in want:
            continue
        src = bodies / story / (a["file"] + ".body")
        if not src.exists():
            print("MISSING", story, a["file"])
            continue
        raw = src.read_text(encoding="utf-8")
        first = None
        for c in candidates(a, raw):
            first = first or c
            if sha(c) == a["sha256"]:
                (out / story / a["file"]).write_text(c, encoding="utf-8", newline="")
                print("OK", story, a["file"])
                break
        else:
            (out / story / a["file"]).write_text(first, encoding="utf-8", newline="")
            print("DIFF", story, a["file"], a["format"])


if __name__ == "__main__":
    main()
