#!/usr/bin/env bash
# The test command: installs what the tests need, runs every test project, and ends with one line
# "tests: N passed, N failed" (counted from the TRX results, since dotnet test's summary is per project).
set -uo pipefail
cd "$(dirname "$0")/.."

results="$(pwd)/TestResults"
rm -rf "$results"

bash tests/js/install.sh || { echo "tests: 0 passed, 1 failed"; exit 1; }
# Debian's chromium for the IDE's browser test (the test would install it too; doing it first keeps
# the download out of a test's time budget).
bash tests/js/install-browser.sh || { echo "tests: 0 passed, 1 failed"; exit 1; }
# RabbitMQ for the scale-out tests (two instances sharing events), installed and started once.
bash tests/js/install-rabbitmq.sh || { echo "tests: 0 passed, 1 failed"; exit 1; }

dotnet test GraphApi.sln --configuration Release --logger "trx" --results-directory "$results" "$@"
status=$?

passed=0
failed=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0}))
done

if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  failed=1 # the build or the test host failed before any test could report
fi
echo "tests: $passed passed, $failed failed"
exit "$status"
