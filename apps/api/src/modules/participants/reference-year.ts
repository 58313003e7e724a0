/** The year the target group was drawn ("matchgruppe 3 pr. 1. april 2012"): ages are counted then. */
export function referenceYear(project: { startDate: string } | null): number {
  return project ? Number(project.startDate.slice(0, 4)) : new Date().getFullYear();
}
