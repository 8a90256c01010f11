#!/usr/bin/env bash
# npm test: type check, lint, every vitest suite (unit, rule examples, accuracy gate, CLI, e2e).
# Ends with the line "N passed, N failed" that CI reads; exits non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")/.."

failed_steps=0
step() {
  local name=$1; shift
  echo "── $name"
  if "$@"; then echo "   $name: ok"; else echo "   $name: MISLUKT"; failed_steps=$((failed_steps + 1)); fi
}

step "typecheck (tsc)" npx --no-install tsc --noEmit -p .
step "lint (eslint)" npx --no-install eslint . --max-warnings=0
step "regels valideren" npx --no-install tsx cli/main.ts rules validate

rm -f vitest-report.json
npx --no-install vitest run --reporter=default --reporter=json --outputFile=vitest-report.json
vitest_rc=$?

node -e '
const fs = require("fs");
let passed = 0, failed = 0;
try {
  const r = JSON.parse(fs.readFileSync("vitest-report.json", "utf8"));
  passed = r.numPassedTests; failed = r.numFailedTests + (r.numRuntimeErrorTestSuites || 0);
  if (!r.success && failed === 0) failed = 1;
} catch { failed = 1; }
const steps = Number(process.argv[1]);
console.log(`${passed + (3 - steps)} passed, ${failed + steps} failed`);
process.exit(failed + steps > 0 ? 1 : 0);
' "$failed_steps"
summary_rc=$?
[ $vitest_rc -ne 0 ] && exit 1
exit $summary_rc
