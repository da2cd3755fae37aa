import { IsOptional, IsUUID } from 'class-validator';
import { PageQueryDto } from '../../app/pagination';

export class ReviewQueueQueryDto extends PageQueryDto {
  @IsOptional()
  @IsUUID()
  editionId?: string;

  @IsOptional()
  @IsUUID()
  assignmentId?: string;
}
