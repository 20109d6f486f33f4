/**
 * A hot-seat match on the play screen (client/play/controller.ts), which
 * every other kind of match (online, classroom seats, tutorial, replay) uses too.
 */
import { SCENARIO_DATA } from '../../game';
import type { HotseatOptions } from '../hotseat/match';
import { HotseatMatch } from '../hotseat/match';
import { showMatch } from '../play/controller';
import { replayOnGameOver } from '../replay/finished';

export { showMatch };
export type { PlayScreen } from '../play/controller';

/** A hot-seat match; its rematch starts a fresh one with the same options. */
export function showPlay(root: HTMLElement, options: HotseatOptions): () => void {
  const s = SCENARIO_DATA[options.scenario];
  let stop = (): void => undefined;
  const start = (): void => {
    stop();
    root.replaceChildren();
    const source = new HotseatMatch(options);
    stop = showMatch(root, {
      source,
      title: `${s.startYear} “${s.title}”`,
      rematch: { label: 'Rematch', run: start },
      gameOverExtra: replayOnGameOver(source),
      menu: { href: '#/', label: 'Back to the menu' },
      confirmByDefault: 'firstGames',
    });
  };
  start();
  return () => stop();
}
