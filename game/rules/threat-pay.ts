/**
 * What an accepted cooperation step pays, from the US threat (docs/design.md §8): the proposer
 * scores only while it feels threatened (with cooperationNeedsThreat), and an unthreatened China
 * pays for associating with Moscow (Beijing's caution, P4).
 */
import type { RulesState } from '../state';
import type { Partner } from '../types';
import { threatened } from './derived';
import { tuning } from './tuning';

export interface CooperationPay {
  /** Prestige to the proposer. */
  readonly proposer: number;
  /** Prestige China loses. */
  readonly chinaCaution: number;
}

export function cooperationPays(s: Pick<RulesState, 'hostility' | 'focus' | 'exportControls'>, from: Partner): CooperationPay {
  const t = tuning();
  const proposer = !t.cooperationNeedsThreat || threatened(s, from) ? t.cooperationPrestige : 0;
  const chinaCaution = threatened(s, 'china') ? 0 : t.chinaCaution;
  return { proposer, chinaCaution };
}

/** Whether a partner scores its alliance income this round (from De facto up). */
export const alliancePays = (s: Pick<RulesState, 'hostility' | 'focus' | 'exportControls'>, p: Partner): boolean =>
  !tuning().allianceNeedsThreat || threatened(s, p);
