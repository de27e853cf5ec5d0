// Settings window of Recording Control. Talks to the app only through its
// commands; validation messages come from the core's validators.
"use strict";

const { invoke } = window.__TAURI__.core;
const { listen } = window.__TAURI__.event;
const $ = (sel) => document.querySelector(sel);
const ROLES = ["pause", "resume", "toggle"];
const CORNERS = ["top-left", "top-right", "bottom-left", "bottom-right"];
let view = null;

// ---- Texts --------------------------------------------------------------
// The page's texts come from the app (`ui_texts`: window.ftl in the agent's
// language). Static texts are marked in index.html with a data-i18n attribute
// holding the message id (for textContent) or data-i18n-placeholder / -title /
// -aria-label (for attributes); texts built here go through t(id, { name: value }),
// which fills the message's {$name} placeholders.

/** id → text in the agent's language, as the app sent it. */
let texts = {};
/** The languages the app offers: [{ tag, name }]. */
let languages = [];
/** id → the English text index.html carries, recorded before replacing it. */
const htmlEnglish = {};
const I18N_ATTRS = ["placeholder", "title", "aria-label"];
/** How long the page stays hidden waiting for its texts before showing English. */
const TEXTS_WAIT_MS = 1500;
const RTL = /^(ar|dv|fa|he|ks|ku|ps|sd|ug|ur|yi)\b/i;


/** The text of `id`, with each {$name} filled from `args`. The app sends every
 * message of window.ftl (a message missing from a language comes from English
 * there); only if the app could not send them does the English markup of
 * index.html stand in. Never shows an id. */
function t(id, args) {
  const text = texts[id] ?? htmlEnglish[id] ?? "";
  return text.replace(/\{\s*\$([A-Za-z0-9_-]+)\s*\}/g, (_, name) =>
    args && args[name] !== undefined && args[name] !== null ? String(args[name]) : "");
}

/** Asks the app for the texts in the agent's language. */
async function loadTexts() {
  const r = await invoke("ui_texts");
  texts = (r && r.texts) || {};
  languages = (r && r.languages) || [];
  const lang = (r && r.lang) || "en-US";
  document.documentElement.lang = lang;
  document.documentElement.dir = RTL.test(lang) ? "rtl" : "ltr";
}

/** Puts the texts into every element marked with data-i18n*. */
function applyStatic() {
  for (const el of document.querySelectorAll("[data-i18n]")) {
    const id = el.getAttribute("data-i18n");
    if (!(id in htmlEnglish)) htmlEnglish[id] = el.textContent;
    el.textContent = t(id);
  }
  for (const attr of I18N_ATTRS) {
    for (const el of document.querySelectorAll(`[data-i18n-${attr}]`)) {
      const id = el.getAttribute(`data-i18n-${attr}`);
      if (!(id in htmlEnglish)) htmlEnglish[id] = el.getAttribute(attr) || "";
      el.setAttribute(attr, t(id));
    }
  }
}

/** Re-applies every text after a language change; form values stay as typed. */
function relocalize() {
  applyStatic();
  fillLanguageOptions();
  fillMediaOptions();
  labelRules();
  updateIdentityLabel();
  if (recording) $(`#hk-${recording}`).value = t("window-hotkey-press-keys");
  if (view) render(view);
}

/** Shows the page (it starts hidden so that no English flashes before the texts). */
function reveal() {
  document.documentElement.classList.remove("i18n-pending");
}

/** The name of a hotkey role (pause, resume, toggle), for messages. */
function roleName(role) {
  return { pause: t("window-hotkey-pause"), resume: t("window-hotkey-resume"), toggle: t("window-hotkey-toggle") }[role] || role;
}

/** The language picker: "Automatic", then each language by its own name. */
function fillLanguageOptions(current) {
  const select = $("#language");
  const value = current ?? (select.value || "auto");
  const options = [new Option(t("window-language-auto"), "auto"),
    ...languages.map((l) => Object.assign(new Option(l.name, l.tag), { lang: l.tag }))];
  // A saved language this app does not offer stays selected, shown by its tag.
  if (!options.some((o) => o.value === value)) options.push(new Option(value, value));
  select.replaceChildren(...options);
  select.value = value;
}

function setText(el, text, cls) {
  el.textContent = text || "";
  el.className = el.className.replace(/\b(ok|bad)\b/g, "").trim();
  if (cls) el.classList.add(cls);
}

function errorText(e) {
  if (e && e.fields && e.fields.length) return e.fields.map((f) => `${f.field}: ${f.problem}`).join("\n");
  return (e && e.message) || String(e);
}

function showState(s) {
  $("#state-line").textContent = s.state_line;
  $("#demo-banner").hidden = !s.demo;
  $("#btn-demo").textContent = s.demo ? t("window-demo-leave") : t("window-demo-start");
}

function identityKind() {
  return document.querySelector("input[name=identity_kind]:checked").value;
}

// Redraws status, hotkey status, problems and the log; with `fill`, also puts
// the stored settings into the form (only on load and after a save, so that
// an action during editing never throws away what the agent typed).
function render(v, fill) {
  view = v;
  showState(v);
  // First run (nothing usable configured): the connection leads, the demo is
  // the alternative, and there is nothing to pause yet.
  const firstRun = v.mode.kind === "not_configured";
  document.body.classList.toggle("first-run", firstRun);
  $("#first-run").hidden = !firstRun;
  $("#actions").hidden = firstRun;
  $("#demo-offer").hidden = v.mode.kind === "real";
  if (fill) {
    fillForm(v);
    $("#more").open = !firstRun;
  }
  renderHotkeyStatus(v.hotkeys);
  const problem = v.settings_problem || v.keychain_problem;
  $("#settings-problem").hidden = !problem;
  $("#settings-problem").textContent = problem || "";
  $("#token").placeholder = v.token_present
    ? t("window-token-stored", { service: v.keychain_service })
    : t("window-token-paste");
  const env = $("#environment");
  const problems = [v.environment.hotkeys, v.environment.notifications, v.environment.tray].filter(Boolean);
  env.replaceChildren(...problems.map((p) => Object.assign(document.createElement("li"), { textContent: p })));
  renderWayland(v.environment.portal);
  renderLog(v.recent);
  renderManaged(v.managed);
  renderLive(v);
  renderRelay(v);
  const fg = v.foreground;
  $("#rules-availability").textContent = fg.unavailable
    ? t("window-rules-unavailable", { reason: fg.unavailable })
    : fg.watching ? t("window-rules-watching", { method: fg.method }) : t("window-rules-ready", { method: fg.method });
  $("#audit-file").textContent = t("window-audit-file", { path: v.audit_log });
}

// The shortcuts a Wayland desktop binds for the app (through its portal), or
// how to bind the rcctl commands where the desktop offers none.
function renderWayland(portal) {
  const box = $("#wayland-hotkeys");
  if (!portal || !portal.state || portal.state === "not-wayland") {
    box.hidden = true;
    $("#wayland-body").replaceChildren();
    return;
  }
  const el = (tag, text, props) => Object.assign(document.createElement(tag), { textContent: text || "" }, props);
  const nodes = [];
  if (portal.state === "bound") {
    nodes.push(el("p", t("window-wayland-bound")));
    const list = el("ul");
    for (const b of portal.bindings || []) {
      const action = roleName(b.id);
      list.appendChild(el("li", b.trigger
        ? t("window-wayland-binding", { action, keys: b.trigger })
        : t("window-wayland-binding-unset", { action })));
    }
    nodes.push(list);
  } else if (portal.state === "binding") {
    nodes.push(el("p", t("window-wayland-setting-up")));
  } else {
    nodes.push(el("p", {
      failed: t("window-wayland-failed"),
      cancelled: t("window-wayland-cancelled"),
    }[portal.state] || t("window-wayland-unavailable")));
    if (portal.detail) nodes.push(el("small", portal.detail, { className: "detail" }));
    nodes.push(el("p", t("window-wayland-commands")));
    const commands = portal.commands && portal.commands.length ? portal.commands : ["rcctl pause", "rcctl resume"];
    const list = el("ul", "", { className: "commands" });
    for (const c of commands) {
      const li = el("li");
      li.appendChild(el("code", c, { dir: "ltr" }));
      list.appendChild(li);
    }
    nodes.push(list);
  }
  $("#wayland-body").replaceChildren(...nodes);
  box.hidden = false;
}

// Which form controls each lockable settings key covers.
const LOCKS = {
  cluster: ["#cluster"],
  tenant: ["#tenant"],
  email: ["#identity", "input[name=identity_kind]"],
  identity: ["input[name=identity_kind]"],
  proxy: ["#proxy"],
  ca_file: ["#ca_file"],
  allow_custom_host: ["#allow_custom_host"],
  hotkeys: [".hotkey input", ".hotkey button", ".hotkey select"],
  reminder_secs: ["#reminder_secs"],
  max_pause_secs: ["#max_pause_secs"],
  throttle_ms: ["#throttle_ms"],
  auto_pause: ["#rules input", "#rules button", "#btn-add-rule"],
  deep_link: ["#deep_link"],
  link_pause_confirm: ["#link_pause_confirm"],
  badge: ["#badge"],
  badge_corner: ["#badge_corner"],
  language: ["#language"],
  ...LIVE_LOCKS,
  ...RELAY_LOCKS,
};

function renderManaged(m) {
  $("#managed-problem").hidden = !m.problem;
  $("#managed-problem").textContent = m.problem || "";
  $("#managed-banner").hidden = !m.active;
  $("#managed-banner").textContent = m.locked.length
    ? t("window-managed-locked", { file: m.file })
    : t("window-managed-defaults", { file: m.file });
  for (const el of document.querySelectorAll("[data-locked]")) {
    el.disabled = false;
    el.removeAttribute("data-locked");
    el.removeAttribute("title");
  }
  for (const note of document.querySelectorAll(".locked-note")) note.remove();
  for (const key of m.locked) {
    for (const sel of LOCKS[key] || []) {
      for (const el of document.querySelectorAll(sel)) {
        el.disabled = true;
        el.setAttribute("data-locked", key);
        el.title = t("window-locked-title", { file: m.file });
      }
    }
    const first = document.querySelector((LOCKS[key] || [])[0]);
    const label = first && first.id && document.querySelector(`label[for=${first.id}]`);
    if (label) label.appendChild(Object.assign(document.createElement("span"), { className: "locked-note", textContent: t("window-locked-note") }));
  }
}

function ruleRow(rule) {
  const row = Object.assign(document.createElement("div"), { className: "rule" });
  const input = Object.assign(document.createElement("input"), {
    className: "rule-pattern", value: rule.pattern || "", spellcheck: false, autocomplete: "off",
  });
  const regex = Object.assign(document.createElement("input"), { type: "checkbox", className: "rule-regex", checked: !!rule.regex });
  const regexLabel = Object.assign(document.createElement("label"), { className: "inline" });
  regexLabel.append(regex, Object.assign(document.createElement("span"), { className: "rule-regex-text" }));
  const remove = Object.assign(document.createElement("button"), { type: "button", className: "secondary rule-remove" });
  remove.addEventListener("click", () => { row.remove(); labelRules(); });
  row.append(input, regexLabel, remove);
  return row;
}

// The texts of the rule rows, numbered in order (after adding, removing, or a language change).
function labelRules() {
  document.querySelectorAll("#rules .rule").forEach((row, i) => {
    const number = i + 1;
    const input = row.querySelector(".rule-pattern");
    input.placeholder = t("window-rule-placeholder");
    input.setAttribute("aria-label", t("window-rule-pattern-label", { number }));
    row.querySelector(".rule-regex-text").textContent = t("window-rule-regex");
    const remove = row.querySelector(".rule-remove");
    remove.textContent = t("window-rule-remove");
    remove.setAttribute("aria-label", t("window-rule-remove-label", { number }));
  });
}

function rules() {
  return [...document.querySelectorAll("#rules .rule")]
    .map((r) => ({ pattern: r.querySelector(".rule-pattern").value.trim(), regex: r.querySelector(".rule-regex").checked }))
    .filter((r) => r.pattern);
}

async function previewRules() {
  $("#rules-err").textContent = "";
  const table = $("#rules-preview");
  try {
    const found = await invoke("preview_rules", { rules: rules() });
    const rows = found.map((m) => {
      const tr = document.createElement("tr");
      tr.appendChild(Object.assign(document.createElement("td"), { textContent: m.title }));
      tr.appendChild(Object.assign(document.createElement("td"), { textContent: m.rule ? t("window-rules-preview-pauses", { rule: m.rule }) : "—", className: m.rule ? "match" : "" }));
      return tr;
    });
    if (!rows.length) {
      const tr = document.createElement("tr");
      tr.appendChild(Object.assign(document.createElement("td"), { textContent: t("window-rules-preview-none"), colSpan: 2 }));
      rows.push(tr);
    }
    table.querySelector("tbody").replaceChildren(...rows);
    table.hidden = false;
  } catch (e) {
    table.hidden = true;
    $("#rules-err").textContent = errorText(e);
  }
}

async function exportLog() {
  const out = $("#export-result");
  setText(out, t("window-exporting"));
  try {
    setText(out, t("window-exported", { path: await invoke("export_audit_csv") }), "ok");
  } catch (e) {
    setText(out, errorText(e), "bad");
  }
}

function fillForm(v) {
  const s = v.settings;
  $("#cluster").value = s.cluster || "";
  $("#tenant").value = s.tenant || "";
  const byId = !s.email && !!s.agent_id;
  document.querySelector(`input[name=identity_kind][value=${byId ? "agent_id" : "email"}]`).checked = true;
  $("#identity").value = (byId ? s.agent_id : s.email) || "";
  updateIdentityLabel();
  $("#proxy").value = s.proxy || "";
  $("#ca_file").value = s.ca_file || "";
  $("#allow_custom_host").checked = !!s.allow_custom_host;
  $("#autostart").checked = !!v.autostart;
  $("#token").value = "";
  $("#reminder_secs").value = v.safety.reminder_secs;
  $("#max_pause_secs").value = v.safety.max_pause_secs;
  $("#throttle_ms").value = v.safety.throttle_ms;
  $("#deep_link").checked = !!v.safety.deep_link;
  $("#link_pause_confirm").checked = v.safety.link_pause_confirm !== false;
  $("#badge").checked = s.badge === null || s.badge === undefined ? true : !!s.badge;
  const corner = String(s.badge_corner || "").trim().toLowerCase();
  $("#badge_corner").value = CORNERS.includes(corner) ? corner : "bottom-right";
  fillLanguageOptions(s.language || "auto");
  $("#rules").replaceChildren();
  for (const r of v.safety.rules) $("#rules").appendChild(ruleRow(r));
  labelRules();

  const datalist = $("#clusters");
  datalist.replaceChildren(...v.known_clusters.map((c) => new Option(`${c}.8x8.com`, c)));

  for (const role of ROLES) $(`#hk-${role}`).value = s.hotkeys[role] || "";
  fillMediaOptions();
  fillLive(s);
}

// The media key lists of the hotkey rows, and the note on keys this system lacks.
function fillMediaOptions() {
  if (!view) return;
  for (const select of document.querySelectorAll(".hotkey select")) {
    select.replaceChildren(new Option(t("window-media-key-choose"), ""),
      ...view.media_keys.map((k) => {
        const o = new Option(k.supported ? k.name : t(k.why.entry, { key: k.name }), k.name);
        o.disabled = !k.supported;
        return o;
      }));
  }
  // Why some keys are not offered here (X11; on Windows, not media keys).
  const unsupported = view.media_keys.filter((k) => !k.supported);
  $("#media-note").textContent = unsupported.length
    ? t(unsupported[0].why.note, { keys: unsupported.map((k) => k.name).join(", ") })
    : "";
}

// Names of the audit log's codes (what started an action, the action, its outcome).
function logWords() {
  return {
    trigger: {
      cli: t("window-log-from-cli"), hotkey: t("window-log-from-hotkey"), tray: t("window-log-from-tray"),
      socket: t("window-log-from-socket"), rule: t("window-log-from-rule"), timer: t("window-log-from-timer"),
      link: t("window-log-from-link"), window: t("window-log-from-window"), notification: t("window-log-from-notification"),
      exit: t("window-log-from-exit"),
    },
    action: { pause: t("window-log-action-pause"), resume: t("window-log-action-resume") },
    outcome: {
      applied: t("window-log-outcome-applied"), no_active_call: t("window-log-outcome-no-active-call"),
      not_enabled: t("window-log-outcome-not-enabled"), unrecognised: t("window-log-outcome-unrecognised"),
      bad_request: t("window-log-outcome-bad-request"), unauthorized: t("window-log-outcome-unauthorized"),
      agent_not_found: t("window-log-outcome-agent-not-found"), server_error: t("window-log-outcome-server-error"),
      redirected: t("window-log-outcome-redirected"), timeout: t("window-log-outcome-timeout"),
      network: t("window-log-outcome-network"), tls: t("window-log-outcome-tls"),
      rate_limited: t("window-log-outcome-rate-limited"),
    },
  };
}

function renderLog(recent) {
  const tbody = $("#log tbody");
  const words = logWords();
  const word = (kind, code) => words[kind][code] || String(code).replace(/_/g, " ");
  const rows = recent.slice().reverse().map((e) => {
    const tr = document.createElement("tr");
    for (const text of [e.time.replace("T", " ").replace(/\.\d+Z$/, " UTC"), word("trigger", e.trigger),
      word("action", e.action), word("outcome", e.outcome), e.message]) {
      tr.appendChild(Object.assign(document.createElement("td"), { textContent: text }));
    }
    return tr;
  });
  if (!rows.length) {
    const tr = document.createElement("tr");
    tr.appendChild(Object.assign(document.createElement("td"), { textContent: t("window-log-empty"), colSpan: 5 }));
    rows.push(tr);
  }
  tbody.replaceChildren(...rows);
}

function renderHotkeyStatus(list) {
  for (const st of list) {
    const el = $(`#hk-${st.role}-status`);
    const text = {
      registered: t("window-hotkey-active"),
      off: t("window-hotkey-off"),
      failed: t("window-hotkey-not-active", { reason: st.message || "" }),
      unavailable: t("window-hotkey-unavailable", { reason: st.message || "" }),
      portal: t("window-hotkey-portal"),
    }[st.state] ?? st.state;
    el.textContent = text;
    el.className = `hk-status ${st.state}`;
  }
}

function updateIdentityLabel() {
  const byId = identityKind() === "agent_id";
  $("#identity-label").textContent = byId ? t("window-identity-agent-id") : t("window-identity-email");
  $("#identity").placeholder = byId ? t("window-identity-agent-id-placeholder") : t("window-identity-email-placeholder");
}

async function validate(input, field) {
  const err = $(`#${input.id}-err`);
  const value = input.value;
  if (!value.trim() && ["proxy", "ca_file", "token", "stream_agent_id", "stream_host", "stream_credential"].includes(field)) {
    input.removeAttribute("aria-invalid");
    err.textContent = "";
    return true;
  }
  try {
    await invoke("validate_field", { field, value, allowCustomHost: $("#allow_custom_host").checked });
    input.removeAttribute("aria-invalid");
    err.textContent = "";
    return true;
  } catch (e) {
    input.setAttribute("aria-invalid", "true");
    err.textContent = errorText(e);
    return false;
  }
}

const FIELDS = [
  ["#cluster", () => "cluster"],
  ["#tenant", () => "tenant"],
  ["#identity", () => identityKind()],
  ["#token", () => "token"],
  ["#proxy", () => "proxy"],
  ["#ca_file", () => "ca_file"],
  ...LIVE_FIELDS,
];

function form() {
  return {
    cluster: $("#cluster").value,
    tenant: $("#tenant").value,
    identity_kind: identityKind(),
    identity: $("#identity").value,
    ca_file: $("#ca_file").value,
    proxy: $("#proxy").value,
    allow_custom_host: $("#allow_custom_host").checked,
    token: $("#token").value,
    hotkeys: Object.fromEntries(ROLES.map((r) => [r, $(`#hk-${r}`).value])),
    autostart: $("#autostart").checked,
    reminder_secs: number("#reminder_secs"),
    max_pause_secs: number("#max_pause_secs"),
    throttle_ms: number("#throttle_ms"),
    deep_link: $("#deep_link").checked,
    link_pause_confirm: $("#link_pause_confirm").checked,
    auto_pause: rules(),
    badge: $("#badge").checked,
    badge_corner: $("#badge_corner").value,
    language: $("#language").value || "auto",
    ...liveForm(),
  };
}

// A whole number from an input; an empty field counts as 0 (off).
function number(sel) {
  const n = Number.parseInt($(sel).value, 10);
  return Number.isFinite(n) && n >= 0 ? Math.min(n, 4294967295) : 0;
}

async function save(ev) {
  ev.preventDefault();
  const results = await Promise.all(FIELDS.map(([sel, f]) => validate($(sel), f())));
  // The result shows beside the Save button that was pressed.
  const out = ev.submitter && ev.submitter.id === "btn-save-more" ? $("#save-result-more") : $("#save-result");
  for (const r of [$("#save-result"), $("#save-result-more")]) if (r !== out) setText(r, "");
  if (results.includes(false)) {
    setText(out, t("window-fix-fields"), "bad");
    return;
  }
  if (!view.token_present && !$("#token").value.trim()) {
    $("#token").setAttribute("aria-invalid", "true");
    $("#token-err").textContent = t("window-token-required");
    setText(out, t("window-token-missing"), "bad");
    return;
  }
  setText(out, t("window-saving"));
  try {
    render(await invoke("save_settings", { form: form() }), true);
    // The language may have changed: fetch the texts again and re-apply them.
    try {
      await loadTexts();
      relocalize();
    } catch (_) { /* keep the texts shown */ }
    setText(out, t("window-saved"), "ok");
  } catch (e) {
    for (const f of e.fields || []) {
      const id = {
        cluster: "cluster", tenant: "tenant", email: "identity", "agent ID": "identity", "agent ID or e-mail": "identity",
        token: "token", proxy: "proxy", "CA file": "ca_file", "reminder interval": "reminder_secs",
        "maximum pause": "max_pause_secs", "press throttle": "throttle_ms", "deep link": "deep_link",
        "link pause confirmation": "link_pause_confirm",
        language: "language", badge: "badge_corner", "badge corner": "badge_corner", badge_corner: "badge_corner",
        ...LIVE_FIELD_IDS,
      }[f.field];
      if (id && $(`#${id}-err`)) {
        $(`#${id}`).setAttribute("aria-invalid", "true");
        $(`#${id}-err`).textContent = `${f.field}: ${f.problem}`;
      } else if (f.field.endsWith("hotkey") || f.field === "hotkeys") {
        $("#hotkeys-err").textContent = `${f.field}: ${f.problem}`;
      } else if (f.field === "auto-pause rules") {
        $("#rules-err").textContent = `${f.field}: ${f.problem}`;
      }
    }
    setText(out, errorText(e), "bad");
  }
}

// "Press your keys" recorder: the global hotkeys are released while recording
// so that this page receives the keys.
let recording = null;
const MODS = { Control: "Ctrl", Alt: "Alt", Shift: "Shift", Meta: "Super", OS: "Super" };

function keyName(e) {
  if (/^Key[A-Z]$/.test(e.code)) return e.code.slice(3);
  if (/^Digit\d$/.test(e.code)) return e.code.slice(5);
  if (/^F\d{1,2}$/.test(e.code)) return e.code;
  const media = { MediaPlayPause: "MediaPlayPause", MediaStop: "MediaStop", MediaTrackNext: "MediaTrackNext",
    MediaTrackPrevious: "MediaTrackPrevious", AudioVolumeMute: "AudioVolumeMute", AudioVolumeUp: "AudioVolumeUp",
    AudioVolumeDown: "AudioVolumeDown", MediaPlay: "MediaPlay", MediaPause: "MediaPause" };
  return media[e.code] || media[e.key] || null;
}

async function startRecording(role) {
  await stopRecording();
  recording = role;
  const input = $(`#hk-${role}`);
  input.classList.add("recording");
  input.value = t("window-hotkey-press-keys");
  renderHotkeyStatus(await invoke("suspend_hotkeys", { suspended: true }));
  input.focus();
}

async function stopRecording(value) {
  if (!recording) return;
  const input = $(`#hk-${recording}`);
  input.classList.remove("recording");
  input.value = value !== undefined ? value : (view.settings.hotkeys[recording] || "");
  recording = null;
  renderHotkeyStatus(await invoke("suspend_hotkeys", { suspended: false }));
}

document.addEventListener("keydown", async (e) => {
  if (!recording) return;
  e.preventDefault();
  if (e.key === "Escape") return stopRecording();
  if (MODS[e.key]) return;
  const key = keyName(e);
  if (!key) return;
  const mods = [e.ctrlKey && "Ctrl", e.altKey && "Alt", e.shiftKey && "Shift", e.metaKey && "Super"].filter(Boolean);
  const combo = [...mods, key].join("+");
  const role = recording;
  try {
    const normalized = await invoke("validate_field", { field: "hotkey", value: combo, allowCustomHost: false });
    $("#hotkeys-err").textContent = "";
    await stopRecording(normalized);
  } catch (err) {
    $("#hotkeys-err").textContent = t("window-hotkey-error", { hotkey: roleName(role), problem: errorText(err).replace(/^hotkey: /, "") });
  }
});

async function act(action) {
  const out = $("#action-result");
  setText(out, action === "pause" ? t("window-pausing") : t("window-resuming"));
  try {
    const r = await invoke("act", { action });
    setText(out, r.message, r.outcome.kind === "applied" ? "ok" : "bad");
  } catch (e) {
    setText(out, errorText(e), "bad");
  }
}

async function init() {
  // The texts first, so that the page shows in the agent's language; bounded:
  // if the app is slow to answer, show English and apply the texts when they come.
  const loading = loadTexts().then(() => true, () => false);
  const inTime = await Promise.race([loading, new Promise((r) => setTimeout(() => r(null), TEXTS_WAIT_MS))]);
  applyStatic();
  fillLanguageOptions();
  $("#state-line").textContent = t("window-loading");
  $("#btn-demo").textContent = t("window-demo-start");
  reveal();
  if (inTime === null) loading.then((ok) => { if (ok) relocalize(); });

  $("#settings").addEventListener("submit", save);
  for (const [sel, f] of FIELDS) $(sel).addEventListener("change", (ev) => validate(ev.target, f()));
  for (const r of document.querySelectorAll("input[name=identity_kind]")) r.addEventListener("change", updateIdentityLabel);
  $("#btn-add-rule").addEventListener("click", () => {
    const row = ruleRow({ pattern: "", regex: false });
    $("#rules").appendChild(row);
    labelRules();
    row.querySelector("input").focus();
  });
  $("#btn-preview-rules").addEventListener("click", previewRules);
  $("#btn-export").addEventListener("click", exportLog);
  $("#btn-enroll").addEventListener("click", enrollRelay);
  $("#btn-pause").addEventListener("click", () => act("pause"));
  $("#btn-resume").addEventListener("click", () => act("resume"));
  $("#btn-demo").addEventListener("click", async () => {
    try { render(await invoke(view && view.demo ? "leave_demo" : "start_demo")); }
    catch (e) { setText($("#action-result"), errorText(e), "bad"); }
  });
  $("#btn-check").addEventListener("click", async () => {
    const out = $("#check-result");
    setText(out, t("window-check-sending"));
    try {
      const r = await invoke("check_settings");
      const good = ["no_active_call", "applied", "not_enabled"].includes(r.report.outcome.kind);
      setText(out, t("window-check-result", { message: r.report.message, verdict: r.verdict }), good ? "ok" : "bad");
    } catch (e) {
      setText(out, errorText(e), "bad");
    }
    render(await invoke("get_view"));
  });
  for (const row of document.querySelectorAll(".hotkey")) {
    const role = row.dataset.role;
    row.querySelector(".record").addEventListener("click", () => startRecording(role));
    row.querySelector(".clear").addEventListener("click", () => { stopRecording(); $(`#hk-${role}`).value = ""; });
    row.querySelector("select").addEventListener("change", (ev) => {
      if (ev.target.value) $(`#hk-${role}`).value = ev.target.value;
      ev.target.value = "";
    });
  }
  // Until the first view has filled the form, a state event only marks that
  // the view must be read again: drawing it earlier would show a state line
  // (and invite typing) over a form that the first view then overwrites.
  let filled = false;
  let missed = false;
  await listen("rc-state", async (ev) => {
    if (!filled) {
      missed = true;
      return;
    }
    showState(ev.payload);
    if (ev.payload.full) render(await invoke("get_view"));
  });
  render(await invoke("get_view"), true);
  filled = true;
  // A new agent starts typing where setup starts.
  if (view.mode.kind === "not_configured" && !document.activeElement.closest("form")) $("#cluster").focus();
  if (missed) render(await invoke("get_view"));
}

init().catch((e) => {
  reveal();
  $("#state-line").textContent = t("window-error", { message: errorText(e) });
});
