import { RESPONSIBLE_UNITS } from "../flow-labels";

/** The municipality's usual units as suggestions for a free-text unit field (its `list` names `id`). */
export function UnitSuggestions({ id }: { id: string }) {
  return (
    <datalist id={id}>
      {RESPONSIBLE_UNITS.map((u) => (
        <option key={u} value={u} />
      ))}
    </datalist>
  );
}
