// Sends the files named on standard input (NUL-separated relative paths, as `find -print0` gives
// them) to an ingest job: files up to 1 MB in multipart forms of up to 50 (one request, recorded and
// queued together), larger ones alone as a streamed PUT. Prints one line per file.
//   API=… TOKEN=… JOB=… node send-files.mjs < paths
// Needs Node 20 or later (fetch, FormData, fs.openAsBlob: a file is read from disk as it is sent).
import { createReadStream, openAsBlob, statSync } from 'node:fs';

const { API, TOKEN, JOB } = process.env;
const url = `${API}/ingest/jobs/${JOB}/files`;
const headers = { authorization: `Bearer ${TOKEN}` };
const SMALL = 1024 * 1024;
const PER_FORM = 50;

let input = '';
for await (const chunk of process.stdin) input += chunk;
const paths = input
  .split('\0')
  .filter(Boolean)
  .map((p) => p.replace(/^\.\//, ''));

const show = (path, answer) =>
  console.log(
    `${path}: ${answer.item ? (answer.item.duplicate ? 'duplicate' : answer.item.status) : `${answer.error.code} ${answer.error.message}`}`,
  );

const small = paths.filter((p) => statSync(p).size <= SMALL);
for (const path of paths.filter((p) => !small.includes(p))) {
  const response = await fetch(`${url}?path=${encodeURIComponent(path)}`, {
    method: 'PUT',
    headers,
    body: createReadStream(path),
    duplex: 'half',
  });
  show(path, await response.json());
}
for (let i = 0; i < small.length; i += PER_FORM) {
  const form = new FormData();
  for (const path of small.slice(i, i + PER_FORM))
    form.append('file', await openAsBlob(path), path);
  const response = await fetch(url, { method: 'POST', headers, body: form });
  const answer = await response.json();
  if (!answer.files) show(`files ${i + 1}-${i + PER_FORM}`, answer);
  for (const file of answer.files ?? []) show(file.path, file);
}
