#!/usr/bin/env python3
"""Builds the language files in Models/ from installed, permissively licensed sources.

    pip install langdetect==1.0.9 stopwordsiso==0.7.1
    apt-get install postgresql-15 locales        # (Debian 12) Snowball stop lists, month names
    python3 Evaluation/scripts/make_language_models.py

Writes (byte-identical on rerun with the same package versions):
  Models/stopwords-CODE.txt   Snowball's stop-word lists as PostgreSQL ships them
                              (/usr/share/postgresql/*/tsearch_data/NAME.stop, BSD-3-Clause),
                              else stopwords-iso (MIT) for a language Snowball has no list for
  Models/language-profiles.tsv
                              character 1-3-gram log probabilities per language, the most
                              frequent n-grams of langdetect 1.0.9's profiles (Apache-2.0)
  Models/months.tsv           month names per language from glibc's locale data (Debian
                              `locales`; the FSF claims no copyright in locale data)
"""
import glob
import json
import math
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
MODELS = os.path.join(ROOT, "Sources", "Precis", "Resources", "Models")

# every language libstemmer stems (English keeps its own files): code, Snowball name, locale
LANGUAGES = [
    ("ar", "arabic", "ar_EG"), ("ca", "catalan", "ca_ES"), ("da", "danish", "da_DK"), ("de", "german", "de_DE"),
    ("el", "greek", "el_GR"), ("en", "english", "en_US"), ("es", "spanish", "es_ES"), ("eu", "basque", "eu_ES"),
    ("fi", "finnish", "fi_FI"), ("fr", "french", "fr_FR"), ("ga", "irish", "ga_IE"), ("hi", "hindi", "hi_IN"),
    ("hu", "hungarian", "hu_HU"), ("hy", "armenian", "hy_AM"), ("id", "indonesian", "id_ID"),
    ("it", "italian", "it_IT"), ("lt", "lithuanian", "lt_LT"), ("ne", "nepali", "ne_NP"), ("nl", "dutch", "nl_NL"),
    ("no", "norwegian", "nb_NO"), ("pt", "portuguese", "pt_PT"), ("ro", "romanian", "ro_RO"),
    ("ru", "russian", "ru_RU"), ("sr", "serbian", "sr_RS"), ("sv", "swedish", "sv_SE"), ("ta", "tamil", "ta_IN"),
    ("tr", "turkish", "tr_TR"), ("yi", "yiddish", "yi_US"),
]

# profile sizes kept per language: all letters, the most frequent bigrams and trigrams
TOP = {1: 80, 2: 200, 3: 400}
# langdetect profiles left out: CJK (langdetect maps those characters to class representatives,
# which raw text does not match; such text is caught by its script instead)
SKIP_PROFILES = {"ja", "ko", "zh-cn", "zh-tw"}
# words a source list lacks that are as common as any on it (Snowball's French list has "le" and
# "la" but not their plural "les")
ADDITIONS = {"fr": ["les"]}


def stopword_lists():
    import stopwordsiso
    pg = sorted(glob.glob("/usr/share/postgresql/*/tsearch_data"))
    if not pg:
        sys.exit("PostgreSQL's tsearch_data not found: apt-get install postgresql-15")
    pg = pg[-1]
    version = pg.split("/")[-2]
    for code, name, _ in LANGUAGES:
        if code == "en":
            continue
        path = os.path.join(pg, name + ".stop")
        if os.path.exists(path):
            words = [w.strip() for w in open(path, encoding="utf-8") if w.strip()]
            source = (f"Snowball's {name} stop-word list as shipped by PostgreSQL {version} "
                      f"({path}, BSD-3-Clause, Copyright (c) 2001 Dr Martin Porter, (c) 2002 Richard Boulton)")
        elif stopwordsiso.has_lang(code):
            words = sorted(stopwordsiso.stopwords(code))
            source = "stopwords-iso as packaged by PyPI stopwordsiso 0.7.1 (MIT); Snowball has no list for this language"
        else:
            continue
        seen, unique = set(), []
        added = [w for w in ADDITIONS.get(code, []) if w not in words]
        if added:
            source += "; added by Precis: " + ", ".join(added)
        for w in words + added:
            w = w.lower()
            if w not in seen and " " not in w:
                seen.add(w)
                unique.append(w)
        with open(os.path.join(MODELS, f"stopwords-{code}.txt"), "w", encoding="utf-8") as out:
            out.write(f"# {name.capitalize()} stop words ({len(unique)}): {source}.\n")
            out.write("# Regenerate: python3 Evaluation/scripts/make_language_models.py\n")
            for w in unique:
                out.write(w + "\n")


def profiles():
    import langdetect
    folder = os.path.join(os.path.dirname(langdetect.__file__), "profiles")
    lines = []
    for code in sorted(os.listdir(folder)):
        if code in SKIP_PROFILES:
            continue
        profile = json.load(open(os.path.join(folder, code), encoding="utf-8"))
        totals = profile["n_words"]
        counts = {}
        for gram, count in profile["freq"].items():
            key = gram.lower()
            counts[key] = counts.get(key, 0) + count
        for n in (1, 2, 3):
            grams = [(g, c) for g, c in counts.items() if len(g) == n and g.strip() != "" and g != " " * n]
            grams.sort(key=lambda gc: (-gc[1], gc[0]))
            for gram, count in grams[: TOP[n]]:
                lines.append(f"{code}\t{gram.replace(' ', '_')}\t{math.log(count / totals[n - 1]):.3f}")
    # grouped by n-gram, so the reader finds each n-gram's languages together without sorting
    lines.sort(key=lambda line: (line.split("\t")[1], line.split("\t")[0]))
    with open(os.path.join(MODELS, "language-profiles.tsv"), "w", encoding="utf-8") as out:
        out.write("# Character n-gram log probabilities per language (code, n-gram with _ for a word boundary, ln p),\n")
        out.write("# grouped by n-gram.\n")
        out.write(f"# The {TOP[1]} letters, {TOP[2]} bigrams and {TOP[3]} trigrams most frequent in each profile of\n")
        out.write("# langdetect 1.0.9 (PyPI; Apache-2.0; profiles built by its authors from Wikipedia abstracts), lowercased.\n")
        out.write("# Regenerate: python3 Evaluation/scripts/make_language_models.py\n")
        out.write("\n".join(lines) + "\n")


def decode_locale_string(s):
    return re.sub(r"<U([0-9A-Fa-f]{4,6})>", lambda m: chr(int(m.group(1), 16)), s)


def locale_months(locale, depth=0):
    path = f"/usr/share/i18n/locales/{locale}"
    if not os.path.exists(path) or depth > 4:
        return None
    text = open(path, encoding="utf-8", errors="replace").read()
    m = re.search(r"^LC_TIME\s*$(.*?)^END LC_TIME", text, re.S | re.M)
    if not m:
        return None
    body = re.sub(r"/\n", "", m.group(1))  # continuation lines
    months = []
    for key in ("mon", "alt_mon", "abmon", "ab_alt_mon"):
        k = re.search(rf"^\s*{key}\s+(.*)$", body, re.M)
        if k:
            months += [decode_locale_string(v) for v in re.findall(r'"([^"]*)"', k.group(1))]
    if not months:
        c = re.search(r'^\s*copy\s+"([^"]+)"', body, re.M)
        return locale_months(c.group(1), depth + 1) if c else None
    return months


def months():
    rows = []
    for code, name, locale in LANGUAGES:
        names = locale_months(locale)
        if not names:
            continue
        seen, unique = set(), []
        for n in names:
            n = n.strip().rstrip(".")
            if len(n) >= 3 and n.lower() not in seen:
                seen.add(n.lower())
                unique.append(n)
        rows.append(f"{code}\t" + "\t".join(unique))
    with open(os.path.join(MODELS, "months.tsv"), "w", encoding="utf-8") as out:
        out.write("# Month names per language (full, alternative and abbreviated forms), for the sentence splitter's\n")
        out.write("# ordinal rule (\"am 3. Oktober\"). From glibc's locale data (/usr/share/i18n/locales, Debian package\n")
        out.write("# `locales`; the FSF claims no copyright in locale data). Regenerate: python3 Evaluation/scripts/make_language_models.py\n")
        out.write("\n".join(rows) + "\n")


if __name__ == "__main__":
    stopword_lists()
    profiles()
    months()
