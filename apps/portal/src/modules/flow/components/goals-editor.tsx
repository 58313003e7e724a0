import type { PlanGoalDefinitionFragment } from "@overblik/graphql-client";
import { useId, useState, type FormEvent } from "react";
import { ErrorAlert } from "../../../ui/alert";
import { FormField, RadioOptions, useSubmitErrors } from "../../../ui/form-field";
import { formatDateDa, formatInteger, formatPercent, parseCountInput } from "../../../ui/format";
import { Modal, SubmitCancelFooter } from "../../../ui/modal";
import { GOAL_INDICATOR_LABELS, GOAL_INDICATORS, goalIndicatorLabel, type GoalIndicator } from "../goal-labels";
import { ISO_DATE } from "../flow-view";
import type { usePlanSetupMutations } from "../hooks/use-plan-setup";
import { planErrorText } from "../plan-errors";
import { DateField } from "./date-field";
import type { FlowMessage } from "./flow-message";
import { AddRowButton, DeletePlanRowDialog, useListEditor } from "./list-editor";
import { RowActions } from "./row-actions";
import { ScrollRegion } from "../../../ui/scroll-region";

type Goal = PlanGoalDefinitionFragment;
type Mutations = ReturnType<typeof usePlanSetupMutations>;
type TargetKind = "PERCENT" | "COUNT";

/** A whole percentage 0–100 typed by the user; empty is allowed where the field is optional. */
function parsePercent(text: string, required: boolean): { ok: true; value: number | null } | { ok: false; message: string } {
  const t = text.trim().replace(/\s*%$/, "");
  if (t === "") return required ? { ok: false, message: "Skriv målet i procent, fx 15." } : { ok: true, value: null };
  if (!/^\d{1,3}$/.test(t) || Number(t) > 100) return { ok: false, message: "Skriv et helt tal mellem 0 og 100." };
  return { ok: true, value: Number(t) };
}

export const goalTargetText = (g: Pick<Goal, "targetPercent" | "targetCount">): string =>
  g.targetCount !== null && g.targetCount !== undefined ? `${formatInteger(g.targetCount)} borgere` : formatPercent(g.targetPercent);

function GoalDialog({
  projectId,
  goal,
  mutations,
  onClose,
  onSaved,
}: {
  projectId: string;
  goal: Goal | null;
  mutations: Mutations;
  onClose: () => void;
  onSaved: (text: string) => void;
}) {
  const id = useId();
  const [name, setName] = useState(goal?.name ?? "");
  const [indicator, setIndicator] = useState<GoalIndicator | "">((goal?.indicator as GoalIndicator | undefined) ?? "");
  const [kind, setKind] = useState<TargetKind>(goal?.targetCount !== null && goal?.targetCount !== undefined ? "COUNT" : "PERCENT");
  const [target, setTarget] = useState(goal ? String(goal.targetCount ?? goal.targetPercent ?? "") : "");
  const [baseline, setBaseline] = useState(goal?.baselinePercent === null || goal?.baselinePercent === undefined ? "" : String(goal.baselinePercent));
  const [date, setDate] = useState(goal?.targetDate ?? "");
  const [busy, setBusy] = useState(false);

  const targetParsed = kind === "PERCENT" ? parsePercent(target, true) : parseCountInput(target, { allowZero: true });
  const baselineParsed = parsePercent(baseline, false);
  const errors = {
    name: name.trim().length < 2 ? "Skriv målets navn." : null,
    indicator: indicator === "" ? "Vælg, hvad målet måles på." : null,
    target: targetParsed.ok ? null : targetParsed.message,
    baseline: baselineParsed.ok ? null : baselineParsed.message,
    date: date === "" || ISO_DATE.test(date) ? null : "Skriv datoen som dd.mm.åååå, eller lad feltet være tomt.",
  };
  const { shown, field, serverError, setServerError, start } = useSubmitErrors(id, errors);

  async function submit(event: FormEvent<HTMLFormElement>) {
    // The last three are in `errors` too; named again so TypeScript knows the parsed values.
    if (!start(event) || !targetParsed.ok || !baselineParsed.ok || indicator === "") return;
    const fields = {
      name: name.trim(),
      indicator,
      targetPercent: kind === "PERCENT" ? targetParsed.value : null,
      targetCount: kind === "COUNT" ? targetParsed.value : null,
      baselinePercent: baselineParsed.value,
      targetDate: date === "" ? null : date,
    };
    setBusy(true);
    try {
      if (goal) await mutations.updateGoal[0]({ variables: { input: { goalId: goal.id, expectedVersion: goal.version, ...fields } } });
      else await mutations.createGoal[0]({ variables: { input: { projectId, ...fields } } });
      onSaved(goal ? `Målet »${fields.name}« er rettet.` : `Målet »${fields.name}« er oprettet.`);
    } catch (e) {
      setServerError(await planErrorText(e, mutations.reload));
      setBusy(false);
    }
  }

  return (
    <Modal
      title={goal ? "Ret mål" : "Tilføj mål"}
      onClose={onClose}
      onSubmit={(e) => void submit(e)}
      busy={busy}
      footer={<SubmitCancelFooter busy={busy} submitText="Gem mål" onClose={onClose} />}
    >
      {serverError ? <ErrorAlert message={serverError} /> : null}
      <FormField id={`${id}-name`} label="Målets navn" error={shown("name")}>
        <input className="form-input" maxLength={300} {...field("name")} value={name} onChange={(e) => setName(e.target.value)} />
      </FormField>
      <FormField id={`${id}-indicator`} label="Indikator" hint="Det, Overblik tæller blandt projektets borgere" error={shown("indicator")}>
        <select className="form-select" value={indicator} onChange={(e) => setIndicator(e.target.value as GoalIndicator | "")} {...field("indicator", true)}>
          <option value="">Vælg indikator</option>
          {GOAL_INDICATORS.map((i) => (
            <option key={i} value={i}>
              {GOAL_INDICATOR_LABELS[i]}
            </option>
          ))}
        </select>
      </FormField>
      <fieldset className="form-group">
        <legend className="form-label">Målet angives som</legend>
        <RadioOptions
          id={`${id}-kind`}
          options={[
            ["PERCENT", "Andel i procent af borgerne i forløbet"],
            ["COUNT", "Antal borgere"],
          ]}
          value={kind}
          onChange={setKind}
        />
      </fieldset>
      <FormField id={`${id}-target`} label={kind === "PERCENT" ? "Mål i %" : "Mål i antal borgere"} error={shown("target")}>
        <input className="form-input input-width-xs" inputMode="numeric" value={target} onChange={(e) => setTarget(e.target.value)} {...field("target")} />
      </FormField>
      <FormField id={`${id}-baseline`} label="Udgangspunkt i % (valgfrit)" error={shown("baseline")}>
        <input
          className="form-input input-width-xs"
          inputMode="numeric"
          value={baseline}
          onChange={(e) => setBaseline(e.target.value)}
          {...field("baseline")}
        />
      </FormField>
      <DateField id={`${id}-date`} label="Dato for målet (valgfri)" error={shown("date")} value={date} onChange={setDate} />
    </Modal>
  );
}

/** The project's goals as written, with add, edit and delete. */
export function GoalsEditor({
  projectId,
  goals,
  mutations,
  onMessage,
}: {
  projectId: string;
  goals: readonly Goal[];
  mutations: Mutations;
  onMessage: (message: FlowMessage | null) => void;
}) {
  const list = useListEditor<Goal>(onMessage);
  const { editing, deleting } = list;
  return (
    <>
      {goals.length === 0 ? (
        <p>Projektet har ingen mål endnu.</p>
      ) : (
        <ScrollRegion label="Mål">
          <table className="table table--compact flow-table">
            <caption className="sr-only">Projektets mål</caption>
            <thead>
              <tr>
                <th scope="col">Mål</th>
                <th scope="col">Indikator</th>
                <th scope="col" className="amount">
                  Mål
                </th>
                <th scope="col" className="amount">
                  Udgangspunkt
                </th>
                <th scope="col">Dato</th>
                <th scope="col">
                  <span className="sr-only">Handlinger</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {goals.map((g) => (
                <tr key={g.id}>
                  <th scope="row">{g.name}</th>
                  <td>{goalIndicatorLabel(g.indicator)}</td>
                  <td className="amount">{goalTargetText(g)}</td>
                  <td className="amount">{formatPercent(g.baselinePercent)}</td>
                  <td>{g.targetDate ? formatDateDa(g.targetDate) : "–"}</td>
                  <td className="nowrap">
                    <RowActions
                      what={`målet ${g.name}`}
                      actions={[
                        { icon: "edit", label: "Ret", onClick: () => list.edit(g) },
                        { icon: "close", label: "Slet", onClick: () => list.remove(g) },
                      ]}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      <AddRowButton label="Tilføj mål" onClick={() => list.edit("new")} />
      {editing ? (
        <GoalDialog projectId={projectId} goal={editing === "new" ? null : editing} mutations={mutations} onClose={list.closeEdit} onSaved={list.saved} />
      ) : null}
      {deleting ? (
        <DeletePlanRowDialog
          title="Slet mål"
          text={`Målet »${deleting.name}« slettes. Det vises så hverken på kapacitetssiden eller på styregruppens overblik.`}
          run={() => mutations.deleteGoal[0]({ variables: { input: { goalId: deleting.id, expectedVersion: deleting.version } } })}
          reload={mutations.reload}
          onClose={list.closeDelete}
          onDeleted={() => list.deleted(`Målet »${deleting.name}« er slettet.`)}
        />
      ) : null}
    </>
  );
}
