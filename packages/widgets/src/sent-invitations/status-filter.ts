import { INVITATION_STATUSES } from '@enterprise-center/sdk';

/** The choices of the Status filter, in the order the select offers them. */
export const STATUS_FILTERS = ['all', ...INVITATION_STATUSES] as const;

/** A choice of the Status filter: one status, or `all`. */
export type StatusFilter = (typeof STATUS_FILTERS)[number];

/** The filter shown when the `status` attribute is absent. */
export const DEFAULT_STATUS: StatusFilter = 'pending';

/** `value` as a filter; anything else is the default (with a warning naming what is allowed). */
export function toStatusFilter(value: string | null | undefined): StatusFilter {
  const filter = STATUS_FILTERS.find((choice) => choice === value);
  if (filter) return filter;
  if (value) {
    console.warn(
      `<sent-invitations>: status="${value}" is not one of ${STATUS_FILTERS.join(', ')}; showing ${DEFAULT_STATUS}.`,
    );
  }
  return DEFAULT_STATUS;
}

/** Page sizes the API takes (`limit`, API.md §1). */
const PAGE_SIZE = { min: 1, max: 100, default: 20 } as const;

/** `value` as a page size the API takes; anything else is the default 20 (with a warning). */
export function toPageSize(value: number): number {
  if (Number.isInteger(value) && value >= PAGE_SIZE.min && value <= PAGE_SIZE.max) return value;
  console.warn(
    `<sent-invitations>: page-size="${value}" is not a whole number from ${PAGE_SIZE.min} to ${PAGE_SIZE.max}; using ${PAGE_SIZE.default}.`,
  );
  return PAGE_SIZE.default;
}

/** The default page size. */
export const DEFAULT_PAGE_SIZE: number = PAGE_SIZE.default;
