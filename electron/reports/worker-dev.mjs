// Development and tests run the TypeScript sources directly: register tsx in this thread
// (a worker does not inherit the parent's loader), then start the worker itself.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
