/**
 * Role briefs come from the game's own sources: each power's scoring row and
 * special actions from docs/rules.md, its cards from the card data, and the
 * paragraphs to read quoted whole from docs/article.md; so a rule changed in
 * rules.md changes the brief, and a brief never quotes a paragraph that is not there.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CARDS } from '../game';
import { handouts } from '../client/classroom/handouts';

const rules = readFileSync('docs/rules.md', 'utf8');
const article = readFileSync('docs/article.md', 'utf8');

describe('role briefs', () => {
  const all = handouts(rules, article);

  it('one per power, each with aims, scoring, special actions, cards and reading', () => {
    expect(all.map((x) => x.power)).toEqual(['us', 'china', 'russia']);
    for (const x of all) {
      expect(x.aims.length, x.power).toBeGreaterThan(40);
      expect(x.scoring.length, x.power).toBeGreaterThan(40);
      expect(x.actions.length, x.power).toBeGreaterThanOrEqual(2);
      expect(x.cards.length, x.power).toBe(CARDS.filter((c) => c.affinity === x.power).length);
      expect(x.reading.length, x.power).toBeGreaterThanOrEqual(3);
      for (const r of x.reading) expect(article).toContain(`**${r.id}.** ${r.text}`);
      // Each brief points at the tutorial for its own power.
      expect(x.tutorial, x.power).toBe(x.power === 'us' ? '#/tutorial' : `#/tutorial/${x.power}`);
    }
  });

  it('special actions are the rows naming the power, never the ones every power has', () => {
    const names = (p: string) => all.find((x) => x.power === p)!.actions.map((a) => a.name);
    expect(names('us')).toEqual(expect.arrayContaining(['Foster distrust (wedge)', 'Durable accommodation', 'Sanctions', 'Export controls']));
    expect(names('china')).toContain('Own research');
    expect(names('russia')).toContain('Great-power diplomacy');
    expect(names('us')).not.toContain('Own research');
    for (const x of all) expect(x.actions.map((a) => a.name)).not.toContain('Deploy');
  });

  it('follows rules.md: a scoring row rewritten there is the brief’s', () => {
    const changed = rules.replace(/^\| China \| 2nd \| [^|]+\|/m, '| China | 2nd | a new way to score, only for this test |');
    expect(handouts(changed, article).find((x) => x.power === 'china')!.scoring).toBe('a new way to score, only for this test');
  });
});
