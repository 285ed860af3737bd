#!/usr/bin/env bash
# Times the engine (BenchmarkDotNet) and graphql-js (tests/js/bench.mjs; tests/js/bench-execute.mjs for the
# Execute_* cases) on the same inputs and prints Markdown tables with the ratios (report.mjs). See README.md.
# Usage: tests/GraphApi.Benchmarks/run.sh [--filter pattern...] [other BenchmarkDotNet arguments]
#
# The two sides take turns case by case (ours, then graphql-js's), so that each ratio compares figures
# taken within seconds of each other: on a shared machine the load changes over minutes. Each case runs
# in its own BenchmarkDotNet process, in-process (no generated project to build per case), with a fixed
# job: 3 warm-up and 15 measured iterations of 250 ms. The whole run takes about four minutes on two cores.
set -euo pipefail
cd "$(dirname "$0")/../.."

filters=()
rest=()
while (($#)); do
  if [[ $1 == --filter ]]; then
    shift
    while (($#)) && [[ $1 != --* ]]; do
      filters+=("$1")
      shift
    done
  else
    rest+=("$1")
    shift
  fi
done
((${#filters[@]})) || filters=('*')

artifacts="$(pwd)/tests/GraphApi.Benchmarks/BenchmarkDotNet.Artifacts"
run="$artifacts/run"
bench=(dotnet tests/GraphApi.Benchmarks/bin/Release/net10.0/GraphApi.Benchmarks.dll)

bash tests/js/install.sh
dotnet build --configuration Release tests/GraphApi.Benchmarks
rm -rf "$run"
mkdir -p "$run/graphql-js"

mapfile -t cases < <("${bench[@]}" --list flat --filter "${filters[@]}" | grep '^GraphApi\.Benchmarks\.')
if ((${#cases[@]} == 0)); then
  echo "no benchmark matches: ${filters[*]}" >&2
  exit 1
fi

for full in "${cases[@]}"; do
  method=${full##*.}  # Parse_Introspection, which bench.mjs calls Parse.Introspection
  "${bench[@]}" --filter "$full" --inProcess --artifacts "$run/$method" --exporters json \
    --warmupCount 3 --iterationCount 15 --iterationTime 250 "${rest[@]}"
  case $method in
    Execute_*) script=tests/js/bench-execute.mjs ;;
    *) script=tests/js/bench.mjs ;;
  esac
  BENCH_FILTER="${method/_/.}" node "$script" > "$run/graphql-js/$method.json"
done

echo
node tests/GraphApi.Benchmarks/report.mjs "$run"
