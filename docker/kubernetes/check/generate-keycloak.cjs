// Makes the Kubernetes form of realm-config/: the KeycloakRealmImport (without the demo accounts and with every
// client secret and the portal's address taken from Secrets) and the login theme as a ConfigMap with its mount.
//   node docker/kubernetes/check/generate-keycloak.cjs      writes them into docker/kubernetes/base/keycloak/
// check.cjs fails when the committed files differ from what this makes now, so realm-config/ stays the source.
const fs = require("node:fs");
const path = require("node:path");

const ROOT = path.resolve(__dirname, "../../..");
const K8S = "docker/kubernetes";
const OUT = "base/keycloak";
const HEADER = "# Generated from realm-config/ by docker/kubernetes/check/generate-keycloak.cjs: do not edit.\n";
// Secrets the overlay makes: the portal's client secrets must equal the portal's TOKVS_OIDC_SECRET and
// TOKVS_ADMIN_CLIENT_SECRET, so both sides read them from one place; the others (system clients' secrets, the portal's
// public address) from tokvs-realm-import.
const PORTAL_CLIENT = "tokvs-portal";
const PORTAL_SECRETS = {
  [PORTAL_CLIENT]: "oidc-secret",
  "tokvs-portal-admin": "admin-client-secret",
};
const PORTAL_URL = "TOKVS_PORTAL_URL";
const LOCAL_URL = /^http:\/\/(127\.0\.0\.1|localhost):\d+/;

function secretPlaceholder(clientId) {
  return `TOKVS_CLIENT_SECRET_${clientId.toUpperCase().replace(/[^A-Z0-9]/g, "_")}`;
}

// People with a password in realm-config/ are the demo's accounts; service accounts belong to clients and stay.
function demoUsernames(realm) {
  return (realm.users || []).filter((u) => !u.serviceAccountClientId).map((u) => u.username);
}

function realmImport(realm) {
  const demo = new Set(demoUsernames(realm));
  const out = structuredClone(realm);
  const placeholders = {
    [PORTAL_URL]: { secret: { name: "tokvs-realm-import", key: "portal-url" } },
  };
  out.users = (realm.users || []).filter((u) => !demo.has(u.username));
  for (const org of out.organizations || []) {
    org.members = (org.members || []).filter((m) => !demo.has(m.username));
  }
  for (const client of out.clients || []) {
    if (client.secret !== undefined) {
      const name = secretPlaceholder(client.clientId);
      client.secret = "${" + name + "}";
      placeholders[name] = PORTAL_SECRETS[client.clientId]
        ? { secret: { name: "tokvs-portal-secrets", key: PORTAL_SECRETS[client.clientId] } }
        : { secret: { name: "tokvs-realm-import", key: client.clientId } };
    }
    // The development ports (8080–8084 on 127.0.0.1) become the one public address.
    const local = (uri) => uri.replace(LOCAL_URL, "${" + PORTAL_URL + "}");
    if (client.redirectUris) client.redirectUris = [...new Set(client.redirectUris.map(local))];
    for (const [key, value] of Object.entries(client.attributes || {})) {
      if (typeof value === "string") client.attributes[key] = local(value);
    }
  }
  // eID (TARA): the client id and secret TARA gave the portal's Keycloak, from tokvs-realm-import; the endpoints keep
  // TARA's production addresses as their defaults (the stand-in realm of realm-config/eid-stand-in/ is never imported).
  for (const idp of out.identityProviders || []) {
    const key = idp.alias.toUpperCase().replace(/[^A-Z0-9]/g, "_");
    placeholders[`TOKVS_${key}_CLIENT_ID`] = { secret: { name: "tokvs-realm-import", key: `${idp.alias}-client-id` } };
    placeholders[`TOKVS_${key}_CLIENT_SECRET`] = {
      secret: { name: "tokvs-realm-import", key: `${idp.alias}-client-secret` },
    };
    idp.config.clientId = "${TOKVS_" + key + "_CLIENT_ID}";
    idp.config.clientSecret = "${TOKVS_" + key + "_CLIENT_SECRET}";
  }
  // Keycloak mails its invitations through the portal's SMTP account: server, port and sender from tokvs-realm-import,
  // the login from the portal's own secrets, always over STARTTLS.
  if (out.smtpServer) {
    const fromSecret = (name, secret, key) => {
      placeholders[name] = { secret: { name: secret, key } };
      return "${" + name + "}";
    };
    out.smtpServer = {
      ...out.smtpServer,
      host: fromSecret("TOKVS_SMTP_HOST", "tokvs-realm-import", "smtp-host"),
      port: fromSecret("TOKVS_SMTP_PORT", "tokvs-realm-import", "smtp-port"),
      from: fromSecret("TOKVS_MAIL_FROM", "tokvs-realm-import", "smtp-from"),
      auth: "true",
      user: fromSecret("TOKVS_SMTP_USERNAME", "tokvs-portal-secrets", "smtp-username"),
      password: fromSecret("TOKVS_SMTP_PASSWORD", "tokvs-portal-secrets", "smtp-password"),
      starttls: "true",
    };
  }
  return {
    apiVersion: "k8s.keycloak.org/v2alpha1",
    kind: "KeycloakRealmImport",
    metadata: { name: "tokvs-realm" },
    spec: { keycloakCRName: "keycloak", placeholders, realm: out },
  };
}

function themeFiles(dir, prefix = "") {
  return fs.readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => entry.isDirectory()
      ? themeFiles(path.join(dir, entry.name), prefix + entry.name + "/")
      : [{ path: prefix + entry.name, text: fs.readFileSync(path.join(dir, entry.name), "utf8") }]);
}

// A ConfigMap's keys cannot hold "/", so each file gets a flat key and its path back through the volume's items.
function theme(files) {
  const key = (file) => file.path.replaceAll("/", "__");
  const configMap = {
    apiVersion: "v1",
    kind: "ConfigMap",
    metadata: { name: "keycloak-theme-tokvs" },
    data: Object.fromEntries(files.map((f) => [key(f), f.text])),
  };
  const mount = {
    apiVersion: "k8s.keycloak.org/v2alpha1",
    kind: "Keycloak",
    metadata: { name: "keycloak" },
    spec: {
      unsupported: {
        podTemplate: {
          spec: {
            containers: [{
              name: "keycloak",
              volumeMounts: [{ name: "theme-tokvs", mountPath: "/opt/keycloak/themes/tokvs", readOnly: true }],
            }],
            volumes: [{
              name: "theme-tokvs",
              configMap: { name: "keycloak-theme-tokvs", items: files.map((f) => ({ key: key(f), path: f.path })) },
            }],
          },
        },
      },
    },
  };
  return { configMap, mount };
}

// The files as they should be committed: path under docker/kubernetes → text.
function generate(root = ROOT) {
  const { stringify } = require("./tools.cjs").load("yaml");
  const yaml = (doc) => HEADER + stringify(doc, { lineWidth: 0 });
  const realm = JSON.parse(fs.readFileSync(path.join(root, "realm-config/tokvs-realm.json"), "utf8"));
  const { configMap, mount } = theme(themeFiles(path.join(root, "realm-config/themes/tokvs")));
  return {
    [`${OUT}/realm-import.yaml`]: yaml(realmImport(realm)),
    [`${OUT}/theme.yaml`]: yaml(configMap),
    [`${OUT}/theme-mount.yaml`]: yaml(mount),
  };
}

module.exports = { generate, demoUsernames, ROOT };

if (require.main === module) {
  for (const [file, text] of Object.entries(generate())) {
    fs.writeFileSync(path.join(ROOT, K8S, file), text);
    console.log(`wrote ${K8S}/${file}`);
  }
}
