import type { ParticipantDetailFragment } from "@overblik/graphql-client";
import { formatDateDa, formatInteger } from "../../../ui/format";
import { ageGroupLabel, GENDER_LABELS, originLabel } from "../participant-labels";
import { ColourTag } from "./colour-tag";

/** What the project knows about the citizen, without name and CPR number. */
export function ParticipantFacts({ participant: p }: { participant: ParticipantDetailFragment }) {
  return (
    <dl className="facts-list">
      <div>
        <dt>Deltagerkode</dt>
        <dd>{p.code}</dd>
      </div>
      <div>
        <dt>Farvegruppe</dt>
        <dd>
          <ColourTag colour={p.colour} />
        </dd>
      </div>
      <div>
        <dt>Kommune</dt>
        <dd>{p.municipality}</dd>
      </div>
      <div>
        <dt>Køn</dt>
        <dd>{GENDER_LABELS[p.gender]}</dd>
      </div>
      <div>
        <dt>Fødselsår og aldersgruppe</dt>
        <dd>
          {p.birthYear} ({ageGroupLabel(p.ageGroup).toLowerCase()})
        </dd>
      </div>
      <div>
        <dt>Herkomst</dt>
        <dd>{originLabel(p.origin)}</dd>
      </div>
      <div>
        <dt>Måneder på ydelse</dt>
        <dd>
          {formatInteger(p.monthsOnBenefit)} {p.longTermBenefit ? "(mere end 12 måneder)" : "(12 måneder eller mindre)"}
        </dd>
      </div>
      <div>
        <dt>Matchgruppe</dt>
        <dd>{p.matchGroup}</dd>
      </div>
      <div>
        <dt>Indskrevet</dt>
        <dd>{formatDateDa(p.enrolmentDate)}</dd>
      </div>
      <div>
        <dt>Sagsbehandler</dt>
        <dd>{p.caseworker?.name ?? "Ingen tildelt"}</dd>
      </div>
      <div>
        <dt>Navn og CPR-nummer</dt>
        <dd>
          {p.hasName && p.hasCpr
            ? "Begge registreret"
            : p.hasCpr
              ? "CPR-nummer registreret, navn ikke"
              : p.hasName
                ? "Navn registreret, CPR-nummer ikke"
                : "Ikke registreret"}
        </dd>
      </div>
    </dl>
  );
}
