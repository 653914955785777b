// Follows every reference to a Secret in an overlay's build to a Secret that the build makes (or that cert-manager
// issues for an Ingress), down to the key; and checks what CloudNativePG asks of its secrets.
const { portalConfig } = require("./rules.cjs");

const SECRET_ISSUERS = ["cert-manager.io/cluster-issuer", "cert-manager.io/issuer"];

function secretKeys(secret) {
  return new Set([...Object.keys(secret.data || {}), ...Object.keys(secret.stringData || {})]);
}

function secretValue(secret, key) {
  if (secret.stringData && secret.stringData[key] !== undefined) return secret.stringData[key];
  return secret.data && secret.data[key] !== undefined ? Buffer.from(secret.data[key], "base64").toString() : undefined;
}

// Every use of a secret: who uses it, its name, and the key when one is named.
function secretUses(docs) {
  const uses = [];
  const use = (who, name, key) => uses.push({ who, name, key });
  for (const d of docs) {
    const who = `${d.kind} ${d.metadata.name}`;
    const spec = d.spec || {};
    if (d.kind === "Deployment") {
      const pod = spec.template.spec;
      for (const c of [...(pod.initContainers || []), ...pod.containers]) {
        for (const e of c.env || []) {
          const ref = e.valueFrom && e.valueFrom.secretKeyRef;
          if (ref && !ref.optional) use(`${who} (${e.name})`, ref.name, ref.key);
        }
        for (const from of c.envFrom || []) if (from.secretRef && !from.secretRef.optional) use(who, from.secretRef.name);
      }
      for (const v of pod.volumes || []) if (v.secret && !v.secret.optional) use(who, v.secret.secretName);
    }
    if (d.kind === "Cluster") {
      const initdb = (spec.bootstrap || {}).initdb || {};
      if (initdb.secret) use(`${who} (owner ${initdb.owner})`, initdb.secret.name);
      for (const role of (spec.managed || {}).roles || []) if (role.passwordSecret) use(`${who} (role ${role.name})`, role.passwordSecret.name);
      const s3 = (((spec.backup || {}).barmanObjectStore || {}).s3Credentials) || {};
      for (const ref of Object.values(s3)) if (ref && ref.name) use(`${who} (backup)`, ref.name, ref.key);
    }
    if (d.kind === "Keycloak") {
      const db = spec.db || {};
      for (const ref of [db.usernameSecret, db.passwordSecret]) if (ref) use(`${who} (database)`, ref.name, ref.key);
      if (spec.http && spec.http.tlsSecret) use(`${who} (TLS)`, spec.http.tlsSecret);
    }
    if (d.kind === "KeycloakRealmImport") {
      for (const [name, { secret }] of Object.entries(spec.placeholders || {})) use(`${who} (\${${name}})`, secret.name, secret.key);
    }
    if (d.kind === "Ingress" && !SECRET_ISSUERS.some((a) => (d.metadata.annotations || {})[a])) {
      for (const tls of spec.tls || []) use(`${who} (TLS)`, tls.secretName);
    }
  }
  return uses;
}

function checkReferences(docs) {
  const p = [];
  const secrets = new Map(docs.filter((d) => d.kind === "Secret").map((s) => [s.metadata.name, s]));
  const issued = new Set(docs.filter((d) => d.kind === "Ingress" && SECRET_ISSUERS.some((a) => (d.metadata.annotations || {})[a]))
    .flatMap((d) => (d.spec.tls || []).map((t) => t.secretName)));
  for (const { who, name, key } of secretUses(docs)) {
    const secret = secrets.get(name);
    if (!secret && !issued.has(name)) p.push(`${who} uses Secret ${name}, which this build does not make`);
    else if (secret && key && !secretKeys(secret).has(key)) p.push(`${who} uses key ${key} of Secret ${name}, which has none`);
  }
  // CloudNativePG takes a role's name from its secret's username: they must agree, in a basic-auth secret.
  for (const cluster of docs.filter((d) => d.kind === "Cluster")) {
    const initdb = ((cluster.spec.bootstrap || {}).initdb) || {};
    const roles = [...(initdb.secret ? [{ name: initdb.owner, passwordSecret: initdb.secret }] : []),
      ...((cluster.spec.managed || {}).roles || []).filter((r) => r.passwordSecret)];
    for (const role of roles) {
      const secret = secrets.get(role.passwordSecret.name);
      if (!secret) continue;
      if (secret.type !== "kubernetes.io/basic-auth") p.push(`Secret ${secret.metadata.name} (role ${role.name}) is not kubernetes.io/basic-auth`);
      if (secretValue(secret, "username") !== role.name) p.push(`Secret ${secret.metadata.name}'s username is not ${role.name}`);
    }
  }
  // The realm's redirect URIs must name the address the portal believes it has.
  const urlUse = secretUses(docs).find((u) => u.who.endsWith("(${TOKVS_PORTAL_URL})"));
  const portalUrl = portalConfig(docs).TOKVS_PORTAL_URL;
  const realmUrl = urlUse && secrets.get(urlUse.name) && secretValue(secrets.get(urlUse.name), urlUse.key);
  if (urlUse && realmUrl !== undefined && realmUrl !== portalUrl) {
    p.push(`the realm import's TOKVS_PORTAL_URL (${realmUrl}) is not the portal's (${portalUrl})`);
  }
  // The portal's client secret in the realm and the portal's TOKVS_OIDC_SECRET must be one and the same value.
  const portalEnv = secretUses(docs).find((u) => u.who.endsWith("(TOKVS_OIDC_SECRET)"));
  const realmUse = secretUses(docs).find((u) => u.who.endsWith("(${TOKVS_CLIENT_SECRET_TOKVS_PORTAL})"));
  if (!portalEnv || !realmUse || portalEnv.name !== realmUse.name || portalEnv.key !== realmUse.key) {
    p.push("the portal's TOKVS_OIDC_SECRET and the realm's tokvs-portal client secret do not come from the same secret key");
  }
  return p;
}

module.exports = { checkReferences };
