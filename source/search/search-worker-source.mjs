// Starts the search worker from the TypeScript sources (tests, tsx): registers tsx, then loads the worker.
// The bundle has its own compiled worker and never uses this file.
import {register} from 'tsx/esm/api';

register();
await import('./search-worker-thread.ts');
