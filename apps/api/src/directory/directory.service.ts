import { type AlumniEntry, DIRECTORY_LIMITS, DIRECTORY_PHOTO_TYPES, type DirectoryEntry, type DirectoryProfile } from '@koers/shared/directory';
import { Injectable } from '@nestjs/common';
import { Readable } from 'node:stream';
import { AccessService } from '../access/access.service';
import type { AuthContext } from '../auth/auth-context';
import { FileStorage, FileTooLargeError, type StoredFile, UnsupportedFileTypeError } from '../files/file-storage';
import type { IncomingFile } from '../files/upload-parts';
import { PhotoMissingError, PhotoNotAnImageError, PhotoNotFoundError, PhotoTooLargeError, PhotoTooManyPixelsError } from './directory.errors';
import { DirectoryRepository } from './directory.repository';
import type { DirectoryProfileDto } from './dto/directory-profile.dto';
import { isOverPixelLimit, resizedPhoto } from './photo-resize';

/** The who's who: an edition's people for its members; each person decides what they show, or to hide. */
@Injectable()
export class DirectoryService {
  constructor(
    private readonly directory: DirectoryRepository,
    private readonly access: AccessService,
    private readonly files: FileStorage,
  ) {}

  async edition(auth: AuthContext, editionId: string): Promise<DirectoryEntry[]> {
    const standing = await this.access.requireInEdition(auth, 'directory.read', editionId);
    return this.directory.findEdition(editionId, this.access.decide(auth, 'directory.hidden', standing) === 'allowed');
  }

  /** Participants of the programme's earlier editions who want later cohorts to find them. */
  async alumni(auth: AuthContext, editionId: string): Promise<AlumniEntry[]> {
    await this.access.requireInEdition(auth, 'directory.alumni', editionId);
    return this.directory.findAlumni(editionId);
  }

  profile(auth: AuthContext): Promise<DirectoryProfile> {
    return this.directory.findProfile(auth.personId);
  }

  async saveProfile(auth: AuthContext, dto: DirectoryProfileDto): Promise<DirectoryProfile> {
    await this.directory.saveProfile(auth.personId, { introduction: dto.introduction ?? null, hidden: dto.hidden, alumni: dto.alumni });
    return this.directory.findProfile(auth.personId);
  }

  /**
   * One's photo: a JPEG, PNG or WebP of at most 2 MB, checked by its content by FileStorage, then kept only as
   * `resizedPhoto` makes it (at most 400 × 400, WebP, without EXIF or other metadata); the upload itself is removed.
   */
  async savePhoto(auth: AuthContext, nextPhoto: () => Promise<IncomingFile | undefined>): Promise<DirectoryProfile> {
    const photo = await nextPhoto();
    if (!photo) throw new PhotoMissingError();
    const upload = await this.files.save(photo.stream, photo.fileName, DIRECTORY_LIMITS.photoBytes).catch((error: unknown) => {
      if (error instanceof FileTooLargeError) throw new PhotoTooLargeError();
      if (error instanceof UnsupportedFileTypeError) throw new PhotoNotAnImageError();
      throw error;
    });
    const stored = await this.resize(upload).finally(() => this.files.discard([upload.storageKey]));
    const previous = await this.directory.setPhoto(auth.personId, { storageKey: stored.storageKey, contentType: stored.contentType }).catch(async (error: unknown) => {
      await this.files.discard([stored.storageKey]);
      throw error;
    });
    if (previous) await this.files.remove([previous]);
    return this.directory.findProfile(auth.personId);
  }

  async removePhoto(auth: AuthContext): Promise<void> {
    const previous = await this.directory.setPhoto(auth.personId, null);
    if (previous) await this.files.remove([previous]);
  }

  /** The uploaded image as it is kept; 415 when it is not a photo type or its content does not decode as one, 413 over 40 megapixels. */
  private async resize(upload: StoredFile): Promise<StoredFile> {
    if (!(DIRECTORY_PHOTO_TYPES as readonly string[]).includes(upload.contentType)) throw new PhotoNotAnImageError();
    const resized = await resizedPhoto(this.files.open(upload.storageKey)).catch((error: unknown) => {
      // A system error (reading the upload back) is ours; anything else is content that does not decode.
      if (error instanceof Error && 'code' in error) throw error;
      throw isOverPixelLimit(error) ? new PhotoTooManyPixelsError() : new PhotoNotAnImageError();
    });
    return this.files.save(Readable.from([resized]), 'foto.webp');
  }

  /** A person's photo as their edition's members see it in the who's who. */
  async photo(auth: AuthContext, editionId: string, personId: string): Promise<{ contentType: string; stream: Readable }> {
    const standing = await this.access.requireInEdition(auth, 'directory.read', editionId);
    // Hidden people are seen by those who may see them, and by themselves (their own photo on their settings).
    const seesHidden = personId === auth.personId || this.access.decide(auth, 'directory.hidden', standing) === 'allowed';
    const photo = await this.directory.findPhoto(editionId, personId, seesHidden);
    if (!photo) throw new PhotoNotFoundError();
    return { contentType: photo.contentType, stream: await this.files.read(photo.storageKey) };
  }
}
