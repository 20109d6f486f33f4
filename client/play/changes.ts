/**
 * What changed on the board between two views of a match, as the keys the
 * board highlights for a moment (BoardVM.changed). Pure: the screen computes
 * it, so the board draws what it is given and never diffs states itself.
 */
import type { MatchView, RegionId, Theater } from '../../game';
import { alignment, DOMAINS, POWERS, REGIONS, THEATERS } from '../../game';

/** A region, a theater's header, the top bar, or one of the meter cards. */
export type ChangeKey = RegionId | Theater | 'topBar' | 'cooperation' | 'alignment' | 'us' | 'russia' | 'china';

export const NO_CHANGE: ReadonlySet<ChangeKey> = new Set();

export function changedKeys(prev: MatchView | null, next: MatchView): ReadonlySet<ChangeKey> {
  if (!prev || prev === next) return NO_CHANGE;
  const out = new Set<ChangeKey>();
  for (const r of REGIONS) if (POWERS.some((p) => prev.influence[r][p] !== next.influence[r][p])) out.add(r);
  for (const t of THEATERS) {
    if (prev.theaterTension[t] !== next.theaterTension[t] || prev.forces.china[t] !== next.forces.china[t] || prev.forces.russia[t] !== next.forces.russia[t]) out.add(t);
  }
  if (prev.globalTension !== next.globalTension || POWERS.some((p) => prev.prestige[p] !== next.prestige[p])) out.add('topBar');
  if (DOMAINS.some((d) => prev.tracks[d] !== next.tracks[d])) out.add('cooperation');
  if (alignment(prev) !== alignment(next) || prev.treaty !== next.treaty) out.add('alignment');
  if (prev.hostility.china !== next.hostility.china || prev.hostility.russia !== next.hostility.russia || prev.focus !== next.focus || prev.usPool !== next.usPool) out.add('us');
  if (prev.dependency !== next.dependency || prev.standing !== next.standing) out.add('russia');
  if (prev.chinaTech !== next.chinaTech || prev.exportControls !== next.exportControls) out.add('china');
  return out.size ? out : NO_CHANGE;
}
