#!/usr/bin/env bash
# Shows that the spec really drives the code: in a scratch copy, rename one field of the contract
# (Workspace.brand_color → brand_colour), regenerate the types and typecheck. Both the app (src/) and
# the fake API (mocks/) must fail to compile; if either still compiles, it has stopped using the
# generated types and this check fails. Then, from the original spec, add a project status: the fake's
# list of statuses (mocks/handlers/projects.ts) must fail to compile until it names the new one.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT

cp -r "$root/src" "$root/mocks" "$root/e2e" "$root/openapi.yaml" "$root/tsconfig.json" \
  "$root/vite.config.ts" "$root/playwright.config.ts" "$root/eslint.config.js" "$scratch/"
ln -s "$root/node_modules" "$scratch/node_modules"
cd "$scratch"

cp openapi.yaml openapi.original.yaml
sed -i 's/\bbrand_color\b/brand_colour/g' openapi.yaml
npx openapi-typescript openapi.yaml -o src/lib/api/schema.d.ts >/dev/null 2>&1

if npx tsc --noEmit -p . >tsc.log 2>&1; then
  echo "FAIL: renaming brand_color in openapi.yaml left the code compiling: the types are not flowing from the spec." >&2
  exit 1
fi
# Count the product code only: tests break too, but they would not prove the app or the mocks do.
grep -vE '\.(test|spec)\.tsx?\(' tsc.log | grep -E '^(src|mocks)/.*error TS' >product-errors.log || true
src_errors=$(grep -c '^src/' product-errors.log || true)
mock_errors=$(grep -c '^mocks/' product-errors.log || true)
echo "Renamed Workspace.brand_color → brand_colour in a scratch copy of openapi.yaml:"
sed 's/^/  /' product-errors.log | head -12
echo "  … $src_errors type errors in src/, $mock_errors in mocks/ (tests not counted)"
if [ "$src_errors" -eq 0 ] || [ "$mock_errors" -eq 0 ]; then
  echo "FAIL: expected type errors in both src/ and mocks/." >&2
  exit 1
fi
echo "OK: a renamed field in the spec breaks the typecheck of both the app and the fake API."

cp openapi.original.yaml openapi.yaml
sed -i 's/^\(      enum: \[planning, in_progress, review, completed\)\]$/\1, archived]/' openapi.yaml
if ! grep -q 'completed, archived\]' openapi.yaml; then
  echo "FAIL: could not find the ProjectStatus enum to extend in openapi.yaml; update this check." >&2
  exit 1
fi
npx openapi-typescript openapi.yaml -o src/lib/api/schema.d.ts >/dev/null 2>&1
npx tsc --noEmit -p . >tsc-status.log 2>&1 || true
if ! grep -qE '^mocks/handlers/projects\.ts\(.*error TS' tsc-status.log; then
  echo "FAIL: adding ProjectStatus 'archived' to openapi.yaml left mocks/handlers/projects.ts compiling: its list can drift from the spec." >&2
  exit 1
fi
echo "Added ProjectStatus 'archived' in a scratch copy of openapi.yaml:"
grep -E '^(src|mocks)/.*error TS' tsc-status.log | grep -vE '\.(test|spec)\.tsx?\(' | sed 's/^/  /' | head -6
echo "OK: a status the spec adds fails the typecheck until the fake lists it."
