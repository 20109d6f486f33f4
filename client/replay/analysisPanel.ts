/**
 * The replay's analysis: each power's chance of winning after every step
 * (worked out on two Web Workers, with progress), its graph and table, the
 * turning points, and, from the step on screen, "Play on from here" and "Run
 * the lab from here".
 */
import type { StepChances } from '../../game/analysis';
import { compareFrom, DEFAULT_PLAYOUTS, labFromConfig, stepStory, turningPoints } from '../../game/analysis';
import type { MatchState, Power } from '../../game';
import { alignment, alignmentRank, ALIGNMENT_NAMES, POWER_NAMES, POWERS, signed } from '../../game';
import { STRATEGIES, STRATEGY } from '../../game/lab';
import type { MatchRecord } from '../../game/sim';
import type { SeatKind } from '../hotseat/match';
import { announce, h } from '../ui/dom';
import { logLine } from '../ui/labels';
import { analyseOnWorkers, labOnWorkers } from './analysisRunner';
import type { Handle } from './analysisRunner';
import { chancesChart, chancesTable, pctText } from './chart';

const DEPTHS = [...new Set([2, 4, DEFAULT_PLAYOUTS, DEFAULT_PLAYOUTS * 2])].sort((a, b) => a - b);
const LAB_GAMES = [10, 20, 50] as const;
const LAB_LEVELS = { us: 'normal', china: 'normal', russia: 'normal' } as const;
const SHORT: Readonly<Record<Power, string>> = { us: 'US', china: 'CN', russia: 'RU' };
const SEAT_CHOICES: readonly { value: SeatKind; label: string }[] = [
  { value: 'human', label: 'Person' },
  { value: 'easy', label: 'Bot (easy)' },
  { value: 'normal', label: 'Bot (normal)' },
  { value: 'hard', label: 'Bot (hard)' },
];

export interface AnalysisPanelOptions {
  readonly record: MatchRecord;
  readonly frames: readonly MatchState[];
  readonly show: (step: number) => void;
  /** Show a turning point's step and bring what it did into view (a phone's panel is long). */
  readonly jump: (step: number) => void;
  readonly current: () => number;
  /** Start a hot-seat match from a step with these seats. */
  readonly playOn: (step: number, seats: Readonly<Record<Power, SeatKind>>) => void;
}

export interface AnalysisPanel {
  readonly el: HTMLElement;
  /** The replay moved to `step`. */
  mark(step: number): void;
  stop(): void;
}

const select = (id: string, label: string, options: readonly { value: string; label: string }[], chosen: string): HTMLSelectElement =>
  h('select', { id, 'aria-label': label }, options.map((o) => h('option', { value: o.value, selected: o.value === chosen }, o.label)));

/** Where the pair stands at the step the runs start from: a level reached already is no finding of theirs. */
function fromLine(from: MatchState, step: number): string {
  const level = alignment(from);
  const already = alignmentRank(level) >= alignmentRank('defacto');
  return `At step ${step} Moscow and Beijing stand at ${ALIGNMENT_NAMES[level]}.${already ? ' The runs start with the alliance formed, so “De facto+” says little about the US’s strategies here: the treaty and the wins tell them apart.' : ''}`;
}

export function analysisPanel(o: AnalysisPanelOptions): AnalysisPanel {
  const last = o.frames.length - 1;
  const roundOf = (k: number) => (o.frames[k] as MatchState).round;
  let running: Handle<unknown> | null = null;
  let lab: Handle<unknown> | null = null;

  // ---- Win chances ----
  const depth = select('analysis-depth', 'Playouts per step', DEPTHS.map((d) => ({ value: String(d), label: `${d} playouts a step${d === DEFAULT_PLAYOUTS ? ' (default)' : ''}` })), String(DEFAULT_PLAYOUTS));
  const start = h('button', { type: 'button', id: 'analyse', class: 'replay-copy' }, 'Analyse the game');
  const progress = h('progress', { id: 'analysis-progress', max: last + 1, value: 0, hidden: true, 'aria-label': 'Analysis progress' });
  const status = h('p', { id: 'analysis-status', class: 'hint', role: 'status' }, 'Each power’s chance of winning after every step, from Normal bots playing on from there (the unseen piles shuffled anew each time).');
  const rounds = o.frames.flatMap((f, k) => (k > 0 && f.round > (o.frames[k - 1] as MatchState).round ? [{ step: k, round: f.round }] : []));
  const chart = chancesChart(last, rounds, (k) => o.show(k));
  chart.el.hidden = true;
  const points = h('div', { id: 'turning-points' });
  /** The chances at the step on screen, in words (the graph is drawn for eyes only). */
  const here = h('p', { id: 'chances-here', class: 'chances-here', hidden: true });
  let known: (StepChances | undefined)[] = [];
  const sayHere = (k: number): void => {
    const c = known[k];
    here.hidden = !c;
    here.textContent = c ? `At step ${k}: ${POWERS.map((p) => `${POWER_NAMES[p]} ${pctText(c.chances[p])}`).join(' · ')}` : '';
  };
  const tableSlot = h('div');

  function finish(all: readonly StepChances[], playouts: number): void {
    tableSlot.replaceChildren(chancesTable(all, roundOf, (k) => o.show(k)));
    const top = turningPoints(all, 3);
    const first = top[0];
    // A chance from n games played on is rough: its 95 % margin is up to 1.96·√(¼/n). Said with the
    // headline, so a quick run's 0 % → 100 % is not read as certain.
    const margin = Math.round(98 / Math.sqrt(playouts));
    status.textContent = first
      ? `Analysed ${last + 1} steps. The largest swing: step ${first.step}, ${POWER_NAMES[first.power]} ${pctText(first.before)} → ${pctText(first.after)} (each chance within about ${margin} points, at ${playouts} playouts a step).`
      : `Analysed ${last + 1} steps: the chances never moved.`;
    const rough = h('p', { class: 'hint' }, `Each chance comes from ${playouts} games played on from its step, so it may be off by up to ${margin} points either way: a swing smaller than that may be chance. More playouts a step make it steadier.`);
    points.replaceChildren(h('h3', {}, 'Turning points, largest first'), top.length === 0 ? h('p', { class: 'hint' }, 'None: no step changed anyone’s chances.') : h('ol', { class: 'turning-points' }, top.map((t) => {
      const story = stepStory(o.frames, o.record.actions, t.step);
      const ended = roundOf(t.step) > story.round;
      const go = h('button', { type: 'button', class: 'link-btn turning-go' }, `Step ${t.step} · ${ended ? `the last move of round ${story.round}, which ended` : `round ${story.round}`}`);
      go.addEventListener('click', () => o.jump(t.step));
      // Everything the step did: the move, and what it set off (a round's last move ends the
      // round: crises, upkeep, the next world event), with the prestige it moved.
      const move = story.lines.find((e) => !e.prestige);
      const setOff = story.lines.filter((e) => e.turningPoint && e !== move);
      const gained = POWERS.map((p) => [p, story.lines.reduce((n, e) => n + (e.prestige?.power === p ? e.prestige.delta : 0), 0)] as const).filter(([, n]) => n !== 0);
      return h('li', {},
        // On touch the button is a line of its own, big enough for a finger: no separator then.
        go, h('span', { class: 'turning-sep' }, ' · '),
        story.who ? h('span', { class: `power-tag tag-${story.who}` }, POWER_NAMES[story.who]) : h('span', { class: 'hint' }, story.by === 'deal' ? 'The deal and the first world event' : 'The teacher or the clock'),
        h('span', { class: 'turning-swing' }, ` moved: ${POWER_NAMES[t.power]} ${pctText(t.before)} → ${pctText(t.after)}`),
        h('ul', { class: 'turning-log' },
          move ? h('li', {}, logLine(move)) : null,
          setOff.map((e) => h('li', {}, logLine(e))),
          gained.length ? h('li', {}, `Prestige in this step: ${gained.map(([p, n]) => `${POWER_NAMES[p]} ${signed(n)}`).join(' · ')}`) : null));
    })), rough);
    announce(status.textContent);
  }

  start.addEventListener('click', () => {
    running?.cancel();
    known = Array.from({ length: last + 1 }, () => undefined);
    chart.el.hidden = false;
    chart.update(known);
    chart.mark(o.current());
    progress.hidden = false;
    progress.value = 0;
    points.replaceChildren();
    tableSlot.replaceChildren();
    start.disabled = true;
    status.textContent = `Analysing… 0 of ${last + 1} steps.`;
    status.removeAttribute('data-seconds');
    const t0 = performance.now();
    const playouts = Number(depth.value);
    const handle = analyseOnWorkers(o.record, last, playouts, `${o.record.seed}:analysis`, (c, done) => {
      known[c.step] = c;
      chart.update(known);
      if (c.step === o.current()) sayHere(c.step);
      progress.value = done;
      status.textContent = `Analysing… ${done} of ${last + 1} steps.`;
    });
    running = handle;
    handle.done.then((all) => {
      if (running !== handle) return;
      progress.hidden = true;
      start.disabled = false;
      start.textContent = 'Analyse again';
      // The time taken, for the benchmark (npm run bench:analysis) to read.
      status.dataset.seconds = ((performance.now() - t0) / 1000).toFixed(2);
      status.dataset.chances = JSON.stringify(all.map((c) => c.chances));
      finish(all, playouts);
    }, (e: unknown) => {
      if (running !== handle) return;
      start.disabled = false;
      progress.hidden = true;
      status.textContent = `The analysis failed: ${e instanceof Error ? e.message : String(e)}`;
    });
  });

  // ---- From this step ----
  const stepNote = h('p', { class: 'hint', id: 'from-step' });
  const seatSelects = Object.fromEntries(POWERS.map((p) => [p, select(`playon-${p}`, `${POWER_NAMES[p]} is played by`, SEAT_CHOICES, p === 'us' ? 'human' : 'normal')])) as Record<Power, HTMLSelectElement>;
  const playOn = h('button', { type: 'button', id: 'play-on', class: 'replay-copy' }, 'Play on from here');
  playOn.addEventListener('click', () => {
    const seats = Object.fromEntries(POWERS.map((p) => [p, seatSelects[p].value as SeatKind])) as Record<Power, SeatKind>;
    o.playOn(o.current(), seats);
  });

  const games = select('lab-games', 'Games per strategy', LAB_GAMES.map((n) => ({ value: String(n), label: `${n} games a strategy` })), '20');
  const labStart = h('button', { type: 'button', id: 'lab-from', class: 'replay-copy' }, 'Run the lab from here');
  const labProgress = h('progress', { id: 'lab-progress', value: 0, hidden: true, 'aria-label': 'Lab progress' });
  const labStatus = h('p', { class: 'hint', role: 'status', id: 'lab-status' });
  const labOut = h('div', { id: 'lab-from-results' });
  labStart.addEventListener('click', () => {
    lab?.cancel();
    const step = o.current();
    const from = o.frames[step] as MatchState;
    const n = Number(games.value);
    const opts = { strategies: STRATEGIES, games: n, levels: LAB_LEVELS, seed: `${o.record.seed}:lab:${step}` };
    labProgress.hidden = false;
    labProgress.max = STRATEGIES.length * n;
    labProgress.value = 0;
    labOut.replaceChildren();
    labStart.disabled = true;
    labStatus.textContent = `Playing ${STRATEGIES.length * n} games from step ${step}…`;
    const handle = labOnWorkers(o.record, step, STRATEGIES.map((s) => labFromConfig(from, opts, s)), n, (done, total) => {
      labProgress.value = done;
      labStatus.textContent = `Playing… ${done} of ${total} games from step ${step}.`;
    });
    lab = handle;
    handle.done.then((rows) => {
      if (lab !== handle) return;
      labStart.disabled = false;
      labProgress.hidden = true;
      const { runs, verdict } = compareFrom(from, opts, rows);
      labStatus.textContent = `${STRATEGIES.length * n} games from step ${step} (round ${from.round}), Normal bots, each strategy on the same seeds.`;
      labOut.replaceChildren(
        h('div', { class: 'lab-from-scroll' }, h('table', { class: 'lab-from-table' },
          h('caption', {}, `From step ${step}: each US strategy, share of games won, and of games reaching De facto alliance or beyond, and the treaty`),
          h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Strategy'), POWERS.map((p) => h('th', { scope: 'col' }, h('abbr', { title: `${POWER_NAMES[p]} wins` }, SHORT[p]))), h('th', { scope: 'col' }, 'De facto+'), h('th', { scope: 'col' }, 'Treaty'))),
          h('tbody', {}, runs.map((r) => h('tr', {},
            h('th', { scope: 'row' }, STRATEGY[r.summary.strategy].name),
            POWERS.map((p) => h('td', {}, pctText(r.summary.winRate[p]))),
            h('td', {}, pctText(r.summary.alignment.defacto.rate)),
            h('td', {}, pctText(r.summary.alignment.dejure.rate))))))),
        // What the runs say as a whole; each comparison's test folded away below it.
        h('div', { class: 'lab-from-verdict' }, h('p', {}, fromLine(from, step)), verdict.headline.map((line) => h('p', {}, line)),
          verdict.findings.length ? h('details', {}, h('summary', {}, `Each pair of strategies compared, with its tests (${verdict.findings.length} pairs, ${verdict.comparisons.length} tests)`), verdict.findings.map((line) => h('p', {}, line))) : null));
      announce(labStatus.textContent);
    }, (e: unknown) => {
      if (lab !== handle) return;
      labStart.disabled = false;
      labProgress.hidden = true;
      labStatus.textContent = `The lab failed: ${e instanceof Error ? e.message : String(e)}`;
    });
  });

  const el = h('section', { class: 'analysis', 'aria-labelledby': 'analysis-title' },
    h('h2', { id: 'analysis-title' }, 'Analysis'),
    h('div', { class: 'analysis-row' }, depth, start),
    progress, status, chart.el, here, points, tableSlot,
    h('h3', {}, 'From this step'),
    stepNote,
    h('div', { class: 'playon-seats', role: 'group', 'aria-label': 'Who plays each power from here' },
      POWERS.map((p) => h('label', {}, h('span', { class: `power-tag tag-${p}` }, POWER_NAMES[p]), seatSelects[p]))),
    playOn,
    h('div', { class: 'analysis-row' }, games, labStart),
    labProgress, labStatus, labOut);

  return {
    el,
    mark(step) {
      chart.mark(step);
      sayHere(step);
      stepNote.textContent = `Step ${step}, round ${roundOf(step)}: play on with people and bots, or let each US strategy of the lab play on with Normal bots.`;
    },
    stop() {
      running?.cancel();
      lab?.cancel();
    },
  };
}
