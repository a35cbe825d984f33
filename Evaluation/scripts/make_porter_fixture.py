"""Regenerate Tests/PrecisTests/Fixtures/porter-original.tsv: a reference for our Porter stemmer.

    /work/.venv-peers/bin/python Evaluation/scripts/make_porter_fixture.py   # needs NLTK (the peers venv has it)

Each data line is `word<TAB>stem`, where stem is NLTK's
PorterStemmer(mode=PorterStemmer.ORIGINAL_ALGORITHM).stem(word), i.e. Porter's 1980 algorithm as published.

Words (lowercase ASCII letters only, distinct, sorted) come from
  (a) Debian's word list /usr/share/dict/words (package `wamerican`; `apt-get install wamerican`):
      entries that are purely lowercase alphabetic (so no proper nouns and no possessives "'s");
  (b) every word of the Opinosis corpus (Evaluation data, Apache-2.0),
      /work/shared/corpora/opinosis/clusters/*/*;
  (c) every word of the five articles in Evaluation/corpora/istanbul-talks/*.txt.
Corpus text is split on whitespace and on hyphens, dashes and slashes; surrounding punctuation and a
possessive 's / ’s are removed; tokens that are then not purely ASCII-alphabetic (contractions such as
"don't", numbers, non-ASCII words) are dropped.

The pool is larger than we want in a test fixture, so a deterministic sample is taken: evenly spaced words of
the sorted pool (every len/room-th, fractional step), so the fixture has TARGET words. These are always included, sampled
or not: every word of the five articles, every word of 1-2 letters, and every word with a doubled
consonant before -ed/-ing ("trekked", "hopping", "falling"), which exercise Porter's step 1b.
"""
import glob
import re
import sys
from pathlib import Path

from nltk.stem.porter import PorterStemmer

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "Tests" / "PrecisTests" / "Fixtures" / "porter-original.tsv"
DICT = Path("/usr/share/dict/words")
OPINOSIS_GLOB = "/work/shared/corpora/opinosis/clusters/*/*"
ARTICLES_GLOB = str(ROOT / "Evaluation" / "corpora" / "istanbul-talks" / "*.txt")
TARGET = 20_000

WORD = re.compile(r"^[a-z]+$")
DOUBLE_BEFORE_ED_ING = re.compile(r"([b-df-hj-np-tv-z])\1(?:ed|ing)$")
SPLIT = re.compile(r"[\s\-\u2010-\u2015/]+")
EDGE_PUNCT = re.compile(r"^[^\w]+|[^\w]+$")
POSSESSIVE = re.compile(r"['\u2019]s$")


def corpus_words(text):
    words = set()
    for tok in SPLIT.split(text):
        tok = EDGE_PUNCT.sub("", tok)
        tok = POSSESSIVE.sub("", tok).lower()
        if WORD.match(tok):
            words.add(tok)
    return words


def main():
    if not DICT.exists():
        sys.exit(f"{DICT} missing: apt-get install wamerican")
    dict_words = {w for w in DICT.read_text(encoding="utf-8").split("\n") if WORD.match(w)}

    opinosis_files = sorted(glob.glob(OPINOSIS_GLOB))
    article_files = sorted(glob.glob(ARTICLES_GLOB))
    if not opinosis_files or len(article_files) != 5:
        sys.exit("corpus files not found")
    opinosis = set()
    for f in opinosis_files:
        # a few Opinosis files are Latin-1/cp1252; non-ASCII words are dropped anyway
        opinosis |= corpus_words(Path(f).read_bytes().decode("latin-1"))
    articles = set()
    for f in article_files:
        articles |= corpus_words(Path(f).read_text(encoding="utf-8"))

    pool = dict_words | opinosis | articles
    always = articles | {w for w in pool if len(w) <= 2 or DOUBLE_BEFORE_ED_ING.search(w)}
    rest = sorted(pool - always)
    room = min(max(TARGET - len(always), 0), len(rest))
    step = len(rest) / room if room else 0.0
    # `room` evenly spaced words of the sorted rest: indices floor(i * step), i = 0 ..< room
    words = sorted(always | {rest[int(i * step)] for i in range(room)})

    stemmer = PorterStemmer(mode=PorterStemmer.ORIGINAL_ALGORITHM)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8", newline="\n") as f:
        f.write("# Porter stemmer reference: word<TAB>stem, stem = NLTK "
                "PorterStemmer(mode=PorterStemmer.ORIGINAL_ALGORITHM).stem(word)"
                f" (NLTK {__import__('nltk').__version__}).\n")
        f.write(f"# Words: Debian wamerican /usr/share/dict/words ({len(dict_words)} lowercase alphabetic), "
                f"Opinosis corpus clusters/*/* ({len(opinosis)}, Apache-2.0), "
                f"Evaluation/corpora/istanbul-talks/*.txt ({len(articles)}).\n")
        f.write(f"# Pool {len(pool)} words; kept all {len(always)} article, 1-2 letter and "
                f"doubled-consonant+ed/ing words plus {room} of the other {len(rest)}, evenly spaced "
                f"in sorted order (every {step:.4f}-th): {len(words)} words.\n")
        f.write("# The stem may be empty (\"s\" -> \"\"): keep empty fields when splitting on TAB.\n")
        f.write("# Regenerate: /work/.venv-peers/bin/python Evaluation/scripts/make_porter_fixture.py\n")
        for w in words:
            f.write(f"{w}\t{stemmer.stem(w)}\n")
    print(f"wrote {OUT}: {len(words)} words (pool {len(pool)}, always {len(always)}, sampled {room})")


if __name__ == "__main__":
    main()
