#!/usr/bin/env bash
# Sends every file of a folder to Quarry through the API and waits until they are indexed.
#   QUARRY_TOKEN=qk_… examples/ingest-folder.sh <folder> [collection name]
# QUARRY_TOKEN is an API token with the WRITE scope (web app → profile, or createApiToken; see
# docs/api.md). Without one, QUARRY_EMAIL and QUARRY_PASSWORD sign in for a session, ended at exit.
# QUARRY_API (default http://127.0.0.1:4000) is the gateway. Needs curl and node (for JSON).
# Protocol (docs/api.md): token → createIngestJob → files (multipart forms of small files, a PUT per
# large one) → poll the job.
set -euo pipefail
folder=${1:?usage: $0 <folder> [collection name]}
collection_name=${2:-Sample}
api=${QUARRY_API:-http://127.0.0.1:4000}

json() { node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const v=JSON.parse(s);const r=(new Function("v","return "+process.argv[1]))(v);process.stdout.write(typeof r==="string"?r:JSON.stringify(r))})' "$1"; }
graphql() { # query, variables (JSON)
  curl -sf "$api/graphql" -H 'content-type: application/json' ${TOKEN:+-H "authorization: Bearer $TOKEN"} \
    -d "$(node -e 'process.stdout.write(JSON.stringify({query:process.argv[1],variables:JSON.parse(process.argv[2])}))' "$1" "$2")"
}

TOKEN=${QUARRY_TOKEN:-}
if [ -z "$TOKEN" ]; then
  login=$(graphql 'mutation($e:String!,$p:String!){ login(email:$e,password:$p){ ok token error } }' \
    "$(node -e 'process.stdout.write(JSON.stringify({e:process.env.QUARRY_EMAIL,p:process.env.QUARRY_PASSWORD}))')")
  TOKEN=$(echo "$login" | json 'v.data.login.token || ""')
  [ -n "$TOKEN" ] || { echo "login failed: $(echo "$login" | json 'v.data.login.error')" >&2; exit 1; }
  # A session opened here is ended here: it would otherwise stay valid for hours.
  trap 'graphql "mutation { logout }" "{}" >/dev/null || true' EXIT
fi

collection=$(graphql '{ collections { id name } }' '{}' | json "(v.data.collections.find(c => c.name === '$collection_name') || {}).id || ''")
[ -n "$collection" ] || { echo "no collection named $collection_name that you can read" >&2; exit 1; }
job=$(graphql 'mutation($c:ID!){ createIngestJob(input:{collectionId:$c, source:"api", label:"ingest-folder.sh"}){ id } }' \
  "{\"c\":\"$collection\"}" | json 'v.data.createIngestJob.id')
echo "job $job"

# Small files go many to a request (multipart), large ones one streamed PUT each: examples/send-files.mjs.
here=$(cd "$(dirname "$0")" && pwd)
cd "$folder"
find . -type f -print0 | API="$api" TOKEN="$TOKEN" JOB="$job" node "$here/send-files.mjs"

while :; do
  counts=$(graphql 'query($j:ID!){ ingestJob(id:$j){ counts { total done failed } etaSeconds } }' "{\"j\":\"$job\"}" | json 'v.data.ingestJob.counts')
  echo "progress: $counts"
  [ "$(echo "$counts" | json 'v.done + v.failed === v.total')" = true ] && break
  sleep 2
done
