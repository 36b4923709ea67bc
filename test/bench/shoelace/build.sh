#!/bin/sh
# Builds the comparison page issue 9 names ("Shoelace 2, cherry-picked inputs": the same customer form
# from Shoelace's input and button, with the plain page's 20 lines of JS) into a folder, for
#   npm run bench:startup -- --page "Shoelace 2, cherry-picked inputs=<folder>"
# Shoelace is not a dependency of this package: it is installed in a scratch folder (npm registry).
#   sh test/bench/shoelace/build.sh [out-folder]   (default /tmp/payrex-bench-shoelace)
set -e
here=$(cd "$(dirname "$0")" && pwd)
out=${1:-/tmp/payrex-bench-shoelace}
work=$(mktemp -d)
cd "$work"
npm init -y > /dev/null
npm install --silent --no-audit --no-fund @shoelace-style/shoelace@2 esbuild
cp "$here/entry.js" entry.js
mkdir -p "$out"
npx esbuild entry.js --bundle --format=esm --minify --log-level=warning --outfile="$out/shoelace.js"
cp node_modules/@shoelace-style/shoelace/dist/themes/light.css "$out/light.css"
cp "$here/index.html" "$out/index.html"
rm -rf "$work"
echo "$out: $(ls "$out" | tr '\n' ' ')"
