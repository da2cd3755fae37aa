import { IsId } from '../../app/text';
import { IsOptional } from 'class-validator';
import { PageQueryDto } from '../../app/pagination';

export class ReviewQueueQueryDto extends PageQueryDto {
  @IsOptional()
  @IsId()
  editionId?: string;

  @IsOptional()
  @IsId()
  assignmentId?: string;
}
