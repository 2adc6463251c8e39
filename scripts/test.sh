#!/usr/bin/env bash
# The test command: provisions the local PostgreSQL (start, role, database), then builds and runs every
# test: unit, PostgreSQL-backed adapter tests, architecture rules, and the integration test that starts
# the packaged embedded default over HTTP, and the dashboard in Debian's Chromium (scripts/provision-browser.sh installs
# it and ChromeDriver). Before Maven, the committed API contract (docs/openapi.yaml) is checked:
# Spectral and a generated TypeScript client compiled under tsc --strict (scripts/check-api-contract.sh).
# Extra arguments go to Maven.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
./scripts/check-api-contract.sh
./scripts/provision-postgres.sh
./scripts/provision-browser.sh
exec ./mvnw -B verify "$@"
