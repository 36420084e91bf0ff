// The least any SDK built on ky and zod/mini weighs (a `floor-*` row of ../budgets.json): one
// request through ky and one object schema from zod/mini's public API, nothing else. The SDK row
// minus this row is what the SDK's own code costs (docs/bundle-budget.md, "Floors").
import ky from 'ky';
import * as z from 'zod/mini';

const account = z.object({ id: z.string() });

export const readAccount = async (url: string) => z.parse(account, await ky.get(url).json());
