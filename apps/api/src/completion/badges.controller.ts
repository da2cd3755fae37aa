import { Controller, Get, Headers, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { IdParam } from '../app/id-param';
import { FileAnswer } from '../app/openapi';
import { Public } from '../auth/auth-context';
import { badgeImagePng } from './badge-png';
import { CompletionService } from './completion.service';
import { openToOtherSites, sendLinkedData } from './linked-data';

/**
 * The public Open Badges 2.0 documents behind every certificate's assertion: the issuer Profile (the programme
 * office) and one BadgeClass per programme with its image. Badge backpacks and registers fetch them without logging in.
 */
@ApiTags('completion')
@Controller('badges')
export class BadgesController {
  constructor(private readonly completion: CompletionService) {}

  @Public()
  @Get('issuer')
  @FileAnswer('application/ld+json', 'application/json')
  issuer(@Headers('accept') accept: string | undefined, @Res() reply: FastifyReply): void {
    sendLinkedData(reply, accept, this.completion.issuer());
  }

  @Public()
  @Get('programmes/:id')
  @FileAnswer('application/ld+json', 'application/json')
  async badgeClass(@IdParam('id') id: string, @Headers('accept') accept: string | undefined, @Res() reply: FastifyReply): Promise<void> {
    sendLinkedData(reply, accept, await this.completion.badgeClass(id));
  }

  @Public()
  @Get('programmes/:id/image.png')
  @FileAnswer('image/png')
  async image(@IdParam('id') id: string, @Res() reply: FastifyReply): Promise<void> {
    // Answers 404 for a programme that does not exist, like its BadgeClass.
    await this.completion.badgeClass(id);
    void openToOtherSites(reply).type('image/png').header('cache-control', 'public, max-age=86400').send(badgeImagePng());
  }
}
