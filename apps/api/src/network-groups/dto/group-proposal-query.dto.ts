import { GROUP_PROPOSAL_KEYS, type GroupProposalKey } from '@koers/shared/network-groups';
import { Type } from 'class-transformer';
import { IsIn, IsInt, Max, Min } from 'class-validator';

export class GroupProposalQueryDto {
  @IsIn(GROUP_PROPOSAL_KEYS)
  by: GroupProposalKey;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(50)
  count: number;
}
