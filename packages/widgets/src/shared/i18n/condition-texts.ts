/** What a condition is, what is wrong when it fails, and what the account owner can do. */
export type ConditionTexts = readonly [label: string, problem: string, remedy: string];

/** The message keys of a condition's texts, e.g. `condition.NOT_FROZEN.remedy`. */
export type ConditionKey<Code extends string> =
  `condition.${Code}.${'label' | 'problem' | 'remedy'}`;

const parts = ['label', 'problem', 'remedy'] as const;

/**
 * A catalog's condition texts, written as `{ CODE: [label, problem, remedy] }`, under their
 * message keys (`condition.CODE.label` …), which hosts override like any other key.
 */
export function conditionTexts<Code extends string>(
  table: Record<Code, ConditionTexts>,
): Record<ConditionKey<Code>, string> {
  return Object.fromEntries(
    Object.entries<ConditionTexts>(table).flatMap(([code, texts]) =>
      parts.map((part, index) => [`condition.${code}.${part}`, texts[index]]),
    ),
  ) as Record<ConditionKey<Code>, string>;
}
