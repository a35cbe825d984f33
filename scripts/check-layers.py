#!/usr/bin/env python3
"""Checks that every floor of the library uses only the floors below it (docs/architecture.md).

The floors, lowest first: the PrecisSupport target, then the folders of Sources/Precis in the order
FLOORS gives, then the PrecisEvaluation target and the command-line tool. A type or top-level
function declared in a floor may be used by that floor and the ones above it; a use in a lower
floor is an upward arrow and fails the check. Comments and string literals are ignored; so are
names declared in more than one floor (the lower declaration is the one a lower floor sees).

    scripts/check-layers.py            # prints each upward use; exit 1 if there is any
"""
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FLOORS = [
    ("Support", "Sources/PrecisSupport"),
    ("Documents", "Sources/Precis/Documents"),
    ("Text", "Sources/Precis/Text"),
    ("Vectors", "Sources/Precis/Vectors"),
    ("Similarity", "Sources/Precis/Similarity"),
    ("Clustering", "Sources/Precis/Clustering"),
    ("Summarizers", "Sources/Precis/Summarizers"),
    ("Digest", "Sources/Precis/Digest"),
    ("Brief", "Sources/Precis/Brief"),
    ("Evaluation", "Sources/PrecisEvaluation"),
    ("CLI", "Sources/precis"),
]
DECLARATION = re.compile(
    r"^(?:@\w+(?:\([^)]*\))?\s+)*(?:(?:public|package|internal|private|fileprivate|final|indirect|nonisolated)\s+)*"
    r"(?:struct|class|enum|protocol|actor|typealias|func)\s+([A-Za-z_][A-Za-z0-9_]*)")
IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def swift_files(folder):
    for base, dirs, files in os.walk(os.path.join(ROOT, folder)):
        dirs.sort()
        for name in sorted(files):
            if name.endswith(".swift"):
                yield os.path.join(base, name)


def code_only(text):
    """The text without comments and string literals, keeping the code inside string
    interpolations (`"\\(Type.member)"`) and every line break, so line numbers hold."""
    out = []
    i, n = 0, len(text)
    stack = []  # open string literals: (delimiter, parentheses open in its current interpolation or -1)
    while i < n:
        c = text[i]
        if stack and stack[-1][1] < 0:  # inside a string literal's text
            delimiter = stack[-1][0]
            if c == "\\" and text.startswith("\\(", i):
                stack[-1] = (delimiter, 0)
                i += 2
                continue
            if c == "\\":
                i += 2
                continue
            if text.startswith(delimiter, i):
                stack.pop()
                out.append('""')
                i += len(delimiter)
                continue
            if c == "\n":
                out.append(c)
            i += 1
            continue
        # code (top level, or inside an interpolation)
        if text.startswith("//", i):
            end = text.find("\n", i)
            i = n if end < 0 else end
            continue
        if text.startswith("/*", i):
            end = text.find("*/", i)
            end = n if end < 0 else end + 2
            out.append("\n" * text.count("\n", i, end))
            i = end
            continue
        if c == '"':
            delimiter = '"""' if text.startswith('"""', i) else '"'
            stack.append((delimiter, -1))
            i += len(delimiter)
            continue
        if stack:
            delimiter, depth = stack[-1]
            if c == "(":
                stack[-1] = (delimiter, depth + 1)
            elif c == ")":
                if depth == 0:
                    stack[-1] = (delimiter, -1)
                    out.append(" ")
                    i += 1
                    continue
                stack[-1] = (delimiter, depth - 1)
        out.append(c)
        i += 1
    return "".join(out)


def main():
    declared = {}  # name -> lowest floor index declaring it at top level
    for index, (_, folder) in enumerate(FLOORS):
        for path in swift_files(folder):
            for line in code_only(open(path, encoding="utf-8").read()).split("\n"):
                match = DECLARATION.match(line)  # top level only: no indentation
                if match and match.group(1) not in declared:
                    declared[match.group(1)] = index
    upward = 0
    for index, (floor, folder) in enumerate(FLOORS):
        for path in swift_files(folder):
            code = code_only(open(path, encoding="utf-8").read())
            for number, line in enumerate(code.split("\n"), 1):
                for name in sorted(set(IDENTIFIER.findall(line))):
                    if declared.get(name, -1) > index:
                        upward += 1
                        above = FLOORS[declared[name]][0]
                        print(f"{os.path.relpath(path, ROOT)}:{number}: {floor} uses {name} from {above}, a floor above it")
    if upward:
        print(f"check-layers: {upward} upward use(s)", file=sys.stderr)
        return 1
    print(f"check-layers: {len(FLOORS)} floors, no upward use", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
