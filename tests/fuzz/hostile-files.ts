// The hostile import files the fuzzer sends (tests/fuzz/fuzz.test.ts).
import ExcelJS from "exceljs";
import JSZip from "jszip";

/** Hostile import files (issue #14): a sheet used far to the right, a zip bomb, UTF-16, NUL bytes, not a zip at all. */
export async function hostileFiles(): Promise<Array<{ fileName: string; contentBase64: string }>> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Ark1");
  sheet.addRow(["Kommune", "Køn", "Fødselsår", "Måneder på ydelse", "Matchgruppe", "Indskrivningsdato"]);
  for (let i = 0; i < 500; i++) sheet.addRow(["Ishøj", "K", 1980, 12, 3, "01-09-2012"]);
  sheet.getCell(2, 16384).value = "langt ude";
  const wide = Buffer.from(await workbook.xlsx.writeBuffer());
  const zip = await new JSZip().loadAsync(wide);
  const xml = (await zip.file("xl/worksheets/sheet1.xml")?.async("string")) ?? "";
  zip.file("xl/worksheets/sheet1.xml", xml.replace("<sheetData>", `<!--${"A".repeat(60 * 1024 * 1024)}--><sheetData>`));
  const bomb = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Dato;Bilag;Tekst;Beløb;Linje\n01-02-2013;B-1;x;1,00;Andre udgifter", "utf16le")]);
  const nul = Buffer.from("Kommune;Køn\nIshøj\u0000;K");
  return [
    { fileName: "bred.xlsx", contentBase64: wide.toString("base64") },
    { fileName: "bombe.xlsx", contentBase64: bomb.toString("base64") },
    { fileName: "utf16.csv", contentBase64: utf16.toString("base64") },
    { fileName: "nul.csv", contentBase64: nul.toString("base64") },
    { fileName: "ikke-zip.xlsx", contentBase64: Buffer.from("PK ikke en zip").toString("base64") },
  ];
}
