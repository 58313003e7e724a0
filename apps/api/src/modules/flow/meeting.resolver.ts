import { Allow } from "../../common/allow.js";
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from "type-graphql";
import type { Context } from "../../context.js";
import { ParticipantType } from "../participants/participant.types.js";
import { ProjectType } from "../projects/project.types.js";
import { participantConversations, preparationForm, recordConversation, savePreparationForm, scheduleConversation } from "./conversation.service.js";
import { ConversationType, PreparationFormType, RecordConversationInput, SavePreparationFormInput, ScheduleConversationInput } from "./conversation.types.js";
import { addToAgenda, generateMeetings, holdMeeting, openMeetings, participantAgenda, projectMeetings } from "./meeting.service.js";
import { addTeamMember, endTeamMember, teamMembers, updateTeamMember } from "./team.service.js";
import {
  AddTeamMemberInput,
  AddToAgendaInput,
  EndedTeamMemberType,
  EndTeamMemberInput,
  HoldMeetingInput,
  OpenTeamMeetingType,
  ParticipantAgendaEntryType,
  TeamMeetingType,
  TeamMemberType,
  UpdateTeamMemberInput,
} from "./meeting.types.js";

@Resolver(() => ProjectType)
export class TeamResolver {
  @Allow("project.read")
  @FieldResolver(() => [TeamMemberType], {
    description:
      "Det tværfaglige team og ressourcenetværket: de nuværende medlemmer først (kerneteamet før netværket, efter navn), så de afsluttede, når de ønskes.",
  })
  teamMembers(
    @Ctx() ctx: Context,
    @Root() project: ProjectType,
    @Arg("includeEnded", () => Boolean, { defaultValue: false, description: "Tag også medlemmer med, hvis medlemskab er afsluttet (efter de nuværende)." })
    includeEnded: boolean,
  ): Promise<TeamMemberType[]> {
    return teamMembers(ctx, project.id, includeEnded);
  }

  @Allow("meeting.read")
  @FieldResolver(() => [TeamMeetingType], {
    description: "Teammøderne. Tovholderen ser alle; et teammedlem kun dem, det er indkaldt til, med deltagerkode, temaer og anbefalinger. Visningen logges.",
  })
  teamMeetings(@Ctx() ctx: Context, @Root() project: ProjectType): Promise<TeamMeetingType[]> {
    return projectMeetings(ctx, project.id);
  }

  @Allow("team.run")
  @FieldResolver(() => [OpenTeamMeetingType], {
    description: "De planlagte teammøder, en borger kan sættes på (dato og pladser, uden borgerne på dagsordenen), fra datoen (standard: alle).",
  })
  openTeamMeetings(
    @Ctx() ctx: Context,
    @Root() project: ProjectType,
    @Arg("from", () => String, { nullable: true, description: "Første dato (ÅÅÅÅ-MM-DD); uden: alle planlagte møder." }) from: string | null,
  ): Promise<OpenTeamMeetingType[]> {
    return openMeetings(ctx, project.id, from ?? null);
  }

  @Allow("team.run")
  @Mutation(() => TeamMemberType, {
    description: "Tilføj et medlem til teamet. Et login skal være en bruger i projektets rolle TEAM_MEMBER; ellers BAD_USER_INPUT.",
  })
  addTeamMember(
    @Ctx() ctx: Context,
    @Arg("input", () => AddTeamMemberInput, { description: "Medlemmet." }) input: AddTeamMemberInput,
  ): Promise<TeamMemberType> {
    return addTeamMember(ctx, input);
  }

  @Allow("team.run")
  @Mutation(() => TeamMemberType, {
    description: "Ret et medlem af teamet (navn, titel, kompetence, kerneteam/netværk, budgetlinje og login). CONFLICT, når medlemmet er ændret siden.",
  })
  updateTeamMember(
    @Ctx() ctx: Context,
    @Arg("input", () => UpdateTeamMemberInput, { description: "Medlemmet, som det skal være, og den version, skærmen viste." }) input: UpdateTeamMemberInput,
  ): Promise<TeamMemberType> {
    return updateTeamMember(ctx, input);
  }

  @Allow("team.run")
  @Mutation(() => EndedTeamMemberType, {
    description:
      "Afslut et medlemskab af teamet. Et medlem, der har deltaget i et afholdt møde, beholdes med dagens dato som slutdato og indkaldes ikke til planlagte møder; ellers slettes det.",
  })
  endTeamMember(
    @Ctx() ctx: Context,
    @Arg("input", () => EndTeamMemberInput, { description: "Medlemmet og den version, skærmen viste." }) input: EndTeamMemberInput,
  ): Promise<EndedTeamMemberType> {
    return endTeamMember(ctx, input);
  }

  @Allow("meeting.plan")
  @Mutation(() => Int, { description: "Opret teammøderne efter forløbsplanen (hver 14. dag i teamets periode); returnerer antallet af nye møder." })
  generateTeamMeetings(@Ctx() ctx: Context, @Arg("projectId", () => ID, { description: "Projektet." }) projectId: string): Promise<number> {
    return generateMeetings(ctx, projectId);
  }

  @Allow("team.run")
  @Mutation(() => Int, { description: "Sæt en borger på et mødes dagsorden; returnerer pladsen. BAD_USER_INPUT når dagsordenen er fuld." })
  addToAgenda(@Ctx() ctx: Context, @Arg("input", () => AddToAgendaInput, { description: "Møde og borger." }) input: AddToAgendaInput): Promise<number> {
    return addToAgenda(ctx, input);
  }

  @Allow("team.run")
  @Mutation(() => Boolean, { description: "Registrér et afholdt møde; medlemmernes timer bliver aktivitet på deres budgetlinjer." })
  async holdTeamMeeting(
    @Ctx() ctx: Context,
    @Arg("input", () => HoldMeetingInput, { description: "Mødet, deltagere og udfald." }) input: HoldMeetingInput,
  ): Promise<boolean> {
    await holdMeeting(ctx, input);
    return true;
  }
}

@Resolver(() => ParticipantType)
export class ConversationResolver {
  @Allow("participant.read")
  @FieldResolver(() => [ConversationType], { description: "Borgerens indledende samtaler." })
  conversations(@Ctx() ctx: Context, @Root() participant: ParticipantType): Promise<ConversationType[]> {
    return participantConversations(ctx, participant.id);
  }

  @Allow("flow.coordinate")
  @Mutation(() => ConversationType, { description: "Planlæg en indledende samtale; farven afgør, om JC-sagsbehandleren eller en tovholder holder den." })
  scheduleConversation(
    @Ctx() ctx: Context,
    @Arg("input", () => ScheduleConversationInput, { description: "Borger og dato." }) input: ScheduleConversationInput,
  ): Promise<ConversationType> {
    return scheduleConversation(ctx, input);
  }

  @Allow("flow.record")
  @Mutation(() => [ConversationType], {
    description:
      "Registrér udfaldet af en samtale; returnerer borgerens samtaler. Udeblivelse gør en grøn borger orange og planlægger en samtale med en tovholder.",
  })
  recordConversation(
    @Ctx() ctx: Context,
    @Arg("input", () => RecordConversationInput, { description: "Samtale, udfald og dato." }) input: RecordConversationInput,
  ): Promise<ConversationType[]> {
    return recordConversation(ctx, input);
  }

  @Allow("participant.read")
  @FieldResolver(() => [ParticipantAgendaEntryType], {
    description: "De teammøder, borgeren er sat på dagsordenen til, med fremmøde; teamets anbefalinger kun for roller, der ser teammøderne.",
  })
  agenda(@Ctx() ctx: Context, @Root() participant: ParticipantType): Promise<ParticipantAgendaEntryType[]> {
    return participantAgenda(ctx, participant);
  }

  @Allow("participant.read")
  @FieldResolver(() => PreparationFormType, { nullable: true, description: "Det forberedende skema, eller null før det er udfyldt." })
  preparationForm(@Ctx() ctx: Context, @Root() participant: ParticipantType): Promise<PreparationFormType | null> {
    return preparationForm(ctx, participant.id);
  }

  @Allow("flow.record")
  @Mutation(() => PreparationFormType, { description: "Udfyld eller ret det forberedende skema; temaerne afgør, hvilke kompetencer teammødet kalder på." })
  savePreparationForm(
    @Ctx() ctx: Context,
    @Arg("input", () => SavePreparationFormInput, { description: "Skemaet." }) input: SavePreparationFormInput,
  ): Promise<PreparationFormType> {
    return savePreparationForm(ctx, input);
  }
}
