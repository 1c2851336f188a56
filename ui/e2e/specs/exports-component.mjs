// The eco-map and the exports on a page of their own (ui/e2e/exports.mjs, written with the exports: the app's own
// Content-Security-Policy, SVG/PNG/PDF A4 and A3 files checked by their bytes, print to PDF, the conference
// version). It needs no server, so it runs as it is, and its checks are counted here with the others'.

import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export default async function exportsComponent(t) {
  const here = dirname(fileURLToPath(import.meta.url));
  const out = mkdtempSync(join(tmpdir(), "family-context-exports-"));
  try {
    const { code, stdout } = await new Promise((resolve) => {
      execFile(process.execPath, [join(here, "..", "exports.mjs"), out], { cwd: join(here, "..", "..", ".."), timeout: 120000 },
        (error, stdout, stderr) => resolve({ code: error ? (error.code ?? 1) : 0, stdout: stdout + stderr }));
    });
    let counted = 0;
    for (const line of stdout.split("\n")) {
      const m = /^(ok {2}|FAIL) (.*)$/.exec(line);
      if (m) {
        t.check(m[1] === "ok  ", `exports page: ${m[2]}`);
        counted++;
      }
    }
    t.check(code === 0 && counted > 0, `exports.mjs ran to the end (exit ${code}, ${counted} checks)${code === 0 ? "" : `: ${stdout.split("\n").filter(Boolean).slice(-3).join(" | ")}`}`);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
