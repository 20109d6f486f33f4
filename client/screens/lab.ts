/**
 * The thesis lab page (#/lab): choose a scenario, the US strategies to
 * compare and the bots, run the games in Web Workers, and read what they say
 * about P16 — charts, a table, a verdict computed from the figures, and CSV.
 * `#/lab?run=1&scenario=2019&strategies=pressure-both,wedge-russia&games=100&us=normal&china=normal&russia=normal&seed=lab`
 * fills the form and starts at once (links for a class, and the tests).
 */
import '../lab/lab.css';
import { BOT_LEVELS } from '../../game/bots';
import type { BotLevel } from '../../game/bots';
import type { GameRow, LabConfig, LabRun, StrategyId } from '../../game/lab';
import { isStrategyId, labSummary, MECHANISM, p16Verdict, STRATEGIES, STRATEGY, toCsv } from '../../game/lab';
import { SCENARIO_DATA } from '../../game';
import type { Power, ScenarioId } from '../../game';
import { POWER_NAMES, POWERS, SCENARIOS } from '../../game';
import { groupedBars, patternDefs, reachedByRound } from '../lab/plots';
import type { RunnerHandle } from '../lab/runner';
import { runOnWorkers, workerCount } from '../lab/runner';
import { comparisonTable, summaryTable } from '../lab/table';
import { COMPACT_QUERY } from '../play/views';
import { announce, h, formText } from '../ui/dom';

export const MIN_GAMES = 100;
export const MAX_GAMES = 1000;
const DEFAULT_STRATEGIES: readonly StrategyId[] = ['unsteered', 'pressure-both', 'wedge-russia', 'accommodate-russia', 'accommodate-china', 'restraint'];

interface LabForm {
  readonly scenario: ScenarioId;
  readonly strategies: readonly StrategyId[];
  readonly levels: Record<Power, BotLevel>;
  readonly games: number;
  readonly seed: string;
}

const clampGames = (n: number) => (Number.isFinite(n) ? Math.min(MAX_GAMES, Math.max(MIN_GAMES, Math.round(n))) : 200);

/** The games field as typed: the number, or why it cannot be run (never silently another number). */
export function gamesTyped(text: string): { ok: true; games: number } | { ok: false; why: string } {
  const n = Number(text.trim());
  if (text.trim() === '' || !Number.isInteger(n)) return { ok: false, why: `The number of games must be a whole number from ${MIN_GAMES} to ${MAX_GAMES}.` };
  if (n < MIN_GAMES || n > MAX_GAMES) return { ok: false, why: `${n} games cannot be run: choose from ${MIN_GAMES} to ${MAX_GAMES} games per strategy (fewer say little beyond chance).` };
  return { ok: true, games: n };
}
const isLevel = (x: string | null): x is BotLevel => (BOT_LEVELS as readonly (string | null)[]).includes(x);

function fromQuery(q: URLSearchParams): LabForm {
  const scenario = (SCENARIOS as readonly string[]).includes(q.get('scenario') ?? '') ? (q.get('scenario') as ScenarioId) : '2019';
  const picked = (q.get('strategies') ?? '').split(',').filter(isStrategyId);
  const level = (p: Power): BotLevel => { const v = q.get(p); return isLevel(v) ? v : 'normal'; };
  return {
    scenario,
    strategies: picked.length ? picked : DEFAULT_STRATEGIES,
    levels: { us: level('us'), china: level('china'), russia: level('russia') },
    games: clampGames(Number(q.get('games') ?? 200)),
    seed: q.get('seed') || 'lab',
  };
}

export function showLab(root: HTMLElement, query = new URLSearchParams()): () => void {
  const init = fromQuery(query);
  const form = h('form', { class: 'lab-form', 'aria-label': 'Lab settings' },
    h('fieldset', {},
      h('legend', {}, 'Scenario'),
      SCENARIOS.map((id) => {
        const sc = SCENARIO_DATA[id];
        return h('label', {}, h('input', { type: 'radio', name: 'scenario', value: id, checked: id === init.scenario }),
          h('span', {}, `${sc.startYear} “${sc.title}” — ${sc.rounds} rounds`));
      }),
    ),
    h('fieldset', {},
      h('legend', {}, 'US strategies to compare'),
      STRATEGIES.map((id) => h('label', {},
        h('input', { type: 'checkbox', name: 'strategy', value: id, checked: init.strategies.includes(id) }),
        h('span', {}, h('strong', {}, STRATEGY[id].name), h('span', { class: 'why' }, STRATEGY[id].summary)))),
    ),
    h('fieldset', {},
      h('legend', {}, 'Bots and games'),
      POWERS.map((p) => h('label', {},
        h('span', { class: `power-tag tag-${p}` }, POWER_NAMES[p]),
        h('select', { name: `level-${p}`, 'aria-label': `${POWER_NAMES[p]} bot level` },
          BOT_LEVELS.map((l) => h('option', { value: l, selected: l === init.levels[p] }, l === 'hard' ? 'hard (slow)' : l === 'expert' ? 'expert (slowest)' : l))))),
      h('label', {}, `Games per strategy (${MIN_GAMES}–${MAX_GAMES})`,
        h('input', { type: 'number', name: 'games', min: MIN_GAMES, max: MAX_GAMES, step: 1, value: init.games })),
      h('label', {}, 'Seed', h('input', { type: 'text', name: 'seed', value: init.seed, maxlength: 40, size: 12 })),
    ),
  );
  const runBtn = h('button', { type: 'button', class: 'primary', id: 'lab-run' }, 'Run the games');
  const cancelBtn = h('button', { type: 'button', class: 'secondary', id: 'lab-cancel', hidden: true }, 'Stop');
  const bar = h('progress', { max: 1, value: 0, 'aria-label': 'Games played' });
  const barText = h('span', { id: 'lab-progress-text' }, '');
  const progress = h('div', { class: 'lab-progress', hidden: true, id: 'lab-progress' }, bar, barText);
  const results = h('section', { id: 'lab-results', 'aria-live': 'polite' });
  root.append(h('main', { class: 'lab-page' },
    h('p', {}, h('a', { href: '#/' }, '← Menu')),
    h('h1', {}, 'Thesis lab'),
    h('p', { class: 'lab-intro' },
      'P16 of the article argues that while the US threatens both Moscow and Beijing their alignment will only deepen, that “fostering distrust” between them is naïve, and that only a durable accommodation with one or both can prevent an alliance. Here bots play hundreds of games under each US strategy you pick, and the page reports how often and how soon the alliance formed.'),
    modelBox(),
    form,
    h('div', { class: 'lab-actions' }, runBtn, cancelBtn, h('span', { class: 'hint' }, `Runs in ${workerCount()} background worker${workerCount() > 1 ? 's' : ''}; the same seed gives the same games.`)),
    progress,
    results,
  ));

  let handle: RunnerHandle | null = null;
  const read = (): LabForm => {
    const d = new FormData(form);
    return {
      scenario: formText(d, 'scenario') as ScenarioId,
      strategies: d.getAll('strategy').map(String).filter(isStrategyId),
      levels: Object.fromEntries(POWERS.map((p) => [p, formText(d, `level-${p}`)])) as Record<Power, BotLevel>,
      games: Number(formText(d, 'games')),
      seed: formText(d, 'seed') || 'lab',
    };
  };
  const setRunning = (on: boolean) => {
    runBtn.disabled = on;
    cancelBtn.hidden = !on;
    for (const el of form.querySelectorAll('input, select')) (el as HTMLInputElement).disabled = on;
  };
  const start = () => {
    const typed = gamesTyped(formText(new FormData(form), 'games'));
    const f = read();
    results.replaceChildren();
    if (!typed.ok) {
      results.append(h('p', { class: 'lab-error', role: 'alert', id: 'lab-games-error' }, typed.why));
      return;
    }
    if (f.strategies.length === 0) {
      results.append(h('p', { class: 'lab-error' }, 'Choose at least one US strategy.'));
      return;
    }
    const cfgs: LabConfig[] = f.strategies.map((strategy) => ({ scenario: f.scenario, strategy, levels: f.levels, seed: f.seed }));
    const total = f.games * cfgs.length;
    const t0 = performance.now();
    setRunning(true);
    progress.hidden = false;
    bar.max = total;
    bar.value = 0;
    barText.textContent = `0 of ${total} games`;
    handle = runOnWorkers(cfgs.map((cfg) => ({ cfg, games: f.games })), (done) => {
      bar.value = done;
      barText.textContent = `${done} of ${total} games`;
    });
    handle.done.then(
      (rows) => {
        const seconds = (performance.now() - t0) / 1000;
        barText.textContent = `${total} of ${total} games in ${seconds.toFixed(1)} s (${(total / seconds).toFixed(1)} games/s)`;
        progress.dataset.seconds = seconds.toFixed(3);
        progress.dataset.done = 'true';
        setRunning(false);
        showResults(results, f, cfgs, rows);
        announce(`Lab finished: ${total} games.`);
      },
      (e: unknown) => {
        setRunning(false);
        results.append(h('p', { class: 'lab-error', role: 'alert' }, `The run failed: ${e instanceof Error ? e.message : String(e)}`));
      },
    );
  };
  runBtn.addEventListener('click', start);
  cancelBtn.addEventListener('click', () => {
    handle?.cancel();
    setRunning(false);
    barText.textContent += ' — stopped';
  });
  if (query.get('run') === '1') start();
  return () => handle?.cancel();
}

const pct = (x: number) => `${Math.round(x * 100)}%`;

/** The rules that build P16's mechanism in: a run can only find what they let happen. */
function modelBox(): HTMLElement {
  // Open where there is room; on a phone the list would push the form two screens down: a tap opens it.
  const roomy = typeof matchMedia !== 'function' || !matchMedia(COMPACT_QUERY).matches;
  return h('section', { class: 'lab-model', id: 'lab-model', 'aria-labelledby': 'lab-model-title' },
    h('h2', { id: 'lab-model-title' }, 'The runs test the model, not the world'),
    h('p', {}, 'These rules put the article’s mechanism into the game, so the bots’ games can only show what follows from them — not whether the world works this way.'),
    h('details', { open: roomy },
      h('summary', {}, `The ${MECHANISM.length} rules`),
      h('ul', {}, MECHANISM.map((m) => h('li', {},
        h('strong', {}, m.cite), ' — ', m.rule, ' ', h('span', { class: 'why' }, m.encodes))))));
}

function showResults(out: HTMLElement, f: LabForm, cfgs: readonly LabConfig[], rows: readonly GameRow[][]): void {
  const labRuns: LabRun[] = cfgs.map((cfg, i) => ({ summary: labSummary(cfg, rows[i] ?? []), rows: rows[i] ?? [] }));
  const runs = labRuns.map((r) => r.summary);
  const v = p16Verdict(labRuns);
  const bots = POWERS.map((p) => `${POWER_NAMES[p]} ${f.levels[p]}`).join(', ');
  const csv = toCsv(cfgs.map((cfg, i) => ({ strategy: cfg.strategy, scenario: cfg.scenario, rows: rows[i] ?? [] })));
  const download = h('button', { type: 'button', class: 'secondary', id: 'lab-csv' }, 'Download CSV (a row per game)');
  download.addEventListener('click', () => {
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv' }));
    const a = h('a', { href: url, download: `multipolar-lab-${f.scenario}-${f.seed}.csv` });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  });
  const errors = runs.reduce((x, r) => x + r.errors, 0);
  const comparisons = v.comparisons.length ? [h('div', { class: 'lab-table-wrap' }, comparisonTable(v.comparisons))] : [];
  out.replaceChildren(
    h('div', { class: 'lab-verdict', id: 'lab-verdict' },
      h('h2', {}, 'What these runs say about P16'),
      v.headline.slice(0, 1).map((t) => h('p', { class: 'headline' }, t)),
      v.findings.map((t) => h('p', { class: 'finding' }, t)),
      v.headline.slice(1).map((t) => h('p', { class: 'headline' }, t)),
      h('ul', { hidden: v.untested.length === 0 }, v.untested.map((t) => h('li', {}, t))),
      h('h3', {}, 'Each strategy'),
      h('ul', {}, v.figures.map((t) => h('li', {}, t))),
      h('p', { class: 'caveat' },
        `${f.games} games per strategy, scenario ${f.scenario}, bots: ${bots}, seed “${f.seed}”; every strategy plays the same games (seed “${f.seed}:i” for game i). Each declared comparison is McNemar’s test on those pairs (exact binomial under 25 discordant games), at two levels, with Holm’s correction across all of them; rates carry 95 % Wilson intervals. The comparisons are fixed in advance, not picked from the results. The runs test the model, not the world (see the rules above).${errors ? ` ${errors} games ended in an error.` : ''}`),
    ),
    ...comparisons,
    patternDefs(),
    // A chart keeps its labels readable rather than shrink to a phone's width: say that it scrolls.
    h('p', { class: 'hint lab-swipe' }, 'Each chart is wider than this screen: swipe it sideways to see all of it.'),
    h('div', { class: 'lab-charts', id: 'lab-charts' }, [
      groupedBars('How often each alignment level was reached', runs, [
        { name: 'Quasi-alliance', color: '#94a3b8' },
        { name: 'De facto alliance', color: '#f59e0b', pattern: 'lab-diag' },
        { name: 'De jure alliance', color: '#ef4444', pattern: 'lab-cross' },
      ], (r, i) => [r.alignment.quasi.rate, r.alignment.defacto.rate, r.alignment.dejure.rate][i] ?? 0, { yMax: 1, fmt: pct }),
      reachedByRound('How soon: De facto alliance reached by the end of each round', runs, (r) => r.alignment.defacto.byRound),
      groupedBars('Who won', runs, [
        { name: 'United States', color: '#3b82f6', pattern: 'lab-diag' },
        { name: 'China', color: '#ef4444', pattern: 'lab-dots' },
        { name: 'Russia', color: '#8b5cf6', pattern: 'lab-cross' },
      ], (r, i) => r.winRate[POWERS[i] as Power], { yMax: 1, fmt: pct }),
      groupedBars('Global tension (1 Détente … 5 Brink)', runs, [
        { name: 'Mean over rounds', color: '#fbbf24' },
        { name: 'Mean peak', color: '#f97316', pattern: 'lab-diag' },
      ], (r, i) => (i === 0 ? r.tension.mean : r.tension.meanPeak), { yMax: 5, fmt: (x) => x.toFixed(1), note: (r) => `Brink ${pct(r.tension.brinkRate)}` }),
    ].map((chart) => h('div', { class: 'lab-chart-wrap' }, chart))),
    h('div', { class: 'lab-table-wrap' }, summaryTable(runs)),
    h('div', { class: 'lab-actions' }, download),
  );
}
