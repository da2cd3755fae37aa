import type { EditionCertificates, IssuedCertificateSummary } from '@koers/shared/completion';
import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { IdParam } from '../app/id-param';
import { Auth, type AuthContext } from '../auth/auth-context';
import { CompletionService } from './completion.service';
import { RevokeCertificateDto } from './dto/revoke-certificate.dto';

/** The programme office's view of the certificates issued, and withdrawing one issued in error. */
@ApiTags('completion')
@Controller()
export class CertificatesController {
  constructor(private readonly completion: CompletionService) {}

  @Get('editions/:editionId/certificates')
  list(@Auth() auth: AuthContext, @IdParam('editionId') editionId: string): Promise<EditionCertificates> {
    return this.completion.certificatesOf(auth, editionId);
  }

  @Post('certificates/:id/revoke')
  @HttpCode(200)
  revoke(@Auth() auth: AuthContext, @IdParam('id') id: string, @Body() dto: RevokeCertificateDto): Promise<IssuedCertificateSummary> {
    return this.completion.revoke(auth, id, dto.reason);
  }
}
