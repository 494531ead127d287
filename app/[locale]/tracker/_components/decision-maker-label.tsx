import { joinParts } from "@/components/tracker/join-parts";
import type { DecisionMakerText } from "@/lib/server/decision-makers/localize-decision-maker";

// A decision maker's name, then their title and institution, each marked with its language.
export function DecisionMakerLabel({ dm, as: Tag = "span" }: { dm: DecisionMakerText; as?: "span" | "p" }) {
  return (
    <>
      <Tag lang={dm.lang} className="block font-semibold">
        {dm.name}
      </Tag>
      <Tag lang={dm.lang} className="block text-sm text-slate-700">
        {joinParts([dm.title, dm.institution], dm.lang)}
      </Tag>
    </>
  );
}
