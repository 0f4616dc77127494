import { bootWorker } from '@/lib/sandbox/boot';
import type { CellApi } from '@/lib/sql-cells/protocol';
import { serveWorker } from '@/lib/worker/host';
import { cellHandlers } from './handler';

bootWorker((scope, env) => serveWorker<CellApi>(cellHandlers(env), scope));
