import { rolesAllow } from "@overblik/domain";
import { useState } from "react";
import { AddInterventionDialog } from "../modules/flow/components/add-intervention-dialog";
import { FlowFrame } from "../modules/flow/components/flow-frame";
import { FlowMessageArea, type FlowMessage } from "../modules/flow/components/flow-message";
import { InterventionLineDialog } from "../modules/flow/components/intervention-line-dialog";
import { useFlowCatalogue, type FlowProject } from "../modules/flow/hooks/use-flow";
import { AREA_LABELS, AREAS, areaLabel, PROFILE_LABELS } from "../modules/flow/flow-labels";
import { paidByNote, payingLines, type PayingLine } from "../modules/flow/paying-lines";
import { ErrorAlert } from "../ui/alert";
import { errorMessage } from "../ui/errors";
import { formatKr, toOre } from "../ui/format";
import { Icon } from "../ui/icon";
import { Loading } from "../ui/loading";
import { ScrollRegion } from "../ui/scroll-region";

function profileLabel(p: string): string {
  return (PROFILE_LABELS as Record<string, string>)[p] ?? p;
}

/** The line that pays, and whether its delivered units count as the line's activity (not colour alone: in words). */
function PaidBy({ lineId, lines }: { lineId: string | null; lines: readonly PayingLine[] }) {
  if (!lineId) return <span className="line-meta-inline">Ingen</span>;
  const line = lines.find((l) => l.id === lineId);
  if (!line) return <span className="line-meta-inline">Ukendt linje</span>;
  return (
    <>
      {line.name}
      <span className="line-meta">{paidByNote(line)}</span>
    </>
  );
}

function Catalogue({ project }: { project: FlowProject }) {
  const { data, error } = useFlowCatalogue(project.id);
  const [adding, setAdding] = useState(false);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [message, setMessage] = useState<FlowMessage | null>(null);
  const interventions = data?.project.interventions;
  const canAdd = rolesAllow(project.myRoles, "catalogue.edit");
  const canSetLine = rolesAllow(project.myRoles, "catalogue.edit");
  const lines = payingLines(data?.project.budgets);
  // Looked up in the current data, so a refetch after a CONFLICT gives the dialog the version now saved.
  const editing = editingId ? interventions?.find((i) => i.id === editingId) : undefined;
  const otherAreas = [...new Set(interventions?.map((i) => i.area) ?? [])].filter((a) => !(AREAS as readonly string[]).includes(a));

  return (
    <>
      <h2>Ydelseskatalog</h2>
      <p className="flow-lead">
        De indsatser, projektet kan tilbyde, efter område. Borgernes indsatsplaner vælger herfra; profilerne siger, hvem en indsats typisk passer til.
      </p>
      <FlowMessageArea message={message} />
      {canAdd ? (
        <div className="button-row d-print-none">
          <button
            type="button"
            className="button button-secondary"
            onClick={() => {
              setMessage(null);
              setAdding(true);
            }}
          >
            <Icon name="plus" />
            Tilføj indsats
          </button>
        </div>
      ) : null}
      {error && !interventions ? (
        <ErrorAlert message={errorMessage(error)} />
      ) : !interventions ? (
        <Loading />
      ) : interventions.length === 0 ? (
        <p>Kataloget er tomt.</p>
      ) : (
        [...AREAS, ...otherAreas].map((area) => {
          const inArea = interventions.filter((i) => i.area === area).sort((a, b) => a.name.localeCompare(b.name, "da"));
          if (inArea.length === 0) return null;
          return (
            <section key={area} className="catalogue-area" aria-labelledby={`area-${area}`}>
              <h3 id={`area-${area}`}>
                {areaLabel(area)} <span className="line-meta-inline">({inArea.length})</span>
              </h3>
              <ScrollRegion label={`Indsatser: ${areaLabel(area)}`}>
                <table className="table table--compact flow-table catalogue-table">
                  <caption className="sr-only">Indsatser inden for {(AREA_LABELS as Record<string, string>)[area] ?? area}</caption>
                  <thead>
                    <tr>
                      <th scope="col">Indsats</th>
                      <th scope="col">Leverandør</th>
                      <th scope="col">Enhed</th>
                      <th scope="col" className="amount">
                        Pris pr. enhed
                      </th>
                      <th scope="col">Passer til</th>
                      <th scope="col">Tilbydes</th>
                      <th scope="col">Betales af</th>
                    </tr>
                  </thead>
                  <tbody>
                    {inArea.map((i) => (
                      <tr key={i.id}>
                        <th scope="row">{i.name}</th>
                        <td>{i.supplier}</td>
                        <td>{i.unit}</td>
                        <td className="amount">{i.unitCost === null ? "Ikke angivet" : formatKr(toOre(i.unitCost))}</td>
                        <td>{i.profiles.length === 0 ? "Alle" : i.profiles.map(profileLabel).join(", ")}</td>
                        <td>{i.active ? "Ja" : "Nej"}</td>
                        <td className="catalogue-paid-by">
                          <PaidBy lineId={i.budgetLineId} lines={lines} />
                          {canSetLine ? (
                            <button
                              type="button"
                              className="function-link d-print-none"
                              onClick={() => {
                                setMessage(null);
                                setEditingId(i.id);
                              }}
                            >
                              Skift budgetlinje<span className="sr-only"> for {i.name}</span>
                            </button>
                          ) : null}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </ScrollRegion>
            </section>
          );
        })
      )}
      {editing ? (
        <InterventionLineDialog
          projectId={project.id}
          intervention={editing}
          lines={lines}
          onClose={() => setEditingId(null)}
          onSaved={(text) => {
            setEditingId(null);
            setMessage({ kind: "saved", text });
          }}
        />
      ) : null}
      {adding ? (
        <AddInterventionDialog
          projectId={project.id}
          lines={lines}
          onClose={() => setAdding(false)}
          onSaved={(text) => {
            setAdding(false);
            setMessage({ kind: "saved", text });
          }}
        />
      ) : null}
    </>
  );
}

/** /projekter/<id>/katalog: the catalogue of interventions (ydelseskatalog), by area. */
export function FlowCataloguePage({ projectId }: { projectId: string }) {
  return (
    <FlowFrame projectId={projectId} title="Ydelseskatalog" requires="project.read">
      {(project) => <Catalogue project={project} />}
    </FlowFrame>
  );
}
