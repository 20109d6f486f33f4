/** The deck and the world events: typed data that cites the article. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CARDS, WORLD_EVENTS } from '../game/content';
import type { Effect } from '../game/content/types';

const article = readFileSync('docs/article.md', 'utf8');
const paragraphs = new Set([...article.matchAll(/^\*\*(P\d+)\.\*\*/gm)].map((m) => m[1]));

describe('the article in the project', () => {
  it('is copied with its attribution and its sixteen numbered paragraphs', () => {
    expect(article).toMatch(/Artyom Lukin/);
    expect(article).toMatch(/Creative Commons/);
    expect(paragraphs.size).toBe(16);
  });
});

describe('content', () => {
  const all = [...CARDS, ...WORLD_EVENTS];

  it('has at least 45 strategy cards and 15 world events, every id unique', () => {
    expect(CARDS.length).toBeGreaterThanOrEqual(45);
    expect(WORLD_EVENTS.length).toBeGreaterThanOrEqual(15);
    expect(new Set(all.map((c) => c.id)).size).toBe(all.length);
  });

  it.each(all.map((c) => [c.id, c] as const))('%s cites a paragraph that exists and teaches one sentence', (_id, c) => {
    expect(paragraphs.has(c.cite)).toBe(true);
    expect(c.title.length).toBeGreaterThan(3);
    expect(c.text.length).toBeGreaterThan(10);
    expect(c.note).toMatch(/^[A-Z“"].+[.!?]$/);
    expect(c.effects.length).toBeGreaterThan(0);
  });

  it('deals every power cards of its own, and spreads ops from 1 to 4', () => {
    for (const a of ['us', 'china', 'russia', 'neutral'] as const) {
      expect(CARDS.filter((c) => c.affinity === a).length).toBeGreaterThanOrEqual(8);
    }
    expect(new Set(CARDS.map((c) => c.ops))).toEqual(new Set([1, 2, 3, 4]));
    const mean = CARDS.reduce((n, c) => n + c.ops, 0) / CARDS.length;
    expect(mean).toBeGreaterThan(1.8);
    expect(mean).toBeLessThan(3);
  });

  it('world events never name "self": they belong to nobody', () => {
    const refsSelf = (e: Effect): boolean =>
      e.kind === 'if' ? [...e.then, ...(e.else ?? [])].some(refsSelf) : 'power' in e && (e.power === 'self' || e.power === 'partner');
    for (const ev of WORLD_EVENTS) expect(ev.effects.some(refsSelf), ev.id).toBe(false);
  });
});
