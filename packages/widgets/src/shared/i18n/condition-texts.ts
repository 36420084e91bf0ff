/** What a condition is, what is wrong when it fails, and what the account owner can do. */
export interface ConditionTexts {
  label: string;
  problem: string;
  remedy: string;
}

/** The message keys of a condition's texts, e.g. `condition.NOT_FROZEN.remedy`. */
export type ConditionKey<Code extends string> = `condition.${Code}.${keyof ConditionTexts}`;

/**
 * A catalog's condition texts, written as `{ CODE: { label, problem, remedy } }`, under their
 * message keys (`condition.CODE.label` …), which hosts override like any other key.
 */
export function conditionKeys<Code extends string>(
  table: Record<Code, ConditionTexts>,
): Record<ConditionKey<Code>, string> {
  return Object.fromEntries(
    Object.entries<ConditionTexts>(table).flatMap(([code, texts]) =>
      Object.entries(texts).map(([part, text]) => [`condition.${code}.${part}`, text]),
    ),
  ) as Record<ConditionKey<Code>, string>;
}
