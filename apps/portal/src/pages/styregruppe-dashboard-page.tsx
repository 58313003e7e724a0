import { rolesAllow } from "@overblik/domain";
import { useId, useState, type FormEvent } from "react";
import { AsOfForm } from "../modules/flow/components/as-of-form";
import { DateField } from "../modules/flow/components/date-field";
import { ISO_DATE } from "../modules/flow/flow-view";
import { FlowFrame } from "../modules/flow/components/flow-frame";
import { useAsOf } from "../modules/flow/hooks/use-as-of";
import type { FlowProject } from "../modules/flow/hooks/use-flow";
import type { SteeringDashboardQuery } from "@overblik/graphql-client";
import { BenchmarkSection } from "../modules/styregruppe/benchmark-section";
import { ClosingPackLink } from "../modules/styregruppe/closing-pack-link";
import { DashboardView } from "../modules/styregruppe/dashboard-view";
import { DashboardExportJob } from "../modules/styregruppe/dashboard-export-job";
import { ExportActions } from "../modules/styregruppe/export-actions";
import { styregruppePaths, useClosePack, useDashboard } from "../modules/styregruppe/styregruppe-hooks";
import "../modules/styregruppe/styregruppe.css";
import { Alert, ErrorAlert } from "../ui/alert";
import { useDateParam, withDate } from "../ui/date-param";
import { errorMessage } from "../ui/errors";
import { describedBy, FormField } from "../ui/form-field";
import { formatDateDa, formatDateTimeDa } from "../ui/format";
import { Icon } from "../ui/icon";
import { Loading } from "../ui/loading";
import { Modal } from "../ui/modal";
import { Link } from "../ui/navigation";
import { ScrollRegion } from "../ui/scroll-region";

/**
 * "Luk pakke til møde d. …": the tovholder picks the meeting date (the figures are frozen as of that
 * date) and writes the comments; a dialog asks before anything is frozen, since a pack never changes.
 */
type Pack = SteeringDashboardQuery["project"]["meetingPacks"][number];

function ClosePackForm({ projectId, asOf }: { projectId: string; asOf: string }) {
  const id = useId();
  const [date, setDate] = useState(asOf);
  const [comments, setComments] = useState("");
  const [submitted, setSubmitted] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<{ ok: true; text: string; packId: string } | { ok: false; text: string } | null>(null);
  const [close, { loading }] = useClosePack();
  const dateError = ISO_DATE.test(date) ? null : "Vælg datoen for mødet.";
  const commentsError = comments.length > 4000 ? "Kommentarerne må højst være 4000 tegn." : null;

  function ask(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSubmitted(true);
    setMessage(null);
    if (dateError || commentsError) {
      document.getElementById(dateError ? `${id}-date` : `${id}-comments`)?.focus();
      return;
    }
    setConfirming(true);
  }

  async function confirm(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    try {
      const result = await close({ variables: { input: { projectId, meetingDate: date, comments } } });
      const pack = result.data?.closeMeetingPack;
      setConfirming(false);
      setComments("");
      setSubmitted(false);
      setMessage(pack ? { ok: true, text: `Pakken til mødet d. ${formatDateDa(pack.meetingDate)} er lukket.`, packId: pack.id } : null);
    } catch (error) {
      setConfirming(false);
      setMessage({ ok: false, text: errorMessage(error) });
    }
  }

  return (
    <div className="d-print-none sg-close-pack">
      <form onSubmit={ask} noValidate aria-labelledby={`${id}-heading`}>
        <h3 className="h4" id={`${id}-heading`}>
          Luk en pakke til et møde
        </h3>
        <DateField
          id={`${id}-date`}
          label="Mødedato"
          hint="Tallene fryses pr. denne dato"
          error={submitted ? dateError : null}
          value={date}
          onChange={setDate}
        />
        <FormField id={`${id}-comments`} label="Tovholderens kommentarer til mødet" hint="Højst 4000 tegn" error={submitted ? commentsError : null}>
          <textarea
            className="form-input"
            id={`${id}-comments`}
            rows={3}
            value={comments}
            aria-invalid={Boolean(submitted && commentsError)}
            aria-describedby={describedBy(`${id}-comments`, "Højst 4000 tegn", submitted ? commentsError : null)}
            onChange={(e) => setComments(e.target.value)}
          />
        </FormField>
        <button type="submit" className="button button-secondary" disabled={loading}>
          <Icon name="lock" />
          Luk pakke til møde d. {ISO_DATE.test(date) ? formatDateDa(date) : "…"}
        </button>
      </form>
      {message ? (
        message.ok ? (
          <Alert variant="success">
            {message.text} <Link to={styregruppePaths.pack(projectId, message.packId)}>Åbn pakken</Link>
          </Alert>
        ) : (
          <ErrorAlert message={message.text} />
        )
      ) : null}
      {confirming ? (
        <Modal
          title={`Luk pakken til mødet d. ${formatDateDa(date)}?`}
          onClose={() => setConfirming(false)}
          onSubmit={(e) => void confirm(e)}
          busy={loading}
          footer={
            <>
              <button type="submit" className="button button-primary" disabled={loading} data-autofocus>
                {loading ? "Lukker …" : "Ja, luk pakken"}
              </button>
              <button type="button" className="button button-secondary" onClick={() => setConfirming(false)} disabled={loading}>
                Annullér
              </button>
            </>
          }
        >
          <p className="mt-0">
            Tallene fryses, som de er pr. {formatDateDa(date)}, sammen med kommentarerne. En lukket pakke kan ikke ændres bagefter, og der kan kun være én pakke
            pr. mødedato.
          </p>
          {comments.trim() ? (
            <p>
              <strong>Kommentarer:</strong> {comments.trim()}
            </p>
          ) : (
            <p>Pakken lukkes uden kommentarer.</p>
          )}
        </Modal>
      ) : null}
    </div>
  );
}

function MeetingPacks({ project, packs, asOf }: { project: FlowProject; packs: Pack[]; asOf: string }) {
  return (
    <section className="sg-section d-print-none" aria-labelledby="sg-packs-heading" id="sg-packs">
      <h2 className="h3" id="sg-packs-heading">
        Mødepakker
      </h2>
      <p>En mødepakke er overblikket frosset pr. mødedatoen med tovholderens kommentarer. Senere posteringer og hændelser ændrer den ikke.</p>
      <ClosingPackLink projectId={project.id} />
      {packs.length === 0 ? (
        <p>Der er ikke lukket nogen mødepakker endnu.</p>
      ) : (
        <ScrollRegion label="Lukkede mødepakker, nyeste først">
          <table className="table table--compact sg-table sg-table--narrow">
            <caption className="sr-only">Lukkede mødepakker, nyeste først</caption>
            <thead>
              <tr>
                <th scope="col">Møde</th>
                <th scope="col">Lukket</th>
                <th scope="col">Af</th>
              </tr>
            </thead>
            <tbody>
              {packs.map((p) => (
                <tr key={p.id}>
                  <th scope="row">
                    <Link to={styregruppePaths.pack(project.id, p.id)}>Mødet d. {formatDateDa(p.meetingDate)}</Link>
                  </th>
                  <td>{formatDateTimeDa(p.closedAt)}</td>
                  <td>{p.closedBy}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      {rolesAllow(project.myRoles, "steering.comment") ? <ClosePackForm key={asOf} projectId={project.id} asOf={asOf} /> : null}
    </section>
  );
}

function Dashboard({ project }: { project: FlowProject }) {
  const [asOf, setAsOf, fallback] = useAsOf(project);
  const { data, previousData, error } = useDashboard(project.id, asOf);
  const shown = (data ?? previousData)?.project;
  const packs = [...(shown?.meetingPacks ?? [])].sort((a, b) => b.meetingDate.localeCompare(a.meetingDate));
  return (
    <>
      <h2>Styregruppens overblik pr. {formatDateDa(asOf)}</h2>
      <AsOfForm key={asOf} value={asOf} fallback={fallback} hint="Alle tal regnes pr. denne dato" buttonText="Vis overblik" onApply={setAsOf} />
      <ExportActions
        exportHref={styregruppePaths.dashboardExport(project.id, asOf)}
        exportJob={<DashboardExportJob key={asOf} projectId={project.id} asOf={asOf} />}
      >
        <a className="function-link" href="#sg-packs">
          Mødepakker{shown ? ` (${packs.length})` : ""}
        </a>
      </ExportActions>
      {error ? (
        <ErrorAlert message={errorMessage(error)} />
      ) : !shown ? (
        <Loading />
      ) : (
        <DashboardView
          projectId={project.id}
          dashboard={shown.dashboard}
          effect={shown.effect}
          benchmark={<BenchmarkSection projectId={project.id} dashboard={shown.dashboard} />}
        />
      )}
      {shown ? <MeetingPacks project={project} packs={packs} asOf={asOf} /> : null}
    </>
  );
}

export function StyregruppeDashboardPage({ projectId }: { projectId: string }) {
  // Back to the portfolio at the same date: the way the styregruppe came.
  const [date] = useDateParam();
  return (
    <FlowFrame
      projectId={projectId}
      title="Styregruppens overblik"
      requires="steering.read"
      subnav={false}
      back={{ to: withDate(styregruppePaths.portfolio, date), label: "Portefølje" }}
    >
      {(project) => <Dashboard project={project} />}
    </FlowFrame>
  );
}
