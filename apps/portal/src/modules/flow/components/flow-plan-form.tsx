import type { PlanFlowPlanFragment } from "@overblik/graphql-client";
import { useId, useState, type FormEvent } from "react";
import { Alert } from "../../../ui/alert";
import { describedBy, FormField, useSubmitErrors, SubmitRow } from "../../../ui/form-field";
import { formatDateDa, formatInteger, parseCountInput } from "../../../ui/format";
import { Icon } from "../../../ui/icon";
import { ISO_DATE } from "../flow-view";
import type { usePlanSetupMutations } from "../hooks/use-plan-setup";
import { planErrorText } from "../plan-errors";
import { CapacitySentences } from "./capacity-sentences";
import { DateField } from "./date-field";
import type { FlowMessage } from "./flow-message";

type Mutations = ReturnType<typeof usePlanSetupMutations>;

type Values = {
  conversationStart: string;
  conversationEnd: string;
  teamStart: string;
  teamEnd: string;
  meetingIntervalDays: string;
  maxCitizensPerMeeting: string;
  minutesPerCitizen: string;
};

const fromPlan = (plan: PlanFlowPlanFragment | null): Values => ({
  conversationStart: plan?.conversationStart ?? "",
  conversationEnd: plan?.conversationEnd ?? "",
  teamStart: plan?.teamStart ?? "",
  teamEnd: plan?.teamEnd ?? "",
  meetingIntervalDays: plan ? String(plan.meetingIntervalDays) : "14",
  maxCitizensPerMeeting: plan ? String(plan.maxCitizensPerMeeting) : "5",
  minutesPerCitizen: plan ? String(plan.minutesPerCitizen) : "30",
});

/** A whole number within limits, with the limits in the message (the API checks the same). */
function whole(text: string, min: number, max: number, what: string): { value: number | null; error: string | null } {
  const parsed = parseCountInput(text, { allowZero: true });
  if (!parsed.ok) return { value: null, error: `${what}: ${parsed.message.charAt(0).toLowerCase()}${parsed.message.slice(1)}` };
  if (parsed.value < min || parsed.value > max) return { value: null, error: `${what} skal være mellem ${min} og ${max}.` };
  return { value: parsed.value, error: null };
}

/** The errors beside each field: dates inside the project's period, periods ending on or after they begin, limits as the API's. */
function validate(v: Values, period: { startDate: string; endDate: string }) {
  const date = (value: string, what: string): string | null => {
    if (!ISO_DATE.test(value)) return `Vælg ${what}.`;
    if (value < period.startDate || value > period.endDate) {
      return `Datoen skal ligge i projektets periode, ${formatDateDa(period.startDate)}–${formatDateDa(period.endDate)}.`;
    }
    return null;
  };
  const interval = whole(v.meetingIntervalDays, 1, 90, "Mødeintervallet");
  const max = whole(v.maxCitizensPerMeeting, 1, 20, "Højst antal borgere pr. møde");
  const minutes = whole(v.minutesPerCitizen, 5, 240, "Minutter pr. borger");
  const errors = {
    conversationStart: date(v.conversationStart, "samtaleperiodens første dag"),
    conversationEnd:
      date(v.conversationEnd, "samtaleperiodens sidste dag") ??
      (v.conversationEnd < v.conversationStart ? "Samtaleperioden skal slutte samme dag som eller efter, den begynder." : null),
    teamStart: date(v.teamStart, "teamets første dag"),
    teamEnd: date(v.teamEnd, "teamets sidste dag") ?? (v.teamEnd < v.teamStart ? "Teamets periode skal slutte samme dag som eller efter, den begynder." : null),
    meetingIntervalDays: interval.error,
    maxCitizensPerMeeting: max.error,
    minutesPerCitizen: minutes.error,
  };
  const numbers =
    interval.value !== null && max.value !== null && minutes.value !== null
      ? { meetingIntervalDays: interval.value, maxCitizensPerMeeting: max.value, minutesPerCitizen: minutes.value }
      : null;
  return { errors, numbers };
}

/** What the saved plan gives: the capacity plan's key figures and the meetings it still lacks. */
function SavedPlan({
  plan,
  canPlanMeetings,
  mutations,
  projectId,
  onMessage,
}: {
  plan: PlanFlowPlanFragment;
  canPlanMeetings: boolean;
  mutations: Mutations;
  projectId: string;
  onMessage: (message: FlowMessage | null) => void;
}) {
  const [generate, { loading }] = mutations.generateMeetings;
  const n = plan.missingMeetings;
  async function create() {
    onMessage(null);
    try {
      const result = await generate({ variables: { projectId } });
      const made = result.data?.generateTeamMeetings ?? 0;
      onMessage({ kind: "saved", text: `${formatInteger(made)} ${made === 1 ? "møde er" : "møder er"} oprettet efter forløbsplanen.` });
    } catch (e) {
      onMessage({ kind: "error", text: await planErrorText(e, mutations.reload) });
    }
  }
  return (
    <div className="flow-plan-result">
      <h4>Kapacitetsplanen</h4>
      <CapacitySentences plan={plan.capacityPlan} />
      {plan.capacityPlan.mismatches.length > 0 ? (
        <Alert variant="info" heading="Planens egne tal stemmer ikke" headingLevel={4}>
          {plan.capacityPlan.mismatches.map((m) => (
            <p key={m} className="m-0">
              {m}
            </p>
          ))}
        </Alert>
      ) : null}
      {n > 0 ? (
        canPlanMeetings ? (
          <div className="button-row">
            <button type="button" className="button button-secondary" onClick={() => void create()} disabled={loading}>
              <Icon name="plus" />
              {loading ? "Opretter …" : `Opret ${formatInteger(n)} ${n === 1 ? "møde" : "møder"} efter forløbsplanen`}
            </button>
          </div>
        ) : (
          <p>
            Teamets periode har {formatInteger(n)} {n === 1 ? "mødedato" : "mødedatoer"} uden et møde. Tovholderen opretter dem under »Teammøder«.
          </p>
        )
      ) : (
        <p className="line-meta-inline">Alle forløbsplanens møder findes.</p>
      )}
    </div>
  );
}

/** The flow plan's inputs; saving shows what they give (the pace, the team hours, the meetings). */
export function FlowPlanForm({
  projectId,
  period,
  plan,
  canPlanMeetings,
  mutations,
  onMessage,
}: {
  projectId: string;
  period: { startDate: string; endDate: string };
  plan: PlanFlowPlanFragment | null;
  canPlanMeetings: boolean;
  mutations: Mutations;
  onMessage: (message: FlowMessage | null) => void;
}) {
  const id = useId();
  const [values, setValues] = useState<Values>(() => fromPlan(plan));
  const [shownVersion, setShownVersion] = useState<number | null>(plan?.version ?? null);
  const [setFlowPlan, { loading }] = mutations.setFlowPlan;
  const { errors, numbers } = validate(values, period);
  const { shown, check, reset } = useSubmitErrors(id, errors);
  // The plan was saved elsewhere (or fetched again after a conflict): the form shows what is saved now.
  if ((plan?.version ?? null) !== shownVersion) {
    setShownVersion(plan?.version ?? null);
    setValues(fromPlan(plan));
    reset();
  }
  const set = (key: keyof Values) => (value: string) => setValues((v) => ({ ...v, [key]: value }));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onMessage(null);
    if (!check() || !numbers) return;
    try {
      const result = await setFlowPlan({
        variables: {
          input: {
            projectId,
            expectedVersion: plan?.version ?? null,
            conversationStart: values.conversationStart,
            conversationEnd: values.conversationEnd,
            teamStart: values.teamStart,
            teamEnd: values.teamEnd,
            ...numbers,
          },
        },
      });
      const saved = result.data?.setFlowPlan;
      onMessage({
        kind: "saved",
        text: saved
          ? `Forløbsplanen er gemt: ${saved.capacityPlan.conversationsPerWeek} samtaler pr. uge og ${formatInteger(saved.capacityPlan.meetings)} teammøder.`
          : "Forløbsplanen er gemt.",
      });
    } catch (e) {
      onMessage({ kind: "error", text: await planErrorText(e, mutations.reload) });
    }
  }

  const numberField = (key: "meetingIntervalDays" | "maxCitizensPerMeeting" | "minutesPerCitizen", label: string, hint: string) => (
    <FormField id={`${id}-${key}`} label={label} hint={hint} error={shown(key)}>
      <input
        id={`${id}-${key}`}
        className="form-input input-width-xs"
        inputMode="numeric"
        value={values[key]}
        onChange={(e) => set(key)(e.target.value)}
        aria-invalid={Boolean(shown(key))}
        aria-describedby={describedBy(`${id}-${key}`, hint, shown(key))}
      />
    </FormField>
  );

  return (
    <>
      <form onSubmit={(e) => void submit(e)} noValidate aria-busy={loading}>
        <fieldset className="form-group">
          <legend className="form-label">Samtaleperiode (indledende samtaler)</legend>
          <div className="form-row-inline">
            <DateField
              id={`${id}-conversationStart`}
              label="Samtaleperiodens første dag"
              error={shown("conversationStart")}
              value={values.conversationStart}
              onChange={set("conversationStart")}
            />
            <DateField
              id={`${id}-conversationEnd`}
              label="Samtaleperiodens sidste dag"
              error={shown("conversationEnd")}
              value={values.conversationEnd}
              onChange={set("conversationEnd")}
            />
          </div>
        </fieldset>
        <fieldset className="form-group">
          <legend className="form-label">Teamets periode (tværfaglige møder)</legend>
          <div className="form-row-inline">
            <DateField
              id={`${id}-teamStart`}
              label="Teamets første dag"
              hint="Det første møde holdes denne dag."
              error={shown("teamStart")}
              value={values.teamStart}
              onChange={set("teamStart")}
            />
            <DateField id={`${id}-teamEnd`} label="Teamets sidste dag" error={shown("teamEnd")} value={values.teamEnd} onChange={set("teamEnd")} />
          </div>
        </fieldset>
        {numberField("meetingIntervalDays", "Mødeinterval i dage", "Fx 14 for hver 14. dag (1–90).")}
        {numberField("maxCitizensPerMeeting", "Højst borgere pr. møde", "Dagsordenens grænse (1–20).")}
        {numberField("minutesPerCitizen", "Minutter pr. borger", "Tid pr. borger på mødet (5–240).")}
        <SubmitRow busy={loading} text="Gem forløbsplan" />
      </form>
      {plan ? <SavedPlan plan={plan} canPlanMeetings={canPlanMeetings} mutations={mutations} projectId={projectId} onMessage={onMessage} /> : null}
    </>
  );
}
