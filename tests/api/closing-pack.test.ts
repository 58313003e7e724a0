import { discloseCount, FIGURES } from "@overblik/domain";
import { ClosingPackDocument, CloseProjectDocument, ProjectAdminDocument, SteeringDashboardDocument } from "@overblik/graphql-client";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataOf, gql, login, startTestApi, type TestApi } from "../support/api.js";
import { addMember, FIXTURE_PASSWORD, makeParticipant, makeProject, makeUser } from "../support/fixtures.js";

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ seed: false });
});
afterAll(() => api?.close());

const todayInCopenhagen = () => new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Copenhagen" }).format(new Date());
const danish = (iso: string) => iso.split("-").reverse().join(".");

async function member(projectId: string, role: "LEADER" | "STYREGRUPPE" | "CASEWORKER" | null, name: string): Promise<string> {
  const user = await makeUser(api.dataSource, { name });
  if (role) await addMember(api.dataSource, projectId, user.id, role);
  return login(api.url, user.email, FIXTURE_PASSWORD);
}

const exportOf = (projectId: string, token?: string) =>
  fetch(`${api.url}/export/projects/${projectId}/closing-pack.xlsx`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

describe("the closing pack", () => {
  it("freezes the final figures at the closing, shows them to the styregruppe and exports them as Excel", async () => {
    const project = await makeProject(api.dataSource, { name: "Lukkeprojekt", code: "LUK1", targetSize: 10 });
    for (let i = 0; i < 6; i++) await makeParticipant(api.dataSource, project.id);
    const leader = await member(project.id, "LEADER", "Lene Leder");
    const steering = await member(project.id, "STYREGRUPPE", "Sofie Styregruppe");
    const caseworker = await member(project.id, "CASEWORKER", "Sara Sagsbehandler");
    const outsider = await member(project.id, null, "Otto Udenfor");

    // Before the closing there is no pack, and no file.
    expect(dataOf(await gql(api.url, ClosingPackDocument, { projectId: project.id }, { token: steering })).project.closingPack).toBeNull();
    expect((await exportOf(project.id, steering)).status).toBe(404);

    const { version } = dataOf(await gql(api.url, ProjectAdminDocument, { id: project.id }, { token: leader })).project;
    const closed = dataOf(
      await gql(
        api.url,
        CloseProjectDocument,
        { input: { projectId: project.id, expectedVersion: version, comments: "  Evalueret; 6 borgere i forløb.  " } },
        { token: leader },
      ),
    ).closeProject;
    expect(closed.status).toBe("CLOSED");

    const asOf = todayInCopenhagen();
    const packOf = async () => dataOf(await gql(api.url, ClosingPackDocument, { projectId: project.id }, { token: steering })).project;
    const live = async () => dataOf(await gql(api.url, SteeringDashboardDocument, { projectId: project.id, asOf }, { token: steering })).project.dashboard;
    const target = (funnel: Array<{ key: string; count: number | null }>) => funnel.find((s) => s.key === "TARGET")?.count;

    const first = await packOf();
    expect(first.status).toBe("CLOSED");
    const pack = first.closingPack;
    if (!pack) throw new Error("no closing pack");
    expect(pack.meetingDate).toBe(asOf);
    expect(pack.comments).toBe("Evalueret; 6 borgere i forløb.");
    expect(pack.closedBy).toBe("Lene Leder");
    // 6 citizens, as the styregruppe sees them (disclosure.ts: rounded to 5).
    expect(target(pack.dashboard.funnel)).toBe(discloseCount(6).count);
    // The frozen figures are the styregruppe's dashboard of the closing day.
    expect(pack.dashboard.funnel).toEqual((await live()).funnel);

    // Citizens recorded afterwards (a correction in the database; the API refuses changes) show in the live
    // figures, never in the pack: 4 more make 10, which rounding cannot hide.
    for (let i = 0; i < 4; i++) await makeParticipant(api.dataSource, project.id);
    expect(target((await live()).funnel)).toBe(discloseCount(10).count);
    const again = (await packOf()).closingPack;
    expect(again).toEqual(pack);

    // The workbook: the closing title, the comments and the pack's figures.
    const res = await exportOf(project.id, steering);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("spreadsheetml");
    expect(res.headers.get("content-disposition")).toBe(`attachment; filename="lukkepakke-LUK1-${asOf}.xlsx"`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await res.arrayBuffer());
    const sheet = book.getWorksheet("Overblik");
    if (!sheet) throw new Error("no Overblik sheet");
    const cells = (sheet.getRows(1, sheet.rowCount) ?? []).map((r) => r.getCell(1).value);
    expect(cells[0]).toBe("Lukkeprojekt");
    expect(cells[1]).toBe(`Lukkepakke: projektets endelige tal pr. ${danish(asOf)}, frosset, da projektet blev lukket ${danish(asOf)} af Lene Leder`);
    expect(cells).toContain("Kommentarer ved lukningen: Evalueret; 6 borgere i forløb.");
    const rows = sheet.getRows(1, sheet.rowCount) ?? [];
    const targetRow = rows.find((r) => r.getCell(1).value === FIGURES.TARGET.label);
    expect(targetRow?.getCell(2).value).toBe(discloseCount(6).count);

    // The leader reads it too; a caseworker in the project may not, and outside the project it does not exist.
    expect((await exportOf(project.id, leader)).status).toBe(200);
    const refused = await exportOf(project.id, caseworker);
    expect(refused.status).toBe(403);
    expect((await gql(api.url, ClosingPackDocument, { projectId: project.id }, { token: caseworker })).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await exportOf(project.id, outsider)).status).toBe(404);
    expect((await exportOf(project.id)).status).toBe(401);
    expect((await exportOf("ikke-et-id", steering)).status).toBe(404);
  });
});
