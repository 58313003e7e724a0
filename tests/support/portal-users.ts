import type { Page } from "playwright-core";
import { expect } from "vitest";

/**
 * An administrator, logged in on `page`, creates a user in Ishøj on the portal's Brugere page; returns the one-time
 * password the dialog shows once (four groups of four, without the letters and digits that are easily confused).
 */
export async function createUserInPortal(page: Page, name: string, email: string): Promise<string> {
  await page.getByRole("link", { name: "Brugere" }).click();
  await page.getByRole("heading", { name: "Brugere", level: 1 }).waitFor();
  await page.getByRole("button", { name: "Opret bruger" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Navn").fill(name);
  await dialog.getByLabel("E-mail").fill(email);
  await dialog.getByLabel("Kommune", { exact: true }).selectOption({ label: "Ishøj (183)" });
  await dialog.getByRole("button", { name: "Opret bruger" }).click();
  const oneTimePassword = (await page.getByTestId("one-time-password").innerText()).trim();
  expect(oneTimePassword).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
  return oneTimePassword;
}
