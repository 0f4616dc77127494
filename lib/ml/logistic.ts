/**
 * Logistic regression fitted by Newton's method (iteratively reweighted least squares) with an L2
 * penalty on the weights but not the intercept. Features are standardised with the training data's
 * means and standard deviations first, so one penalty suits features of any scale; a feature that
 * is constant in the training data gets weight 0. Deterministic: no random start, no shuffling.
 */
export interface LogisticOptions {
  /** L2 penalty λ on the standardised weights (the objective adds λ/2 · ‖w‖²). 0 is plain maximum likelihood. */
  l2?: number;
  /** Newton steps at most; it stops earlier once no weight moves by more than `tolerance`. */
  maxIterations?: number;
  tolerance?: number;
}

export interface LogisticModel {
  /** Intercept and weights on the standardised features. */
  intercept: number;
  weights: number[];
  /** The same model on the raw features: logit = rawIntercept + Σ rawWeights[j] · x[j]. */
  rawIntercept: number;
  rawWeights: number[];
  means: number[];
  sds: number[];
  iterations: number;
  converged: boolean;
}

export const sigmoid = (z: number): number => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

/** Fits P(y = 1 | x) = σ(b + w·x) to rows `x` (each the same length) and 0/1 labels `y`. */
export function fitLogistic(x: readonly (readonly number[])[], y: ArrayLike<number>, options: LogisticOptions = {}): LogisticModel {
  const { l2 = 1, maxIterations = 50, tolerance = 1e-9 } = options;
  const n = x.length;
  if (n === 0) throw new RangeError('fitLogistic needs at least one row');
  if (y.length !== n) throw new RangeError(`fitLogistic: ${n} rows but ${y.length} labels`);
  const p = x[0]!.length;
  const means = new Array<number>(p).fill(0);
  const sds = new Array<number>(p).fill(0);
  for (const row of x) for (let j = 0; j < p; j++) means[j]! += (row[j] as number) / n;
  for (const row of x) for (let j = 0; j < p; j++) sds[j]! += ((row[j] as number) - means[j]!) ** 2 / n;
  for (let j = 0; j < p; j++) sds[j] = Math.sqrt(sds[j]!);
  // Design matrix with a leading 1 for the intercept; a constant column becomes all zeros.
  const z = x.map((row) => [1, ...row.map((v, j) => (sds[j]! > 0 ? (v - means[j]!) / sds[j]! : 0))]);
  const k = p + 1;
  let beta = new Array<number>(k).fill(0);
  let iterations = 0;
  let converged = false;
  while (iterations < maxIterations && !converged) {
    iterations++;
    const gradient = new Array<number>(k).fill(0);
    const hessian = Array.from({ length: k }, () => new Array<number>(k).fill(0));
    for (let i = 0; i < n; i++) {
      const zi = z[i]!;
      let eta = 0;
      for (let a = 0; a < k; a++) eta += beta[a]! * zi[a]!;
      const prob = sigmoid(eta);
      const residual = (y[i] as number) - prob;
      const weight = prob * (1 - prob);
      for (let a = 0; a < k; a++) {
        gradient[a]! += residual * zi[a]!;
        if (zi[a] === 0) continue;
        for (let b = a; b < k; b++) hessian[a]![b]! += weight * zi[a]! * zi[b]!;
      }
    }
    for (let a = 0; a < k; a++) for (let b = 0; b < a; b++) hessian[a]![b] = hessian[b]![a]!;
    for (let a = 1; a < k; a++) {
      gradient[a]! -= l2 * beta[a]!;
      hessian[a]![a]! += l2;
    }
    // A column of zeros (constant feature) would make the system singular: pin its weight at 0.
    for (let a = 1; a < k; a++) if (sds[a - 1] === 0) hessian[a]![a] = 1;
    const step = solve(hessian, gradient);
    beta = beta.map((b, a) => b + step[a]!);
    converged = step.every((s) => Math.abs(s) <= tolerance);
  }
  const weights = beta.slice(1);
  const rawWeights = weights.map((w, j) => (sds[j]! > 0 ? w / sds[j]! : 0));
  const rawIntercept = beta[0]! - rawWeights.reduce((sum, w, j) => sum + w * means[j]!, 0);
  return { intercept: beta[0]!, weights, rawIntercept, rawWeights, means, sds, iterations, converged };
}

/** P(y = 1) for one row of raw features. */
export function predictLogistic(model: LogisticModel, row: readonly number[]): number {
  let eta = model.rawIntercept;
  for (let j = 0; j < model.rawWeights.length; j++) eta += model.rawWeights[j]! * (row[j] as number);
  return sigmoid(eta);
}

/** Solves A·s = g by Gaussian elimination with partial pivoting (A is small: features + 1). */
function solve(matrix: number[][], rhs: number[]): number[] {
  const k = rhs.length;
  const a = matrix.map((row, i) => [...row, rhs[i]!]);
  for (let col = 0; col < k; col++) {
    let pivot = col;
    for (let r = col + 1; r < k; r++) if (Math.abs(a[r]![col]!) > Math.abs(a[pivot]![col]!)) pivot = r;
    [a[col], a[pivot]] = [a[pivot]!, a[col]!];
    const lead = a[col]![col]!;
    if (Math.abs(lead) < 1e-300) throw new Error('fitLogistic: the Newton system is singular (perfectly separated data without an L2 penalty?)');
    for (let r = col + 1; r < k; r++) {
      const factor = a[r]![col]! / lead;
      if (factor === 0) continue;
      for (let c = col; c <= k; c++) a[r]![c]! -= factor * a[col]![c]!;
    }
  }
  const s = new Array<number>(k).fill(0);
  for (let r = k - 1; r >= 0; r--) {
    let sum = a[r]![k]!;
    for (let c = r + 1; c < k; c++) sum -= a[r]![c]! * s[c]!;
    s[r] = sum / a[r]![r]!;
  }
  return s;
}
