/** `npm start`: build once (see package.json), then serve the game on one port. */
import { configFromEnv } from './config';
import { runServer } from './run';

await runServer(configFromEnv());
