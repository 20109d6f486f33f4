/** One table on the teacher's wall: the few figures that say how its game is going. */
import { ALIGNMENT_NAMES, POWER_NAMES, POWERS, TENSION_NAMES } from '../../game';
import { h } from '../ui/dom';
import type { SeatSummary, TableSummary } from './api';

const SHORT = { us: 'US', china: 'China', russia: 'Russia' } as const;

function status(t: TableSummary, paused: boolean): string {
  if (t.outcome) return t.outcome.kind === 'brink' ? `Over: ${POWER_NAMES[t.outcome.loser]} went to the Brink, ${POWER_NAMES[t.outcome.winner]} wins` : `Over: ${POWER_NAMES[t.outcome.winner]} wins`;
  if (!t.started) return 'Waiting for students';
  if (paused) return 'Paused';
  return t.acting ? `${POWER_NAMES[t.acting]} to play` : 'Dealing…';
}

/** A student's seat: online, joining (seated, browser not connected yet), or away. */
function presence(s: SeatSummary): HTMLElement {
  if (s.connected) return h('span', { class: 'dot on', title: 'connected' }, ' ● online');
  if (s.arriving) return h('span', { class: 'dot', title: 'seated; their browser is connecting' }, ' ◌ joining…');
  return h('span', { class: 'dot', title: 'not connected' }, ' ○ away');
}

/** A student whose last turns the clock played has stopped playing, online or not: worth a visit. */
export function stalled(s: Pick<SeatSummary, 'clockStreak'>): string | null {
  if (s.clockStreak <= 0) return null;
  return s.clockStreak === 1 ? 'the clock played their last turn' : `the clock played their last ${s.clockStreak} turns`;
}

const clockTime = (ms: number) => new Date(ms).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });

/** Seconds left of the acting student's turn clock (the wall ticks it: tickClocks). */
export const clockLeft = (endsAt: number, now = Date.now()): string => `${Math.max(0, Math.ceil((endsAt - now) / 1000))} s left`;

/**
 * How far the table is: its round of all, when it will likely finish (from its
 * measured turns; flagged when that is after the bell), and the acting
 * student's turn clock.
 */
function progress(t: TableSummary, endsAt: number | null): HTMLElement | string {
  if (!t.started || t.outcome) return '';
  const late = t.finishAt !== null && endsAt !== null && t.finishAt > endsAt;
  return h('p', { class: 'progress' },
    h('progress', { max: t.lastRound, value: Math.max(0, t.round - 1), 'aria-label': `Round ${t.round} of ${t.lastRound}` }),
    t.finishAt !== null ? h('span', { class: `finish${late ? ' late' : ''}`, title: 'From this table’s measured turn times' }, ` likely done ≈ ${clockTime(t.finishAt)}${late ? ' (after the bell)' : ''}`) : h('span', { class: 'finish' }, ' finish time: estimated once round 1 is played'),
    t.turnEndsAt !== null && t.acting ? h('span', { class: 'clock', 'data-ends': t.turnEndsAt, title: 'Then the clock’s Normal bot plays the turn' }, ` · ${POWER_NAMES[t.acting]}: `, h('span', { class: 'left' }, clockLeft(t.turnEndsAt))) : '');
}

/**
 * The students a teacher should go and see, table by table: away from their seat, or online while
 * the clock plays their turns. Tables over or not started are left out: nothing waits on them.
 */
export function needsALook(tables: readonly TableSummary[]): string[] {
  return [...tables].sort((a, b) => a.number - b.number).filter((t) => t.started && !t.outcome).flatMap((t) => t.seats.flatMap((s) => {
    if (s.kind !== 'student') return [];
    const why = !s.connected && !s.arriving ? 'away' : stalled(s);
    return why ? [`${s.name ?? 'a student'} (table ${t.number}, ${POWER_NAMES[s.power]}: ${why})`] : [];
  }));
}

function stalledNote(s: SeatSummary): HTMLElement | string {
  const why = stalled(s);
  return why ? h('span', { class: 'stalled', title: 'Their time ran out: they may be stuck or have left' }, ` · ${why}`) : '';
}

export function miniBoard(t: TableSummary, paused: boolean, controls: readonly (HTMLElement | string)[] = [], endsAt: number | null = null): HTMLElement {
  const meter = h('span', { class: 'meter', role: 'meter', 'aria-valuemin': 1, 'aria-valuemax': 5, 'aria-valuenow': t.globalTension, 'aria-label': 'Global tension' },
    [1, 2, 3, 4, 5].map((i) => h('span', { class: i <= t.globalTension ? `pip on t${t.globalTension}` : 'pip' })));
  return h('article', { class: `mini${t.outcome ? ' over' : ''}${t.started ? '' : ' waiting'}`, 'data-table': t.number, 'data-state-id': t.stateID, 'aria-label': `Table ${t.number}` },
    h('header', {}, h('h3', {}, `Table ${t.number}`), h('span', { class: 'round' }, t.started ? `Round ${t.round} of ${t.lastRound}` : '')),
    h('p', { class: 'status' }, status(t, paused)),
    progress(t, endsAt),
    h('dl', {},
      h('dt', {}, 'Tension'), h('dd', { class: 'tension' }, meter, ` ${t.globalTension} ${TENSION_NAMES[t.globalTension] ?? ''}`),
      h('dt', {}, 'Alignment'), h('dd', {}, ALIGNMENT_NAMES[t.alignment]),
      h('dt', {}, 'Prestige'), h('dd', { class: 'prestige' }, POWERS.map((p) => h('span', { class: `power-tag tag-${p}${t.acting === p ? ' acting' : ''}`, title: POWER_NAMES[p] }, `${SHORT[p]} ${t.prestige[p]}`)))),
    h('ul', { class: 'seats' }, t.seats.map((s) => h('li', {},
      h('span', { class: `power-tag tag-${s.power}` }, POWER_NAMES[s.power]), ' ',
      s.kind === 'open' ? h('em', {}, 'open seat') : s.name ?? '',
      s.kind === 'student' ? presence(s) : '',
      s.kind === 'student' ? stalledNote(s) : '',
      s.standIn ? ' (a bot plays while away)' : ''))),
    controls.length ? h('div', { class: 'mini-controls' }, ...controls) : '');
}
