import type { CompletionStatus } from '@koers/shared/completion';
import { Controller, Get, StreamableFile } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { IdParam } from '../app/id-param';
import { FileAnswer } from '../app/openapi';
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
  @FileAnswer('application/pdf')
  async certificate(@Auth() auth: AuthContext, @IdParam('editionId') editionId: string): Promise<StreamableFile> {
    const { stream, fileName } = await this.completion.myCertificate(auth, editionId);
    return new StreamableFile(stream, { type: 'application/pdf', disposition: attachmentDisposition(fileName) });
  }

  /** The certificate as an Open Badge: the badge image with its Open Badges 2.0 assertion baked in. 404 until completed. */
  @Get('certificate/:editionId/badge.png')
  @FileAnswer('image/png')
  async badge(@Auth() auth: AuthContext, @IdParam('editionId') editionId: string): Promise<StreamableFile> {
    const { png, fileName } = await this.completion.myBadge(auth, editionId);
    return new StreamableFile(png, { type: 'image/png', disposition: attachmentDisposition(fileName) });
  }
}
