// Walks one goal through declaration, submission, department review, finance review and approval against a running
// service, typed by the client that openapi-typescript generates from docs/openapi.yaml (target/contract/api.d.ts).
// scripts/check-api-contract.sh compiles it under tsc --strict; run it after `npm run walk:build`:
//   node ../../../target/contract/js/src/test/contract/walk-goal.js http://localhost:8080
// Demo tokens come from the embedded default itself (/api/v1/demo-identities/{id}/token).
import type { components, paths } from "../../../target/contract/api.js";

type Goal = components["schemas"]["PerformanceGoal"];
type Project = components["schemas"]["Project"];
type JsonBody<T> = T extends { content: { "application/json": infer B } } ? B : never;
type RequestBody<P extends keyof paths, M extends keyof paths[P]> =
  paths[P][M] extends { requestBody?: infer R } ? JsonBody<NonNullable<R>> : never;

const base = process.argv[2] ?? process.env.PERF_BASE_URL ?? "http://localhost:8080";

async function token(identity: string): Promise<string> {
  const res = await fetch(`${base}/api/v1/demo-identities/${encodeURIComponent(identity)}/token`,
    { method: "POST", headers: { Accept: "text/plain" } });
  return expectOk(res, `token of ${identity}`).text();
}

function expectOk(res: Response, what: string): Response {
  if (!res.ok) {
    throw new Error(`${what}: HTTP ${res.status}`);
  }
  return res;
}

async function call(bearer: string, method: string, path: string, body?: unknown, ifMatch?: string): Promise<Response> {
  const headers: Record<string, string> = { Authorization: `Bearer ${bearer}`, Accept: "application/json" };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  if (ifMatch !== undefined) headers["If-Match"] = ifMatch;
  const res = await fetch(base + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  if (!res.ok) throw new Error(`${method} ${path}: HTTP ${res.status} ${await res.text()}`);
  return res;
}

/** The goal in an answer; `submit` still wraps it as {goal, warnings} (issue 14 makes every step return the goal). */
function goalOf(answer: unknown): Goal {
  const goal = answer as Goal;
  if (typeof goal.id !== "string" || typeof goal.status?.code !== "string") throw new Error(`not a goal: ${JSON.stringify(answer)}`);
  return goal;
}

async function step(bearer: string, goal: { id: string; etag: string }, action: string, body: unknown): Promise<{ id: string; etag: string; status: string }> {
  const res = await call(bearer, "POST", `/api/v1/performance-goals/${goal.id}/${action}`, body, goal.etag);
  const next = goalOf(await res.json());
  console.log(`${action}: ${next.status.code} (ETag ${res.headers.get("ETag")})`);
  return { id: goal.id, etag: res.headers.get("ETag") ?? "", status: next.status.code };
}

async function main(): Promise<void> {
  const operator = await token("housing-centre-operator");
  const department = await token("housing-reviewer");
  const finance = await token("finance-reviewer");

  // A project of the operator's unit that has no goal yet.
  const projects = (await (await call(operator, "GET", "/api/v1/projects?unitCode=108002&size=100")).json()) as { items?: Project[] };
  let project: Project | undefined;
  for (const p of projects.items ?? []) {
    const goals = (await (await call(operator, "GET", `/api/v1/performance-goals?projectCode=${p.projectCode}`)).json()) as { total?: number };
    if (goals.total === 0) { project = p; break; }
  }
  if (project?.projectCode === undefined || project.fiscalYear === undefined) throw new Error("no project of unit 108002 without a goal");

  const declaration: RequestBody<"/api/v1/performance-goals", "post"> = {
    kind: "PROJECT",
    fiscalYear: project.fiscalYear,
    unitCode: "108002",
    projectCode: project.projectCode,
    content: {
      annualOverallGoal: "完成12个老旧小区改造，惠及居民1500户，居民满意度达到90%以上。",
      longTermGoal: "三年内完成全区2000年前建成的老旧小区改造。",
      indicators: [
        { level1: "OUTPUT", level2: "QUANTITY", name: "改造小区数量", valueType: "QUANTITATIVE", comparator: "AT_LEAST", targetValue: 12, unitOfMeasure: "个", weight: 30 },
        { level1: "OUTPUT", level2: "QUALITY", name: "工程验收合格率", valueType: "QUANTITATIVE", comparator: "EQUAL", targetValue: 100, unitOfMeasure: "%", weight: 10 },
        { level1: "OUTPUT", level2: "COST", name: "单位改造成本", valueType: "QUANTITATIVE", comparator: "AT_MOST", targetValue: 350, unitOfMeasure: "元/平方米", weight: 10 },
        { level1: "BENEFIT", level2: "SOCIAL", name: "受益居民户数", valueType: "QUANTITATIVE", comparator: "AT_LEAST", targetValue: 1500, unitOfMeasure: "户", weight: 30 },
        { level1: "SATISFACTION", level2: "BENEFICIARY_SATISFACTION", name: "居民满意度", valueType: "QUANTITATIVE", comparator: "AT_LEAST", targetValue: 90, unitOfMeasure: "%", weight: 20 },
      ],
    },
  };
  const declared = await call(operator, "POST", "/api/v1/performance-goals", declaration);
  const draft = goalOf(await declared.json());
  if (draft.id === undefined) throw new Error("declared goal without id");
  console.log(`declared ${draft.id} for ${project.projectCode}: HTTP ${declared.status} ${draft.status.code} (ETag ${declared.headers.get("ETag")})`);

  let goal = { id: draft.id, etag: declared.headers.get("ETag") ?? "" };
  goal = await step(operator, goal, "submit", {});
  const review: RequestBody<"/api/v1/performance-goals/{id}/pass-department-review", "post"> = { note: "同意上报" };
  goal = await step(department, goal, "pass-department-review", review);
  const grade: RequestBody<"/api/v1/performance-goals/{id}/finance-review", "post"> = { grade: "EXCELLENT" };
  goal = await step(finance, goal, "finance-review", grade);
  const approved = await step(finance, goal, "approve", {});
  if (approved.status !== "APPROVED") throw new Error(`expected APPROVED, got ${approved.status}`);
  console.log(`walk-goal: goal ${approved.id} APPROVED`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
