import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, type Page } from '@koers/shared/api';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

/** `?page=&pageSize=` on every list that can grow. */
export class PageQueryDto {
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100_000)
  page: number = 1;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  pageSize: number = DEFAULT_PAGE_SIZE;
}

export const pageOffset = (query: PageQueryDto) => (query.page - 1) * query.pageSize;

export function toPage<T>(items: T[], total: number, query: PageQueryDto): Page<T> {
  return { items, total, page: query.page, pageSize: query.pageSize };
}

/**
 * Reads a page with `read(limit, offset)`, a statement that counts every match beside its rows (`count(*) OVER ()`).
 * A page past the last has no row to carry that count, so the first row is read again for it: the total stays the
 * real one, and a list that shrank while someone paged on can lead them back. Null (no such list) stays null.
 */
export async function readPage<R extends { items: unknown[]; total: number } | null>(
  query: PageQueryDto,
  read: (limit: number, offset: number) => Promise<R>,
): Promise<R> {
  const page = await read(query.pageSize, pageOffset(query));
  if (!page || page.items.length > 0 || query.page === 1) return page;
  return { ...page, total: (await read(1, 0))?.total ?? 0 };
}
