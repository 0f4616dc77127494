import { isSandboxId, sandboxCatalog } from '@/sandboxes/catalog';
import { SandboxSlot } from './SandboxSlot';

/** <Sandbox id="…" /> in a chapter. An unknown id fails the build (and the content check says where). */
export function Sandbox({ id }: { id: string }) {
  if (!isSandboxId(id)) {
    throw new Error(`Unknown sandbox id "${id}". Known ids: ${Object.keys(sandboxCatalog).join(', ')}.`);
  }
  return <SandboxSlot id={id} />;
}
