import spdx from 'spdx-license-list';

/** Free licences that the Open Source Initiative does not list (data, documentation, French law). */
const FREE_OUTSIDE_OSI = new Set(['ODbL-1.0', 'CC0-1.0', 'CC-BY-4.0', 'CC-BY-SA-4.0', 'CECILL-B', 'CECILL-C', 'WTFPL']);

/** Why a licence expression (SPDX: "MPL-2.0", "GPL-2.0-or-later AND MIT") is not an SPDX free licence; empty when it is. */
export function licenceProblems(expression: string): string[] {
  const ids = expression
    .split(/\s+(?:AND|OR)\s+|[()]/)
    .map((part) => part.split(/\s+WITH\s+/)[0].trim())
    .filter((id) => id !== '');
  if (ids.length === 0) return ['licence vide'];
  const problems: string[] = [];
  for (const id of ids) {
    const licence = (spdx as Record<string, { osiApproved: boolean } | undefined>)[id];
    if (!licence) problems.push(`« ${id} » n’est pas un identifiant de la liste SPDX`);
    else if (!licence.osiApproved && !FREE_OUTSIDE_OSI.has(id)) problems.push(`« ${id} » n’est pas une licence libre reconnue`);
  }
  return problems;
}
