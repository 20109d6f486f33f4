/**
 * `--judgement POWER:TERM=N,…` for simulate and tune: how one power's bot weighs a position,
 * as terms that replace those of its level's own judgement (judgementFor in game/bots).
 */
import { POWERS } from '../../game';
import type { Power } from '../../game';
import { JUDGEMENT_TERMS } from '../../game/bots';
import type { JudgementTerms } from '../../game/bots';

export const JUDGEMENT_USAGE = `--judgement POWER:TERM=N,… (TERM: ${JUDGEMENT_TERMS.join('|')})`;

const isPower = (x: string): x is Power => (POWERS as readonly string[]).includes(x);
const isTerm = (x: string): x is (typeof JUDGEMENT_TERMS)[number] => (JUDGEMENT_TERMS as readonly string[]).includes(x);

/** "us:rival=0.35,income=0.65" (one text a power) to each power's terms; `fail` on anything else. */
export function parseJudgementArgs(texts: readonly string[], fail: (msg: string) => never): Partial<Record<Power, JudgementTerms>> {
  const out: Partial<Record<Power, JudgementTerms>> = {};
  const usage = `--judgement takes POWER:TERM=N,…, TERM one of ${JUDGEMENT_TERMS.join(', ')}`;
  for (const text of texts) {
    const [power, terms, ...extra] = text.split(':').map((x) => x.trim());
    if (!power || !terms || extra.length || !isPower(power)) fail(`${usage} (got "${text}")`);
    if (Object.hasOwn(out, power)) fail(`--judgement names ${power} twice`);
    const w: Partial<Record<(typeof JUDGEMENT_TERMS)[number], number>> = {};
    for (const part of terms.split(',')) {
      const [k, v] = part.split('=').map((x) => x.trim());
      const n = Number(v);
      if (!k || !isTerm(k) || v === undefined || v === '' || !Number.isFinite(n)) fail(`${usage} (got "${text}")`);
      w[k] = n;
    }
    out[power] = w;
  }
  return out;
}
