// The demo page: starts the fake backend, then wires the persona, language, theme, data reset,
// "try these accounts", network, behind-the-scenes, event-log and snippet panels.
import { FIXTURE_ACCOUNTS } from '@enterprise-center/mock';
import { wireBehindTheScenes } from './behind-the-scenes.js';
import { clientFor } from './clients.js';
import { byId } from './dom.js';
import { startEventLog } from './event-log.js';
import { startDemoBackend } from './fake-backend.js';
import { wireNetworkControls } from './network-controls.js';
import {
  describePersona,
  fillInviteForm,
  mountSentList,
  mountWidget,
  type SentList,
  type Widget,
} from './persona-view.js';
import { defaultPersona, personaNamed, personas } from './personas.js';
import { loadPreferences, oneOf, savePreferences } from './preferences.js';
import { wireCopyButtons } from './snippets.js';
import { renderTryAccounts } from './try-accounts.js';

const demo = await startDemoBackend();
const { backend } = demo;
const preferences = loadPreferences();
const save = () => savePreferences(preferences);

const personaSelect = byId<HTMLSelectElement>('persona');
const localeSelect = byId<HTMLSelectElement>('locale');
const themeSelect = byId<HTMLSelectElement>('theme');
const widgetHost = byId('widget-host');
const sentPanel = byId('sent-panel');
const sentHost = byId('sent-content');
const announce = (message: string) => (byId('demo-status').textContent = message);

let persona = personaNamed(preferences.persona);
let client = clientFor(backend.baseUrl, persona.name);
let widget: Widget;
/** The master's `<sent-invitations>`; none for an invitee. */
let sentList: SentList | undefined;

/** Reloads the sent invitations after a change behind the elements' backs. */
function refreshLists(): void {
  sentList?.refresh();
}

/** Shows the current persona's elements (fresh ones); `accountName` prefills the invite form. */
function showPersona(accountName = ''): void {
  const { heading, intro } = describePersona(persona);
  byId('widget-heading').textContent = heading;
  byId('widget-intro').textContent = intro;
  byId('persona-hint').textContent = persona.summary;
  widget = mountWidget(widgetHost, persona, client, preferences.locale, accountName);
  const master = persona.role === 'master';
  sentPanel.hidden = !master;
  sentPanel.setAttribute('aria-label', `Invitations sent by ${persona.name}`);
  sentList = master ? mountSentList(sentHost, client, preferences.locale) : undefined;
  if (!master) sentHost.replaceChildren();
}

/** Acts as `name` from now on (the fake backend's data stays as it is). */
function switchPersona(name: string, accountName = ''): void {
  persona = personaNamed(name);
  client = clientFor(backend.baseUrl, persona.name);
  preferences.persona = persona.name;
  personaSelect.value = persona.name;
  save();
  showPersona(accountName);
}

/** "Try these accounts": fills the invite form (switching to acme-group from an invitee). */
async function tryAccount(name: string): Promise<void> {
  if (persona.role !== 'master') switchPersona(defaultPersona, name);
  else await fillInviteForm(widget, name);
  widget.scrollIntoView({ block: 'start' });
  announce(`Acting as ${persona.name}: checking whether ${name} can be invited.`);
}

// Persona switcher.
for (const [label, role] of [
  ['Master accounts (invite)', 'master'],
  ['Invited accounts (accept or decline)', 'invitee'],
] as const) {
  const group = Object.assign(document.createElement('optgroup'), { label });
  for (const p of personas.filter((candidate) => candidate.role === role)) {
    group.append(new Option(p.name, p.name));
  }
  personaSelect.append(group);
}
personaSelect.value = persona.name;
personaSelect.addEventListener('change', () => {
  switchPersona(personaSelect.value);
  announce(`Now acting as ${persona.name}.`);
});

// Language: the widgets' `locale`, and `lang` around them for assistive technology.
localeSelect.value = preferences.locale;
localeSelect.addEventListener('change', () => {
  preferences.locale = oneOf(localeSelect.value, ['en', 'zh-CN'], 'en');
  save();
  for (const element of [widget, sentList]) if (element) element.locale = preferences.locale;
  widgetHost.lang = preferences.locale;
  sentHost.lang = preferences.locale;
});

// Theme: a `data-theme` on <html> selects a set of --ec-* custom properties (themes.css).
const applyTheme = () => document.documentElement.setAttribute('data-theme', preferences.theme);
themeSelect.value = preferences.theme;
applyTheme();
themeSelect.addEventListener('change', () => {
  preferences.theme = oneOf(themeSelect.value, ['system', 'light', 'dark', 'brand'], 'system');
  save();
  applyTheme();
});

const network = wireNetworkControls(
  demo,
  {
    latency: byId('latency'),
    kind: byId('fault-kind'),
    target: byId('fault-target'),
    count: byId('fault-count'),
    arm: byId('arm-fault'),
    clear: byId('clear-faults'),
    status: byId('network-status'),
    requestLog: byId('request-log'),
  },
  preferences.latency,
  (ms) => {
    preferences.latency = ms;
    save();
  },
);

wireBehindTheScenes(
  demo,
  {
    account: byId('scenes-account'),
    freeze: byId('freeze-account'),
    unfreeze: byId('unfreeze-account'),
    pending: byId('pending-list'),
    status: byId('scenes-status'),
  },
  [...new Set([...personas.map((p) => p.name), ...FIXTURE_ACCOUNTS.map((a) => a.name)])],
  refreshLists,
);

byId('reset-data').addEventListener('click', () => {
  demo.reset();
  network.resetControls();
  showPersona();
  announce('The data is back to the starting fixtures.');
});

byId('clear-log').addEventListener('click', startEventLog(byId('main'), byId('event-log')));
renderTryAccounts(byId('accounts-list'), (name) => void tryAccount(name));
wireCopyButtons(document, byId('copy-status'));
showPersona();
