// How two parties of one report entry are linked, from the roles the API gives them.

/**
 * The kind of link between two actors of one entry: PARTNER when either worked with the
 * other (role PARTNER), CO_ISSUER when both issued the document, CO_ACTOR otherwise.
 */
export function linkKind(ownRole, otherRole) {
  if (ownRole === 'PARTNER' || otherRole === 'PARTNER') return 'PARTNER';
  if (ownRole === 'ISSUER' && otherRole === 'ISSUER') return 'CO_ISSUER';
  return 'CO_ACTOR';
}
