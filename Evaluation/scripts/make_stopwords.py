"""Regenerate Models/stopwords-en.txt from scikit-learn's ENGLISH_STOP_WORDS (BSD-3-Clause).

    python Evaluation/scripts/make_stopwords.py   # needs scikit-learn (the peers venv has it)
"""
from pathlib import Path

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

out = Path(__file__).resolve().parents[2] / "Models" / "stopwords-en.txt"
with out.open("w") as f:
    f.write("# English stop words (Precis). The Glasgow Information Retrieval Group's stop list as shipped by\n")
    f.write("# scikit-learn 1.9.1 (sklearn.feature_extraction.text.ENGLISH_STOP_WORDS, BSD-3-Clause), sorted.\n")
    f.write("# Lowercase, one per line. Regenerate: Evaluation/scripts/make_stopwords.py\n")
    for w in sorted(ENGLISH_STOP_WORDS):
        f.write(w + "\n")
print(f"wrote {out}")
