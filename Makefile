# Studio Desk — the two commands: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
TSTAMP := $(VENV)/.installed-test
PSTAMP := $(VENV)/.installed-package
# Interface translations: the .ts files are the sources (committed); the .qm files are built from them.
I18N   := resources/translations
TS     := $(patsubst %,$(I18N)/studio_desk_%.ts,tr el ms en)
QM     := $(TS:.ts=.qm)

.PHONY: run test bench bench-pg bench-scale package translations clean

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --upgrade --quiet pip

$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e .
	touch $@

$(TSTAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP) $@

run: $(STAMP) $(QM)
	$(PY) main.py

# One pytest worker per core (pytest-xdist), each test file on one worker: its module fixtures are made once.
PYTEST_WORKERS ?= auto
test: $(TSTAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -n $(PYTEST_WORKERS) --dist loadfile $(PYTEST_ARGS)

# The one-folder app dist/StudioDesk/ and dist/StudioDesk-<version>-linux-<arch>.tar.gz (see build.spec).
$(PSTAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e '.[postgres,package]'
	touch $(STAMP) $@

package: $(PSTAMP) $(QM)
	rm -rf dist/StudioDesk
	$(PY) -m PyInstaller --noconfirm --log-level WARN build.spec
	cp packaging/studio-desk.desktop dist/StudioDesk/
	cp packaging/install-linux.sh dist/StudioDesk/install.sh
	version=$$($(PY) -c 'from studio_app import __version__; print(__version__)'); \
	  tar -C dist -czf dist/StudioDesk-$$version-linux-$$(uname -m).tar.gz StudioDesk && \
	  du -sh dist/StudioDesk dist/StudioDesk-$$version-linux-$$(uname -m).tar.gz

# `make translations`: bring the .ts files in step with the strings in ui/ (new strings arrive unfinished,
# removed ones are dropped; en.ts holds only the plural forms), then build the .qm files Qt loads.
translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate -silent -no-obsolete -locations none $$(find ui -name '*.py' | sort) \
	  -ts $(filter-out %_en.ts,$(TS))
	$(VENV)/bin/pyside6-lupdate -silent -no-obsolete -locations none -pluralonly -source-language en \
	  $$(find ui -name '*.py' | sort) -ts $(I18N)/studio_desk_en.ts
	$(MAKE) --no-print-directory $(QM)

$(I18N)/%.qm: $(I18N)/%.ts | $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

# `make bench`: the performance budget of DESIGN.md, measured (benchmarks/README.md). Builds the large demo
# database once per demo generator version (about a minute); BENCH_ARGS="--reps 3 --only lists" etc. pass through.
# WeasyPrint, for one comparison only, gets its own venv (never a dependency of the app); its system libraries
# come from apt when missing (libharfbuzz-subset0 makes its font subsetting twice as fast). If any of that
# fails, the benchmark runs without the comparison.
WEASY := benchmarks/.venv-weasy

# The test extra brings what the measurements read with (pypdf, aiosmtpd, saxonche, psycopg2); the .qm files are
# what a user's start loads. `make bench-pg` starts its own PostgreSQL server (apt's postgresql when missing);
# `make bench-scale` builds the 1,000,000-invoice copy of the large demo once (benchmarks/scale.py, a few minutes).
bench: $(TSTAMP) $(QM)
	@$(MAKE) --no-print-directory $(WEASY)/.installed || echo "bench: WeasyPrint not installed; comparison skipped"
	QT_QPA_PLATFORM=offscreen $(PY) -m benchmarks $(BENCH_ARGS)

bench-pg: $(TSTAMP) $(QM)
	@ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || \
	  apt-get install -y -qq postgresql >/dev/null || { apt-get update -qq && apt-get install -y -qq postgresql; }
	QT_QPA_PLATFORM=offscreen $(PY) -m benchmarks --engine postgres $(BENCH_ARGS)

bench-scale: $(TSTAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(PY) -m benchmarks --size scale $(BENCH_ARGS)

$(WEASY)/.installed:
	@dpkg -s libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 >/dev/null 2>&1 || \
	  { apt-get install -y -qq libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 >/dev/null || \
	    { apt-get update -qq && apt-get install -y -qq libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0; }; } || \
	  echo "bench: install pango and harfbuzz-subset (apt: libpango-1.0-0 libharfbuzz-subset0) for WeasyPrint"
	test -x $(WEASY)/bin/python || $(PYTHON) -m venv $(WEASY)
	$(WEASY)/bin/pip install --quiet --upgrade weasyprint
	touch $@

clean:
	rm -rf $(VENV) build dist .pytest_cache
