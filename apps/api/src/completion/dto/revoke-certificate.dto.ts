import { MAX_REVOCATION_REASON_LENGTH, type RevokeCertificateRequest } from '@koers/shared/completion';
import { RequiredLine } from '../../app/text';

export class RevokeCertificateDto implements RevokeCertificateRequest {
  /** Told to the holder and shown to everyone who checks the code: one line. */
  @RequiredLine(MAX_REVOCATION_REASON_LENGTH)
  reason: string;
}
