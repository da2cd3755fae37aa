import { INNOVATION_PHASES, type InnovationPhase } from '@koers/shared/domain';
import {
  type CreateMeasurementActionRequest,
  MAX_ACTION_LENGTH,
  MAX_REMARK_LENGTH,
  MEASUREMENT_MOMENTS,
  MEASUREMENT_RESPONDENT_ROLES,
  MEASUREMENT_SUBJECTS,
  type MeasurementAnswerRequest,
  type MeasurementMoment,
  type MeasurementRespondentRole,
  type MeasurementSubject,
  type MeasurementTemplateLineRequest,
  type MeasurementTemplateRequest,
  type SaveMeasurementAnswersRequest,
} from '@koers/shared/measurements';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { TidyText, TidyTextOrNull, IsId } from '../../app/text';
import { Omittable } from '../../app/omittable';

export class MeasurementTemplateLineDto implements MeasurementTemplateLineRequest {
  @IsId()
  instrumentVersionId: string;

  @IsIn(MEASUREMENT_MOMENTS)
  moment: MeasurementMoment;

  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(MEASUREMENT_RESPONDENT_ROLES, { each: true })
  respondents: MeasurementRespondentRole[];

  @IsIn(MEASUREMENT_SUBJECTS)
  subject: MeasurementSubject;
}

export class MeasurementTemplateDto implements MeasurementTemplateRequest {
  @IsArray()
  @ArrayMaxSize(20)
  // The same questionnaire at the same moment about the same subject would be asked twice.
  @ArrayUnique((line: MeasurementTemplateLineDto) => `${line?.instrumentVersionId} ${line?.moment} ${line?.subject}`)
  @ValidateNested({ each: true })
  @Type(() => MeasurementTemplateLineDto)
  lines: MeasurementTemplateLineDto[];
}

export class MeasurementAnswerDto implements MeasurementAnswerRequest {
  @IsId()
  itemId: string;

  /** The upper end depends on the item's scale; the service checks it. */
  @ValidateIf((_, value) => value !== null)
  @IsInt()
  @Min(1)
  @Max(5)
  value: number | null;

  @TidyTextOrNull()
  @IsOptional()
  @IsString()
  @MaxLength(MAX_REMARK_LENGTH)
  remark?: string | null;
}

export class SaveMeasurementAnswersDto implements SaveMeasurementAnswersRequest {
  @Omittable()
  @IsId()
  participantEnrolmentId?: string;

  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  // One answer per item: the same item twice would be two writes of one row in one statement.
  @ArrayUnique((answer: MeasurementAnswerDto) => answer?.itemId)
  @ValidateNested({ each: true })
  @Type(() => MeasurementAnswerDto)
  answers: MeasurementAnswerDto[];
}

export class MeasurementFormQueryDto {
  @IsOptional()
  @IsId()
  participantEnrolmentId?: string;
}

export class CreateMeasurementActionDto implements CreateMeasurementActionRequest {
  @TidyText()
  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_ACTION_LENGTH)
  text: string;

  @IsIn(INNOVATION_PHASES)
  phase: InnovationPhase;

  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsId()
  dimensionId?: string | null;
}
