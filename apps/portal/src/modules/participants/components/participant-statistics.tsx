import { DISCLOSURE_FOOTNOTE, reportingDateNote } from "@overblik/domain";
import type { ProjectParticipantStatisticsQuery } from "@overblik/graphql-client";
import { Alert } from "../../../ui/alert";
import { formatInteger } from "../../../ui/format";
import { citizens } from "../participant-labels";
import { BreakdownTables } from "./breakdown-tables";
import { ColourChart } from "./colour-chart";

type Statistics = ProjectParticipantStatisticsQuery["participantStatistics"];

/** The target group in numbers: total against the documents' size, data-quality warnings, breakdowns. */
export function ParticipantStatistics({ statistics: s }: { statistics: Statistics }) {
  const colour = s.breakdowns.find((b) => b.dimension === "COLOUR");
  return (
    <>
      <p className="statistics-summary">
        <strong>{s.total === null ? s.totalDisplay : formatInteger(s.total)}</strong> {s.total === 1 ? "deltager" : "deltagere"} i projektet
        {s.targetSize === null ? "." : <>, målgruppen er ifølge projektets dokumenter {citizens(s.targetSize)}.</>}
      </p>
      {s.warnings.map((warning) => (
        <Alert key={warning} variant="info" heading="Datakvalitet" headingLevel={3}>
          <p className="m-0">{warning}</p>
        </Alert>
      ))}
      {s.suppressed && s.figuresAsOf ? <p className="form-hint">{reportingDateNote(s.figuresAsOf)}</p> : null}
      {s.breakdowns.length === 0 ? (
        <p>Projektet har færre end 5 deltagere, så fordelingerne vises ikke.</p>
      ) : (
        <>
          {colour ? (
            <section className="participant-section" aria-labelledby="colour-chart-heading">
              <h3 id="colour-chart-heading">Farvegrupper</h3>
              <ColourChart breakdown={colour} />
            </section>
          ) : null}
          <section className="participant-section" aria-labelledby="breakdowns-heading">
            <h3 id="breakdowns-heading">Fordelinger</h3>
            <BreakdownTables breakdowns={s.breakdowns} total={s.suppressed ? null : s.total} headingLevel={4} />
          </section>
        </>
      )}
      <p className="statistics-footnote">
        {s.suppressed
          ? DISCLOSURE_FOOTNOTE
          : `Du ser tallene uden diskretionering, fordi du har adgang til borgerne. Styregruppen og lederne ser: ${DISCLOSURE_FOOTNOTE}`}
      </p>
    </>
  );
}
