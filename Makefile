# Two commands set everything up on a fresh Debian/Ubuntu machine with Python >= 3.11:
#   make demo   installs, fills a demo database and opens the app on it
#   make test   installs and runs the whole test suite (offscreen)
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DEMO_DB := demo-data/demo.sqlite
DEMO_SIZE ?= 200
# The demo account's password, in a file as scripts do (account "demo").
DEMO_PASSPHRASE := demo-data/phrase-secrete.txt
DEMO_ACCOUNT := --user demo --passphrase-file $(DEMO_PASSPHRASE)

.PHONY: install demo test test-sqlite test-postgresql bench clean

$(VENV)/.installed: pyproject.toml scripts/install-system-deps.sh
	PYTHON=$(PYTHON) ./scripts/install-system-deps.sh
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

install: $(VENV)/.installed

demo: install
	mkdir -p demo-data
	test -f $(DEMO_PASSPHRASE) || echo "demo-refparcours" > $(DEMO_PASSPHRASE)
	# A demo base from before encryption (no key file) is simply made again.
	test -f $(DEMO_DB).keys || rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	test -f $(DEMO_DB) || $(BIN)/refparcours demo --size $(DEMO_SIZE) --database $(DEMO_DB) $(DEMO_ACCOUNT)
	$(BIN)/refparcours --database $(DEMO_DB) $(DEMO_ACCOUNT)

# The whole suite on SQLite, then again against a throwaway PostgreSQL server.
test: test-sqlite test-postgresql

test-sqlite: install
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

test-postgresql: install
	./scripts/test-postgresql.sh $(BIN)/python

bench: install
	$(BIN)/refparcours bench --size 20000

clean:
	rm -rf $(VENV) demo-data .pytest_cache
