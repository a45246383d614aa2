import { dashboardSummary } from '../dashboard/summary';
import type { HandlerMap } from '../registry';

export const dashboardHandlers: HandlerMap<'dashboard.summary'> = {
  'dashboard.summary': { run: (ctx) => dashboardSummary(ctx.db, ctx.now().slice(0, 10)) },
};
