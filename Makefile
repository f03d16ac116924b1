# Pinscribe: `make run` opens the app, `make test` runs every check.
# Both install what is missing (system packages, .venv, the package) and are safe to run twice.

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.pinscribe-installed
TS := $(wildcard resources/i18n/*.ts)
QM := $(TS:.ts=.qm)
DEMO_DIR ?= demo-output

.PHONY: run test system venv translations update-translations lint typecheck layers pytest demo bench clean

run: system venv translations
	@if [ -n "$$DISPLAY$$WAYLAND_DISPLAY" ] || [ "$$(uname)" = "Darwin" ]; then \
		$(BIN)/pinscribe; \
	else \
		echo "No display found (DISPLAY and WAYLAND_DISPLAY are unset): running the headless demo instead."; \
		$(BIN)/pinscribe demo $(DEMO_DIR); \
	fi

test: system venv translations lint typecheck layers pytest

system:
	@packaging/system-deps.sh

venv: $(STAMP)

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 10))' || \
		{ echo "Pinscribe needs Python 3.10 or newer ($(PYTHON) is $$($(PYTHON) --version))."; exit 1; }
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev,fast-tesseract]'
	@touch $(STAMP)

translations: $(QM)

resources/i18n/%.qm: resources/i18n/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# Collect new and changed strings of ui/ into the .ts files (German is then added there).
# No source locations: they change with every edit and make merges of the .ts conflict.
update-translations: venv
	$(BIN)/pyside6-lupdate -locations none $$(git ls-files 'ui/*.py') -ts $(TS)

lint: venv
	$(BIN)/ruff check .

typecheck: venv
	$(BIN)/mypy

layers: venv
	$(BIN)/lint-imports

pytest: venv translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

demo: system venv
	$(BIN)/pinscribe demo $(DEMO_DIR)

bench: venv
	$(BIN)/python bench/detect.py
	$(BIN)/python bench/ocr.py

clean:
	rm -rf $(VENV) build dist *.egg-info resources/i18n/*.qm $(DEMO_DIR)

# --- Packages for facilitators (issue 9) ----------------------------------------------
# `make package`: the one-folder bundle dist/pinscribe/ (PyInstaller, packaging/pinscribe.spec)
# and dist/pinscribe-VERSION-linux-ARCH.tar.gz with install.sh. Needs the system's
# Tesseract data (deu, eng, osd), or PINSCRIBE_TESSDATA_SOURCE pointing at a copy.
.PHONY: package package-tools package-icons

package: venv translations package-tools package-icons
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN \
		--distpath dist --workpath build/pyinstaller packaging/pinscribe.spec
	packaging/linux/make_tarball.sh "$$($(BIN)/python -c 'import app; print(app.__version__)')" dist build/icons

package-tools: venv
	@$(BIN)/python -c 'import PyInstaller' 2>/dev/null || \
		$(BIN)/python -m pip install --quiet 'pyinstaller>=6.10,<7'

package-icons: venv
	QT_QPA_PLATFORM=offscreen $(BIN)/python packaging/render_icons.py build/icons
