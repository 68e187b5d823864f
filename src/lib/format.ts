const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const NBSP = '\u00a0';

/** Say a duration in minutes the French way: "25 min", "1 h", "1 h 30". */
export function formatDuration(minutes: number): string {
  if (!Number.isInteger(minutes) || minutes < 0) throw new RangeError(`durée invalide : ${minutes}`);
  if (minutes < 60) return `${minutes}${NBSP}min`;
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m === 0 ? `${h}${NBSP}h` : `${h}${NBSP}h${NBSP}${String(m).padStart(2, '0')}`;
}

/** Say a source date of year, month or day precision: "2023", "juin 2023", "16 juillet 2020". */
export function formatSourceDate(value: string): string {
  const [year, month, day] = value.split('-');
  if (!month) return year;
  const name = MONTHS[Number(month) - 1];
  if (!day) return `${name} ${year}`;
  const d = Number(day);
  return `${d === 1 ? '1er' : d}${NBSP}${name} ${year}`;
}

/** Say a calendar date in French, read in UTC: "26 novembre 2026". */
export function formatDate(date: Date): string {
  const iso = date.toISOString().slice(0, 10);
  return formatSourceDate(iso);
}

/** Sum chapter durations into one figure for a part or the whole parcours. */
export function totalMinutes(items: { duree: number }[]): number {
  return items.reduce((sum, item) => sum + item.duree, 0);
}

/** Say who a chapter is for. */
export function formatPublic(value: 'structures' | 'particuliers' | 'tous'): string {
  return { structures: 'Structures', particuliers: 'Particuliers', tous: 'Structures et particuliers' }[value];
}

/** Lower-case words without accents joined by hyphens (« Où créer l’info ? » → ou-creer-l-info): a file name, an anchor. */
export function asciiSlug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
