import { Injectable } from '@nestjs/common';

/**
 * Whether this instance is draining before it stops (a stop signal, see main.ts): it still answers every request, but says it
 * is not ready, so a load balancer sends new traffic elsewhere before the server closes.
 */
@Injectable()
export class Draining {
  private draining = false;

  get active(): boolean {
    return this.draining;
  }

  begin(): void {
    this.draining = true;
  }
}
