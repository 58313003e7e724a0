import { describe, expect, it } from "vitest";
import {
  EVERY_USER_PERMISSIONS,
  GLOBAL_ROLE_PERMISSIONS,
  grantableGlobalRoles,
  PERMISSION_LABELS,
  PERMISSIONS,
  PROJECT_ROLE_PERMISSIONS,
  isPermission,
  rolesAllow,
  rolesWith,
} from "./permissions.js";
import { GLOBAL_ROLES } from "./roles.js";

describe("the role → permission table", () => {
  it("names every permission once, with a Danish label, and the tables use only those", () => {
    expect(new Set(PERMISSIONS).size).toBe(PERMISSIONS.length);
    expect(Object.keys(PERMISSION_LABELS).sort()).toEqual([...PERMISSIONS].sort());
    for (const label of Object.values(PERMISSION_LABELS)) expect(label).toMatch(/^[a-zæøå]/);
    const used = [...Object.values(PROJECT_ROLE_PERMISSIONS), ...Object.values(GLOBAL_ROLE_PERMISSIONS), EVERY_USER_PERMISSIONS].flat();
    expect(used.filter((p) => !isPermission(p))).toEqual([]);
    for (const list of [...Object.values(PROJECT_ROLE_PERMISSIONS), ...Object.values(GLOBAL_ROLE_PERMISSIONS)]) expect(new Set(list).size).toBe(list.length);
  });

  it("lets every logged-in user, even one without a role, manage their own account and tokens, and nothing else", () => {
    expect(rolesAllow([], "account.self")).toBe(true);
    expect(rolesAllow([], "token.manage")).toBe(true);
    expect(PERMISSIONS.filter((p) => rolesAllow([], p))).toEqual([...EVERY_USER_PERMISSIONS]);
  });

  it("keeps the economy's detail from those who work with the citizens (need-to-know), but shows them the plan", () => {
    for (const role of ["CASEWORKER", "TEAM_MEMBER"] as const) {
      expect(rolesAllow([role], "project.read")).toBe(true);
      expect(rolesAllow([role], "budget.read")).toBe(false);
      expect(rolesAllow([role], "spend.read")).toBe(false);
    }
  });

  it("keeps citizens' data from the administrator and the styregruppe's decisions with the styregruppe", () => {
    expect(rolesWith("participant.read")).toEqual(["TOVHOLDER", "CASEWORKER"]);
    expect(rolesWith("budget.approve")).toEqual(["STYREGRUPPE"]);
    expect(rolesAllow(["ADMIN"], "participant.statistics")).toBe(false);
    expect(rolesAllow(["ADMIN"], "accessLog.read")).toBe(true);
  });
});

describe("which global roles a role may grant", () => {
  it("gives the administrator every global role, a kommuneadministrator its own kind, a developer none", () => {
    expect(grantableGlobalRoles(["ADMIN"])).toEqual(GLOBAL_ROLES);
    expect(grantableGlobalRoles(["MUNICIPALITY_ADMIN", "LEADER"])).toEqual(["MUNICIPALITY_ADMIN"]);
    expect(grantableGlobalRoles(["DEVELOPER", "TOVHOLDER"])).toEqual([]);
  });
});
