/**
 * The server as `npm start` runs it, plus a minimal boardgame.io game served
 * by the same code (same transport, storage and fences): the benchmark's floor.
 */
import type { Game } from 'boardgame.io';
import { configFromEnv } from '../../server/config';
import { runServer } from '../../server/run';

/** One counter, one active seat at a time handed round the table, as Multipolar does. */
export const Floor: Game<{ n: number }> = {
  name: 'floor',
  minPlayers: 3,
  maxPlayers: 3,
  setup: () => ({ n: 0 }),
  turn: {
    order: { first: () => 0, next: () => 0 },
    activePlayers: { currentPlayer: 'act' },
    stages: {
      act: {
        moves: {
          tick: {
            move: ({ G, playerID, events }) => {
              events.setActivePlayers({ value: { [String((Number(playerID) + 1) % 3)]: 'act' } });
              return { n: G.n + 1 };
            },
            client: false,
          },
        },
      },
    },
  },
};

await runServer(configFromEnv(), [Floor]);
