// The baseline of the load test in `npm run bench`: a bare Apollo Server 5 (standalone, default plugins,
// no type-graphql, no TypeORM, no query limits) whose hand-written resolvers answer the bench's two queries
// from the same database with plain `pg`. The budget rules are packages/domain's, as in Overblik, so both
// servers do the same arithmetic and the difference is what Overblik's stack costs.
//
// BARE_AUTH=session (with SESSION_SECRET) makes it answer the same *authenticated* query the least a server
// can while keeping Overblik's rules for sessions (revocable at once, shared by every process): the Bearer
// token's HS256 signature and expiry checked with node:crypto, then one plain statement for the session row,
// its user and the user's project roles. Without it there is no authentication at all (BARE_AUTH=none).
// Usage: DATABASE_URL=postgres://… [BARE_AUTH=session SESSION_SECRET=…] node bench/bare-apollo.mjs
//        → prints "BARE_URL http://…" when ready.
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { followUpLine, followUpTotals, formatMoney, formatQuantity, oreFromDb, parseQuantity, sumOre } from "@overblik/domain";
import { GraphQLError } from "graphql";
import { createHmac, timingSafeEqual } from "node:crypto";
import pg from "pg";

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10, application_name: "bare-apollo" });

const typeDefs = `#graphql
  type Query {
    projects(take: Int! = 50, skip: Int! = 0): ProjectList!
    project(id: ID!): Project!
  }
  type ProjectList { totalCount: Int! items: [Project!]! }
  type Project { id: ID! code: String! name: String! startDate: String! endDate: String! status: String! budgets: [Budget!]! }
  type Budget { id: ID! followUp(asOf: String!): FollowUp! }
  type FollowUp { lines: [FollowUpLine!]! expense: FollowUpTotals! income: FollowUpTotals! }
  type FollowUpLine { lineId: ID! spent: String! forecast: String! rag: String! ragReason: String! deliveredQuantity: String }
  type FollowUpTotals { spent: String! forecast: String! rag: String! }
`;

const PROJECT_COLUMNS = `id, code, name, start_date::text AS "startDate", end_date::text AS "endDate", status`;

async function followUp(budget, asOf) {
  const [lines, sums] = await Promise.all([
    pool.query(
      `SELECT l.id, l.side, l.name, l.driver_unit, l.driver_quantity::text AS driver_quantity, l.driver_unit_rate_ore::text AS driver_unit_rate_ore,
              (SELECT json_agg(json_build_object('amount', a.amount_ore::text, 'original', a.original_amount_ore::text))
                 FROM budget_line_amount a WHERE a.budget_line_id = l.id) AS amounts
         FROM budget_line l WHERE l.budget_id = $1 ORDER BY l.sort_order, l.name`,
      [budget.id],
    ),
    pool.query(
      `SELECT l.id,
              COALESCE((SELECT sum(p.amount_ore) FROM budget_posting p WHERE p.budget_line_id = l.id AND p.posting_date <= $2), 0)::text AS spent,
              COALESCE((SELECT sum(a.quantity) FROM activity_entry a WHERE a.budget_line_id = l.id AND a.activity_date <= $2), 0)::text AS delivered
         FROM budget_line l WHERE l.budget_id = $1`,
      [budget.id, asOf],
    ),
  ]);
  const byId = new Map(sums.rows.map((r) => [r.id, r]));
  const period = { start: budget.startDate, end: budget.endDate };
  const computed = lines.rows.map((l) => {
    const amounts = l.amounts ?? [];
    const driver =
      l.driver_unit && l.driver_quantity
        ? {
            unit: l.driver_unit,
            plannedQuantity: parseQuantity(l.driver_quantity),
            unitRate: l.driver_unit_rate_ore === null ? null : oreFromDb(l.driver_unit_rate_ore),
          }
        : null;
    const s = byId.get(l.id);
    const delivered = s ? parseQuantity(s.delivered) : 0n;
    const input = {
      id: l.id,
      side: l.side,
      original: budget.approved ? sumOre(amounts.map((a) => oreFromDb(a.original ?? "0"))) : null,
      corrected: sumOre(amounts.map((a) => oreFromDb(a.amount))),
      spent: s ? oreFromDb(s.spent) : 0n,
      driver,
      delivered,
    };
    return { driver, delivered, result: followUpLine(input, period, asOf) };
  });
  const names = new Map(lines.rows.map((l) => [l.id, l.name]));
  const results = computed.map((c) => c.result);
  const totals = (side) => {
    const t = followUpTotals(side, results, (id) => names.get(id) ?? "");
    return { spent: formatMoney(t.spent), forecast: formatMoney(t.forecast), rag: t.rag };
  };
  return {
    lines: computed.map(({ driver, delivered, result: r }) => ({
      lineId: r.id,
      spent: formatMoney(r.spent),
      forecast: formatMoney(r.forecast),
      rag: r.rag,
      ragReason: r.ragReason,
      deliveredQuantity: driver ? formatQuantity(delivered) : null,
    })),
    expense: totals("EXPENSE"),
    income: totals("INCOME"),
  };
}

const resolvers = {
  Query: {
    async projects(_root, { take, skip }, { user }) {
      // With authentication, Overblik's rule: an administrator sees every project, anyone else their own.
      const ids = !user || user.global_roles.includes("ADMIN") ? null : (user.memberships ?? []).map((m) => m.project_id);
      const { rows } = await pool.query(
        `SELECT ${PROJECT_COLUMNS}, count(*) OVER () AS total FROM project
          WHERE $1::uuid[] IS NULL OR id = ANY($1::uuid[]) ORDER BY start_date, name LIMIT $2 OFFSET $3`,
        [ids, Math.min(take, 100), skip],
      );
      return { totalCount: Number(rows[0]?.total ?? 0), items: rows };
    },
    async project(_root, { id }, { user }) {
      const allowed = !user || user.global_roles.includes("ADMIN") || (user.memberships ?? []).some((m) => m.project_id === id);
      if (!allowed) throw new Error("Projektet findes ikke.");
      const { rows } = await pool.query(`SELECT ${PROJECT_COLUMNS} FROM project WHERE id = $1`, [id]);
      if (!rows[0]) throw new Error("Projektet findes ikke.");
      return rows[0];
    },
  },
  Project: {
    async budgets(project) {
      const { rows } = await pool.query(`SELECT id, approved_at IS NOT NULL AS approved FROM budget WHERE project_id = $1 ORDER BY start_year, name`, [
        project.id,
      ]);
      return rows.map((b) => ({ ...b, startDate: project.startDate, endDate: project.endDate }));
    },
  },
  Budget: {
    followUp: (budget, { asOf }) => followUp(budget, asOf),
  },
};

const AUTH = process.env.BARE_AUTH ?? "none";
const secret = process.env.SESSION_SECRET ?? "";
if (AUTH === "session" && secret.length < 32) throw new Error("BARE_AUTH=session needs SESSION_SECRET");

async function user(req) {
  const unauthenticated = () => new GraphQLError("Not logged in", { extensions: { code: "UNAUTHENTICATED", http: { status: 401 } } });
  const header = req.headers.authorization ?? "";
  const [head, payload, signature] = header.startsWith("Bearer ") ? header.slice(7).split(".") : [];
  if (!head || !payload || !signature) throw unauthenticated();
  const expected = createHmac("sha256", secret).update(`${head}.${payload}`).digest();
  const given = Buffer.from(signature, "base64url");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw unauthenticated();
  const claims = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
  if (typeof claims.exp !== "number" || claims.exp <= Date.now() / 1000) throw unauthenticated();
  const { rows } = await pool.query(
    `SELECT u.id, u.global_roles,
            (SELECT json_agg(json_build_object('project_id', m.project_id, 'role', m.role)) FROM project_membership m WHERE m.user_id = u.id) AS memberships
       FROM user_session s JOIN app_user u ON u.id = s.user_id
      WHERE s.id = $1 AND s.user_id = $2 AND s.revoked_at IS NULL AND s.expires_at > now() AND u.active`,
    [claims.sid, claims.sub],
  );
  if (!rows[0]) throw unauthenticated();
  return rows[0];
}

const server = new ApolloServer({ typeDefs, resolvers });
const { url } = await startStandaloneServer(server, {
  listen: { port: Number(process.env.PORT ?? 0), host: "127.0.0.1" },
  context: AUTH === "session" ? async ({ req }) => ({ user: await user(req) }) : undefined,
});
process.stdout.write(`BARE_URL ${url.replace(/\/$/, "")}\n`);

const stop = async () => {
  await server.stop();
  await pool.end();
  process.exit(0);
};
process.on("SIGTERM", () => void stop());
process.on("SIGINT", () => void stop());
