/**
 * The last line: a promise rejection nobody handled or an exception nobody caught
 * is counted and logged by sample instead of ending the process, so that one
 * match's failure cannot stop every other match. Input is validated before
 * boardgame.io sees it (server/socket/), so nothing is expected to reach here;
 * what does is a bug to fix, visible in /healthz (`faults`).
 */
import { SampledLog } from './sampled-log';

export const faults = new SampledLog('caught by the process safety net');

let installed = false;

export function installSafetyNet(proc: NodeJS.Process = process): void {
  if (installed) return;
  installed = true;
  proc.on('unhandledRejection', (reason) => faults.note('unhandledRejection', reason));
  proc.on('uncaughtException', (err) => faults.note('uncaughtException', err));
}
