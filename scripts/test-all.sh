#!/usr/bin/env bash
# Runs every check and test suite of Contact Guard, on a fresh machine too, and ends with
# one line "N passed, N failed" adding up all suites. Used by the README and by .ci/run.
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
out=$(mktemp -d)
passed=0
failed=0

step() { printf '\n=== %s ===\n' "$1"; }
# A check that is not a test runner counts as one test.
count_check() {
  if [ "$1" -eq 0 ]; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAILED: $2"; fi
}
# Vitest's JSON report gives the counts of a suite.
count_vitest() {
  local json=$1 name=$2 rc=$3
  if [ -s "$json" ]; then
    read -r p f < <(node -e 'const r=require(process.argv[1]);console.log(r.numPassedTests, r.numFailedTests + (r.numTotalTestSuites && !r.success && r.numFailedTests===0 ? 1 : 0))' "$json")
    passed=$((passed + p)); failed=$((failed + f))
    echo "$name: $p passed, $f failed"
  else
    failed=$((failed + 1)); echo "FAILED: $name produced no report (exit $rc)"
  fi
}

step 'install'
if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = 0 ]; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) || echo 'could not install chromium: browser tests will fail'
  else
    echo 'chromium is missing: run "sudo apt-get install -y chromium" for the browser tests'
  fi
fi
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  # npm ci refuses a lock that lacks optional packages for other platforms, which some
  # registries do not serve (Biome's Android/Windows binaries): fall back to npm install,
  # which keeps the locked versions.
  npm ci --no-audit --no-fund || npm install --no-audit --no-fund || { echo 'install failed'; echo '0 passed, 1 failed'; exit 1; }
fi

step 'typecheck'
npm run --silent check; count_check $? typecheck

step 'lint'
npx biome ci . ; count_check $? lint

step 'unit and component tests'
npx vitest run --reporter=default --reporter=json --outputFile.json="$out/unit.json"; rc=$?
count_vitest "$out/unit.json" unit $rc

step 'build (Chrome, Firefox, zips)'
npm run --silent build; count_check $? build
npx web-ext lint --source-dir .output/firefox-mv2 --output text --self-hosted 2>&1 | tail -n 20
npx web-ext lint --source-dir .output/firefox-mv2 --output json --self-hosted >"$out/webext.json" 2>/dev/null
node -e 'const r=JSON.parse(require("fs").readFileSync(process.argv[1],"utf8"));process.exit(r.count && r.summary.errors ? 1 : 0)' "$out/webext.json"; count_check $? 'web-ext lint (no errors)'

step 'end-to-end tests in Chromium'
npx vitest run --config vitest.e2e.config.ts --reporter=default --reporter=json --outputFile.json="$out/e2e.json"; rc=$?
count_vitest "$out/e2e.json" e2e $rc

step 'accuracy on the evaluation sets'
if [ -f ../shared/eval/score.mjs ]; then
  node ../shared/eval/score.mjs ../shared/eval/dev.jsonl --min-f1 0.97 | tail -n 2; count_check ${PIPESTATUS[0]} 'dev set F1 >= 0.97'
  for f in ../shared/eval/external/*.jsonl; do
    echo "$(basename "$f"):"
    node ../shared/eval/score.mjs "$f" --min-f1 0.90 | tail -n 1; count_check ${PIPESTATUS[0]} "$(basename "$f") F1 >= 0.90"
  done
else
  echo 'shared evaluation sets not found beside the project: skipped'
fi

rm -rf "$out"
printf '\n%s passed, %s failed\n' "$passed" "$failed"
[ "$failed" -eq 0 ]
