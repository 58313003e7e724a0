import type { ApolloCache } from "@apollo/client";
import { useApolloClient, useMutation, useQuery } from "@apollo/client/react";
import {
  CitizenAlertsDocument,
  CitizenOpenMeetingsDocument,
  FlowAddInterventionDocument,
  FlowAddPlanItemDocument,
  FlowAddToAgendaDocument,
  FlowAlertsDocument,
  FlowCapacityDocument,
  FlowCatalogueDocument,
  FlowCompleteMilestoneDocument,
  FlowGenerateTeamMeetingsDocument,
  FlowHoldTeamMeetingDocument,
  FlowMeetingsDocument,
  FlowOverviewDocument,
  FlowParticipantDocument,
  FlowProjectDocument,
  FlowRecordConversationDocument,
  FlowRecordInterventionUnitsDocument,
  FlowRecordOutcomeDocument,
  FlowReportNonComplianceDocument,
  FlowResolvePlanAlertDocument,
  FlowSavePreparationFormDocument,
  FlowScheduleConversationDocument,
  FlowSetInterventionBudgetLineDocument,
  FlowSetKeepInTeamQueueDocument,
  FlowSetPlanItemStatusDocument,
  type FlowOverviewQuery,
  type FlowParticipantQuery,
  type FlowProjectQuery,
} from "@overblik/graphql-client";
import { FLOW_PURPOSES } from "../flow-labels";
import { useCallback } from "react";

/*
 * The overview, the alerts, the meetings and a citizen are each written to the access log per
 * citizen shown. So: cache-first (going back shows what was fetched), no polling, and a change
 * updates the cache from the mutation's answer. What a change makes stale elsewhere (the overview's
 * stages, the goals, the pace) is evicted, so it is fetched again only when it is next shown.
 */

export type FlowProject = FlowProjectQuery["project"];
export type FlowOverviewRow = FlowOverviewQuery["project"]["overview"][number];
export type FlowTimeline = FlowParticipantQuery["participant"];

/** The project as the flow's pages frame it; usually from the cache the project page filled. */
export function useFlowProject(projectId: string) {
  return useQuery(FlowProjectDocument, { variables: { id: projectId } });
}

export function useFlowOverview(projectId: string, asOf: string) {
  return useQuery(FlowOverviewDocument, { variables: { projectId, asOf } });
}

/**
 * The overview read once, not watched: the meeting page picks citizens from it, and a watcher would
 * fetch (and log) all of them again every time a change on the page makes the overview stale.
 */
export function useOverviewOnce() {
  const client = useApolloClient();
  // Stable across renders (the client is), so an effect can list it among its dependencies and still read once.
  return useCallback(
    (projectId: string, asOf: string) =>
      client.query({ query: FlowOverviewDocument, variables: { projectId, asOf }, fetchPolicy: "cache-first" }).then((r) => r.data?.project.overview ?? []),
    [client],
  );
}

/**
 * No personal data (nothing is logged), so fetched afresh on every visit: which line pays for an
 * intervention, and that line's activity source, may have been changed by the tovholder or the leader.
 */
export function useFlowCatalogue(projectId: string) {
  return useQuery(FlowCatalogueDocument, { variables: { projectId }, fetchPolicy: "cache-and-network" });
}

export function useFlowAlerts(projectId: string, openOnly: boolean) {
  return useQuery(FlowAlertsDocument, { variables: { projectId, openOnly } });
}

export function useFlowMeetings(projectId: string) {
  return useQuery(FlowMeetingsDocument, { variables: { projectId } });
}

/** Aggregates only (nothing is logged): fetched afresh on every visit, so the figures are current. */
export function useFlowCapacity(projectId: string, asOf: string) {
  return useQuery(FlowCapacityDocument, { variables: { projectId, asOf }, fetchPolicy: "cache-and-network" });
}

const timelineVariables = (participantId: string) => ({ id: participantId, purpose: FLOW_PURPOSES.timeline });

export function useFlowTimeline(participantId: string) {
  return useQuery(FlowParticipantDocument, { variables: timelineVariables(participantId) });
}

type ProjectField = "overview" | "alerts" | "goals" | "conversationPace" | "teamMeetings" | "openTeamMeetings";

/** Fields of the project a change has made stale; they are fetched again where they are next shown. */
function evictProject(cache: ApolloCache, projectId: string, fields: readonly ProjectField[]) {
  const id = cache.identify({ __typename: "Project", id: projectId });
  if (!id) return;
  for (const fieldName of fields) cache.evict({ id, fieldName });
  cache.gc();
}

/** Writes part of a citizen's timeline from a mutation's answer into the cached timeline. */
function updateTimeline(cache: ApolloCache, participantId: string, patch: (p: FlowTimeline) => FlowTimeline) {
  cache.updateQuery({ query: FlowParticipantDocument, variables: timelineVariables(participantId) }, (data) =>
    data ? { participant: patch(data.participant) } : data,
  );
}

/** The mutations of one citizen's timeline; each knows the citizen and the project it changes. */
export function useTimelineMutations(projectId: string, participantId: string) {
  const client = useApolloClient();
  const schedule = useMutation(FlowScheduleConversationDocument, {
    update: (cache, { data }) => {
      const conversation = data?.scheduleConversation;
      if (!conversation) return;
      updateTimeline(cache, participantId, (p) => ({ ...p, conversations: [...p.conversations, conversation] }));
      evictProject(cache, projectId, ["overview"]);
    },
  });
  const record = useMutation(FlowRecordConversationDocument, {
    update: (cache, { data }) => {
      const conversations = data?.recordConversation;
      if (!conversations) return;
      updateTimeline(cache, participantId, (p) => ({ ...p, conversations }));
      evictProject(cache, projectId, ["overview", "conversationPace"]);
    },
  });
  const savePreparation = useMutation(FlowSavePreparationFormDocument, {
    update: (cache, { data }) => {
      const form = data?.savePreparationForm;
      if (!form) return;
      updateTimeline(cache, participantId, (p) => ({ ...p, preparationForm: form }));
      // The themes decide which competences a meeting calls for.
      evictProject(cache, projectId, ["teamMeetings"]);
    },
  });
  const addPlanItem = useMutation(FlowAddPlanItemDocument, {
    update: (cache, { data }) => {
      const plan = data?.addPlanItem;
      if (!plan) return;
      updateTimeline(cache, participantId, (p) => ({ ...p, actionPlan: plan }));
      evictProject(cache, projectId, ["overview", "goals"]);
    },
  });
  const setPlanStatus = useMutation(FlowSetPlanItemStatusDocument, {
    update: (cache, { data }) => {
      const plan = data?.setPlanItemStatus;
      if (!plan) return;
      updateTimeline(cache, participantId, (p) => ({ ...p, actionPlan: plan }));
      evictProject(cache, projectId, ["overview", "goals"]);
    },
  });
  const reportNonCompliance = useMutation(FlowReportNonComplianceDocument, {
    update: (cache) => evictProject(cache, projectId, ["overview", "alerts"]),
  });
  const recordUnits = useMutation(FlowRecordInterventionUnitsDocument, {
    update: (cache, { data }) => {
      const plan = data?.recordInterventionUnits;
      if (!plan) return;
      updateTimeline(cache, participantId, (p) => ({ ...p, actionPlan: plan }));
      // A planned intervention is now in progress.
      evictProject(cache, projectId, ["overview"]);
    },
  });
  const keepInTeamQueue = useMutation(FlowSetKeepInTeamQueueDocument, {
    update: (cache, { data }) => {
      const keep = data?.setKeepInTeamQueue;
      if (keep === undefined) return;
      updateTimeline(cache, participantId, (p) => ({ ...p, keepInTeamQueue: keep }));
      evictProject(cache, projectId, ["overview"]);
    },
  });
  const recordOutcome = useMutation(FlowRecordOutcomeDocument, {
    update: (cache, { data }) => {
      const outcomes = data?.recordOutcome;
      if (!outcomes) return;
      updateTimeline(cache, participantId, (p) => ({ ...p, outcomes }));
      evictProject(cache, projectId, ["overview", "goals"]);
    },
  });

  /**
   * A grøn citizen who does not show up becomes orange, with a new conversation with a tovholder
   * (recordConversation answers with the conversations only): the citizen is fetched again, logged
   * with its own purpose, so the colour and its history on screen are the ones now saved.
   */
  async function refreshAfterNoShow() {
    await client
      .query({ query: FlowParticipantDocument, variables: { id: participantId, purpose: FLOW_PURPOSES.afterNoShow }, fetchPolicy: "network-only" })
      .catch(() => undefined);
  }

  /** After a CONFLICT: the timeline as it is now. */
  async function refresh() {
    await client.query({ query: FlowParticipantDocument, variables: timelineVariables(participantId), fetchPolicy: "network-only" }).catch(() => undefined);
  }

  return {
    schedule,
    record,
    savePreparation,
    addPlanItem,
    setPlanStatus,
    recordUnits,
    reportNonCompliance,
    recordOutcome,
    keepInTeamQueue,
    refreshAfterNoShow,
    refresh,
  };
}

export type TimelineMutations = ReturnType<typeof useTimelineMutations>;

export function useResolvePlanAlert(projectId: string) {
  // The alert is normalised by id, so its answer (resolvedAt, followUp) updates the list in place.
  return useMutation(FlowResolvePlanAlertDocument, { update: (cache) => evictProject(cache, projectId, ["overview"]) });
}

export function useAddIntervention(projectId: string) {
  return useMutation(FlowAddInterventionDocument, {
    update: (cache, { data }) => {
      const added = data?.addIntervention;
      if (!added) return;
      cache.updateQuery({ query: FlowCatalogueDocument, variables: { projectId } }, (current) =>
        current ? { project: { ...current.project, interventions: [...current.project.interventions, added] } } : current,
      );
    },
  });
}

/** The intervention is normalised by id, so its answer updates the catalogue and every plan that shows it. */
export function useSetInterventionBudgetLine(projectId: string) {
  const client = useApolloClient();
  const mutation = useMutation(FlowSetInterventionBudgetLineDocument);
  /** After a CONFLICT: the catalogue as it is now. */
  const refresh = () => client.query({ query: FlowCatalogueDocument, variables: { projectId }, fetchPolicy: "network-only" }).catch(() => undefined);
  return [mutation, refresh] as const;
}

/** The meetings are fetched again after each change: the agenda decides the competences and who is invited. */
const refetchMeetings = (projectId: string) => ({
  refetchQueries: [{ query: FlowMeetingsDocument, variables: { projectId } }],
  awaitRefetchQueries: true,
});

export function useGenerateTeamMeetings(projectId: string) {
  return useMutation(FlowGenerateTeamMeetingsDocument, refetchMeetings(projectId));
}

export function useAddToAgenda(projectId: string) {
  return useMutation(FlowAddToAgendaDocument, { ...refetchMeetings(projectId), update: (cache) => evictProject(cache, projectId, ["overview"]) });
}

/** The planned meetings a citizen can be put on (no personal data, nothing logged): fetched afresh on every visit. */
export function useCitizenOpenMeetings(projectId: string, from: string) {
  return useQuery(CitizenOpenMeetingsDocument, { variables: { projectId, from }, fetchPolicy: "cache-and-network" });
}

/** One citizen's alerts, open and followed up (logged for that citizen). */
export function useCitizenAlerts(projectId: string, participantId: string) {
  return useQuery(CitizenAlertsDocument, { variables: { projectId, participantId } });
}

/**
 * Put one citizen on a meeting's agenda from the citizen's page: the citizen's agenda gets the new entry from the
 * answer (the place), and the meetings' lists are fetched again where they are next shown — not here, where they
 * would show (and log) every other citizen on the agendas.
 */
export function useAddCitizenToAgenda(projectId: string, participantId: string) {
  const [mutate, state] = useMutation(FlowAddToAgendaDocument);
  const add = (meeting: { id: string; date: string }) =>
    mutate({
      variables: { input: { meetingId: meeting.id, participantId } },
      update: (cache, { data }) => {
        const position = data?.addToAgenda;
        if (position === undefined) return;
        const entry = {
          __typename: "ParticipantAgendaEntry" as const,
          meetingId: meeting.id,
          date: meeting.date,
          status: "PLANNED",
          position,
          present: null,
          recommendations: null,
        };
        updateTimeline(cache, participantId, (p) => ({ ...p, agenda: [...p.agenda, entry].sort((a, b) => a.date.localeCompare(b.date)) }));
        evictProject(cache, projectId, ["overview", "teamMeetings", "openTeamMeetings"]);
      },
    });
  return [add, state] as const;
}

export function useHoldTeamMeeting(projectId: string) {
  return useMutation(FlowHoldTeamMeetingDocument, { ...refetchMeetings(projectId), update: (cache) => evictProject(cache, projectId, ["overview"]) });
}

/** The answer's status is as of today; the page's date may be another, so the aggregates are fetched again. */
export function useCompleteMilestone(projectId: string, asOf: string) {
  return useMutation(FlowCompleteMilestoneDocument, {
    refetchQueries: [{ query: FlowCapacityDocument, variables: { projectId, asOf } }],
    awaitRefetchQueries: true,
  });
}
