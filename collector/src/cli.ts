/**
 * `sm-maturity-check-collector serve | benchmark | validate`. Options by node:util's parseArgs;
 * secrets may come from the environment (SM_ADMIN_TOKEN, DATABASE_URL) so they stay out of `ps`.
 */
import { parseArgs } from 'node:util';
import { validateFile } from 'sm-maturity-check/validate';
import { loadConfigs } from './configs.ts';

const USAGE = `usage:
  sm-maturity-check-collector serve [--data DIR] [--port 8787] [--host 127.0.0.1] [--config FILE]...
      [--allow-origin https://www.example.nl]... [--rate-limit 60] [--trust-proxy] [--admin-token T]
      [--retain-days 365]                (DATABASE_URL set: PostgreSQL instead of PGlite in --data)
  sm-maturity-check-collector benchmark --config ID@VERSION --out FILE [--min-n 100] [--version V]
      [--data DIR] [--config-file FILE]...
  sm-maturity-check-collector validate FILE`;

const int = (value: string | undefined, fallback: number, name: string) => {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a whole number ≥ 0`);
  return n;
};

async function serveCommand(args: string[]) {
  const { values } = parseArgs({
    args,
    options: {
      data: { type: 'string', default: './collector-data' },
      port: { type: 'string' },
      host: { type: 'string', default: '127.0.0.1' },
      config: { type: 'string', multiple: true, default: [] },
      'allow-origin': { type: 'string', multiple: true, default: [] },
      'rate-limit': { type: 'string' },
      'trust-proxy': { type: 'boolean', default: false },
      'admin-token': { type: 'string' },
      'retain-days': { type: 'string' },
    },
  });
  for (const origin of values['allow-origin']) {
    if (!/^https?:\/\/[^/]+$/.test(origin))
      throw new Error(`--allow-origin ${origin}: give an origin such as https://www.example.nl`);
  }
  const databaseUrl = process.env.DATABASE_URL || undefined;
  // Loaded on demand: the database drivers are large, and `validate` needs none of them.
  const { startCollector } = await import('./server.ts');
  const running = await startCollector({
    dataDir: values.data,
    databaseUrl,
    configs: loadConfigs(values.config),
    host: values.host,
    port: int(values.port ?? process.env.PORT, 8787, 'port'),
    allowOrigins: values['allow-origin'],
    rateLimit: int(values['rate-limit'], 60, 'rate-limit'),
    trustProxy: values['trust-proxy'],
    adminToken: values['admin-token'] ?? process.env.SM_ADMIN_TOKEN,
    retainDays: int(values['retain-days'], 365, 'retain-days'),
  });
  console.log(`collector listening on ${running.url} (${databaseUrl ? 'PostgreSQL' : `PGlite in ${values.data}`})`);
  const stop = () => void running.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

async function main(argv: string[]) {
  const [command, ...args] = argv;
  if (command === 'serve') return serveCommand(args);
  if (command === 'benchmark') return (await import('./benchmark.ts')).buildBenchmarkCommand(args);
  if (command === 'validate' && args.length === 1) {
    process.exitCode = validateFile(args[0]!);
    return;
  }
  console.error(USAGE);
  process.exitCode = 2;
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
