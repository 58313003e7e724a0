import { RagBadge } from "../modules/follow-up/components/rag-badge";
import { AsOfForm } from "../modules/flow/components/as-of-form";
import { setSearchParam } from "../modules/flow/hooks/use-as-of";
import { ISO_DATE } from "../modules/flow/flow-view";
import { styregruppePaths, usePortfolio } from "../modules/styregruppe/styregruppe-hooks";
import "../modules/styregruppe/styregruppe.css";
import { ErrorAlert } from "../ui/alert";
import { useDocumentTitle } from "../ui/document-title";
import { errorMessage } from "../ui/errors";
import { formatAmount, formatDateDa, todayIso, toOre } from "../ui/format";
import { Loading } from "../ui/loading";
import { Link, useSearch } from "../ui/navigation";

/** Every project the user steers, leads or coordinates, with the two lights and the rules that set them; red first. */
export function StyregruppePortfolioPage() {
  useDocumentTitle("Portefølje");
  const wanted = new URLSearchParams(useSearch()).get("dato") ?? "";
  const asOf = ISO_DATE.test(wanted) ? wanted : todayIso();
  const { data, error } = usePortfolio(asOf);
  const projects = data?.portfolio.projects;
  return (
    <>
      <h1>Portefølje</h1>
      <p>De projekter, du styrer, leder eller er tovholder for, pr. datoen. Hvert trafiklys står med den regel, der satte det. Røde projekter står først.</p>
      <AsOfForm key={asOf} value={asOf} fallback={todayIso()} hint="Tallene regnes pr. denne dato" buttonText="Vis portefølje" onApply={(d) => setSearchParam("dato", d)} />
      {error ? (
        <ErrorAlert message={errorMessage(error)} />
      ) : !projects ? (
        <Loading />
      ) : projects.length === 0 ? (
        <p>Du styrer ingen projekter.</p>
      ) : (
        <div className="table--responsive-scroll" tabIndex={0} role="region" aria-label="Porteføljen">
          <table className="table table--compact sg-table">
            <caption>Porteføljen pr. {formatDateDa(asOf)}</caption>
            <thead>
              <tr>
                <th scope="col">Projekt</th>
                <th scope="col">Fremdrift</th>
                <th scope="col">Økonomi</th>
                <th scope="col" className="num">
                  Borgere
                </th>
                <th scope="col" className="num">
                  Samtale holdt
                </th>
                <th scope="col" className="num">
                  Job eller uddannelse
                </th>
                <th scope="col" className="num">
                  Korrigeret
                </th>
                <th scope="col" className="num">
                  Forbrug
                </th>
                <th scope="col" className="num">
                  Forventet
                </th>
                <th scope="col" className="num">
                  Venter
                </th>
              </tr>
            </thead>
            <tbody>
              {projects.map((p) => (
                <tr key={p.projectId}>
                  <th scope="row">
                    <Link to={`${styregruppePaths.dashboard(p.projectId)}?dato=${asOf}`}>{p.name}</Link>
                    <br />
                    <span className="form-hint">
                      {formatDateDa(p.startDate)}–{formatDateDa(p.endDate)}
                    </span>
                  </th>
                  <td>
                    <RagBadge rag={p.progress.rag} /> {p.progress.reason}
                  </td>
                  <td>
                    <RagBadge rag={p.spend.rag} /> {p.spend.reason}
                  </td>
                  <td className="num">{p.participantsDisplay}</td>
                  <td className="num">{p.conversationsHeldDisplay}</td>
                  <td className="num">{p.jobOrEducationDisplay}</td>
                  <td className="num">{formatAmount(toOre(p.corrected), "kr")}</td>
                  <td className="num">{formatAmount(toOre(p.spent), "kr")}</td>
                  <td className="num">{formatAmount(toOre(p.forecast), "kr")}</td>
                  <td className="num">{p.pendingDecisions}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
