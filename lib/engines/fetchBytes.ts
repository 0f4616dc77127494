/**
 * Fetches a file from the site with progress in bytes, so the frame can say "DuckDB: 12 of 33 MB"
 * while an engine loads. `total` is null when the server does not say (no Content-Length, or a
 * compressed response whose length is not the body's).
 */
export async function fetchBytes(url: string, onBytes: (loaded: number, total: number | null) => void): Promise<ArrayBuffer> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status} ${response.statusText}`.trim());
  const header = Number(response.headers.get('content-length'));
  const encoded = response.headers.get('content-encoding');
  const total = Number.isFinite(header) && header > 0 && !encoded ? header : null;
  if (!response.body) {
    const buffer = await response.arrayBuffer();
    onBytes(buffer.byteLength, buffer.byteLength);
    return buffer;
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  onBytes(0, total);
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    loaded += value.byteLength;
    onBytes(loaded, total);
  }
  const out = new Uint8Array(loaded);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  onBytes(loaded, loaded);
  return out.buffer;
}
