/** One benchmark: what it measures, its budget, and how to run it once. */
export interface Benchmark {
  name: string;
  unit: 'ms' | 'ops/s';
  /** For `ms`, the most allowed; for `ops/s`, the least. */
  budget: number;
  /** Why this budget. */
  reason: string;
  run(): Promise<{ value: number; baseline?: number }> | { value: number; baseline?: number };
  /** How many runs to take the best of (default 3; 1 for one that takes minutes). */
  runs?: number;
  /** Lets go of what runs kept open between them (a back end, its worker threads). */
  close?(): Promise<void>;
}

export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  budget: number;
  ok: boolean;
  baseline: number | null;
  /** ours / baseline: the cost of our layers over the simplest hand-written code. */
  ratio: number | null;
}
