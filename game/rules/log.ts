import type { LogEntry, MatchState, PrestigeChange } from '../state';
import { append } from './copy';
import type { Paragraph, Power } from '../types';

/** Append a plain sentence to the match log. */
export function log(
  s: MatchState,
  power: Power | null,
  text: string,
  cite?: Paragraph,
  turningPoint = false,
  prestige?: PrestigeChange,
): void {
  const entry: LogEntry = {
    round: s.round,
    power,
    text,
    ...(cite ? { cite } : {}),
    ...(turningPoint ? { turningPoint } : {}),
    ...(prestige ? { prestige } : {}),
  };
  append(s, 'log', entry);
}
