/** When a hot-seat match ends: keep its record in this browser and offer its replay. */
import { encodeRecord } from '../../game/sim';
import type { MatchView } from '../../game';
import { POWER_NAMES, POWERS } from '../../game';
import type { HotseatMatch } from '../hotseat/match';
import { h } from '../ui/dom';
import { headline } from '../ui/gameover';
import { replayHash, saveFinished } from './store';

/** The `#/replay?r=…` address of the finished match, or null if its record could not be read. */
export function keepFinished(match: HotseatMatch, view: MatchView): string | null {
  const record = match.record();
  if (!record) return null;
  let code: string;
  try {
    code = encodeRecord(record);
  } catch {
    return null;
  }
  const seats = match.options.seats;
  saveFinished({
    code,
    scenario: record.scenario,
    finishedAt: Date.now(),
    summary: headline(view),
    seats: POWERS.map((p) => `${POWER_NAMES[p]}: ${seats[p] === 'human' ? 'person' : `bot (${seats[p]})`}`).join(' · '),
  });
  return replayHash(code);
}

/** For the game-over dialog: a "Replay this match" link, filled in once the match ends. */
export function replayOnGameOver(match: HotseatMatch): HTMLElement {
  const slot = h('p', { class: 'gameover-replay' });
  const off = match.onChange(() => {
    const view = match.view('us');
    if (!view?.outcome) return;
    off();
    const href = keepFinished(match, view);
    slot.replaceChildren(href
      ? h('a', { href, id: 'gameover-replay' }, 'Replay this match step by step')
      : h('span', { class: 'hint' }, 'This match could not be kept for replay.'));
  });
  return slot;
}
