import type { ApolloCache } from "@apollo/client";
import { useApolloClient, useMutation, useQuery } from "@apollo/client/react";
import {
  FlowMeetingsDocument,
  PlanAddTeamMeetingDocument,
  PlanCancelTeamMeetingDocument,
  PlanCreateGoalDocument,
  PlanCreateMilestoneDocument,
  PlanDeleteGoalDocument,
  PlanDeleteMilestoneDocument,
  PlanMoveTeamMeetingDocument,
  PlanSetFlowPlanDocument,
  PlanSetupDocument,
  PlanUpdateGoalDocument,
  PlanUpdateMilestoneDocument,
  FlowGenerateTeamMeetingsDocument,
  type PlanSetupQuery,
} from "@overblik/graphql-client";

export type PlanSetupProject = PlanSetupQuery["project"];

/**
 * Goals, milestones and the flow plan as written (no personal data): fetched afresh on every visit, since the
 * leader and the tovholder both write them.
 */
export function usePlanSetup(projectId: string) {
  return useQuery(PlanSetupDocument, { variables: { projectId }, fetchPolicy: "cache-and-network" });
}

/** The project's figures that follow from the plan; fetched again where they are next shown. */
function evictFigures(cache: ApolloCache, projectId: string) {
  const id = cache.identify({ __typename: "Project", id: projectId });
  if (!id) return;
  for (const fieldName of ["capacityPlan", "goals", "milestones", "conversationPace", "dashboard"]) cache.evict({ id, fieldName });
  cache.gc();
}

/** Every change of the editor: the editor's query is fetched again with it, and the figures made stale are evicted. */
export function usePlanSetupMutations(projectId: string) {
  const client = useApolloClient();
  const options = {
    refetchQueries: [{ query: PlanSetupDocument, variables: { projectId } }],
    awaitRefetchQueries: true,
    update: (cache: ApolloCache) => evictFigures(cache, projectId),
  };
  const createGoal = useMutation(PlanCreateGoalDocument, options);
  const updateGoal = useMutation(PlanUpdateGoalDocument, options);
  const deleteGoal = useMutation(PlanDeleteGoalDocument, options);
  const createMilestone = useMutation(PlanCreateMilestoneDocument, options);
  const updateMilestone = useMutation(PlanUpdateMilestoneDocument, options);
  const deleteMilestone = useMutation(PlanDeleteMilestoneDocument, options);
  const setFlowPlan = useMutation(PlanSetFlowPlanDocument, options);
  const generateMeetings = useMutation(FlowGenerateTeamMeetingsDocument, {
    refetchQueries: [{ query: PlanSetupDocument, variables: { projectId } }],
    awaitRefetchQueries: true,
    update: (cache: ApolloCache) => {
      const id = cache.identify({ __typename: "Project", id: projectId });
      if (id) cache.evict({ id, fieldName: "teamMeetings" });
    },
  });
  /** After a CONFLICT: the plan as it is now. */
  const reload = () => client.query({ query: PlanSetupDocument, variables: { projectId }, fetchPolicy: "network-only" }).catch(() => undefined);
  return { createGoal, updateGoal, deleteGoal, createMilestone, updateMilestone, deleteMilestone, setFlowPlan, generateMeetings, reload };
}

/** The meetings are fetched again after each change (the list, the places and the agendas move together). */
export function useMeetingPlanning(projectId: string) {
  const client = useApolloClient();
  const options = { refetchQueries: [{ query: FlowMeetingsDocument, variables: { projectId } }], awaitRefetchQueries: true };
  const addMeeting = useMutation(PlanAddTeamMeetingDocument, options);
  const moveMeeting = useMutation(PlanMoveTeamMeetingDocument, options);
  const cancelMeeting = useMutation(PlanCancelTeamMeetingDocument, options);
  const reload = () => client.query({ query: FlowMeetingsDocument, variables: { projectId }, fetchPolicy: "network-only" }).catch(() => undefined);
  return { addMeeting, moveMeeting, cancelMeeting, reload };
}
