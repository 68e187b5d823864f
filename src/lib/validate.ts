import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { z } from 'zod';

/** One thing wrong in a content file. */
export interface Problem {
  file: string;
  field: string;
  message: string;
}

const WHOLE_FILE = '(fichier)';

/** Read a YAML file; when it cannot be read or parsed, record why (naming the file) and return undefined. */
export function readYaml(file: string, problems: Problem[]): unknown {
  try {
    return parse(readFileSync(file, 'utf8'));
  } catch (error) {
    problems.push({ file, field: WHOLE_FILE, message: `lecture impossible (${(error as Error).message.split('\n')[0]})` });
    return undefined;
  }
}

/** Validate data against a schema; each faulty field is recorded with its file, and the result is undefined. */
export function validate<S extends z.ZodType>(schema: S, data: unknown, file: string, problems: Problem[]): z.infer<S> | undefined {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    problems.push({ file, field: issue.path.length > 0 ? issue.path.join('.') : '(racine)', message: issue.message });
  }
  return undefined;
}

/** One error for the problems of one file: why it cannot be read, or each faulty field. */
function fileError(file: string, problems: Problem[]): Error {
  const unreadable = problems.find((p) => p.field === WHOLE_FILE);
  if (unreadable) return new Error(`${file} : ${unreadable.message}`);
  return new Error(`${file} : contenu invalide\n${problems.map((p) => `  - champ « ${p.field} » : ${p.message}`).join('\n')}`);
}

/** One error listing the problems of several files, each with its file and field. */
export function problemsError(heading: string, problems: Problem[]): Error {
  return new Error(`${heading} :\n${problems.map((p) => `  - ${p.file} : champ « ${p.field} » : ${p.message}`).join('\n')}`);
}

/** Validate data against a schema, or throw one error naming the file and every faulty field. */
export function parseOrExplain<S extends z.ZodType>(schema: S, data: unknown, file: string): z.infer<S> {
  const problems: Problem[] = [];
  const value = validate(schema, data, file, problems);
  if (problems.length > 0) throw fileError(file, problems);
  return value as z.infer<S>;
}

/** Read a YAML file and validate it, or throw one error naming the file and what is wrong. */
export function loadYaml<S extends z.ZodType>(schema: S, file: string): z.infer<S> {
  const problems: Problem[] = [];
  const raw = readYaml(file, problems);
  if (problems.length > 0) throw fileError(file, problems);
  return parseOrExplain(schema, raw, file);
}
