import { IsUUID } from 'class-validator';

export class InvitationParamsDto {
  @IsUUID()
  id: string;
}
