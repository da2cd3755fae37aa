import { IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { TidyTextOrAbsent } from '../../app/text';
import { Omittable } from '../../app/omittable';

/** The director's page posts its form (`application/x-www-form-urlencoded`): the pressed button's `commit` as text. */
export class DirectorCommitmentFormDto {
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  token: string;

  @IsIn(['true', 'false'])
  commit: 'true' | 'false';

  @TidyTextOrAbsent()
  @Omittable()
  @IsString()
  @MaxLength(2000)
  reason?: string;
}
