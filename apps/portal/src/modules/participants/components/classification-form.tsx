import type { CaseFocus, Motivation, ParticipantDetailFragment, Profile } from "@overblik/graphql-client";
import { useId, useState, type FormEvent } from "react";
import { errorCode, errorMessage } from "../../../ui/errors";
import { FormField, SubmitRow } from "../../../ui/form-field";
import { useClassifyParticipant } from "../hooks/use-participants";
import { CASE_FOCUS_LABELS, MOTIVATION_LABELS, PROFILE_LABELS } from "../participant-labels";

const PROFILES = Object.keys(PROFILE_LABELS) as Profile[];
const MOTIVATIONS = Object.keys(MOTIVATION_LABELS) as Motivation[];
const CASE_FOCI = Object.keys(CASE_FOCUS_LABELS) as CaseFocus[];

export type SaveOutcome = { kind: "saved"; text: string } | { kind: "error"; text: string } | { kind: "conflict"; text: string };

/** A failed save as the page reports it: a stale version (someone else saved first) apart from other errors. */
export function failedSave(error: unknown): SaveOutcome {
  return { kind: errorCode(error) === "CONFLICT" ? "conflict" : "error", text: errorMessage(error) };
}

/**
 * Profiles (several can apply), motivation and the case work's focus, as in the Faxe case review.
 * Saved with the version the form was filled from; the page remounts the form on a new version.
 */
export function ClassificationForm({ participant, onOutcome }: { participant: ParticipantDetailFragment; onOutcome: (outcome: SaveOutcome) => void }) {
  const id = useId();
  const [classify, { loading }] = useClassifyParticipant();
  const [profiles, setProfiles] = useState<ReadonlySet<Profile>>(new Set(participant.profiles));
  const [motivation, setMotivation] = useState<string>(participant.motivation ?? "");
  const [caseFocus, setCaseFocus] = useState<string>(participant.caseFocus ?? "");

  function toggle(profile: Profile, on: boolean) {
    const next = new Set(profiles);
    if (on) next.add(profile);
    else next.delete(profile);
    setProfiles(next);
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    try {
      await classify({
        variables: {
          input: {
            participantId: participant.id,
            profiles: PROFILES.filter((p) => profiles.has(p)),
            motivation: MOTIVATIONS.find((m) => m === motivation) ?? null,
            caseFocus: CASE_FOCI.find((c) => c === caseFocus) ?? null,
            expectedVersion: participant.version,
          },
        },
      });
      onOutcome({ kind: "saved", text: `Profil, motivation og fokus for ${participant.code} er gemt.` });
    } catch (error) {
      onOutcome(failedSave(error));
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} aria-busy={loading}>
      <fieldset className="checkbox-list">
        <legend className="form-label">Profiler</legend>
        <span className="form-hint" id={`${id}-profiles-hint`}>
          Flere kan gælde
        </span>
        {PROFILES.map((profile) => (
          <div className="form-group-checkbox" key={profile}>
            <input
              type="checkbox"
              className="form-checkbox"
              id={`${id}-${profile}`}
              checked={profiles.has(profile)}
              onChange={(e) => toggle(profile, e.target.checked)}
            />
            <label className="form-label" htmlFor={`${id}-${profile}`}>
              {PROFILE_LABELS[profile]}
            </label>
          </div>
        ))}
      </fieldset>
      <FormField id={`${id}-motivation`} label="Motivation">
        <select className="form-select" id={`${id}-motivation`} value={motivation} onChange={(e) => setMotivation(e.target.value)}>
          <option value="">Ikke vurderet</option>
          {MOTIVATIONS.map((m) => (
            <option key={m} value={m}>
              {MOTIVATION_LABELS[m]}
            </option>
          ))}
        </select>
      </FormField>
      <FormField id={`${id}-focus`} label="Sagsarbejdets fokus">
        <select className="form-select" id={`${id}-focus`} value={caseFocus} onChange={(e) => setCaseFocus(e.target.value)}>
          <option value="">Ikke valgt</option>
          {CASE_FOCI.map((c) => (
            <option key={c} value={c}>
              {CASE_FOCUS_LABELS[c]}
            </option>
          ))}
        </select>
      </FormField>
      <SubmitRow busy={loading} text="Gem profil og fokus" />
    </form>
  );
}
