export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export interface TocItem extends Heading {
  children: TocItem[];
}

/** Nest the flat list of h2/h3 headings into a two-level table of contents. */
export function buildToc(headings: Heading[], extra: Heading[] = []): TocItem[] {
  const toc: TocItem[] = [];
  for (const heading of [...headings, ...extra]) {
    if (heading.depth === 2) {
      toc.push({ ...heading, children: [] });
    } else if (heading.depth === 3 && toc.length > 0) {
      toc[toc.length - 1].children.push({ ...heading, children: [] });
    }
  }
  return toc;
}
