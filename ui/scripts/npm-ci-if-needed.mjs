// Runs `npm ci` unless node_modules is already installed from the current package-lock.json
// (npm writes node_modules/.package-lock.json on install; it is newer than the lock file then).
import { spawnSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";

const installed = "node_modules/.package-lock.json";
if (existsSync(installed) && statSync(installed).mtimeMs >= statSync("package-lock.json").mtimeMs) {
  console.log("ui: node_modules is up to date with package-lock.json; skipping npm ci");
  process.exit(0);
}
const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const result = spawnSync(npm, ["ci", "--no-audit", "--no-fund"], { stdio: "inherit", shell: process.platform === "win32" });
process.exit(result.status ?? 1);
