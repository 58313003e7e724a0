/** The administrator's access log (global, not a project's); the route is in app/router.tsx. */
export const ACCESS_LOG_PATH = "/adgangslog";
