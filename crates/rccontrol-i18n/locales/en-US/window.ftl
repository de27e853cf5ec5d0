## Settings window (ui/index.html, ui/app.js).
## A placeholder such as { $file } is filled in by the page; keep it as it is.
## Key names (Ctrl+Alt+P), file paths, "rcctl" commands and "8x8" stay as they are.

## Top of the window: title, state, buttons

# The window's title bar.
window-page-title = Recording Control — Settings
# The product's name, as the page heading. Usually kept as it is.
window-app-name = Recording Control
# Shown for a moment while the page waits for the app.
window-loading = Loading…
# Shown when the page cannot talk to the app. $message is the app's error text.
window-error = Error: { $message }
# Banner at the top while the demo mode is on.
window-demo-banner = DEMO — connected to the built-in 8x8 simulator. No real call is touched.
window-pause-button = Pause recording
window-resume-button = Resume recording
window-demo-start = Try the demo
window-demo-leave = Leave the demo
# Shown under the buttons while the app sends the action to 8x8.
window-pausing = Pausing…
window-resuming = Resuming…
# Name, for screen readers, of the list of problems under the buttons (no tray icon, no notifications…).
window-environment-label = Problems with this desktop

## Settings set by an administrator (managed configuration)

# Banner when some fields are locked. $file is the path of the administrator's settings file.
window-managed-locked = Some settings are set by your administrator ({ $file }) and cannot be changed here.
# Banner when the administrator only gives defaults. $file is the path of the administrator's settings file.
window-managed-defaults = Your administrator provides default settings ({ $file }).
# Tooltip of a locked field. $file is the path of the administrator's settings file.
window-locked-title = Set by your administrator in { $file }
# Added after the label of a locked field.
window-locked-note = · locked: set by your administrator

## Language

window-language-heading = Language
window-language-label = Language of Recording Control
# First choice of the language list: follow the language of the computer.
window-language-auto = Automatic (system language)
window-language-help = Used in this window, the tray menu and the notifications. It changes when you save.

## Connection

window-connection-heading = Connection
# An 8x8 cluster is the server group of the company's account.
window-cluster-label = Cluster
# Example text in the empty Cluster field. "vcc-na7" is a cluster name: keep it.
window-cluster-placeholder = vcc-na7, or paste your Agent Workspace login URL
# Followed by an example address: https://vcc-na7.8x8.com/AGUI/…
window-cluster-help = The address of your Agent Workspace login page tells it:
# The company's account name at 8x8.
window-tenant-label = Tenant
# Title of the choice between "E-mail" and "Agent ID" below it.
window-identity-legend = Identify me by
window-identity-email = E-mail
window-identity-agent-id = Agent ID
# Example text in the empty E-mail field.
window-identity-email-placeholder = first.last@example.com
# Example text in the empty Agent ID field.
window-identity-agent-id-placeholder = Your agent ID
# The secret key that allows pausing and resuming recordings.
window-token-label = Action token
window-token-help = Stored only in the OS keychain, never shown again. The token is tenant-wide: keep it secret.
# In the empty token field when a token is already stored. $service is the keychain's name, e.g. "Windows Credential Manager".
window-token-stored = Stored in the { $service }. Leave empty to keep it.
# In the empty token field when no token is stored yet.
window-token-paste = Paste the action token
# A section that opens on click: settings for company networks.
window-network-summary = Corporate network
window-proxy-label = Proxy URL
# Example text in the empty Proxy field: an empty field uses the system's proxy settings.
window-proxy-placeholder = http://proxy.example.com:3128 (empty: system settings)
window-ca-file-label = Extra CA certificate file (PEM)
window-custom-host = Allow a server outside *.8x8.com (test servers only)

## Hotkeys

window-hotkeys-heading = Hotkeys
# “Record” is the button next to each hotkey (window-hotkey-record).
window-hotkeys-hint = Click “Record”, then press the keys (or pick a media key your headset sends). Empty = off.
# Names of the three hotkeys, also used in other messages as $action or $hotkey.
window-hotkey-pause = Pause
window-hotkey-resume = Resume
# A hotkey that pauses when recording and resumes when paused.
window-hotkey-toggle = Toggle
# Button: start listening for the keys of a hotkey.
window-hotkey-record = Record
# Button: remove a hotkey.
window-hotkey-clear = Clear
# Names, for screen readers, of the buttons and lists of each hotkey row.
window-hotkey-record-pause = Record the Pause hotkey
window-hotkey-record-resume = Record the Resume hotkey
window-hotkey-record-toggle = Record the Toggle hotkey
window-hotkey-media-pause = Media key for Pause
window-hotkey-media-resume = Media key for Resume
window-hotkey-media-toggle = Media key for Toggle
window-hotkey-clear-pause = Clear the Pause hotkey
window-hotkey-clear-resume = Clear the Resume hotkey
window-hotkey-clear-toggle = Clear the Toggle hotkey
# First entry of the media key list of each hotkey.
window-media-key-choose = Media key…
# A media key that cannot be used on this computer. $key is the key's name, e.g. "MediaPlayPause".
window-media-key-unsupported = { $key } (Windows/macOS only)
# $keys is a list of key names, e.g. "MediaPlay, MediaPause".
window-media-note = These media keys work only on Windows and macOS, not here (X11): { $keys }
# Windows: a media key global-hotkey registers as another key (Pause/Break, Play). $key: e.g. "MediaPause".
window-media-key-unsupported-windows = { $key } (not a media key on Windows)
# Windows: $keys lists those keys, e.g. "MediaPlay, MediaPause".
window-media-note-windows = On Windows these would be registered as the Pause/Break and Play keys, not as your headset's media keys: { $keys }. Use Play/Pause (MediaPlayPause), Stop, Next or Previous track, or a volume key.
window-toggle-help = Toggle is off by default: 8x8 cannot tell the app whether the recording is paused, so a toggle may send the opposite of what you want. Its notification says which action it sent.
# Shown in a hotkey field while it waits for the keys.
window-hotkey-press-keys = Press the keys…
# State of a hotkey, under its row.
window-hotkey-active = Active
window-hotkey-off = Off
# $reason is the app's explanation.
window-hotkey-not-active = Not active: { $reason }
# $reason is the app's explanation.
window-hotkey-unavailable = Unavailable: { $reason }
# The hotkey is bound by the desktop through its shortcut dialog (Wayland)
window-hotkey-portal = Set by your desktop (see below)
# Error after recording keys. $hotkey is Pause, Resume or Toggle; $problem is the app's explanation.
window-hotkey-error = { $hotkey } hotkey: { $problem }

## Shortcuts on Wayland desktops (set through the desktop, not by the app)

window-wayland-heading = Shortcuts on Wayland
window-wayland-bound = Your desktop manages these shortcuts:
# One line per shortcut. $action is Pause, Resume or Toggle; $keys are the keys as the desktop shows them, e.g. "Ctrl+Alt+P".
window-wayland-binding = { $action }: { $keys } — set in your desktop's settings
# A shortcut without keys yet. $action is Pause, Resume or Toggle.
window-wayland-binding-unset = { $action }: no keys yet — set them in your desktop's settings
window-wayland-unavailable = Your desktop does not offer global shortcuts to apps.
window-wayland-failed = Your desktop could not set up global shortcuts for this app.
# The desktop asked the agent to confirm the shortcuts and the agent closed that request.
window-wayland-cancelled = The shortcuts were not set up: the desktop's request was cancelled.
# Shown while the app asks the desktop for the shortcuts.
window-wayland-setting-up = Setting up the shortcuts with your desktop…
# Followed by the commands "rcctl pause" and "rcctl resume".
window-wayland-commands = To use keys anyway, add these commands as custom shortcuts in your desktop's keyboard settings:

## Safety

window-safety-heading = Safety
window-safety-hint = A recording left paused is a compliance incident. These keep it from happening by mistake.
# Label of a number field; the number of seconds is typed in the field below.
window-reminder-label = Remind me while paused, every … seconds
window-reminder-help = The first reminder comes after this long, then again at the same interval. 0 = no reminders.
# Label of a number field; the number of seconds is typed in the field below.
window-max-pause-label = Resume by itself after … seconds paused
window-max-pause-help = Counted from the first pause: pressing Pause again does not extend it. 0 = never (the default).
# Label of a number field; the number of milliseconds is typed in the field below.
window-throttle-label = Ignore a repeated press of the same action within … milliseconds
window-throttle-help = Catches double presses and bouncing headset buttons. 0 = off.

## On-screen badge shown while the recording is paused

window-badge-heading = On-screen badge
window-badge-label = Show a badge on screen while recording is paused
window-badge-corner-label = Corner of the screen
window-badge-corner-top-left = Top left
window-badge-corner-top-right = Top right
window-badge-corner-bottom-left = Bottom left
window-badge-corner-bottom-right = Bottom right

## Automatic pause in payment windows

window-rules-heading = Pause automatically in payment windows
window-rules-hint = While a window whose title contains one of these is in front, the recording is paused; when none is, it is resumed — but only if a rule paused it. A pause you made yourself is never resumed by a rule.
# Name, for screen readers, of the list of rules.
window-rules-label = Auto-pause rules
# $reason is the app's explanation.
window-rules-unavailable = Not available on this desktop: { $reason }. The rules are kept but do nothing here.
# $method is the technical way the app sees windows, e.g. "X11".
window-rules-watching = Watching the window in front ({ $method }).
# $method is the technical way the app sees windows, e.g. "X11".
window-rules-ready = Works here ({ $method }) once a rule is saved.
window-rule-add = Add rule
window-rules-preview = Test against the open windows
# Column headers of the test table.
window-rules-preview-title = Window title
window-rules-preview-rule = Matching rule
# In the test table: this window would pause the recording. $rule is the matching rule.
window-rules-preview-pauses = pauses ({ $rule })
window-rules-preview-none = No titled windows are open.
# Example text in an empty rule field: a part of a payment window's title.
window-rule-placeholder = Card details
# Name, for screen readers, of a rule field. $number is the rule's number (1, 2, …).
window-rule-pattern-label = Rule { $number }: part of a window title
# Checkbox next to a rule: the rule is a regular expression, not plain text.
window-rule-regex = regular expression
window-rule-remove = Remove
# Name, for screen readers, of the Remove button. $number is the rule's number (1, 2, …).
window-rule-remove-label = Remove rule { $number }

## Links from other programs

# CRM: the customer database program the agent works in.
window-links-heading = Links from your CRM
# Followed by the two links, rccontrol://pause and rccontrol://resume.
window-deep-link-label = Obey pause and resume links
window-link-confirm-label = Ask before a link pauses the recording
window-link-confirm-help = A web page can open a link too: with this on, a pause link only pauses once you confirm it.
window-deep-link-help = Off by default: any web page could fire such a link. Each use is recorded in the audit log.

## Start

window-start-heading = Start
window-autostart = Start Recording Control at login

## Saving

window-save = Save
window-saving = Saving…
# “Check settings” is the button below the form (window-check-button).
window-saved = Saved. Use “Check settings” while not on a call.
window-fix-fields = Fix the fields marked in red.
window-token-missing = The token is missing.
# Under the token field when saving without a token.
window-token-required = Paste the action token. It is stored only in the keychain.

## Check settings

window-check-heading = Check settings
# “resume” is the action the button sends.
window-check-hint = Use this only when you are not on a call: it sends “resume”. The answer tells you if your settings are good.
window-check-button = Check settings
window-check-sending = Sending resume…
# $message is what 8x8 answered; $verdict is what it means for the settings.
window-check-result = { $message }. { $verdict }

## Last actions (audit log)

window-log-heading = Last actions
window-export = Export the audit log (CSV)
window-exporting = Exporting…
# $path is the file the log was saved to.
window-exported = Saved to { $path }
# Column headers of the table of last actions.
window-log-time = Time
window-log-from = From
window-log-action = Action
window-log-outcome = Outcome
window-log-message = What happened
window-log-empty = No actions yet.
# $path is the audit log file.
window-audit-file = Audit log: { $path }
# Column "From" of the table: what started the action.
window-log-from-cli = rcctl
window-log-from-hotkey = hotkey
window-log-from-tray = tray menu
# Another program talking to the app through its local connection.
window-log-from-socket = other program
window-log-from-rule = auto-pause rule
window-log-from-timer = timer
window-log-from-link = link
window-log-from-window = this window
window-log-from-notification = notification
window-log-from-exit = app closing
# Column "Action" of the table.
window-log-action-pause = pause
window-log-action-resume = resume
# Column "Outcome" of the table.
window-log-outcome-applied = applied
window-log-outcome-no-active-call = no active call
window-log-outcome-not-enabled = recording not enabled
window-log-outcome-unrecognised = unknown answer
window-log-outcome-bad-request = refused request
window-log-outcome-unauthorized = not authorized
window-log-outcome-agent-not-found = agent not found
window-log-outcome-server-error = server error
window-log-outcome-rate-limited = rate limited
window-log-outcome-redirected = redirected
window-log-outcome-timeout = no answer in time
window-log-outcome-network = network error
window-log-outcome-tls = secure connection error

## First run and the rest of the settings

# Shown above the connection fields while nothing is configured yet.
window-first-run-intro = Four things from your administrator connect the app to 8x8: the cluster, the tenant, your e-mail or agent ID, and the action token. Then Save, and “Check settings” while you are not on a call.
# Beside the "Try the demo" button, below the connection fields.
window-demo-offer = No 8x8 details at hand? Try the app against a built-in simulator: no real call is touched.
# The collapsible section that holds every setting besides the connection.
window-more-summary = More settings: hotkeys, safety nets, links, start at login

## Live state (8x8 Event Streaming). The credential is never shown.

window-live-heading = Live state (8x8 Event Streaming)
window-live-hint = Shows the recording state 8x8 itself reports, instead of what the app believes from its answers. Needs your 8x8 agent ID and the Event Streaming credential from your administrator.
window-live-label = Show the live state from 8x8 Event Streaming
window-live-agent-id-label = Your 8x8 agent ID for Event Streaming
window-live-agent-id-help = Needed when live state is on, even when you are identified by e-mail above.
window-live-host-label = Event Streaming host (only if 8x8 gave you one)
window-live-host-help = Empty: the host of your cluster's region, shown in grey.
# Placeholder of the host field when the cluster's region has no Event Streaming host yet.
window-live-host-none = No Event Streaming host for this cluster yet: enter the one 8x8 gave you
window-live-credential-label = Event Streaming credential
window-live-credential-help = An Admin Console key starting with eght_, or the Data Request Token. Stored only in the OS keychain, never shown again. It is tenant-wide: keep it secret.
# $service: the keychain's name
window-live-credential-stored = Stored in the { $service }. Leave empty to keep it.
window-live-credential-paste = Paste the Event Streaming credential
window-live-credential-state-stored = Credential: stored in the OS keychain
window-live-credential-state-none = Credential: not stored
window-live-status-off = Live state: off
window-live-status-connecting = Live state: connecting to 8x8 Event Streaming…
window-live-status-live = Live state: connected — states confirmed by 8x8
window-live-status-down = Live state: down — states shown are not verified
window-live-status-rejected = Live state: 8x8 rejected the Event Streaming credential — paste a new one
window-live-status-no-credential = Live state: on, but no Event Streaming credential is stored — paste it below and save

## The relay section
window-relay-heading = Company relay
window-relay-hint = If your company runs a relay, enroll this computer with the one-time code from your administrator: no action token is then kept on this computer, and the relay records every action centrally.
window-relay-url-label = Relay address
window-relay-code-label = Enrollment code
window-relay-enroll = Enroll this computer
window-relay-status-on = Enrolled with { $relay } as { $device }, acting for { $email } in tenant { $tenant }. No action token is kept on this computer.
window-relay-status-off = Not in relay mode: this computer talks to 8x8 directly.
window-relay-enrolled = Enrolled: the relay now acts for you.
