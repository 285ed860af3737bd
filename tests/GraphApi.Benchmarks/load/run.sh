#!/usr/bin/env bash
# The load benchmark: the canonical mobile queries (queries/*.graphql) against GraphApi (Release build,
# Production environment) and, in the same run, against a peer (peer/server.mjs: graphql-yoga over
# better-sqlite3) reading the same SQLite file, both on 127.0.0.1. Bounded: two queries x two servers x
# (WARMUP + DURATION) seconds, plus the build and the first start's seeding.
# Settings (environment): PAGE_SIZE (20), CONNECTIONS (16), WARMUP (10), DURATION (15), GRAPHAPI_PORT (5301), PEER_PORT (5302).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
graphapi_port="${GRAPHAPI_PORT:-5301}"
peer_port="${PEER_PORT:-5302}"
work="$(mktemp -d)"
pids=()

cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

wait_for() { # url, name, log
  for _ in $(seq 1 120); do
    if curl -fs -o /dev/null "$1"; then return 0; fi
    sleep 1
  done
  echo "$2 did not start; its log:" >&2
  cat "$3" >&2
  exit 1
}

cd "$here"
if ! [ -f node_modules/.package-lock.json ] || ! cmp -s package-lock.json .installed-lock; then
  npm ci --no-audit --no-fund --loglevel=error
  cp package-lock.json .installed-lock
fi

dotnet publish "$root/src/GraphApi" -c Release -o "$work/app" --nologo -v quiet
key="$(node -e "process.stdout.write(require('node:crypto').randomBytes(32).toString('base64'))")"

# GraphApi creates and seeds the database on its first start (the default sizes: 1,000 products, 503 users,
# 10,000 orders); user 1 is the demo customer.
ASPNETCORE_ENVIRONMENT=Production \
Database__SqlitePath="$work/shop.db" \
Seed__DemoPassword=load-benchmark \
Authentication__Jwt__SigningKey="$key" \
Logging__LogLevel__Default=Warning \
  dotnet "$work/app/GraphApi.dll" --urls "http://127.0.0.1:$graphapi_port" >"$work/graphapi.log" 2>&1 &
pids+=($!)
wait_for "http://127.0.0.1:$graphapi_port/health" GraphApi "$work/graphapi.log"

node peer/server.mjs "$work/shop.db" "$peer_port" >"$work/peer.log" 2>&1 &
pids+=($!)
wait_for "http://127.0.0.1:$peer_port/graphql?query=%7B__typename%7D" "The peer" "$work/peer.log"

GRAPHAPI_URL="http://127.0.0.1:$graphapi_port/graphql" \
PEER_URL="http://127.0.0.1:$peer_port/graphql" \
TOKEN="$(node mint-token.mjs "$key" 1 Customer)" \
USER_ID=1 \
  node load.mjs
