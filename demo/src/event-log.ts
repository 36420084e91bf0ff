// The event log: every event the widgets fire, newest first, with its detail as JSON text.
import { html, render } from 'lit';
import { formatDateTime } from '@enterprise-center/widgets';

/** Every event the elements fire (their bubbling, composed events reach the page). */
export const widgetEvents = [
  'precheck-completed',
  'invitation-pending',
  'invitation-submit',
  'invitation-sent',
  'invitation-cancel',
  'invitation-cancelled',
  'invitation-resend',
  'invitation-resent',
  'invitation-failed',
  'invitation-accept',
  'invitation-accepted',
  'invitation-declined',
  'load-failed',
  'session-expired',
] as const satisfies readonly (keyof HTMLElementEventMap)[];

type WidgetEventName = (typeof widgetEvents)[number];

interface Entry {
  name: WidgetEventName;
  source: string;
  /** When the event came, as ISO text (shown the way the elements write a moment, in English). */
  at: string;
  detail: string;
}

const maxEntries = 50;

/** Errors (the detail of `invitation-failed`) as their name, message and own fields, without
 * `cause` (the transport's own error, which may hold the request). */
function jsonReplacer(_key: string, value: unknown): unknown {
  if (!(value instanceof Error)) return value;
  const fields = Object.entries(value).filter(([key]) => key !== 'cause');
  return { ...Object.fromEntries(fields), name: value.name, message: value.message };
}

/** `detail` as indented JSON (errors included); never throws. */
export function describeDetail(detail: unknown): string {
  try {
    return JSON.stringify(detail, jsonReplacer, 2) ?? String(detail);
  } catch {
    return String(detail);
  }
}

/**
 * Logs every widget event that reaches `source` (they bubble and are composed) into `list`.
 * Returns a function that empties the log.
 */
export function startEventLog(source: HTMLElement, list: HTMLElement): () => void {
  let entries: Entry[] = [];
  const show = () =>
    render(
      entries.map(
        (entry) =>
          html`<li>
            <span class="event-log__name">${entry.name}</span>
            <span class="hint"
              >from &lt;${entry.source}&gt; at ${formatDateTime('en', entry.at)}</span
            >
            <pre tabindex="0"><code>${entry.detail}</code></pre>
          </li>`,
      ),
      list,
    );

  for (const name of widgetEvents) {
    source.addEventListener(name, (event) => {
      const target = event.target;
      const sourceTag = target instanceof Element ? target.localName : 'unknown';
      const detail = describeDetail((event as CustomEvent<unknown>).detail);
      entries = [
        { name, source: sourceTag, at: new Date().toISOString(), detail },
        ...entries,
      ].slice(0, maxEntries);
      show();
    });
  }
  show();
  return () => {
    entries = [];
    show();
  };
}
