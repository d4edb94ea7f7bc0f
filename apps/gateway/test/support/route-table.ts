import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA, ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { ModulesContainer, Reflector } from '@nestjs/core';
import type { z } from 'zod';
import { type AccessRule, accessRuleOf } from '@layanan/auth/server';
import type { TestApp } from './test-app';

/** One route of the gateway, read from the controllers' metadata (the route table). */
export interface RouteEntry {
  method: string;
  /** Express-style path, e.g. `/api/cases/:code`. */
  path: string;
  /** `GET /api/cases/:code` */
  route: string;
  rule: AccessRule | undefined;
  /** The zod schemas the route validates its input with (`@Body({ schema })`, `@Query({ schema })`, `@Param(name, { schema })`). */
  body?: z.ZodType;
  query?: z.ZodType;
  params: Record<string, z.ZodType | undefined>;
}

interface ArgMetadata {
  index: number;
  data?: unknown;
  schema?: z.ZodType;
}

/** Every route of every controller of the booted app. */
export function routeTable(t: TestApp): RouteEntry[] {
  const reflector = t.app.get(Reflector);
  const found: RouteEntry[] = [];
  for (const module of t.app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as new (...args: never[]) => object;
      const prototype = controller.prototype as Record<string, unknown>;
      const base = String(Reflect.getMetadata(PATH_METADATA, controller) ?? '');
      for (const name of Object.getOwnPropertyNames(prototype)) {
        const handler = prototype[name];
        if (name === 'constructor' || typeof handler !== 'function') continue;
        const sub = Reflect.getMetadata(PATH_METADATA, handler) as string | undefined;
        if (sub === undefined) continue;
        const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as number];
        const path = `/${base}/${sub}`.replace(/\/+/g, '/').replace(/(.)\/$/, '$1');
        const entry: RouteEntry = {
          method,
          path,
          route: `${method} ${path}`,
          rule: accessRuleOf(reflector, handler, controller),
          params: {},
        };
        const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, name) ?? {}) as Record<
          string,
          ArgMetadata
        >;
        for (const [key, arg] of Object.entries(args)) {
          const type = Number(key.split(':')[0]);
          if (type === Number(RouteParamtypes.BODY)) entry.body = arg.schema;
          else if (type === Number(RouteParamtypes.QUERY) && !arg.data) entry.query = arg.schema;
          else if (type === Number(RouteParamtypes.PARAM) && typeof arg.data === 'string')
            entry.params[arg.data] = arg.schema;
        }
        for (const param of path.matchAll(/:(\w+)/g)) entry.params[param[1]] ??= undefined;
        found.push(entry);
      }
    }
  }
  return found;
}

/** The route's path with its parameters filled in. */
export function fillPath(path: string, values: (name: string) => string): string {
  return path.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(values(name)));
}
