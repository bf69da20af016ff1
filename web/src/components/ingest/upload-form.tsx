'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState, useTransition, type FormEvent } from 'react';
import {
  applyOutcome,
  isSendable,
  newEntry,
  summarize,
  type UploadEntry,
} from '../../lib/ingest/batch.ts';
import { formatBytes, formatCount, formatPercent } from '../../lib/ingest/format.ts';
import type { CollectionRef, SkillInfo } from '../../lib/ingest/operations.ts';
import { selectFiles, type PickedFile } from '../../lib/ingest/paths.ts';
import { runPool } from '../../lib/ingest/pool.ts';
import { sendFile } from '../../lib/ingest/send-file.ts';
import { sendForm } from '../../lib/ingest/send-form.ts';
import { spreadProgress, uploadGroups } from '../../lib/ingest/groups.ts';
import { sameCounts, type IngestCounts } from '../../lib/ingest/status.ts';
import { DropZone } from './drop-zone.tsx';
import { JobLiveStatus } from './job-live-status.tsx';
import { UploadList } from './upload-list.tsx';

/**
 * Requests in flight at once (a large file, or a form of small ones: groups.ts): enough to hide
 * per-request latency, few enough not to starve the rest.
 */
const PARALLEL_UPLOADS = 3;

const STOP_CODES = new Set([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'FORBIDDEN_ORIGIN',
  'JOB_NOT_FOUND',
  'WRONG_JOB',
]);

interface UploadFormProps {
  collections: CollectionRef[];
  skills: SkillInfo[];
}

type Phase = 'idle' | 'creating' | 'uploading';

interface Problem {
  code: string;
  message: string;
}

/**
 * The upload page's form: pick a collection, a label and skills, add files and folders, send.
 * The first send opens an ingest job; later sends (more files, retries) go to the same job until
 * "New upload". The file list lives in a ref and is re-rendered on a short throttle, so progress
 * events of thousands of files do not re-render the page thousands of times per second.
 */
export function UploadForm({ collections, skills }: UploadFormProps) {
  const [collectionId, setCollectionId] = useState(collections[0]?.id ?? '');
  const [label, setLabel] = useState('');
  const [chosenSkills, setChosenSkills] = useState<ReadonlySet<string>>(
    () => new Set(skills.filter((s) => s.default).map((s) => s.name)),
  );
  const [job, setJob] = useState<{ id: string } | null>(null);
  const [phase, setPhase] = useState<Phase>('idle');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const entries = useRef<UploadEntry<File>[]>([]);
  const nextKey = useRef(1);
  const abort = useRef<AbortController | null>(null);
  const [, setVersion] = useState(0);
  const renderTimer = useRef<number | null>(null);
  const [jobCounts, setJobCounts] = useState<IngestCounts | null>(null);
  const router = useRouter();
  const [, startRefresh] = useTransition();

  /**
   * A new status of the open job: the rows follow it, and the server page re-renders so the
   * Pipeline overview above shows the same progress (it was only read when the page loaded).
   */
  function onJobCounts(counts: IngestCounts) {
    if (jobCounts !== null && sameCounts(jobCounts, counts)) return;
    setJobCounts(counts);
    startRefresh(() => router.refresh());
  }

  const rerender = () => setVersion((v) => v + 1);
  /** At most one re-render per 150 ms for progress ticks. */
  const rerenderSoon = () => {
    if (renderTimer.current !== null) return;
    renderTimer.current = window.setTimeout(() => {
      renderTimer.current = null;
      rerender();
    }, 150);
  };

  useEffect(() => {
    if (phase !== 'uploading') return;
    // Leaving the page would cut every upload in flight.
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [phase]);

  useEffect(
    () => () => {
      abort.current?.abort();
      if (renderTimer.current !== null) window.clearTimeout(renderTimer.current);
    },
    [],
  );

  function addFiles(picked: PickedFile<File>[], problems: string[]) {
    const existing = new Set(entries.current.map((e) => e.path));
    const { added, skippedJunk, skippedDuplicates } = selectFiles(existing, picked);
    for (const { file, path } of added) {
      entries.current.push(newEntry(nextKey.current, file, path, file.size));
      nextKey.current += 1;
    }
    const parts = [
      added.length > 0 ? `Added ${formatCount(added.length, 'file')}.` : 'No new files added.',
      skippedJunk > 0 ? `Left out ${formatCount(skippedJunk, 'system file')}.` : '',
      skippedDuplicates > 0 ? `${formatCount(skippedDuplicates, 'file')} already in the list.` : '',
      problems.length > 0
        ? `${formatCount(problems.length, 'item')} could not be read: ${problems.slice(0, 3).join('; ')}${problems.length > 3 ? '…' : ''}`
        : '',
    ];
    setNotice(parts.filter(Boolean).join(' '));
    rerender();
  }

  function removeFile(key: number) {
    entries.current = entries.current.filter((e) => e.key !== key);
    rerender();
  }

  function clearAll() {
    entries.current = [];
    setNotice(null);
    rerender();
  }

  function newUpload() {
    entries.current = [];
    setJob(null);
    setJobCounts(null);
    setProblem(null);
    setNotice(null);
    setAnnouncement('');
    setLabel('');
    rerender();
  }

  async function createJob(): Promise<string | null> {
    setPhase('creating');
    try {
      const response = await fetch('/api/ingest/jobs', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          collectionId,
          label: label.trim() || undefined,
          skills: [...chosenSkills],
        }),
      });
      const body = (await response.json().catch(() => null)) as {
        job?: { id?: string };
        error?: Problem;
      } | null;
      if (response.ok && typeof body?.job?.id === 'string') {
        setJob({ id: body.job.id });
        return body.job.id;
      }
      setProblem(
        body?.error ??
          (new URL(response.url, window.location.href).pathname === '/login'
            ? { code: 'UNAUTHENTICATED', message: 'Your session has expired. Sign in again.' }
            : { code: `HTTP_${response.status}`, message: 'The ingest job could not be created.' }),
      );
    } catch (error) {
      setProblem({
        code: 'NETWORK',
        message: error instanceof Error ? error.message : String(error),
      });
    }
    setPhase('idle');
    return null;
  }

  /** One large file as its raw bytes, several small ones as one form; progress per file either way. */
  function sendGroup(jobId: string, group: UploadEntry<File>[], signal: AbortSignal) {
    const [only] = group;
    if (group.length === 1 && only) {
      const onProgress = (loaded: number) => {
        only.loaded = loaded;
        rerenderSoon();
      };
      return sendFile(jobId, only.path, only.file, onProgress, signal).then((o) => [o]);
    }
    const sizes = group.map((entry) => entry.size);
    const onProgress = (loaded: number, total: number) => {
      spreadProgress(sizes, loaded, total).forEach((bytes, i) => (group[i]!.loaded = bytes));
      rerenderSoon();
    };
    return sendForm(jobId, group, onProgress, signal);
  }

  async function send(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (phase !== 'idle') return;
    const batch = entries.current.filter(isSendable);
    if (batch.length === 0) return;
    setProblem(null);
    const jobId = job?.id ?? (await createJob());
    if (!jobId) return;

    const controller = new AbortController();
    abort.current = controller;
    for (const entry of batch) {
      entry.state = 'pending';
      entry.loaded = 0;
      entry.error = null;
    }
    setPhase('uploading');
    setAnnouncement(`Sending ${formatCount(batch.length, 'file')}.`);
    await runPool(
      uploadGroups(batch),
      PARALLEL_UPLOADS,
      async (group) => {
        for (const entry of group) entry.state = 'uploading';
        rerenderSoon();
        const outcomes = await sendGroup(jobId, group, controller.signal);
        group.forEach((entry, i) => applyOutcome(entry, outcomes[i]!));
        // Errors about the session or the job, not the file: every further file would fail too.
        const stop = outcomes.find((o) => o.kind === 'error' && STOP_CODES.has(o.code));
        if (stop?.kind === 'error') {
          setProblem({ code: stop.code, message: stop.message });
          controller.abort();
        }
        rerenderSoon();
      },
      controller.signal,
    );
    for (const entry of batch) if (entry.state === 'pending') entry.state = 'cancelled';
    abort.current = null;
    setPhase('idle');
    const done = summarize(batch);
    setAnnouncement(
      `${controller.signal.aborted ? 'Upload stopped' : 'Upload finished'}: ${done.queued} queued, ${done.duplicate} duplicates, ${done.error} errors${done.cancelled ? `, ${done.cancelled} cancelled` : ''}.`,
    );
    rerender();
  }

  function cancel() {
    abort.current?.abort();
  }

  const list = entries.current;
  const summary = summarize(list);
  const locked = job !== null || phase !== 'idle';
  const selectedCollection = collections.find((c) => c.id === collectionId);
  const sendLabel =
    summary.sendable === 0
      ? 'Upload'
      : job === null
        ? `Upload ${formatCount(summary.sendable, 'file')}`
        : summary.sendable === summary.pending
          ? `Send ${formatCount(summary.sendable, 'more file')}`
          : `Send ${formatCount(summary.sendable, 'remaining file')}`;
  // Once a job is open and every file has an answer, there is nothing to press until more are added.
  const showSubmit = phase !== 'uploading' && (job === null || summary.sendable > 0);

  return (
    <form
      className="panel ingest-form"
      onSubmit={(event) => void send(event)}
      aria-labelledby="upload-title"
    >
      <div className="ingest-form-grid">
        <div className="field">
          <label htmlFor="ingest-collection">Collection</label>
          <select
            id="ingest-collection"
            value={collectionId}
            onChange={(event) => setCollectionId(event.currentTarget.value)}
            disabled={locked}
            required
          >
            {collections.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="ingest-label">
            Label <span className="muted">(optional)</span>
          </label>
          <input
            id="ingest-label"
            value={label}
            maxLength={200}
            placeholder="e.g. Case 42 scans"
            onChange={(event) => setLabel(event.currentTarget.value)}
            disabled={locked}
          />
        </div>
      </div>

      {skills.length > 0 ? (
        <fieldset className="ingest-skills" disabled={locked}>
          <legend>Skills</legend>
          {skills.map((skill) => {
            const id = `skill-${skill.name}`;
            return (
              <div key={skill.name} className="ingest-skill">
                <input
                  type="checkbox"
                  id={id}
                  checked={chosenSkills.has(skill.name)}
                  aria-describedby={`${id}-desc`}
                  onChange={(event) => {
                    const next = new Set(chosenSkills);
                    if (event.currentTarget.checked) next.add(skill.name);
                    else next.delete(skill.name);
                    setChosenSkills(next);
                  }}
                />
                <label htmlFor={id}>{skill.name}</label>
                <span id={`${id}-desc`} className="muted ingest-skill-desc">
                  {skill.description}
                  {skill.stage === 'knowledge' ? (
                    <span className="ingest-note">
                      Knowledge stage: runs after the file is searchable.
                    </span>
                  ) : null}
                </span>
              </div>
            );
          })}
        </fieldset>
      ) : null}

      <DropZone disabled={phase !== 'idle'} onFiles={addFiles} />
      {notice ? (
        <p className="muted ingest-notice" role="status">
          {notice}
        </p>
      ) : null}

      {problem ? (
        <div className="alert alert-error" role="alert" data-testid="upload-problem">
          <p>
            <code>{problem.code}</code> {problem.message}
          </p>
        </div>
      ) : null}

      {job ? (
        <JobLiveStatus jobId={job.id} uploading={phase === 'uploading'} onCounts={onJobCounts} />
      ) : null}
      {list.length > 0 ? (
        <>
          <div className="ingest-overall" data-testid="upload-overall">
            <progress
              className="ingest-bar"
              max={Math.max(summary.bytesTotal, 1)}
              value={
                summary.bytesTotal === 0
                  ? summary.answered === summary.files
                    ? 1
                    : 0
                  : summary.bytesSent
              }
              aria-label="Overall upload progress"
            />
            <span>
              {summary.answered} of {formatCount(summary.files, 'file')} sent ·{' '}
              {formatBytes(summary.bytesSent)} of {formatBytes(summary.bytesTotal)}
              {summary.bytesTotal > 0
                ? ` (${formatPercent(summary.bytesSent / summary.bytesTotal)})`
                : ''}
              {summary.duplicate > 0 ? ` · ${summary.duplicate} duplicates` : ''}
              {summary.error > 0 ? ` · ${summary.error} errors` : ''}
              {summary.cancelled > 0 ? ` · ${summary.cancelled} cancelled` : ''}
            </span>
          </div>
          <UploadList
            entries={list}
            jobCounts={jobCounts}
            onRemove={phase === 'idle' ? removeFile : null}
          />
        </>
      ) : null}

      <div className="ingest-form-actions">
        {phase === 'uploading' ? (
          <>
            <button type="button" className="button button-quiet" onClick={cancel}>
              Cancel upload
            </button>
            <span className="muted">Keep this page open until every file is sent.</span>
          </>
        ) : null}
        {showSubmit ? (
          <button
            type="submit"
            className="button button-primary"
            disabled={phase !== 'idle' || summary.sendable === 0 || !collectionId}
            data-testid="upload-submit"
          >
            {phase === 'creating' ? 'Opening job…' : sendLabel}
          </button>
        ) : null}
        {phase === 'idle' && job === null && list.length > 0 ? (
          <button type="button" className="button button-quiet" onClick={clearAll}>
            Clear list
          </button>
        ) : null}
        {phase === 'idle' && job !== null ? (
          <button type="button" className="button button-quiet" onClick={newUpload}>
            New upload
          </button>
        ) : null}
        {selectedCollection && job === null ? (
          <span className="muted">Into {selectedCollection.name}</span>
        ) : null}
      </div>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </form>
  );
}
