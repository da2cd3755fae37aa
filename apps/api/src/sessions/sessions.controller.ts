import type { SessionDetail, SessionMaterial, SessionRecord, SessionStaffMember } from '@koers/shared/sessions';
import { Body, Controller, Delete, Get, HttpCode, Post, Put, Req, Res, StreamableFile } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { IdParam } from '../app/id-param';
import { FileAnswer } from '../app/openapi';
import { Auth, type AuthContext } from '../auth/auth-context';
import { attachmentDisposition } from '../files/file-storage';
import { AcceptsFile, theOnlyFile } from '../files/upload-parts';
import { AddSpeakerDto, SaveSessionRecordDto } from './dto/session-record.dto';
import { SessionMaterialsService } from './session-materials.service';
import { SessionsService } from './sessions.service';

@ApiTags('sessions')
@Controller('sessions/:id')
export class SessionsController {
  constructor(
    private readonly sessionsService: SessionsService,
    private readonly materialsService: SessionMaterialsService,
  ) {}

  /** The session page: agenda, staff, venue or (from 30 minutes before) the online link, materials, own attendance. */
  @Get()
  detail(@Auth() auth: AuthContext, @IdParam('id') id: string): Promise<SessionDetail> {
    return this.sessionsService.detail(auth, id);
  }

  /** Notes and what was covered; 409 with `details.current` when a colleague saved first. */
  @Put('record')
  saveRecord(@Auth() auth: AuthContext, @IdParam('id') id: string, @Body() dto: SaveSessionRecordDto): Promise<SessionRecord> {
    return this.sessionsService.saveRecord(auth, id, dto);
  }

  @Post('speakers')
  addSpeaker(@Auth() auth: AuthContext, @IdParam('id') id: string, @Body() dto: AddSpeakerDto): Promise<SessionStaffMember> {
    return this.sessionsService.addSpeaker(auth, id, dto);
  }

  @Delete('speakers/:speakerId')
  @HttpCode(204)
  removeSpeaker(@Auth() auth: AuthContext, @IdParam('id') id: string, @IdParam('speakerId') speakerId: string): Promise<void> {
    return this.sessionsService.removeSpeaker(auth, id, speakerId);
  }

  @Get('materials')
  materials(@Auth() auth: AuthContext, @IdParam('id') id: string): Promise<SessionMaterial[]> {
    return this.sessionsService.materials(auth, id);
  }

  /** One file per request (multipart field `file`): PDF, Office or image, at most 25 MB, checked by its content. */
  @Post('materials')
  @AcceptsFile('file')
  upload(@Auth() auth: AuthContext, @IdParam('id') id: string, @Req() request: FastifyRequest): Promise<SessionMaterial> {
    return this.materialsService.upload(auth, id, () => theOnlyFile(request, 'file'));
  }

  @Get('materials/:materialId')
  @FileAnswer('*/*')
  async download(
    @Auth() auth: AuthContext,
    @IdParam('id') id: string,
    @IdParam('materialId') materialId: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    const { material, stream } = await this.materialsService.download(auth, id, materialId);
    void reply.header('x-content-type-options', 'nosniff');
    return new StreamableFile(stream, {
      type: material.contentType,
      length: material.sizeBytes,
      disposition: attachmentDisposition(material.fileName),
    });
  }

  @Delete('materials/:materialId')
  @HttpCode(204)
  removeMaterial(@Auth() auth: AuthContext, @IdParam('id') id: string, @IdParam('materialId') materialId: string): Promise<void> {
    return this.materialsService.remove(auth, id, materialId);
  }
}
