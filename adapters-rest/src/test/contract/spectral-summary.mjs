// Prints Spectral's JSON report as counts: errors and warnings, then per rule, then the errors themselves (at most
// 60). Exits 1 when there is an error. Used by scripts/check-api-contract.sh.
import { readFileSync } from "node:fs";

const results = JSON.parse(readFileSync(process.argv[2], "utf8"));
const severities = ["error", "warning", "info", "hint"];
const totals = [0, 0, 0, 0];
const perRule = new Map();
for (const r of results) {
  totals[r.severity] += 1;
  const key = `${severities[r.severity]} ${r.code}`;
  perRule.set(key, (perRule.get(key) ?? 0) + 1);
}
console.log(`[spectral] ${totals[0]} errors, ${totals[1]} warnings, ${totals[2]} infos, ${totals[3]} hints`);
for (const [key, count] of [...perRule].sort((a, b) => a[0].localeCompare(b[0]))) {
  console.log(`[spectral]   ${String(count).padStart(5)} ${key}`);
}
const errors = results.filter((r) => r.severity === 0);
for (const r of errors.slice(0, 60)) {
  console.log(`[spectral] error ${r.code} at ${r.path.join(".")} (line ${r.range.start.line + 1}): ${r.message}`);
}
if (errors.length > 60) console.log(`[spectral] ... and ${errors.length - 60} more errors (adapters-rest/target/contract/spectral.json)`);
process.exit(errors.length > 0 ? 1 : 0);
