#!/usr/bin/env bash
# Runs every test: types, rule tests (PGlite, and PostgreSQL when TEST_DATABASE_URL is set),
# API tests against a running server, and the browser journeys in Debian's chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
export LOG_LEVEL="${LOG_LEVEL:-silent}"

if [ -n "${TEST_DATABASE_URL:-}" ]; then
  echo "rule tests run against: PGlite and PostgreSQL (TEST_DATABASE_URL)"
else
  echo "rule tests run against: PGlite only (set TEST_DATABASE_URL to add PostgreSQL)"
fi

echo "== typecheck"
npx tsc --noEmit

echo "== unit and rule tests"
npx vitest run --project unit

echo "== production build"
npx next build > /tmp/portal-build-$$.log 2>&1 || { cat /tmp/portal-build-$$.log; exit 1; }
rm -f /tmp/portal-build-$$.log

echo "== API tests against a running server"
npx vitest run --project api

echo "== browser journeys"
npx playwright test
