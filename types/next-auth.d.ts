import type { Role } from "@/lib/generated/prisma/enums";

// Declaration merging needs `interface`: it adds our fields to Auth.js's own session type.
declare module "next-auth" {
  interface Session {
    user: { id: string; email: string; role: Role };
  }
}
