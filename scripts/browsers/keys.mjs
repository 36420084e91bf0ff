// Tests name keys the way @web/test-runner-commands documents `sendKeys` (Playwright's spelling:
// `Tab`, `Space`, `Shift+Tab`). Firefox and WebKit are not driven by Playwright, so the harness
// reads that spelling once, here, into key presses and releases each engine can perform.

const modifiers = new Set(['Shift', 'Control', 'Alt', 'Meta']);

/** `name`, if it is a non-empty string. */
function checked(name) {
  if (typeof name !== 'string' || name === '') {
    throw new Error(`sendKeys: a key name is required, not ${JSON.stringify(name)}.`);
  }
  return name;
}

/** A key name as both engines know it (`Space` is `' '`, `ControlOrMeta` is Linux's `Control`). */
function keyName(name) {
  return { Space: ' ', ControlOrMeta: 'Control' }[checked(name)] ?? name;
}

/** Presses and releases each character of `text`. */
export function typeActions(text) {
  return [...String(text)].flatMap((key) => [
    { action: 'down', key },
    { action: 'up', key },
  ]);
}

/** Presses a chord such as `Shift+Tab`: modifiers down, key down and up, modifiers up. */
export function pressActions(chord) {
  // `+` joins keys unless it is the last character (`Shift++` presses `+` with Shift).
  const parts = (checked(chord).length > 1 ? chord.split(/\+(?=.)/) : [chord]).map(keyName);
  const key = parts.pop();
  const unknown = parts.find((part) => !modifiers.has(part));
  if (unknown !== undefined) {
    throw new Error(`sendKeys: "${unknown}" in "${chord}" is not one of ${[...modifiers]}.`);
  }
  return [
    ...parts.map((modifier) => ({ action: 'down', key: modifier })),
    { action: 'down', key },
    { action: 'up', key },
    ...parts.reverse().map((modifier) => ({ action: 'up', key: modifier })),
  ];
}

/** Holds one key down (`action` 'down') or releases it ('up'). */
export function holdActions(action, key) {
  return [{ action, key: keyName(key) }];
}
