import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { z } from 'zod';

/** Validate data against a schema, or throw one error naming the file and every faulty field. */
export function parseOrExplain<S extends z.ZodType>(schema: S, data: unknown, file: string): z.infer<S> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => {
    const field = issue.path.length > 0 ? issue.path.join('.') : '(racine)';
    return `  - champ « ${field} » : ${issue.message}`;
  });
  throw new Error(`${file} : contenu invalide\n${lines.join('\n')}`);
}

/** Read a YAML file and validate it, or throw one error naming the file and what is wrong. */
export function loadYaml<S extends z.ZodType>(schema: S, file: string): z.infer<S> {
  let raw: unknown;
  try {
    raw = parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file} : lecture impossible (${(error as Error).message})`);
  }
  return parseOrExplain(schema, raw, file);
}
