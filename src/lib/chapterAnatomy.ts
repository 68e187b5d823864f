import { termsUsed } from './termsUsed.ts';

/** What a chapter's MDX body is made of, for the content checks (and for tools that summarise it). */
export interface ChapterAnatomy {
  /** Words of prose, without markup, component tags, link targets or code. */
  words: number;
  /** h2 sections. */
  sections: number;
  exercises: number;
  /** Number of bullet points of each « À retenir » box. */
  keyPointBoxes: number[];
  trainerNotes: number;
  /** Distinct glossary terms marked with <Terme>. */
  terms: number;
}

/** Split an MDX file into its YAML front matter (as text) and its body. */
export function splitFrontMatter(text: string): { frontMatter: string; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  return match ? { frontMatter: match[1], body: text.slice(match[0].length) } : { frontMatter: '', body: text };
}

/** Count the words of prose in an MDX body. */
export function countWords(body: string): number {
  const prose = body
    .replace(/^\s*```[\s\S]*?^\s*```/gm, ' ')
    .replace(/`[^`]*`/g, ' ')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/\]\([^)]*\)/g, ' ')
    .replace(/^\s*\d+\.\s/gm, ' ')
    .replace(/[#*_>[\]|]/g, ' ');
  return prose.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

/** Describe the parts of a chapter body. */
export function chapterAnatomy(body: string): ChapterAnatomy {
  const boxes = [...body.matchAll(/<ARetenir>([\s\S]*?)<\/ARetenir>/g)].map((m) => (m[1].match(/^\s*[-*] /gm) ?? []).length);
  return {
    words: countWords(body),
    sections: (body.match(/^## /gm) ?? []).length,
    exercises: (body.match(/<Exercice\b/g) ?? []).length,
    keyPointBoxes: boxes,
    trainerNotes: (body.match(/<NotesFormateur\b/g) ?? []).length,
    terms: termsUsed(body).length,
  };
}
