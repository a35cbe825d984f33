#!/usr/bin/env bash
# Builds precis for release and installs it under PREFIX (default /usr/local):
#   PREFIX/bin/precis                                    one self-contained binary: the Swift
#                                                        runtime linked statically, the model
#                                                        files compiled in (no resource bundle)
#   PREFIX/share/man/man1/precis*.1                      man pages (swift-argument-parser's generate-manual)
#   PREFIX/share/bash-completion/completions/precis      shell completions
#   PREFIX/share/zsh/site-functions/_precis
#   PREFIX/share/fish/vendor_completions.d/precis.fish
# The binary still links the C libraries of scripts/setup.sh (libblas/OpenBLAS, libstemmer,
# libxml2), which the target machine needs installed.
#   scripts/install.sh [PREFIX]
set -euo pipefail
prefix="${1:-/usr/local}"
cd "$(dirname "$0")/.."
scripts/setup.sh

build=(swift build -c release --static-swift-stdlib)
"${build[@]}" --product precis
bin="$("${build[@]}" --show-bin-path)/precis"

# The man pages come from the built binary's own description of its commands (generate-manual
# reads `precis --experimental-dump-help`), so they cannot drift from --help.
"${build[@]}" --target generate-manual >/dev/null
manuals="$(mktemp -d)"
trap 'rm -rf "$manuals"' EXIT
"$("${build[@]}" --show-bin-path)/generate-manual" "$bin" --multi-page --output-directory "$manuals" \
    --authors "the Precis authors" --section 1 --date "$(git log -1 --format=%cs 2>/dev/null || date +%F)"

install -d "$prefix/bin" "$prefix/share/man/man1" "$prefix/share/bash-completion/completions" \
    "$prefix/share/zsh/site-functions" "$prefix/share/fish/vendor_completions.d"
install -m 755 "$bin" "$prefix/bin/precis"
install -m 644 "$manuals"/*.1 "$prefix/share/man/man1/"
"$bin" --generate-completion-script bash > "$prefix/share/bash-completion/completions/precis"
"$bin" --generate-completion-script zsh > "$prefix/share/zsh/site-functions/_precis"
"$bin" --generate-completion-script fish > "$prefix/share/fish/vendor_completions.d/precis.fish"
echo "installed $prefix/bin/precis ($(du -h "$prefix/bin/precis" | cut -f1)), $(ls "$manuals" | wc -l) man pages, bash/zsh/fish completions"
