import { useMutation, useQuery } from "@apollo/client/react";
import {
  AccessLogEntriesDocument,
  AccessLogFilterOptionsDocument,
  AccessLogRetentionDocument,
  ParticipantAccessExtractDocument,
  SetAccessLogRetentionDocument,
} from "@overblik/graphql-client";

export const ACCESS_LOG_PAGE_SIZE = 50;

export interface AccessLogFilter {
  userId: string | null;
  participantId: string | null;
  projectId: string | null;
  action: string | null;
  /** ISO 8601 instants; `to` is not included. */
  from: string | null;
  to: string | null;
}

/** The log grows while the administrator reads it: each visit asks the server again. */
export function useAccessLog(filter: AccessLogFilter, page: number) {
  return useQuery(AccessLogEntriesDocument, {
    variables: { ...filter, take: ACCESS_LOG_PAGE_SIZE, skip: page * ACCESS_LOG_PAGE_SIZE },
    fetchPolicy: "cache-and-network",
  });
}

export function useAccessLogFilterOptions() {
  return useQuery(AccessLogFilterOptionsDocument);
}

export function useParticipantAccessExtract(participantId: string | null) {
  return useQuery(ParticipantAccessExtractDocument, {
    variables: { participantId: participantId ?? "" },
    skip: participantId === null,
    fetchPolicy: "network-only",
  });
}

export function useAccessLogRetention() {
  return useQuery(AccessLogRetentionDocument);
}

export function useSetAccessLogRetention() {
  return useMutation(SetAccessLogRetentionDocument, {
    update: (cache, { data }) => {
      if (data) cache.writeQuery({ query: AccessLogRetentionDocument, data: { accessLogRetentionDays: data.setAccessLogRetentionDays } });
    },
  });
}
