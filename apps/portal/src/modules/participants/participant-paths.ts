/**
 * Addresses of the citizens' pages, beside the project's tabs (app/paths.ts). Routes for them are
 * in app/router.tsx; links are built here only, so the two agree.
 */
const project = (id: string) => `/projekter/${encodeURIComponent(id)}`;

export const participantPaths = {
  list: (projectId: string) => `${project(projectId)}/borgere`,
  participant: (projectId: string, participantId: string) => `${project(projectId)}/borgere/${encodeURIComponent(participantId)}`,
  import: (projectId: string) => `${project(projectId)}/borgere/import`,
  board: (projectId: string) => `${project(projectId)}/farver`,
  statistics: (projectId: string) => `${project(projectId)}/statistik`,
} as const;
