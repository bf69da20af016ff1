#!/usr/bin/env bash
# Resident memory (RSS) of every process the local stack started, per service and in total.
#   bench/stack-memory.sh            the running dev stack, idle
#   bench/stack-memory.sh --warm-nlp first makes CoreNLP load NER, the dependency parser and OpenIE
# QUARRY_PROFILE selects the stack (dev by default). Target (issue 2): the idle stack under 6 GiB.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
data=".quarry/${QUARRY_PROFILE:-dev}"
[ -d "$data/run" ] || { echo "no running stack in $data (start it with ./quarry up)" >&2; exit 1; }

if [ "${1:-}" = --warm-nlp ]; then
  set -a; . "$data/stack.env"; set +a
  props='%7B%22annotators%22%3A%22tokenize%2Cssplit%2Cpos%2Clemma%2Cner%2Cdepparse%2Cnatlog%2Copenie%22%7D'
  curl -sf -o /dev/null -u "$CORENLP_USER:$CORENLP_PASSWORD" \
    --data 'Angela Merkel met Emmanuel Macron in Paris. Germany and France signed a treaty.' \
    "$CORENLP_URL/?properties=$props"
fi

total=0
printf '%-14s %8s\n' service 'RSS MiB'
for pidfile in "$data"/run/*.pid; do
  pid=$(cut -d' ' -f1 "$pidfile")
  kill -0 "$pid" 2>/dev/null || continue
  # The whole process group: runuser, launcher scripts and the JVMs they start.
  kib=$( { echo "$pid"; pgrep -g "$pid" || true; } | sort -u | xargs -r ps -o rss= -p | awk '{s+=$1} END {print s+0}')
  printf '%-14s %8d\n' "$(basename "$pidfile" .pid)" $((kib / 1024))
  total=$((total + kib))
done
printf '%-14s %8d\n' total $((total / 1024))
