import type { AccountParts } from "./account-string.js";

/**
 * A leader's rule from account to budget line, set once per project: the parts it names must all match, the parts it
 * leaves out match anything. `funktion` is written "5.68.90" (hovedkonto.hovedfunktion.funktion, or a prefix such as
 * "5.68"), `art` "4.0" (hovedart.art) or "4" (the hovedart alone). The most specific rule wins; two rules that can
 * match the same account with the same specificity are an error when the rules are saved.
 */
export interface AccountRule {
  funktion: string | null;
  dranst: string | null;
  art: string | null;
  omkostningssted: string | null;
  gruppering: string | null;
  /** The budget line's name, as in the budget (case and spaces ignored). */
  lineName: string;
}

type Field = Exclude<keyof AccountRule, "lineName">;
const FIELDS: readonly Field[] = ["funktion", "dranst", "art", "omkostningssted", "gruppering"];

const FIELD_FORMAT: Readonly<Record<Field, { pattern: RegExp; example: string; label: string }>> = {
  funktion: { pattern: /^\d(\.\d{2}){0,2}$/, example: "5.68.90", label: "Funktion" },
  dranst: { pattern: /^\d$/, example: "1", label: "Dranst" },
  art: { pattern: /^\d(\.\d)?$/, example: "4.0", label: "Art" },
  omkostningssted: { pattern: /^\d{3}$/, example: "001", label: "Omkostningssted" },
  gruppering: { pattern: /^\d{3}$/, example: "002", label: "Gruppering" },
};

/** A rule's value of one field as digits (the dots dropped), or null when the rule leaves it out. */
function digitsOf(rule: AccountRule, field: Field): string | null {
  const value = rule[field]?.trim() ?? "";
  return value === "" ? null : value.replace(/\./g, "");
}

function accountDigits(parts: AccountParts, field: Field): string {
  switch (field) {
    case "funktion":
      return parts.hovedkonto + parts.hovedfunktion + parts.funktion;
    case "art":
      return parts.hovedart + parts.art;
    default:
      return parts[field];
  }
}

/** How much of the account a rule pins down: the number of digits it names. */
export function ruleSpecificity(rule: AccountRule): number {
  return FIELDS.reduce((n, f) => n + (digitsOf(rule, f)?.length ?? 0), 0);
}

function matches(rule: AccountRule, parts: AccountParts): boolean {
  return FIELDS.every((f) => {
    const want = digitsOf(rule, f);
    return want === null || accountDigits(parts, f).startsWith(want);
  });
}

/** Whether some account matches both rules: on every field both name, one is a prefix of the other. */
function overlap(a: AccountRule, b: AccountRule): boolean {
  return FIELDS.every((f) => {
    const x = digitsOf(a, f);
    const y = digitsOf(b, f);
    return x === null || y === null || x.startsWith(y) || y.startsWith(x);
  });
}

export function describeRule(rule: AccountRule): string {
  const named = FIELDS.filter((f) => digitsOf(rule, f) !== null).map((f) => `${FIELD_FORMAT[f].label.toLowerCase()} ${rule[f]?.trim()}`);
  return `${named.length > 0 ? named.join(", ") : "alle konti"} → ${rule.lineName.trim()}`;
}

/** Every problem with a set of rules, in Danish, numbered as the leader sees them (rule 1 is the first); empty when fine. */
export function checkAccountRules(rules: readonly AccountRule[]): string[] {
  const problems: string[] = [];
  rules.forEach((rule, i) => {
    if (rule.lineName.trim() === "") problems.push(`Regel ${i + 1}: vælg den budgetlinje, reglen fører posteringerne til.`);
    for (const f of FIELDS) {
      const value = rule[f]?.trim() ?? "";
      const format = FIELD_FORMAT[f];
      if (value !== "" && !format.pattern.test(value)) {
        problems.push(
          `Regel ${i + 1}: ${format.label.toLowerCase()} "${value}" kan ikke læses. Skriv den som fx ${format.example}, eller lad feltet stå tomt.`,
        );
      }
    }
    if (FIELDS.every((f) => digitsOf(rule, f) === null)) {
      problems.push(`Regel ${i + 1}: angiv mindst én del af kontostrengen (fx funktion 5.68.90 eller art 4.0).`);
    }
  });
  if (problems.length > 0) return problems;
  for (let i = 0; i < rules.length; i++) {
    for (let j = i + 1; j < rules.length; j++) {
      const a = rules[i]!;
      const b = rules[j]!;
      if (ruleSpecificity(a) === ruleSpecificity(b) && overlap(a, b)) {
        problems.push(
          `Regel ${i + 1} og regel ${j + 1} kan begge passe på samme konto og er lige specifikke (${describeRule(a)}; ${describeRule(b)}). Gør den ene mere specifik, eller slet den ene.`,
        );
      }
    }
  }
  return problems;
}

/** The most specific rule matching the account, or null when none does (the posting is then listed, never guessed). */
export function matchAccountRule(rules: readonly AccountRule[], parts: AccountParts): AccountRule | null {
  let best: AccountRule | null = null;
  for (const rule of rules) {
    if (matches(rule, parts) && (best === null || ruleSpecificity(rule) > ruleSpecificity(best))) best = rule;
  }
  return best;
}
