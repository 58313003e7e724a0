import { DISCLOSURE_FOOTNOTE, reportingDateNote } from "@overblik/domain";
import type { SteeringPortfolioQuery } from "@overblik/graphql-client";
import { RagBadge } from "../modules/follow-up/components/rag-badge";
import { AsOfForm } from "../modules/flow/components/as-of-form";
import { styregruppePaths, usePortfolio } from "../modules/styregruppe/styregruppe-hooks";
import "../modules/styregruppe/styregruppe.css";
import { ErrorAlert } from "../ui/alert";
import { useDateParam, withDate } from "../ui/date-param";
import { useDocumentTitle } from "../ui/document-title";
import { errorMessage } from "../ui/errors";
import { formatAmount, formatDateDa, todayIso, toOre } from "../ui/format";
import { Loading } from "../ui/loading";
import { Link } from "../ui/navigation";

type PortfolioProject = SteeringPortfolioQuery["portfolio"]["projects"][number];

/** "4 projekter: 2 med mindst ét rødt lys, …", counted by each project's worse light, the order the list follows. */
function summarize(projects: readonly PortfolioProject[]): string {
  const worst = (p: PortfolioProject) =>
    p.progress.rag === "RED" || p.spend.rag === "RED" ? "RED" : p.progress.rag === "AMBER" || p.spend.rag === "AMBER" ? "AMBER" : "OTHER";
  const red = projects.filter((p) => worst(p) === "RED").length;
  const amber = projects.filter((p) => worst(p) === "AMBER").length;
  const total = projects.length === 1 ? "1 projekt" : `${projects.length} projekter`;
  return `${total}: ${red} med mindst ét rødt lys, ${amber} med gult lys som det værste, ${projects.length - red - amber} uden rødt eller gult.`;
}

/** Every project the user steers, leads or coordinates, with the two lights and the rules that set them; red first. */
export function StyregruppePortfolioPage() {
  useDocumentTitle("Portefølje");
  const [chosen, setChosen] = useDateParam();
  const asOf = chosen ?? todayIso();
  const { data, error } = usePortfolio(asOf);
  const projects = data?.portfolio.projects;
  return (
    <>
      <h1>Portefølje</h1>
      <p>De projekter, du styrer, leder eller er tovholder for, pr. datoen. Hvert trafiklys står med den regel, der satte det. Røde projekter står først.</p>
      <AsOfForm
        key={asOf}
        value={asOf}
        fallback={todayIso()}
        hint="Tallene regnes pr. denne dato"
        buttonText="Vis portefølje"
        onApply={(d) => setChosen(d === todayIso() ? null : d)}
      />
      {error ? (
        <ErrorAlert message={errorMessage(error)} />
      ) : !projects ? (
        <Loading />
      ) : projects.length === 0 ? (
        <p>Du styrer ingen projekter.</p>
      ) : (
        <>
          <p>{summarize(projects)}</p>
          <ol className="sg-portfolio no-max-width">
            {projects.map((p) => (
              <li key={p.projectId} className="sg-project">
                <h2 className="h3 sg-project-name">
                  {/* A chosen date goes along; without one the dashboard uses its own default (a finished project's last day). */}
                  <Link to={withDate(styregruppePaths.dashboard(p.projectId), chosen)}>{p.name}</Link>
                </h2>
                <p className="form-hint mt-0">
                  {p.code} · {formatDateDa(p.startDate)}–{formatDateDa(p.endDate)}
                  {p.figuresAsOf !== asOf ? ` · ${reportingDateNote(p.figuresAsOf)}` : null}
                </p>
                <div className="sg-project-lights">
                  <p className="sg-light">
                    <strong>Fremdrift:</strong> <RagBadge rag={p.progress.rag} /> {p.progress.reason}
                  </p>
                  <p className="sg-light">
                    <strong>Økonomi:</strong> <RagBadge rag={p.spend.rag} /> {p.spend.reason}
                  </p>
                </div>
                <dl className="sg-figure-list sg-figure-list--compact">
                  <div className="sg-figure">
                    <dt>Borgere i målgruppen</dt>
                    <dd>{p.participantsDisplay}</dd>
                  </div>
                  <div className="sg-figure">
                    <dt>Samtale holdt</dt>
                    <dd>
                      {p.conversationsHeldDisplay} <span className="line-meta-inline">{p.inFlowLabel}</span>
                    </dd>
                  </div>
                  <div className="sg-figure">
                    <dt>Job eller uddannelse</dt>
                    <dd>
                      {p.jobOrEducationDisplay} <span className="line-meta-inline">{p.inFlowLabel}</span>
                    </dd>
                  </div>
                  <div className="sg-figure">
                    <dt>Venter på beslutning</dt>
                    <dd>{p.pendingDecisions === 0 ? "Ingen" : p.pendingDecisions === 1 ? "1 budgetændring" : `${p.pendingDecisions} budgetændringer`}</dd>
                  </div>
                  <div className="sg-figure">
                    <dt>Korrigeret budget</dt>
                    <dd>{formatAmount(toOre(p.corrected), "kr")}</dd>
                  </div>
                  <div className="sg-figure">
                    <dt>Forbrug</dt>
                    <dd>{formatAmount(toOre(p.spent), "kr")}</dd>
                  </div>
                  <div className="sg-figure">
                    <dt>Forventet forbrug</dt>
                    <dd>{formatAmount(toOre(p.forecast), "kr")}</dd>
                  </div>
                </dl>
              </li>
            ))}
          </ol>
          <p className="form-hint">Projekter, du ikke er tovholder på: {DISCLOSURE_FOOTNOTE}</p>
        </>
      )}
    </>
  );
}
