/**
 * Every action the player is shown says what it will do: the rules' forecast,
 * computed once per render for the actions on screen (never per hover), in the
 * game's words. Warnings that a player must not miss — the action cannot
 * succeed, it ends the game at the Brink, it gives something up for good —
 * are lifted out of the short line into a warning line of their own, and such
 * an action is always confirmed.
 */
import type { Action, CardId, Forecast, MatchView, Power } from '../../game';
import { describeForecast, forecastAll, sharedParts, sharedRoundEnd } from '../../game';
import type { ActionText, Describe } from '../ui/actions';

/** The forecast warnings that always ask for confirmation: a Brink ahead only when the player is the one who would lose. */
const SERIOUS = new Set(['fails', 'permanent', 'brink']);
const isSerious = (w: Forecast['warnings'][number], f: Forecast): boolean => SERIOUS.has(w.kind) || (w.kind === 'brinkAhead' && w.loser === f.power);

const key = (a: Action): string => JSON.stringify(a);

/**
 * One action's forecast as the buttons, the description panel and the confirmation show it;
 * `shared`: the parts its card's other operations share (sharedParts), said after its own.
 */
export function forecastText(f: Forecast, shared?: ReadonlySet<string>, sharedEnd?: ReadonlySet<string>): ActionText {
  if (f.illegal) return { ...describeForecast(f), warnings: [], cautions: [], mustConfirm: false };
  const serious = f.warnings.filter((w) => isSerious(w, f));
  // The line and the full text without the serious warnings: they get a line of their own, said once.
  const rest = describeForecast({ ...f, warnings: f.warnings.filter((w) => !isSerious(w, f)) }, shared, sharedEnd);
  // A line is never blank: with nothing else to say, the warning (or the full text) stands in.
  const short = rest.short || serious[0]?.text || rest.full || 'No change';
  const cautions = f.warnings.filter((w) => !isSerious(w, f)).map((w) => w.text);
  return { short, full: rest.full, warnings: rest.short ? serious.map((w) => w.text) : serious.slice(1).map((w) => w.text), cautions, mustConfirm: serious.length > 0 };
}

/** The actions on screen: the chosen card's (event and ops), or every answer or split. */
export function shownActions(legal: readonly Action[], selected: CardId | null): Action[] {
  return legal.filter((a) => (a.kind === 'event' || a.kind === 'ops' ? a.card === selected : a.kind !== 'begin'));
}

/** Forecasts for `actions`, all at once; the returned lookup costs nothing per call. */
export function forecastLookup(view: MatchView, power: Power, actions: readonly Action[]): Describe {
  const texts = new Map<string, ActionText>();
  const forecasts = new Map<string, Forecast>();
  let shared: ReadonlySet<string> = new Set();
  let roundEnd: ReadonlySet<string> = new Set();
  if (actions.length) {
    const all = forecastAll(view, power, actions);
    shared = sharedParts(all);
    roundEnd = sharedRoundEnd(all);
    actions.forEach((a, i) => {
      const f = all[i];
      if (!f) return;
      forecasts.set(key(a), f);
      texts.set(key(a), forecastText(f, shared, roundEnd));
    });
  }
  // Declining changes nothing of its own (the round's end it may close is said above the choices):
  // say what it turns down, with the numbers accepting would bring.
  const decline = key({ kind: 'respond', accept: false });
  const yes = texts.get(key({ kind: 'respond', accept: true }));
  const no = texts.get(decline);
  if (yes && no && !no.warnings.length && (forecasts.get(decline)?.changes ?? []).every((c) => c.roundEnd)) {
    const closes = (forecasts.get(decline)?.changes.length ?? 0) > 0;
    texts.set(decline, {
      ...no,
      short: `Nothing changes; turns down: ${yes.short}`,
      full: closes
        ? `Nothing changes of its own; the proposer’s card is spent.\n${no.full}\nAccepting would bring instead:\n${yes.full}`
        : `Nothing changes; the proposer’s card is spent. Accepting would bring:\n${yes.full}`,
    });
  }
  return Object.assign((a: Action) => texts.get(key(a)) ?? null, { shared: [...shared], roundEnd: [...roundEnd] });
}
