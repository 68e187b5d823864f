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
