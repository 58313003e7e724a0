/**
 * Addresses of the coordination flow's pages, beside the project's tabs (app/paths.ts) and the citizens' pages
 * (participants/participant-paths.ts; a citizen's page holds the citizen's flow too). Routes are in app/router.tsx;
 * links are built here only, so the two agree.
 */
const project = (id: string) => `/projekter/${encodeURIComponent(id)}`;

export const flowPaths = {
  overview: (projectId: string) => `${project(projectId)}/forloeb`,
  alerts: (projectId: string) => `${project(projectId)}/advarsler`,
  meetings: (projectId: string) => `${project(projectId)}/moeder`,
  meeting: (projectId: string, meetingId: string) => `${project(projectId)}/moeder/${encodeURIComponent(meetingId)}`,
  catalogue: (projectId: string) => `${project(projectId)}/katalog`,
  capacity: (projectId: string) => `${project(projectId)}/kapacitet`,
  /** The editor of goals, milestones and the flow plan ("Ret mål og plan"). */
  planEditor: (projectId: string) => `${project(projectId)}/kapacitet/plan`,
} as const;
