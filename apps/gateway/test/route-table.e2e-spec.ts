import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { ModulesContainer, Reflector } from '@nestjs/core';
import { accessRuleOf } from '@layanan/auth/server';
import { type TestApp, bootTestApp } from './support/test-app';

/** Every route declares who may call it (immich's habit): public, or the permissions it needs. */
describe('route table', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await bootTestApp();
  });
  afterAll(() => t.close());

  function routes() {
    const reflector = t.app.get(Reflector);
    const found: { route: string; rule: ReturnType<typeof accessRuleOf> }[] = [];
    for (const module of t.app.get(ModulesContainer).values()) {
      for (const wrapper of module.controllers.values()) {
        const controller = wrapper.metatype as new (...args: never[]) => object;
        const prototype = controller.prototype as Record<string, unknown>;
        const base = String(Reflect.getMetadata(PATH_METADATA, controller) ?? '');
        for (const name of Object.getOwnPropertyNames(prototype)) {
          const handler = prototype[name];
          if (name === 'constructor' || typeof handler !== 'function') continue;
          const path = Reflect.getMetadata(PATH_METADATA, handler) as string | undefined;
          if (path === undefined) continue;
          const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as number];
          found.push({
            route: `${method} /${base}/${path}`.replace(/\/+/g, '/').replace(/(.)\/$/, '$1'),
            rule: accessRuleOf(reflector, handler, controller),
          });
        }
      }
    }
    return found;
  }

  it('finds the routes of every module', () => {
    const all = routes().map((r) => r.route);
    expect(all).toEqual(
      expect.arrayContaining([
        'POST /api/auth/login',
        'GET /api/admin/staff',
        'GET /api/health',
        'GET /api/regions/districts',
      ]),
    );
    expect(all.length).toBeGreaterThanOrEqual(20);
  });

  it('has a permission or public declaration on every route', () => {
    const undeclared = routes()
      .filter((r) => !r.rule)
      .map((r) => r.route);
    expect(undeclared).toEqual([]);
  });

  it('keeps the staff and admin routes non-public', () => {
    const publicStaff = routes().filter(
      (r) => /\/api\/(admin|residents)\//.test(r.route) && r.rule?.kind === 'public',
    );
    expect(publicStaff).toEqual([]);
  });
});
