import type { ApiError, QueueBoard, VisitView } from '../../../shared/api';
import { callApi } from '../api/client';
import type { AppSlice } from './index';

export interface QueueSlice {
  board: QueueBoard | null;
  /** `performance.now()` when the board arrived, so timers can run on between refreshes. */
  boardReceivedAt: number;
  /** The desk this adviser has open, remembered across screens. */
  myDeskId: string | null;
  /** The visit just finished at my desk, whose contact is being recorded. */
  finishedVisit: VisitView | null;
  loadBoard: () => Promise<void>;
  setMyDesk: (deskId: string | null) => void;
  setFinishedVisit: (visit: VisitView | null) => void;
  /** Runs a queue call, then refreshes the board; returns the error to show, if any. */
  queueCall: <T>(
    run: () => Promise<{ ok: true; value: T } | { ok: false; error: ApiError }>,
  ) => Promise<{ value?: T; error?: ApiError }>;
}

export const createQueueSlice: AppSlice<QueueSlice> = (set, get) => ({
  board: null,
  boardReceivedAt: 0,
  myDeskId: null,
  finishedVisit: null,

  async loadBoard() {
    const result = await callApi('queue.board', {});
    if (result.ok) set({ board: result.value, boardReceivedAt: performance.now() });
  },

  setMyDesk: (deskId) => set({ myDeskId: deskId }),
  setFinishedVisit: (visit) => set({ finishedVisit: visit }),

  async queueCall(run) {
    const result = await run();
    await get().loadBoard();
    return result.ok ? { value: result.value } : { error: result.error };
  },
});
