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

.PHONY: run test bench package translations clean

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

test: $(TSTAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS)

# The one-folder app dist/StudioDesk/ and dist/StudioDesk-<version>-linux-<arch>.tar.gz (see build.spec).
$(PSTAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e '.[postgres,package]'
	touch $(STAMP) $@

package: $(PSTAMP) $(QM)
	rm -rf dist/StudioDesk
	$(PY) -m PyInstaller --noconfirm --log-level WARN build.spec
	cp packaging/studio-desk.desktop dist/StudioDesk/
	cp packaging/install-linux.sh dist/StudioDesk/install.sh
	version=$$($(PY) -c 'from studio_app.version import __version__; print(__version__)'); \
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

clean:
	rm -rf $(VENV) build dist .pytest_cache
