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
      services: data.services.map((s) => ({
        id: s.id,
        name: s.name,
        departmentId: s.department_id,
      })),
      departments: data.departments,
      interactionTypes: data.interactionTypes.map((t) => ({
        id: t.id,
        name: t.name,
        bvpi157: t.bvpi157 === 1,
      })),
      customerTypes: data.customerTypes.map((t) => ({
        id: t.id,
        code: t.code,
        name: t.name,
        isAnonymous: t.is_anonymous === 1,
      })),
      teams: data.teams,
    };
  },
};
