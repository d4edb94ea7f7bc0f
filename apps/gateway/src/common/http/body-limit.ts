/** BODY_LIMIT (`512kb`, `1mb`, `2048b`) in bytes, as Fastify takes it. */
export function bodyLimitBytes(limit: string): number {
  const match = /^(\d+)(b|kb|mb)$/.exec(limit);
  if (!match) throw new Error(`BODY_LIMIT ${limit} is not <number>b, kb or mb`);
  const unit = { b: 1, kb: 1024, mb: 1024 * 1024 }[match[2] as 'b' | 'kb' | 'mb'];
  return Number(match[1]) * unit;
}
