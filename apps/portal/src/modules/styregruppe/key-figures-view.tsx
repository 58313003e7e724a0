import { formatDateDa } from "../../ui/format";
import { describeChange, keyFigures } from "./key-figures";
import type { Dashboard } from "./styregruppe-hooks";
import { ScrollRegion } from "../../ui/scroll-region";

/** The handful of figures a styregruppe member looks for first, as of the dashboard's date. */
export function KeyFiguresSummary({ dashboard }: { dashboard: Dashboard }) {
  const figures = keyFigures(dashboard).filter((f) => f.headline);
  return (
    <section className="sg-key-figures" aria-labelledby="sg-key-figures-heading">
      <h2 className="h4" id="sg-key-figures-heading">
        Nøgletal pr. {formatDateDa(dashboard.asOf)}
      </h2>
      <dl className="sg-figure-list">
        {figures.map((f) => (
          <div key={f.key} className="sg-figure">
            <dt>{f.label}</dt>
            <dd>
              {f.display}
              {f.note ? <span className="line-meta">{f.note}</span> : null}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/**
 * A frozen pack next to the live figures: what has changed since the meeting, figure by figure.
 * Both sides arrive suppressed from the API; a hidden count is compared with nothing ("–").
 */
export function PackComparison({ pack, live }: { pack: Dashboard; live: Dashboard }) {
  const before = keyFigures(pack);
  const after = new Map(keyFigures(live).map((f) => [f.key, f]));
  const keys = [...before.map((f) => f.key), ...[...after.keys()].filter((k) => !before.some((f) => f.key === k))];
  const beforeByKey = new Map(before.map((f) => [f.key, f]));
  const changed = keys.filter((k) => !["uændret", "–"].includes(describeChange(beforeByKey.get(k), after.get(k)))).length;
  return (
    <section className="sg-section sg-comparison" aria-labelledby="sg-comparison-heading">
      <h2 className="h3" id="sg-comparison-heading">
        Pakken sammenlignet med de aktuelle tal
      </h2>
      <p>
        Pakkens tal pr. {formatDateDa(pack.asOf)} over for de aktuelle tal pr. {formatDateDa(live.asOf)}.{" "}
        {changed === 0 ? "Ingen af nøgletallene har ændret sig." : `${changed} af ${keys.length} nøgletal har ændret sig.`}
      </p>
      <ScrollRegion labelledBy="sg-comparison-heading">
        <table className="table table--compact sg-table sg-table--narrow">
          <caption className="sr-only">Nøgletal i pakken og aktuelt, med forskellen</caption>
          <thead>
            <tr>
              <th scope="col">Nøgletal</th>
              <th scope="col" className="num">
                I pakken ({formatDateDa(pack.asOf)})
              </th>
              <th scope="col" className="num">
                Aktuelt ({formatDateDa(live.asOf)})
              </th>
              <th scope="col" className="num">
                Forskel
              </th>
            </tr>
          </thead>
          <tbody>
            {keys.map((key) => {
              const b = beforeByKey.get(key);
              const a = after.get(key);
              const change = describeChange(b, a);
              return (
                <tr key={key} className={change === "uændret" || change === "–" ? undefined : "sg-row--changed"}>
                  <th scope="row">{b?.label ?? a?.label}</th>
                  <td className="num">{b?.display ?? "–"}</td>
                  <td className="num">{a?.display ?? "–"}</td>
                  <td className="num">{change}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}
