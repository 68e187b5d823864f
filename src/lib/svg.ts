/** Ways a diagram breaks the site's rules (CSP, themes, accessibility); empty when it is fine. */
export function svgProblems(svg: string): string[] {
  const problems: string[] = [];
  if (!/^\s*<svg\b[^>]*\bviewBox="[^"]+"/.test(svg)) problems.push('doit commencer par <svg … viewBox="…">');
  if (/\sstyle\s*=/.test(svg) || /<style\b/.test(svg)) problems.push('aucun style : les couleurs viennent des classes s-…');
  if (/<(script|foreignObject|image|a|iframe)\b/.test(svg)) problems.push('élément interdit (script, image, lien…)');
  if (/\s(fill|stroke|color)\s*=\s*"(?!none")/.test(svg)) problems.push('couleur écrite en dur : utilisez les classes s-fond, s-accent, s-trait, s-texte…');
  if (/\s(href|xlink:href)\s*=/.test(svg)) problems.push('aucun lien ni ressource externe');
  if (new TextEncoder().encode(svg).length > 6000) problems.push('plus de 6 000 octets : simplifiez le schéma');
  return problems;
}

/** Make a diagram decorative for assistive technologies: its caption carries the meaning. */
export function decorativeSvg(svg: string): string {
  return svg.replace(/^\s*<svg\b/, '<svg aria-hidden="true" focusable="false"');
}
