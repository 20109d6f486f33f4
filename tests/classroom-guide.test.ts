/**
 * The teacher guide says what a lesson needs (objectives, pre-reading, both
 * lesson plans, roles, exit ticket, rubric, the theory) and points only at
 * what exists: every report figure it names in bold is drawn by the report,
 * every CSV column it names in code is written by one of the three CSV files.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REFLECTIONS_HEAD, ROUNDS_HEAD, tablesCsv } from '../client/classroom/csv';

const guide = readFileSync('docs/teacher-guide.md', 'utf8');
const report = readFileSync('client/classroom/report.ts', 'utf8');

describe('docs/teacher-guide.md', () => {
  it('has every part of a lesson plan', () => {
    for (const heading of ['## Learning objectives', '## Pre-reading', '## Roles', '## Timings', '### A 45-minute lesson', '### A 90-minute lesson',
      '## Reflection', '## Debrief', '## The theory behind the article', '## Exit ticket', '## Marking rubric']) {
      expect(guide, heading).toContain(heading);
    }
    for (const theory of ['Balance of power', 'Balance of threat', 'alliance security dilemma', 'Asymmetric alliances']) expect(guide).toContain(theory);
  });

  it('each debrief question says where to look, and the figures it names are the report’s', () => {
    const questions = guide.slice(guide.indexOf('## Debrief'), guide.indexOf('## The theory'));
    const items = questions.split(/\n(?=\d+\. \*\*P)/).filter((q) => /^\d+\. /.test(q));
    expect(items.length).toBeGreaterThanOrEqual(9);
    for (const q of items) expect(q, q.slice(0, 40)).toContain('*Look at:*');
    const figures = [...questions.matchAll(/\*\*([^*]+)\*\*/g)].map((m) => m[1]!).filter((f) => !/^P\d/.test(f));
    expect(figures.length).toBeGreaterThan(3);
    for (const f of figures) expect(report, f).toContain(f);
  });

  it('every CSV column it names is in a CSV the report writes', () => {
    const tableHead = tablesCsv({ code: 'X', scenario: '2019', clockSec: null, hints: true, ended: true, tables: [] }).split('\r\n')[0]!.split(',');
    const columns = new Set([...ROUNDS_HEAD, ...tableHead, ...REFLECTIONS_HEAD]);
    const named = [...guide.matchAll(/`([a-z]+_[a-z_]+)`/g)].map((m) => m[1]!);
    expect(named.length).toBeGreaterThan(10);
    for (const c of named) expect(columns.has(c) || /^[a-z_]+_(regions|bargain)$/.test(c), c).toBe(true);
  });
});
