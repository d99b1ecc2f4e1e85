// Warning markers on the queue board (go-live issue, item 6): each marker shown is logged
// with who saw it and where, once per ten minutes it stays on screen.
import { describe, expect, it } from 'vitest';
import { createTestBackend, ok, referenceIds } from '../../test/support/backend';
import { NOW } from './access-rules.support';

describe('warning markers on the queue board', () => {
  it('logs each marker the board shows, with who saw it and where', async () => {
    const backend = await createTestBackend(NOW);
    try {
      backend.setSetting('security.lockAfterMinutes', 60); // the clock moves in big steps
      await backend.signIn('adviser');
      const ids = await referenceIds(backend);
      const sqlite = backend.opened.database!.sqlite;
      const views = () =>
        sqlite
          .prepare(
            "select v.marker_id, s.username, v.context from customer_marker_views v join staff s on s.id = v.staff_id where v.context = 'queue board'",
          )
          .all();
      // An empty queue, and a visitor with no record: nothing shown, nothing logged.
      await ok(backend.call('queue.checkIn', { serviceId: ids.councilTax, customerName: 'Bob' }));
      await ok(backend.call('queue.board', {}));
      expect(views()).toEqual([]);

      const customer = await ok(
        backend.call('customers.create', { firstName: 'Sam', lastName: 'Jones' }),
      );
      sqlite
        .prepare(
          "insert into customer_markers (id, customer_id, kind, reason, review_date, set_by, set_at) values ('m1', ?, 'Potentially violent person', 'Threatened staff, March 2026', '2027-03-01', (select id from staff where username = 'teamleader'), '2026-03-02T10:00:00Z')",
        )
        .run(customer.id);
      await ok(
        backend.call('queue.checkIn', { serviceId: ids.councilTax, customerId: customer.id }),
      );
      const board = await ok(backend.call('queue.board', {}));
      expect(board.waiting.flatMap((v) => v.warningMarkers.map((m) => m.kind))).toEqual([
        'Potentially violent person',
      ]);
      expect(views()).toEqual([{ marker_id: 'm1', username: 'adviser', context: 'queue board' }]);

      // The board refreshes every 5 seconds: while the marker stays on the adviser's screen,
      // a row every 10 minutes, not one per refresh.
      backend.clock.advance(5_000);
      await ok(backend.call('queue.board', {}));
      expect(views()).toHaveLength(1);
      backend.clock.advance(10 * 60_000);
      await ok(backend.call('queue.board', {}));
      expect(views()).toHaveLength(2);

      // The team leader's board is logged as theirs.
      await backend.signIn('teamleader');
      await ok(backend.call('queue.board', { siteId: board.site.id }));
      expect(views()).toHaveLength(3);
      expect(views().at(-1)).toEqual({
        marker_id: 'm1',
        username: 'teamleader',
        context: 'queue board',
      });
    } finally {
      await backend.close();
    }
  });
});
