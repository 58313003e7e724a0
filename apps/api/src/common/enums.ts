import { registerEnumType } from "type-graphql";

// GraphQL needs enums; the domain keeps string-literal unions with the same values.
export enum RoleEnum {
  STYREGRUPPE = "STYREGRUPPE",
  LEADER = "LEADER",
  TOVHOLDER = "TOVHOLDER",
  CASEWORKER = "CASEWORKER",
  TEAM_MEMBER = "TEAM_MEMBER",
  ADMIN = "ADMIN",
  DEVELOPER = "DEVELOPER",
  MUNICIPALITY_ADMIN = "MUNICIPALITY_ADMIN",
}

export enum BudgetSideEnum {
  INCOME = "INCOME",
  EXPENSE = "EXPENSE",
}

export enum ProjectStatusEnum {
  PLANNED = "PLANNED",
  ACTIVE = "ACTIVE",
  ENDED = "ENDED",
  CLOSED = "CLOSED",
}

export enum BudgetStatusEnum {
  DRAFT = "DRAFT",
  SUBMITTED = "SUBMITTED",
  APPROVED = "APPROVED",
}

registerEnumType(RoleEnum, {
  name: "Role",
  description: "En rolle i et projekt (via medlemskab) eller i hele installationen (ADMIN, MUNICIPALITY_ADMIN, DEVELOPER).",
  valuesConfig: {
    STYREGRUPPE: { description: "Styregruppemedlem: projektets økonomi og fremdrift, kun aggregater." },
    LEADER: { description: "Faglig leder: ejer og justerer budgetlinjer." },
    TOVHOLDER: { description: "Tovholder: overblikket over alle borgere i projektet." },
    CASEWORKER: { description: "Sagsbehandler: egne borgeres samtaler og opfølgning." },
    TEAM_MEMBER: { description: "Medlem af det tværfaglige team: dagsordenen for de møder, man deltager i." },
    ADMIN: { description: "Administrator for hele installationen." },
    DEVELOPER: { description: "Udvikler: legepladsen og skemaet; data efter egne medlemskaber." },
    MUNICIPALITY_ADMIN: { description: "Kommuneadministrator: som administrator, men kun for brugere og projekter i sin egen kommune." },
  },
});
registerEnumType(BudgetSideEnum, {
  name: "BudgetSide",
  description: "Budgettets side.",
  valuesConfig: { INCOME: { description: "Indtægter" }, EXPENSE: { description: "Udgifter" } },
});
registerEnumType(ProjectStatusEnum, {
  name: "ProjectStatus",
  description: "Hvor projektet er i sit forløb.",
  valuesConfig: {
    PLANNED: { description: "Planlagt" },
    ACTIVE: { description: "I gang" },
    ENDED: { description: "Afsluttet" },
    CLOSED: { description: "Lukket: kun til læsning, de endelige tal i lukkepakken" },
  },
});
registerEnumType(BudgetStatusEnum, {
  name: "BudgetStatus",
  description: "Om styregruppen har godkendt budgettet, så det er låst som det oprindelige budget.",
  valuesConfig: {
    DRAFT: { description: "Udkast, som lederen skriver" },
    SUBMITTED: { description: "Sendt til godkendelse hos styregruppen" },
    APPROVED: { description: "Godkendt (oprindeligt budget)" },
  },
});
