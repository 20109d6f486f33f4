/** Whether a boardgame.io storage is synchronous: boardgame.io branches on it, and so do its wrappers. */
import type { StorageAPI } from 'boardgame.io';

// StorageAPI.Type.SYNC is 0; the enum exists in boardgame.io's types only, not at run time.
export const isSynchronous = (s: StorageAPI.Sync | StorageAPI.Async): boolean => Number(s.type()) === 0;
