/** The part of an mdast tree this plugin reads: MDX components and their attributes. */
interface Node {
  type: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
}

/** For each component that refers to content: the attribute holding the id (id by default), the ids that exist, and where they live. */
export type KnownRefs = Record<string, { ids: Set<string>; where: string; attribute?: string }>;

/** Every `<Component id="…">` of a tree whose id is missing or unknown, as readable sentences. */
export function findBadRefs(tree: Node, known: KnownRefs): string[] {
  const problems: string[] = [];
  const walk = (node: Node) => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name && known[node.name]) {
      const { ids, where, attribute = 'id' } = known[node.name];
      const attr = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === attribute);
      if (!attr || typeof attr.value !== 'string') problems.push(`<${node.name}> sans attribut ${attribute}="…" (texte simple)`);
      else if (!ids.has(attr.value)) problems.push(`<${node.name} ${attribute}="${attr.value}"> : « ${attr.value} » est inconnu de ${where}`);
    }
    node.children?.forEach(walk);
  };
  walk(tree);
  return problems;
}

/** Stop the build on an unknown id, naming the chapter's file (`name`, as messages name it). */
export function checkRefs(tree: Node, known: KnownRefs, name: string): void {
  const problems = findBadRefs(tree, known);
  if (problems.length > 0) {
    throw new Error(`${name} : référence inconnue\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}
