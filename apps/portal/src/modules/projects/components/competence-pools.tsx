import type { ProjectBudgetQuery } from "@overblik/graphql-client";
import { formatKr, toOre } from "../../../ui/format";

type Pool = ProjectBudgetQuery["project"]["competencePools"][number];

/** Pools for competence development sit beside the budget ("Kompetenceudvikling: 185.000 kr."). */
export function CompetencePools({ pools }: { pools: readonly Pool[] }) {
  return (
    <section aria-labelledby="pools-heading" className="competence-pools">
      <h2 id="pools-heading">Puljer til kompetenceudvikling</h2>
      {pools.length === 0 ? (
        <p>Projektet har ingen puljer til kompetenceudvikling.</p>
      ) : (
        <ul className="pool-list">
          {pools.map((pool) => (
            <li key={pool.id}>
              <p className="pool-amount m-0">
                <strong>{pool.name}:</strong> {formatKr(toOre(pool.amount))}
              </p>
              {pool.description ? <p className="m-0 mt-2">{pool.description}</p> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
