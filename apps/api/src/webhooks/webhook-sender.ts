import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from 'node:dns';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { Inject, Injectable } from '@nestjs/common';
import { KOERS_CONFIG, type KoersConfig } from '../app/config';
import type { AttemptAnswer } from './webhooks.repository';
import { ipLiteralOf, isPrivateAddress } from './webhook-targets';
import { tidyFreeText } from '../app/text';

/** A receiver that has not answered after this long counts as failed (a delivery's lease lasts longer). */
export const WEBHOOK_TIMEOUT_MS = 10_000;

/** How much of an answer's body is kept with the delivery. */
const SNIPPET_BYTES = 500;

/** How long the body of an answer is read after its status came. */
const SNIPPET_WAIT_MS = 1000;

export interface SentAttempt extends AttemptAnswer {
  /** A 2xx answer. */
  delivered: boolean;
}

class RefusedTargetError extends Error {}

/**
 * What the delivery log keeps of an answer or an error (a TLS error quotes the receiver's certificate): its start, as
 * a post is kept, without a NUL (which PostgreSQL cannot store), controls or direction overrides.
 */
const kept = (text: string) => tidyFreeText(text).slice(0, SNIPPET_BYTES);

/**
 * POSTs one delivery. Redirects are never followed (a 3xx is a failure: a receiver that moved updates its URL with
 * the programme office). Unless private targets are allowed, the address is checked after DNS resolution, on the
 * connection itself, so a name that resolves to an internal address (or changes to one) is refused too.
 */
@Injectable()
export class WebhookSender {
  constructor(@Inject(KOERS_CONFIG) private readonly config: KoersConfig) {}

  async post(url: string, body: string, headers: Record<string, string>): Promise<SentAttempt> {
    try {
      const target = new URL(url);
      const literal = ipLiteralOf(target);
      if (!this.config.webhooksAllowPrivateTargets && literal && isPrivateAddress(literal)) {
        throw new RefusedTargetError(`refused: ${literal} is a private address`);
      }
      const response = await this.send(target, body, headers);
      const delivered = response.status >= 200 && response.status < 300;
      const redirect = response.status >= 300 && response.status < 400 ? `redirect to ${response.location ?? '?'} not followed; ` : '';
      return { delivered, status: response.status, snippet: kept(`${redirect}${response.snippet}`) };
    } catch (error) {
      return { delivered: false, status: null, snippet: kept(error instanceof Error ? error.message : String(error)) };
    }
  }

  private send(target: URL, body: string, headers: Record<string, string>): Promise<{ status: number; location?: string; snippet: string }> {
    const request = target.protocol === 'https:' ? httpsRequest : httpRequest;
    return new Promise((resolve, reject) => {
      const outgoing = request(
        target,
        {
          method: 'POST',
          headers: { ...headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body).toString() },
          signal: AbortSignal.timeout(WEBHOOK_TIMEOUT_MS),
          lookup: this.config.webhooksAllowPrivateTargets ? undefined : publicOnlyLookup,
        },
        (response: IncomingMessage) => {
          const chunks: Buffer[] = [];
          let size = 0;
          const finish = () => {
            resolve({
              status: response.statusCode ?? 0,
              location: response.headers.location,
              snippet: Buffer.concat(chunks).subarray(0, SNIPPET_BYTES).toString('utf8'),
            });
            response.destroy();
          };
          response.on('data', (chunk: Buffer) => {
            chunks.push(chunk);
            size += chunk.length;
            // Enough to show: the rest of a long answer is not waited for.
            if (size >= SNIPPET_BYTES) finish();
          });
          response.on('end', finish);
          // The status is the answer: a body that trickles in is read only so long, so a slow 200 counts as delivered.
          setTimeout(finish, SNIPPET_WAIT_MS).unref();
          response.on('error', reject);
        },
      );
      outgoing.on('error', (error) => reject(error.name === 'TimeoutError' || error.name === 'AbortError' ? new Error(`no answer within ${WEBHOOK_TIMEOUT_MS / 1000} s`) : error));
      outgoing.end(body);
    });
  }
}

/** dns.lookup, refusing every private address it resolves to. */
const publicOnlyLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, options as LookupOptions, (error, address: string | LookupAddress[], family?: number) => {
    if (error) return callback(error, '', 0);
    const addresses = Array.isArray(address) ? address.map((one) => one.address) : [address];
    const refused = addresses.find(isPrivateAddress);
    if (refused) return callback(new RefusedTargetError(`refused: ${hostname} resolves to the private address ${refused}`), '', 0);
    (callback as (error: null, address: string | LookupAddress[], family?: number) => void)(null, address, family);
  });
};
