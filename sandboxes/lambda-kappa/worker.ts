import { bootSandboxWorker } from '@/lib/sandbox/boot';
import { handler } from './handler';

bootSandboxWorker(handler);
