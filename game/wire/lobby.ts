/**
 * The bodies the Lobby API accepts (boardgame.io 0.50 routes), one closed
 * schema per action: a field the action does not read is refused, names go
 * through the one name policy (game/wire/names.ts) and come out cleaned, and
 * setupData holds only what the game reads (a scenario and who takes each
 * seat), so it stays a few dozen bytes. `data` on a seat is the server's
 * alone: the server refuses it (403) before these schemas run.
 */
import * as v from 'valibot';
import type { BotLevel } from '../bots/types';
import { BOT_LEVELS } from '../bots/types';
import { SCENARIOS, SEATS } from '../types';
import { cleanName, NAME_RULE } from './names';

/** A move a bot made for a seat while its person was away (`away`: their name) or the seat was open (null); `at`: the move's first log line. */
export interface StandInMove {
  readonly at: number;
  readonly away: string | null;
}

/** What the server keeps on a seat (`data`), sent to every page with the seats. */
export interface SeatData {
  /** The server plays this seat for good. */
  readonly bot?: BotLevel;
  /** The server plays this seat while its person is away (or, after one left, until someone joins). */
  readonly standIn?: BotLevel;
  /** The moves a stand-in made for this seat, oldest first: kept when its person returns, so the log can say so. */
  readonly standIns?: readonly StandInMove[];
}

export const SEAT_CHOICES = ['human', ...BOT_LEVELS] as const;
export type SeatChoice = (typeof SEAT_CHOICES)[number];

const seat = (field: string) => v.picklist(SEATS, `${field} must be one of ${SEATS.join(', ')}`);
const seatChoice = (s: string) => v.optional(v.picklist(SEAT_CHOICES, `setupData.seats.${s} must be one of ${SEAT_CHOICES.join(', ')}`));

const Seats = v.pipe(
  v.strictObject({ '0': seatChoice('0'), '1': seatChoice('1'), '2': seatChoice('2') }, `setupData.seats must be an object with keys ${SEATS.join(', ')}`),
  v.check((s) => SEATS.some((k) => s[k] === undefined || s[k] === 'human'), 'at least one seat must be for a person'),
);

export const SetupData = v.strictObject(
  {
    scenario: v.optional(v.picklist(SCENARIOS, `setupData.scenario must be one of ${SCENARIOS.join(', ')}`)),
    seats: v.optional(Seats),
  },
  'setupData must be an object with only scenario and seats',
);
export type SetupData = v.InferOutput<typeof SetupData>;

const NumPlayers = v.optional(v.union([v.literal(3), v.literal('3')], 'numPlayers must be 3'));
const Unlisted = v.optional(v.boolean('unlisted must be true or false'));
const Credentials = v.pipe(
  v.string('credentials are required'),
  v.minLength(1, 'credentials are required'),
  v.maxLength(200, 'credentials are too long'),
);

/** A name field: cleaned by the name policy, refused when nothing usable is left. */
const Name = (field: string) =>
  v.pipe(
    v.string(`${field} is required and must be a string`),
    v.rawTransform(({ dataset, addIssue, NEVER }) => {
      const name = cleanName(dataset.value);
      if (name === null) {
        addIssue({ message: `${field}: ${NAME_RULE}` });
        return NEVER;
      }
      return name;
    }),
  );

const closed = <T extends v.ObjectEntries>(entries: T) => v.strictObject(entries, 'the request body must be a JSON object');

export const CreateBody = closed({ numPlayers: NumPlayers, setupData: v.optional(SetupData), unlisted: Unlisted });
export const JoinBody = closed({ playerName: Name('playerName'), playerID: v.optional(v.nullable(seat('playerID'))) });
export const LeaveBody = closed({ playerID: seat('playerID'), credentials: Credentials });
export const PlayAgainBody = closed({
  playerID: seat('playerID'),
  credentials: Credentials,
  numPlayers: NumPlayers,
  setupData: v.optional(SetupData),
  unlisted: Unlisted,
});
export const UpdateBody = closed({ playerID: seat('playerID'), credentials: Credentials, newName: Name('newName') });

/** The Lobby's POST actions on a match (create is on the game); rename is refused (update replaces it). */
export const LOBBY_SCHEMAS = {
  create: CreateBody,
  join: JoinBody,
  leave: LeaveBody,
  playAgain: PlayAgainBody,
  update: UpdateBody,
} as const;
export type LobbyAction = keyof typeof LOBBY_SCHEMAS;

export type CreateBody = v.InferOutput<typeof CreateBody>;
export type JoinBody = v.InferOutput<typeof JoinBody>;

/** The first problem with a body, as one sentence for `{ error }`. */
export function lobbyIssue(issues: readonly v.BaseIssue<unknown>[]): string {
  const first = issues[0];
  if (!first) return 'bad request';
  const path = v.getDotPath(first);
  if (first.type === 'strict_object' && path) {
    if (first.expected === 'never') return `unknown field "${path.slice(0, 40)}"`;
    if (first.received === 'undefined') return path === 'credentials' ? 'credentials are required' : `${path} is required`;
  }
  return first.message;
}
