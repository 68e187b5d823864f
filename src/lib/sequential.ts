// Astro renders the items of an array side by side, each buffered until the ones before it are written: on a page of
// thousands of components, all of them are in memory at once. An iterable that is not an array is rendered one item
// after the other (astro/dist/runtime/server/render/any.js, renderIterable), and an item that is a function is only
// called when its turn comes: what one item builds is let go before the next starts.

/** Render `items` one after another in an Astro template, each by `render`, called when its turn comes. */
export function oneAfterAnother<T>(items: readonly T[], render: (item: T) => unknown): Iterable<() => unknown> {
  return {
    *[Symbol.iterator]() {
      for (const item of items) yield () => render(item);
    },
  };
}
