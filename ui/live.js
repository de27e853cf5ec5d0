// The live-state section of the settings page (8x8 Event Streaming): the
// switch, the agent ID and host fields, the write-only credential and the
// status line. Loaded before app.js; its helpers ($, t) are app.js's, used
// only when these functions are called.
"use strict";

/** The stream's state (the view's `live.stream`) → its status line. */
const LIVE_STATUS = {
  connecting: "window-live-status-connecting",
  live: "window-live-status-live",
  down: "window-live-status-down",
  rejected: "window-live-status-rejected",
};

/** The core's field names (rccontrol::live::field) → the section's inputs. */
const LIVE_FIELD_IDS = {
  "live state": "live_state",
  "live agent ID": "stream_agent_id",
  "Event Streaming host": "stream_host",
  "Event Streaming credential": "stream_credential",
};

/** The lockable settings keys → the section's controls. */
const LIVE_LOCKS = {
  live_state: ["#live_state"],
  stream_agent_id: ["#stream_agent_id"],
  stream_host: ["#stream_host"],
};

/** The fields checked as typed (empty is fine: required only when on, at save). */
const LIVE_FIELDS = [
  ["#stream_agent_id", () => "stream_agent_id"],
  ["#stream_host", () => "stream_host"],
  ["#stream_credential", () => "stream_credential"],
];

/** Puts the stored live settings into the form; the credential is never shown. */
function fillLive(s) {
  $("#live_state").checked = !!s.live_state;
  $("#stream_agent_id").value = s.stream_agent_id || "";
  $("#stream_host").value = s.stream_host || "";
  $("#stream_credential").value = "";
}

/** The status line, the region's host and whether a credential is stored. */
function renderLive(v) {
  const live = v.live;
  $("#stream_host").placeholder = live.region_host || t("window-live-host-none");
  $("#stream_credential").placeholder = live.credential_present
    ? t("window-live-credential-stored", { service: v.keychain_service })
    : t("window-live-credential-paste");
  $("#stream_credential-state").textContent = live.credential_present
    ? t("window-live-credential-state-stored")
    : t("window-live-credential-state-none");
  let id = LIVE_STATUS[live.stream];
  if (!id) {
    id = v.settings.live_state && !live.credential_present
      ? "window-live-status-no-credential"
      : "window-live-status-off";
  }
  $("#live-status").textContent = t(id);
}

/** The section's part of the form (the credential goes to the window's process only). */
function liveForm() {
  return {
    live_state: $("#live_state").checked,
    stream_agent_id: $("#stream_agent_id").value,
    stream_host: $("#stream_host").value,
    stream_credential: $("#stream_credential").value,
  };
}
