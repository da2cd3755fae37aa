import type { CompletionStatus } from '@koers/shared/completion';
import { Controller, Get, StreamableFile } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { IdParam } from '../app/id-param';
import { Auth, type AuthContext } from '../auth/auth-context';
import { attachmentDisposition } from '../files/file-storage';
import { CompletionService } from './completion.service';

@ApiTags('completion')
@Controller('me')
export class CompletionController {
  constructor(private readonly completion: CompletionService) {}

  @Get('completion/:editionId')
  mine(@Auth() auth: AuthContext, @IdParam('editionId') editionId: string): Promise<CompletionStatus> {
    return this.completion.mine(auth, editionId);
  }

  /** 404 until the participant has completed the edition. */
  @Get('certificate/:editionId.pdf')
  async certificate(@Auth() auth: AuthContext, @IdParam('editionId') editionId: string): Promise<StreamableFile> {
    const { stream, fileName } = await this.completion.myCertificate(auth, editionId);
    return new StreamableFile(stream, { type: 'application/pdf', disposition: attachmentDisposition(fileName) });
  }
}
