// The choices of a "decision maker" select: all of them, or one.
export function DecisionMakerOptions({ allLabel, targets }: { allLabel: string; targets: { id: string; name: string }[] }) {
  return (
    <>
      <option value="">{allLabel}</option>
      {targets.map((target) => (
        <option key={target.id} value={target.id}>
          {target.name}
        </option>
      ))}
    </>
  );
}
