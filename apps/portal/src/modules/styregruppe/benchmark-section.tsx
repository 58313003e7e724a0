import { useQuery } from "@apollo/client/react";
import { FIGURES } from "@overblik/domain";
import { SteeringBenchmarkDocument } from "@overblik/graphql-client";
import { Alert } from "../../ui/alert";
import { formatDateDa, formatDateTimeDa } from "../../ui/format";
import { Loading } from "../../ui/loading";
import { ScrollRegion } from "../../ui/scroll-region";
import type { Dashboard } from "./styregruppe-hooks";

const OWN = FIGURES.JOB_OR_EDUCATION;

/** The project's own share in job or education, as the dashboard's funnel shows it (the domain's definition, not a new one). */
function ownShare(d: Dashboard): string {
  const step = d.funnel.find((s) => s.key === OWN.key);
  if (!step) return "–";
  return step.percentOfDenominator ? `${step.percentOfDenominator} % ${step.denominatorLabel ?? ""} (${step.display})`.trim() : `– (${step.display})`;
}

/**
 * "Sammenligning med landstal": the national and the municipality's rate from jobindsats.dk beside the project's own
 * share in job or education, each with its source, period and definition, and the reminder that a benchmark is no
 * effect. Its own query: a missing token or network shows as a status here and leaves the rest of the page alone.
 */
export function BenchmarkSection({ projectId, dashboard }: { projectId: string; dashboard: Dashboard }) {
  const { data, error, loading } = useQuery(SteeringBenchmarkDocument, { variables: { projectId } });
  const b = data?.project.benchmark;
  const caption = "Projektets eget resultat og landstallet til sammenligning";
  return (
    <section className="sg-section" aria-labelledby="sg-benchmark-heading">
      <h2 className="h3" id="sg-benchmark-heading">
        Sammenligning med landstal (benchmark)
      </h2>
      <p>
        <strong>Et landstal er ikke en effekt.</strong> Tallene fra Jobindsats.dk viser, hvordan det går for en lignende målgruppe i hele landet og i kommunen,
        med STAR&apos;s egen definition og periode. De siger ikke, hvad projektet har gjort af forskel; det gør kun sammenligningen med kontrolgruppen (Effekt
        mod kontrolgruppen).
      </p>
      {error ? <Alert variant="warning">Landstallet kunne ikke hentes. Resten af overblikket er upåvirket.</Alert> : null}
      {b && b.status !== "OK" && b.message ? (
        <Alert variant={b.status === "NOT_CONFIGURED" ? "info" : "warning"} heading="Landstal fra Jobindsats.dk" headingLevel={3}>
          {b.message}
        </Alert>
      ) : null}
      {loading && !b ? <Loading /> : null}
      <ScrollRegion label={caption}>
        <table className="table table--compact sg-table">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">Område</th>
              <th scope="col" className="num">
                Andel
              </th>
              <th scope="col">Periode</th>
              <th scope="col">Kilde og definition</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">Projektet: {OWN.label.toLowerCase()}</th>
              <td className="num">{ownShare(dashboard)}</td>
              <td>Pr. {formatDateDa(dashboard.asOf)}</td>
              <td>Overblik, projektets egne tal. {OWN.definition}</td>
            </tr>
            {(b?.figures ?? []).map((f) => (
              <tr key={f.area}>
                <th scope="row">{f.national ? "Hele landet" : `Kommunen: ${f.area}`}</th>
                <td className="num">{f.percent} %</td>
                <td>{f.periodLabel}</td>
                <td>
                  {b?.source}, hentet {formatDateTimeDa(f.fetchedAt)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      {b ? (
        <p className="form-hint">
          Landstallets målgruppe: {b.targetGroup}. {b.definition}
        </p>
      ) : null}
    </section>
  );
}
