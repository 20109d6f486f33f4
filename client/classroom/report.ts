/**
 * The after-action report (#/classroom/report/CODE): for the class, then per
 * table, timelines of global tension, the four tracks and prestige, the
 * turning points with their article citations, outcomes, the students'
 * reflections, turn times and discussion questions; CSV export and a
 * print-friendly page.
 */
import type { Power } from '../../game';
import { ALIGNMENT_NAMES, DOMAIN_NAMES, DOMAINS, PARTNERS, peakAlignment, POWER_NAMES, powerInSentence, POWERS } from '../../game';
import type { Partner } from '../../game';
import { h } from '../ui/dom';
import { alignmentLine } from '../ui/gameover';
import type { Report, TableReport } from './api';
import type { TurningPoint } from '../../game/wire/classroom';
import { download, reflectionsCsv, roundsCsv, tablesCsv } from './csv';
import { linePlot } from './plot';
import { questionsFor, QUESTIONS } from './questions';
import { seatTurns, studentTurns, turnSeats, turnStats } from './turns';
import type { TurnSeat } from './turns';
import type { TurnStats } from './turns';

const POWER_COLORS: Record<Power, string> = { us: 'var(--us)', china: 'var(--china)', russia: 'var(--russia)' };
const POWER_DASH: Record<Power, string | undefined> = { us: undefined, china: '6 3', russia: '2 3' };
const FOCUS_MARK: Record<Partner, string> = { china: 'C', russia: 'R' };
const TRACK_COLORS = ['#f5b942', '#22c55e', '#38bdf8', '#f97316'];
const TRACK_DASH = [undefined, '6 3', '2 3', '8 2 2 2'];

const outcomeLine = (t: TableReport): string => {
  if (!t.outcome) return `Still being played (round ${t.round} of ${t.lastRound}).`;
  if (t.outcome.kind === 'brink') return `${POWER_NAMES[t.outcome.loser]} pushed the world to the Brink and lost; ${POWER_NAMES[t.outcome.winner]} wins.`;
  const early = t.history.length < t.lastRound ? ` (stopped at the bell in round ${t.round} of ${t.lastRound})` : '';
  return `${POWER_NAMES[t.outcome.winner]} wins${early}.`;
};

const secs = (x: number | null) => (x === null ? '—' : `${x} s`);
const statCells = (x: TurnStats) => [h('td', {}, String(x.turns)), h('td', {}, secs(x.medianS)), h('td', {}, secs(x.p90S)), h('td', {}, secs(x.longestS)), h('td', {}, String(x.clock))];
const STAT_HEAD = ['Turns', 'Median', '90 % within', 'Longest', 'Played by the clock’s bot'];

/** A table's turn times per student's seat: what the guide's timings are planned from. */
function turnTimes(t: TableReport): HTMLElement {
  const seated = t.seats.filter((s) => s.kind === 'student');
  const rows = turnSeats(t.turns, seated);
  if (!rows.length || !studentTurns(t.turns).length) return h('p', { class: 'hint turn-times' }, 'No student’s turn measured yet.');
  // A row per student and seat: a student the teacher moved keeps the turns they played here.
  const who = (r: TurnSeat): string => r.student ?? t.seats.find((s) => s.power === r.power)?.name ?? '';
  return h('table', { class: 'turn-times' },
    h('thead', {}, h('tr', {}, h('th', {}, 'Seat'), STAT_HEAD.map((x) => h('th', {}, x)))),
    h('tbody', {}, rows.map((r) => h('tr', { 'data-power': r.power, 'data-student': who(r) },
      h('td', {}, h('span', { class: `power-tag tag-${r.power}` }, POWER_NAMES[r.power]), ` ${who(r)}`),
      statCells(turnStats(seatTurns(t.turns, r)))))),
    h('tfoot', {}, h('tr', {}, h('th', {}, 'All students'), statCells(turnStats(studentTurns(t.turns))))));
}

/** Suggest hints asked for at a table, per seat a student played: what the teacher may ask about. */
function hintsLine(r: Report, t: TableReport): HTMLElement {
  if (!r.hints) return h('p', { class: 'hint hints-used' }, 'Hints were off in this session.');
  const people = POWERS.filter((p) => t.seats.find((s) => s.power === p)?.kind === 'student' || t.hintsUsed[p] > 0);
  return h('p', { class: 'hints-used' }, 'Hints used: ',
    people.length ? people.map((p, i) => h('span', { 'data-power': p }, i ? ', ' : '', `${POWER_NAMES[p]} ${t.hintsUsed[p]}`)) : 'no student seat.');
}

/** The students' answers to their table's two prompts (free text, shown as text). */
/** The students seated at a table who have not answered its questions: a teacher chasing answers needs their names. */
export const notAnswered = (t: Pick<TableReport, 'seats' | 'reflections'>): TableReport['seats'] =>
  t.seats.filter((s) => s.kind === 'student' && !t.reflections.some((x) => x.power === s.power && x.nickname === s.name));

function reflections(t: TableReport): HTMLElement {
  const silent = notAnswered(t);
  const missing = silent.length
    ? h('p', { class: 'hint not-answered' }, 'Not answered yet: ', silent.map((s, i) => h('span', { 'data-power': s.power }, i ? ', ' : '', `${s.name ?? 'a student'} (${POWER_NAMES[s.power]})`)), '.')
    : '';
  if (!t.reflections.length) return h('div', { class: 'reflections' }, h('p', { class: 'hint' }, 'No reflection yet: each student answers two questions when the table’s game is over.'), missing);
  return h('div', { class: 'reflections' },
    h('ul', {}, t.reflections.map((x) => h('li', { 'data-power': x.power },
      h('p', {}, h('span', { class: `power-tag tag-${x.power}` }, POWER_NAMES[x.power]), ` ${x.nickname}`),
      h('dl', {}, x.prompts.flatMap((q, i) => [h('dt', {}, q), h('dd', {}, x.answers[i] ?? '')]))))),
    missing);
}

export function classSummary(r: Report): HTMLElement {
  const wins: Record<Power, number> = { us: 0, china: 0, russia: 0 };
  for (const t of r.tables) if (t.outcome) wins[t.outcome.winner] += 1;
  const brinks = r.tables.filter((t) => t.outcome?.kind === 'brink').length;
  const alliances = r.tables.filter((t) => t.alignmentReached === 'defacto' || t.alignmentReached === 'dejure').length;
  return h('section', { class: 'class-summary', 'aria-label': 'The class' },
    h('h2', {}, 'The class'),
    h('ul', { class: 'facts' },
      POWERS.map((p) => h('li', {}, h('span', { class: `power-tag tag-${p}` }, POWER_NAMES[p]), ` won ${wins[p]} of ${r.tables.length} tables`)),
      h('li', {}, `The alliance reached De facto or beyond at ${alliances} of ${r.tables.length} tables`),
      h('li', {}, `${brinks} table${brinks === 1 ? '' : 's'} went to the Brink`),
      classTurns(r)),
    h('table', { class: 'outcomes' },
      h('thead', {}, h('tr', {}, h('th', {}, 'Table'), POWERS.map((p) => h('th', {}, POWER_NAMES[p])), h('th', {}, 'Result'), h('th', {}, 'Highest alignment'))),
      h('tbody', {}, r.tables.map((t) => h('tr', {},
        h('td', {}, String(t.number)),
        POWERS.map((p) => h('td', {}, `${t.seats.find((s) => s.power === p)?.name ?? '—'} (${t.prestige[p]})`)),
        h('td', {}, outcomeLine(t)),
        h('td', {}, ALIGNMENT_NAMES[t.alignmentReached]))))));
}

function classTurns(r: Report): HTMLElement {
  const all = turnStats(r.tables.flatMap((t) => studentTurns(t.turns)));
  if (!all.turns) return h('li', { id: 'class-turns' }, 'No student’s turn measured yet.');
  return h('li', { id: 'class-turns' }, `Students’ turns: ${all.turns}, median ${secs(all.medianS)}, 90 % within ${secs(all.p90S)}`,
    r.clockSec ? `; the ${r.clockSec} s turn clock’s bot played ${all.clock}` : '');
}

/**
 * The turning points with a round's clock lines for one power made one, where the first was
 * ("Round 2: Time ran out 3 times for China: …"): a silent student's round reads as one line.
 */
export function clockGrouped(points: readonly TurningPoint[]): TurningPoint[] {
  const count = new Map<string, number>();
  const key = (p: TurningPoint) => `${p.round}:${p.power ?? ''}`;
  for (const p of points) if (p.kind === 'clock') count.set(key(p), (count.get(key(p)) ?? 0) + 1);
  const done = new Set<string>();
  return points.flatMap((p) => {
    if (p.kind !== 'clock') return [p];
    const k = key(p);
    const n = count.get(k) ?? 1;
    if (done.has(k)) return [];
    done.add(k);
    return n === 1 || !p.power ? [p] : [{ ...p, text: `Time ran out ${n} times for ${powerInSentence(p.power)}: the clock’s Normal bot played those turns.` }];
  });
}

export function tableSection(r: Report, t: TableReport): HTMLElement {
  const rounds = t.history.map((x) => x.round);
  const plots = t.history.length
    ? h('div', { class: 'plots' },
      h('figure', {}, linePlot('Global tension', rounds, [{ label: 'Tension', color: 'var(--danger)', values: t.history.map((x) => x.globalTension) }], 1, 5), h('figcaption', {}, 'Global tension (1 Détente … 5 Brink)')),
      h('figure', {}, linePlot('Cooperation tracks', rounds, DOMAINS.map((d, i) => ({ label: DOMAIN_NAMES[d], color: TRACK_COLORS[i]!, dash: TRACK_DASH[i], values: t.history.map((x) => x.tracks[d]) })), 0, 10),
        h('figcaption', {}, 'Tracks: ', DOMAINS.map((d, i) => h('span', { class: 'key', style: `--c:${TRACK_COLORS[i]}` }, DOMAIN_NAMES[d])))),
      h('figure', {}, linePlot('Prestige', rounds, POWERS.map((p) => ({ label: POWER_NAMES[p], color: POWER_COLORS[p], dash: POWER_DASH[p], values: t.history.map((x) => x.prestige[p]) })),
        Math.min(0, ...t.history.flatMap((x) => POWERS.map((p) => x.prestige[p]))), Math.max(5, ...t.history.flatMap((x) => POWERS.map((p) => x.prestige[p])))),
      h('figcaption', {}, 'Prestige: ', POWERS.map((p) => h('span', { class: 'key', style: `--c:${POWER_COLORS[p]}` }, POWER_NAMES[p])))),
      h('figure', { class: 'fig-hostility' }, linePlot('US hostility, focus and driven together', rounds,
        PARTNERS.map((p) => ({ label: `Hostility to ${POWER_NAMES[p]}`, color: POWER_COLORS[p], dash: POWER_DASH[p], values: t.history.map((x) => x.hostility[p]) })), 0, 5,
        { bands: { label: 'Driven together', on: t.history.map((x) => x.drivenTogether) }, notes: { label: 'Focus', text: t.history.map((x) => (x.focus ? FOCUS_MARK[x.focus] : '–')) } }),
      h('figcaption', {}, 'US hostility (0–5; 3 or more is hostile): ', PARTNERS.map((p) => h('span', { class: 'key', style: `--c:${POWER_COLORS[p]}` }, POWER_NAMES[p])),
        h('span', { class: 'key band' }, 'driven together'), h('span', {}, 'C/R on top: the focus (Eye of Sauron)'))),
      h('figure', { class: 'fig-dependency' }, linePlot('Russia: Dependency and Standing', rounds, [
        { label: 'Dependency', color: 'var(--china)', values: t.history.map((x) => x.dependency) },
        { label: 'Standing', color: 'var(--russia)', dash: '6 3', values: t.history.map((x) => x.standing) },
      ], 0, 10, { bands: { label: 'Dependency above Standing', on: t.history.map((x) => x.dependency > x.standing) } }),
      h('figcaption', {}, 'Russia (0–10): ', h('span', { class: 'key', style: '--c:var(--china)' }, 'Dependency on China'), h('span', { class: 'key', style: '--c:var(--russia)' }, 'Standing'),
        h('span', { class: 'key band' }, 'Dependency above Standing (junior partner)'))))
    : h('p', { class: 'hint' }, 'No round finished at this table yet.');
  return h('section', { class: 'table-report', id: `table-${t.number}`, 'aria-label': `Table ${t.number}` },
    h('h2', {}, `Table ${t.number}`),
    h('p', { class: 'players' }, POWERS.map((p) => h('span', {}, h('span', { class: `power-tag tag-${p}` }, POWER_NAMES[p]), ` ${t.seats.find((s) => s.power === p)?.name ?? '—'}  `))),
    h('p', { class: 'outcome' }, h('strong', {}, outcomeLine(t)), ` ${alignmentLine(peakAlignment(t.history, t.alignmentAtEnd), t.alignmentAtEnd)} Crises: ${t.crises.length}.`),
    hintsLine(r, t),
    plots,
    h('h3', {}, 'Reflections'),
    reflections(t),
    h('h3', {}, 'Turn times'),
    turnTimes(t),
    h('h3', {}, 'Turning points'),
    t.turningPoints.length
      ? h('ol', { class: 'turning-points' }, clockGrouped(t.turningPoints).map((e) => h('li', { 'data-kind': e.kind },
        h('span', { class: 'round' }, `Round ${e.round}: `), e.text, e.cite ? h('a', { class: 'cite', href: `#/rules?p=${e.cite}`, title: `Article paragraph ${e.cite}` }, ` (${e.cite})`) : '')))
      : h('p', { class: 'hint' }, 'None yet.'),
    h('h3', {}, 'Questions for this table'),
    h('ul', { class: 'questions' }, questionsFor(t).slice(0, 4).map((q) => h('li', {}, q.text, ` (${q.cite})`, h('br'), h('span', { class: 'hint look' }, `Look at: ${q.look}.`)))));
}

export function showReportPage(root: HTMLElement, r: Report, back: string): void {
  const csvTables = h('button', { type: 'button', id: 'csv-tables' }, 'Download CSV: a row per table');
  const csvRounds = h('button', { type: 'button', id: 'csv-rounds' }, 'Download CSV: figures per round');
  const csvReflections = h('button', { type: 'button', id: 'csv-reflections' }, 'Download CSV: reflections');
  const print = h('button', { type: 'button', id: 'print' }, 'Print');
  csvReflections.addEventListener('click', () => download(`multipolar-${r.code}-reflections.csv`, reflectionsCsv(r)));
  csvTables.addEventListener('click', () => download(`multipolar-${r.code}-tables.csv`, tablesCsv(r)));
  csvRounds.addEventListener('click', () => download(`multipolar-${r.code}-rounds.csv`, roundsCsv(r)));
  print.addEventListener('click', () => window.print());
  root.append(h('main', { class: 'classroom-page report-page' },
    h('nav', { class: 'no-print' }, h('a', { href: back }, '← Back to the wall')),
    h('h1', {}, `After-action report — session ${r.code}`),
    h('p', { class: 'hint' }, r.ended ? 'The session has ended; every table is scored.' : 'The session is still running: figures are as they stand now.'),
    h('div', { class: 'row no-print' }, csvTables, csvRounds, csvReflections, print),
    classSummary(r),
    h('section', { 'aria-label': 'Discussion questions' }, h('h2', {}, 'Discussion questions for the class'),
      h('ol', { class: 'questions' }, QUESTIONS.map((q) => h('li', {}, q.text, ` (${q.cite})`, h('br'), h('span', { class: 'hint look' }, `Look at: ${q.look}.`))))),
    r.tables.map((t) => tableSection(r, t))));
}
