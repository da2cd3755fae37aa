import type { FastifyReply } from 'fastify';

/**
 * Open Badges documents are JSON-LD: served as application/ld+json, or as application/json to a client that asks
 * for that and not for JSON-LD (Open Badges 2.0, "Setting Content-Type").
 */
export function sendLinkedData(reply: FastifyReply, accept: string | undefined, document: object): void {
  const wantsPlainJson = /application\/json/.test(accept ?? '') && !/application\/ld\+json/.test(accept ?? '');
  // A route that also varies on something else (the verification page's language) has said so already.
  if (!reply.hasHeader('vary')) void reply.header('vary', 'Accept');
  void reply
    .type(`${wantsPlainJson ? 'application/json' : 'application/ld+json'}; charset=utf-8`)
    // Public documents without credentials: badge displayers in a browser may read them.
    .header('access-control-allow-origin', '*')
    .send(JSON.stringify(document));
}
