import type { ProjectsQuery } from "@overblik/graphql-client";
import { paths } from "../../../app/paths";
import { formatPeriod, formatTkr, toOre } from "../../../ui/format";
import { Link } from "../../../ui/navigation";
import { BalanceBadge } from "../../budget/components/balance-badge";
import { formatRoles, formatTargetSize, PROJECT_STATUS_LABELS } from "../project-labels";
import { ScrollRegion } from "../../../ui/scroll-region";

type ProjectRow = ProjectsQuery["projects"]["items"][number];

export function ProjectTable({ projects }: { projects: readonly ProjectRow[] }) {
  return (
    <ScrollRegion label="Projekter">
      <table className="table table--compact project-table">
        <caption className="sr-only">Projekter, du har en rolle i, med budgettets totaler i tusind kroner</caption>
        <thead>
          <tr>
            <th scope="col">Projekt</th>
            <th scope="col">Kode</th>
            <th scope="col">Periode</th>
            <th scope="col">Målgruppe</th>
            <th scope="col">Dine roller</th>
            <th scope="col" className="amount">
              Indtægter <span className="amount-unit">(t.kr.)</span>
            </th>
            <th scope="col" className="amount">
              Udgifter <span className="amount-unit">(t.kr.)</span>
            </th>
            <th scope="col">Balance</th>
          </tr>
        </thead>
        <tbody>
          {projects.map((p) => {
            const income = p.budget ? toOre(p.budget.totals.income) : null;
            const expense = p.budget ? toOre(p.budget.totals.expense) : null;
            return (
              <tr key={p.id}>
                <th scope="row" className="project-name">
                  <Link to={paths.project(p.id)}>{p.name}</Link>
                  <span className="line-meta">{PROJECT_STATUS_LABELS[p.status]}</span>
                </th>
                <td>{p.code}</td>
                <td className="nowrap">{formatPeriod(p.startDate, p.endDate)}</td>
                <td className="nowrap">{formatTargetSize(p.targetSize)}</td>
                <td>{formatRoles(p.myRoles)}</td>
                <td className="amount">{income === null ? "–" : formatTkr(income, { unit: false })}</td>
                <td className="amount">{expense === null ? "–" : formatTkr(expense, { unit: false })}</td>
                <td>{p.budget ? <BalanceBadge balanced={p.budget.totals.balanced} /> : "Intet budget"}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
