'use client';

import { useRef, useState } from 'react';
import { parseExplorerJson, type ImportedView } from '../../lib/explorer/export-json.ts';
import styles from './explorer.module.css';

/** Saves a blob under a file name, through a temporary link. */
export function download(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function ExportMenu({
  disabled,
  onPng,
  onJson,
  onGraphml,
  onImport,
}: {
  disabled: boolean;
  onPng: () => Promise<void>;
  onJson: () => void;
  onGraphml: () => void;
  onImport: (imported: ImportedView) => void;
}) {
  const fileRef = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <div className={styles.toolbar} role="group" aria-label="Export and import">
      {disabled ? null : (
        <>
          <button
            type="button"
            className="button"
            onClick={() => void onPng().catch((e: unknown) => setProblem(String(e)))}
            data-testid="explorer-export-png"
          >
            PNG
          </button>
          <button
            type="button"
            className="button"
            onClick={onJson}
            data-testid="explorer-export-json"
          >
            JSON
          </button>
          <button
            type="button"
            className="button"
            onClick={onGraphml}
            title="GraphML, for Gephi and other graph tools"
            data-testid="explorer-export-graphml"
          >
            GraphML
          </button>
        </>
      )}
      <button
        type="button"
        className="button button-quiet"
        onClick={() => fileRef.current?.click()}
      >
        Open JSON…
      </button>
      <input
        ref={fileRef}
        type="file"
        accept="application/json,.json"
        className={styles.fileInput}
        tabIndex={-1}
        aria-label="Open an exported explorer view (JSON)"
        data-testid="explorer-import"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (!file) return;
          file.text().then(
            (text) => {
              const parsed = parseExplorerJson(text);
              if (parsed.ok) {
                setProblem(null);
                onImport(parsed.imported);
              } else setProblem(`${file.name} cannot be opened: ${parsed.problems.join(' ')}`);
            },
            () => setProblem(`${file.name} could not be read.`),
          );
        }}
      />
      {problem ? (
        <p className="alert alert-error" role="alert" data-testid="explorer-import-error">
          {problem}{' '}
          <button type="button" className="button button-quiet" onClick={() => setProblem(null)}>
            Dismiss
          </button>
        </p>
      ) : null}
    </div>
  );
}
