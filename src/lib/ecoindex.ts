// EcoIndex (GreenIT.fr / collectif Conception numérique responsable): the formula and the
// quantile tables of the MIT-licensed reference implementation cnumr/ecoindex_python.

const QUANTILES_DOM = [0, 47, 75, 159, 233, 298, 358, 417, 476, 537, 603, 674, 753, 843, 949, 1076, 1237, 1459, 1801, 2479, 594601];
const QUANTILES_REQ = [0, 2, 15, 25, 34, 42, 49, 56, 63, 70, 78, 86, 95, 105, 117, 130, 147, 170, 205, 281, 3920];
const QUANTILES_SIZE = [
  0, 1.37, 144.7, 319.53, 479.46, 631.97, 783.38, 937.91, 1098.62, 1265.47, 1448.32, 1648.27, 1876.08, 2142.06,
  2465.37, 2866.31, 3401.59, 4155.73, 5400.08, 8037.54, 223212.26,
];

export type EcoIndexGrade = 'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G';

/** Position (0–20, interpolated) of a value in a table of 21 quantiles. */
export function quantilePosition(quantiles: number[], value: number): number {
  for (let i = 1; i < quantiles.length; i++) {
    if (value < quantiles[i]) return i - 1 + (value - quantiles[i - 1]) / (quantiles[i] - quantiles[i - 1]);
  }
  return quantiles.length - 1;
}

/** EcoIndex score (0–100, rounded to an integer as the reference does) of a page. */
export function ecoIndexScore(dom: number, requests: number, sizeKb: number): number {
  const qDom = quantilePosition(QUANTILES_DOM, dom);
  const qReq = quantilePosition(QUANTILES_REQ, requests);
  const qSize = quantilePosition(QUANTILES_SIZE, sizeKb);
  return Math.round(100 - (5 * (3 * qDom + 2 * qReq + qSize)) / 6);
}

/** Grade of a rounded score: A above 80, B above 70, C above 55, D above 40, E above 25, F above 10. */
export function ecoIndexGrade(score: number): EcoIndexGrade {
  if (score > 80) return 'A';
  if (score > 70) return 'B';
  if (score > 55) return 'C';
  if (score > 40) return 'D';
  if (score > 25) return 'E';
  if (score > 10) return 'F';
  return 'G';
}

/** Score and grade of a page measured in DOM elements, requests and transferred bytes (1 kB = 1,000 bytes). */
export function ecoIndex(page: { dom: number; requests: number; bytes: number }): { score: number; grade: EcoIndexGrade } {
  const score = ecoIndexScore(page.dom, page.requests, page.bytes / 1000);
  return { score, grade: ecoIndexGrade(score) };
}
