import { useApolloClient, useMutation, useQuery } from "@apollo/client/react";
import {
  AssignParticipantCaseworkerDocument,
  CitizenPageDocument,
  ChangeParticipantColourDocument,
  ClassifyParticipantDocument,
  FindParticipantByCprDocument,
  ImportParticipantsDocument,
  ParticipantCurrentDocument,
  ParticipantDetailsDocument,
  ParticipantProjectFrameDocument,
  ProjectParticipantsDocument,
  ProjectParticipantStatisticsDocument,
  RevealParticipantIdentityDocument,
  type Colour,
  type ParticipantProjectFrameQuery,
} from "@overblik/graphql-client";
import { PURPOSES } from "../participant-labels";

/*
 * Every query here that returns citizens writes one access-log row per citizen shown. So: the
 * default cache-first policy (going back to a list shows what was fetched, it does not ask again),
 * no polling, and no refetchQueries after a change (the mutation's answer updates the cache).
 */

/** The project as the citizens' pages frame it; usually from the cache the project page filled. */
export function useParticipantProjectFrame(projectId: string) {
  return useQuery(ParticipantProjectFrameDocument, { variables: { id: projectId } });
}

export type ParticipantProject = ParticipantProjectFrameQuery["project"];

export const PARTICIPANTS_PAGE_SIZE = 50;

export interface ParticipantFilter {
  colour: Colour | null;
  municipality: string | null;
  code: string | null;
}

export function useProjectParticipants(projectId: string, filter: ParticipantFilter, page: number) {
  return useQuery(ProjectParticipantsDocument, {
    variables: {
      projectId,
      colour: filter.colour,
      municipality: filter.municipality,
      code: filter.code,
      take: PARTICIPANTS_PAGE_SIZE,
      skip: page * PARTICIPANTS_PAGE_SIZE,
      purpose: PURPOSES.list,
    },
  });
}

/** The API's largest page; the board asks for more pages only when a project has more citizens. */
export const BOARD_PAGE_SIZE = 200;

export function useBoardParticipants(projectId: string) {
  return useQuery(ProjectParticipantsDocument, {
    variables: { projectId, colour: null, municipality: null, code: null, take: BOARD_PAGE_SIZE, skip: 0, purpose: PURPOSES.board },
  });
}

/**
 * The citizen page's one read: details and flow together, logged once. useParticipantDetails and useFlowTimeline
 * ask for the same citizen with the same purpose and are then answered from the cache.
 */
export function useCitizenPage(participantId: string) {
  return useQuery(CitizenPageDocument, { variables: { id: participantId, purpose: PURPOSES.participant } });
}

export function useParticipantDetails(participantId: string) {
  return useQuery(ParticipantDetailsDocument, { variables: { id: participantId, purpose: PURPOSES.participant } });
}

/**
 * After a CONFLICT: fetch the one participant again (logged with its own purpose), so the cache,
 * and every card and form showing it, has the current colour and version.
 */
export function useRefreshParticipant() {
  const client = useApolloClient();
  return (participantId: string) =>
    client
      .query({ query: ParticipantCurrentDocument, variables: { id: participantId, purpose: PURPOSES.conflict }, fetchPolicy: "network-only" })
      .then(() => undefined)
      .catch(() => undefined);
}

export function useChangeParticipantColour() {
  return useMutation(ChangeParticipantColourDocument, {
    // The statistics count colours; they are fetched afresh the next time they are shown.
    update: (cache) => {
      cache.evict({ fieldName: "participantStatistics" });
      cache.gc();
    },
  });
}

export function useClassifyParticipant() {
  return useMutation(ClassifyParticipantDocument);
}

export function useAssignCaseworker() {
  return useMutation(AssignParticipantCaseworkerDocument);
}

/** Name and CPR number are never written to Apollo's cache: they live in one component's state. */
export function useRevealIdentity() {
  return useMutation(RevealParticipantIdentityDocument, { fetchPolicy: "no-cache" });
}

/** Not cached either: the cache would keep the CPR number as part of the mutation's arguments. */
export function useFindParticipantByCpr() {
  return useMutation(FindParticipantByCprDocument, { fetchPolicy: "no-cache" });
}

export function useImportParticipants() {
  return useMutation(ImportParticipantsDocument, {
    // New citizens: lists and statistics are stale. They are fetched again only when next shown.
    update: (cache) => {
      cache.evict({ fieldName: "participants" });
      cache.evict({ fieldName: "participantStatistics" });
      cache.gc();
    },
  });
}

export function useParticipantStatistics(projectId: string) {
  return useQuery(ProjectParticipantStatisticsDocument, { variables: { projectId } });
}
