import { ApiFailure } from '../../../shared/api/errors';
import { countStaff } from '../../../db/queries/staff/staff';
import type { Handlers } from '../context';
import { createCouncil, ensureDefaultStandards } from './first-run';
import { seedDemoCouncil } from './demo-council';
import { hashPassword } from '../../../db/password-hash';
import { passwordProblem } from '../auth/password-rules';

const ALREADY_SET_UP =
  'This council is already set up. Sign in, or ask an administrator for an account.';

export const setupHandlers: Pick<
  Handlers,
  'setup.createCouncil' | 'setup.tryDemo' | 'setup.joinCouncil'
> = {
  async 'setup.createCouncil'(ctx, input) {
    if ((await countStaff(ctx.db)) > 0) throw new ApiFailure('CONFLICT', ALREADY_SET_UP);
    const problem = passwordProblem(input.password, input.username);
    if (problem) throw new ApiFailure('VALIDATION', problem, { password: problem });
    const created = await createCouncil(ctx.db, ctx.clock.now(), {
      councilName: input.councilName,
      site: { name: input.siteName, kind: input.siteKind },
      administrator: {
        displayName: input.displayName,
        username: input.username,
        passwordHash: await hashPassword(input.password),
      },
    });
    if (!created) throw new ApiFailure('CONFLICT', ALREADY_SET_UP);
    await ensureDefaultStandards(ctx.db, ctx.clock.now());
    return { username: input.username };
  },

  async 'setup.tryDemo'(ctx) {
    if (!(await seedDemoCouncil(ctx.db, ctx.clock.now())))
      throw new ApiFailure('CONFLICT', ALREADY_SET_UP);
    await ensureDefaultStandards(ctx.db, ctx.clock.now());
    return null;
  },

  async 'setup.joinCouncil'(ctx, input) {
    if ((await countStaff(ctx.db)) > 0) throw new ApiFailure('CONFLICT', ALREADY_SET_UP);
    // Enrols as a PC holding nothing, then takes the council's lists, staff and records in
    // its first round; the rounds go on every few seconds after.
    await ctx.sync.enrol(input);
    return { staffArrived: (await countStaff(ctx.db)) > 0 };
  },
};
