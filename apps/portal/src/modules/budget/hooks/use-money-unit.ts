import { useState } from "react";
import type { MoneyUnit } from "../../../ui/format";

/** Which unit a budget is shown in; kr. unless the user chooses t.kr. */
export function useMoneyUnit(initial: MoneyUnit = "kr") {
  return useState<MoneyUnit>(initial);
}
