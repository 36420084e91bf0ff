// The portal's own sign-in sessions: an opaque random id in an HttpOnly, SameSite=Lax cookie,
// mapped in memory to the fixture account signed in. A real portal keeps its sessions wherever it
// already does; the proxy only needs "who is this request from?" (see grants.ts).
import { randomBytes } from 'node:crypto';
import { parse } from 'hono/utils/cookie';
import { personas, type Persona } from '../src/personas.js';

/** The session cookie's name. */
export const SESSION_COOKIE = 'ec_portal_session';

export class Sessions {
  readonly #accounts = new Map<string, Persona>();

  /** Starts a session for `persona` and returns its id (the cookie's value). */
  start(persona: Persona): string {
    const id = randomBytes(32).toString('base64url');
    this.#accounts.set(id, persona);
    return id;
  }

  /** The persona signed in with session `id`, if that session exists. */
  persona(id: string | undefined): Persona | undefined {
    return id === undefined ? undefined : this.#accounts.get(id);
  }

  /** The persona signed in for `request` (by its session cookie), if any. */
  personaOf(request: Request): Persona | undefined {
    return this.persona(parse(request.headers.get('Cookie') ?? '', SESSION_COOKIE)[SESSION_COOKIE]);
  }

  end(id: string | undefined): void {
    if (id !== undefined) this.#accounts.delete(id);
  }
}

/** The persona named `name` exactly, if the portal offers it (unlike the demo's fallback). */
export function personaCalled(name: unknown): Persona | undefined {
  return personas.find((persona) => persona.name === name);
}
