#!/usr/bin/env bash
# Full-text search with an API token: prints the total and the first hits as JSON lines.
#   QUARRY_TOKEN=qk_… examples/search-with-token.sh '"annual report" -draft' [how many]
# A READ token is enough (create one in the web app's profile page, or with createApiToken from a
# signed-in session; docs/api.md). QUARRY_API (default http://127.0.0.1:4000) is the gateway.
# Needs curl and node (for JSON).
set -euo pipefail
query=${1:?usage: QUARRY_TOKEN=qk_… $0 <query> [first]}
first=${2:-10}
api=${QUARRY_API:-http://127.0.0.1:4000}
: "${QUARRY_TOKEN:?set QUARRY_TOKEN to an API token}"

body=$(node -e 'process.stdout.write(JSON.stringify({
  query: "query($q: String, $n: Int) { search(query: $q, first: $n) { totalCount hits { document { id title collection { name } } snippets { text } } } }",
  variables: { q: process.argv[1], n: Number(process.argv[2]) } }))' "$query" "$first")
answer=$(curl -s "$api/graphql" -H 'content-type: application/json' \
  -H "authorization: Bearer $QUARRY_TOKEN" -d "$body")
echo "$answer" | node -e '
let s = ""; process.stdin.on("data", (d) => (s += d)).on("end", () => {
  const v = JSON.parse(s);
  if (v.errors) { console.error(v.errors.map((e) => `${e.extensions?.code}: ${e.message}`).join("\n")); process.exit(1); }
  console.log(`${v.data.search.totalCount} documents`);
  for (const hit of v.data.search.hits) {
    console.log(JSON.stringify({ id: hit.document.id, title: hit.document.title,
      collection: hit.document.collection?.name, snippet: hit.snippets[0]?.text }));
  }
});'
