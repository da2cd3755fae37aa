/**
 * jsdom plus the few web-platform globals it lacks and Node has: React Router's
 * data router builds a `Request` (with an `AbortSignal`) for every navigation,
 * and needs `TextEncoder` when it loads. `FormData` stays jsdom's, because only
 * that one can read a <form> element.
 */
const { TestEnvironment } = require('jest-environment-jsdom');

const FROM_NODE = [
  'TextEncoder',
  'TextDecoder',
  'Request',
  'Response',
  'Headers',
  'AbortController',
  'AbortSignal',
  'ReadableStream',
  'structuredClone',
];

class JsdomWithFetchGlobals extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    for (const name of FROM_NODE) this.global[name] = globalThis[name];
  }
}

module.exports = JsdomWithFetchGlobals;
