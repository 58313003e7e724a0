import { IsIn, IsInt, IsOptional, IsUUID, MaxLength, Min, MinLength, ValidateNested } from "class-validator";
import { Field, ID, InputType, Int, ObjectType } from "type-graphql";

const COLUMN = "Overskriften på filens kolonne; null, når filen ikke har den.";

/** The columns of a mapping, shared by the input and the output shape (GraphQL needs both). */
function mappingFields<T extends new (...args: never[]) => object>(Base: T, input: boolean) {
  const proto = Base.prototype as object;
  const decorate = (name: string, description: string) => {
    Field(() => String, { nullable: true, description: `${description} ${COLUMN}` })(proto, name);
    if (input) {
      IsOptional()(proto, name);
      MaxLength(200, { message: "En kolonneoverskrift må højst være 200 tegn." })(proto, name);
    }
  };
  decorate("date", "Kolonnen med bogføringsdatoen.");
  decorate("voucher", "Kolonnen med bilagsnummeret.");
  decorate("text", "Kolonnen med posteringsteksten.");
  decorate("amount", "Kolonnen med beløbet med fortegn (udelades ved debet/kredit).");
  decorate("debit", "Kolonnen med debetbeløbet.");
  decorate("credit", "Kolonnen med kreditbeløbet.");
  decorate("sign", "Kolonnen med debet/kredit-mærket (D eller K); K gør beløbet negativt.");
  decorate("account", "Kolonnen med kontostrengen (16 cifre i den autoriserede kontoplan), der føres til budgetlinjer af projektets regler.");
  decorate("line", "Kolonnen med budgetlinjens navn (det oprindelige filformat).");
  Field(() => String, { nullable: true, description: 'Decimaltegnet: "comma" (1.234,50) eller "dot" (1234.50); null, når filens tal ikke siger det.' })(
    proto,
    "decimal",
  );
  if (input) {
    IsOptional()(proto, "decimal");
    IsIn(["comma", "dot"], { message: 'Decimaltegnet skal være "comma" eller "dot".' })(proto, "decimal");
  }
  return Base;
}

class MappingColumns {
  date!: string | null;
  voucher!: string | null;
  text!: string | null;
  amount!: string | null;
  debit!: string | null;
  credit!: string | null;
  sign!: string | null;
  account!: string | null;
  line!: string | null;
  decimal!: "comma" | "dot" | null;
}

@ObjectType("FinanceMapping", { description: "Hvilken kolonne i økonomisystemets eksport der betyder hvad." })
export class FinanceMappingType extends MappingColumns {}
mappingFields(FinanceMappingType, false);

@InputType({ description: "Hvilken kolonne i økonomisystemets eksport der betyder hvad (kolonner ved deres overskrift)." })
export class FinanceMappingInput extends MappingColumns {}
mappingFields(FinanceMappingInput, true);

@ObjectType("SavedFinanceMapping", { description: "En tilknytning, lederen har gemt for projektet og en kilde (fx Opus, Prisme)." })
export class SavedFinanceMappingType {
  @Field(() => ID, { description: "Tilknytningens id." })
  id!: string;

  @Field({ description: 'Kilden, tilknytningen er gemt under, fx "Opus" eller "Prisme".' })
  source!: string;

  @Field(() => FinanceMappingType, { description: "Tilknytningen." })
  mapping!: FinanceMappingType;

  @Field(() => Int, { description: "Versionen; sendes med ved ændring og sletning (CONFLICT ved en forældet version)." })
  version!: number;
}

@ObjectType("FinanceAccountRule", { description: "En regel fra kontostreng til budgetlinje; de dele, reglen udelader, passer på alt." })
export class FinanceAccountRuleType {
  @Field(() => String, { nullable: true, description: 'Funktion (hovedkonto.hovedfunktion.funktion), fx "5.68.90", eller en begyndelse, fx "5.68".' })
  funktion!: string | null;

  @Field(() => String, { nullable: true, description: 'Dranst (ét ciffer), fx "1" for drift.' })
  dranst!: string | null;

  @Field(() => String, { nullable: true, description: 'Art (hovedart.art), fx "4.0", eller hovedarten alene, fx "4".' })
  art!: string | null;

  @Field(() => String, { nullable: true, description: 'Omkostningssted (tre cifre), fx "001".' })
  omkostningssted!: string | null;

  @Field(() => String, { nullable: true, description: 'Gruppering (tre cifre), fx "002".' })
  gruppering!: string | null;

  @Field({ description: "Budgetlinjens navn; posteringer på konti, reglen passer på, bogføres på den." })
  lineName!: string;
}

@InputType({ description: "En regel fra kontostreng til budgetlinje." })
export class FinanceAccountRuleInput {
  @Field(() => String, { nullable: true, description: 'Funktion, fx "5.68.90" (eller "5.68"); tom for alle.' })
  @IsOptional()
  @MaxLength(20, { message: "Funktionen må højst være 20 tegn." })
  funktion!: string | null;

  @Field(() => String, { nullable: true, description: 'Dranst, fx "1"; tom for alle.' })
  @IsOptional()
  @MaxLength(20, { message: "Dranst må højst være 20 tegn." })
  dranst!: string | null;

  @Field(() => String, { nullable: true, description: 'Art, fx "4.0" (eller "4"); tom for alle.' })
  @IsOptional()
  @MaxLength(20, { message: "Arten må højst være 20 tegn." })
  art!: string | null;

  @Field(() => String, { nullable: true, description: 'Omkostningssted, fx "001"; tom for alle.' })
  @IsOptional()
  @MaxLength(20, { message: "Omkostningsstedet må højst være 20 tegn." })
  omkostningssted!: string | null;

  @Field(() => String, { nullable: true, description: 'Gruppering, fx "002"; tom for alle.' })
  @IsOptional()
  @MaxLength(20, { message: "Grupperingen må højst være 20 tegn." })
  gruppering!: string | null;

  @Field({ description: "Budgetlinjens navn." })
  @MaxLength(200, { message: "Budgetlinjens navn må højst være 200 tegn." })
  lineName!: string;
}

@ObjectType("FinanceAccountRules", { description: "Projektets regler fra kontostreng til budgetlinje; den mest specifikke regel vinder." })
export class FinanceAccountRulesType {
  @Field(() => [FinanceAccountRuleType], { description: "Reglerne i den rækkefølge, lederen har skrevet dem." })
  rules!: FinanceAccountRuleType[];

  @Field(() => Int, { description: "Versionen; 0, før der er gemt regler. Sendes med ved ændring (CONFLICT ved en forældet version)." })
  version!: number;
}

@ObjectType("FinancePreset", { description: "En tilknytning, der følger med Overblik, til et økonomisystems eksport." })
export class FinancePresetType {
  @Field({ description: 'Forvalgets id: "opus" eller "prisme".' })
  id!: string;

  @Field({ description: "Kilden, tilknytningen gemmes under, når lederen bekræfter den." })
  source!: string;

  @Field({ description: "Forvalgets navn." })
  name!: string;

  @Field({ description: "Hvad forvalget forventer af filen." })
  description!: string;

  @Field(() => FinanceMappingType, { description: "Tilknytningen." })
  mapping!: FinanceMappingType;
}

@ObjectType("FinanceImportSettings", { description: "Projektets tilknytninger, kontoregler og de medfølgende forvalg." })
export class FinanceImportSettingsType {
  @Field(() => [SavedFinanceMappingType], { description: "De gemte tilknytninger, efter kilde." })
  mappings!: SavedFinanceMappingType[];

  @Field(() => FinanceAccountRulesType, { description: "Projektets kontoregler." })
  rules!: FinanceAccountRulesType;

  @Field(() => [FinancePresetType], { description: "Forvalgene for Opus- og Prisme-eksporter." })
  presets!: FinancePresetType[];
}

@InputType({ description: "Gem (opret eller ret) en tilknytning for projektet og en kilde." })
export class SaveFinanceMappingInput {
  @Field(() => ID, { description: "Projektets id." })
  @IsUUID("all", { message: "Ukendt projekt." })
  projectId!: string;

  @Field({ description: 'Kilden, fx "Opus", "Prisme" eller et navn, lederen giver.' })
  @MinLength(1, { message: "Giv kilden et navn, fx Opus." })
  @MaxLength(100, { message: "Kildens navn må højst være 100 tegn." })
  source!: string;

  @Field(() => FinanceMappingInput, { description: "Tilknytningen." })
  @ValidateNested()
  mapping!: FinanceMappingInput;

  @Field(() => Int, { nullable: true, description: "Den gemte version, der rettes; null for en ny tilknytning." })
  @IsOptional()
  @IsInt()
  @Min(1)
  version!: number | null;
}

@InputType({ description: "Slet en gemt tilknytning." })
export class DeleteFinanceMappingInput {
  @Field(() => ID, { description: "Projektets id." })
  @IsUUID("all", { message: "Ukendt projekt." })
  projectId!: string;

  @Field({ description: "Kilden, tilknytningen er gemt under." })
  @MaxLength(100, { message: "Kildens navn må højst være 100 tegn." })
  source!: string;

  @Field(() => Int, { description: "Den version, der slettes (CONFLICT ved en forældet version)." })
  @IsInt()
  version!: number;
}

@InputType({ description: "Gem projektets kontoregler under ét (tilføj, ret og slet ved at sende hele listen)." })
export class SaveFinanceAccountRulesInput {
  @Field(() => ID, { description: "Projektets id." })
  @IsUUID("all", { message: "Ukendt projekt." })
  projectId!: string;

  @Field(() => [FinanceAccountRuleInput], { description: "Alle reglerne; højst 200." })
  @ValidateNested({ each: true })
  rules!: FinanceAccountRuleInput[];

  @Field(() => Int, { description: "Den version, der rettes; 0, når projektet endnu ingen regler har." })
  @IsInt()
  @Min(0)
  version!: number;
}
