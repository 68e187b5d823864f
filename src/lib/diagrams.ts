// A diagram of content/schemas/ is drawn for the width of a reading column (<id>.svg). Shrunk to a phone, its labels
// would fall to 9 or 10 px: <id>.etroit.svg, when it exists, is the same diagram redrawn for a narrow screen, and the
// page carries both, the style sheet showing one of them. A diagram without a narrow variant is shown as it is.
import { prefixSvgIds } from './chapterModel.ts';
import { decorativeSvg, svgProblems } from './svg.ts';

/** What a narrow variant adds to its diagram's file name. */
const NARROW = '.etroit';

/** The file of a diagram's narrow variant, in content/schemas/. */
export function narrowFileName(id: string): string {
  return `${id}${NARROW}.svg`;
}

/** The ids chapters may name in <Schema id="…">: one a diagram, its narrow variant being no diagram of its own. */
export function diagramIds(fileNames: string[]): string[] {
  return fileNames.filter((f) => f.endsWith('.svg') && !f.endsWith(`${NARROW}.svg`)).map((f) => f.slice(0, -'.svg'.length));
}

/** Narrow variants whose diagram is missing: no chapter could show them, so they are a mistake (a renamed diagram). */
export function unpairedNarrowFiles(fileNames: string[]): string[] {
  const ids = new Set(diagramIds(fileNames));
  return fileNames.filter((f) => f.endsWith(`${NARROW}.svg`) && !ids.has(f.slice(0, -`${NARROW}.svg`.length)));
}

/** The words of a diagram's labels, sorted; signs without a letter or a digit (·, :) are layout, not words. */
export function labelWords(svg: string): string[] {
  return [...svg.matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/g)]
    .flatMap((m) => m[1].replace(/<[^>]*>/g, ' ').split(/\s+/))
    .filter((w) => /[\p{L}\p{N}]/u.test(w))
    .sort();
}

/** Ways a narrow variant breaks the rules: those of every diagram, and saying the same words as its wide diagram, which the text equivalent describes. */
export function narrowProblems(wide: string, narrow: string): string[] {
  const problems = svgProblems(narrow);
  const missing = without(labelWords(wide), labelWords(narrow));
  const extra = without(labelWords(narrow), labelWords(wide));
  if (missing.length > 0) problems.push(`mots du schéma large absents : ${missing.join(', ')}`);
  if (extra.length > 0) problems.push(`mots absents du schéma large : ${extra.join(', ')}`);
  return problems;
}

/** The words of `a` left once each word of `b` has taken one of them away. */
function without(a: string[], b: string[]): string[] {
  const rest = [...a];
  for (const w of b) {
    const i = rest.indexOf(w);
    if (i >= 0) rest.splice(i, 1);
  }
  return rest;
}

/**
 * The markup of a diagram: the wide drawing alone, or the wide and the narrow one, each marked with the class the
 * style sheet shows or hides by the width of the screen. The narrow one's ids take `etroit-`, so that the two drawings
 * may use the same marker id and still stay unique on the page (a chapter's own prefix, in the booklet, comes on top:
 * prefixIds in chapterHtml.ts).
 */
export function diagramMarkup(wide: string, narrow?: string): string {
  if (narrow === undefined) return decorativeSvg(wide);
  return decorativeSvg(wide, 'schema-large') + prefixSvgIds('etroit-', decorativeSvg(narrow, 'schema-etroit'));
}
