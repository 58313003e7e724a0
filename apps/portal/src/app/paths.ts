/** The portal's addresses, in one place so links and routes agree. */
export const paths = {
  projects: "/",
  project: (id: string) => `/projekter/${encodeURIComponent(id)}`,
  playground: "/graphql",
} as const;
