// The relay section of the settings page: enrolling this computer with the
// company's relay (the code goes to the window's process only, which stores
// the device key in the keychain), and what relay mode fixes in the form.
// Loaded before app.js; its helpers ($, t, render, setText, errorText, form)
// are app.js's, used only when these functions are called.
"use strict";

/** The lockable settings key → the section's control. */
const RELAY_LOCKS = {
  relay_url: ["#relay_url"],
};

/** What the relay binds: read-only while enrolled. */
const RELAY_BOUND = ["#cluster", "#tenant", "#identity", "#token", "input[name=identity_kind]"];

/** Relay mode as the view's settings say, and the fields it fixes. */
function renderRelay(v) {
  const s = v.settings;
  const on = !!(s.relay_url && s.relay_device);
  if (s.relay_url && !$("#relay_url").value) $("#relay_url").value = s.relay_url;
  $("#relay-status").textContent = on
    ? t("window-relay-status-on", { relay: s.relay_url, device: s.relay_device, email: s.email || s.agent_id || "", tenant: s.tenant || "" })
    : t("window-relay-status-off");
  for (const sel of RELAY_BOUND) {
    for (const el of document.querySelectorAll(sel)) {
      if (!el.hasAttribute("data-locked")) el.disabled = on;
    }
  }
  if (on) $("#relay-section").open = true;
}

/** Exchanges the typed code for a device key; the view comes back saved. */
async function enrollRelay() {
  const out = $("#relay-result");
  setText(out, "");
  try {
    const v = await invoke("enroll_relay", { url: $("#relay_url").value, code: $("#enroll_code").value, form: form() });
    $("#enroll_code").value = "";
    render(v, true);
    setText(out, t("window-relay-enrolled"), "ok");
  } catch (e) {
    setText(out, errorText(e), "bad");
  }
}
