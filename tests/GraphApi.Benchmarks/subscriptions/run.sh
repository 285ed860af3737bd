#!/usr/bin/env bash
# The subscription load benchmark: builds the host in Release, starts it on 127.0.0.1 with a database of its
# own (a small seeded shop in a temporary folder) and a throwaway signing key, runs subscribers.mjs against it
# (arguments pass through, e.g. --subscribers 2000 --events 100), and stops it.
set -euo pipefail
cd "$(dirname "$0")/../../.."

bash tests/js/install.sh
dotnet build src/GraphApi -c Release -v quiet -nologo >/dev/null

work=$(mktemp -d)
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
key=$(head -c 32 /dev/urandom | base64)

ASPNETCORE_ENVIRONMENT=Production \
Authentication__Jwt__SigningKey="$key" \
Database__SqlitePath="$work/shop.db" \
Seed__Products=50 Seed__Users=50 Seed__Orders=100 \
Logging__LogLevel__Default=Warning \
  dotnet src/GraphApi/bin/Release/net10.0/GraphApi.dll --urls "http://127.0.0.1:$port" >"$work/server.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null; rm -rf "$work"' EXIT

for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$port/health" >/dev/null && break
  sleep 0.5
done

node tests/GraphApi.Benchmarks/subscriptions/subscribers.mjs \
  --url "http://127.0.0.1:$port/graphql" --signing-key "$key" --pid "$server" "$@"
