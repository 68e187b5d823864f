import spdx from 'spdx-license-list';

/** Free licences that the Open Source Initiative does not list (data, documentation, French law). */
const FREE_OUTSIDE_OSI = new Set(['ODbL-1.0', 'CC0-1.0', 'CC-BY-4.0', 'CC-BY-SA-4.0', 'CECILL-B', 'CECILL-C', 'WTFPL']);

/** The licence ids of an SPDX expression, in order, without operators, parentheses or exceptions ("X WITH Y" is X). */
export function licenceIds(expression: string): string[] {
  return expression
    .split(/\s+(?:AND|OR)\s+|[()]/)
    .map((part) => part.split(/\s+WITH\s+/)[0].trim())
    .filter((id) => id !== '');
}

/** Why a licence expression (SPDX: "MPL-2.0", "GPL-2.0-or-later AND MIT") is not an SPDX free licence; empty when it is. */
export function licenceProblems(expression: string): string[] {
  const ids = licenceIds(expression);
  if (ids.length === 0) return ['licence vide'];
  const problems: string[] = [];
  for (const id of ids) {
    const licence = (spdx as Record<string, { osiApproved: boolean } | undefined>)[id];
    if (!licence) problems.push(`« ${id} » n’est pas un identifiant de la liste SPDX`);
    else if (!licence.osiApproved && !FREE_OUTSIDE_OSI.has(id)) problems.push(`« ${id} » n’est pas une licence libre reconnue`);
  }
  return problems;
}

/** Address of a licence on the SPDX site, for the first id of an expression. */
export function spdxUrl(expression: string): string {
  return `https://spdx.org/licenses/${licenceIds(expression)[0]}.html`;
}

/** The short name of the licences in an SPDX expression, for readers: "AGPL-3.0-only OR GPL-3.0-only" is "AGPL, GPL". */
export function licenceFamily(expression: string): string {
  const families = licenceIds(expression).map((id) => (id.startsWith('CECILL') ? 'CeCILL' : id.replace(/-\d.*$/, '').replace(/-only$|-or-later$/, '')));
  return [...new Set(families)].join(', ');
}
