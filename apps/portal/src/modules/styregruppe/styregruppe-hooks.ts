import { useMutation, useQuery } from "@apollo/client/react";
import {
  ClosingPackDocument,
  ClosingPackSummaryDocument,
  SteeringClosePackDocument,
  SteeringDashboardDocument,
  SteeringPackDocument,
  SteeringPortfolioDocument,
  type SteeringDashboardFragment,
  type SteeringDashboardQuery,
} from "@overblik/graphql-client";

export type Dashboard = SteeringDashboardFragment;
export type Effect = NonNullable<SteeringDashboardQuery["project"]["effect"]>;

export const usePortfolio = (asOf: string) => useQuery(SteeringPortfolioDocument, { variables: { asOf } });
export const useDashboard = (projectId: string, asOf: string) => useQuery(SteeringDashboardDocument, { variables: { projectId, asOf } });
export const usePack = (id: string) => useQuery(SteeringPackDocument, { variables: { id } });
export const useClosingPack = (projectId: string) => useQuery(ClosingPackDocument, { variables: { projectId } });
export const useClosingPackSummary = (projectId: string) => useQuery(ClosingPackSummaryDocument, { variables: { projectId } });
export const useClosePack = () => useMutation(SteeringClosePackDocument, { refetchQueries: ["SteeringDashboard"] });

export const styregruppePaths = {
  portfolio: "/styregruppe",
  dashboard: (projectId: string) => `/projekter/${encodeURIComponent(projectId)}/styregruppe`,
  pack: (projectId: string, packId: string) => `/projekter/${encodeURIComponent(projectId)}/styregruppe/pakker/${encodeURIComponent(packId)}`,
  dashboardExport: (projectId: string, asOf: string) => `/export/dashboard/${encodeURIComponent(projectId)}.xlsx?dato=${encodeURIComponent(asOf)}`,
  packExport: (packId: string) => `/export/pack/${encodeURIComponent(packId)}.xlsx`,
  /** A closed project's final figures (route in app/router.tsx, before the project's tabs). */
  closingPack: (projectId: string) => `/projekter/${encodeURIComponent(projectId)}/lukkepakke`,
  closingPackExport: (projectId: string) => `/export/projects/${encodeURIComponent(projectId)}/closing-pack.xlsx`,
} as const;
