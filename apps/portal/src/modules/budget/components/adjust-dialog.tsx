import { AdjustmentError, changeEntries, formatMoney, grantSentence, moveEntries, type AdjustmentEntry, type Ore } from "@overblik/domain";
import type { AdjustBudgetInput } from "@overblik/graphql-client";
import { useId, useMemo, useRef, useState, type FormEvent } from "react";
import { ErrorAlert } from "../../../ui/alert";
import { conflictLines, errorCode, errorMessage, type ConflictLine } from "../../../ui/errors";
import { describedBy, FormField } from "../../../ui/form-field";
import { parseAmountInput } from "../../../ui/format";
import { Modal } from "../../../ui/modal";
import { previewAdjustment } from "../adjustment-preview";
import { useAdjustBudget } from "../hooks/use-budget-planner";
import { toLineState, type BudgetChange, type PlannerView } from "../planner-view";
import { FinancingFieldset, NEW_INCOME_LINE, withNewIncomeLine, type Financing } from "./adjust-financing";
import { AdjustmentEffect } from "./adjustment-effect";
import { ConflictDetails } from "./conflict-details";
import { LineSelect } from "./line-select";

export type AdjustKind = "MOVE" | "CHANGE";

type Direction = "up" | "down";

/**
 * "Flyt beløb" (omplacering) and "Ændr linje" (change with financing). The effect is shown before
 * saving, computed with the domain's rules from the lines as the screen shows them, and the
 * lines' versions go along so a stale screen gets a CONFLICT instead of overwriting.
 */
export function AdjustDialog({
  kind,
  view,
  threshold,
  initialLineId = "",
  onClose,
  onSaved,
  refetch,
}: {
  kind: AdjustKind;
  view: PlannerView;
  threshold: Ore;
  initialLineId?: string;
  onClose: () => void;
  onSaved: (change: BudgetChange) => void;
  refetch: () => Promise<unknown>;
}) {
  const id = useId();
  const bodyRef = useRef<HTMLDivElement>(null);
  const [adjust, { loading }] = useAdjustBudget();
  const [year, setYear] = useState<number>(view.years[0] ?? new Date().getFullYear());
  const [fromId, setFromId] = useState(kind === "MOVE" ? initialLineId : "");
  const [toId, setToId] = useState("");
  const [lineId, setLineId] = useState(kind === "CHANGE" ? initialLineId : "");
  const [direction, setDirection] = useState<Direction>("up");
  const [financing, setFinancing] = useState<Financing>("line");
  const [financingId, setFinancingId] = useState("");
  const [grantText, setGrantText] = useState("");
  const [grantLineId, setGrantLineId] = useState("");
  const [grantLineName, setGrantLineName] = useState("");
  const [amountText, setAmountText] = useState("");
  const [reason, setReason] = useState("");
  const [submitted, setSubmitted] = useState(false);
  const [serverError, setServerError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<ConflictLine[] | null>(null);

  const from = view.byId.get(fromId);
  const to = view.byId.get(toId);
  const line = view.byId.get(lineId);
  const financingLine = view.byId.get(financingId);
  // A grant is income: booked on an income line the user chooses, or on a new one created with the change.
  const newIncome = grantLineId === NEW_INCOME_LINE ? withNewIncomeLine(view, grantLineName.trim()) : null;
  const effectView = newIncome?.view ?? view;
  const grantLine = newIncome?.line ?? view.byId.get(grantLineId);
  const amount = parseAmountInput(amountText);
  const amountValue = amount.ok ? amount.value : null;

  const errors = {
    from: kind === "MOVE" && !from ? "Vælg den linje, beløbet flyttes fra." : null,
    to: kind === "MOVE" && !to ? "Vælg den linje, beløbet flyttes til." : null,
    line: kind === "CHANGE" && !line ? "Vælg den linje, der ændres." : null,
    financingLine: kind === "CHANGE" && financing === "line" && !financingLine ? "Vælg den linje, der finansierer ændringen." : null,
    grantText: kind === "CHANGE" && financing === "grant" && grantText.trim() === "" ? "Beskriv den nye bevilling, fx tillægsbevilling fra puljen." : null,
    grantLine: kind === "CHANGE" && financing === "grant" && !grantLine ? "Vælg den indtægtslinje, bevillingen bogføres på, eller opret en ny." : null,
    grantLineName: kind === "CHANGE" && financing === "grant" && newIncome && grantLineName.trim() === "" ? "Skriv navnet på den nye indtægtslinje." : null,
    amount: amount.ok ? null : amount.message,
    reason: reason.trim() === "" ? "Skriv hvorfor, så styregruppen og historikken kan se det." : null,
  };

  // The domain's own rules decide the entries; its Danish message explains a refusal.
  const computed = useMemo((): { entries: AdjustmentEntry[] } | { problem: string } | null => {
    if (amountValue === null) return null;
    try {
      if (kind === "MOVE") {
        if (!from || !to) return null;
        return { entries: moveEntries(toLineState(from), toLineState(to), year, amountValue, view.years) };
      }
      if (!line) return null;
      const delta = direction === "up" ? amountValue : -amountValue;
      if (financing === "line") {
        if (!financingLine) return null;
        return { entries: changeEntries(toLineState(line), year, delta, { line: toLineState(financingLine) }, view.years) };
      }
      return {
        entries: changeEntries(
          toLineState(line),
          year,
          delta,
          { grantText: grantText.trim() || "…", incomeLine: grantLine ? toLineState(grantLine) : null },
          view.years,
        ),
      };
    } catch (error) {
      if (error instanceof AdjustmentError) return { problem: error.message };
      throw error;
    }
  }, [kind, from, to, line, financingLine, financing, direction, grantText, grantLine, year, amountValue, view.years]);

  const preview = computed && "entries" in computed ? previewAdjustment(effectView, computed.entries, threshold) : null;
  // Said before saving, in the words the pending change will carry (BudgetChange.summary).
  const grantSummary =
    preview && kind === "CHANGE" && financing === "grant" && grantLine && amountValue !== null
      ? grantSentence(direction === "up" ? amountValue : -amountValue, grantLine.name)
      : null;
  const problem = computed && "problem" in computed ? computed.problem : null;
  const show = (message: string | null) => (submitted ? message : null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSubmitted(true);
    setServerError(null);
    if (Object.values(errors).some(Boolean) || problem || !preview || !amount.ok) {
      requestAnimationFrame(() => bodyRef.current?.querySelector<HTMLElement>("[aria-invalid='true'], .effect-problem")?.focus());
      return;
    }
    const touched = kind === "MOVE" ? [from, to] : [line, financing === "line" ? financingLine : newIncome ? undefined : grantLine];
    const input: AdjustBudgetInput = {
      budgetId: view.id,
      kind,
      year,
      reason: reason.trim(),
      // The versions the screen shows: if someone changed a line since, the API answers CONFLICT.
      expectedLineVersions: touched.filter((l) => l !== undefined).map((l) => ({ lineId: l.id, version: l.version })),
      ...(kind === "MOVE"
        ? { amount: formatMoney(amount.value), fromLineId: fromId, toLineId: toId }
        : {
            amount: formatMoney(direction === "up" ? amount.value : -amount.value),
            lineId,
            ...(financing === "line"
              ? { financingLineId: financingId }
              : {
                  grantText: grantText.trim(),
                  ...(newIncome ? { grantIncomeLineName: grantLineName.trim() } : { grantIncomeLineId: grantLineId }),
                }),
          }),
    };
    try {
      const result = await adjust({ variables: { input } });
      if (result.data) onSaved(result.data.adjustBudget);
    } catch (error) {
      if (errorCode(error) === "CONFLICT") {
        setConflict(conflictLines(error) ?? []);
        await refetch().catch(() => undefined);
      } else {
        setConflict(null);
      }
      setServerError(errorMessage(error));
    }
  }

  const sameSideLines = from ? view.lines.filter((l) => l.side === from.side && l.id !== from.id) : view.lines;
  const title = kind === "MOVE" ? "Flyt beløb" : "Ændr linje";
  const saveLabel = preview?.needsApproval ? "Send til styregruppens godkendelse" : kind === "MOVE" ? "Gem omplacering" : "Gem ændring";

  return (
    <Modal
      title={title}
      onClose={onClose}
      onSubmit={(e) => void submit(e)}
      busy={loading}
      wide
      footer={
        <>
          <button type="submit" className="button button-primary" disabled={loading}>
            {loading ? "Gemmer …" : saveLabel}
          </button>
          <button type="button" className="button button-secondary" onClick={onClose} disabled={loading}>
            Annullér
          </button>
        </>
      }
    >
      <div ref={bodyRef}>
        <p className="mt-0">
          {kind === "MOVE"
            ? "En omplacering flytter et beløb mellem to linjer på samme side af budgettet i samme år. Sidens total er uændret."
            : "Forhøj eller nedsæt en linje. Ændringen finansieres af en anden linje eller af en ny bevilling."}
        </p>
        {serverError ? <ErrorAlert message={serverError}>{conflict && conflict.length > 0 ? <ConflictDetails lines={conflict} /> : null}</ErrorAlert> : null}

        {kind === "MOVE" ? (
          <div className="form-row-2">
            <FormField id={`${id}-from`} label="Fra linje" error={show(errors.from)}>
              <LineSelect
                id={`${id}-from`}
                lines={view.lines}
                value={fromId}
                onChange={(v) => {
                  setFromId(v);
                  if (v === toId || view.byId.get(v)?.side !== to?.side) setToId("");
                }}
                aria-invalid={Boolean(show(errors.from))}
                aria-describedby={describedBy(`${id}-from`, null, show(errors.from))}
              />
            </FormField>
            <FormField id={`${id}-to`} label="Til linje" hint={from ? "Kun linjer på samme side" : undefined} error={show(errors.to)}>
              <LineSelect
                id={`${id}-to`}
                lines={sameSideLines}
                value={toId}
                onChange={setToId}
                aria-invalid={Boolean(show(errors.to))}
                aria-describedby={describedBy(`${id}-to`, from ? "hint" : null, show(errors.to))}
              />
            </FormField>
          </div>
        ) : (
          <FormField id={`${id}-line`} label="Linje" error={show(errors.line)}>
            <LineSelect
              id={`${id}-line`}
              lines={view.lines}
              value={lineId}
              onChange={(v) => {
                setLineId(v);
                if (v === financingId) setFinancingId("");
              }}
              aria-invalid={Boolean(show(errors.line))}
              aria-describedby={describedBy(`${id}-line`, null, show(errors.line))}
            />
          </FormField>
        )}

        <div className="form-row-2">
          {view.years.length > 1 ? (
            <FormField id={`${id}-year`} label="Budgetår">
              <select className="form-select" id={`${id}-year`} value={year} onChange={(e) => setYear(Number(e.target.value))}>
                {view.years.map((y) => (
                  <option key={y} value={y}>
                    {y}
                  </option>
                ))}
              </select>
            </FormField>
          ) : (
            <div className="form-group static-field">
              <p className="form-label m-0">Budgetår</p>
              <p className="m-0 mt-2">{year}</p>
            </div>
          )}

          {kind === "CHANGE" ? (
            <fieldset className="form-group">
              <legend className="form-label">Retning</legend>
              <div className="inline-radios">
                {(
                  [
                    ["up", "Forhøj linjen"],
                    ["down", "Nedsæt linjen"],
                  ] as const
                ).map(([value, label]) => (
                  <div className="form-group-radio" key={value}>
                    <input
                      type="radio"
                      className="form-radio"
                      id={`${id}-dir-${value}`}
                      name={`${id}-dir`}
                      checked={direction === value}
                      onChange={() => setDirection(value)}
                    />
                    <label className="form-label" htmlFor={`${id}-dir-${value}`}>
                      {label}
                    </label>
                  </div>
                ))}
              </div>
            </fieldset>
          ) : null}
        </div>

        <FormField id={`${id}-amount`} label="Beløb (kr.)" hint="Dansk talformat, fx 10.000 eller 1.234,50" error={show(errors.amount)}>
          <input
            className="form-input input-width-s"
            id={`${id}-amount`}
            inputMode="decimal"
            autoComplete="off"
            value={amountText}
            onChange={(e) => setAmountText(e.target.value)}
            aria-invalid={Boolean(show(errors.amount))}
            aria-describedby={describedBy(`${id}-amount`, "hint", show(errors.amount))}
          />
        </FormField>

        {kind === "CHANGE" ? (
          <FinancingFieldset
            id={id}
            lines={view.lines}
            lineId={lineId}
            financing={financing}
            onFinancing={setFinancing}
            financingId={financingId}
            onFinancingId={setFinancingId}
            grantText={grantText}
            onGrantText={setGrantText}
            grantLineId={grantLineId}
            onGrantLineId={setGrantLineId}
            grantLineName={grantLineName}
            onGrantLineName={setGrantLineName}
            errors={{
              financingLine: show(errors.financingLine),
              grantText: show(errors.grantText),
              grantLine: show(errors.grantLine),
              grantLineName: show(errors.grantLineName),
            }}
          />
        ) : null}

        <FormField id={`${id}-reason`} label="Begrundelse" hint="Vises i historikken og for styregruppen" error={show(errors.reason)}>
          <textarea
            className="form-input input-width-xl"
            id={`${id}-reason`}
            rows={3}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            aria-invalid={Boolean(show(errors.reason))}
            aria-describedby={describedBy(`${id}-reason`, "hint", show(errors.reason))}
          />
        </FormField>

        <section className="effect-section" aria-labelledby={`${id}-effect`} aria-live="polite">
          <h3 id={`${id}-effect`} className="h4">
            Virkning, før du gemmer
          </h3>
          {problem ? (
            <p className="effect-problem" tabIndex={-1}>
              {problem}
            </p>
          ) : preview ? (
            <>
              {grantSummary ? <p className="grant-summary">{grantSummary}</p> : null}
              <AdjustmentEffect preview={preview} caption={kind === "MOVE" ? "Omplaceringens virkning" : "Ændringens virkning"} />
            </>
          ) : (
            <p className="line-meta-inline">Vælg linjer og skriv et beløb, så vises virkningen på linjerne og sidernes totaler her.</p>
          )}
        </section>
      </div>
    </Modal>
  );
}
