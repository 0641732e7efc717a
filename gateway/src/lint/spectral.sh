#!/usr/bin/env bash
# Lints the merged contract (openapi/carepath.yaml) with Spectral's built-in OpenAPI ruleset (.spectral.yaml at the
# repository root); any error fails the build. Run by the gateway's `verify` phase, or by hand.
#
# Spectral is a Node.js tool. The machine's Node.js (18 or later, with npm) is used when there is one; otherwise
# Node and npm are fetched once from the npm registry (the packages node-<os>-<arch> and npm) into
# ~/.cache/carepath, so a machine with only a JDK can still build. Spectral itself is installed, pinned by
# package-lock.json, into gateway/target/spectral.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
work="$root/gateway/target/spectral"
node_version=20.20.0
npm_version=10.9.2

has_usable_node() {
  command -v node >/dev/null && command -v npm >/dev/null \
    && [ "$(node -p 'process.versions.node.split(".")[0]')" -ge 18 ]
}

if has_usable_node; then
  npm=(npm)
else
  case "$(uname -s)-$(uname -m)" in
    Linux-x86_64) platform=linux-x64 ;;
    Linux-aarch64) platform=linux-arm64 ;;
    Darwin-arm64) platform=darwin-arm64 ;;
    Darwin-x86_64) platform=darwin-x64 ;;
    *) echo "spectral.sh: no Node.js here and none to fetch for $(uname -s) $(uname -m)" >&2; exit 1 ;;
  esac
  cache="${XDG_CACHE_HOME:-$HOME/.cache}/carepath/node-$node_version-$platform"
  if [ ! -x "$cache/node/bin/node" ] || [ ! -f "$cache/npm/bin/npm-cli.js" ]; then
    echo "spectral.sh: fetching Node.js $node_version and npm $npm_version from the npm registry into $cache"
    rm -rf "$cache" && mkdir -p "$cache/node" "$cache/npm"
    curl -fsSL "https://registry.npmjs.org/node-$platform/-/node-$platform-$node_version.tgz" \
      | tar xz -C "$cache/node" --strip-components=1
    curl -fsSL "https://registry.npmjs.org/npm/-/npm-$npm_version.tgz" | tar xz -C "$cache/npm" --strip-components=1
  fi
  export PATH="$cache/node/bin:$PATH"
  # A fetched Node trusts only its own CA list; add the system's, as the system's Node would (proxies, private CAs).
  if [ -z "${NODE_EXTRA_CA_CERTS:-}" ] && [ -f /etc/ssl/certs/ca-certificates.crt ]; then
    export NODE_EXTRA_CA_CERTS=/etc/ssl/certs/ca-certificates.crt
  fi
  npm=(node "$cache/npm/bin/npm-cli.js")
fi

mkdir -p "$work"
if ! cmp -s "$here/package-lock.json" "$work/package-lock.json" || [ ! -d "$work/node_modules/@stoplight/spectral-cli" ]; then
  cp "$here/package.json" "$here/package-lock.json" "$work/"
  (cd "$work" && "${npm[@]}" ci --no-audit --no-fund --no-update-notifier --loglevel=error)
fi
cd "$root"
node "$work/node_modules/@stoplight/spectral-cli/dist/index.js" lint --ruleset .spectral.yaml \
  --fail-severity error --display-only-failures openapi/carepath.yaml
