// Strings that outlive the compile of a file, copied so that they stop holding the file's text. V8 keeps a piece of a
// string (13 characters or more) as a view of the whole: a link's address read from an MDX file held its 55 kB source,
// a title read from the front matter its 9.6 kB block. At 2,000 chapters that was 130 MB of heap kept until the end
// of the build (bench/README.md).

/** The same text as a string of its own, holding no larger string. */
export function ownString(text: string): string {
  // a JSON round trip is exact, lone surrogates included, and the text it parses is only the copy's
  return text.length < 13 ? text : (JSON.parse(JSON.stringify(text)) as string);
}

/** The same value with each string of its plain objects and arrays copied; any other object (a Date, a URL) is kept as is. */
export function ownStrings<T>(value: T): T {
  if (typeof value === 'string') return ownString(value) as T;
  if (Array.isArray(value)) return value.map(ownStrings) as T;
  if (value !== null && typeof value === 'object') {
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) return value;
    const copy: Record<string, unknown> = proto === null ? Object.create(null) : {};
    for (const [key, inner] of Object.entries(value)) copy[key] = ownStrings(inner);
    return copy as T;
  }
  return value;
}
