import type { ChapterModel } from './chapterModel.ts';

export interface TocItem {
  slug: string;
  text: string;
  children: TocItem[];
}

/** The table of contents of a chapter: its h2 sections with their h3, then the page's own blocks (« À retenir », glossary, sources). */
export function buildToc(model: Pick<ChapterModel, 'sections'>, extra: { slug: string; text: string }[] = []): TocItem[] {
  return [
    ...model.sections.map((s) => ({ slug: s.slug, text: s.text, children: s.subsections.map((h) => ({ ...h, children: [] })) })),
    ...extra.map((e) => ({ ...e, children: [] })),
  ];
}

/** Of the headings listed, the one being read: the last to have passed the upper third of the window. */
export function currentIndex(tops: (number | undefined)[], viewport: number, atBottom: boolean): number {
  const line = atBottom ? viewport : viewport * 0.3;
  let best = -1;
  tops.forEach((top, i) => {
    if (top !== undefined && top <= line && (best === -1 || top >= tops[best]!)) best = i;
  });
  return best;
}
