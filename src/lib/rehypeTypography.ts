import { typographyFr } from './typography.ts';

/** The part of a hast tree this plugin reads: text nodes inside elements, MDX components or the root. */
interface Node {
  type: string;
  tagName?: string;
  name?: string | null;
  value?: string;
  children?: Node[];
}

/** Elements whose text is code, or is read by a machine: left exactly as written. */
const VERBATIM = new Set(['code', 'pre', 'kbd', 'samp', 'var', 'script', 'style', 'svg', 'math']);
const LOOKS_LIKE_URL = /^\s*(https?:\/\/|www\.|mailto:)\S+\s*$/;

/** Apply French typography to every text node, never inside code, attributes, expressions or URLs. */
export function applyTypography(node: Node): void {
  for (const child of node.children ?? []) {
    if (child.type === 'text' && typeof child.value === 'string') {
      if (!LOOKS_LIKE_URL.test(child.value)) child.value = typographyFr(child.value);
    } else if (child.type === 'element' && child.tagName && VERBATIM.has(child.tagName)) {
      continue;
    } else if (child.type === 'element' || child.type === 'mdxJsxFlowElement' || child.type === 'mdxJsxTextElement') {
      applyTypography(child);
    }
  }
}

/** Rehype plugin: French typography on the text of Markdown and MDX pages. */
export default function rehypeTypographyFr() {
  return (tree: Node) => applyTypography(tree);
}
