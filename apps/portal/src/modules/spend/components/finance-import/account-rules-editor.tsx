import type { FinanceAccountRulesFieldsFragment } from "@overblik/graphql-client";
import { useState, type FormEvent } from "react";
import { ErrorAlert } from "../../../../ui/alert";
import { errorMessage } from "../../../../ui/errors";
import { useSaveFinanceAccountRules } from "../../hooks/use-finance-import";

type Rule = { funktion: string; dranst: string; art: string; omkostningssted: string; gruppering: string; lineName: string };
type Part = Exclude<keyof Rule, "lineName">;

const PARTS: ReadonlyArray<{ key: Part; label: string; example: string }> = [
  { key: "funktion", label: "Funktion", example: "5.68.90" },
  { key: "dranst", label: "Dranst", example: "1" },
  { key: "art", label: "Art", example: "4.0" },
  { key: "omkostningssted", label: "Omk.sted", example: "001" },
  { key: "gruppering", label: "Gruppering", example: "002" },
];

const EMPTY_RULE: Rule = { funktion: "", dranst: "", art: "", omkostningssted: "", gruppering: "", lineName: "" };

function editable(rules: FinanceAccountRulesFieldsFragment["rules"]): Rule[] {
  return rules.map((r) => ({
    funktion: r.funktion ?? "",
    dranst: r.dranst ?? "",
    art: r.art ?? "",
    omkostningssted: r.omkostningssted ?? "",
    gruppering: r.gruppering ?? "",
    lineName: r.lineName,
  }));
}

/**
 * The project's rules from account string to budget line, set once: add, change and delete rows, then save them all
 * (the API refuses two equally specific rules that can hit the same account). The most specific rule wins. The parent
 * keys it by the saved version, so a save (or someone else's) starts it afresh from what is saved.
 */
export function AccountRulesEditor({
  id,
  projectId,
  saved,
  lineNames,
  onSaved,
}: {
  id: string;
  projectId: string;
  saved: FinanceAccountRulesFieldsFragment;
  lineNames: readonly string[];
  onSaved: () => void;
}) {
  const [rules, setRules] = useState<Rule[]>(() => editable(saved.rules));
  const [error, setError] = useState<string | null>(null);
  const [save, { loading }] = useSaveFinanceAccountRules();

  const change = (i: number, patch: Partial<Rule>) => {
    setRules(rules.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  };
  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      const blankToNull = (v: string) => (v.trim() === "" ? null : v.trim());
      await save({
        variables: {
          input: {
            projectId,
            version: saved.version,
            rules: rules.map((r) => ({ ...Object.fromEntries(PARTS.map((p) => [p.key, blankToNull(r[p.key])])), lineName: r.lineName })),
          },
        },
      });
      onSaved();
    } catch (e) {
      setError(errorMessage(e));
    }
  }

  return (
    <form className="finance-rules" onSubmit={(e) => void submit(e)} aria-labelledby={`${id}-rules`}>
      <h4 id={`${id}-rules`}>Regler fra kontostreng til budgetlinje</h4>
      <p className="line-meta-inline">
        En regel fører posteringer på de konti, den passer på, til en budgetlinje. Udfyld de dele af kontostrengen, reglen skal kræve; tomme dele passer på alt.
        Den mest specifikke regel vinder. En postering, ingen regel passer på, vises i kontrollen og importeres ikke.
      </p>
      {rules.length === 0 ? <p>Ingen regler endnu.</p> : null}
      {rules.length > 0 ? (
        <table className="table table--compact">
          <caption className="sr-only">Kontoregler</caption>
          <thead>
            <tr>
              {PARTS.map((p) => (
                <th scope="col" key={p.key}>
                  {p.label} <span className="line-meta-inline">(fx {p.example})</span>
                </th>
              ))}
              <th scope="col">Budgetlinje</th>
              <th scope="col">
                <span className="sr-only">Handling</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rules.map((r, i) => (
              <tr key={i}>
                {PARTS.map((p) => (
                  <td key={p.key}>
                    <input
                      className="form-input input-width-xs"
                      aria-label={`${p.label}, regel ${i + 1}`}
                      value={r[p.key]}
                      onChange={(e) => change(i, { [p.key]: e.target.value })}
                    />
                  </td>
                ))}
                <td>
                  <select
                    className="form-select"
                    aria-label={`Budgetlinje, regel ${i + 1}`}
                    value={r.lineName}
                    onChange={(e) => change(i, { lineName: e.target.value })}
                  >
                    <option value="">(vælg)</option>
                    {lineNames.map((n) => (
                      <option key={n} value={n}>
                        {n}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <button type="button" className="button button-tertiary" onClick={() => setRules(rules.filter((_r, j) => j !== i))}>
                    Slet<span className="sr-only"> regel {i + 1}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {error ? <ErrorAlert message={error} /> : null}
      <div className="button-row">
        <button type="button" className="button button-secondary" onClick={() => setRules([...rules, EMPTY_RULE])}>
          Tilføj regel
        </button>
        <button type="submit" className="button button-primary" disabled={loading}>
          {loading ? "Gemmer …" : "Gem regler"}
        </button>
      </div>
    </form>
  );
}
