/** What a new visitor sees in the editor; works for a logged-in leader (leder@overblik.demo). */
export const DEFAULT_QUERY = `# Overblik – GraphQL-legeplads
#
# 1. Log ind øverst på siden, fx som
#    leder@overblik.demo. Tokenet sættes under
#    "Headers" som "Authorization: Bearer …".
# 2. Kør forespørgslen med ▶ eller Ctrl+Enter.
#
# Beløb (Money) er decimalstrenge i kroner,
# fx "794000.00". Regn dem aldrig om til
# kommatal (float).
# Skemaet med dansk dokumentation findes i
# menuen til venstre.

query MineProjekter {
  me {
    name
  }
  projects {
    items {
      code
      name
      budget {
        totals {
          income
          expense
          balanced
        }
      }
    }
  }
}
`;
