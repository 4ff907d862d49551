"""Link check of the built site: every internal link and anchor resolves."""
from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest


class _Collect(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.links: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if a.get("id"):
            self.ids.add(a["id"])
        if tag == "a" and a.get("name"):
            self.ids.add(a["name"])
        for attr in ("href", "src"):
            if a.get(attr) and tag in {"a", "link", "script", "img", "image", "use", "source"}:
                self.links.append(a[attr])


def _parse(path: Path) -> _Collect:
    c = _Collect()
    c.feed(path.read_text(encoding="utf-8"))
    return c


@pytest.mark.parametrize("engine", ["mkdocs", "zensical"])
def test_every_internal_link_and_anchor_resolves(engine, request):
    real_site: Path = request.getfixturevalue("real_site" if engine == "mkdocs" else "zensical_site")
    pages = {p: _parse(p) for p in real_site.rglob("*.html")}
    broken = []
    checked = 0
    for page, info in pages.items():
        for link in info.links:
            parts = urlsplit(link)
            if parts.scheme or parts.netloc or link.startswith(("mailto:", "data:")):
                continue
            if not parts.path:
                target = page
            elif parts.path.startswith("/"):  # root-relative (the 404 page)
                target = (real_site / unquote(parts.path).lstrip("/")).resolve()
            else:
                target = (page.parent / unquote(parts.path)).resolve()
            if target.is_dir():
                target = target / "index.html"
            if not target.exists():
                broken.append(f"{page.relative_to(real_site)} → {link}")
                continue
            if parts.fragment and target.suffix == ".html":
                ids = pages[target].ids if target in pages else _parse(target).ids
                if unquote(parts.fragment) not in ids:
                    broken.append(f"{page.relative_to(real_site)} → {link} (no such anchor)")
            checked += 1
    assert checked > 200
    assert not broken, "\n".join(broken[:30])


def test_every_page_of_the_mkdocs_build_has_its_zensical_counterpart(real_site: Path, zensical_site: Path):
    def pages(site: Path) -> set[str]:
        return {p.relative_to(site).as_posix() for p in site.rglob("*") if p.suffix in {".html", ".json", ".ics", ".svg"}
                and not p.relative_to(site).as_posix().startswith(("search/", "assets/javascripts", "assets/images"))}

    mkdocs_pages = pages(real_site)
    assert len(mkdocs_pages) > 30
    assert mkdocs_pages <= pages(zensical_site), sorted(mkdocs_pages - pages(zensical_site))
    for name in ("briefing.json", "briefing.ics", "assets/briefing-world.svg"):  # the generated files, the same bytes
        assert (real_site / name).read_bytes() == (zensical_site / name).read_bytes(), name
