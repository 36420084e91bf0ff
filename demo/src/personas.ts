// Who the demo can act as: the fixture master accounts (they invite) and accounts that receive
// invitations (they accept or decline). Names and facts come from FIXTURES.md.

/** A fixture account the demo can act as. */
export interface Persona {
  /** The account name; the fake backend accepts the token `token-<name>`. */
  name: string;
  role: 'master' | 'invitee';
  /** What is special about it, for the persona picker. */
  summary: string;
}

export const personas: readonly Persona[] = [
  { name: 'acme-group', role: 'master', summary: 'unified accounting, a tree of five units' },
  { name: 'helio-group', role: 'master', summary: 'partner channel, no monthly settlement' },
  { name: 'nova-holdings', role: 'master', summary: 'no member slot left: every invitation fails' },
  { name: 'zenith-corp', role: 'master', summary: 'direct sales, no unified accounting' },
  { name: 'maple-foods', role: 'invitee', summary: 'invited by acme-group and helio-group' },
  { name: 'late-bloom', role: 'invitee', summary: 'its invitation from acme-group expired' },
  { name: 'acme-robotics', role: 'invitee', summary: 'nothing yet: invite it as acme-group' },
  { name: 'river-analytics', role: 'invitee', summary: 'nothing yet: invite it as a master' },
  { name: 'markup-probe', role: 'invitee', summary: 'enterprise name made of HTML markup' },
  { name: 'kite-systems', role: 'invitee', summary: 'already a member of nova-holdings' },
];

/** The persona the demo starts as. */
export const defaultPersona = 'acme-group';

/** The persona named `name`, or the default one for an unknown name. */
export function personaNamed(name: string | null | undefined): Persona {
  const fallback = personas.find((p) => p.name === defaultPersona) as Persona;
  return personas.find((p) => p.name === name) ?? fallback;
}
