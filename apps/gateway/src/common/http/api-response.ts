import { applyDecorators } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';
import { z } from 'zod';

const errorBodySchema = z.object({
  statusCode: z.number().int(),
  code: z.string(),
  message: z.string(),
  fields: z.record(z.string(), z.string()),
});

type JsonSchema = Parameters<typeof ApiResponse>[0] extends infer O
  ? O extends { schema?: infer S }
    ? S
    : never
  : never;

function jsonSchemaOf(schema: z.ZodType): JsonSchema {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' });
  return rest as JsonSchema;
}

/**
 * Documents a route's JSON answer from a domain zod schema, plus the error
 * body every 4xx shares, so that the generated client is typed end to end.
 */
export function ApiJson(schema: z.ZodType | null, status = 200) {
  return applyDecorators(
    ApiResponse(
      schema
        ? { status, schema: jsonSchemaOf(schema), description: 'OK' }
        : { status, description: 'No content' },
    ),
    ApiResponse({
      status: '4XX',
      schema: jsonSchemaOf(errorBodySchema),
      description: 'Error: { statusCode, code, message, fields }',
    }),
  );
}
