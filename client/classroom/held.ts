/**
 * A student's match as the play screen sees it while the teacher may hold the
 * class: when held, no seat acts (the Actions region says why instead of
 * offering buttons a paused server would refuse), and the screen redraws the
 * moment the hold starts or ends.
 */
import { Listeners } from '../play/listeners';
import type { PlaySource } from '../play/source';

export interface Hold {
  /** The match, held while `why()` says so. */
  readonly wrap: (source: PlaySource) => PlaySource;
  /** Why nobody may move now, or null. */
  readonly why: () => string | null;
  /** Hold (with the reason) or release (null); redraws when it changes. */
  readonly set: (reason: string | null) => void;
}

export function classHold(): Hold {
  let reason: string | null = null;
  const listeners = new Listeners();
  return {
    why: () => reason,
    set: (next) => {
      if (next === reason) return;
      reason = next;
      listeners.emit();
    },
    wrap: (source) => ({
      seats: source.seats,
      ...(source.logNote ? { logNote: (e: number) => source.logNote?.(e) ?? null } : {}),
      ...(source.key ? { key: source.key } : {}),
      view: (seat) => source.view(seat),
      acting: () => (reason ? null : source.acting()),
      legal: (p) => (reason ? [] : source.legal(p)),
      act: (p, a) => {
        if (!reason) source.act(p, a);
      },
      playedBy: (p) => source.playedBy(p),
      onChange(f) {
        const off = source.onChange(f);
        const unlisten = listeners.add(f);
        return () => {
          off();
          unlisten();
        };
      },
      stop: () => source.stop(),
    }),
  };
}
