import Ajv, { type ValidateFunction } from 'ajv';
import { XMLParser } from 'fast-xml-parser';
import type { Response } from 'supertest';
import type { TestApp } from './test-app';

export const BASE = '/open311/v2';
export const DEMO_KEY = 'demo-open311-key';

/** A GeoReport v2 datetime as this server writes it: W3C, in WIB. */
const wib = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+07:00$' } as const;
const text = { type: 'string' } as const;
const textOrNull = { type: ['string', 'null'] } as const;
const list = (items: object, minItems = 0) => ({ type: 'array', items, minItems });
const record = (properties: Record<string, object>, required: string[] = Object.keys(properties)) => ({
  type: 'object',
  properties,
  required,
  additionalProperties: false,
});

const datatypes = ['string', 'number', 'datetime', 'text', 'singlevaluelist', 'multivaluelist'];

/**
 * JSON schemas written from the GeoReport v2 spec (open311.github.io) and
 * mySociety's servicerequestupdates. `additionalProperties: false` also
 * proves that nothing else (a reporter's name, an account id) rides along.
 */
export const schemas = {
  errors: list(record({ code: { type: 'integer', enum: [400, 403, 404] }, description: text }), 1),
  discovery: record(
    {
      changeset: wib,
      contact: text,
      key_service: text,
      endpoints: list(
        record({
          specification: { const: 'http://wiki.open311.org/GeoReport_v2' },
          url: { type: 'string', pattern: '^https?://.+/open311/v2$' },
          changeset: wib,
          type: { enum: ['production', 'test'] },
          formats: list({ enum: ['text/xml', 'application/json'] }, 1),
        }),
        1,
      ),
    },
    ['changeset', 'contact', 'endpoints'],
  ),
  services: list(
    record(
      {
        service_code: text,
        service_name: text,
        description: text,
        metadata: { type: 'boolean' },
        type: { enum: ['realtime', 'batch', 'blackbox'] },
        keywords: text,
        group: text,
      },
      ['service_code', 'service_name', 'metadata', 'type'],
    ),
    1,
  ),
  serviceDefinition: record({
    service_code: text,
    attributes: list(
      record(
        {
          variable: { type: 'boolean' },
          code: text,
          datatype: { enum: datatypes },
          required: { type: 'boolean' },
          datatype_description: textOrNull,
          order: { type: 'integer', minimum: 1 },
          description: text,
          values: list(record({ key: text, name: text })),
        },
        ['variable', 'code', 'datatype', 'required', 'datatype_description', 'order', 'description'],
      ),
    ),
  }),
  /** POST requests: service_request_id, and no token beside it (realtime). */
  created: list(
    record({ service_request_id: text, service_notice: textOrNull, account_id: textOrNull }, [
      'service_request_id',
    ]),
    1,
  ),
  token: list(record({ service_request_id: text, token: text }), 1),
  requests: list(
    record({
      service_request_id: { type: 'string', pattern: '^(LRG|MDL|SHT)-[0-9A-Z]{4}-[0-9A-Z]{4}$' },
      status: { enum: ['open', 'closed'] },
      status_notes: textOrNull,
      service_name: text,
      service_code: text,
      description: textOrNull,
      agency_responsible: textOrNull,
      service_notice: textOrNull,
      requested_datetime: wib,
      updated_datetime: wib,
      expected_datetime: { anyOf: [wib, { type: 'null' }] },
      address: textOrNull,
      address_id: textOrNull,
      zipcode: textOrNull,
      lat: { type: ['number', 'null'] },
      long: { type: ['number', 'null'] },
      media_url: textOrNull,
    }),
  ),
  updates: list(
    record({
      update_id: { type: 'string', pattern: '^\\d+$' },
      service_request_id: text,
      status: { enum: ['open', 'closed'] },
      updated_datetime: wib,
      description: text,
      media_url: textOrNull,
    }),
  ),
  updateCreated: list(record({ update_id: { type: 'string', pattern: '^\\d+$' } }), 1),
};

const ajv = new Ajv({ allErrors: true, strict: true, strictTypes: false, allowUnionTypes: true });
const compiled = new Map<object, ValidateFunction>();

/** Fails with ajv's own account of what is wrong. */
export function expectSchema(schema: object, body: unknown) {
  let validate = compiled.get(schema);
  if (!validate) {
    validate = ajv.compile(schema);
    compiled.set(schema, validate);
  }
  if (!validate(body)) throw new Error(`JSON does not match the schema: ${ajv.errorsText(validate.errors)}`);
}

/** List elements: always arrays, even with one item (the spec's XML examples). */
const itemElements = [
  'service',
  'attribute',
  'value',
  'request',
  'request_update',
  'error',
  'endpoint',
  'format',
];
const parser = new XMLParser({
  ignoreDeclaration: false,
  ignoreAttributes: false,
  parseTagValue: false,
  isArray: (name) => itemElements.includes(name),
});

export type XmlTree = Record<string, unknown>;

/** Checks what every XML answer must be (declaration, content type, no namespace) and parses it. */
export function xmlOf(res: Response): XmlTree {
  expect(res.headers['content-type']).toBe('text/xml; charset=utf-8');
  expect(res.text.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
  expect(res.text).not.toContain('xmlns');
  const tree = parser.parse(res.text) as XmlTree;
  expect(tree['?xml']).toEqual({ '@_version': '1.0', '@_encoding': 'UTF-8' });
  delete tree['?xml'];
  return tree;
}

export function jsonOf(res: Response): unknown {
  expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
  return res.body as unknown;
}

/** The errors of an XML error answer. */
export function xmlErrors(res: Response): { code: string; description: string }[] {
  const tree = xmlOf(res);
  expect(Object.keys(tree)).toEqual(['errors']);
  return (tree.errors as { error: { code: string; description: string }[] }).error;
}

/** The element names of one XML item, in order. */
export function elementNames(item: unknown): string[] {
  return Object.keys(item as object);
}

export function get(t: TestApp, path: string, query: Record<string, string> = {}) {
  return t.http().get(`${BASE}/${path}`).query(query);
}

/** A form-encoded POST, as the spec asks (`attribute[code][]` keys go through as written). */
export function postForm(t: TestApp, path: string, form: Record<string, string | string[]>) {
  const body = new URLSearchParams();
  for (const [key, value] of Object.entries(form)) {
    for (const v of Array.isArray(value) ? value : [value]) body.append(key, v);
  }
  return t
    .http()
    .post(`${BASE}/${path}`)
    .set('Content-Type', 'application/x-www-form-urlencoded; charset=utf-8')
    .send(body.toString());
}

/** A pothole on Jalan Raya Tlanakan, as a client app would send it. */
export function potholeForm(overrides: Record<string, string | string[]> = {}) {
  return {
    api_key: DEMO_KEY,
    service_code: 'lorong-jalan_berlubang',
    lat: '-7.2231',
    long: '113.4362',
    description:
      'Lubang besar di Jalan Raya Tlanakan\nSedalam 20 cm di lajur kiri, dua motor jatuh minggu ini.',
    'attribute[ukuran]': 'besar',
    ...overrides,
  };
}
