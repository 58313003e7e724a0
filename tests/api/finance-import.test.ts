import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import {
  DeleteFinanceMappingDocument,
  FinanceImportSettingsDocument,
  ImportFinancePostingsDocument,
  PreviewFinanceImportDocument,
  SaveFinanceAccountRulesDocument,
  SaveFinanceMappingDocument,
  type FinanceMappingFieldsFragment,
} from "@overblik/graphql-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataOf, gql, startTestApi, type TestApi } from "../support/api.js";
import { makeFinanceWorld } from "../support/finance-world.js";

/** Finance exports as they come (issue #19): mappings per source, account rules, row-by-row preview, all-or-nothing import. */
let api: TestApi;
let leader: string;
let caseworker: string;
let projectId: string;
let budgetId: string;

const file = (name: string) => readFileSync(new URL(`../fixtures/finance/${name}`, import.meta.url)).toString("base64");
const RULES = [
  { funktion: "5.68.90", art: "1", lineName: "Virksomhedskonsulent" },
  { funktion: "5.68.90", art: "4.0", lineName: "Mentorstøtte" },
];
const postingCount = async () => {
  const rows: Array<{ n: number }> = await api.dataSource.query(`SELECT count(*)::int AS n FROM budget_posting`);
  return rows[0]?.n;
};
const preview = async (fileName: string, source: string, mapping: FinanceMappingFieldsFragment | null = null, token = leader) =>
  gql(api.url, PreviewFinanceImportDocument, { input: { budgetId, fileName, contentBase64: file(fileName), source, mapping } }, { token });
const importFile = (fileName: string, source: string, mapping: FinanceMappingFieldsFragment, mappingVersion: number | null, expectedNewCount: number) =>
  gql(
    api.url,
    ImportFinancePostingsDocument,
    { input: { budgetId, fileName, contentBase64: file(fileName), source, mapping: withoutTypename(mapping), mappingVersion, expectedNewCount } },
    { token: leader },
  );
const withoutTypename = (m: FinanceMappingFieldsFragment) =>
  Object.fromEntries(Object.entries(m).filter(([k]) => k !== "__typename")) as FinanceMappingFieldsFragment;
const saveRules = (rules: Array<Record<string, string>>, version: number, token = leader) =>
  gql(api.url, SaveFinanceAccountRulesDocument, { input: { projectId, rules: rules.map((r) => ({ lineName: "", ...r })), version } }, { token });

beforeAll(async () => {
  api = await startTestApi({ seed: false });
  const world = await makeFinanceWorld(api);
  ({ projectId, budgetId } = world);
  leader = world.leader.token;
  caseworker = world.caseworker.token;
});
afterAll(() => api?.close());

describe("finance exports through a mapping", () => {
  it("lists accounts no rule maps, writes nothing, then imports with rules and adds only what is new on the next file", async () => {
    const first = dataOf(await preview("opus-2026-03.csv", "Opus")).previewFinanceImport;
    expect(first).toMatchObject({ mappingOrigin: "preset", mappingProblems: [], rowCount: 3, newCount: 0, unmatchedCount: 3 });
    expect(first.rows[0]).toMatchObject({ status: "UNMATCHED", account: "5.68.90 dranst 1 art 1.0 (omk.sted 001, grp. 002)", amount: "41250.00" });
    const refused = await importFile("opus-2026-03.csv", "Opus", first.mapping, null, 0);
    expect(refused.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(refused.errors?.[0]?.message).toMatch(/3 rækker, hvis konto ingen regel/);
    expect(await postingCount()).toBe(0);

    // Two rules that tie on the same account are refused; the leader's rules are saved; a stale save is CONFLICT.
    const tie = await saveRules(
      [
        { funktion: "5.68.90", lineName: "Virksomhedskonsulent" },
        { funktion: "5.68.90", lineName: "Mentorstøtte" },
      ],
      0,
    );
    expect(tie.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(tie.errors?.[0]?.message).toMatch(/Regel 1 og regel 2/);
    expect(dataOf(await saveRules(RULES, 0)).saveFinanceAccountRules.version).toBe(1);
    expect((await saveRules(RULES, 0)).errors?.[0]?.extensions?.code).toBe("CONFLICT");

    const ready = dataOf(await preview("opus-2026-03.csv", "Opus")).previewFinanceImport;
    expect(ready.rows.map((r) => [r.status, r.lineName, r.amount])).toEqual([
      ["NEW", "Virksomhedskonsulent", "41250.00"],
      ["NEW", "Mentorstøtte", "12500.50"],
      ["NEW", "Mentorstøtte", "-1500.00"],
    ]);
    expect(ready.newTotal).toBe("52250.50");
    const imported = dataOf(await importFile("opus-2026-03.csv", "Opus", ready.mapping, null, 3)).importFinancePostings;
    expect(imported).toMatchObject({ added: 3, alreadyThere: 0, addedTotal: "52250.50", mapping: { source: "Opus", version: 1 } });
    expect(await postingCount()).toBe(3);

    // The overlapping file: the saved mapping is prefilled, the preview says row by row what is new, the import adds only that.
    const next = dataOf(await preview("opus-2026-03-04.csv", "Opus")).previewFinanceImport;
    expect(next).toMatchObject({ mappingOrigin: "saved", saved: { version: 1 }, newCount: 2, alreadyThereCount: 3, errorCount: 0 });
    expect(next.rows.map((r) => r.status)).toEqual(["ALREADY_THERE", "ALREADY_THERE", "ALREADY_THERE", "NEW", "NEW"]);
    // A stale mapping version (someone saved it meanwhile) or a changed count of new rows: CONFLICT, nothing written.
    expect((await importFile("opus-2026-03-04.csv", "Opus", next.mapping, null, 2)).errors?.[0]?.extensions?.code).toBe("CONFLICT");
    expect((await importFile("opus-2026-03-04.csv", "Opus", next.mapping, 1, 5)).errors?.[0]?.extensions?.code).toBe("CONFLICT");
    expect(await postingCount()).toBe(3);
    const second = dataOf(await importFile("opus-2026-03-04.csv", "Opus", next.mapping, 1, 2)).importFinancePostings;
    expect(second).toMatchObject({ added: 2, alreadyThere: 3, addedTotal: "50000.00", mapping: { version: 2 } });
    expect(await postingCount()).toBe(5);
  });

  it("reads the Prisme-style file in Windows-1252 with debit and credit, and the current format by line name", async () => {
    const prisme = dataOf(await preview("prisme-2026-03.csv", "Prisme")).previewFinanceImport;
    expect(prisme.rows.map((r) => [r.status, r.text, r.amount, r.lineName])).toEqual([
      ["NEW", "Virksomhedsbesøg, kørsel Århus", "1234.50", "Mentorstøtte"],
      ["NEW", "Mentorstøtte, forløb i Ølsted", "6000.00", "Mentorstøtte"],
      ["NEW", "Tilbageført fejlpostering", "-250.00", "Mentorstøtte"],
    ]);
    const current = dataOf(await preview("postings-current.csv", "Eget regneark")).previewFinanceImport;
    expect(current).toMatchObject({ mappingOrigin: "guessed", mapping: { line: "Linje", account: null, decimal: "comma" }, newCount: 2 });
  });

  it("reads an .xlsx export with the saved Opus mapping: date cells, number cells with their decimals", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Posteringer");
    sheet.addRow(["Bogføringsdato", "Bilagsnr.", "Tekst", "Beløb", "Kontostreng"]);
    sheet.addRow([new Date(Date.UTC(2026, 4, 4)), "5100201", "Løn maj", 41250, "5689010001002100"]);
    sheet.addRow([new Date(Date.UTC(2026, 4, 6)), "5100202", "Mentorforløb", 980.25, "5689010001002400"]);
    const contentBase64 = Buffer.from(await workbook.xlsx.writeBuffer()).toString("base64");
    const shown = dataOf(
      await gql(
        api.url,
        PreviewFinanceImportDocument,
        { input: { budgetId, fileName: "opus-maj.xlsx", contentBase64, source: "Opus", mapping: null } },
        { token: leader },
      ),
    ).previewFinanceImport;
    expect(shown).toMatchObject({ mappingOrigin: "saved", mapping: { decimal: "comma" }, newCount: 2 });
    expect(shown.rows.map((r) => [r.date, r.amount, r.lineName])).toEqual([
      ["2026-05-04", "41250.00", "Virksomhedskonsulent"],
      ["2026-05-06", "980.25", "Mentorstøtte"],
    ]);
  });

  it("refuses the whole file when one row is wrong: a voucher already booked with another amount", async () => {
    const csv = ["Dato;Bilag;Tekst;Beløb;Linje", "01-05-2026;K-1;Ny bog;100,00;Kurser", "02-03-2026;5100001;Forkert beløb;1,00;Virksomhedskonsulent"].join(
      "\n",
    );
    const input = { budgetId, fileName: "blandet.csv", contentBase64: Buffer.from(csv).toString("base64"), source: "Eget regneark", mapping: null };
    const shown = dataOf(await gql(api.url, PreviewFinanceImportDocument, { input }, { token: leader })).previewFinanceImport;
    expect(shown.rows.map((r) => r.status)).toEqual(["NEW", "ERROR"]);
    expect(shown.rows[1]?.message).toMatch(/allerede bogført med 41.250,00 kr\./);
    const res = await gql(
      api.url,
      ImportFinancePostingsDocument,
      { input: { ...input, mapping: withoutTypename(shown.mapping), mappingVersion: null, expectedNewCount: 1 } },
      { token: leader },
    );
    expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(await postingCount()).toBe(5);
    // Nor was the mapping saved: the import's transaction is all or nothing.
    const settings = dataOf(await gql(api.url, FinanceImportSettingsDocument, { projectId }, { token: leader })).financeImportSettings;
    expect(settings.mappings.map((m) => m.source)).toEqual(["Opus"]);
  });

  it("gives saved mappings their whole life, versioned", async () => {
    const mapping = { date: "Dato", voucher: "Bilag", text: "Tekst", amount: "Beløb", line: "Linje", decimal: "comma" };
    const save = (version: number | null) =>
      gql(api.url, SaveFinanceMappingDocument, { input: { projectId, source: " Mit  regneark ", mapping, version } }, { token: leader });
    const created = dataOf(await save(null)).saveFinanceMapping;
    expect(created).toMatchObject({ source: "Mit regneark", version: 1, mapping: { line: "Linje", account: null } });
    expect((await save(null)).errors?.[0]?.extensions?.code).toBe("CONFLICT");
    expect(dataOf(await save(1)).saveFinanceMapping.version).toBe(2);
    const incomplete = await gql(
      api.url,
      SaveFinanceMappingDocument,
      { input: { projectId, source: "X", mapping: { date: "Dato" }, version: null } },
      { token: leader },
    );
    expect(incomplete.errors?.[0]?.message).toMatch(/Vælg kolonnen for "Bilag"/);
    const del = (version: number) => gql(api.url, DeleteFinanceMappingDocument, { input: { projectId, source: "Mit regneark", version } }, { token: leader });
    expect((await del(1)).errors?.[0]?.extensions?.code).toBe("CONFLICT");
    expect(dataOf(await del(2)).deleteFinanceMapping.source).toBe("Mit regneark");
    const settings = dataOf(await gql(api.url, FinanceImportSettingsDocument, { projectId }, { token: leader })).financeImportSettings;
    expect(settings.mappings.map((m) => m.source)).toEqual(["Opus"]);
    expect(settings.rules).toMatchObject({
      version: 1,
      rules: [
        { funktion: "5.68.90", art: "1" },
        { funktion: "5.68.90", art: "4.0" },
      ],
    });
    expect(settings.presets.map((p) => p.source)).toEqual(["Opus", "Prisme"]);
  });

  it("refuses mappings, rules and imports to anyone but the leader", async () => {
    const codes = [
      (await gql(api.url, FinanceImportSettingsDocument, { projectId }, { token: caseworker })).errors?.[0]?.extensions?.code,
      (await preview("opus-2026-03.csv", "Opus", null, caseworker)).errors?.[0]?.extensions?.code,
      (await saveRules([], 1, caseworker)).errors?.[0]?.extensions?.code,
    ];
    expect(codes).toEqual(["FORBIDDEN", "FORBIDDEN", "FORBIDDEN"]);
  });
});
