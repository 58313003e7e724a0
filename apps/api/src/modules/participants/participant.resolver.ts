import { Allow } from "../../common/allow.js";
import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { requirePurpose } from "../../common/validation.js";
import type { Context } from "../../context.js";
import { accessExtract, accessLog, readRetentionDays, setRetentionDays } from "./access-log.service.js";
import { importParticipants, previewParticipantImport } from "./participant-import.service.js";
import { participantStatistics } from "./participant-statistics.service.js";
import {
  assignCaseworker,
  changeColour,
  classifyParticipant,
  colourHistory,
  findByCpr,
  getParticipant,
  listParticipants,
  revealIdentity,
} from "./participant.service.js";
import { AccessExtractEntryType, AccessLogArgs, AccessLogPageType } from "./access-log.types.js";
import { ParticipantImportInput, ParticipantImportPreviewType, ParticipantImportResultType } from "./participant-import.types.js";
import { ParticipantStatisticsType } from "./participant-statistics.types.js";
import {
  AssignCaseworkerInput,
  ChangeColourInput,
  ClassifyParticipantInput,
  ColourChangeType,
  FindByCprInput,
  ParticipantIdentityType,
  ParticipantListArgs,
  ParticipantListType,
  ParticipantType,
  RevealIdentityInput,
} from "./participant.types.js";

@Resolver(() => ParticipantType)
export class ParticipantResolver {
  @Allow("participant.read")
  @Query(() => ParticipantListType, {
    description: "Projektets deltagere (tovholder: alle; sagsbehandler: egne). Hver viste deltager logges i adgangsloggen med formålet.",
  })
  participants(@Ctx() ctx: Context, @Args(() => ParticipantListArgs) args: ParticipantListArgs): Promise<ParticipantListType> {
    return listParticipants(ctx, args);
  }

  @Allow("participant.read")
  @Query(() => ParticipantType, { description: "Én deltager; visningen logges med formålet." })
  participant(
    @Ctx() ctx: Context,
    @Arg("id", () => ID, { description: "Deltagerens id." }) id: string,
    @Arg("purpose", () => String, { defaultValue: "Opfølgning på borgerens forløb", description: "Formålet med visningen (logges)." }) purpose: string,
  ): Promise<ParticipantType> {
    return getParticipant(ctx, id, requirePurpose(purpose));
  }

  @Allow("participant.read")
  @FieldResolver(() => [ColourChangeType], { description: "Farvehistorikken, nyeste først." })
  colourHistory(@Ctx() ctx: Context, @Root() participant: ParticipantType): Promise<ColourChangeType[]> {
    return colourHistory(ctx, participant);
  }

  @Allow("participant.reveal")
  @Mutation(() => ParticipantIdentityType, { description: "Vis navn og CPR-nummer for én deltager; kræver et formål og logges (REVEAL)." })
  revealParticipantIdentity(
    @Ctx() ctx: Context,
    @Arg("input", () => RevealIdentityInput, {
      description: "Deltageren og formålet med at se navn og CPR-nummer.",
    })
    input: RevealIdentityInput,
  ): Promise<ParticipantIdentityType> {
    return revealIdentity(ctx, input, ctx.deps.cipher);
  }

  @Allow("participant.reveal")
  @Mutation(() => ParticipantType, {
    nullable: true,
    description: "Find en deltager på CPR-nummer (præcis søgning på den nøglede hash). Søgningen logges uden selve nummeret.",
  })
  findParticipantByCpr(
    @Ctx() ctx: Context,
    @Arg("input", () => FindByCprInput, { description: "Projektet, CPR-nummeret og formålet med søgningen." }) input: FindByCprInput,
  ): Promise<ParticipantType | null> {
    return findByCpr(ctx, input, ctx.deps.cipher);
  }

  @Allow("participant.assign")
  @Mutation(() => ParticipantType, { description: "Skift en deltagers farve med begrundelse; historikken gemmes. Forældet version giver CONFLICT." })
  changeParticipantColour(
    @Ctx() ctx: Context,
    @Arg("input", () => ChangeColourInput, {
      description: "Deltageren, den nye farve, begrundelsen og deltagerens version.",
    })
    input: ChangeColourInput,
  ): Promise<ParticipantType> {
    return changeColour(ctx, input);
  }

  @Allow("participant.edit")
  @Mutation(() => ParticipantType, { description: "Sæt profiler, motivation og sagsarbejdets fokus." })
  classifyParticipant(
    @Ctx() ctx: Context,
    @Arg("input", () => ClassifyParticipantInput, {
      description: "Deltageren, profilerne, motivation, fokus og deltagerens version.",
    })
    input: ClassifyParticipantInput,
  ): Promise<ParticipantType> {
    return classifyParticipant(ctx, input);
  }

  @Allow("participant.assign")
  @Mutation(() => ParticipantType, { description: "Tildel (eller fjern) en sagsbehandler." })
  assignCaseworker(
    @Ctx() ctx: Context,
    @Arg("input", () => AssignCaseworkerInput, {
      description: "Deltageren, sagsbehandleren (null fjerner) og deltagerens version.",
    })
    input: AssignCaseworkerInput,
  ): Promise<ParticipantType> {
    return assignCaseworker(ctx, input);
  }

  @Allow("participant.import")
  @Mutation(() => ParticipantImportPreviewType, { description: "Læs en målgruppefil og vis fejl og fordelinger. Skriver intet." })
  previewParticipantImport(
    @Ctx() ctx: Context,
    @Arg("input", () => ParticipantImportInput, {
      description: "Projektet og målgruppefilen (base64-kodet).",
    })
    input: ParticipantImportInput,
  ): Promise<ParticipantImportPreviewType> {
    return previewParticipantImport(ctx, input, ctx.deps.cipher);
  }

  @Allow("participant.import")
  @Mutation(() => ParticipantImportResultType, { description: "Importér målgruppen: alt eller intet; hver oprettet deltager logges." })
  importParticipants(
    @Ctx() ctx: Context,
    @Arg("input", () => ParticipantImportInput, {
      description: "Projektet og målgruppefilen (base64-kodet), typisk den samme som i previewParticipantImport.",
    })
    input: ParticipantImportInput,
  ): Promise<ParticipantImportResultType> {
    return importParticipants(ctx, input, ctx.deps.cipher);
  }

  @Allow("participant.statistics")
  @Query(() => ParticipantStatisticsType, {
    description:
      'Samlede tal for projektets deltagere. For styregruppe og ledere pr. seneste månedsafslutning, afrundet til nærmeste 5, og tal under 5 vises som "<5".',
  })
  participantStatistics(
    @Ctx() ctx: Context,
    @Arg("projectId", () => ID, { description: "Projektet." }) projectId: string,
    @Arg("asOf", () => String, {
      nullable: true,
      description: "ÅÅÅÅ-MM-DD: fordelingen, som den var den dag (fx screeningsdatoen = udgangspunktet); standard er nu.",
    })
    asOf?: string | null,
  ): Promise<ParticipantStatisticsType> {
    return participantStatistics(ctx, projectId, asOf);
  }

  @Allow("accessLog.read")
  @Query(() => AccessLogPageType, { description: "Adgangsloggen med filtre (kun ADMIN)." })
  accessLog(@Ctx() ctx: Context, @Args(() => AccessLogArgs) args: AccessLogArgs): Promise<AccessLogPageType> {
    return accessLog(ctx, args);
  }

  @Allow("accessLog.read")
  @Query(() => [AccessExtractEntryType], { description: "Udtræk til en borger: hvornår og hvorfor borgerens data er brugt (kun ADMIN)." })
  participantAccessExtract(
    @Ctx() ctx: Context,
    @Arg("participantId", () => ID, { description: "Deltageren." }) participantId: string,
  ): Promise<AccessExtractEntryType[]> {
    return accessExtract(ctx, participantId);
  }

  @Allow("accessLog.read")
  @Query(() => Int, { description: "Hvor mange dage adgangsloggen gemmes, før den automatisk slettes." })
  accessLogRetentionDays(@Ctx() ctx: Context): Promise<number> {
    return readRetentionDays(ctx);
  }

  @Allow("accessLog.manage")
  @Mutation(() => Int, { description: "Sæt opbevaringstiden for adgangsloggen i dage (30–36.500)." })
  setAccessLogRetentionDays(@Ctx() ctx: Context, @Arg("days", () => Int, { description: "Antal dage." }) days: number): Promise<number> {
    return setRetentionDays(ctx, days);
  }
}
