import { MAX_MARKS_PER_SAVE } from '@koers/shared/attendance';
import { Injectable, type PipeTransform } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { ONLY_KNOWN_FIELDS } from '../../app/fields-validation-pipe';
import { ValidationFailedError } from '../../errors/koers-error';
import { fieldProblems } from '../../errors/validation-messages';
import { AttendanceMarkDto } from './attendance-mark.dto';

/**
 * The bulk save's body is a bare array, which the global ValidationPipe passes through unchecked:
 * this validates every item the same way (unknown fields rejected) and names problems `[index].field`.
 */
@Injectable()
export class AttendanceMarksPipe implements PipeTransform<unknown, Promise<AttendanceMarkDto[]>> {
  async transform(body: unknown): Promise<AttendanceMarkDto[]> {
    if (!Array.isArray(body)) {
      throw new ValidationFailedError([{ field: 'body', message: { nl: 'Verwacht een lijst.', en: 'Expected a list.' } }]);
    }
    if (body.length > MAX_MARKS_PER_SAVE) {
      throw new ValidationFailedError([
        { field: 'body', message: { nl: `Maximaal ${MAX_MARKS_PER_SAVE} items.`, en: `At most ${MAX_MARKS_PER_SAVE} items.` } },
      ]);
    }
    const marks = body.map((item: unknown) => plainToInstance(AttendanceMarkDto, typeof item === 'object' && item !== null ? item : {}));
    const problems = await Promise.all(
      marks.map(async (mark, index) => {
        if (typeof body[index] !== 'object' || body[index] === null || Array.isArray(body[index])) {
          return [{ field: `[${index}]`, message: { nl: 'Ongeldige waarde.', en: 'Invalid value.' } }];
        }
        const errors = await validate(mark, ONLY_KNOWN_FIELDS);
        return fieldProblems(errors, `[${index}]`);
      }),
    );
    const fields = problems.flat();
    if (fields.length > 0) throw new ValidationFailedError(fields);
    return marks;
  }
}
