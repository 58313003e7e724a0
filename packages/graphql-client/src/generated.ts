/* Genereret af npm run codegen. Ret ikke i hånden. */
/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Planlæg en aktivitet i en kompetenceudviklingspulje; den oprettes med status PLANNED. */
export type AddCompetenceActivityInput = {
  /** Aktivitetens navn (2–300 tegn). */
  name: string;
  /** Planlagt omkostning i kroner (Money), fx "25000.00"; ikke negativ. */
  plannedCost: string;
  /** Planlagt dato, ÅÅÅÅ-MM-DD. */
  plannedDate: string;
  /** Planlagt antal deltagere (1–100.000). */
  plannedParticipants: number;
  /** Puljens id. */
  poolId: string;
  /** Målgruppen (2–300 tegn), fx tværfagligt team; tovholdere og jobcentermedarbejdere. */
  targetGroup: string;
};

/** Tilføj en indsats til kataloget. */
export type AddInterventionInput = {
  /** EMPLOYMENT, SOCIAL eller HEALTH. */
  area: string;
  /** Budgetlinjen, leverede enheder tæller på; udelad for ingen. */
  budgetLineId?: string | null | undefined;
  /** Navnet. */
  name: string;
  /** Profiler, den passer til. */
  profiles: Array<string>;
  /** Projektet. */
  projectId: string;
  /** Leverandøren. */
  supplier: string;
  /** Enheden. */
  unit: string;
  /** Pris pr. enhed. */
  unitCost?: string | null | undefined;
};

/** Tilføj en indsats til en borgers indsatsplan. */
export type AddPlanItemInput = {
  /** Sidste måned (ÅÅÅÅ-MM). */
  endMonth: string;
  /** Indsatsen fra kataloget. */
  interventionId: string;
  /** Sigter mod job eller ordinær uddannelse. */
  jobOrEducationAim?: boolean;
  /** Deltageren. */
  participantId: string;
  /** Den ansvarlige enhed. */
  responsibleUnit: string;
  /** Første måned (ÅÅÅÅ-MM). */
  startMonth: string;
};

/** En ny postering, indtastet i hånden. */
export type AddPostingInput = {
  /** Beløbet i kroner (Money), fx "800.00"; må ikke være 0, gerne negativt. */
  amount: string;
  /** Budgetlinjens id. */
  budgetLineId: string;
  /** ÅÅÅÅ-MM-DD. */
  date: string;
  /** Den mængde af linjens aktivitetsdriver, posteringen betaler for, fx "3.5" timer; udelades, hvis ingen. */
  quantity?: unknown;
  /** Posteringens tekst (1–500 tegn). */
  text: string;
  /** Bilagsnummer (1–100 tegn); samme bilag på samme linje og dato giver CONFLICT. */
  voucher: string;
};

/** Sæt en borger på et mødes dagsorden; afvises, når dagsordenen er fuld. */
export type AddToAgendaInput = {
  /** Mødet. */
  meetingId: string;
  /** Deltageren. */
  participantId: string;
};

/** En omplacering (MOVE: fromLineId → toLineId) eller en ændring (CHANGE: lineId, finansieret af financingLineId eller grantText). expectedLineVersions er linjernes versioner, som skærmen viste dem: er en af dem ændret siden, svares CONFLICT med de aktuelle tal. */
export type AdjustBudgetInput = {
  /** MOVE: beløbet der flyttes (> 0). CHANGE: ændringen af linjen (positiv eller negativ). */
  amount: string;
  /** Id på et budget, styregruppen har godkendt (status APPROVED). */
  budgetId: string;
  /** Versionen af hver berørt linje (fra- og til-linje, eller linje og finansieringslinje): send den version, skærmen viste; ellers CONFLICT. Mangler en, svares BAD_USER_INPUT. */
  expectedLineVersions: Array<ExpectedLineVersion>;
  /** CHANGE: linjen, der finansierer ændringen; udelad den, og angiv grantText, ved ny bevilling. Udelades ved MOVE. */
  financingLineId?: string | null | undefined;
  /** MOVE: linjen, beløbet flyttes fra. Udelades ved CHANGE. */
  fromLineId?: string | null | undefined;
  /** CHANGE uden financingLineId: den nye bevilling (tillægsbevilling) i tekst, højst 1000 tegn. */
  grantText?: string | null | undefined;
  /** MOVE (omplacering mellem to linjer) eller CHANGE (ændring af én linje). */
  kind: AdjustmentKind;
  /** CHANGE: linjen, der ændres. Udelades ved MOVE. */
  lineId?: string | null | undefined;
  /** Hvorfor: vises i historikken og for styregruppen. */
  reason: string;
  /** MOVE: linjen, beløbet flyttes til (samme side). Udelades ved CHANGE. */
  toLineId?: string | null | undefined;
  /** Budgetåret, justeringen gælder; et af budgettets år. */
  year: number;
};

/** Hvordan en leder justerer et godkendt budget. */
export type AdjustmentKind =
  /** Ændring af én linje (op eller ned), finansieret af en anden linje eller en ny bevilling (tillægsbevilling). */
  | 'CHANGE'
  /** Omplacering: et beløb flyttes mellem to linjer på samme side i samme år; sidens total er uændret. */
  | 'MOVE';

/** Aldersgruppe i målgruppens referenceår. */
export type AgeGroup =
  /** 30–49 år */
  | 'FROM_30_TO_49'
  /** 50 år og derover */
  | 'FROM_50'
  /** Under 30 år */
  | 'UNDER_30';

/** Udfaldet for én borger på dagsordenen. */
export type AgendaOutcomeInput = {
  /** Deltageren. */
  participantId: string;
  /** Om borgeren mødte op (mødet holdes alligevel). */
  present: boolean;
  /** Teamets anbefalinger. */
  recommendations?: string | null | undefined;
};

/** Styregruppen godkender budgettet: det låses som det oprindelige budget. */
export type ApproveBudgetInput = {
  /** Id på budgettet, der godkendes (status DRAFT). */
  budgetId: string;
  /** Budgettets version (Budget.version): send den version, skærmen viste; ellers CONFLICT. */
  expectedVersion: number;
};

/** Tildel en sagsbehandler. */
export type AssignCaseworkerInput = {
  /** Sagsbehandleren (en bruger med rollen CASEWORKER i projektet), eller null. */
  caseworkerId?: string | null | undefined;
  /** Deltagerens version, som skærmen viste den. */
  expectedVersion: number;
  /** Deltageren. */
  participantId: string;
};

/** Et medlems deltagelse i et afholdt møde. */
export type AttendanceInput = {
  /** Timer, fx "2" eller "1.5". */
  hours: unknown;
  /** Teammedlemmet. */
  teamMemberId: string;
};

/** Hvor en budgetjustering er i sit forløb. */
export type BudgetChangeStatus =
  /** Gennemført: indgår i det korrigerede budget. */
  | 'APPLIED'
  /** Afventer styregruppens godkendelse. */
  | 'PENDING'
  /** Afvist af styregruppen: ændrer intet. */
  | 'REJECTED';

/** Budgettets side. */
export type BudgetSide =
  /** Udgifter */
  | 'EXPENSE'
  /** Indtægter */
  | 'INCOME';

/** Om styregruppen har godkendt budgettet, så det er låst som det oprindelige budget. */
export type BudgetStatus =
  /** Godkendt (oprindeligt budget) */
  | 'APPROVED'
  /** Udkast, ikke godkendt af styregruppen */
  | 'DRAFT';

/** Sagsarbejdets fokus. */
export type CaseFocus =
  /** Behandling af misbrug */
  | 'ABUSE_TREATMENT'
  /** Aktivering */
  | 'ACTIVATION'
  /** Tilbagevenden til arbejdsmarkedet */
  | 'LABOUR_MARKET'
  /** Borgeren lades i fred */
  | 'LEAVE_IN_PEACE'
  /** Behandling af psykisk sygdom */
  | 'MENTAL_TREATMENT'
  /** Pensionssag */
  | 'PENSION_CASE'
  /** Behandling af fysisk sygdom */
  | 'PHYSICAL_TREATMENT'
  /** Støtteordning */
  | 'SUPPORT_ARRANGEMENT'
  /** Opkvalificering og uddannelse */
  | 'UPSKILLING';

/** Skift farve med begrundelse. Forældet version giver CONFLICT. */
export type ChangeColourInput = {
  /** Den nye farve. */
  colour: Colour;
  /** Deltagerens version, som skærmen viste den. */
  expectedVersion: number;
  /** Deltageren. */
  participantId: string;
  /** Begrundelsen (vises i historikken). */
  reason: string;
};

/** Profiler, motivation og fokus for én deltager. */
export type ClassifyParticipantInput = {
  /** Sagsarbejdets fokus. */
  caseFocus?: CaseFocus | null | undefined;
  /** Deltagerens version, som skærmen viste den. */
  expectedVersion: number;
  /** Motivation. */
  motivation?: Motivation | null | undefined;
  /** Deltageren. */
  participantId: string;
  /** De profiler, der gælder. */
  profiles: Array<Profile>;
};

/** Farvegruppe fra screeningen. */
export type Colour =
  /** Blå: unge i STU; fortsætter STU, sagen drøftes med tovholderne. */
  | 'BLAA'
  /** Grøn: hovedproblemet er beskæftigelse; indledende samtale med JC-sagsbehandler. */
  | 'GROEN'
  /** Orange: hovedproblemet er socialt, kendt af BSO; indledende samtale med tovholderne. */
  | 'ORANGE'
  /** Rød: fraflyttet, førtidspension, terminalt syg, barsel m.m.; uden for projektets forløb. */
  | 'ROED';

/** Markér en milepæl som nået. */
export type CompleteMilestoneInput = {
  /** Datoen den blev nået (ÅÅÅÅ-MM-DD). */
  doneDate: string;
  /** Milepælens version, som skærmen viste den. */
  expectedVersion: number;
  /** Milepælen. */
  milestoneId: string;
};

/** Opret et personligt adgangstoken; det bærer dine egne roller, aldrig flere. */
export type CreateAccessTokenInput = {
  /** Dage til tokenet udløber (1–365). */
  expiresInDays?: number;
  /** Et navn, fx legepladsen på min maskine. */
  name: string;
};

/** Styregruppens afgørelse af en ændring, der afventer godkendelse. */
export type DecideBudgetChangeInput = {
  /** true: godkend og gennemfør; false: afvis. */
  approve: boolean;
  /** Id på ændringen, der afventer godkendelse (status PENDING). */
  changeId: string;
  /** Kommentar til afgørelsen (højst 2000 tegn); vises i historikken. */
  comment?: string | null | undefined;
  /** Ændringens version, som skærmen viste den. */
  expectedVersion: number;
};

/** Den version af en linje, som brugerens skærm viste. */
export type ExpectedLineVersion = {
  /** Budgetlinjens id. */
  lineId: string;
  /** Linjens version (BudgetLine.version): send den version, skærmen viste; ellers CONFLICT. */
  version: number;
};

/** Find en deltager på CPR-nummer (præcis søgning på den nøglede hash). */
export type FindByCprInput = {
  /** CPR-nummeret (DDMMÅÅ-LLLL eller 10 cifre). Logges ikke; kun at der er søgt. */
  cpr: string;
  /** Projektet. */
  projectId: string;
  /** Formålet med søgningen (logges). */
  purpose: string;
};

/** Hvordan forventet forbrug ved afslutning er beregnet. */
export type ForecastMethod =
  /** Forbrug + resterende planlagt aktivitet × planlagt enhedspris. */
  | 'ACTIVITY'
  /** Perioden er ikke begyndt: forventet = korrigeret budget. */
  | 'BUDGET'
  /** Forbruget fremskrevet lineært over periodens dage. */
  | 'LINEAR'
  /** Perioden er slut, eller al aktivitet er leveret: forventet = forbrug. */
  | 'SPENT';

/** Køn. */
export type Gender =
  /** Kvinde */
  | 'K'
  /** Mand */
  | 'M';

/** Registrér et afholdt møde: deltagere med timer og udfald pr. borger. Timerne bliver aktivitet på medlemmernes budgetlinjer. */
export type HoldMeetingInput = {
  /** Hvem deltog, og hvor længe. */
  attendance: Array<AttendanceInput>;
  /** Mødets version, som skærmen viste den. */
  expectedVersion: number;
  /** Mødet. */
  meetingId: string;
  /** Udfald pr. borger på dagsordenen. */
  outcomes: Array<AgendaOutcomeInput>;
};

/** Log ind med e-mail og adgangskode. */
export type LoginInput = {
  /** E-mailadressen, brugeren er oprettet med (højst 320 tegn). */
  email: string;
  /** Adgangskoden (1–200 tegn). */
  password: string;
};

/** Borgerens motivation. */
export type Motivation =
  /** Motiveret for uddannelse */
  | 'MOTIVATED_EDUCATION'
  /** Motiveret for arbejde */
  | 'MOTIVATED_WORK'
  /** Ikke motiveret */
  | 'NOT_MOTIVATED'
  /** Ikke angivet */
  | 'NOT_STATED'
  /** Viser evne til at overkomme barrierer */
  | 'OVERCOMES_BARRIERS'
  /** Ønsker pension */
  | 'WISHES_PENSION';

/** Herkomst. */
export type Origin =
  /** Dansk oprindelse */
  | 'DANISH'
  /** Efterkommer, ikke-vestlig */
  | 'DESCENDANT_NON_WESTERN'
  /** Indvandrer, ikke-vestlig */
  | 'IMMIGRANT_NON_WESTERN'
  /** Øvrige */
  | 'OTHER';

/** En målgruppefil (CSV med semikolon eller .xlsx), base64-kodet. */
export type ParticipantImportInput = {
  /** Filens bytes, base64-kodet (højst 10 MB). */
  contentBase64: string;
  /** Filnavnet (.csv eller .xlsx). */
  fileName: string;
  /** Projektet. */
  projectId: string;
};

/** En CSV-fil fra økonomisystemet (semikolon, decimalkomma, UTF-8 eller Windows-1252), base64-kodet. */
export type PostingImportInput = {
  /** Budgettets id; rækkernes linjenavne slås op blandt budgettets linjer. */
  budgetId: string;
  /** Filens bytes, base64-kodet (højst 5 MB). */
  contentBase64: string;
  /** Filens navn (højst 255 tegn); gemmes med importen. */
  fileName: string;
};

/** Faxe-profilerne (flere kan gælde). */
export type Profile =
  /** Diagnosticeret psykisk syge eller traumatiserede */
  | 'DIAGNOSED_MENTAL'
  /** Diffust psykisk syge uden diagnose */
  | 'DIFFUSE_MENTAL'
  /** De måske egnede */
  | 'MAYBE_SUITED'
  /** Psykisk syge misbrugere */
  | 'MENTAL_WITH_ABUSE'
  /** Fysisk syge */
  | 'PHYSICALLY_ILL'
  /** Misbrugere */
  | 'SUBSTANCE_ABUSE';

/** Hvor projektet er i sit forløb. */
export type ProjectStatus =
  /** I gang */
  | 'ACTIVE'
  /** Afsluttet */
  | 'ENDED'
  /** Planlagt */
  | 'PLANNED';

/** Status: grøn, gul eller rød; NONE for linjer, der ikke vurderes (indtægter). */
export type Rag =
  /** Gul: forbruget løber fra aktiviteten, eller forventet forbrug er over budgettet. */
  | 'AMBER'
  /** Grøn: inden for budgettet, forbrug følger aktiviteten. */
  | 'GREEN'
  /** Vurderes ikke. */
  | 'NONE'
  /** Rød: forventet forbrug over 110 % af budgettet, eller forbruget løber 40 point fra aktiviteten. */
  | 'RED';

/** Registrér leveret aktivitet på en linje med aktivitetsdriver. */
export type RecordActivityInput = {
  /** Id på en budgetlinje med aktivitetsdriver. */
  budgetLineId: string;
  /** Leveringsdato, ÅÅÅÅ-MM-DD. */
  date: string;
  /** Bemærkning (højst 500 tegn). */
  note?: string | null | undefined;
  /** Leveret antal i linjens driverenhed, fx "3.5"; større end 0. */
  quantity: unknown;
};

/** Registrér at en aktivitet er afholdt (med faktiske deltagere og omkostning) eller aflyst. */
export type RecordCompetenceActivityInput = {
  /** Aktivitetens id. */
  activityId: string;
  /** Faktisk omkostning i kroner (Money), ikke negativ; påkrævet ved HELD, ignoreres ellers. */
  actualCost?: string | null | undefined;
  /** Faktisk antal deltagere (0 eller flere); påkrævet ved HELD, ignoreres ellers. */
  actualParticipants?: number | null | undefined;
  /** Aktivitetens version (CompetenceActivity.version): send den version, skærmen viste; ellers CONFLICT. */
  expectedVersion: number;
  /** HELD, CANCELLED eller PLANNED. */
  status: string;
};

/** Registrér hvordan en samtale gik. En grøn borger, der udebliver, bliver orange, og næste samtale holdes af en tovholder. */
export type RecordConversationInput = {
  /** Samtalen. */
  conversationId: string;
  /** Dato (ÅÅÅÅ-MM-DD). */
  date: string;
  /** Samtalens version, som skærmen viste den. */
  expectedVersion: number;
  /** Dato for næste samtale efter en udeblivelse (standard: en uge senere). */
  nextDate?: string | null | undefined;
  /** HELD, NO_SHOW eller CANCELLED. */
  outcome: string;
};

/** Registrér et resultat. */
export type RecordOutcomeInput = {
  /** Dato (ÅÅÅÅ-MM-DD). */
  date: string;
  /** Timer om ugen i ordinær beskæftigelse, fx "15". */
  hoursPerWeek?: string | null | undefined;
  /** JOB, EDUCATION, REMATCHED_2, PASSIVE eller PENSION_RECOMMENDED. */
  kind: string;
  /** Deltageren. */
  participantId: string;
};

/** Meld at borgeren ikke følger en indsats. */
export type ReportNonComplianceInput = {
  /** Planpunktet. */
  itemId: string;
  /** Meldingen (fritekst). */
  message?: string | null | undefined;
  /** Den enhed, der melder. */
  reportedByUnit: string;
};

/** Tovholderens opfølgning på en advarsel. */
export type ResolveAlertInput = {
  /** Advarslen. */
  alertId: string;
  /** Opfølgningen (fritekst). */
  followUp: string;
};

/** Vis navn og CPR-nummer: kræver et formål, som logges. */
export type RevealIdentityInput = {
  /** Deltageren. */
  participantId: string;
  /** Formålet, fx "Finde sagen i kommunens sagssystem". */
  purpose: string;
};

/** Modposter (tilbagefør) en postering: en ny postering med det modsatte beløb. */
export type ReversePostingInput = {
  /** Modposteringens dato, ÅÅÅÅ-MM-DD. */
  date: string;
  /** Id på posteringen, der tilbageføres; ikke en modpostering, og kun én gang. */
  postingId: string;
  /** Hvorfor posteringen tilbageføres (3–500 tegn); indgår i modposteringens tekst. */
  reason: string;
  /** Modposteringens bilagsnummer; standard "<bilag>-T". */
  voucher?: string | null | undefined;
};

/** En rolle i et projekt (via medlemskab) eller i hele installationen (ADMIN, DEVELOPER). */
export type Role =
  /** Administrator for hele installationen. */
  | 'ADMIN'
  /** Sagsbehandler: egne borgeres samtaler og opfølgning. */
  | 'CASEWORKER'
  /** Udvikler: legepladsen og skemaet; data efter egne medlemskaber. */
  | 'DEVELOPER'
  /** Faglig leder: ejer og justerer budgetlinjer. */
  | 'LEADER'
  /** Styregruppemedlem: projektets økonomi og fremdrift, kun aggregater. */
  | 'STYREGRUPPE'
  /** Medlem af det tværfaglige team: dagsordenen for de møder, man deltager i. */
  | 'TEAM_MEMBER'
  /** Tovholder: overblikket over alle borgere i projektet. */
  | 'TOVHOLDER';

/** Udfyld eller ret det forberedende skema. */
export type SavePreparationFormInput = {
  /** Skemaets version, som skærmen viste den; udelades for et nyt skema. */
  expectedVersion?: number | null | undefined;
  /** Deltageren. */
  participantId: string;
  /** Temaerne. */
  themes: Array<string>;
  /** Borgerens ønsker (fritekst). */
  wishes?: string | null | undefined;
};

/** Planlæg en indledende samtale; hvem der holder den, følger af farven. */
export type ScheduleConversationInput = {
  /** Dato (ÅÅÅÅ-MM-DD). */
  date: string;
  /** Den bruger, der holder samtalen (valgfri). */
  holderId?: string | null | undefined;
  /** Deltageren. */
  participantId: string;
};

/** Styregruppen sætter projektets tærskel for godkendelse af budgetjusteringer. */
export type SetApprovalThresholdInput = {
  /** Den nye tærskel i kroner (Money), fx "50000.00"; ikke negativ. */
  amount: string;
  /** Projektets version, som skærmen viste den. */
  expectedVersion: number;
  /** Projektets id. */
  projectId: string;
};

/** Skift status på et planpunkt. */
export type SetPlanItemStatusInput = {
  /** Planpunktets version, som skærmen viste den. */
  expectedVersion: number;
  /** Planpunktet. */
  itemId: string;
  /** PLANNED, IN_PROGRESS, INTERRUPTED eller COMPLETED. */
  status: string;
};

export type AccessTokenFieldsFragment = { id: string, name: string, prefix: string, createdAt: string, expiresAt: string, revokedAt: string | null, lastUsedAt: string | null };

export type MyAccessTokensQueryVariables = Exact<{ [key: string]: never; }>;


export type MyAccessTokensQuery = { myAccessTokens: Array<{ id: string, name: string, prefix: string, createdAt: string, expiresAt: string, revokedAt: string | null, lastUsedAt: string | null }> };

export type CreateAccessTokenMutationVariables = Exact<{
  input: CreateAccessTokenInput;
}>;


export type CreateAccessTokenMutation = { createAccessToken: { token: string, accessToken: { id: string, name: string, prefix: string, createdAt: string, expiresAt: string, revokedAt: string | null, lastUsedAt: string | null } } };

export type RevokeAccessTokenMutationVariables = Exact<{
  id: string;
}>;


export type RevokeAccessTokenMutation = { revokeAccessToken: { id: string, name: string, prefix: string, createdAt: string, expiresAt: string, revokedAt: string | null, lastUsedAt: string | null } };

export type CurrentUserFragment = { id: string, email: string, name: string, globalRoles: Array<Role>, memberships: Array<{ role: Role, project: { id: string, code: string, name: string } }> };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, email: string, name: string, globalRoles: Array<Role>, memberships: Array<{ role: Role, project: { id: string, code: string, name: string } }> } };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { login: { token: string, expiresAt: string, user: { id: string, email: string, name: string, globalRoles: Array<Role>, memberships: Array<{ role: Role, project: { id: string, code: string, name: string } }> } } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type BudgetChangeFieldsFragment = { id: string, kind: AdjustmentKind, status: BudgetChangeStatus, requiresApproval: boolean, reason: string, grantText: string | null, requestedAt: string, decidedAt: string | null, decisionComment: string | null, version: number, requestedBy: { id: string, name: string }, decidedBy: { id: string, name: string } | null, entries: Array<{ lineId: string, lineName: string, year: number, delta: string, before: string | null, after: string | null }> };

export type AdjustBudgetMutationVariables = Exact<{
  input: AdjustBudgetInput;
}>;


export type AdjustBudgetMutation = { adjustBudget: { id: string, kind: AdjustmentKind, status: BudgetChangeStatus, requiresApproval: boolean, reason: string, grantText: string | null, requestedAt: string, decidedAt: string | null, decisionComment: string | null, version: number, requestedBy: { id: string, name: string }, decidedBy: { id: string, name: string } | null, entries: Array<{ lineId: string, lineName: string, year: number, delta: string, before: string | null, after: string | null }> } };

export type DecideBudgetChangeMutationVariables = Exact<{
  input: DecideBudgetChangeInput;
}>;


export type DecideBudgetChangeMutation = { decideBudgetChange: { id: string, kind: AdjustmentKind, status: BudgetChangeStatus, requiresApproval: boolean, reason: string, grantText: string | null, requestedAt: string, decidedAt: string | null, decisionComment: string | null, version: number, requestedBy: { id: string, name: string }, decidedBy: { id: string, name: string } | null, entries: Array<{ lineId: string, lineName: string, year: number, delta: string, before: string | null, after: string | null }> } };

export type ApproveBudgetMutationVariables = Exact<{
  input: ApproveBudgetInput;
}>;


export type ApproveBudgetMutation = { approveBudget: { id: string, status: BudgetStatus, approvedAt: string | null, version: number } };

export type BudgetFollowUpQueryVariables = Exact<{
  projectId: string;
}>;


export type BudgetFollowUpQuery = { project: { id: string, code: string, budgets: Array<{ id: string, name: string, status: BudgetStatus, approvedAt: string | null, version: number, lines: Array<{ id: string, side: BudgetSide, name: string, version: number, total: string, originalTotal: string | null, amounts: Array<{ year: number, amount: string }>, originalAmounts: Array<{ year: number, amount: string }> | null }>, totals: { income: string, expense: string, balanced: boolean }, originalTotals: { income: string, expense: string, balanced: boolean } | null, changes: Array<{ id: string, kind: AdjustmentKind, status: BudgetChangeStatus, requiresApproval: boolean, reason: string, grantText: string | null, requestedAt: string, decidedAt: string | null, decisionComment: string | null, version: number, requestedBy: { id: string, name: string }, decidedBy: { id: string, name: string } | null, entries: Array<{ lineId: string, lineName: string, year: number, delta: string, before: string | null, after: string | null }> }> }> } };

export type PlannerLineFragment = { originalTotal: string | null, id: string, side: BudgetSide, name: string, category: string | null, note: string | null, sortOrder: number, version: number, total: string, originalAmounts: Array<{ year: number, amount: string }> | null, driver: { unit: string, plannedQuantity: unknown, unitRate: string | null, plannedUnitCost: string | null } | null, amounts: Array<{ year: number, amount: string }> };

export type PlannerTotalsFragment = { income: string, expense: string, difference: string, balanced: boolean, years: Array<{ year: number, income: string, expense: string, difference: string, balanced: boolean }> };

export type BudgetPlannerQueryVariables = Exact<{
  projectId: string;
}>;


export type BudgetPlannerQuery = { project: { id: string, version: number, approvalThreshold: string, myRoles: Array<Role>, budgets: Array<{ id: string, name: string, note: string, priceLevelYear: number | null, status: BudgetStatus, approvedAt: string | null, version: number, years: Array<number>, lines: Array<{ originalTotal: string | null, id: string, side: BudgetSide, name: string, category: string | null, note: string | null, sortOrder: number, version: number, total: string, originalAmounts: Array<{ year: number, amount: string }> | null, driver: { unit: string, plannedQuantity: unknown, unitRate: string | null, plannedUnitCost: string | null } | null, amounts: Array<{ year: number, amount: string }> }>, totals: { income: string, expense: string, difference: string, balanced: boolean, years: Array<{ year: number, income: string, expense: string, difference: string, balanced: boolean }> }, originalTotals: { income: string, expense: string, difference: string, balanced: boolean, years: Array<{ year: number, income: string, expense: string, difference: string, balanced: boolean }> } | null, pendingChanges: Array<{ id: string, kind: AdjustmentKind, status: BudgetChangeStatus, requiresApproval: boolean, reason: string, grantText: string | null, requestedAt: string, decidedAt: string | null, decisionComment: string | null, version: number, requestedBy: { id: string, name: string }, decidedBy: { id: string, name: string } | null, entries: Array<{ lineId: string, lineName: string, year: number, delta: string, before: string | null, after: string | null }> }> }> } };

export type BudgetHistoryQueryVariables = Exact<{
  projectId: string;
}>;


export type BudgetHistoryQuery = { project: { id: string, budgets: Array<{ id: string, name: string, status: BudgetStatus, approvedAt: string | null, lines: Array<{ id: string, name: string, side: BudgetSide, sortOrder: number, history: Array<{ id: string, kind: AdjustmentKind, status: BudgetChangeStatus, requiresApproval: boolean, reason: string, grantText: string | null, requestedAt: string, decidedAt: string | null, decisionComment: string | null, version: number, requestedBy: { id: string, name: string }, decidedBy: { id: string, name: string } | null, entries: Array<{ lineId: string, lineName: string, year: number, delta: string, before: string | null, after: string | null }> }> }>, changes: Array<{ id: string, kind: AdjustmentKind, status: BudgetChangeStatus, requiresApproval: boolean, reason: string, grantText: string | null, requestedAt: string, decidedAt: string | null, decisionComment: string | null, version: number, requestedBy: { id: string, name: string }, decidedBy: { id: string, name: string } | null, entries: Array<{ lineId: string, lineName: string, year: number, delta: string, before: string | null, after: string | null }> }> }> } };

export type SetApprovalThresholdMutationVariables = Exact<{
  input: SetApprovalThresholdInput;
}>;


export type SetApprovalThresholdMutation = { setApprovalThreshold: { id: string, version: number, approvalThreshold: string } };

export type FollowUpLineFieldsFragment = { lineId: string, name: string, category: string | null, side: BudgetSide, original: string | null, corrected: string, spent: string, rest: string, spentPercent: number | null, activityPercent: number | null, driverUnit: string | null, plannedQuantity: unknown, deliveredQuantity: unknown, plannedUnitCost: string | null, actualUnitCost: string | null, burnRatePerMonth: string, forecast: string, forecastMethod: ForecastMethod, forecastExplanation: string, deviation: string, rag: Rag, ragReason: string };

export type FollowUpTotalsFieldsFragment = { side: BudgetSide, original: string | null, corrected: string, spent: string, rest: string, spentPercent: number | null, forecast: string, deviation: string, rag: Rag, ragReason: string };

export type PlannerFollowUpQueryVariables = Exact<{
  projectId: string;
  asOf?: string | null | undefined;
  year?: number | null | undefined;
}>;


export type PlannerFollowUpQuery = { project: { id: string, startDate: string, endDate: string, budgets: Array<{ id: string, name: string, status: BudgetStatus, years: Array<number>, lines: Array<{ id: string, name: string, side: BudgetSide, sortOrder: number, driver: { unit: string, plannedQuantity: unknown } | null }>, followUp: { asOf: string, year: number | null, periodStart: string, periodEnd: string, rules: string, lines: Array<{ lineId: string, name: string, category: string | null, side: BudgetSide, original: string | null, corrected: string, spent: string, rest: string, spentPercent: number | null, activityPercent: number | null, driverUnit: string | null, plannedQuantity: unknown, deliveredQuantity: unknown, plannedUnitCost: string | null, actualUnitCost: string | null, burnRatePerMonth: string, forecast: string, forecastMethod: ForecastMethod, forecastExplanation: string, deviation: string, rag: Rag, ragReason: string }>, income: { side: BudgetSide, original: string | null, corrected: string, spent: string, rest: string, spentPercent: number | null, forecast: string, deviation: string, rag: Rag, ragReason: string }, expense: { side: BudgetSide, original: string | null, corrected: string, spent: string, rest: string, spentPercent: number | null, forecast: string, deviation: string, rag: Rag, ragReason: string } } }> } };

export type RecordActivityMutationVariables = Exact<{
  input: RecordActivityInput;
}>;


export type RecordActivityMutation = { recordActivity: { id: string, lineId: string, date: string, quantity: unknown, note: string, source: string } };

export type PostingRowFragment = { id: string, lineId: string, lineName: string, date: string, amount: string, text: string, voucher: string, quantity: unknown, importId: string | null, reversesPostingId: string | null, reversedById: string | null, createdAt: string, createdBy: { id: string, name: string } };

export type BudgetPostingsQueryVariables = Exact<{
  projectId: string;
  lineId?: string | null | undefined;
  take: number;
  skip: number;
}>;


export type BudgetPostingsQuery = { project: { id: string, budgets: Array<{ id: string, name: string, years: Array<number>, lines: Array<{ id: string, name: string, side: BudgetSide, sortOrder: number, driver: { unit: string } | null }>, postings: { totalCount: number, sum: string, items: Array<{ id: string, lineId: string, lineName: string, date: string, amount: string, text: string, voucher: string, quantity: unknown, importId: string | null, reversesPostingId: string | null, reversedById: string | null, createdAt: string, createdBy: { id: string, name: string } }> } }> } };

export type AddPostingMutationVariables = Exact<{
  input: AddPostingInput;
}>;


export type AddPostingMutation = { addPosting: { id: string, lineId: string, lineName: string, date: string, amount: string, text: string, voucher: string, quantity: unknown, importId: string | null, reversesPostingId: string | null, reversedById: string | null, createdAt: string, createdBy: { id: string, name: string } } };

export type ReversePostingMutationVariables = Exact<{
  input: ReversePostingInput;
}>;


export type ReversePostingMutation = { reversePosting: { id: string, lineId: string, lineName: string, date: string, amount: string, text: string, voucher: string, quantity: unknown, importId: string | null, reversesPostingId: string | null, reversedById: string | null, createdAt: string, createdBy: { id: string, name: string } } };

export type PreviewPostingImportMutationVariables = Exact<{
  input: PostingImportInput;
}>;


export type PreviewPostingImportMutation = { previewPostingImport: { fileName: string, encoding: string, rowCount: number, newCount: number, alreadyThereCount: number, newTotal: string, errors: Array<{ row: number, column: string | null, message: string }>, rows: Array<{ row: number, date: string, voucher: string, text: string, amount: string, lineId: string, lineName: string, quantity: unknown, alreadyThere: boolean }> } };

export type ImportPostingsMutationVariables = Exact<{
  input: PostingImportInput;
}>;


export type ImportPostingsMutation = { importPostings: { importId: string, added: number, alreadyThere: number, addedTotal: string } };

export type CompetenceActivityRowFragment = { id: string, name: string, targetGroup: string, plannedCost: string, plannedParticipants: number, plannedDate: string, status: string, actualParticipants: number | null, actualCost: string | null, plannedCostPerParticipant: string | null, actualCostPerParticipant: string | null, version: number };

export type CompetencePlannerQueryVariables = Exact<{
  projectId: string;
}>;


export type CompetencePlannerQuery = { project: { id: string, myRoles: Array<Role>, competencePools: Array<{ id: string, name: string, amount: string, description: string, activities: Array<{ id: string, name: string, targetGroup: string, plannedCost: string, plannedParticipants: number, plannedDate: string, status: string, actualParticipants: number | null, actualCost: string | null, plannedCostPerParticipant: string | null, actualCostPerParticipant: string | null, version: number }>, summary: { planned: string, spent: string, uncommitted: string, plannedParticipants: number, actualParticipants: number, plannedCostPerParticipant: string | null, actualCostPerParticipant: string | null } }> } };

export type AddCompetenceActivityMutationVariables = Exact<{
  input: AddCompetenceActivityInput;
}>;


export type AddCompetenceActivityMutation = { addCompetenceActivity: { id: string, name: string, targetGroup: string, plannedCost: string, plannedParticipants: number, plannedDate: string, status: string, actualParticipants: number | null, actualCost: string | null, plannedCostPerParticipant: string | null, actualCostPerParticipant: string | null, version: number } };

export type RecordCompetenceActivityMutationVariables = Exact<{
  input: RecordCompetenceActivityInput;
}>;


export type RecordCompetenceActivityMutation = { recordCompetenceActivity: { id: string, name: string, targetGroup: string, plannedCost: string, plannedParticipants: number, plannedDate: string, status: string, actualParticipants: number | null, actualCost: string | null, plannedCostPerParticipant: string | null, actualCostPerParticipant: string | null, version: number } };

export type FlowProjectQueryVariables = Exact<{
  id: string;
}>;


export type FlowProjectQuery = { project: { id: string, code: string, name: string, startDate: string, endDate: string, myRoles: Array<Role> } };

export type FlowOverviewQueryVariables = Exact<{
  projectId: string;
  asOf?: string | null | undefined;
}>;


export type FlowOverviewQuery = { project: { id: string, overview: Array<{ participantId: string, code: string, colour: string | null, stage: string, stageLabel: string, nextStep: string, overdue: Array<string>, urgency: number }> } };

export type FlowConversationFragment = { id: string, holderKind: string, scheduledDate: string, status: string, heldDate: string | null, version: number, holder: { id: string, name: string } | null };

export type FlowPlanItemFragment = { id: string, responsibleUnit: string, startMonth: string, endMonth: string, status: string, jobOrEducationAim: boolean, version: number, intervention: { id: string, name: string, area: string } };

export type FlowOutcomeFragment = { id: string, kind: string, date: string, hoursPerWeek: string | null };

export type FlowPreparationFormFragment = { themes: Array<string>, wishes: string | null, version: number };

export type FlowTimelineFragment = { id: string, code: string, colour: Colour | null, version: number, colourHistory: Array<{ from: Colour | null, to: Colour, reason: string, changedAt: string, changedBy: { id: string, name: string } | null }>, conversations: Array<{ id: string, holderKind: string, scheduledDate: string, status: string, heldDate: string | null, version: number, holder: { id: string, name: string } | null }>, preparationForm: { themes: Array<string>, wishes: string | null, version: number } | null, actionPlan: Array<{ id: string, responsibleUnit: string, startMonth: string, endMonth: string, status: string, jobOrEducationAim: boolean, version: number, intervention: { id: string, name: string, area: string } }>, outcomes: Array<{ id: string, kind: string, date: string, hoursPerWeek: string | null }> };

export type FlowParticipantQueryVariables = Exact<{
  id: string;
  purpose: string;
}>;


export type FlowParticipantQuery = { participant: { id: string, code: string, colour: Colour | null, version: number, colourHistory: Array<{ from: Colour | null, to: Colour, reason: string, changedAt: string, changedBy: { id: string, name: string } | null }>, conversations: Array<{ id: string, holderKind: string, scheduledDate: string, status: string, heldDate: string | null, version: number, holder: { id: string, name: string } | null }>, preparationForm: { themes: Array<string>, wishes: string | null, version: number } | null, actionPlan: Array<{ id: string, responsibleUnit: string, startMonth: string, endMonth: string, status: string, jobOrEducationAim: boolean, version: number, intervention: { id: string, name: string, area: string } }>, outcomes: Array<{ id: string, kind: string, date: string, hoursPerWeek: string | null }> } };

export type FlowInterventionFragment = { id: string, name: string, area: string, supplier: string, unit: string, unitCost: string | null, profiles: Array<string>, active: boolean };

export type FlowCatalogueQueryVariables = Exact<{
  projectId: string;
}>;


export type FlowCatalogueQuery = { project: { id: string, interventions: Array<{ id: string, name: string, area: string, supplier: string, unit: string, unitCost: string | null, profiles: Array<string>, active: boolean }> } };

export type FlowAlertFragment = { id: string, participantId: string, participantCode: string, interventionName: string, reportedByUnit: string, reportedAt: string, message: string | null, followUp: string | null, resolvedAt: string | null };

export type FlowAlertsQueryVariables = Exact<{
  projectId: string;
  openOnly: boolean;
}>;


export type FlowAlertsQuery = { project: { id: string, alerts: Array<{ id: string, participantId: string, participantCode: string, interventionName: string, reportedByUnit: string, reportedAt: string, message: string | null, followUp: string | null, resolvedAt: string | null }> } };

export type FlowTeamMemberFragment = { id: string, name: string, title: string, competence: string, adHoc: boolean, budgetLineId: string | null };

export type FlowMeetingFragment = { id: string, date: string, status: string, version: number, maxItems: number, minutesPerItem: number, neededCompetences: Array<string>, invited: Array<{ id: string, name: string, title: string, competence: string, adHoc: boolean, budgetLineId: string | null }>, items: Array<{ participantId: string, participantCode: string, position: number, themes: Array<string>, present: boolean | null, recommendations: string | null }> };

export type FlowMeetingsQueryVariables = Exact<{
  projectId: string;
}>;


export type FlowMeetingsQuery = { project: { id: string, teamMembers: Array<{ id: string, name: string, title: string, competence: string, adHoc: boolean, budgetLineId: string | null }>, teamMeetings: Array<{ id: string, date: string, status: string, version: number, maxItems: number, minutesPerItem: number, neededCompetences: Array<string>, invited: Array<{ id: string, name: string, title: string, competence: string, adHoc: boolean, budgetLineId: string | null }>, items: Array<{ participantId: string, participantCode: string, position: number, themes: Array<string>, present: boolean | null, recommendations: string | null }> }> } };

export type FlowCapacityQueryVariables = Exact<{
  projectId: string;
  asOf?: string | null | undefined;
}>;


export type FlowCapacityQuery = { project: { id: string, capacityPlan: { citizens: number, citizensSource: string, conversationStart: string, conversationEnd: string, conversationWeeks: string, conversationsPerWeek: number, teamHours: string, meetings: number, citizensPerMeetingNeeded: number, meetingCapacity: number, maxCitizensPerMeeting: number, minutesPerCitizen: number, meetingIntervalDays: number, mismatches: Array<string> } | null, conversationPace: { averagePerWeek: string, requiredPerWeek: number, projectedFinish: string | null, onTrack: boolean, weeks: Array<{ weekStart: string, week: string, done: number, cumulative: number, required: number, onTrack: boolean }> } | null, milestones: Array<{ id: string, name: string, dueDate: string, responsible: string, doneDate: string | null, status: string, version: number }>, goals: Array<{ id: string, name: string, indicator: string, targetPercent: number, baselinePercent: number | null, count: number | null, denominator: number, percent: string | null, display: string }> } };

export type FlowScheduleConversationMutationVariables = Exact<{
  input: ScheduleConversationInput;
}>;


export type FlowScheduleConversationMutation = { scheduleConversation: { id: string, holderKind: string, scheduledDate: string, status: string, heldDate: string | null, version: number, holder: { id: string, name: string } | null } };

export type FlowRecordConversationMutationVariables = Exact<{
  input: RecordConversationInput;
}>;


export type FlowRecordConversationMutation = { recordConversation: Array<{ id: string, holderKind: string, scheduledDate: string, status: string, heldDate: string | null, version: number, holder: { id: string, name: string } | null }> };

export type FlowSavePreparationFormMutationVariables = Exact<{
  input: SavePreparationFormInput;
}>;


export type FlowSavePreparationFormMutation = { savePreparationForm: { themes: Array<string>, wishes: string | null, version: number } };

export type FlowAddPlanItemMutationVariables = Exact<{
  input: AddPlanItemInput;
}>;


export type FlowAddPlanItemMutation = { addPlanItem: Array<{ id: string, responsibleUnit: string, startMonth: string, endMonth: string, status: string, jobOrEducationAim: boolean, version: number, intervention: { id: string, name: string, area: string } }> };

export type FlowSetPlanItemStatusMutationVariables = Exact<{
  input: SetPlanItemStatusInput;
}>;


export type FlowSetPlanItemStatusMutation = { setPlanItemStatus: Array<{ id: string, responsibleUnit: string, startMonth: string, endMonth: string, status: string, jobOrEducationAim: boolean, version: number, intervention: { id: string, name: string, area: string } }> };

export type FlowReportNonComplianceMutationVariables = Exact<{
  input: ReportNonComplianceInput;
}>;


export type FlowReportNonComplianceMutation = { reportNonCompliance: { id: string, participantId: string, participantCode: string, interventionName: string, reportedByUnit: string, reportedAt: string, message: string | null, followUp: string | null, resolvedAt: string | null } };

export type FlowRecordOutcomeMutationVariables = Exact<{
  input: RecordOutcomeInput;
}>;


export type FlowRecordOutcomeMutation = { recordOutcome: Array<{ id: string, kind: string, date: string, hoursPerWeek: string | null }> };

export type FlowResolvePlanAlertMutationVariables = Exact<{
  input: ResolveAlertInput;
}>;


export type FlowResolvePlanAlertMutation = { resolvePlanAlert: { id: string, participantId: string, participantCode: string, interventionName: string, reportedByUnit: string, reportedAt: string, message: string | null, followUp: string | null, resolvedAt: string | null } };

export type FlowAddInterventionMutationVariables = Exact<{
  input: AddInterventionInput;
}>;


export type FlowAddInterventionMutation = { addIntervention: { id: string, name: string, area: string, supplier: string, unit: string, unitCost: string | null, profiles: Array<string>, active: boolean } };

export type FlowGenerateTeamMeetingsMutationVariables = Exact<{
  projectId: string;
}>;


export type FlowGenerateTeamMeetingsMutation = { generateTeamMeetings: number };

export type FlowAddToAgendaMutationVariables = Exact<{
  input: AddToAgendaInput;
}>;


export type FlowAddToAgendaMutation = { addToAgenda: number };

export type FlowHoldTeamMeetingMutationVariables = Exact<{
  input: HoldMeetingInput;
}>;


export type FlowHoldTeamMeetingMutation = { holdTeamMeeting: boolean };

export type FlowCompleteMilestoneMutationVariables = Exact<{
  input: CompleteMilestoneInput;
}>;


export type FlowCompleteMilestoneMutation = { completeMilestone: { id: string, name: string, dueDate: string, responsible: string, doneDate: string | null, status: string, version: number } };

export type ParticipantListItemFragment = { id: string, code: string, municipality: string, gender: Gender, birthYear: number, ageGroup: AgeGroup, origin: Origin | null, monthsOnBenefit: number, longTermBenefit: boolean, matchGroup: number, enrolmentDate: string, colour: Colour | null, version: number, caseworker: { id: string, name: string } | null };

export type ParticipantColourHistoryFragment = { colourHistory: Array<{ from: Colour | null, to: Colour, reason: string, changedAt: string, changedBy: { id: string, name: string } | null }> };

export type ParticipantDetailFragment = { profiles: Array<Profile>, motivation: Motivation | null, caseFocus: CaseFocus | null, hasCpr: boolean, hasName: boolean, id: string, code: string, municipality: string, gender: Gender, birthYear: number, ageGroup: AgeGroup, origin: Origin | null, monthsOnBenefit: number, longTermBenefit: boolean, matchGroup: number, enrolmentDate: string, colour: Colour | null, version: number, caseworker: { id: string, name: string } | null, colourHistory: Array<{ from: Colour | null, to: Colour, reason: string, changedAt: string, changedBy: { id: string, name: string } | null }> };

export type StatisticsBreakdownFragment = { dimension: string, label: string, cells: Array<{ key: string, label: string, count: number | null, display: string, suppressed: string | null }> };

export type ParticipantProjectFrameQueryVariables = Exact<{
  id: string;
}>;


export type ParticipantProjectFrameQuery = { project: { id: string, code: string, name: string, targetSize: number | null, myRoles: Array<Role>, organisations: Array<{ id: string, name: string, municipality: string }> } };

export type ProjectParticipantsQueryVariables = Exact<{
  projectId: string;
  colour?: Colour | null | undefined;
  municipality?: string | null | undefined;
  code?: string | null | undefined;
  take: number;
  skip: number;
  purpose: string;
}>;


export type ProjectParticipantsQuery = { participants: { totalCount: number, items: Array<{ id: string, code: string, municipality: string, gender: Gender, birthYear: number, ageGroup: AgeGroup, origin: Origin | null, monthsOnBenefit: number, longTermBenefit: boolean, matchGroup: number, enrolmentDate: string, colour: Colour | null, version: number, caseworker: { id: string, name: string } | null }> } };

export type ParticipantDetailsQueryVariables = Exact<{
  id: string;
  purpose: string;
}>;


export type ParticipantDetailsQuery = { participant: { profiles: Array<Profile>, motivation: Motivation | null, caseFocus: CaseFocus | null, hasCpr: boolean, hasName: boolean, id: string, code: string, municipality: string, gender: Gender, birthYear: number, ageGroup: AgeGroup, origin: Origin | null, monthsOnBenefit: number, longTermBenefit: boolean, matchGroup: number, enrolmentDate: string, colour: Colour | null, version: number, caseworker: { id: string, name: string } | null, colourHistory: Array<{ from: Colour | null, to: Colour, reason: string, changedAt: string, changedBy: { id: string, name: string } | null }> } };

export type ParticipantCurrentQueryVariables = Exact<{
  id: string;
  purpose: string;
}>;


export type ParticipantCurrentQuery = { participant: { id: string, code: string, municipality: string, gender: Gender, birthYear: number, ageGroup: AgeGroup, origin: Origin | null, monthsOnBenefit: number, longTermBenefit: boolean, matchGroup: number, enrolmentDate: string, colour: Colour | null, version: number, caseworker: { id: string, name: string } | null } };

export type RevealParticipantIdentityMutationVariables = Exact<{
  input: RevealIdentityInput;
}>;


export type RevealParticipantIdentityMutation = { revealParticipantIdentity: { code: string, name: string | null, cpr: string | null } };

export type FindParticipantByCprMutationVariables = Exact<{
  input: FindByCprInput;
}>;


export type FindParticipantByCprMutation = { findParticipantByCpr: { id: string, code: string, municipality: string, colour: Colour | null } | null };

export type ChangeParticipantColourMutationVariables = Exact<{
  input: ChangeColourInput;
}>;


export type ChangeParticipantColourMutation = { changeParticipantColour: { id: string, code: string, municipality: string, gender: Gender, birthYear: number, ageGroup: AgeGroup, origin: Origin | null, monthsOnBenefit: number, longTermBenefit: boolean, matchGroup: number, enrolmentDate: string, colour: Colour | null, version: number, caseworker: { id: string, name: string } | null, colourHistory: Array<{ from: Colour | null, to: Colour, reason: string, changedAt: string, changedBy: { id: string, name: string } | null }> } };

export type ClassifyParticipantMutationVariables = Exact<{
  input: ClassifyParticipantInput;
}>;


export type ClassifyParticipantMutation = { classifyParticipant: { id: string, profiles: Array<Profile>, motivation: Motivation | null, caseFocus: CaseFocus | null, version: number } };

export type AssignParticipantCaseworkerMutationVariables = Exact<{
  input: AssignCaseworkerInput;
}>;


export type AssignParticipantCaseworkerMutation = { assignCaseworker: { id: string, version: number, caseworker: { id: string, name: string } | null } };

export type PreviewParticipantImportMutationVariables = Exact<{
  input: ParticipantImportInput;
}>;


export type PreviewParticipantImportMutation = { previewParticipantImport: { fileName: string, rowCount: number, newCount: number, errors: Array<{ row: number, column: string | null, message: string }>, breakdowns: Array<{ dimension: string, label: string, cells: Array<{ key: string, label: string, count: number | null, display: string, suppressed: string | null }> }> } };

export type ImportParticipantsMutationVariables = Exact<{
  input: ParticipantImportInput;
}>;


export type ImportParticipantsMutation = { importParticipants: { added: number, firstCode: string, lastCode: string } };

export type ProjectParticipantStatisticsQueryVariables = Exact<{
  projectId: string;
}>;


export type ProjectParticipantStatisticsQuery = { participantStatistics: { total: number | null, totalDisplay: string, targetSize: number | null, suppressed: boolean, warnings: Array<string>, breakdowns: Array<{ dimension: string, label: string, cells: Array<{ key: string, label: string, count: number | null, display: string, suppressed: string | null }> }> } };

export type AccessLogEntriesQueryVariables = Exact<{
  userId?: string | null | undefined;
  participantId?: string | null | undefined;
  projectId?: string | null | undefined;
  action?: string | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
  take: number;
  skip: number;
}>;


export type AccessLogEntriesQuery = { accessLog: { totalCount: number, items: Array<{ id: string, at: string, action: string, projectId: string | null, participantId: string | null, participantCode: string | null, purpose: string, criterion: string | null, requestId: string, user: { id: string, name: string } }> } };

export type AccessLogFilterOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type AccessLogFilterOptionsQuery = { users: Array<{ id: string, name: string, email: string }>, projects: { items: Array<{ id: string, code: string, name: string }> } };

export type ParticipantAccessExtractQueryVariables = Exact<{
  participantId: string;
}>;


export type ParticipantAccessExtractQuery = { participantAccessExtract: Array<{ at: string, action: string, purpose: string }> };

export type AccessLogRetentionQueryVariables = Exact<{ [key: string]: never; }>;


export type AccessLogRetentionQuery = { accessLogRetentionDays: number };

export type SetAccessLogRetentionMutationVariables = Exact<{
  days: number;
}>;


export type SetAccessLogRetentionMutation = { setAccessLogRetentionDays: number };

export type ProjectsQueryVariables = Exact<{
  take?: number | null | undefined;
  skip?: number | null | undefined;
}>;


export type ProjectsQuery = { projects: { totalCount: number, items: Array<{ id: string, code: string, name: string, startDate: string, endDate: string, status: ProjectStatus, targetSize: number | null, myRoles: Array<Role>, organisations: Array<{ id: string, name: string }>, budget: { id: string, totals: { income: string, expense: string, balanced: boolean } } | null }> } };

export type BudgetLineRowFragment = { id: string, side: BudgetSide, name: string, category: string | null, note: string | null, sortOrder: number, version: number, total: string, amounts: Array<{ year: number, amount: string }> };

export type ProjectBudgetQueryVariables = Exact<{
  id: string;
}>;


export type ProjectBudgetQuery = { project: { id: string, code: string, name: string, description: string, startDate: string, endDate: string, status: ProjectStatus, targetSize: number | null, funding: string, myRoles: Array<Role>, organisations: Array<{ id: string, name: string, municipality: string }>, competencePools: Array<{ id: string, name: string, amount: string, description: string }>, budgets: Array<{ id: string, name: string, priceLevelYear: number | null, startYear: number, endYear: number, years: Array<number>, status: BudgetStatus, note: string, version: number, lines: Array<{ id: string, side: BudgetSide, name: string, category: string | null, note: string | null, sortOrder: number, version: number, total: string, amounts: Array<{ year: number, amount: string }> }>, totals: { income: string, expense: string, difference: string, balanced: boolean, years: Array<{ year: number, income: string, expense: string, difference: string, balanced: boolean }> } }> } };

export const AccessTokenFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccessTokenFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}}]}}]} as unknown as DocumentNode<AccessTokenFieldsFragment, unknown>;
export const CurrentUserFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CurrentUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"globalRoles"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CurrentUserFragment, unknown>;
export const BudgetChangeFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BudgetChangeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BudgetChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requiresApproval"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"grantText"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionComment"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lineId"}},{"kind":"Field","name":{"kind":"Name","value":"lineName"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"delta"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]} as unknown as DocumentNode<BudgetChangeFieldsFragment, unknown>;
export const BudgetLineRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BudgetLineRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BudgetLine"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"side"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"sortOrder"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"amounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]} as unknown as DocumentNode<BudgetLineRowFragment, unknown>;
export const PlannerLineFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlannerLine"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BudgetLine"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BudgetLineRow"}},{"kind":"Field","name":{"kind":"Name","value":"originalAmounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"originalTotal"}},{"kind":"Field","name":{"kind":"Name","value":"driver"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"plannedQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitRate"}},{"kind":"Field","name":{"kind":"Name","value":"plannedUnitCost"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BudgetLineRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BudgetLine"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"side"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"sortOrder"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"amounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]} as unknown as DocumentNode<PlannerLineFragment, unknown>;
export const PlannerTotalsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlannerTotals"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BudgetTotals"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"income"}},{"kind":"Field","name":{"kind":"Name","value":"expense"}},{"kind":"Field","name":{"kind":"Name","value":"difference"}},{"kind":"Field","name":{"kind":"Name","value":"balanced"}},{"kind":"Field","name":{"kind":"Name","value":"years"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"income"}},{"kind":"Field","name":{"kind":"Name","value":"expense"}},{"kind":"Field","name":{"kind":"Name","value":"difference"}},{"kind":"Field","name":{"kind":"Name","value":"balanced"}}]}}]}}]} as unknown as DocumentNode<PlannerTotalsFragment, unknown>;
export const FollowUpLineFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FollowUpLineFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BudgetFollowUpLine"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lineId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"side"}},{"kind":"Field","name":{"kind":"Name","value":"original"}},{"kind":"Field","name":{"kind":"Name","value":"corrected"}},{"kind":"Field","name":{"kind":"Name","value":"spent"}},{"kind":"Field","name":{"kind":"Name","value":"rest"}},{"kind":"Field","name":{"kind":"Name","value":"spentPercent"}},{"kind":"Field","name":{"kind":"Name","value":"activityPercent"}},{"kind":"Field","name":{"kind":"Name","value":"driverUnit"}},{"kind":"Field","name":{"kind":"Name","value":"plannedQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"plannedUnitCost"}},{"kind":"Field","name":{"kind":"Name","value":"actualUnitCost"}},{"kind":"Field","name":{"kind":"Name","value":"burnRatePerMonth"}},{"kind":"Field","name":{"kind":"Name","value":"forecast"}},{"kind":"Field","name":{"kind":"Name","value":"forecastMethod"}},{"kind":"Field","name":{"kind":"Name","value":"forecastExplanation"}},{"kind":"Field","name":{"kind":"Name","value":"deviation"}},{"kind":"Field","name":{"kind":"Name","value":"rag"}},{"kind":"Field","name":{"kind":"Name","value":"ragReason"}}]}}]} as unknown as DocumentNode<FollowUpLineFieldsFragment, unknown>;
export const FollowUpTotalsFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FollowUpTotalsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BudgetFollowUpTotals"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"side"}},{"kind":"Field","name":{"kind":"Name","value":"original"}},{"kind":"Field","name":{"kind":"Name","value":"corrected"}},{"kind":"Field","name":{"kind":"Name","value":"spent"}},{"kind":"Field","name":{"kind":"Name","value":"rest"}},{"kind":"Field","name":{"kind":"Name","value":"spentPercent"}},{"kind":"Field","name":{"kind":"Name","value":"forecast"}},{"kind":"Field","name":{"kind":"Name","value":"deviation"}},{"kind":"Field","name":{"kind":"Name","value":"rag"}},{"kind":"Field","name":{"kind":"Name","value":"ragReason"}}]}}]} as unknown as DocumentNode<FollowUpTotalsFieldsFragment, unknown>;
export const PostingRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PostingRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Posting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lineId"}},{"kind":"Field","name":{"kind":"Name","value":"lineName"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"voucher"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"importId"}},{"kind":"Field","name":{"kind":"Name","value":"reversesPostingId"}},{"kind":"Field","name":{"kind":"Name","value":"reversedById"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PostingRowFragment, unknown>;
export const CompetenceActivityRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompetenceActivityRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CompetenceActivity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroup"}},{"kind":"Field","name":{"kind":"Name","value":"plannedCost"}},{"kind":"Field","name":{"kind":"Name","value":"plannedParticipants"}},{"kind":"Field","name":{"kind":"Name","value":"plannedDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"actualParticipants"}},{"kind":"Field","name":{"kind":"Name","value":"actualCost"}},{"kind":"Field","name":{"kind":"Name","value":"plannedCostPerParticipant"}},{"kind":"Field","name":{"kind":"Name","value":"actualCostPerParticipant"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<CompetenceActivityRowFragment, unknown>;
export const FlowConversationFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FlowConversation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Conversation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"holderKind"}},{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scheduledDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"heldDate"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<FlowConversationFragment, unknown>;
export const FlowPreparationFormFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FlowPreparationForm"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PreparationForm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"Field","name":{"kind":"Name","value":"wishes"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<FlowPreparationFormFragment, unknown>;
export const FlowPlanItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FlowPlanItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionPlanItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"intervention"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"area"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responsibleUnit"}},{"kind":"Field","name":{"kind":"Name","value":"startMonth"}},{"kind":"Field","name":{"kind":"Name","value":"endMonth"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"jobOrEducationAim"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<FlowPlanItemFragment, unknown>;
export const FlowOutcomeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FlowOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Outcome"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}}]}}]} as unknown as DocumentNode<FlowOutcomeFragment, unknown>;
export const FlowTimelineFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FlowTimeline"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Participant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"colour"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"colourHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"changedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conversations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FlowConversation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"preparationForm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FlowPreparationForm"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FlowPlanItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FlowOutcome"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FlowConversation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Conversation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"holderKind"}},{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scheduledDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"heldDate"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FlowPreparationForm"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PreparationForm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"Field","name":{"kind":"Name","value":"wishes"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FlowPlanItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionPlanItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"intervention"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"area"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responsibleUnit"}},{"kind":"Field","name":{"kind":"Name","value":"startMonth"}},{"kind":"Field","name":{"kind":"Name","value":"endMonth"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"jobOrEducationAim"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FlowOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Outcome"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}}]}}]} as unknown as DocumentNode<FlowTimelineFragment, unknown>;
export const FlowInterventionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FlowIntervention"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Intervention"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"supplier"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"unitCost"}},{"kind":"Field","name":{"kind":"Name","value":"profiles"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]} as unknown as DocumentNode<FlowInterventionFragment, unknown>;
export const FlowAlertFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FlowAlert"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanAlert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"participantId"}},{"kind":"Field","name":{"kind":"Name","value":"participantCode"}},{"kind":"Field","name":{"kind":"Name","value":"interventionName"}},{"kind":"Field","name":{"kind":"Name","value":"reportedByUnit"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"followUp"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}}]}}]} as unknown as DocumentNode<FlowAlertFragment, unknown>;
export const FlowTeamMemberFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FlowTeamMember"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TeamMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"competence"}},{"kind":"Field","name":{"kind":"Name","value":"adHoc"}},{"kind":"Field","name":{"kind":"Name","value":"budgetLineId"}}]}}]} as unknown as DocumentNode<FlowTeamMemberFragment, unknown>;
export const FlowMeetingFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FlowMeeting"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TeamMeeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"maxItems"}},{"kind":"Field","name":{"kind":"Name","value":"minutesPerItem"}},{"kind":"Field","name":{"kind":"Name","value":"neededCompetences"}},{"kind":"Field","name":{"kind":"Name","value":"invited"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FlowTeamMember"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participantId"}},{"kind":"Field","name":{"kind":"Name","value":"participantCode"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"Field","name":{"kind":"Name","value":"present"}},{"kind":"Field","name":{"kind":"Name","value":"recommendations"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FlowTeamMember"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TeamMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"competence"}},{"kind":"Field","name":{"kind":"Name","value":"adHoc"}},{"kind":"Field","name":{"kind":"Name","value":"budgetLineId"}}]}}]} as unknown as DocumentNode<FlowMeetingFragment, unknown>;
export const ParticipantListItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParticipantListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Participant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"birthYear"}},{"kind":"Field","name":{"kind":"Name","value":"ageGroup"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"monthsOnBenefit"}},{"kind":"Field","name":{"kind":"Name","value":"longTermBenefit"}},{"kind":"Field","name":{"kind":"Name","value":"matchGroup"}},{"kind":"Field","name":{"kind":"Name","value":"enrolmentDate"}},{"kind":"Field","name":{"kind":"Name","value":"colour"}},{"kind":"Field","name":{"kind":"Name","value":"caseworker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ParticipantListItemFragment, unknown>;
export const ParticipantColourHistoryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParticipantColourHistory"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Participant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"colourHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"changedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}}]}}]}}]} as unknown as DocumentNode<ParticipantColourHistoryFragment, unknown>;
export const ParticipantDetailFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParticipantDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Participant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParticipantListItem"}},{"kind":"Field","name":{"kind":"Name","value":"profiles"}},{"kind":"Field","name":{"kind":"Name","value":"motivation"}},{"kind":"Field","name":{"kind":"Name","value":"caseFocus"}},{"kind":"Field","name":{"kind":"Name","value":"hasCpr"}},{"kind":"Field","name":{"kind":"Name","value":"hasName"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParticipantColourHistory"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParticipantListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Participant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"birthYear"}},{"kind":"Field","name":{"kind":"Name","value":"ageGroup"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"monthsOnBenefit"}},{"kind":"Field","name":{"kind":"Name","value":"longTermBenefit"}},{"kind":"Field","name":{"kind":"Name","value":"matchGroup"}},{"kind":"Field","name":{"kind":"Name","value":"enrolmentDate"}},{"kind":"Field","name":{"kind":"Name","value":"colour"}},{"kind":"Field","name":{"kind":"Name","value":"caseworker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParticipantColourHistory"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Participant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"colourHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"changedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}}]}}]}}]} as unknown as DocumentNode<ParticipantDetailFragment, unknown>;
export const StatisticsBreakdownFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatisticsBreakdown"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Breakdown"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]} as unknown as DocumentNode<StatisticsBreakdownFragment, unknown>;
export const MyAccessTokensDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyAccessTokens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myAccessTokens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccessTokenFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccessTokenFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}}]}}]} as unknown as DocumentNode<MyAccessTokensQuery, MyAccessTokensQueryVariables>;
export const CreateAccessTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAccessToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAccessTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAccessToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"accessToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccessTokenFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccessTokenFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}}]}}]} as unknown as DocumentNode<CreateAccessTokenMutation, CreateAccessTokenMutationVariables>;
export const RevokeAccessTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeAccessToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeAccessToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccessTokenFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccessTokenFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}}]}}]} as unknown as DocumentNode<RevokeAccessTokenMutation, RevokeAccessTokenMutationVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CurrentUser"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CurrentUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"globalRoles"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CurrentUser"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CurrentUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"globalRoles"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const AdjustBudgetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdjustBudget"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdjustBudgetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adjustBudget"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BudgetChangeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BudgetChangeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BudgetChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requiresApproval"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"grantText"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionComment"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lineId"}},{"kind":"Field","name":{"kind":"Name","value":"lineName"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"delta"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]} as unknown as DocumentNode<AdjustBudgetMutation, AdjustBudgetMutationVariables>;
export const DecideBudgetChangeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideBudgetChange"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideBudgetChangeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideBudgetChange"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BudgetChangeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BudgetChangeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BudgetChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requiresApproval"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"grantText"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionComment"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lineId"}},{"kind":"Field","name":{"kind":"Name","value":"lineName"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"delta"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]} as unknown as DocumentNode<DecideBudgetChangeMutation, DecideBudgetChangeMutationVariables>;
export const ApproveBudgetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveBudget"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApproveBudgetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveBudget"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ApproveBudgetMutation, ApproveBudgetMutationVariables>;
export const BudgetFollowUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BudgetFollowUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"budgets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"side"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"originalTotal"}},{"kind":"Field","name":{"kind":"Name","value":"amounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"originalAmounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"income"}},{"kind":"Field","name":{"kind":"Name","value":"expense"}},{"kind":"Field","name":{"kind":"Name","value":"balanced"}}]}},{"kind":"Field","name":{"kind":"Name","value":"originalTotals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"income"}},{"kind":"Field","name":{"kind":"Name","value":"expense"}},{"kind":"Field","name":{"kind":"Name","value":"balanced"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BudgetChangeFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BudgetChangeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BudgetChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requiresApproval"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"grantText"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionComment"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lineId"}},{"kind":"Field","name":{"kind":"Name","value":"lineName"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"delta"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]} as unknown as DocumentNode<BudgetFollowUpQuery, BudgetFollowUpQueryVariables>;
export const BudgetPlannerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BudgetPlanner"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"approvalThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"myRoles"}},{"kind":"Field","name":{"kind":"Name","value":"budgets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"priceLevelYear"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"years"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlannerLine"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlannerTotals"}}]}},{"kind":"Field","name":{"kind":"Name","value":"originalTotals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlannerTotals"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"pendingChanges"},"name":{"kind":"Name","value":"changes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"PENDING"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BudgetChangeFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BudgetLineRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BudgetLine"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"side"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"sortOrder"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"amounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlannerLine"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BudgetLine"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BudgetLineRow"}},{"kind":"Field","name":{"kind":"Name","value":"originalAmounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"originalTotal"}},{"kind":"Field","name":{"kind":"Name","value":"driver"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"plannedQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitRate"}},{"kind":"Field","name":{"kind":"Name","value":"plannedUnitCost"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlannerTotals"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BudgetTotals"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"income"}},{"kind":"Field","name":{"kind":"Name","value":"expense"}},{"kind":"Field","name":{"kind":"Name","value":"difference"}},{"kind":"Field","name":{"kind":"Name","value":"balanced"}},{"kind":"Field","name":{"kind":"Name","value":"years"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"income"}},{"kind":"Field","name":{"kind":"Name","value":"expense"}},{"kind":"Field","name":{"kind":"Name","value":"difference"}},{"kind":"Field","name":{"kind":"Name","value":"balanced"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BudgetChangeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BudgetChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requiresApproval"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"grantText"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionComment"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lineId"}},{"kind":"Field","name":{"kind":"Name","value":"lineName"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"delta"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]} as unknown as DocumentNode<BudgetPlannerQuery, BudgetPlannerQueryVariables>;
export const BudgetHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BudgetHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"budgets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"side"}},{"kind":"Field","name":{"kind":"Name","value":"sortOrder"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BudgetChangeFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BudgetChangeFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BudgetChangeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BudgetChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requiresApproval"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"grantText"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionComment"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lineId"}},{"kind":"Field","name":{"kind":"Name","value":"lineName"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"delta"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]} as unknown as DocumentNode<BudgetHistoryQuery, BudgetHistoryQueryVariables>;
export const SetApprovalThresholdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetApprovalThreshold"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetApprovalThresholdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setApprovalThreshold"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"approvalThreshold"}}]}}]}}]} as unknown as DocumentNode<SetApprovalThresholdMutation, SetApprovalThresholdMutationVariables>;
export const PlannerFollowUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlannerFollowUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"budgets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"years"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"side"}},{"kind":"Field","name":{"kind":"Name","value":"sortOrder"}},{"kind":"Field","name":{"kind":"Name","value":"driver"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"plannedQuantity"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"rules"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FollowUpLineFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"income"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FollowUpTotalsFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expense"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FollowUpTotalsFields"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FollowUpLineFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BudgetFollowUpLine"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lineId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"side"}},{"kind":"Field","name":{"kind":"Name","value":"original"}},{"kind":"Field","name":{"kind":"Name","value":"corrected"}},{"kind":"Field","name":{"kind":"Name","value":"spent"}},{"kind":"Field","name":{"kind":"Name","value":"rest"}},{"kind":"Field","name":{"kind":"Name","value":"spentPercent"}},{"kind":"Field","name":{"kind":"Name","value":"activityPercent"}},{"kind":"Field","name":{"kind":"Name","value":"driverUnit"}},{"kind":"Field","name":{"kind":"Name","value":"plannedQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"plannedUnitCost"}},{"kind":"Field","name":{"kind":"Name","value":"actualUnitCost"}},{"kind":"Field","name":{"kind":"Name","value":"burnRatePerMonth"}},{"kind":"Field","name":{"kind":"Name","value":"forecast"}},{"kind":"Field","name":{"kind":"Name","value":"forecastMethod"}},{"kind":"Field","name":{"kind":"Name","value":"forecastExplanation"}},{"kind":"Field","name":{"kind":"Name","value":"deviation"}},{"kind":"Field","name":{"kind":"Name","value":"rag"}},{"kind":"Field","name":{"kind":"Name","value":"ragReason"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FollowUpTotalsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BudgetFollowUpTotals"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"side"}},{"kind":"Field","name":{"kind":"Name","value":"original"}},{"kind":"Field","name":{"kind":"Name","value":"corrected"}},{"kind":"Field","name":{"kind":"Name","value":"spent"}},{"kind":"Field","name":{"kind":"Name","value":"rest"}},{"kind":"Field","name":{"kind":"Name","value":"spentPercent"}},{"kind":"Field","name":{"kind":"Name","value":"forecast"}},{"kind":"Field","name":{"kind":"Name","value":"deviation"}},{"kind":"Field","name":{"kind":"Name","value":"rag"}},{"kind":"Field","name":{"kind":"Name","value":"ragReason"}}]}}]} as unknown as DocumentNode<PlannerFollowUpQuery, PlannerFollowUpQueryVariables>;
export const RecordActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordActivityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lineId"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}}]} as unknown as DocumentNode<RecordActivityMutation, RecordActivityMutationVariables>;
export const BudgetPostingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BudgetPostings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lineId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"take"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"skip"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"budgets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"years"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"side"}},{"kind":"Field","name":{"kind":"Name","value":"sortOrder"}},{"kind":"Field","name":{"kind":"Name","value":"driver"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"postings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lineId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lineId"}}},{"kind":"Argument","name":{"kind":"Name","value":"take"},"value":{"kind":"Variable","name":{"kind":"Name","value":"take"}}},{"kind":"Argument","name":{"kind":"Name","value":"skip"},"value":{"kind":"Variable","name":{"kind":"Name","value":"skip"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"sum"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PostingRow"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PostingRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Posting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lineId"}},{"kind":"Field","name":{"kind":"Name","value":"lineName"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"voucher"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"importId"}},{"kind":"Field","name":{"kind":"Name","value":"reversesPostingId"}},{"kind":"Field","name":{"kind":"Name","value":"reversedById"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<BudgetPostingsQuery, BudgetPostingsQueryVariables>;
export const AddPostingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddPosting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddPostingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addPosting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PostingRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PostingRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Posting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lineId"}},{"kind":"Field","name":{"kind":"Name","value":"lineName"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"voucher"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"importId"}},{"kind":"Field","name":{"kind":"Name","value":"reversesPostingId"}},{"kind":"Field","name":{"kind":"Name","value":"reversedById"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AddPostingMutation, AddPostingMutationVariables>;
export const ReversePostingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReversePosting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReversePostingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reversePosting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PostingRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PostingRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Posting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lineId"}},{"kind":"Field","name":{"kind":"Name","value":"lineName"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"voucher"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"importId"}},{"kind":"Field","name":{"kind":"Name","value":"reversesPostingId"}},{"kind":"Field","name":{"kind":"Name","value":"reversedById"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ReversePostingMutation, ReversePostingMutationVariables>;
export const PreviewPostingImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PreviewPostingImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PostingImportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previewPostingImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"encoding"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"newCount"}},{"kind":"Field","name":{"kind":"Name","value":"alreadyThereCount"}},{"kind":"Field","name":{"kind":"Name","value":"newTotal"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"voucher"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"lineId"}},{"kind":"Field","name":{"kind":"Name","value":"lineName"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"alreadyThere"}}]}}]}}]}}]} as unknown as DocumentNode<PreviewPostingImportMutation, PreviewPostingImportMutationVariables>;
export const ImportPostingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportPostings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PostingImportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importPostings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importId"}},{"kind":"Field","name":{"kind":"Name","value":"added"}},{"kind":"Field","name":{"kind":"Name","value":"alreadyThere"}},{"kind":"Field","name":{"kind":"Name","value":"addedTotal"}}]}}]}}]} as unknown as DocumentNode<ImportPostingsMutation, ImportPostingsMutationVariables>;
export const CompetencePlannerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompetencePlanner"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"myRoles"}},{"kind":"Field","name":{"kind":"Name","value":"competencePools"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"activities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompetenceActivityRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planned"}},{"kind":"Field","name":{"kind":"Name","value":"spent"}},{"kind":"Field","name":{"kind":"Name","value":"uncommitted"}},{"kind":"Field","name":{"kind":"Name","value":"plannedParticipants"}},{"kind":"Field","name":{"kind":"Name","value":"actualParticipants"}},{"kind":"Field","name":{"kind":"Name","value":"plannedCostPerParticipant"}},{"kind":"Field","name":{"kind":"Name","value":"actualCostPerParticipant"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompetenceActivityRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CompetenceActivity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroup"}},{"kind":"Field","name":{"kind":"Name","value":"plannedCost"}},{"kind":"Field","name":{"kind":"Name","value":"plannedParticipants"}},{"kind":"Field","name":{"kind":"Name","value":"plannedDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"actualParticipants"}},{"kind":"Field","name":{"kind":"Name","value":"actualCost"}},{"kind":"Field","name":{"kind":"Name","value":"plannedCostPerParticipant"}},{"kind":"Field","name":{"kind":"Name","value":"actualCostPerParticipant"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<CompetencePlannerQuery, CompetencePlannerQueryVariables>;
export const AddCompetenceActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddCompetenceActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddCompetenceActivityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addCompetenceActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompetenceActivityRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompetenceActivityRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CompetenceActivity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroup"}},{"kind":"Field","name":{"kind":"Name","value":"plannedCost"}},{"kind":"Field","name":{"kind":"Name","value":"plannedParticipants"}},{"kind":"Field","name":{"kind":"Name","value":"plannedDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"actualParticipants"}},{"kind":"Field","name":{"kind":"Name","value":"actualCost"}},{"kind":"Field","name":{"kind":"Name","value":"plannedCostPerParticipant"}},{"kind":"Field","name":{"kind":"Name","value":"actualCostPerParticipant"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<AddCompetenceActivityMutation, AddCompetenceActivityMutationVariables>;
export const RecordCompetenceActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordCompetenceActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordCompetenceActivityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordCompetenceActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompetenceActivityRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompetenceActivityRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CompetenceActivity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroup"}},{"kind":"Field","name":{"kind":"Name","value":"plannedCost"}},{"kind":"Field","name":{"kind":"Name","value":"plannedParticipants"}},{"kind":"Field","name":{"kind":"Name","value":"plannedDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"actualParticipants"}},{"kind":"Field","name":{"kind":"Name","value":"actualCost"}},{"kind":"Field","name":{"kind":"Name","value":"plannedCostPerParticipant"}},{"kind":"Field","name":{"kind":"Name","value":"actualCostPerParticipant"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<RecordCompetenceActivityMutation, RecordCompetenceActivityMutationVariables>;
export const FlowProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FlowProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"myRoles"}}]}}]}}]} as unknown as DocumentNode<FlowProjectQuery, FlowProjectQueryVariables>;
export const FlowOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FlowOverview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"overview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participantId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"colour"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"stageLabel"}},{"kind":"Field","name":{"kind":"Name","value":"nextStep"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}}]}}]}}]}}]} as unknown as DocumentNode<FlowOverviewQuery, FlowOverviewQueryVariables>;
export const FlowParticipantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FlowParticipant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"purpose"},"value":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FlowTimeline"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FlowConversation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Conversation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"holderKind"}},{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scheduledDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"heldDate"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FlowPreparationForm"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PreparationForm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"Field","name":{"kind":"Name","value":"wishes"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FlowPlanItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionPlanItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"intervention"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"area"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responsibleUnit"}},{"kind":"Field","name":{"kind":"Name","value":"startMonth"}},{"kind":"Field","name":{"kind":"Name","value":"endMonth"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"jobOrEducationAim"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FlowOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Outcome"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FlowTimeline"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Participant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"colour"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"colourHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"changedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conversations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FlowConversation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"preparationForm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FlowPreparationForm"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FlowPlanItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FlowOutcome"}}]}}]}}]} as unknown as DocumentNode<FlowParticipantQuery, FlowParticipantQueryVariables>;
export const FlowCatalogueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FlowCatalogue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"interventions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FlowIntervention"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FlowIntervention"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Intervention"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"supplier"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"unitCost"}},{"kind":"Field","name":{"kind":"Name","value":"profiles"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]} as unknown as DocumentNode<FlowCatalogueQuery, FlowCatalogueQueryVariables>;
export const FlowAlertsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FlowAlerts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"openOnly"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"alerts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"openOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"openOnly"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FlowAlert"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FlowAlert"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanAlert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"participantId"}},{"kind":"Field","name":{"kind":"Name","value":"participantCode"}},{"kind":"Field","name":{"kind":"Name","value":"interventionName"}},{"kind":"Field","name":{"kind":"Name","value":"reportedByUnit"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"followUp"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}}]}}]} as unknown as DocumentNode<FlowAlertsQuery, FlowAlertsQueryVariables>;
export const FlowMeetingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FlowMeetings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"teamMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FlowTeamMember"}}]}},{"kind":"Field","name":{"kind":"Name","value":"teamMeetings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FlowMeeting"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FlowTeamMember"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TeamMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"competence"}},{"kind":"Field","name":{"kind":"Name","value":"adHoc"}},{"kind":"Field","name":{"kind":"Name","value":"budgetLineId"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FlowMeeting"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TeamMeeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"maxItems"}},{"kind":"Field","name":{"kind":"Name","value":"minutesPerItem"}},{"kind":"Field","name":{"kind":"Name","value":"neededCompetences"}},{"kind":"Field","name":{"kind":"Name","value":"invited"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FlowTeamMember"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participantId"}},{"kind":"Field","name":{"kind":"Name","value":"participantCode"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"Field","name":{"kind":"Name","value":"present"}},{"kind":"Field","name":{"kind":"Name","value":"recommendations"}}]}}]}}]} as unknown as DocumentNode<FlowMeetingsQuery, FlowMeetingsQueryVariables>;
export const FlowCapacityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FlowCapacity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"capacityPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"citizens"}},{"kind":"Field","name":{"kind":"Name","value":"citizensSource"}},{"kind":"Field","name":{"kind":"Name","value":"conversationStart"}},{"kind":"Field","name":{"kind":"Name","value":"conversationEnd"}},{"kind":"Field","name":{"kind":"Name","value":"conversationWeeks"}},{"kind":"Field","name":{"kind":"Name","value":"conversationsPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"teamHours"}},{"kind":"Field","name":{"kind":"Name","value":"meetings"}},{"kind":"Field","name":{"kind":"Name","value":"citizensPerMeetingNeeded"}},{"kind":"Field","name":{"kind":"Name","value":"meetingCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"maxCitizensPerMeeting"}},{"kind":"Field","name":{"kind":"Name","value":"minutesPerCitizen"}},{"kind":"Field","name":{"kind":"Name","value":"meetingIntervalDays"}},{"kind":"Field","name":{"kind":"Name","value":"mismatches"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conversationPace"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weeks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekStart"}},{"kind":"Field","name":{"kind":"Name","value":"week"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"cumulative"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"onTrack"}}]}},{"kind":"Field","name":{"kind":"Name","value":"averagePerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"requiredPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"projectedFinish"}},{"kind":"Field","name":{"kind":"Name","value":"onTrack"}}]}},{"kind":"Field","name":{"kind":"Name","value":"milestones"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"responsible"}},{"kind":"Field","name":{"kind":"Name","value":"doneDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"targetPercent"}},{"kind":"Field","name":{"kind":"Name","value":"baselinePercent"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"display"}}]}}]}}]}}]} as unknown as DocumentNode<FlowCapacityQuery, FlowCapacityQueryVariables>;
export const FlowScheduleConversationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FlowScheduleConversation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleConversationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleConversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FlowConversation"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FlowConversation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Conversation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"holderKind"}},{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scheduledDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"heldDate"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<FlowScheduleConversationMutation, FlowScheduleConversationMutationVariables>;
export const FlowRecordConversationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FlowRecordConversation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordConversationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordConversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FlowConversation"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FlowConversation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Conversation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"holderKind"}},{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scheduledDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"heldDate"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<FlowRecordConversationMutation, FlowRecordConversationMutationVariables>;
export const FlowSavePreparationFormDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FlowSavePreparationForm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SavePreparationFormInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"savePreparationForm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FlowPreparationForm"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FlowPreparationForm"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PreparationForm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"Field","name":{"kind":"Name","value":"wishes"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<FlowSavePreparationFormMutation, FlowSavePreparationFormMutationVariables>;
export const FlowAddPlanItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FlowAddPlanItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddPlanItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addPlanItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FlowPlanItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FlowPlanItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionPlanItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"intervention"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"area"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responsibleUnit"}},{"kind":"Field","name":{"kind":"Name","value":"startMonth"}},{"kind":"Field","name":{"kind":"Name","value":"endMonth"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"jobOrEducationAim"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<FlowAddPlanItemMutation, FlowAddPlanItemMutationVariables>;
export const FlowSetPlanItemStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FlowSetPlanItemStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetPlanItemStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setPlanItemStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FlowPlanItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FlowPlanItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionPlanItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"intervention"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"area"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responsibleUnit"}},{"kind":"Field","name":{"kind":"Name","value":"startMonth"}},{"kind":"Field","name":{"kind":"Name","value":"endMonth"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"jobOrEducationAim"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<FlowSetPlanItemStatusMutation, FlowSetPlanItemStatusMutationVariables>;
export const FlowReportNonComplianceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FlowReportNonCompliance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportNonComplianceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportNonCompliance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FlowAlert"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FlowAlert"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanAlert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"participantId"}},{"kind":"Field","name":{"kind":"Name","value":"participantCode"}},{"kind":"Field","name":{"kind":"Name","value":"interventionName"}},{"kind":"Field","name":{"kind":"Name","value":"reportedByUnit"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"followUp"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}}]}}]} as unknown as DocumentNode<FlowReportNonComplianceMutation, FlowReportNonComplianceMutationVariables>;
export const FlowRecordOutcomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FlowRecordOutcome"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordOutcomeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordOutcome"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FlowOutcome"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FlowOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Outcome"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}}]}}]} as unknown as DocumentNode<FlowRecordOutcomeMutation, FlowRecordOutcomeMutationVariables>;
export const FlowResolvePlanAlertDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FlowResolvePlanAlert"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResolveAlertInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolvePlanAlert"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FlowAlert"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FlowAlert"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanAlert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"participantId"}},{"kind":"Field","name":{"kind":"Name","value":"participantCode"}},{"kind":"Field","name":{"kind":"Name","value":"interventionName"}},{"kind":"Field","name":{"kind":"Name","value":"reportedByUnit"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"followUp"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}}]}}]} as unknown as DocumentNode<FlowResolvePlanAlertMutation, FlowResolvePlanAlertMutationVariables>;
export const FlowAddInterventionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FlowAddIntervention"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddInterventionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addIntervention"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FlowIntervention"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FlowIntervention"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Intervention"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"supplier"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"unitCost"}},{"kind":"Field","name":{"kind":"Name","value":"profiles"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]} as unknown as DocumentNode<FlowAddInterventionMutation, FlowAddInterventionMutationVariables>;
export const FlowGenerateTeamMeetingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FlowGenerateTeamMeetings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"generateTeamMeetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}}]}]}}]} as unknown as DocumentNode<FlowGenerateTeamMeetingsMutation, FlowGenerateTeamMeetingsMutationVariables>;
export const FlowAddToAgendaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FlowAddToAgenda"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddToAgendaInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addToAgenda"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<FlowAddToAgendaMutation, FlowAddToAgendaMutationVariables>;
export const FlowHoldTeamMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FlowHoldTeamMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HoldMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holdTeamMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<FlowHoldTeamMeetingMutation, FlowHoldTeamMeetingMutationVariables>;
export const FlowCompleteMilestoneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FlowCompleteMilestone"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompleteMilestoneInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeMilestone"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"responsible"}},{"kind":"Field","name":{"kind":"Name","value":"doneDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<FlowCompleteMilestoneMutation, FlowCompleteMilestoneMutationVariables>;
export const ParticipantProjectFrameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ParticipantProjectFrame"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"targetSize"}},{"kind":"Field","name":{"kind":"Name","value":"myRoles"}},{"kind":"Field","name":{"kind":"Name","value":"organisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"}}]}}]}}]}}]} as unknown as DocumentNode<ParticipantProjectFrameQuery, ParticipantProjectFrameQueryVariables>;
export const ProjectParticipantsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectParticipants"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"colour"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Colour"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"municipality"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"take"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"skip"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"colour"},"value":{"kind":"Variable","name":{"kind":"Name","value":"colour"}}},{"kind":"Argument","name":{"kind":"Name","value":"municipality"},"value":{"kind":"Variable","name":{"kind":"Name","value":"municipality"}}},{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"take"},"value":{"kind":"Variable","name":{"kind":"Name","value":"take"}}},{"kind":"Argument","name":{"kind":"Name","value":"skip"},"value":{"kind":"Variable","name":{"kind":"Name","value":"skip"}}},{"kind":"Argument","name":{"kind":"Name","value":"purpose"},"value":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParticipantListItem"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParticipantListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Participant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"birthYear"}},{"kind":"Field","name":{"kind":"Name","value":"ageGroup"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"monthsOnBenefit"}},{"kind":"Field","name":{"kind":"Name","value":"longTermBenefit"}},{"kind":"Field","name":{"kind":"Name","value":"matchGroup"}},{"kind":"Field","name":{"kind":"Name","value":"enrolmentDate"}},{"kind":"Field","name":{"kind":"Name","value":"colour"}},{"kind":"Field","name":{"kind":"Name","value":"caseworker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ProjectParticipantsQuery, ProjectParticipantsQueryVariables>;
export const ParticipantDetailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ParticipantDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"purpose"},"value":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParticipantDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParticipantListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Participant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"birthYear"}},{"kind":"Field","name":{"kind":"Name","value":"ageGroup"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"monthsOnBenefit"}},{"kind":"Field","name":{"kind":"Name","value":"longTermBenefit"}},{"kind":"Field","name":{"kind":"Name","value":"matchGroup"}},{"kind":"Field","name":{"kind":"Name","value":"enrolmentDate"}},{"kind":"Field","name":{"kind":"Name","value":"colour"}},{"kind":"Field","name":{"kind":"Name","value":"caseworker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParticipantColourHistory"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Participant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"colourHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"changedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParticipantDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Participant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParticipantListItem"}},{"kind":"Field","name":{"kind":"Name","value":"profiles"}},{"kind":"Field","name":{"kind":"Name","value":"motivation"}},{"kind":"Field","name":{"kind":"Name","value":"caseFocus"}},{"kind":"Field","name":{"kind":"Name","value":"hasCpr"}},{"kind":"Field","name":{"kind":"Name","value":"hasName"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParticipantColourHistory"}}]}}]} as unknown as DocumentNode<ParticipantDetailsQuery, ParticipantDetailsQueryVariables>;
export const ParticipantCurrentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ParticipantCurrent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"purpose"},"value":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParticipantListItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParticipantListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Participant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"birthYear"}},{"kind":"Field","name":{"kind":"Name","value":"ageGroup"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"monthsOnBenefit"}},{"kind":"Field","name":{"kind":"Name","value":"longTermBenefit"}},{"kind":"Field","name":{"kind":"Name","value":"matchGroup"}},{"kind":"Field","name":{"kind":"Name","value":"enrolmentDate"}},{"kind":"Field","name":{"kind":"Name","value":"colour"}},{"kind":"Field","name":{"kind":"Name","value":"caseworker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ParticipantCurrentQuery, ParticipantCurrentQueryVariables>;
export const RevealParticipantIdentityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevealParticipantIdentity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevealIdentityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revealParticipantIdentity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"cpr"}}]}}]}}]} as unknown as DocumentNode<RevealParticipantIdentityMutation, RevealParticipantIdentityMutationVariables>;
export const FindParticipantByCprDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FindParticipantByCpr"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FindByCprInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"findParticipantByCpr"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"}},{"kind":"Field","name":{"kind":"Name","value":"colour"}}]}}]}}]} as unknown as DocumentNode<FindParticipantByCprMutation, FindParticipantByCprMutationVariables>;
export const ChangeParticipantColourDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeParticipantColour"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeColourInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeParticipantColour"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParticipantListItem"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParticipantColourHistory"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParticipantListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Participant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"birthYear"}},{"kind":"Field","name":{"kind":"Name","value":"ageGroup"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"monthsOnBenefit"}},{"kind":"Field","name":{"kind":"Name","value":"longTermBenefit"}},{"kind":"Field","name":{"kind":"Name","value":"matchGroup"}},{"kind":"Field","name":{"kind":"Name","value":"enrolmentDate"}},{"kind":"Field","name":{"kind":"Name","value":"colour"}},{"kind":"Field","name":{"kind":"Name","value":"caseworker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParticipantColourHistory"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Participant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"colourHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"changedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}}]}}]}}]} as unknown as DocumentNode<ChangeParticipantColourMutation, ChangeParticipantColourMutationVariables>;
export const ClassifyParticipantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClassifyParticipant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ClassifyParticipantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"classifyParticipant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"profiles"}},{"kind":"Field","name":{"kind":"Name","value":"motivation"}},{"kind":"Field","name":{"kind":"Name","value":"caseFocus"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ClassifyParticipantMutation, ClassifyParticipantMutationVariables>;
export const AssignParticipantCaseworkerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignParticipantCaseworker"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignCaseworkerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignCaseworker"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseworker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<AssignParticipantCaseworkerMutation, AssignParticipantCaseworkerMutationVariables>;
export const PreviewParticipantImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PreviewParticipantImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ParticipantImportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previewParticipantImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"newCount"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"breakdowns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsBreakdown"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatisticsBreakdown"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Breakdown"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]} as unknown as DocumentNode<PreviewParticipantImportMutation, PreviewParticipantImportMutationVariables>;
export const ImportParticipantsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportParticipants"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ParticipantImportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importParticipants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"added"}},{"kind":"Field","name":{"kind":"Name","value":"firstCode"}},{"kind":"Field","name":{"kind":"Name","value":"lastCode"}}]}}]}}]} as unknown as DocumentNode<ImportParticipantsMutation, ImportParticipantsMutationVariables>;
export const ProjectParticipantStatisticsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectParticipantStatistics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participantStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"totalDisplay"}},{"kind":"Field","name":{"kind":"Name","value":"targetSize"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"breakdowns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsBreakdown"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatisticsBreakdown"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Breakdown"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]} as unknown as DocumentNode<ProjectParticipantStatisticsQuery, ProjectParticipantStatisticsQueryVariables>;
export const AccessLogEntriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessLogEntries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"participantId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"action"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"take"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"skip"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}},{"kind":"Argument","name":{"kind":"Name","value":"participantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"participantId"}}},{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"action"},"value":{"kind":"Variable","name":{"kind":"Name","value":"action"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"take"},"value":{"kind":"Variable","name":{"kind":"Name","value":"take"}}},{"kind":"Argument","name":{"kind":"Name","value":"skip"},"value":{"kind":"Variable","name":{"kind":"Name","value":"skip"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"participantId"}},{"kind":"Field","name":{"kind":"Name","value":"participantCode"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"criterion"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}}]}}]}}]} as unknown as DocumentNode<AccessLogEntriesQuery, AccessLogEntriesQueryVariables>;
export const AccessLogFilterOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessLogFilterOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"take"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"skip"},"value":{"kind":"IntValue","value":"0"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AccessLogFilterOptionsQuery, AccessLogFilterOptionsQueryVariables>;
export const ParticipantAccessExtractDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ParticipantAccessExtract"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"participantId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participantAccessExtract"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"participantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"participantId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}}]}}]}}]} as unknown as DocumentNode<ParticipantAccessExtractQuery, ParticipantAccessExtractQueryVariables>;
export const AccessLogRetentionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessLogRetention"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessLogRetentionDays"}}]}}]} as unknown as DocumentNode<AccessLogRetentionQuery, AccessLogRetentionQueryVariables>;
export const SetAccessLogRetentionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetAccessLogRetention"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"days"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setAccessLogRetentionDays"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"days"},"value":{"kind":"Variable","name":{"kind":"Name","value":"days"}}}]}]}}]} as unknown as DocumentNode<SetAccessLogRetentionMutation, SetAccessLogRetentionMutationVariables>;
export const ProjectsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Projects"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"take"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"skip"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"take"},"value":{"kind":"Variable","name":{"kind":"Name","value":"take"}}},{"kind":"Argument","name":{"kind":"Name","value":"skip"},"value":{"kind":"Variable","name":{"kind":"Name","value":"skip"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"targetSize"}},{"kind":"Field","name":{"kind":"Name","value":"myRoles"}},{"kind":"Field","name":{"kind":"Name","value":"organisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"income"}},{"kind":"Field","name":{"kind":"Name","value":"expense"}},{"kind":"Field","name":{"kind":"Name","value":"balanced"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProjectsQuery, ProjectsQueryVariables>;
export const ProjectBudgetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectBudget"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"targetSize"}},{"kind":"Field","name":{"kind":"Name","value":"funding"}},{"kind":"Field","name":{"kind":"Name","value":"myRoles"}},{"kind":"Field","name":{"kind":"Name","value":"organisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"}}]}},{"kind":"Field","name":{"kind":"Name","value":"competencePools"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"budgets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"priceLevelYear"}},{"kind":"Field","name":{"kind":"Name","value":"startYear"}},{"kind":"Field","name":{"kind":"Name","value":"endYear"}},{"kind":"Field","name":{"kind":"Name","value":"years"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BudgetLineRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"income"}},{"kind":"Field","name":{"kind":"Name","value":"expense"}},{"kind":"Field","name":{"kind":"Name","value":"difference"}},{"kind":"Field","name":{"kind":"Name","value":"balanced"}},{"kind":"Field","name":{"kind":"Name","value":"years"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"income"}},{"kind":"Field","name":{"kind":"Name","value":"expense"}},{"kind":"Field","name":{"kind":"Name","value":"difference"}},{"kind":"Field","name":{"kind":"Name","value":"balanced"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BudgetLineRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BudgetLine"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"side"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"sortOrder"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"amounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]} as unknown as DocumentNode<ProjectBudgetQuery, ProjectBudgetQueryVariables>;