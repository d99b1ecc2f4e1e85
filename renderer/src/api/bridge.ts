import type { Bridge } from '../../../shared/api/bridge';

export type { Bridge };

declare global {
  interface Window {
    councilContact?: Bridge;
  }
}
