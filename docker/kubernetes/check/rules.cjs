// Rules for what kustomize builds, beyond the Kubernetes schemas: the operators' resources (CloudNativePG,
// Keycloak Operator), whose CRD schemas are not reachable offline, and the portal's own promises (probes on the
// paths the portal serves, non-root, its heap from the limit). Each rule returns the problems it finds, as text.
const PORTAL = "tokvs-portal";
const PROBES = { readinessProbe: "/q/health/ready", livenessProbe: "/q/health/live", startupProbe: "/q/health/live" };
const THEME_DIR = "/opt/keycloak/themes/";

const index = (docs) => (kind, name) => docs.find((d) => d.kind === kind && d.metadata.name === name);
const ofKind = (docs, kind) => docs.filter((d) => d.kind === kind);
const matches = (selector, labels) => Object.entries(selector || {}).every(([k, v]) => (labels || {})[k] === v);
const sqlOf = (cluster) => ((cluster.spec.bootstrap || {}).initdb || {}).postInitApplicationSQL || [];

function portalContainer(docs) {
  const deployment = index(docs)("Deployment", PORTAL);
  return deployment && deployment.spec.template.spec.containers[0];
}

function portalConfig(docs) {
  const deployment = index(docs)("Deployment", PORTAL);
  const container = portalContainer(docs) || {};
  const config = {};
  for (const source of container.envFrom || []) {
    const map = source.configMapRef && index(docs)("ConfigMap", source.configMapRef.name);
    Object.assign(config, (map && map.data) || {});
  }
  for (const env of container.env || []) if (env.value !== undefined) config[env.name] = env.value;
  return deployment ? config : {};
}

function checkPortal(docs) {
  const find = index(docs);
  const p = [];
  const deployment = find("Deployment", PORTAL);
  if (!deployment) return [`no Deployment ${PORTAL}`];
  const pod = deployment.spec.template;
  const container = pod.spec.containers[0];
  const config = portalConfig(docs);
  if (!(deployment.spec.replicas >= 2)) p.push(`Deployment ${PORTAL} runs ${deployment.spec.replicas} replica(s), not 2 or more`);
  for (const [probe, want] of Object.entries(PROBES)) {
    const got = container[probe] && container[probe].httpGet && container[probe].httpGet.path;
    if (got !== want) p.push(`Deployment ${PORTAL}: ${probe} asks ${got}, not ${want}`);
  }
  if ((pod.metadata.annotations || {})["prometheus.io/path"] !== "/q/metrics") p.push(`Deployment ${PORTAL}: no Prometheus scrape of /q/metrics`);
  const limits = (container.resources || {}).limits || {};
  if (!limits.memory || !((container.resources || {}).requests || {}).memory) p.push(`Deployment ${PORTAL}: memory requests and limits are both needed`);
  if (!/MaxRAMPercentage/.test(config.JAVA_TOOL_OPTIONS || "")) p.push(`Deployment ${PORTAL}: the heap is not sized from the container's limit (JAVA_TOOL_OPTIONS)`);
  if ((pod.spec.securityContext || {}).runAsNonRoot !== true) p.push(`Deployment ${PORTAL}: not runAsNonRoot`);
  if ((container.securityContext || {}).readOnlyRootFilesystem !== true) p.push(`Deployment ${PORTAL}: root file system not read-only`);
  // the volume that holds a path: the longest mount path it lies in
  const mounted = (where) => {
    const mount = (container.volumeMounts || []).filter((m) => where === m.mountPath || where.startsWith(m.mountPath + "/"))
      .sort((a, b) => b.mountPath.length - a.mountPath.length)[0];
    return mount && (pod.spec.volumes || []).find((v) => v.name === mount.name);
  };
  const tmp = mounted("/tmp");
  if (!tmp || !tmp.emptyDir) p.push(`Deployment ${PORTAL}: /tmp is not an emptyDir (the root file system is read-only)`);
  // an upload's file is read by the pod that accepted it only (its progress is in PostgreSQL, V26): the pod's own
  // writable emptyDir, never the read-only root file system
  const uploads = config.TOKVS_UPLOAD_DIRECTORY && mounted(config.TOKVS_UPLOAD_DIRECTORY);
  if (!uploads || !uploads.emptyDir) {
    p.push(`Deployment ${PORTAL}: TOKVS_UPLOAD_DIRECTORY (${config.TOKVS_UPLOAD_DIRECTORY}) is not on the pod's own emptyDir`);
  }
  const labels = pod.metadata.labels;
  for (const pdb of ofKind(docs, "PodDisruptionBudget")) {
    if (pdb.spec.minAvailable !== 1 || !matches(pdb.spec.selector.matchLabels, labels)) p.push(`PodDisruptionBudget ${pdb.metadata.name}: not minAvailable 1 of the portal's pods`);
  }
  if (!ofKind(docs, "PodDisruptionBudget").length) p.push("no PodDisruptionBudget for the portal");
  const hpa = ofKind(docs, "HorizontalPodAutoscaler")[0];
  if (!hpa || hpa.apiVersion !== "autoscaling/v2" || hpa.spec.scaleTargetRef.name !== PORTAL || !(hpa.spec.minReplicas >= 2)
      || !(hpa.spec.metrics || []).some((m) => m.resource && m.resource.name === "cpu")) {
    p.push(`no autoscaling/v2 HorizontalPodAutoscaler on CPU for ${PORTAL} with 2 replicas at least`);
  }
  return p;
}

function checkNetwork(docs) {
  const find = index(docs);
  const p = [];
  const pods = ofKind(docs, "Deployment").map((d) => d.spec.template.metadata.labels);
  for (const service of ofKind(docs, "Service")) {
    if (!pods.some((labels) => matches(service.spec.selector, labels))) p.push(`Service ${service.metadata.name} selects no pods of this build`);
  }
  for (const ingress of ofKind(docs, "Ingress")) {
    if (!(ingress.spec.tls || []).length) p.push(`Ingress ${ingress.metadata.name} has no TLS`);
    for (const rule of ingress.spec.rules || []) {
      for (const path of rule.http.paths) {
        const backend = path.backend.service;
        const operatorMade = backend.name.endsWith("-service") && find("Keycloak", backend.name.replace(/-service$/, ""));
        const service = find("Service", backend.name);
        if (!service && !operatorMade) p.push(`Ingress ${ingress.metadata.name} sends ${rule.host} to a Service ${backend.name} that does not exist`);
        if (service && !service.spec.ports.some((port) => port.name === backend.port.name || port.port === backend.port.number)) {
          p.push(`Ingress ${ingress.metadata.name}: Service ${backend.name} has no port ${backend.port.name || backend.port.number}`);
        }
      }
    }
  }
  return p;
}

// People reach the portal and Keycloak at the addresses the portal and Keycloak believe they have.
function checkHosts(docs) {
  const p = [];
  const host = (url) => { try { return new URL(url).host; } catch { return undefined; } };
  const served = (service) => ofKind(docs, "Ingress").flatMap((i) => i.spec.rules || [])
    .filter((r) => r.http.paths.some((path) => path.backend.service.name === service)).map((r) => r.host);
  const portalUrl = portalConfig(docs).TOKVS_PORTAL_URL;
  for (const h of served(PORTAL)) {
    if (h !== host(portalUrl)) p.push(`Ingress host ${h} is not the portal's TOKVS_PORTAL_URL ${portalUrl}`);
  }
  for (const kc of ofKind(docs, "Keycloak")) {
    const url = ((kc.spec || {}).hostname || {}).hostname;
    for (const h of served(`${kc.metadata.name}-service`)) {
      if (h !== host(url)) p.push(`Ingress host ${h} is not Keycloak ${kc.metadata.name}'s hostname ${url}`);
    }
  }
  return p;
}

function checkClusters(docs) {
  const find = index(docs);
  const p = [];
  for (const cluster of ofKind(docs, "Cluster")) {
    const name = `Cluster ${cluster.metadata.name}`;
    const spec = cluster.spec || {};
    const initdb = (spec.bootstrap || {}).initdb || {};
    if (cluster.apiVersion !== "postgresql.cnpg.io/v1") p.push(`${name}: apiVersion ${cluster.apiVersion}, not postgresql.cnpg.io/v1`);
    if (!(spec.instances >= 3)) p.push(`${name}: ${spec.instances} instance(s), not 3 (a primary and two replicas)`);
    if (!(spec.storage && spec.storage.size)) p.push(`${name}: no storage size`);
    if (!initdb.database || !initdb.owner || !(initdb.secret && initdb.secret.name)) p.push(`${name}: bootstrap.initdb needs database, owner and secret`);
    const store = (spec.backup || {}).barmanObjectStore || {};
    const s3 = store.s3Credentials || {};
    if (!store.destinationPath || !s3.accessKeyId || !s3.secretAccessKey) p.push(`${name}: no backup (backup.barmanObjectStore with a destination and credentials)`);
    if (!ofKind(docs, "ScheduledBackup").some((b) => b.spec.cluster.name === cluster.metadata.name)) p.push(`${name}: no ScheduledBackup`);
  }
  for (const backup of ofKind(docs, "ScheduledBackup")) {
    if (!find("Cluster", backup.spec.cluster.name)) p.push(`ScheduledBackup ${backup.metadata.name}: no Cluster ${backup.spec.cluster.name}`);
    if (String(backup.spec.schedule).trim().split(/\s+/).length !== 6) p.push(`ScheduledBackup ${backup.metadata.name}: the schedule needs six fields (seconds first)`);
  }
  return p;
}

// The three roles of docs/deployment.md, where the portal's configuration names them.
function checkPortalDatabase(docs) {
  const config = portalConfig(docs);
  const url = /^jdbc:postgresql:\/\/([^:/]+)(?::\d+)?\/(\w+)/.exec(config.TOKVS_JDBC_URL || "");
  if (!url) return [`the portal's TOKVS_JDBC_URL (${config.TOKVS_JDBC_URL}) is not a PostgreSQL URL`];
  const cluster = index(docs)("Cluster", url[1].replace(/-rw$/, ""));
  if (!url[1].endsWith("-rw") || !cluster) return [`the portal's TOKVS_JDBC_URL names ${url[1]}, not the -rw service of a Cluster here`];
  const p = [];
  const initdb = cluster.spec.bootstrap.initdb;
  if (initdb.database !== url[2]) p.push(`the portal's database ${url[2]} is not Cluster ${cluster.metadata.name}'s ${initdb.database}`);
  const sql = sqlOf(cluster).join(";\n").toLowerCase();
  const managed = ((cluster.spec.managed || {}).roles || []);
  const query = config.TOKVS_DB_QUERY_ROLE;
  const queryRole = managed.find((r) => r.name === query);
  const queryMade = new RegExp(`create role ${query} nologin bypassrls`).test(sql)
    || (queryRole && queryRole.login === false && queryRole.bypassrls === true);
  if (!queryMade) p.push(`Cluster ${cluster.metadata.name}: the query role ${query} is not made nologin bypassrls`);
  if (!new RegExp(`grant ${query} to ${initdb.owner}\\b`).test(sql)
      && !(managed.find((r) => r.name === initdb.owner) || {}).inRoles?.includes(query)) {
    p.push(`Cluster ${cluster.metadata.name}: the owner ${initdb.owner} may not become ${query}`);
  }
  if (!managed.some((r) => r.login === true && r.passwordSecret && r.name !== initdb.owner)) {
    p.push(`Cluster ${cluster.metadata.name}: no runtime role (a managed role that logs in, apart from the owner)`);
  }
  return p;
}

// Themes reach Keycloak's pods through the operator's pod template: name (the folder under themes/) → ConfigMap.
function mountedThemes(kc) {
  const podSpec = (((kc.spec || {}).unsupported || {}).podTemplate || {}).spec || {};
  const mounts = ((podSpec.containers || [])[0] || {}).volumeMounts || [];
  return mounts.filter((m) => m.mountPath.startsWith(THEME_DIR)).map((m) => {
    const volume = (podSpec.volumes || []).find((v) => v.name === m.name) || {};
    return { name: m.mountPath.slice(THEME_DIR.length), configMap: volume.configMap && volume.configMap.name };
  });
}

function checkKeycloak(docs, demo) {
  const find = index(docs);
  const p = [];
  const config = portalConfig(docs);
  for (const kc of ofKind(docs, "Keycloak")) {
    const name = `Keycloak ${kc.metadata.name}`;
    const spec = kc.spec || {};
    if (kc.apiVersion !== "k8s.keycloak.org/v2alpha1") p.push(`${name}: apiVersion ${kc.apiVersion}, not k8s.keycloak.org/v2alpha1`);
    if (!(spec.instances >= 2)) p.push(`${name}: ${spec.instances} instance(s), not 2 or more`);
    const db = spec.db || {};
    const cluster = db.host && find("Cluster", db.host.replace(/-rw$/, ""));
    if (db.vendor !== "postgres" || !cluster || !db.host.endsWith("-rw")) p.push(`${name}: its database is not the -rw service of a CloudNativePG Cluster here`);
    else if (cluster.spec.bootstrap.initdb.database !== db.database) p.push(`${name}: database ${db.database} is not Cluster ${cluster.metadata.name}'s`);
    if (!(spec.hostname && spec.hostname.hostname)) p.push(`${name}: no hostname`);
    else if (config.TOKVS_KEYCLOAK_URL && config.TOKVS_KEYCLOAK_URL.replace(/\/$/, "") !== spec.hostname.hostname.replace(/\/$/, "")) {
      p.push(`${name}: hostname ${spec.hostname.hostname} is not the portal's TOKVS_KEYCLOAK_URL ${config.TOKVS_KEYCLOAK_URL}`);
    }
    if (!(spec.http && spec.http.tlsSecret)) p.push(`${name}: no http.tlsSecret`);
    const themes = mountedThemes(kc);
    if (!themes.length || !themes.every((t) => find("ConfigMap", t.configMap))) p.push(`${name}: no login theme mounted from a ConfigMap of this build`);
  }
  for (const ri of ofKind(docs, "KeycloakRealmImport")) {
    const name = `KeycloakRealmImport ${ri.metadata.name}`;
    const { realm = {}, placeholders = {} } = ri.spec || {};
    const kc = find("Keycloak", ri.spec.keycloakCRName);
    if (!kc) p.push(`${name}: no Keycloak ${ri.spec.keycloakCRName}`);
    if (realm.realm !== "tokvs") p.push(`${name}: realm ${realm.realm}, not tokvs`);
    if (kc && !mountedThemes(kc).some((t) => t.name === realm.loginTheme)) p.push(`${name}: login theme ${realm.loginTheme} is not mounted into Keycloak`);
    for (const user of realm.users || []) {
      if (demo.includes(user.username)) p.push(`${name}: demo account ${user.username}`);
      if ((user.credentials || []).length) p.push(`${name}: user ${user.username} has a password`);
    }
    for (const client of realm.clients || []) {
      if (client.secret !== undefined && !/^\$\{\w+\}$/.test(client.secret)) p.push(`${name}: client ${client.clientId} has a literal secret`);
    }
    for (const [, used] of JSON.stringify(realm).matchAll(/\$\{(\w+)\}/g)) {
      if (!placeholders[used]) p.push(`${name}: \${${used}} has no placeholder`);
    }
  }
  if (!ofKind(docs, "KeycloakRealmImport").length) p.push("no KeycloakRealmImport");
  return p;
}

function checkOperators(docs, { demo }) {
  return [...checkPortal(docs), ...checkNetwork(docs), ...checkHosts(docs), ...checkClusters(docs), ...checkPortalDatabase(docs), ...checkKeycloak(docs, demo)];
}

module.exports = { checkOperators, portalConfig };
