// A worker thread of the server's thinker (server/bots/thinker.ts). Node 20 does not hand a worker
// the parent's TypeScript loader, so the worker registers tsx itself before loading the task.
import { register } from 'tsx/esm/api';

register();
const { think } = await import('./think.ts');
export default think;
