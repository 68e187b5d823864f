import { describe, expect, it } from 'vitest';
import { BUDGETS, budgetBreaches, formatReport, withEcoIndex } from '../../src/lib/budgets.ts';

describe('page budgets', () => {
  it('keep the 10KB Club rule for the home page', () => {
    expect(BUDGETS.home).toEqual({ bytes: 10240, requests: 4, dom: 250, ecoIndex: 'A' });
  });

  it('accept a page within its budget', () => {
    expect(budgetBreaches(withEcoIndex({ url: '/', type: 'home', bytes: 9000, requests: 3, dom: 120 }))).toEqual([]);
  });

  it('name every limit a page exceeds', () => {
    const breaches = budgetBreaches(withEcoIndex({ url: '/guide/x/', type: 'reading', bytes: 30_000, requests: 9, dom: 900 }));
    expect(breaches).toHaveLength(4);
    expect(breaches[0]).toContain('30000 octets');
    expect(breaches[3]).toMatch(/^EcoIndex [B-G]/);
  });

  it('print the figures as a table sorted by URL', () => {
    const table = formatReport([
      withEcoIndex({ url: '/plan-du-site/', type: 'list', bytes: 8000, requests: 2, dom: 200 }),
      withEcoIndex({ url: '/', type: 'home', bytes: 7000, requests: 2, dom: 100 }),
    ]).split('\n');
    expect(table).toHaveLength(4);
    expect(table[2]).toMatch(/^\| \/ +\| home/);
    expect(table[3]).toContain('/plan-du-site/');
  });
});
