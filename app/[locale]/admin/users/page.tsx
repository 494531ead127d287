import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { RoleForm } from "@/components/admin/role-form";
import { requireAdminPage } from "@/lib/server/authz";
import { listStaff } from "@/lib/server/admin/users";
import { Section } from "@/components/section";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Admin.people" });
  return { title: t("heading") };
}

export default async function UsersPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireAdminPage("/admin/users");
  const [t, staff] = await Promise.all([getTranslations("Admin.people"), listStaff()]);
  return (
    <div className="flex flex-col gap-8">
      <div>
        <h1 className="text-3xl font-bold">{t("heading")}</h1>
        <p className="mt-2 max-w-3xl text-slate-700">{t("intro")}</p>
      </div>
      <RoleForm />
      <Section id="staff" heading={t("staff")}>
        <ul className="mt-4 flex flex-col gap-3">
          {staff.map((person) => (
            <li key={person.id} className="rounded border border-slate-200 bg-white p-3">
              <p className="font-semibold" dir="ltr">
                {person.email}
              </p>
              <RoleForm email={person.email} role={person.role} />
            </li>
          ))}
        </ul>
      </Section>
    </div>
  );
}
