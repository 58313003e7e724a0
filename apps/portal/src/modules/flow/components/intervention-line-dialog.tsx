import type { FlowInterventionFragment } from "@overblik/graphql-client";
import { useId, useState, type FormEvent } from "react";
import { ErrorAlert } from "../../../ui/alert";
import { errorCode, errorMessage } from "../../../ui/errors";
import { Modal, SubmitCancelFooter } from "../../../ui/modal";
import { useSetInterventionBudgetLine } from "../hooks/use-flow";
import { countsAsActivity, type PayingLine } from "../paying-lines";
import { PayingLineSelect } from "./paying-line-select";

/** The tovholder ties an intervention to the budget line that pays for it, or unties it, with the version the screen showed. */
export function InterventionLineDialog({
  projectId,
  intervention,
  lines,
  onClose,
  onSaved,
}: {
  projectId: string;
  intervention: FlowInterventionFragment;
  lines: readonly PayingLine[];
  onClose: () => void;
  onSaved: (text: string) => void;
}) {
  const id = useId();
  const [[save, { loading }], refresh] = useSetInterventionBudgetLine(projectId);
  const current = intervention.budgetLineId ?? "";
  const [lineId, setLineId] = useState(current);
  const [submitted, setSubmitted] = useState(false);
  const [serverError, setServerError] = useState<string | null>(null);
  const currentLine = lines.find((l) => l.id === current);
  const error = lineId === current ? (current ? "Vælg en anden linje, eller vælg Ingen." : "Vælg den linje, der betaler indsatsen.") : null;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSubmitted(true);
    setServerError(null);
    if (error) {
      document.getElementById(`${id}-line`)?.focus();
      return;
    }
    try {
      await save({ variables: { input: { interventionId: intervention.id, budgetLineId: lineId || null, expectedVersion: intervention.version } } });
      const line = lines.find((l) => l.id === lineId);
      onSaved(
        !line
          ? `${intervention.name} betales ikke længere af en budgetlinje; leverede enheder tæller kun på indsatsplanerne.`
          : countsAsActivity(line)
            ? `${intervention.name} betales nu af »${line.name}«; leverede enheder bliver aktivitet på linjen.`
            : `${intervention.name} betales nu af »${line.name}«. Leverede enheder bliver først aktivitet på linjen, når lederen skifter dens kilde til leverede indsatsenheder.`,
      );
    } catch (e) {
      if (errorCode(e) === "CONFLICT") {
        // Changed by someone else meanwhile: the catalogue is fetched again, and the dialog shows it as it is now.
        await refresh();
        setServerError(
          errorMessage(e, {
            CONFLICT: "Nogen har ændret indsatsen, siden du åbnede den. Kataloget er hentet igen: se, hvilken linje der betaler nu, og vælg igen.",
          }),
        );
      } else {
        setServerError(errorMessage(e));
      }
    }
  }

  return (
    <Modal
      title={`Budgetlinje for ${intervention.name}`}
      onClose={onClose}
      onSubmit={(e) => void submit(e)}
      busy={loading}
      footer={<SubmitCancelFooter busy={loading} submitText="Gem budgetlinjen" onClose={onClose} />}
    >
      {serverError ? <ErrorAlert message={serverError} /> : null}
      <p className="mt-0">
        <strong>{intervention.name}</strong> ({intervention.supplier}, pr. {intervention.unit}) betales nu af:{" "}
        {currentLine ? `»${currentLine.name}«` : current ? "en linje, der ikke længere findes" : "ingen budgetlinje"}.
      </p>
      <PayingLineSelect id={`${id}-line`} lines={lines} value={lineId} onChange={setLineId} error={submitted ? error : null} />
    </Modal>
  );
}
