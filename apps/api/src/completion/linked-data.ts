import type { FastifyReply } from 'fastify';

/**
 * Open Badges documents are JSON-LD: served as application/ld+json, or as application/json to a client that asks
 * for that and not for JSON-LD (Open Badges 2.0, "Setting Content-Type").
 */
export function sendLinkedData(reply: FastifyReply, accept: string | undefined, document: object, status = 200): void {
  const wantsPlainJson = /application\/json/.test(accept ?? '') && !/application\/ld\+json/.test(accept ?? '');
  void reply
    .status(status)
    .type(`${wantsPlainJson ? 'application/json' : 'application/ld+json'}; charset=utf-8`)
    .header('vary', 'Accept')
    .header('access-control-allow-origin', '*')
    .send(JSON.stringify(document));
}
