import { sentence, rolesAllow } from "@overblik/domain";
import { useId, useState } from "react";
import { LineSelect } from "../modules/budget/components/line-select";
import { UnitToggle } from "../modules/budget/components/unit-toggle";
import { useMoneyUnit } from "../modules/budget/hooks/use-money-unit";
import { BudgetPicker } from "../modules/projects/components/budget-picker";
import type { ProjectData } from "../modules/projects/hooks/use-projects";
import { useSelectedBudget } from "../modules/projects/hooks/use-selected-budget";
import { CsvImport } from "../modules/spend/components/csv-import";
import { FinanceImport } from "../modules/spend/components/finance-import/finance-import";
import { NewPostingDialog } from "../modules/spend/components/new-posting-dialog";
import { PostingsTable } from "../modules/spend/components/postings-table";
import { ReversePostingDialog } from "../modules/spend/components/reverse-posting-dialog";
import { POSTINGS_PAGE_SIZE, usePostings } from "../modules/spend/hooks/use-postings";
import type { PostingData } from "../modules/spend/postings-view";
import { Alert, ErrorAlert } from "../ui/alert";
import { errorMessage } from "../ui/errors";
import { formatAmount, formatInteger, minIsoDate, todayIso, toOre } from "../ui/format";
import { Icon } from "../ui/icon";
import { Loading } from "../ui/loading";
import { Pager } from "../ui/pager";

export function ProjectPostingsPage({ project }: { project: ProjectData }) {
  const [lineId, setLineId] = useState("");
  const [page, setPage] = useState(0);
  const { data, previousData, error, loading } = usePostings(project.id, lineId || null, page);
  const postingsProject = (data ?? previousData)?.project;
  const [budget, selectBudget] = useSelectedBudget(postingsProject?.budgets ?? []);
  const [unit, setUnit] = useMoneyUnit();
  const [dialog, setDialog] = useState<{ kind: "new" } | { kind: "reverse"; posting: PostingData } | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const filterId = useId();
  const canWrite = rolesAllow(project.myRoles, "spend.write");
  const defaultDate = minIsoDate(todayIso(), project.endDate);

  const lines = budget ? [...budget.lines].sort((a, b) => a.sortOrder - b.sortOrder) : [];
  const list = budget?.postings;
  const pages = list ? Math.max(1, Math.ceil(list.totalCount / POSTINGS_PAGE_SIZE)) : 1;
  const selectedLine = lines.find((l) => l.id === lineId);

  function saved(text: string) {
    setDialog(null);
    setMessage(text);
  }

  return (
    <>
      <h2>Posteringer</h2>
      {error && !postingsProject ? (
        <ErrorAlert message={errorMessage(error)} />
      ) : !postingsProject ? (
        <Loading />
      ) : !budget || !list ? (
        <p>Projektet har ikke et budget endnu.</p>
      ) : (
        <>
          <BudgetPicker budgets={postingsProject.budgets} selectedId={budget.id} onSelect={selectBudget} />
          <p>
            Forbruget på {budget.name}: posteringer bogført i hånden eller importeret fra økonomisystemet. En postering rettes og slettes aldrig; en fejl rettes
            med en tilbageførsel.
          </p>
          {message ? (
            <Alert variant="success">
              <p className="m-0">{message}</p>
            </Alert>
          ) : null}
          {canWrite ? (
            <div className="button-row d-print-none">
              <button type="button" className="button button-primary" onClick={() => setDialog({ kind: "new" })}>
                <Icon name="plus" />
                Ny postering
              </button>
            </div>
          ) : null}
          <div className="postings-filters d-print-none">
            <div className="form-group">
              <label className="form-label" htmlFor={filterId}>
                Vis posteringer på
              </label>
              <LineSelect
                id={filterId}
                lines={lines}
                value={lineId}
                placeholder="Alle linjer"
                onChange={(v) => {
                  setLineId(v);
                  setPage(0);
                }}
              />
            </div>
            <UnitToggle value={unit} onChange={setUnit} />
          </div>
          {/* By side: money received and money spent are never added into one total. */}
          <div className="postings-sum" aria-live="polite">
            <p className="m-0">
              {sentence(
                `${list.totalCount === 1 ? "1 postering" : `${formatInteger(list.totalCount)} posteringer`}${selectedLine ? ` på ${selectedLine.name}` : ""}`,
              )}
              {pages > 1 ? ` Side ${page + 1} af ${pages}.` : ""}
            </p>
            <dl className="postings-sides">
              <dt>Indtægter</dt>
              <dd>{formatAmount(toOre(list.income), unit)}</dd>
              <dt>Udgifter</dt>
              <dd>{formatAmount(toOre(list.expense), unit)}</dd>
              <dt>Netto (indtægter minus udgifter)</dt>
              <dd>{formatAmount(toOre(list.net), unit)}</dd>
            </dl>
          </div>
          {list.items.length === 0 ? (
            <p>Ingen posteringer{selectedLine ? " på linjen" : ""} endnu.</p>
          ) : (
            <div aria-busy={loading}>
              <PostingsTable
                postings={list.items}
                lines={lines}
                unit={unit}
                canReverse={canWrite}
                onReverse={(posting) => setDialog({ kind: "reverse", posting })}
                caption={`Posteringer, nyeste først, side ${page + 1} af ${pages}`}
              />
            </div>
          )}
          <Pager page={page} pages={pages} onPage={setPage} label="Sider med posteringer" className="postings-paging d-print-none" />

          {canWrite ? (
            <section className="import-section d-print-none" aria-labelledby="import-heading">
              <h3 id="import-heading">Importér posteringer fra CSV</h3>
              <CsvImport projectId={project.id} budgetId={budget.id} />
            </section>
          ) : null}
          {canWrite ? (
            <section className="import-section d-print-none" aria-labelledby="finance-import-heading">
              <h3 id="finance-import-heading">Import af posteringer fra økonomisystemet</h3>
              <FinanceImport projectId={project.id} budgetId={budget.id} lineNames={lines.map((l) => l.name)} />
            </section>
          ) : null}

          {dialog?.kind === "new" ? (
            <NewPostingDialog lines={lines} defaultDate={defaultDate} onClose={() => setDialog(null)} onSaved={saved} />
          ) : dialog?.kind === "reverse" ? (
            <ReversePostingDialog posting={dialog.posting} defaultDate={defaultDate} onClose={() => setDialog(null)} onSaved={saved} />
          ) : null}
        </>
      )}
    </>
  );
}
