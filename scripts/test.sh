#!/usr/bin/env bash
# The test command: provisions the local PostgreSQL (start, role, database), then builds and runs every
# test: unit, PostgreSQL-backed adapter tests, architecture rules, and the integration test that starts
# the packaged embedded default over HTTP. Extra arguments go to Maven.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
./scripts/provision-postgres.sh
exec ./mvnw -B verify "$@"
