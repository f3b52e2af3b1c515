/**
 * Test-only fault injection for the fail-safe end-to-end tests (test/e2e/hardening-failsafe).
 * `__CG_FAULT__` is a build-time constant (wxt.config.ts `define`): '' in every real build,
 * so `faultAt` folds to an empty function and the minifier drops it and its calls. Only a
 * build made with `--mode e2e-fault` and CG_FAULT=detector|ui, into a temp dir, throws here.
 */
declare const __CG_FAULT__: string;

const FAULT = typeof __CG_FAULT__ === 'string' ? __CG_FAULT__ : '';

export function faultAt(seam: 'detector' | 'ui'): void {
  if (FAULT !== '' && FAULT === seam) throw new Error(`contact-guard e2e fault: ${seam}`);
}
