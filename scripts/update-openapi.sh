#!/usr/bin/env bash
# Regenerates docs/openapi.yaml, the committed API contract, from what the service serves at /q/openapi:
# runs OpenApiDocumentIsCurrentTest with -Dopenapi.update=true, which starts the application once (as every
# @QuarkusTest does, on the test PostgreSQL) and writes the served document (without the test-only resources of
# src/test) into the file instead of comparing. Review the diff and commit it with the change that caused it.
# Extra arguments go to Maven (e.g. -Dperf.test.db.url=...); PERF_DB_* variables go to the provisioning script.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
./scripts/provision-postgres.sh
# The test phase is enough: the surefire test needs no packaged artifact.
./mvnw -B -q test -pl domain,application,adapters-persistence,adapters-provincial-sync,adapters-rest \
  -Dtest=OpenApiDocumentIsCurrentTest -Dsurefire.failIfNoSpecifiedTests=false -Dopenapi.update=true "$@"
git --no-pager diff --stat -- docs/openapi.yaml || true
