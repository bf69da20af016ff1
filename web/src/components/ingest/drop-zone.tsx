'use client';

import { useEffect, useRef, useState, type DragEvent } from 'react';
import { walkEntries, type FsEntry } from '../../lib/ingest/entries.ts';
import { relativePathOf, type PickedFile } from '../../lib/ingest/paths.ts';

interface DropZoneProps {
  disabled: boolean;
  onFiles: (files: PickedFile<File>[], problems: string[]) => void;
}

/**
 * Where files come in: drag and drop of files and whole folders (directory traversal keeps
 * relative paths), or the "Choose files" / "Choose folder" buttons for keyboard and mouse users.
 */
export function DropZone({ disabled, onFiles }: DropZoneProps) {
  const filesInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const [reading, setReading] = useState<number | null>(null);
  const depth = useRef(0);

  // React has no prop for these non-standard attributes; every current browser supports them.
  useEffect(() => {
    folderInput.current?.setAttribute('webkitdirectory', '');
    folderInput.current?.setAttribute('directory', '');
  }, []);

  function fromInput(input: HTMLInputElement | null) {
    if (!input?.files) return;
    const picked = Array.from(input.files, (file) => ({
      file,
      path: relativePathOf(file.name, file.webkitRelativePath),
    }));
    // Reset so choosing the same files again fires `change` again.
    input.value = '';
    onFiles(picked, []);
  }

  function onDrop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    depth.current = 0;
    setOver(false);
    if (disabled) return;
    const transfer = event.dataTransfer;
    // Entries must be taken now: the item list is emptied once this handler returns.
    const entries: FsEntry<File>[] = [];
    for (const item of Array.from(transfer.items)) {
      if (item.kind !== 'file') continue;
      const entry = item.webkitGetAsEntry();
      // FileSystemEntry matches the structural FsEntry the walk is written (and tested) against.
      if (entry) entries.push(entry as unknown as FsEntry<File>);
    }
    if (entries.length === 0) {
      const picked = Array.from(transfer.files, (file) => ({ file, path: file.name }));
      if (picked.length > 0) onFiles(picked, []);
      return;
    }
    setReading(0);
    void walkEntries(entries, setReading)
      .then(({ files, errors }) => onFiles(files, errors))
      .catch((error: unknown) => onFiles([], [String(error)]))
      .finally(() => setReading(null));
  }

  return (
    <div
      className={`ingest-drop${over ? ' ingest-drop-over' : ''}${disabled ? ' ingest-drop-disabled' : ''}`}
      data-testid="drop-zone"
      onDragEnter={(event) => {
        event.preventDefault();
        depth.current += 1;
        if (!disabled) setOver(true);
      }}
      onDragOver={(event) => {
        event.preventDefault();
        event.dataTransfer.dropEffect = disabled ? 'none' : 'copy';
      }}
      onDragLeave={() => {
        depth.current = Math.max(0, depth.current - 1);
        if (depth.current === 0) setOver(false);
      }}
      onDrop={onDrop}
    >
      <p className="ingest-drop-title">
        <span aria-hidden="true">⇪ </span>
        Drop files or folders here
      </p>
      <p className="muted ingest-drop-hint">
        Folders keep their structure. System files such as .DS_Store and Thumbs.db are left out.
      </p>
      <div className="ingest-drop-buttons">
        <button
          type="button"
          className="button button-quiet"
          onClick={() => filesInput.current?.click()}
          disabled={disabled}
        >
          Choose files
        </button>
        <button
          type="button"
          className="button button-quiet"
          onClick={() => folderInput.current?.click()}
          disabled={disabled}
        >
          Choose folder
        </button>
      </div>
      {reading !== null ? (
        <p role="status" className="muted">
          Reading folders… {reading} files found
        </p>
      ) : null}
      <input
        ref={filesInput}
        type="file"
        multiple
        className="visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
        data-testid="files-input"
        onChange={(event) => fromInput(event.currentTarget)}
      />
      <input
        ref={folderInput}
        type="file"
        multiple
        className="visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
        data-testid="folder-input"
        onChange={(event) => fromInput(event.currentTarget)}
      />
    </div>
  );
}
