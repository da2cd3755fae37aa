import type { FastifyReply } from 'fastify';

/**
 * Open Badges documents are JSON-LD: served as application/ld+json, or as application/json to a client that asks
 * for that and not for JSON-LD (Open Badges 2.0, "Setting Content-Type").
 */
export function sendLinkedData(reply: FastifyReply, accept: string | undefined, document: object): void {
  const wantsPlainJson = /application\/json/.test(accept ?? '') && !/application\/ld\+json/.test(accept ?? '');
  // A route that also varies on something else (the verification page's language) has said so already.
  if (!reply.hasHeader('vary')) void reply.header('vary', 'Accept');
  void openToOtherSites(reply)
    .type(`${wantsPlainJson ? 'application/json' : 'application/ld+json'}; charset=utf-8`)
    .send(JSON.stringify(document));
}

/**
 * Public badge documents and images, without credentials: badge displayers and backpacks on other sites read the JSON
 * (CORS) and show the image (`Cross-Origin-Resource-Policy`, which helmet sets to same-origin for every answer).
 */
export function openToOtherSites(reply: FastifyReply): FastifyReply {
  return reply.header('access-control-allow-origin', '*').header('cross-origin-resource-policy', 'cross-origin');
}
