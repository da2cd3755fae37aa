import { Global, Module } from '@nestjs/common';
import { FileStorage } from './file-storage';
import { TrashPurge } from './trash-purge';
import { UploadQuota, UploadQuotaRepository } from './upload-quota';

@Global()
@Module({ providers: [FileStorage, UploadQuotaRepository, UploadQuota, TrashPurge], exports: [FileStorage, UploadQuota] })
export class FilesModule {}
