# Quick start: `make site` then `make test`. Everything installs into .venv from the package registry.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

ENGINE ?= mkdocs
SHARED      ?= ../shared
REAL_CORPUS ?= ../real

.PHONY: site install test serve export pages clean browser bench bench-pages eval

site: $(STAMP)  ## create .venv, install, build site/ from seeds/ (ENGINE=zensical: with Zensical)
ifeq ($(ENGINE),zensical)
	$(BIN)/python -m generator pages --output .briefing/docs
	$(BIN)/zensical build --config-file zensical.yml --clean
else
	$(BIN)/mkdocs build
endif

pages: $(STAMP)  ## a complete docs folder in .briefing/docs: content/ plus the generated pages
	$(BIN)/python -m generator pages --output .briefing/docs

install: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[test]"
	touch $(STAMP)

test: $(STAMP)  ## the full test suite (installs Debian's chromium for the browser tests when missing)
	@command -v chromium >/dev/null 2>&1 || $(MAKE) browser
	$(BIN)/python -m pytest

browser:  ## Debian's chromium for the browser tests (needs root or sudo)
	$(if $(filter 0,$(shell id -u)),,sudo) apt-get update -qq
	$(if $(filter 0,$(shell id -u)),,sudo) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null

serve: $(STAMP)  ## live preview; rebuilds when seeds/, templates/ or content/ change
	$(BIN)/mkdocs serve

export: $(STAMP)  ## briefing.json for seeds/ without touching content/ or site/
	$(BIN)/python -m generator export --seeds seeds --output briefing.json

bench: $(STAMP)  ## build generated corpora of 100 and 1,000 articles, and read the site of 200; measures go into BENCHMARKS.md
	$(BIN)/python bench/run.py --sizes 100,1000 --repeat 3

bench-pages: $(STAMP)  ## only the reader's figures at 200 articles (first loads, heights, events drawn) into BENCHMARKS.md
	$(BIN)/python bench/run.py --pages-only --pages 200

eval: $(STAMP)  ## score seeds, dev ($(SHARED)) and each eval/real/<story> whose texts are in $(REAL_CORPUS)/<story>
	$(BIN)/python eval/run.py --shared $(SHARED) --real $(REAL_CORPUS)

clean:
	rm -rf site .briefing .pytest_cache
