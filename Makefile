# newslab — `make report` and `make test` are the two commands; both set up .venv first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.newslab-installed
PYTEST_ARGS ?=

.PHONY: help setup report test lab lock evaluate bench clean

help:  ## list the commands
	@grep -E '^[a-z]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-10s %s\n", $$1, $$2}'

$(STAMP): requirements.lock pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	$(BIN)/python -m ipykernel install --sys-prefix --name newslab --display-name "newslab (Python 3)" >/dev/null
	@touch $(STAMP)

setup: $(STAMP)  ## create/update .venv from the lock file

report: $(STAMP)  ## analyse seeds/ and write the reports into outputs/
	$(BIN)/newslab report --seeds seeds --out outputs

test: $(STAMP)  ## run the whole test suite
	$(BIN)/python -m pytest $(PYTEST_ARGS)

lab: $(STAMP)  ## open JupyterLab on notebooks/ with the newslab kernel
	$(BIN)/jupyter lab --notebook-dir=notebooks --MappingKernelManager.default_kernel_name=newslab $(if $(filter 0,$(shell id -u)),--allow-root,)

evaluate: $(STAMP)  ## score against ../shared/eval (actors, chronology, attribution; small and large sets)
	for d in actors chronology attribution actors_large chronology_large attribution_large; do $(BIN)/newslab evaluate ../shared/eval/$$d; done

bench: $(STAMP)  ## run the benchmarks (ratios against baselines measured in the same run)
	for b in benchmarks/bench_*.py; do $(BIN)/python $$b; done

lock:  ## re-pin every dependency into requirements.lock (needs the registry)
	rm -rf .lock-venv && $(PYTHON) -m venv .lock-venv
	.lock-venv/bin/python -m pip install --quiet -U pip "setuptools>=75" wheel
	.lock-venv/bin/python -m pip install --quiet -e ".[test]"
	(echo "# newslab lock file: every runtime and test dependency, pinned. Regenerate with 'make lock'."; \
	 .lock-venv/bin/python -m pip freeze --all --exclude-editable | grep -vE '^(-e|pip==|newslab)') > requirements.lock
	rm -rf .lock-venv

clean:  ## remove the virtualenv and caches (outputs/ is kept)
	rm -rf $(VENV) .pytest_cache
