import { listReferenceData } from '../../../db/queries/reference/reference';
import { getSetting } from '../../../db/queries/settings/settings';
import type { Handlers } from '../context';

export const referenceHandlers: Pick<Handlers, 'reference.list'> = {
  async 'reference.list'(ctx) {
    const [data, councilName, fcrPercent] = await Promise.all([
      listReferenceData(ctx.db),
      getSetting(ctx.db, 'council.name'),
      getSetting(ctx.db, 'targets.fcrPercent'),
    ]);
    return {
      councilName,
      fcrTarget: fcrPercent / 100,
      sites: data.sites.map((s) => ({ id: s.id, name: s.name, kind: s.kind })),
      services: data.services,
      departments: data.departments,
      interactionTypes: data.interactionTypes,
      customerTypes: data.customerTypes,
      teams: data.teams,
    };
  },
};
