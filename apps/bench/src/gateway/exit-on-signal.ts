/**
 * Preloaded into a measured server (node --require): on SIGTERM or SIGINT the
 * process exits normally, so that --cpu-prof can write its profile.
 */
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => process.exit(0));
}
