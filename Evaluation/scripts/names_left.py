#!/usr/bin/env python3
"""names_left.py PRECIS_MEASURE MODE ARGS...: completions made and completions the budget left.
PRECIS_MEASURE: this branch with names_left.patch applied (`git apply Evaluation/scripts/names_left.patch`, then
`swift build -c release`; never committed to Sources), two measurement-only switches:
PRECIS_NAMES_NO_BUDGET (NameCompletion ignores the budget) and PRECIS_PLAN_DEFAULT (planNames
defaults to true, for `brief`, which takes no digest settings).
MODE digest CONFIG CLUSTER...  |  brief PLAN(0/1) DIR
left for budget = names completed without the budget check - names completed with it (same selection)."""
import json, os, subprocess, sys

def items_of(out, mode):
    d = json.loads(out)
    if mode == "digest":
        return d["items"]
    its = []
    def walk(x):
        if isinstance(x, dict):
            if "items" in x and isinstance(x["items"], list) and x["items"] and isinstance(x["items"][0], dict) and "text" in x["items"][0]:
                its.extend(x["items"])
            for v in x.values(): walk(v)
        elif isinstance(x, list):
            for v in x: walk(v)
    walk(d)
    return its

def run(cmd, env):
    e = dict(os.environ, OPENBLAS_NUM_THREADS="1"); e.update(env)
    return subprocess.run(cmd, capture_output=True, text=True, env=e).stdout

precis, mode = sys.argv[1], sys.argv[2]
jobs = []
if mode == "digest":
    config = sys.argv[3]
    for c in sys.argv[4:]:
        jobs.append((os.path.basename(c), [precis, "digest", c, "--format", "json", "--config", config], {}))
else:
    plan = sys.argv[3] == "1"
    jobs.append(("brief", [precis, "brief", sys.argv[4], "--format", "json"], {"PRECIS_PLAN_DEFAULT": "1"} if plan else {}))
made = free = words = nitems = 0
for name, cmd, env in jobs:
    a = items_of(run(cmd, env), mode)
    b = items_of(run(cmd, dict(env, PRECIS_NAMES_NO_BUDGET="1")), mode)
    assert [x.get("sources") for x in a] == [x.get("sources") for x in b], name
    nitems += len(a)
    for x, y in zip(a, b):
        made += len(x.get("names") or [])
        free += len(y.get("names") or [])
        for n in (x.get("names") or []):
            print(f"COMPLETED {name}: {n['name']} ({n['document']} #{n['sentenceIndex']}): {x['text']}")
        done = {n["name"] for n in (x.get("names") or [])}
        for n in (y.get("names") or []):
            if n["name"] not in done:
                print(f"LEFT {name}: {n['name']}: {y['text'][:120]}")
    words += sum(len(x["text"].split()) for x in a)
print(f"{len(jobs)} runs, {nitems} items, {words} words; names completed {made}, left for budget {free - made}")
