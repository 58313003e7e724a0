// The participant's classifications as GraphQL enums, with their Danish names.
import { registerEnumType } from "type-graphql";

export enum ColourEnum {
  GROEN = "GROEN",
  ORANGE = "ORANGE",
  ROED = "ROED",
  BLAA = "BLAA",
}
export enum OriginEnum {
  DANISH = "DANISH",
  IMMIGRANT_NON_WESTERN = "IMMIGRANT_NON_WESTERN",
  DESCENDANT_NON_WESTERN = "DESCENDANT_NON_WESTERN",
  OTHER = "OTHER",
}
export enum GenderEnum {
  M = "M",
  K = "K",
}
export enum AgeGroupEnum {
  UNDER_30 = "UNDER_30",
  FROM_30_TO_49 = "FROM_30_TO_49",
  FROM_50 = "FROM_50",
}
export enum ProfileEnum {
  MAYBE_SUITED = "MAYBE_SUITED",
  PHYSICALLY_ILL = "PHYSICALLY_ILL",
  SUBSTANCE_ABUSE = "SUBSTANCE_ABUSE",
  DIFFUSE_MENTAL = "DIFFUSE_MENTAL",
  DIAGNOSED_MENTAL = "DIAGNOSED_MENTAL",
  MENTAL_WITH_ABUSE = "MENTAL_WITH_ABUSE",
}
export enum MotivationEnum {
  OVERCOMES_BARRIERS = "OVERCOMES_BARRIERS",
  MOTIVATED_WORK = "MOTIVATED_WORK",
  MOTIVATED_EDUCATION = "MOTIVATED_EDUCATION",
  NOT_MOTIVATED = "NOT_MOTIVATED",
  WISHES_PENSION = "WISHES_PENSION",
  NOT_STATED = "NOT_STATED",
}
export enum CaseFocusEnum {
  LABOUR_MARKET = "LABOUR_MARKET",
  UPSKILLING = "UPSKILLING",
  SUPPORT_ARRANGEMENT = "SUPPORT_ARRANGEMENT",
  ACTIVATION = "ACTIVATION",
  PHYSICAL_TREATMENT = "PHYSICAL_TREATMENT",
  MENTAL_TREATMENT = "MENTAL_TREATMENT",
  ABUSE_TREATMENT = "ABUSE_TREATMENT",
  LEAVE_IN_PEACE = "LEAVE_IN_PEACE",
  PENSION_CASE = "PENSION_CASE",
}

registerEnumType(ColourEnum, {
  name: "Colour",
  description: "Farvegruppe fra screeningen.",
  valuesConfig: {
    GROEN: { description: "Grøn: hovedproblemet er beskæftigelse; indledende samtale med JC-sagsbehandler." },
    ORANGE: { description: "Orange: hovedproblemet er socialt, kendt af BSO; indledende samtale med tovholderne." },
    ROED: { description: "Rød: fraflyttet, førtidspension, terminalt syg, barsel m.m.; uden for projektets forløb." },
    BLAA: { description: "Blå: unge i STU; fortsætter STU, sagen drøftes med tovholderne." },
  },
});
registerEnumType(OriginEnum, {
  name: "Origin",
  description: "Herkomst.",
  valuesConfig: {
    DANISH: { description: "Dansk oprindelse" },
    IMMIGRANT_NON_WESTERN: { description: "Indvandrer, ikke-vestlig" },
    DESCENDANT_NON_WESTERN: { description: "Efterkommer, ikke-vestlig" },
    OTHER: { description: "Øvrige" },
  },
});
registerEnumType(GenderEnum, { name: "Gender", description: "Køn.", valuesConfig: { M: { description: "Mand" }, K: { description: "Kvinde" } } });
registerEnumType(AgeGroupEnum, {
  name: "AgeGroup",
  description: "Aldersgruppe i målgruppens referenceår.",
  valuesConfig: { UNDER_30: { description: "Under 30 år" }, FROM_30_TO_49: { description: "30–49 år" }, FROM_50: { description: "50 år og derover" } },
});
registerEnumType(ProfileEnum, {
  name: "Profile",
  description: "Faxe-profilerne (flere kan gælde).",
  valuesConfig: {
    MAYBE_SUITED: { description: "De måske egnede" },
    PHYSICALLY_ILL: { description: "Fysisk syge" },
    SUBSTANCE_ABUSE: { description: "Misbrugere" },
    DIFFUSE_MENTAL: { description: "Diffust psykisk syge uden diagnose" },
    DIAGNOSED_MENTAL: { description: "Diagnosticeret psykisk syge eller traumatiserede" },
    MENTAL_WITH_ABUSE: { description: "Psykisk syge misbrugere" },
  },
});
registerEnumType(MotivationEnum, {
  name: "Motivation",
  description: "Borgerens motivation.",
  valuesConfig: {
    OVERCOMES_BARRIERS: { description: "Viser evne til at overkomme barrierer" },
    MOTIVATED_WORK: { description: "Motiveret for arbejde" },
    MOTIVATED_EDUCATION: { description: "Motiveret for uddannelse" },
    NOT_MOTIVATED: { description: "Ikke motiveret" },
    WISHES_PENSION: { description: "Ønsker pension" },
    NOT_STATED: { description: "Ikke angivet" },
  },
});
registerEnumType(CaseFocusEnum, {
  name: "CaseFocus",
  description: "Sagsarbejdets fokus.",
  valuesConfig: {
    LABOUR_MARKET: { description: "Tilbagevenden til arbejdsmarkedet" },
    UPSKILLING: { description: "Opkvalificering og uddannelse" },
    SUPPORT_ARRANGEMENT: { description: "Støtteordning" },
    ACTIVATION: { description: "Aktivering" },
    PHYSICAL_TREATMENT: { description: "Behandling af fysisk sygdom" },
    MENTAL_TREATMENT: { description: "Behandling af psykisk sygdom" },
    ABUSE_TREATMENT: { description: "Behandling af misbrug" },
    LEAVE_IN_PEACE: { description: "Borgeren lades i fred" },
    PENSION_CASE: { description: "Pensionssag" },
  },
});
