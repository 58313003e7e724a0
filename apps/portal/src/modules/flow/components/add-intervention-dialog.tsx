import { formatMoney } from "@overblik/domain";
import { useId, useState, type FormEvent } from "react";
import { ErrorAlert } from "../../../ui/alert";
import { errorMessage } from "../../../ui/errors";
import { ChoiceGroup, FormField, useSubmitErrors } from "../../../ui/form-field";
import { formatKr, parseAmountInput } from "../../../ui/format";
import { Modal, SubmitCancelFooter } from "../../../ui/modal";
import { useAddIntervention } from "../hooks/use-flow";
import { AREA_LABELS, AREAS, PROFILE_LABELS, type Area } from "../flow-labels";
import { countsAsActivity, type PayingLine } from "../paying-lines";
import { PayingLineSelect } from "./paying-line-select";
import { UnitSuggestions } from "./unit-suggestions";

const PROFILES = Object.keys(PROFILE_LABELS) as Array<keyof typeof PROFILE_LABELS>;

/** A new intervention in the catalogue (ydelseskatalog): area, supplier, unit, price, the profiles it suits and the line that pays. */
export function AddInterventionDialog({
  projectId,
  lines,
  onClose,
  onSaved,
}: {
  projectId: string;
  /** The budget lines it can be paid by (optional). */
  lines: readonly PayingLine[];
  onClose: () => void;
  onSaved: (text: string) => void;
}) {
  const id = useId();
  const [add, { loading }] = useAddIntervention(projectId);
  const [name, setName] = useState("");
  const [area, setArea] = useState<Area | null>(null);
  const [supplier, setSupplier] = useState("");
  const [unit, setUnit] = useState("");
  const [cost, setCost] = useState("");
  const [profiles, setProfiles] = useState<ReadonlySet<string>>(new Set());
  const [lineId, setLineId] = useState("");
  const parsedCost = cost.trim() === "" ? null : parseAmountInput(cost, { allowZero: true });
  const errors = {
    name: name.trim().length >= 2 ? null : "Giv indsatsen et navn.",
    area: area ? null : "Vælg området.",
    supplier: supplier.trim().length >= 2 ? null : "Angiv leverandøren, fx Jobcenter.",
    unit: unit.trim().length >= 1 ? null : "Angiv enheden, fx forløb, time eller uge.",
    cost: parsedCost === null || parsedCost.ok ? null : parsedCost.message,
  };
  const { show, field, serverError, setServerError, start } = useSubmitErrors(id, errors, { area: "area-EMPLOYMENT" });

  async function submit(event: FormEvent<HTMLFormElement>) {
    if (!start(event) || !area) return;
    try {
      await add({
        variables: {
          input: {
            projectId,
            name: name.trim(),
            area,
            supplier: supplier.trim(),
            unit: unit.trim(),
            unitCost: parsedCost?.ok ? formatMoney(parsedCost.value) : null,
            profiles: PROFILES.filter((p) => profiles.has(p)),
            budgetLineId: lineId || null,
          },
        },
      });
      const line = lines.find((l) => l.id === lineId);
      const paid = !line ? "" : ` Den betales af »${line.name}«${countsAsActivity(line) ? ", og leverede enheder bliver aktivitet på linjen" : ""}.`;
      onSaved(
        `${name.trim()} er tilføjet til ydelseskataloget under ${AREA_LABELS[area].toLowerCase()}${parsedCost?.ok ? ` (${formatKr(parsedCost.value)} pr. ${unit.trim()})` : ""}.${paid}`,
      );
    } catch (error) {
      setServerError(errorMessage(error));
    }
  }

  return (
    <Modal
      title="Tilføj indsats til kataloget"
      onClose={onClose}
      onSubmit={(e) => void submit(e)}
      busy={loading}
      footer={<SubmitCancelFooter busy={loading} submitText="Tilføj indsats" busyText="Tilføjer …" onClose={onClose} />}
    >
      {serverError ? <ErrorAlert message={serverError} /> : null}
      <FormField id={`${id}-name`} label="Navn" error={show(errors.name)}>
        <input className="form-input input-width-xl" value={name} maxLength={300} onChange={(e) => setName(e.target.value)} {...field("name")} />
      </FormField>
      <ChoiceGroup id={`${id}-area`} legend="Område" error={show(errors.area)}>
        <div className="inline-radios">
          {AREAS.map((a) => (
            <div className="form-group-radio" key={a}>
              <input type="radio" className="form-radio" id={`${id}-area-${a}`} name={`${id}-area`} checked={area === a} onChange={() => setArea(a)} />
              <label className="form-label" htmlFor={`${id}-area-${a}`}>
                {AREA_LABELS[a]}
              </label>
            </div>
          ))}
        </div>
      </ChoiceGroup>
      <div className="form-row-2">
        <FormField id={`${id}-supplier`} label="Leverandør" error={show(errors.supplier)}>
          <input
            className="form-input"
            list={`${id}-suppliers`}
            value={supplier}
            maxLength={300}
            onChange={(e) => setSupplier(e.target.value)}
            {...field("supplier")}
          />
          <UnitSuggestions id={`${id}-suppliers`} />
        </FormField>
        <FormField id={`${id}-unit`} label="Enhed" hint="Fx forløb, time, uge" error={show(errors.unit)}>
          <input className="form-input" value={unit} maxLength={100} onChange={(e) => setUnit(e.target.value)} {...field("unit", true)} />
        </FormField>
      </div>
      <FormField id={`${id}-cost`} label="Pris pr. enhed i kr. (valgfri)" hint="Dansk talformat, fx 800 eller 1.250,50" error={show(errors.cost)}>
        <input className="form-input input-width-s" inputMode="decimal" value={cost} onChange={(e) => setCost(e.target.value)} {...field("cost", true)} />
      </FormField>
      <PayingLineSelect id={`${id}-line`} lines={lines} value={lineId} onChange={setLineId} optional />
      <fieldset className="checkbox-list">
        <legend className="form-label">Passer til profilerne</legend>
        <span className="form-hint">Faxe-profilerne; ingen, hvis den passer til alle</span>
        {PROFILES.map((p) => (
          <div className="form-group-checkbox" key={p}>
            <input
              type="checkbox"
              className="form-checkbox"
              id={`${id}-profile-${p}`}
              checked={profiles.has(p)}
              onChange={(e) => {
                const next = new Set(profiles);
                if (e.target.checked) next.add(p);
                else next.delete(p);
                setProfiles(next);
              }}
            />
            <label className="form-label" htmlFor={`${id}-profile-${p}`}>
              {PROFILE_LABELS[p]}
            </label>
          </div>
        ))}
      </fieldset>
    </Modal>
  );
}
