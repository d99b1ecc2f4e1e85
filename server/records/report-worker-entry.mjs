// A thread does not inherit the parent's TypeScript loader under every runner (the tests'
// does not pass it on): register tsx in this thread, then start the reports worker itself.
import { register } from 'tsx/esm/api';

register();
await import('./report-worker.ts');
