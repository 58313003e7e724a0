import { useId } from "react";
import { formatDateDa, formatInteger, formatKr, formatKrPlain, toOre } from "../../../ui/format";
import { Icon } from "../../../ui/icon";
import { competenceStatusLabel, type CompetenceActivityData, type CompetencePoolData } from "../competence-view";
import { ScrollRegion } from "../../../ui/scroll-region";

function MoneyOrDash({ value, plain = false }: { value: string | null; plain?: boolean }) {
  if (value === null) return <>–</>;
  const ore = toOre(value);
  return <>{plain ? formatKrPlain(ore) : formatKr(ore)}</>;
}

const STATUS_BADGE: Record<string, string> = { HELD: "badge-success", CANCELLED: "", PLANNED: "badge-info" };

/**
 * A competence development pool (185.000 kr. in Brug for alle): what is planned, spent and not yet
 * committed, and each activity planned against actual, with the cost per participant.
 */
export function CompetencePoolPanel({
  pool,
  canPlan,
  onAdd,
  onRecord,
}: {
  pool: CompetencePoolData;
  canPlan: boolean;
  onAdd: () => void;
  onRecord: (activity: CompetenceActivityData) => void;
}) {
  const headingId = useId();
  const { summary } = pool;
  const uncommitted = toOre(summary.uncommitted);
  return (
    <section className="competence-pool" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {pool.name}: {formatKr(toOre(pool.amount))}
      </h3>
      {pool.description ? <p>{pool.description}</p> : null}
      <dl className="facts-list pool-summary">
        <div>
          <dt>Puljen</dt>
          <dd>{formatKr(toOre(pool.amount))}</dd>
        </div>
        <div>
          <dt>Planlagt</dt>
          <dd>
            <MoneyOrDash value={summary.planned} />
            <span className="line-meta">ikke-aflyste aktiviteter</span>
          </dd>
        </div>
        <div>
          <dt>Forbrugt</dt>
          <dd>
            <MoneyOrDash value={summary.spent} />
            <span className="line-meta">afholdte aktiviteter</span>
          </dd>
        </div>
        <div>
          <dt>Ikke disponeret</dt>
          <dd className={uncommitted < 0n ? "amount--negative" : undefined}>
            {formatKr(uncommitted)}
            {uncommitted < 0n ? <span className="line-meta">Puljen er overdisponeret</span> : null}
          </dd>
        </div>
        <div>
          <dt>Deltagere, planlagt / faktisk</dt>
          <dd>
            {formatInteger(summary.plannedParticipants)} / {formatInteger(summary.actualParticipants)}
          </dd>
        </div>
        <div>
          <dt>Pris pr. deltager, planlagt / faktisk</dt>
          <dd>
            <MoneyOrDash value={summary.plannedCostPerParticipant} /> / <MoneyOrDash value={summary.actualCostPerParticipant} />
          </dd>
        </div>
      </dl>

      {canPlan ? (
        <div className="button-row d-print-none">
          <button type="button" className="button button-secondary" onClick={onAdd}>
            <Icon name="plus" />
            Tilføj aktivitet<span className="sr-only"> til {pool.name}</span>
          </button>
        </div>
      ) : null}

      {pool.activities.length === 0 ? (
        <p>Puljen har ingen aktiviteter endnu.</p>
      ) : (
        <ScrollRegion label={`Aktiviteter i ${pool.name}`}>
          <table className="table table--compact competence-table">
            <caption className="sr-only">Aktiviteter i {pool.name}, planlagt mod faktisk</caption>
            <thead>
              <tr>
                <th scope="col">Aktivitet</th>
                <th scope="col">Dato</th>
                <th scope="col">Status</th>
                <th scope="col" className="amount">
                  Deltagere
                  <span className="amount-unit">planlagt / faktisk</span>
                </th>
                <th scope="col" className="amount">
                  Omkostning (kr.)
                  <span className="amount-unit">planlagt / faktisk</span>
                </th>
                <th scope="col" className="amount">
                  Pris pr. deltager (kr.)
                  <span className="amount-unit">planlagt / faktisk</span>
                </th>
                {canPlan ? (
                  <th scope="col" className="d-print-none">
                    <span className="sr-only">Handlinger</span>
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {pool.activities.map((a) => (
                <tr key={a.id} className={a.status === "CANCELLED" ? "activity--cancelled" : undefined}>
                  <th scope="row">
                    <span className="line-title">{a.name}</span>
                    <span className="line-meta">{a.targetGroup}</span>
                  </th>
                  <td className="nowrap">{formatDateDa(a.plannedDate)}</td>
                  <td>
                    <span className={`badge ${STATUS_BADGE[a.status] ?? ""}`}>{competenceStatusLabel(a.status)}</span>
                  </td>
                  <td className="amount">
                    {a.plannedParticipants} / {a.actualParticipants ?? "–"}
                  </td>
                  <td className="amount">
                    <MoneyOrDash value={a.plannedCost} plain /> / <MoneyOrDash value={a.actualCost} plain />
                  </td>
                  <td className="amount">
                    <MoneyOrDash value={a.plannedCostPerParticipant} plain /> / <MoneyOrDash value={a.actualCostPerParticipant} plain />
                  </td>
                  {canPlan ? (
                    <td className="d-print-none">
                      <button type="button" className="function-link" onClick={() => onRecord(a)}>
                        {a.status === "PLANNED" ? "Registrér afholdt eller aflyst" : "Ret status"}
                        <span className="sr-only"> for {a.name}</span>
                      </button>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </section>
  );
}
