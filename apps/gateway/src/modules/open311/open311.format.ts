import type { FastifyReply } from 'fastify';
import { create } from 'xmlbuilder2';

/** The answer formats of GeoReport v2: `.xml` (required by the spec) and `.json`. */
export const open311Formats = ['xml', 'json'] as const;
export type Open311Format = (typeof open311Formats)[number];

export function isOpen311Format(value: unknown): value is Open311Format {
  return value === 'xml' || value === 'json';
}

/** The format an Open311 URL asks for; XML (the required one) when it names none we serve. */
export function formatOfPath(path: string): Open311Format {
  return /\.json$/i.test(path) ? 'json' : 'xml';
}

export type Open311Value =
  string | number | boolean | null | Open311Value[] | { [key: string]: Open311Value };

/**
 * The element of each item of a list in XML, after the spec's examples and
 * mySociety's extension (`<services><service>`, `<service_requests><request>`,
 * `<service_request_updates><request_update>`, …). In JSON a list is an array.
 */
const itemElements: Record<string, string> = {
  services: 'service',
  attributes: 'attribute',
  values: 'value',
  service_requests: 'request',
  service_request_updates: 'request_update',
  errors: 'error',
  endpoints: 'endpoint',
  formats: 'format',
};

/** One answer: the XML root element and the body (an array for list roots, as the JSON of the spec). */
export interface Open311Document {
  root: string;
  body: Open311Value;
}

/** Characters XML 1.0 cannot carry (control characters people paste in) are dropped. */
const notXmlChar = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

type XmlNode = ReturnType<typeof create>;

function appendElement(parent: XmlNode, name: string, value: Open311Value) {
  const element = parent.ele(name);
  if (value === null) return;
  if (Array.isArray(value)) {
    const item = itemElements[name];
    if (!item) throw new Error(`No Open311 item element for the list ${name}`);
    for (const entry of value) appendElement(element, item, entry);
    return;
  }
  if (typeof value === 'object') {
    for (const [key, entry] of Object.entries(value)) appendElement(element, key, entry);
    return;
  }
  const text = String(value).replace(notXmlChar, '');
  if (text) element.txt(text);
}

/** XML with the UTF-8 declaration, schemaless and without a namespace (GeoReport v2, XML Support). */
export function renderXml(doc: Open311Document): string {
  const root = create({ version: '1.0', encoding: 'UTF-8' });
  appendElement(root, doc.root, doc.body);
  return root.end({ prettyPrint: true });
}

export function renderJson(doc: Open311Document): string {
  return JSON.stringify(doc.body);
}

export const contentTypes: Record<Open311Format, string> = {
  xml: 'text/xml; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

/** Writes an Open311 answer; public reads may be fetched from any origin (as FixMyStreet does). */
export function sendOpen311(
  reply: FastifyReply,
  format: Open311Format,
  status: number,
  doc: Open311Document,
) {
  reply.status(status).header('Content-Type', contentTypes[format]);
  if (reply.request.method === 'GET') reply.header('Access-Control-Allow-Origin', '*');
  return reply.send(format === 'json' ? renderJson(doc) : renderXml(doc));
}

/** A body refused before the route ran (too large, not JSON, a type no parser reads): Open311's 400. */
export function sendOpen311Refusal(reply: FastifyReply, path: string, description: string) {
  return sendOpen311(reply, formatOfPath(path), 400, {
    root: 'errors',
    body: [{ code: 400, description }],
  });
}
