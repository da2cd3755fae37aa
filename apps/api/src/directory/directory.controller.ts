import type { AlumniEntry, DirectoryEntry, DirectoryProfile } from '@koers/shared/directory';
import { Body, Controller, Delete, Get, HttpCode, Put, Req, Res, StreamableFile } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { IdParam } from '../app/id-param';
import { FileAnswer } from '../app/openapi';
import { Auth, type AuthContext } from '../auth/auth-context';
import { AcceptsFile, theOnlyFile } from '../files/upload-parts';
import { DirectoryService } from './directory.service';
import { DirectoryProfileDto } from './dto/directory-profile.dto';

@ApiTags('directory')
@Controller()
export class DirectoryController {
  constructor(private readonly directoryService: DirectoryService) {}

  /** The edition's who's who, for its members and the programme office. */
  @Get('editions/:editionId/directory')
  edition(@Auth() auth: AuthContext, @IdParam('editionId') editionId: string): Promise<DirectoryEntry[]> {
    return this.directoryService.edition(auth, editionId);
  }

  /** "De Rebels": participants of earlier editions of the same programme who opted in. */
  @Get('editions/:editionId/alumni')
  alumni(@Auth() auth: AuthContext, @IdParam('editionId') editionId: string): Promise<AlumniEntry[]> {
    return this.directoryService.alumni(auth, editionId);
  }

  @Get('editions/:editionId/directory/:personId/photo')
  @FileAnswer('image/*')
  async photo(
    @Auth() auth: AuthContext,
    @IdParam('editionId') editionId: string,
    @IdParam('personId') personId: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    const { contentType, stream } = await this.directoryService.photo(auth, editionId, personId);
    void reply.header('x-content-type-options', 'nosniff').header('cache-control', 'private, max-age=300');
    return new StreamableFile(stream, { type: contentType });
  }

  @Get('me/directory-profile')
  profile(@Auth() auth: AuthContext): Promise<DirectoryProfile> {
    return this.directoryService.profile(auth);
  }

  @Put('me/directory-profile')
  saveProfile(@Auth() auth: AuthContext, @Body() dto: DirectoryProfileDto): Promise<DirectoryProfile> {
    return this.directoryService.saveProfile(auth, dto);
  }

  /** One photo (multipart field `photo`): a JPEG, PNG or WebP of at most 2 MB, checked by its content. */
  @Put('me/directory-profile/photo')
  @AcceptsFile('photo')
  savePhoto(@Auth() auth: AuthContext, @Req() request: FastifyRequest): Promise<DirectoryProfile> {
    return this.directoryService.savePhoto(auth, () => theOnlyFile(request, 'photo'));
  }

  @Delete('me/directory-profile/photo')
  @HttpCode(204)
  removePhoto(@Auth() auth: AuthContext): Promise<void> {
    return this.directoryService.removePhoto(auth);
  }
}
