import type { Stage } from "@overblik/domain";
import { useId } from "react";
import { CodeSearchField, codeMatches, useCodeSearch } from "../modules/participants/components/code-search";
import { LogNotice } from "../modules/participants/components/log-notice";
import { AsOfForm } from "../modules/flow/components/as-of-form";
import { FlowFrame } from "../modules/flow/components/flow-frame";
import { OverviewTable } from "../modules/flow/components/overview-table";
import { useAsOf } from "../modules/flow/hooks/use-as-of";
import { useFlowOverview, type FlowOverviewRow, type FlowProject } from "../modules/flow/hooks/use-flow";
import { citizensText, COLOUR_LABELS, FLOW_PURPOSES, STAGE_LABELS, STAGES } from "../modules/flow/flow-labels";
import { ErrorAlert } from "../ui/alert";
import { errorMessage } from "../ui/errors";
import { formatDateDa } from "../ui/format";
import { Loading } from "../ui/loading";
import { setSearchParam, useSearch } from "../ui/navigation";

const COLOUR_FILTERS = ["GROEN", "ORANGE", "ROED", "BLAA", "NONE"] as const;
type ColourFilter = (typeof COLOUR_FILTERS)[number];

/** The filters live in the address (?fase=SCREENED&farve=ORANGE&overskredet=1&venter=1), so back works and a view can be shared. */
function readFilters(search: string) {
  const params = new URLSearchParams(search);
  const stage = params.get("fase") ?? "";
  const colour = params.get("farve") ?? "";
  return {
    stage: (STAGES as readonly string[]).includes(stage) ? (stage as Stage) : null,
    colour: (COLOUR_FILTERS as readonly string[]).includes(colour) ? (colour as ColourFilter) : null,
    overdueOnly: params.get("overskredet") === "1",
    waitingOnly: params.get("venter") === "1",
  };
}

function colourFilterLabel(c: ColourFilter): string {
  return c === "NONE" ? "Ikke screenet" : COLOUR_LABELS[c];
}

function matches(row: FlowOverviewRow, f: ReturnType<typeof readFilters>, code: string): boolean {
  if (!codeMatches(row.code, code)) return false;
  if (f.stage && row.stage !== f.stage) return false;
  if (f.colour && (row.colour ?? "NONE") !== f.colour) return false;
  if (f.overdueOnly && row.overdue.length === 0) return false;
  if (f.waitingOnly && !row.inTeamQueue) return false;
  return true;
}

function Overview({ project }: { project: FlowProject }) {
  const [asOf, setAsOf, fallback] = useAsOf(project);
  const filters = readFilters(useSearch());
  const [code, setCode] = useCodeSearch();
  const { data, previousData, error, loading } = useFlowOverview(project.id, asOf);
  const rows = (data ?? previousData)?.project.overview;
  const id = useId();
  const shown = rows?.filter((r) => matches(r, filters, code)) ?? [];
  const overdueCount = rows?.filter((r) => r.overdue.length > 0).length ?? 0;
  const waitingCount = rows?.filter((r) => r.inTeamQueue).length ?? 0;
  const filtered = Boolean(filters.stage || filters.colour || filters.overdueOnly || filters.waitingOnly || code.trim());
  // Only the stages and colours that occur are offered, with their counts.
  const stageCounts = new Map<string, number>();
  const colourCounts = new Map<string, number>();
  for (const r of rows ?? []) {
    stageCounts.set(r.stage, (stageCounts.get(r.stage) ?? 0) + 1);
    colourCounts.set(r.colour ?? "NONE", (colourCounts.get(r.colour ?? "NONE") ?? 0) + 1);
  }

  return (
    <>
      <h2>Tovholderens overblik</h2>
      <p className="flow-lead">
        Alle projektets borgere med farve, fase, næste skridt og det, der er overskredet pr. datoen. De mest presserende står øverst. Klik på en kode for at se
        borgerens forløb. En borger venter på teamet, når samtalen er holdt, men borgeren hverken er sat på en dagsorden eller har et resultat; en borger, der
        er rematchet til match 2, kun hvis tovholderen holder borgeren i køen.
      </p>
      <LogNotice purpose={FLOW_PURPOSES.overview}>Filtrene nedenfor virker på den hentede liste og logger ikke igen.</LogNotice>
      <AsOfForm
        key={asOf}
        value={asOf}
        fallback={fallback}
        hint="Fase og overskredne frister regnes pr. denne dato"
        buttonText="Vis overblik"
        onApply={setAsOf}
      />
      <div className="flow-filters d-print-none" role="group" aria-label="Filtrér listen">
        <CodeSearchField value={code} onChange={setCode} />
        <div className="form-group">
          <label className="form-label" htmlFor={`${id}-stage`}>
            Fase
          </label>
          <select className="form-select" id={`${id}-stage`} value={filters.stage ?? ""} onChange={(e) => setSearchParam("fase", e.target.value || null)}>
            <option value="">Alle faser</option>
            {STAGES.filter((s) => stageCounts.has(s) || s === filters.stage).map((s) => (
              <option key={s} value={s}>
                {STAGE_LABELS[s]} ({stageCounts.get(s) ?? 0})
              </option>
            ))}
          </select>
        </div>
        <div className="form-group">
          <label className="form-label" htmlFor={`${id}-colour`}>
            Farve
          </label>
          <select className="form-select" id={`${id}-colour`} value={filters.colour ?? ""} onChange={(e) => setSearchParam("farve", e.target.value || null)}>
            <option value="">Alle farver</option>
            {COLOUR_FILTERS.filter((c) => colourCounts.has(c) || c === filters.colour).map((c) => (
              <option key={c} value={c}>
                {colourFilterLabel(c)} ({colourCounts.get(c) ?? 0})
              </option>
            ))}
          </select>
        </div>
        <div className="form-group form-group-checkbox flow-filter-checkbox">
          <input
            type="checkbox"
            className="form-checkbox"
            id={`${id}-overdue`}
            checked={filters.overdueOnly}
            onChange={(e) => setSearchParam("overskredet", e.target.checked ? "1" : null)}
          />
          <label className="form-label" htmlFor={`${id}-overdue`}>
            Kun borgere med noget overskredet
          </label>
        </div>
        <div className="form-group form-group-checkbox flow-filter-checkbox">
          <input
            type="checkbox"
            className="form-checkbox"
            id={`${id}-waiting`}
            checked={filters.waitingOnly}
            onChange={(e) => setSearchParam("venter", e.target.checked ? "1" : null)}
          />
          <label className="form-label" htmlFor={`${id}-waiting`}>
            Venter på teamet
          </label>
        </div>
        {filtered ? (
          <div className="button-row">
            <button
              type="button"
              className="button button-tertiary"
              onClick={() => {
                setSearchParam("fase", null);
                setSearchParam("farve", null);
                setSearchParam("overskredet", null);
                setSearchParam("venter", null);
                setCode("");
              }}
            >
              Nulstil filtre
            </button>
          </div>
        ) : null}
      </div>

      {error ? <ErrorAlert message={errorMessage(error)} /> : null}
      {!rows ? (
        error ? null : (
          <Loading />
        )
      ) : (
        <>
          <p className="mt-5" aria-live="polite">
            <strong>{citizensText(rows.length)}</strong> pr. {formatDateDa(asOf)}; {overdueCount === 0 ? "ingen" : citizensText(overdueCount)} har noget
            overskredet; {waitingCount === 0 ? "ingen" : citizensText(waitingCount)} venter på teamet.
            {filtered ? ` Filtrene viser ${citizensText(shown.length)}.` : ""}
          </p>
          {rows.length === 0 ? (
            <p>Projektet har ingen borgere endnu.</p>
          ) : shown.length === 0 ? (
            <p>Ingen borgere matcher filtrene.</p>
          ) : (
            <div aria-busy={loading}>
              <OverviewTable
                projectId={project.id}
                rows={shown}
                caption={`Tovholderens overblik pr. ${formatDateDa(asOf)}, mest presserende først${filtered ? " (filtreret)" : ""}`}
              />
            </div>
          )}
        </>
      )}
    </>
  );
}

/** /projekter/<id>/forloeb: the tovholder's overview of every citizen, most urgent first. */
export function FlowOverviewPage({ projectId }: { projectId: string }) {
  return (
    <FlowFrame projectId={projectId} title="Tovholderens overblik" requires="flow.coordinate">
      {(project) => <Overview project={project} />}
    </FlowFrame>
  );
}
