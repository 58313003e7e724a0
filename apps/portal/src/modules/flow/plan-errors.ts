import { errorCode, errorMessage } from "../../ui/errors";

/**
 * The sentence for a failed change in the plan editor. On CONFLICT the editor is fetched again (`reload`), so
 * the screen shows what is saved now, and the sentence says so.
 */
export async function planErrorText(error: unknown, reload: () => Promise<unknown>): Promise<string> {
  if (errorCode(error) === "CONFLICT") {
    await reload();
    return `${errorMessage(error)} Siden er hentet igen med det, der er gemt nu: ret og gem på ny.`;
  }
  return errorMessage(error);
}
