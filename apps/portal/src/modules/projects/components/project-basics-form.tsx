import { useQuery } from "@apollo/client/react";
import { formatKrPlain, formatMoney } from "@overblik/domain";
import { MunicipalitiesDocument, type ProjectBasicsFieldsFragment, type CreateProjectInput } from "@overblik/graphql-client";
import { useId, useState, type FormEvent, type ReactNode } from "react";
import { ErrorAlert } from "../../../ui/alert";
import { describedBy, FormField } from "../../../ui/form-field";
import { parseAmountInput, toOre } from "../../../ui/format";
import { Loading } from "../../../ui/loading";
import { MunicipalityPicker } from "./municipality-picker";

interface Values {
  name: string;
  code: string;
  municipalityCodes: string[];
  startDate: string;
  endDate: string;
  targetSize: string;
  matchGroup: string;
  eligibility: string;
  poolName: string;
  coFinancingPercent: string;
  approvalThreshold: string;
  priceLevelYear: string;
  description: string;
}

type Errors = Partial<Record<keyof Values, string>>;

function initialValues(project: ProjectBasicsFieldsFragment | null): Values {
  if (!project) {
    return {
      name: "",
      code: "",
      municipalityCodes: [],
      startDate: "",
      endDate: "",
      targetSize: "",
      matchGroup: "",
      eligibility: "",
      poolName: "",
      coFinancingPercent: "",
      approvalThreshold: "50.000",
      priceLevelYear: "",
      description: "",
    };
  }
  return {
    name: project.name,
    code: project.code,
    municipalityCodes: project.municipalities.map((m) => m.code),
    startDate: project.startDate,
    endDate: project.endDate,
    targetSize: project.targetSize === null ? "" : String(project.targetSize),
    matchGroup: project.matchGroup,
    eligibility: project.eligibility,
    poolName: project.poolName,
    coFinancingPercent: project.coFinancingPercent === null ? "" : String(project.coFinancingPercent),
    approvalThreshold: formatKrPlain(toOre(project.approvalThreshold)),
    priceLevelYear: project.priceLevelYear === null ? "" : String(project.priceLevelYear),
    description: project.description,
  };
}

const WHOLE = /^\d+$/;

/** The form's values to the API's input, or the Danish message beside each field that is wrong. */
function validate(v: Values): { input: CreateProjectInput | null; errors: Errors } {
  const errors: Errors = {};
  if (v.name.trim().length < 2) errors.name = "Skriv projektets navn (mindst 2 tegn).";
  if (!/^[A-Za-z0-9]{2,10}$/.test(v.code.trim())) errors.code = "Koden skal være 2–10 tegn: bogstaverne A–Z og cifre, fx BFA.";
  if (v.municipalityCodes.length === 0) errors.municipalityCodes = "Vælg mindst én kommune.";
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v.startDate)) errors.startDate = "Vælg startdatoen.";
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v.endDate)) errors.endDate = "Vælg slutdatoen.";
  else if (!errors.startDate && v.endDate < v.startDate) errors.endDate = "Slutdatoen skal ligge på eller efter startdatoen.";
  if (v.targetSize.trim() !== "" && !WHOLE.test(v.targetSize.trim())) errors.targetSize = "Skriv antallet af borgere som et helt tal, fx 219.";
  const co = v.coFinancingPercent.trim();
  if (co !== "" && (!WHOLE.test(co) || Number(co) > 100)) errors.coFinancingPercent = "Skriv medfinansieringen som et helt antal procent mellem 0 og 100.";
  const threshold = parseAmountInput(v.approvalThreshold, { allowZero: true });
  if (!threshold.ok) errors.approvalThreshold = threshold.message;
  const year = v.priceLevelYear.trim();
  if (year !== "" && (!WHOLE.test(year) || Number(year) < 1990 || Number(year) > 2100)) errors.priceLevelYear = "Skriv p/l-året som et årstal, fx 2026.";
  if (Object.keys(errors).length > 0 || !threshold.ok) return { input: null, errors };
  return {
    errors,
    input: {
      name: v.name.trim(),
      code: v.code.trim().toUpperCase(),
      municipalityCodes: v.municipalityCodes,
      startDate: v.startDate,
      endDate: v.endDate,
      description: v.description.trim(),
      targetSize: v.targetSize.trim() === "" ? null : Number(v.targetSize.trim()),
      matchGroup: v.matchGroup.trim(),
      eligibility: v.eligibility.trim(),
      poolName: v.poolName.trim(),
      coFinancingPercent: co === "" ? null : Number(co),
      approvalThreshold: formatMoney(threshold.value),
      priceLevelYear: year === "" ? null : Number(year),
    },
  };
}

/**
 * A project's basics (stamdata), for creating and for editing: name, code, municipalities, period, target group,
 * funding, approval threshold, price level and description. Checked here with Danish messages beside the fields,
 * and again by the API (whose message is shown above the form).
 */
export function ProjectBasicsForm({
  project,
  submitLabel,
  busy,
  failure,
  onSubmit,
  children,
}: {
  project: ProjectBasicsFieldsFragment | null;
  submitLabel: string;
  busy: boolean;
  failure: string | null;
  onSubmit: (input: CreateProjectInput) => void;
  children?: ReactNode;
}) {
  const { data, error } = useQuery(MunicipalitiesDocument);
  const [values, setValues] = useState<Values>(() => initialValues(project));
  const [errors, setErrors] = useState<Errors>({});
  const id = useId();
  const set =
    <K extends keyof Values>(key: K) =>
    (value: Values[K]) =>
      setValues((v) => ({ ...v, [key]: value }));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const result = validate(values);
    setErrors(result.errors);
    if (result.input) onSubmit(result.input);
  }

  if (error) return <ErrorAlert message="Kommunerne kunne ikke hentes. Prøv igen." />;
  if (!data) return <Loading />;

  const text = (
    key: Exclude<keyof Values, "municipalityCodes">,
    label: string,
    options: { hint?: string; width?: string; type?: string; inputMode?: "numeric" | "decimal" } = {},
  ) => (
    <FormField id={`${id}-${key}`} label={label} hint={options.hint} error={errors[key]}>
      <input
        className={`form-input ${options.width ?? "input-width-l"}`}
        id={`${id}-${key}`}
        name={key}
        type={options.type ?? "text"}
        inputMode={options.inputMode}
        value={values[key]}
        onChange={(e) => set(key)(e.target.value)}
        aria-invalid={Boolean(errors[key])}
        aria-describedby={describedBy(`${id}-${key}`, options.hint, errors[key])}
      />
    </FormField>
  );

  return (
    <form onSubmit={submit} noValidate aria-busy={busy}>
      {failure ? <ErrorAlert message={failure} /> : null}
      {Object.keys(errors).length > 0 ? <ErrorAlert message="Ret de markerede felter, og gem igen." /> : null}
      {text("name", "Projektets navn")}
      {text("code", "Kode", { hint: "2–10 bogstaver eller cifre; bruges foran deltagerkoderne (BFA → BFA-0042).", width: "input-width-xs" })}
      <MunicipalityPicker
        municipalities={data.municipalities}
        selected={values.municipalityCodes}
        onChange={set("municipalityCodes")}
        error={errors.municipalityCodes}
      />
      <div className="d-flex flex-wrap">
        <div className="mr-6">{text("startDate", "Startdato", { type: "date", width: "input-width-s" })}</div>
        <div>{text("endDate", "Slutdato", { type: "date", width: "input-width-s" })}</div>
      </div>
      <fieldset className="mt-5">
        <legend className="h3">Målgruppe</legend>
        {text("targetSize", "Størrelse (antal borgere)", { width: "input-width-xs", inputMode: "numeric" })}
        {text("matchGroup", "Matchgruppe", { hint: "Fx Matchgruppe 3 (aktivitetsparate)." })}
        <FormField id={`${id}-eligibility`} label="Visitation" hint="Hvem kan komme i projektet?" error={errors.eligibility}>
          <textarea
            className="form-input input-width-xl"
            id={`${id}-eligibility`}
            rows={3}
            value={values.eligibility}
            onChange={(e) => set("eligibility")(e.target.value)}
            aria-describedby={describedBy(`${id}-eligibility`, true, errors.eligibility)}
          />
        </FormField>
      </fieldset>
      <fieldset className="mt-5">
        <legend className="h3">Finansiering</legend>
        {text("poolName", "Pulje")}
        {text("coFinancingPercent", "Medfinansiering (%)", { width: "input-width-xs", inputMode: "numeric" })}
        {text("approvalThreshold", "Godkendelsestærskel (kr.)", {
          hint: "Budgetjusteringer over dette beløb skal godkendes af styregruppen. Skriv fx 50.000.",
          width: "input-width-s",
          inputMode: "decimal",
        })}
        {text("priceLevelYear", "P/l-år", { hint: "Det prisniveau, budgettet er opgjort i, fx 2026.", width: "input-width-xs", inputMode: "numeric" })}
      </fieldset>
      <FormField id={`${id}-description`} label="Beskrivelse" className="mt-5">
        <textarea
          className="form-input input-width-xl"
          id={`${id}-description`}
          rows={4}
          value={values.description}
          onChange={(e) => set("description")(e.target.value)}
        />
      </FormField>
      {children}
      <button type="submit" className="button button-primary mt-5" disabled={busy}>
        {busy ? "Gemmer …" : submitLabel}
      </button>
    </form>
  );
}
