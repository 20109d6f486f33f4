/** The rules page the game shows (#/rules) is the rules reference without its notes for developers. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { forPlayers } from '../../client/screens/rules';

const rules = readFileSync('docs/rules.md', 'utf8');

describe('the in-game rules page', () => {
  it('leaves out the blocks for developers (design brief, decision records, code names) and keeps every rule', () => {
    const shown = forPlayers(rules);
    expect(rules).toMatch(/<!-- developers -->/);
    for (const dev of ['design.md', 'decisions/', '{ power, delta, source }', 'game/forecast', 'Departures from the design', '<!--']) expect(shown).not.toContain(dev);
    for (const heading of ['## The powers and how they win', '## The board', '## A round (two years)', '## Operations', '## Scenarios']) expect(shown).toContain(heading);
  });
});
