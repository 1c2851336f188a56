// Screenshot comparison against the baselines committed in baselines/: pixelmatch with a small tolerance, so
// anti-aliasing noise passes and a moved line or a missing symbol does not. --update-screenshots rewrites them.

import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import pixelmatch from "pixelmatch";
import { PNG } from "pngjs";

const BASELINES = join(dirname(fileURLToPath(import.meta.url)), "baselines");
// Where the actual picture and the difference go when a comparison fails (to look at, never committed).
const FAILURES = process.env.E2E_SCREENSHOT_DIR ?? "/tmp/family-context-e2e";

/** A pixel counts as different past this colour distance (0..1), and the picture fails past this share of them. */
const PIXEL_THRESHOLD = 0.1;
const MAX_DIFFERENT_SHARE = 0.002;

/** Compares (or, updating, stores) a screenshot; returns [ok, what] for a check. */
export function compareWithBaseline(name, actualBytes, update) {
  const file = join(BASELINES, `${name}.png`);
  if (update) {
    mkdirSync(BASELINES, { recursive: true });
    writeFileSync(file, actualBytes);
    return [true, `baseline ${name}.png written`];
  }
  if (!existsSync(file)) return [false, `${name}: no baseline (run with --update-screenshots and commit it)`];
  const expected = PNG.sync.read(readFileSync(file));
  const actual = PNG.sync.read(actualBytes);
  if (expected.width !== actual.width || expected.height !== actual.height) {
    keep(name, actualBytes);
    return [false, `${name}: size ${actual.width}x${actual.height}, baseline ${expected.width}x${expected.height} (actual in ${FAILURES})`];
  }
  const diff = new PNG({ width: actual.width, height: actual.height });
  const different = pixelmatch(expected.data, actual.data, diff.data, actual.width, actual.height, { threshold: PIXEL_THRESHOLD });
  const share = different / (actual.width * actual.height);
  const ok = share <= MAX_DIFFERENT_SHARE;
  if (!ok) {
    keep(name, actualBytes);
    writeFileSync(join(FAILURES, `${name}.diff.png`), PNG.sync.write(diff));
  }
  return [ok, `${name} matches its baseline (${different} pixels differ, ${(share * 100).toFixed(3)}%${ok ? "" : `; actual and diff in ${FAILURES}`})`];
}

function keep(name, bytes) {
  mkdirSync(FAILURES, { recursive: true });
  writeFileSync(join(FAILURES, `${name}.actual.png`), bytes);
}
