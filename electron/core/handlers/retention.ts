import type { HandlerMap } from '../registry';
import { listRetention } from '../retention/list';

export const retentionHandlers: HandlerMap<'retention.list'> = {
  'retention.list': {
    run: (ctx, input) => listRetention(ctx.db, { asOf: input?.asOf ?? ctx.now().slice(0, 10), pastOnly: input?.pastOnly, kinds: input?.kinds, limit: input?.limit }),
  },
};
