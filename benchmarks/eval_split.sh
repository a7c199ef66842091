#!/bin/bash
# make eval-split: build dev old (ids<100) and new (ids>=100) apart and score each, then all
cd "$(dirname "$0")/.."; mkdir -p out
G=../shared/dev/gold
python3 - <<'PY'
import json
old=open('out/dev_old.jsonl','w'); new=open('out/dev_new.jsonl','w')
for line in open('../shared/dev/corpus.jsonl'):
    r=json.loads(line); n=int(r['id'].split('_')[0])
    (new if n>=100 else old).write(line)
PY
.venv/bin/kg build out/dev_old.jsonl -o out/dev_old.ttl -q || exit 1
.venv/bin/kg build out/dev_new.jsonl -o out/dev_new.ttl -q || exit 1
.venv/bin/kg build ../shared/dev/corpus.jsonl -o out/dev.ttl -q || exit 1
OLD=$(ls $G/*.json | grep -Ev '/1[0-9][0-9]_'); NEW=$(ls $G/*.json | grep -E '/1[0-9][0-9]_')
.venv/bin/kg eval $G/*.json --graph out/dev.ttl > out/eval_all.txt
.venv/bin/kg eval $OLD --graph out/dev_old.ttl > out/eval_old.txt
.venv/bin/kg eval $NEW --graph out/dev_new.ttl > out/eval_new.txt
for s in all old new; do echo "$s: $(grep SUMMARY out/eval_$s.txt)"; done
