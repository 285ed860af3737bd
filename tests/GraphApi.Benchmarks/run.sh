#!/usr/bin/env bash
# Runs the BenchmarkDotNet benchmarks of the engine and graphql-js's timing of the same inputs
# (tests/js/bench.mjs) in one go, then prints one Markdown table with the ratios (report.mjs).
# Usage: tests/GraphApi.Benchmarks/run.sh [BenchmarkDotNet arguments, e.g. --filter '*Parse*']
# Without --filter every benchmark runs. The job is fixed here (see README.md): 1 launch, 3 warm-up and
# 15 measured iterations of 250 ms each, which keeps the whole run under ten minutes on two cores.
set -euo pipefail
cd "$(dirname "$0")/../.."

artifacts="$(pwd)/tests/GraphApi.Benchmarks/BenchmarkDotNet.Artifacts"
args=("$@")
if [[ " ${args[*]-} " != *" --filter "* ]]; then
  args+=(--filter '*')
fi

bash tests/js/install.sh
dotnet build --configuration Release tests/GraphApi.Benchmarks
rm -rf "$artifacts/results"
dotnet tests/GraphApi.Benchmarks/bin/Release/net10.0/GraphApi.Benchmarks.dll \
  --artifacts "$artifacts" --exporters json \
  --launchCount 1 --warmupCount 3 --iterationCount 15 --iterationTime 250 \
  "${args[@]}"

node tests/js/bench.mjs > "$artifacts/graphql-js.json"
echo
node tests/GraphApi.Benchmarks/report.mjs "$artifacts/results" "$artifacts/graphql-js.json"
