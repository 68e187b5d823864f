import { formatSourceDate } from './format.ts';
import type { Source } from './schemas.ts';

/** End a sentence with a full stop unless it already ends with punctuation. */
export function endWithStop(text: string): string {
  const trimmed = text.trim();
  return /[.!?…»)]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** A source without an address, said once: its reference, with its date when the reference lacks the year. */
export function referenceText(source: Source): string {
  const reference = source.reference ?? `${source.titre}, ${source.auteur}`;
  const year = source.date.slice(0, 4);
  return endWithStop(reference.includes(year) ? reference : `${reference.replace(/[.\s]+$/, '')}, ${formatSourceDate(source.date)}`);
}
