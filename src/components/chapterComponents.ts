// The components a chapter's MDX renders with; with an id prefix, every id and in-page link inside it takes the prefix,
// so that several chapters can share a page.
import { jsx } from 'astro/jsx-runtime';
import { mdxComponents } from './mdx/index.ts';
import { prefixFragment, prefixId } from '../lib/chapterModel.ts';

type Props = Record<string, unknown>;

/** The MDX components map for a chapter rendered under `idPrefix` ('' keeps every id as written). */
export function chapterComponents(idPrefix: string): Record<string, unknown> {
  if (idPrefix === '') return mdxComponents;
  const withId = (tag: string) => (props: Props) =>
    jsx(tag, typeof props.id === 'string' ? { ...props, id: prefixId(idPrefix, props.id) } : props);
  const withPrefix = (Component: unknown) => (props: Props) => jsx(Component, { ...props, idPrefix });
  return {
    ...mdxComponents,
    h2: withId('h2'),
    h3: withId('h3'),
    h4: withId('h4'),
    a: (props: Props) => jsx('a', typeof props.href === 'string' ? { ...props, href: prefixFragment(idPrefix, props.href) } : props),
    ARetenir: withPrefix(mdxComponents.ARetenir),
    Comparatif: withPrefix(mdxComponents.Comparatif),
    Exercice: withPrefix(mdxComponents.Exercice),
    Schema: withPrefix(mdxComponents.Schema),
    Terme: withPrefix(mdxComponents.Terme),
  };
}
