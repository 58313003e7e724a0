import type { ProjectBudgetQuery } from "@overblik/graphql-client";
import { formatPeriod } from "../../../ui/format";
import { formatRoles, formatTargetSize, PROJECT_STATUS_LABELS } from "../project-labels";

type Project = ProjectBudgetQuery["project"];

/** The project's key facts as the project documents state them. */
export function ProjectFacts({ project }: { project: Project }) {
  return (
    <section aria-labelledby="project-facts-heading" className="project-facts">
      <h2 id="project-facts-heading" className="sr-only">
        Fakta om projektet
      </h2>
      {project.description ? <p className="font-lead">{project.description}</p> : null}
      <dl className="facts-list">
        <div>
          <dt>Kode</dt>
          <dd>{project.code}</dd>
        </div>
        <div>
          <dt>Periode</dt>
          <dd>{formatPeriod(project.startDate, project.endDate)}</dd>
        </div>
        <div>
          <dt>Status</dt>
          <dd>{PROJECT_STATUS_LABELS[project.status]}</dd>
        </div>
        <div>
          <dt>Målgruppe</dt>
          <dd>{formatTargetSize(project.targetSize)}</dd>
        </div>
        <div>
          <dt>Finansiering</dt>
          <dd>{project.funding || "Ikke angivet"}</dd>
        </div>
        <div>
          <dt>Dine roller</dt>
          <dd>{formatRoles(project.myRoles)}</dd>
        </div>
        <div className="facts-wide">
          <dt>Parter</dt>
          <dd>
            {project.organisations.length === 0 ? (
              "Ingen parter registreret"
            ) : (
              <ul className="m-0">
                {project.organisations.map((o) => (
                  <li key={o.id}>
                    {o.name}
                    {o.name.includes(o.municipality) ? null : <span className="line-meta-inline"> ({o.municipality})</span>}
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
      </dl>
    </section>
  );
}
