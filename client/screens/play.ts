/**
 * A hot-seat match on the play screen (client/play/controller.ts), which
 * every other kind of match (online, classroom seats, tutorial, replay) uses too.
 */
import { SCENARIO_DATA } from '../../game';
import type { HotseatOptions } from '../hotseat/match';
import { HotseatMatch } from '../hotseat/match';
import { forgetSaved, RESUME_HASH, savedHotseat } from '../hotseat/saved';
import { botDelayMs } from '../play/settings';
import { showMatch } from '../play/controller';
import { replayOnGameOver } from '../replay/finished';

export { showMatch };
export type { PlayScreen } from '../play/controller';

/**
 * A hot-seat match, kept in this browser as it goes (client/hotseat/saved.ts); `resume` goes on
 * with the saved one instead of dealing anew. Its rematch starts a fresh one with the same options.
 */
export function showPlay(root: HTMLElement, options: HotseatOptions, resume = false): () => void {
  const s = SCENARIO_DATA[options.scenario];
  let stop = (): void => undefined;
  const start = (again: boolean): void => {
    stop();
    root.replaceChildren();
    const source = new HotseatMatch({ ...options, save: again ? 'resume' : 'new' });
    // The address now names the match in progress, so a reload resumes it rather than dealing a new one.
    history.replaceState(history.state, '', RESUME_HASH);
    stop = showMatch(root, {
      source,
      title: `${s.startYear} “${s.title}”`,
      rematch: { label: 'Rematch', run: () => start(false) },
      gameOverExtra: replayOnGameOver(source),
      menu: { href: '#/', label: 'Back to the menu' },
      confirmByDefault: 'firstGames',
    });
  };
  start(resume);
  return () => stop();
}

/** The saved match on the play screen, or null when there is none (or it cannot be read back). */
export function resumePlay(root: HTMLElement): (() => void) | null {
  const saved = savedHotseat();
  if (!saved) return null;
  try {
    return showPlay(root, { scenario: saved.scenario, seats: saved.seats, seed: saved.seed, botDelayMs: botDelayMs() }, true);
  } catch {
    // What was stored is not a match this version can read: start afresh rather than fail.
    forgetSaved();
    root.replaceChildren();
    return null;
  }
}
