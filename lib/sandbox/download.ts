/** What every sandbox's "Download results" file holds, so results can be checked by anyone. */
export interface ResultsFile<P, R> {
  sandbox: string;
  version: number;
  params: P;
  seed: number;
  environment: { userAgent: string; hardwareConcurrency: number | null; downloadedAt: string };
  results: R;
}

export function describeEnvironment(): ResultsFile<unknown, unknown>['environment'] {
  return {
    userAgent: navigator.userAgent,
    hardwareConcurrency: navigator.hardwareConcurrency ?? null,
    downloadedAt: new Date().toISOString(),
  };
}

/** Saves a sandbox's result with everything needed to reproduce and check it. */
export function downloadResults<P extends { seed: number }, R>(sandbox: string, version: number, params: P, results: R): void {
  const file: ResultsFile<P, R> = { sandbox, version, params, seed: params.seed, environment: describeEnvironment(), results };
  downloadJson(`${sandbox}-results.json`, file);
}

export function downloadJson(filename: string, data: unknown): void {
  downloadText(filename, JSON.stringify(data, null, 2), 'application/json');
}

export function downloadText(filename: string, text: string, type: string): void {
  const blob = new Blob([text], { type });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
