#!/usr/bin/env bash
# Installs the C system libraries Precis links against, when they are missing.
# Idempotent: does nothing (and needs no network) when everything is present.
#   libblas-dev           CBLAS headers + reference BLAS (the link target "blas")
#   libopenblas0-pthread  OpenBLAS, registered as the libblas.so.3 alternative: same binary, 20-40x faster GEMM
#   libstemmer-dev        Snowball stemmers (its "porter" algorithm is the original Porter stemmer)
#   libxml2-dev           HTML parser for HTML-to-text
#   pkg-config            lets SwiftPM find libxml2's include path
set -euo pipefail

packages=(libblas-dev libopenblas0-pthread libstemmer-dev libxml2-dev pkg-config)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if ! command -v swift >/dev/null 2>&1; then
    echo "setup: 'swift' is not on PATH; install the Swift 6.1+ toolchain first (swift.org/install)." >&2
    exit 1
fi

[ ${#missing[@]} -eq 0 ] && exit 0

if ! command -v apt-get >/dev/null 2>&1; then
    echo "setup: missing system packages (${missing[*]}) and no apt-get here." >&2
    echo "setup: install the equivalents of: ${missing[*]} with your package manager, then re-run." >&2
    exit 1
fi

sudo=()
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
        sudo=(sudo)
    else
        echo "setup: missing system packages: ${missing[*]}" >&2
        echo "setup: not root; run:  sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
        exit 1
    fi
fi

echo "setup: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq >&2
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
echo "setup: done" >&2
