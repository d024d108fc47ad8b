#!/bin/sh
# The test suite against a real PostgreSQL server: a throwaway cluster on 127.0.0.1 and a
# random port, started here and always stopped, whatever the tests do.
set -eu
python=${1:-.venv/bin/python}
dir=$(mktemp -d /tmp/refparcours-pg.XXXXXX)
trap './scripts/pg-cluster.sh stop "$dir"' EXIT INT TERM
url=$(./scripts/pg-cluster.sh start "$dir")
echo "PostgreSQL de test : $url"
QT_QPA_PLATFORM=offscreen REFPARCOURS_TEST_POSTGRESQL="$url" "$python" -m pytest -q -p no:cacheprovider
