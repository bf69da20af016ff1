'use client';

import { useActionState } from 'react';
import { rerunSkillsAction } from '../../lib/document/rerun-action.ts';
import {
  RERUN_FIELDS,
  RERUN_IDLE,
  type RerunState,
  type SkillOption,
} from '../../lib/document/rerun-skills.ts';

interface RerunSkillsFormProps {
  documentId: string;
  skills: SkillOption[];
  /** Names checked at first: what ran on the document, else the defaults. */
  initial: string[];
}

/**
 * Checkboxes and a button posting to the re-run server action. A plain form: without JavaScript
 * the post still runs the action, which redirects to the job or re-renders the page with errors.
 */
export function RerunSkillsForm({ documentId, skills, initial }: RerunSkillsFormProps) {
  const [state, formAction, pending] = useActionState<RerunState, FormData>(
    rerunSkillsAction,
    RERUN_IDLE,
  );
  // After a refused post, keep what was posted checked (React resets the form to these defaults).
  const checked = new Set(state.status === 'error' ? state.selected : initial);

  return (
    <form action={formAction} className="rerun-form" data-testid="rerun-skills-form">
      <input type="hidden" name={RERUN_FIELDS.documentId} value={documentId} />
      <fieldset className="ingest-skills rerun-skills" disabled={pending}>
        <legend>Skills to run</legend>
        {skills.map((skill) => {
          const id = `rerun-skill-${skill.name}`;
          return (
            <div key={skill.name} className="ingest-skill">
              <input
                type="checkbox"
                id={id}
                name={RERUN_FIELDS.skill}
                value={skill.name}
                defaultChecked={checked.has(skill.name)}
                aria-describedby={`${id}-desc`}
              />
              <label htmlFor={id}>
                {skill.name}
                <span className="muted rerun-skill-version">@{skill.version}</span>
              </label>
              <span id={`${id}-desc`} className="muted ingest-skill-desc">
                {skill.description}
              </span>
            </div>
          );
        })}
      </fieldset>
      {state.status === 'error' ? (
        <div className="alert alert-error" role="alert" data-testid="rerun-error">
          <p>
            <strong>The skills were not re-run.</strong>
          </p>
          <ul className="error-list">
            {state.errors.map((error, index) => (
              <li key={index}>
                <code className="error-code">{error.code}</code> {error.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <p className="rerun-actions">
        <button type="submit" className="button button-primary" disabled={pending}>
          {pending ? 'Starting…' : 'Re-run skills'}
        </button>
        {pending ? (
          <span className="muted" role="status">
            Starting the job…
          </span>
        ) : null}
      </p>
    </form>
  );
}
