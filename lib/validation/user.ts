import { z } from "zod";

export const roleInput = z.object({
  email: z.string().trim().toLowerCase().max(254, { message: "emailInvalid" }).pipe(z.email({ message: "emailInvalid" })),
  role: z.enum(["SUPPORTER", "EDITOR", "ADMIN"]),
});

export type RoleFormValues = z.input<typeof roleInput>;
