import type { Role } from "@overblik/domain";
import { describe, expect, it } from "vitest";
import { PROJECT_TABS } from "../../app/paths";
import { flowPagesFor } from "../flow/components/flow-nav";
import { PROJECT_TAB_LABELS, tabAllowed } from "./components/project-tabs";

/**
 * Need-to-know in the portal's navigation: which project tabs and which flow pages each role is offered. The
 * expectations are written out here (the economy's detail only for those who steer or keep the budget; the
 * coordinator's pages only for tovholdere), not derived from the permission table the code uses, so a change of that
 * table shows up here as a decision to review. The API refuses anyway.
 */
const tabsFor = (roles: Role[]) => PROJECT_TABS.filter((tab) => tabAllowed(roles, tab)).map((tab) => PROJECT_TAB_LABELS[tab]);
const ALL_TABS = ["Overblik", "Budgetlinjer", "Opfølgning", "Posteringer", "Historik", "Kompetenceudvikling"];
const WITHOUT_ECONOMY_DETAIL = ["Overblik", "Budgetlinjer", "Kompetenceudvikling"];

describe("the project tabs each role is offered", () => {
  it.each<[Role, string[]]>([
    ["STYREGRUPPE", ALL_TABS],
    ["LEADER", ALL_TABS],
    ["TOVHOLDER", ALL_TABS],
    ["CASEWORKER", WITHOUT_ECONOMY_DETAIL],
    ["TEAM_MEMBER", WITHOUT_ECONOMY_DETAIL],
  ])("%s", (role, expected) => {
    expect(tabsFor([role])).toEqual(expected);
  });

  it("a caseworker who also steers sees what the steering role sees", () => {
    expect(tabsFor(["CASEWORKER", "STYREGRUPPE"])).toEqual(ALL_TABS);
  });
});

describe("the flow pages each role is offered", () => {
  const labels = (roles: Role[]) => flowPagesFor(roles).map((page) => page.label);
  it.each<[Role, string[]]>([
    ["TOVHOLDER", ["Tovholderens overblik", "Advarsler", "Teammøder", "Ydelseskatalog", "Kapacitet og fremdrift"]],
    ["TEAM_MEMBER", ["Teammøder", "Ydelseskatalog", "Kapacitet og fremdrift"]],
    ["CASEWORKER", ["Ydelseskatalog", "Kapacitet og fremdrift"]],
    ["STYREGRUPPE", ["Ydelseskatalog", "Kapacitet og fremdrift"]],
  ])("%s", (role, expected) => {
    expect(labels([role])).toEqual(expected);
  });

  it("none without a role in the project", () => {
    expect(labels([])).toEqual([]);
  });
});
