#!/usr/bin/env bash
# Builds precis for release and installs it under PREFIX (default /usr/local):
#   PREFIX/bin/precis                                    one self-contained binary: the Swift
#                                                        runtime linked statically, the model
#                                                        files compiled in (no resource bundle)
#   PREFIX/share/man/man1/precis*.1                      man pages: precis.1, precis.digest.1, … (swift-argument-parser's generate-manual)
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

# The man pages come from the commands' own description of themselves (swift-argument-parser's
# generate-manual plugin runs `precis --experimental-dump-help`), so they cannot drift from
# --help. The plugin builds the package for release without --static-swift-stdlib, so it runs
# before the static build below, which then relinks the binary that is installed.
swift package plugin generate-manual --multi-page --authors "the Precis authors" \
    --date "$(git log -1 --format=%cs 2>/dev/null || date +%F)" > /dev/null
build=(swift build -c release --static-swift-stdlib)
"${build[@]}" --product precis
bin="$("${build[@]}" --show-bin-path)/precis"
if ldd "$bin" | grep -q 'libswift\|libFoundation'; then
    echo "install: $bin links the Swift runtime dynamically; refusing to install it" >&2; exit 1
fi

install -d "$prefix/bin" "$prefix/share/man/man1" "$prefix/share/bash-completion/completions" \
    "$prefix/share/zsh/site-functions" "$prefix/share/fish/vendor_completions.d"
install -m 755 "$bin" "$prefix/bin/precis"
"$bin" --generate-completion-script bash > "$prefix/share/bash-completion/completions/precis"
"$bin" --generate-completion-script zsh > "$prefix/share/zsh/site-functions/_precis"
"$bin" --generate-completion-script fish > "$prefix/share/fish/vendor_completions.d/precis.fish"

install -m 644 .build/plugins/GenerateManual/outputs/precis/*.1 "$prefix/share/man/man1/"
echo "installed $prefix/bin/precis ($(du -h "$prefix/bin/precis" | cut -f1)), $(ls .build/plugins/GenerateManual/outputs/precis/*.1 | wc -l) man pages (man precis, man precis.digest, …), bash/zsh/fish completions"
