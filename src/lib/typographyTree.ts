import { typographyFr } from './typography.ts';

// French typography on the prose of an mdast tree, as the guide's compile step gives it (src/lib/mdxPipeline.ts).

/** The part of a tree this step reads: text nodes inside Markdown nodes, MDX components or the root. */
interface Node {
  type: string;
  name?: string | null;
  value?: string;
  children?: Node[];
}

/** Tags whose text is code, or is read by a machine, written as MDX (`<kbd>…</kbd>`): left exactly as written. */
const VERBATIM = new Set(['code', 'pre', 'kbd', 'samp', 'var', 'script', 'style', 'svg', 'math']);
const LOOKS_LIKE_URL = /^\s*(https?:\/\/|www\.|mailto:)\S+\s*$/;

const isVerbatim = (node: Node) =>
  (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && typeof node.name === 'string' && VERBATIM.has(node.name);

/**
 * Apply French typography to every text node, in place: never inside code (mdast keeps it in `code` and
 * `inlineCode` nodes, which hold no text node), attributes, expressions or URLs.
 */
export function applyTypography(node: Node): void {
  for (const child of node.children ?? []) {
    if (child.type === 'text' && typeof child.value === 'string') {
      if (!LOOKS_LIKE_URL.test(child.value)) child.value = typographyFr(child.value);
    } else if (!isVerbatim(child)) {
      applyTypography(child);
    }
  }
}
