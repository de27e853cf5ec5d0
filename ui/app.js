// Settings window of Recording Control. Talks to the app only through its
// commands; validation messages come from the core's validators.
"use strict";

const { invoke } = window.__TAURI__.core;
const { listen } = window.__TAURI__.event;
const $ = (sel) => document.querySelector(sel);
const ROLES = ["pause", "resume", "toggle"];
let view = null;

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
  $("#btn-demo").textContent = s.demo ? "Leave the demo" : "Try the demo";
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
  if (fill) fillForm(v);
  renderHotkeyStatus(v.hotkeys);
  const problem = v.settings_problem || v.keychain_problem;
  $("#settings-problem").hidden = !problem;
  $("#settings-problem").textContent = problem || "";
  $("#token").placeholder = v.token_present
    ? `Stored in the ${v.keychain_service} — leave empty to keep it`
    : "Paste the action token";
  const env = $("#environment");
  const problems = [v.environment.hotkeys, v.environment.notifications, v.environment.tray].filter(Boolean);
  env.replaceChildren(...problems.map((p) => Object.assign(document.createElement("li"), { textContent: p })));
  renderLog(v.recent);
  renderManaged(v.managed);
  const fg = v.foreground;
  $("#rules-availability").textContent = fg.unavailable
    ? `Not available on this desktop: ${fg.unavailable}. The rules are kept but do nothing here.`
    : fg.watching ? `Watching the window in front (${fg.method}).` : `Works here (${fg.method}) once a rule is saved.`;
  $("#audit-file").textContent = `Audit log: ${v.audit_log}`;
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
};

function renderManaged(m) {
  $("#managed-problem").hidden = !m.problem;
  $("#managed-problem").textContent = m.problem || "";
  $("#managed-banner").hidden = !m.active;
  $("#managed-banner").textContent = m.locked.length
    ? `Some settings are set by your administrator (${m.file}) and cannot be changed here.`
    : `Your administrator provides default settings (${m.file}).`;
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
        el.title = `Set by your administrator in ${m.file}`;
      }
    }
    const first = document.querySelector((LOCKS[key] || [])[0]);
    const label = first && first.id && document.querySelector(`label[for=${first.id}]`);
    if (label) label.appendChild(Object.assign(document.createElement("span"), { className: "locked-note", textContent: "· locked: set by your administrator" }));
  }
}

function ruleRow(rule) {
  const row = Object.assign(document.createElement("div"), { className: "rule" });
  const n = document.querySelectorAll("#rules .rule").length + 1;
  const input = Object.assign(document.createElement("input"), {
    className: "rule-pattern", value: rule.pattern || "", placeholder: "Card details", spellcheck: false, autocomplete: "off",
  });
  input.setAttribute("aria-label", `Rule ${n}: part of a window title`);
  const regex = Object.assign(document.createElement("input"), { type: "checkbox", className: "rule-regex", checked: !!rule.regex });
  const regexLabel = Object.assign(document.createElement("label"), { className: "inline" });
  regexLabel.append(regex, " regular expression");
  const remove = Object.assign(document.createElement("button"), { type: "button", className: "secondary", textContent: "Remove" });
  remove.setAttribute("aria-label", `Remove rule ${n}`);
  remove.addEventListener("click", () => row.remove());
  row.append(input, regexLabel, remove);
  return row;
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
      tr.appendChild(Object.assign(document.createElement("td"), { textContent: m.rule ? `pauses (${m.rule})` : "—", className: m.rule ? "match" : "" }));
      return tr;
    });
    if (!rows.length) {
      const tr = document.createElement("tr");
      tr.appendChild(Object.assign(document.createElement("td"), { textContent: "No titled windows are open.", colSpan: 2 }));
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
  setText(out, "Exporting…");
  try {
    setText(out, `Saved to ${await invoke("export_audit_csv")}`, "ok");
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
  $("#rules").replaceChildren();
  for (const r of v.safety.rules) $("#rules").appendChild(ruleRow(r));

  const datalist = $("#clusters");
  datalist.replaceChildren(...v.known_clusters.map((c) => new Option(`${c}.8x8.com`, c)));

  for (const role of ROLES) {
    $(`#hk-${role}`).value = s.hotkeys[role] || "";
    const select = document.querySelector(`.hotkey[data-role=${role}] select`);
    select.replaceChildren(new Option("Media key…", ""),
      ...v.media_keys.map((k) => {
        const o = new Option(k.supported ? k.name : `${k.name} (Windows/macOS only)`, k.name);
        o.disabled = !k.supported;
        return o;
      }));
  }
  const unsupported = v.media_keys.filter((k) => !k.supported).map((k) => k.name);
  $("#media-note").textContent = unsupported.length
    ? `${unsupported.join(", ")} cannot be registered here (X11); it works on Windows and macOS.`
    : "";
}

function renderLog(recent) {
  const tbody = $("#log tbody");
  const rows = recent.slice().reverse().map((e) => {
    const tr = document.createElement("tr");
    for (const text of [e.time.replace("T", " ").replace(/\.\d+Z$/, " UTC"), e.trigger, e.action, e.outcome.replace(/_/g, " "), e.message]) {
      tr.appendChild(Object.assign(document.createElement("td"), { textContent: text }));
    }
    return tr;
  });
  if (!rows.length) {
    const tr = document.createElement("tr");
    tr.appendChild(Object.assign(document.createElement("td"), { textContent: "No actions yet.", colSpan: 5 }));
    rows.push(tr);
  }
  tbody.replaceChildren(...rows);
}

function renderHotkeyStatus(list) {
  for (const st of list) {
    const el = $(`#hk-${st.role}-status`);
    const text = {
      registered: "Active",
      off: "Off",
      failed: `Not active: ${st.message || ""}`,
      unavailable: `Unavailable: ${st.message || ""}`,
    }[st.state];
    el.textContent = text;
    el.className = `hk-status ${st.state}`;
  }
}

function updateIdentityLabel() {
  const byId = identityKind() === "agent_id";
  $("#identity-label").textContent = byId ? "Agent ID" : "E-mail";
  $("#identity").placeholder = byId ? "Your agent ID" : "first.last@example.com";
}

async function validate(input, field) {
  const err = $(`#${input.id}-err`);
  const value = input.value;
  if (!value.trim() && ["proxy", "ca_file", "token"].includes(field)) {
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
    auto_pause: rules(),
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
  const out = $("#save-result");
  if (results.includes(false)) {
    setText(out, "Fix the fields marked in red.", "bad");
    return;
  }
  if (!view.token_present && !$("#token").value.trim()) {
    $("#token").setAttribute("aria-invalid", "true");
    $("#token-err").textContent = "token: paste the action token (it is stored only in the keychain)";
    setText(out, "The token is missing.", "bad");
    return;
  }
  setText(out, "Saving…");
  try {
    render(await invoke("save_settings", { form: form() }), true);
    setText(out, "Saved. Use “Check settings” while not on a call.", "ok");
  } catch (e) {
    for (const f of e.fields || []) {
      const id = {
        cluster: "cluster", tenant: "tenant", email: "identity", "agent ID": "identity", "agent ID or e-mail": "identity",
        token: "token", proxy: "proxy", "CA file": "ca_file", "reminder interval": "reminder_secs",
        "maximum pause": "max_pause_secs", "press throttle": "throttle_ms", "deep link": "deep_link",
      }[f.field];
      if (id) {
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
  input.value = "Press the keys…";
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
    $("#hotkeys-err").textContent = `${role} hotkey: ${errorText(err).replace(/^hotkey: /, "")}`;
  }
});

async function act(action) {
  const out = $("#action-result");
  setText(out, action === "pause" ? "Pausing…" : "Resuming…");
  try {
    const r = await invoke("act", { action });
    setText(out, r.message, r.outcome.kind === "applied" ? "ok" : "bad");
  } catch (e) {
    setText(out, errorText(e), "bad");
  }
}

async function init() {
  $("#settings").addEventListener("submit", save);
  for (const [sel, f] of FIELDS) $(sel).addEventListener("change", (ev) => validate(ev.target, f()));
  for (const r of document.querySelectorAll("input[name=identity_kind]")) r.addEventListener("change", updateIdentityLabel);
  $("#btn-add-rule").addEventListener("click", () => {
    const row = ruleRow({ pattern: "", regex: false });
    $("#rules").appendChild(row);
    row.querySelector("input").focus();
  });
  $("#btn-preview-rules").addEventListener("click", previewRules);
  $("#btn-export").addEventListener("click", exportLog);
  $("#btn-pause").addEventListener("click", () => act("pause"));
  $("#btn-resume").addEventListener("click", () => act("resume"));
  $("#btn-demo").addEventListener("click", async () => {
    try { render(await invoke(view && view.demo ? "leave_demo" : "start_demo")); }
    catch (e) { setText($("#action-result"), errorText(e), "bad"); }
  });
  $("#btn-check").addEventListener("click", async () => {
    const out = $("#check-result");
    setText(out, "Sending resume…");
    try {
      const r = await invoke("check_settings");
      const good = ["no_active_call", "applied", "not_enabled"].includes(r.report.outcome.kind);
      setText(out, `${r.report.message}. ${r.verdict}`, good ? "ok" : "bad");
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
  await listen("rc-state", async (ev) => {
    showState(ev.payload);
    if (ev.payload.full) render(await invoke("get_view"));
  });
  render(await invoke("get_view"), true);
}

init().catch((e) => { $("#state-line").textContent = `Error: ${errorText(e)}`; });
