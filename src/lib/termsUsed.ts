/** Ids of the glossary terms a chapter marks with <Terme id="…">, once each, in order of first use. */
export function termsUsed(mdx: string): string[] {
  const ids = [...mdx.matchAll(/<Terme\s+id="([^"]+)"/g)].map((m) => m[1]);
  return [...new Set(ids)];
}
