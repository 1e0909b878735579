// The checks of a small step form before it is sent (reject a document, record progress...): each blank
// required field named with its own message — a field that may stay blank when a file is attached (where
// a document rests, once the document itself is attached) only then — and files still on their way. Pure.
import { uploadsProblem, type UploadsValue } from './attachments.js';

export interface StepFieldRule {
  readonly name: string;
  /** Shown when left blank; the step is not sent. */
  readonly requiredMessage: string;
  /** The field may stay blank when at least one file is attached. */
  readonly optionalWithFile?: boolean;
}

/**
 * The problems of the values, by field name; the files' problem, if any, under `filesField`. `uploads` is
 * null for a step that takes no files.
 */
export function stepProblems(
  fields: readonly StepFieldRule[],
  values: Readonly<Record<string, string>>,
  uploads: UploadsValue | null,
  filesField = 'attachmentIds',
): Record<string, string> {
  const withFile = uploads !== null && uploads.ids.length > 0;
  const problems: Record<string, string> = {};
  for (const field of fields) {
    const blank = (values[field.name] ?? '').trim() === '';
    if (blank && !(field.optionalWithFile && withFile)) problems[field.name] = field.requiredMessage;
  }
  const filesProblem = uploads === null ? undefined : uploadsProblem(uploads);
  if (filesProblem !== undefined) problems[filesField] = filesProblem;
  return problems;
}
