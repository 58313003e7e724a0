import { useMutation } from "@apollo/client/react";
import { SetMunicipalityRulesDocument, type MunicipalityFieldsFragment } from "@overblik/graphql-client";
import { useId, useState } from "react";
import { ErrorAlert } from "../../../ui/alert";
import { errorMessage } from "../../../ui/errors";
import { ScrollRegion } from "../../../ui/scroll-region";

/** The municipalities and their rule "Ledere må oprette projekter", with a filter over the 98. */
export function MunicipalityRules({ municipalities }: { municipalities: readonly MunicipalityFieldsFragment[] }) {
  const [setRule, { loading }] = useMutation(SetMunicipalityRulesDocument);
  const [filter, setFilter] = useState("");
  const [onlyAllowed, setOnlyAllowed] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const id = useId();
  const needle = filter.trim().toLocaleLowerCase("da");
  const shown = municipalities.filter(
    (m) => (!onlyAllowed || m.leadersMayCreateProjects) && (needle === "" || m.name.toLocaleLowerCase("da").includes(needle) || m.code.startsWith(needle)),
  );

  async function toggle(code: string, value: boolean) {
    setFailure(null);
    try {
      await setRule({ variables: { input: { code, leadersMayCreateProjects: value } } });
    } catch (e) {
      setFailure(errorMessage(e));
    }
  }

  return (
    <section aria-labelledby={`${id}-heading`} className="mt-8">
      <h2 id={`${id}-heading`}>Kommuner</h2>
      <p>Vælg, i hvilke kommuner en leder (leder i mindst ét projekt) selv må oprette nye projekter. Administratorer kan altid.</p>
      {failure ? <ErrorAlert message={failure} /> : null}
      <div className="d-flex flex-wrap align-items-end">
        <div className="form-group mr-6">
          <label className="form-label" htmlFor={`${id}-filter`}>
            Find kommune
          </label>
          <input className="form-input input-width-m" id={`${id}-filter`} type="search" value={filter} onChange={(e) => setFilter(e.target.value)} />
        </div>
        <div className="form-group">
          <input className="form-checkbox" type="checkbox" id={`${id}-only`} checked={onlyAllowed} onChange={(e) => setOnlyAllowed(e.target.checked)} />
          <label htmlFor={`${id}-only`}>Vis kun kommuner, hvor ledere må oprette projekter</label>
        </div>
      </div>
      <ScrollRegion label="Kommuner og reglen for oprettelse af projekter">
        <table className="table table--compact">
          <caption className="sr-only">Kommuner og reglen for oprettelse af projekter</caption>
          <thead>
            <tr>
              <th scope="col">Kode</th>
              <th scope="col">Kommune</th>
              <th scope="col">Ledere må oprette projekter</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((m) => (
              <tr key={m.code}>
                <td>{m.code}</td>
                <th scope="row">{m.name}</th>
                <td>
                  <input
                    className="form-checkbox"
                    type="checkbox"
                    id={`${id}-${m.code}`}
                    checked={m.leadersMayCreateProjects}
                    disabled={loading}
                    onChange={(e) => void toggle(m.code, e.target.checked)}
                  />
                  <label htmlFor={`${id}-${m.code}`}>
                    <span className="sr-only">Ledere i {m.name} må oprette projekter</span>
                    {m.leadersMayCreateProjects ? "Ja" : "Nej"}
                  </label>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      {shown.length === 0 ? <p>Ingen kommuner passer på filteret.</p> : null}
    </section>
  );
}
