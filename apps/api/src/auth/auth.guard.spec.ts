import type { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { KoersConfig } from '../app/config';
import { NotAuthenticatedError } from '../errors/koers-error';
import type { ApiTokensService } from './api-tokens.service';
import { Public } from './auth-context';
import { AuthGuard } from './auth.guard';
import type { AuthService } from './auth.service';

/** A GET without credentials to `handler` of `controller`. */
function requestTo(controller: object, handler: object): ExecutionContext {
  const request = { method: 'GET', headers: {}, cookies: {} };
  return {
    getHandler: () => handler,
    getClass: () => controller,
    switchToHttp: () => ({ getRequest: () => request }),
  } as unknown as ExecutionContext;
}

describe('AuthGuard', () => {
  const reflector = new Reflector();
  const metadataReads = jest.spyOn(reflector, 'getAllAndOverride');
  const guard = new AuthGuard(reflector, {} as AuthService, {} as ApiTokensService, { publicUrl: 'https://koers.example' } as KoersConfig);

  class Open {
    @Public()
    health() {}
    list() {}
  }
  @Public()
  class OpenController {
    page() {}
  }
  class ClosedController {}

  it('lets anyone through to a public route and nobody without a login elsewhere, reading each route once', async () => {
    metadataReads.mockClear();
    for (let i = 0; i < 3; i++) {
      await expect(guard.canActivate(requestTo(Open, Open.prototype.health))).resolves.toBe(true);
      await expect(guard.canActivate(requestTo(Open, Open.prototype.list))).rejects.toBeInstanceOf(NotAuthenticatedError);
      await expect(guard.canActivate(requestTo(OpenController, OpenController.prototype.page))).resolves.toBe(true);
    }
    expect(metadataReads).toHaveBeenCalledTimes(3);
  });

  it('judges a handler shared by two controllers by each controller', async () => {
    const shared = OpenController.prototype.page;
    await expect(guard.canActivate(requestTo(OpenController, shared))).resolves.toBe(true);
    await expect(guard.canActivate(requestTo(ClosedController, shared))).rejects.toBeInstanceOf(NotAuthenticatedError);
    await expect(guard.canActivate(requestTo(OpenController, shared))).resolves.toBe(true);
  });
});
