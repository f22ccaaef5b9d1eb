# Studio Desk — the two commands: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
TSTAMP := $(VENV)/.installed-test
PSTAMP := $(VENV)/.installed-package

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

run: $(STAMP)
	$(PY) main.py

test: $(TSTAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS)

# The one-folder app dist/StudioDesk/ and dist/StudioDesk-<version>-linux-<arch>.tar.gz (see build.spec).
$(PSTAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e '.[postgres,package]'
	touch $(STAMP) $@

package: $(PSTAMP)
	rm -rf dist/StudioDesk
	$(PY) -m PyInstaller --noconfirm --log-level WARN build.spec
	cp packaging/studio-desk.desktop dist/StudioDesk/
	cp packaging/install-linux.sh dist/StudioDesk/install.sh
	version=$$($(PY) -c 'from studio_app.version import __version__; print(__version__)'); \
	  tar -C dist -czf dist/StudioDesk-$$version-linux-$$(uname -m).tar.gz StudioDesk && \
	  du -sh dist/StudioDesk dist/StudioDesk-$$version-linux-$$(uname -m).tar.gz

clean:
	rm -rf $(VENV) build dist .pytest_cache
