// The target-group import with CPR numbers: all or nothing, no plain CPR number stored or logged, and a citizen found
// by CPR number and revealed on purpose. It writes to a project of its own, so it needs no citizens beforehand.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataOf, gql } from "../support/api.js";
import { FIND, IMPORT, PREVIEW, REVEAL, csvFile, startParticipantsWorld, type ImportPreview, type ParticipantsWorld } from "../support/participants-world.js";

let api: ParticipantsWorld["api"];
let logLines: ParticipantsWorld["logLines"];
let importProjectId: ParticipantsWorld["importProjectId"];
let tokens: ParticipantsWorld["tokens"];
let list: ParticipantsWorld["list"];
beforeAll(async () => {
  ({ api, logLines, importProjectId, tokens, list } = await startParticipantsWorld({ citizens: false }));
});
afterAll(() => api?.close());

describe("target-group import with CPR numbers", () => {
  const good = [
    "Ishøj;K;;Dansk oprindelse;18;3;01-09-2012;010165-1234;Karen Testesen",
    "Vallensbæk;;;;6;3;01-09-2012;0212794321;",
    "Ishøj;M;1990;Øvrige;2;3;2012-09-01;;",
  ];

  it("writes nothing when one CPR number has an impossible date, and names the row", async () => {
    const before = dataOf(await list("tovholder", { take: 1, projectId: importProjectId })).participants.totalCount;
    const input = { projectId: importProjectId, fileName: "maalgruppe.csv", contentBase64: csvFile([...good, "Ishøj;;;;4;3;01-09-2012;310265-1234;"]) };
    const preview = dataOf(await gql<ImportPreview, object>(api.url, PREVIEW, { input }, { token: tokens.tovholder })).previewParticipantImport;
    expect(preview.errors).toEqual([{ row: 5, column: "cpr", message: "Ugyldigt CPR-nummer: CPR-nummerets fødselsdato findes ikke i kalenderen." }]);
    const res = await gql(api.url, IMPORT, { input }, { token: tokens.tovholder });
    expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(dataOf(await list("tovholder", { take: 1, projectId: importProjectId })).participants.totalCount).toBe(before);
  });

  it("accepts a valid CPR that fails modulus 11, stores no plain CPR, finds it by CPR and reveals it on purpose", async () => {
    const input = { projectId: importProjectId, fileName: "maalgruppe.csv", contentBase64: csvFile(good) };
    const result = dataOf(
      await gql<{ importParticipants: { added: number; firstCode: string; lastCode: string } }, object>(
        api.url,
        IMPORT,
        { input },
        { token: tokens.tovholder },
      ),
    ).importParticipants;
    expect(result).toEqual({ added: 3, firstCode: "IMP-0001", lastCode: "IMP-0003" });
    const again = await gql(api.url, IMPORT, { input }, { token: tokens.tovholder });
    expect(JSON.stringify(again.errors)).toContain("allerede deltager");

    // No plain CPR anywhere in the participant table, in any representation.
    const dump: Array<{ t: string }> = await api.dataSource.query(`SELECT p::text AS t FROM participant p`);
    const text = dump.map((r) => r.t).join("\n");
    for (const needle of ["0101651234", "010165-1234", "0212794321", "Karen Testesen", "\\x30313031363531323334"]) expect(text).not.toContain(needle);

    const found = dataOf(
      await gql<{ findParticipantByCpr: { code: string } | null }, object>(
        api.url,
        FIND,
        { input: { projectId: importProjectId, cpr: "0101651234", purpose: "Opslag i sagssystemet" } },
        { token: tokens.tovholder },
      ),
    );
    expect(found.findParticipantByCpr?.code).toBe("IMP-0001");
    const shown = dataOf(
      await gql<{ revealParticipantIdentity: { cpr: string; name: string } }, object>(
        api.url,
        REVEAL,
        { input: { participantId: await idOf("IMP-0001"), purpose: "Opslag i sagssystemet" } },
        { token: tokens.tovholder },
      ),
    );
    expect(shown.revealParticipantIdentity).toEqual({ code: "IMP-0001", cpr: "010165-1234", name: "Karen Testesen" });
  });

  it("never writes a CPR number to the application log", async () => {
    const from = logLines.length;
    // A preview and a search by CPR number: both carry CPR numbers in their input.
    const input = {
      projectId: importProjectId,
      fileName: "maalgruppe.csv",
      contentBase64: csvFile(["Ishøj;K;;Dansk oprindelse;18;3;01-09-2012;070761-4285;Kim Logtest"]),
    };
    expect(
      dataOf(await gql<{ previewParticipantImport: { rowCount: number } }, object>(api.url, PREVIEW, { input }, { token: tokens.tovholder }))
        .previewParticipantImport.rowCount,
    ).toBe(1);
    dataOf(
      await gql(api.url, FIND, { input: { projectId: importProjectId, cpr: "0707614285", purpose: "Opslag i sagssystemet" } }, { token: tokens.tovholder }),
    );
    expect(logLines.length).toBeGreaterThan(from);
    const all = logLines.join("");
    expect(all).not.toMatch(/\b\d{6}-?\d{4}\b/);
    expect(all).not.toContain("Kim Logtest");
  });
});

async function idOf(code: string): Promise<string> {
  const res = dataOf(await list("tovholder", { take: 200, purpose: "Find deltager i test", projectId: importProjectId }));
  let found = res.participants.items.find((p) => p.code === code);
  if (!found) {
    const more = dataOf(
      await gql<{ participants: { items: Array<{ id: string; code: string }> } }, object>(
        api.url,
        `query($p: ID!) { participants(projectId: $p, code: "${code}") { items { id code } } }`,
        { p: importProjectId },
        { token: tokens.tovholder },
      ),
    );
    found = more.participants.items.find((p) => p.code === code) as typeof found;
  }
  if (!found) throw new Error(`no ${code}`);
  return found.id;
}
