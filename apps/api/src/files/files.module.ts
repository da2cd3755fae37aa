import { Global, Module } from '@nestjs/common';
import { FileStorage } from './file-storage';
import { UploadQuota, UploadQuotaRepository } from './upload-quota';

@Global()
@Module({ providers: [FileStorage, UploadQuotaRepository, UploadQuota], exports: [FileStorage, UploadQuota] })
export class FilesModule {}
