# Pinscribe: `make run` opens the app, `make test` runs every check.
# Both install what is missing (system packages, .venv, the package) and are safe to run twice.

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.pinscribe-installed
TS := $(wildcard resources/i18n/*.ts)
QM := $(TS:.ts=.qm)
DEMO_DIR ?= demo-output

# Keep the commands' own lines out of the output: each step says what it does.
.PHONY: run test system venv lock translations update-translations lint typecheck layers pytest demo bench clean

run: system venv translations
	@if [ -n "$$DISPLAY$$WAYLAND_DISPLAY" ] || [ "$$(uname)" = "Darwin" ]; then \
		$(BIN)/pinscribe; \
	else \
		echo "No display found (DISPLAY and WAYLAND_DISPLAY are unset): running the headless demo instead."; \
		$(BIN)/pinscribe demo $(DEMO_DIR); \
	fi

test: system venv translations lint typecheck layers pytest

# Each step prints one line; the full output goes to $(LOG), which a failure points to.
STEP := packaging/step.sh
LOG ?= $(VENV)/install.log
export PINSCRIBE_INSTALL_LOG := $(LOG)
CONSTRAINTS := packaging/constraints.txt

system:
	@missing="$$(packaging/system-deps.sh --missing)"; \
	if [ -n "$$missing" ]; then \
		$(STEP) "Installing system packages: $$missing" \
			"install them yourself (sudo apt-get install $$missing), then run make again" \
			packaging/system-deps.sh; \
	fi

venv: $(STAMP)

$(STAMP): pyproject.toml $(CONSTRAINTS)
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
		{ echo "Pinscribe needs Python 3.11 or newer ($(PYTHON) is $$($(PYTHON) --version))."; exit 1; }
	@test -x $(BIN)/python || $(STEP) "Creating the virtual environment $(VENV)" \
		"install Python's venv module (Debian: sudo apt-get install python3-venv), then run make again" \
		$(PYTHON) -m venv $(VENV)
	@$(STEP) "Installing Pinscribe and its libraries (a few minutes the first time)" \
		"check the connection to the Python package index, then run make again" \
		sh -c '$(BIN)/python -m pip install --upgrade pip && \
			$(BIN)/python -m pip install -c $(CONSTRAINTS) -e ".[dev,fast-tesseract]"'
	@touch $(STAMP)

# The exact versions that CI, the benchmarks and the bundle use. Refresh on purpose:
# `make lock`, run the checks, commit packaging/constraints.txt.
lock: venv
	@$(BIN)/python -c 'import piptools' 2>/dev/null || \
		$(STEP) "Installing pip-tools" "" $(BIN)/python -m pip install 'pip-tools>=7.6'
	$(BIN)/pip-compile --quiet --upgrade --strip-extras --no-header --allow-unsafe \
		--extra dev --extra fast-tesseract --extra bundle -o $(CONSTRAINTS) pyproject.toml

translations: $(QM)

resources/i18n/%.qm: resources/i18n/%.ts $(STAMP)
	@$(BIN)/pyside6-lrelease -silent $< -qm $@

# Collect new and changed strings of ui/ into the .ts files (German is then added there).
# No source locations: they change with every edit and make merges of the .ts conflict.
update-translations: venv
	$(BIN)/pyside6-lupdate -locations none -no-obsolete $$(git ls-files 'ui/*.py') -ts resources/i18n/pinscribe_de.ts
	$(BIN)/pyside6-lupdate -locations none -no-obsolete -pluralonly $$(git ls-files 'ui/*.py') -ts resources/i18n/pinscribe_en.ts

lint: venv
	$(BIN)/ruff check .

typecheck: venv
	$(BIN)/mypy

layers: venv
	$(BIN)/lint-imports

# Test processes in parallel (pytest-xdist); 0 runs them in this process.
TEST_WORKERS ?= 2

pytest: venv translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -n $(TEST_WORKERS)

demo: system venv
	$(BIN)/pinscribe demo $(DEMO_DIR)

bench: venv
	$(BIN)/python bench/detect.py
	$(BIN)/python bench/ocr.py
	$(BIN)/python -m bench.suggest

clean:
	rm -rf $(VENV) build dist *.egg-info resources/i18n/*.qm $(DEMO_DIR)

# --- Packages for facilitators (issue 9) ----------------------------------------------
# `make package`: the one-folder bundle dist/pinscribe/ (PyInstaller, packaging/pinscribe.spec)
# and dist/pinscribe-VERSION-linux-ARCH.tar.gz with install.sh. Needs the system's
# Tesseract data (deu, eng, osd), or PINSCRIBE_TESSDATA_SOURCE pointing at a copy.
.PHONY: package package-tools package-icons

# On Linux the bundle carries a minimal OpenCV (packaging/linux/build_opencv.sh: built once
# from the locked version's sdist, 20 to 40 minutes, then cached); `make run` and
# `make test` keep the PyPI wheel. PINSCRIBE_OPENCV=wheel bundles the wheel instead.
# Likewise numpy's OpenBLAS is linked anew from packaging/linux/build_openblas.sh's archive
# (built once, 20 to 40 minutes, then cached); PINSCRIBE_OPENBLAS=wheel keeps the wheel's.
package: venv translations package-tools package-icons
	@opencv=""; \
	if [ "$$(uname)" = "Linux" ] && [ "$${PINSCRIBE_OPENCV:-minimal}" = minimal ]; then \
		echo "Building (or reusing) the bundle's minimal OpenCV"; \
		opencv="$$(packaging/linux/build_opencv.sh $(BIN)/python)" || exit 1; \
	fi; \
	PYTHONPATH="$$opencv" $(BIN)/pyinstaller --noconfirm --clean --log-level WARN \
		--distpath dist --workpath build/pyinstaller packaging/pinscribe.spec
	@if [ "$$(uname)" = "Linux" ]; then \
		openblas=""; \
		if [ "$${PINSCRIBE_OPENBLAS:-small}" = small ]; then \
			echo "Building (or reusing) the bundle's OpenBLAS"; \
			openblas="$$(packaging/linux/build_openblas.sh)" || exit 1; \
		fi; \
		packaging/linux/strip_bundle.sh dist/pinscribe && \
		$(BIN)/python packaging/linux/slim_bundle.py dist/pinscribe $$openblas; fi
	packaging/linux/make_tarball.sh "$$($(BIN)/python -c 'import app; print(app.__version__)')" dist build/icons

package-tools: venv
	@$(BIN)/python -c 'import PyInstaller' 2>/dev/null || \
		$(STEP) "Installing PyInstaller" "check the connection to the Python package index" \
		$(BIN)/python -m pip install -c $(CONSTRAINTS) -e ".[bundle]"

package-icons: venv
	QT_QPA_PLATFORM=offscreen $(BIN)/python packaging/render_icons.py build/icons
