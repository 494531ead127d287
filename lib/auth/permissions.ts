import type { Role } from "@/lib/generated/prisma/enums";

// The one place access is decided: what each role may do. Deny by default. Pure data, so the
// proxy, the pages, the actions and the authorization sweep (e2e) all read the same table.
const EVERYONE_SIGNED_IN = ["SUPPORTER", "EDITOR", "ADMIN"] as const;
const STAFF = ["EDITOR", "ADMIN"] as const;

const PERMISSIONS = {
  "signature:write": EVERYONE_SIGNED_IN,
  "follow:write": EVERYONE_SIGNED_IN,
  "account:manage-own": EVERYONE_SIGNED_IN,
  "admin:enter": STAFF,
  "campaign:write": STAFF,
  "tracker:write": STAFF,
  "decision-maker:write": STAFF,
  // Also refused, in the data function, to whoever recorded the evidence.
  "evidence:verify": STAFF,
  "update:post": STAFF,
  "comment:moderate": STAFF,
  "stats:read": STAFF,
  // The delivery packet names the signers who chose to be named, as the public page does.
  "packet:read": STAFF,
  "page:write": STAFF,
  "audit:read": ["ADMIN"],
  "user:manage-roles": ["ADMIN"],
  "security:read": ["ADMIN"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export const ROLES: readonly Role[] = ["SUPPORTER", "EDITOR", "ADMIN"];

export function roleMay(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}
