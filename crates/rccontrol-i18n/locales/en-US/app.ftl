## The tray app: menu, notifications, badge, desktop problems.
## "Recording Control" is the product name; "DEMO" marks the built-in simulator; keep "rcctl" and key names as they are.

app-name = Recording Control

## Tray menu

tray-pause = Pause recording
tray-resume = Resume recording
# A menu item; $label is "Pause recording" or "Resume recording", $key the hotkey, e.g. Ctrl+Alt+P
tray-with-key = { $label }    { $key }
tray-settings = Settings…
tray-demo = Try the demo
tray-leave-demo = Leave the demo
tray-log = Open log
tray-autostart = Start at login
tray-quit = Quit
# Shown instead of "Quit" while the recording is paused: choosing it resumes first.
tray-resume-and-quit = Resume and quit
# The tray icon's tooltip; $line is the state line, e.g. "Recording paused · 2:14"
tray-tooltip = Recording Control — { $line }
not-configured = Not configured
# The state line in demo mode; $line is the state line
demo-line = DEMO · { $line }

## Words used inside notifications

action-pause = pause
action-resume = resume
# How an action was triggered, after "via"
trigger-name = { $trigger ->
        [hotkey] hotkey
        [tray] tray menu
        [socket] rcctl
        [cli] rcctl
        [window] settings window
        [timer] timer
        [rule] auto-pause rule
        [link] link
        [notification] notification
        [badge] on-screen badge
        [exit] app closing
       *[other] { $trigger }
    }
# Short durations: "45 s", "2 min", "1 h 5 min"
duration-seconds = { $s } s
duration-minutes = { $min } min
duration-hours = { $h } h { $min } min

## Notifications after an action

# $action: "pause" or "resume" (from action-pause/action-resume); $message: what 8x8 answered
notify-toggle = Toggle sent { $action }: { $message }
notify-timer-resumed = Recording resumed automatically (maximum pause reached)
notify-timer-failed = Automatic resume failed: { $message }
# $rule: the auto-pause rule that matched, e.g. "Card details"
notify-rule-paused-named = Recording paused: payment window in front (rule { $rule })
notify-rule-paused = Recording paused: payment window in front
notify-rule-resumed = Recording resumed: the payment window is no longer in front
notify-rule-failed = Auto-pause rule: { $message }
# The second line: "pause via hotkey · HTTP 200 · 42 ms"; $status is "HTTP 200" or notify-no-answer
notify-details = { $action } via { $trigger } · { $status } · { $ms } ms
notify-no-answer = no answer
notify-http = HTTP { $code }
notify-demo-prefix = DEMO · { $text }

## Reminders while paused

# $duration: how long it has been paused, e.g. "2 min"
reminder-certain = Recording still paused ({ $duration }) — resume?
reminder-uncertain = Recording may still be paused ({ $duration })
# A pause or resume got no clear answer (timeout, network or server error)
reminder-unsure-body = 8x8 did not confirm the last pause or resume. Press Resume to make sure the call is recorded.
# A pause older than one unanswered reminder; $duration: how long ago it was accepted
reminder-same-call = Is this still the same call? Paused { $duration } ago — recording may be running again
reminder-same-call-body = The app cannot see a call end, and a new call is recorded from its start. Press Pause if this call needs it paused, Resume if not.
reminder-auto = Press Resume when the card details are done. Automatic resume in { $duration }.
reminder-plain = Press Resume when the card details are done.
# Buttons of the reminder notification
reminder-button = Resume
reminder-button-long = Resume recording
reminder-button-pause = Pause

## On-screen badge while paused

# The badge's window title (screen readers and window lists show it)
badge-title = Recording Control — paused
# The badge text; $elapsed is m:ss or h:mm:ss. Keep it short and in capitals where the language has them.
badge-line = ● REC PAUSED { $elapsed }
badge-resume = Resume
badge-tooltip = The call recording is paused. Click Resume to record again.
# The badge while the pause is in doubt (no clear answer, or the call may have ended)
badge-title-unsure = Recording Control — may be paused
badge-line-unsure = ● MAY BE PAUSED { $elapsed }
badge-tooltip-unsure = 8x8 did not confirm, or the call may have ended: the recording may be paused or running. Click Resume to make sure it records.

## The app itself

quit-notice = Recording Control has quit.
nothing-sent = Nothing was sent
# A press repeated within the press throttle; $action: pause or resume; $window: e.g. 1 s
press-ignored-title = Ignored: { $action } pressed again within { $window }
press-ignored-body = The first press counts. Press again after that if you meant it.
# $detail: the technical reason (English)
demo-failed = The demo could not start
autostart-failed = Start at login could not be changed
something-missing = Recording Control: something is missing
managed-not-applied = Managed configuration not applied
not-configured-title = Recording Control is not configured
# $reason: why, e.g. "Not configured — open Settings… or try the demo"
not-configured-body = { $reason }. Open Settings… or Try the demo from the tray menu.
not-configured-reason = Not configured — open Settings… or try the demo
# $detail: the technical reason (English)
not-configured-detail = Not configured: { $detail }
demo-title = Recording Control — DEMO
demo-body = Running against the built-in 8x8 simulator: no real call is touched.
window-title = Recording Control — Settings
# $action: pause or resume (from action-pause/action-resume); $since and $window in milliseconds
throttled = ignored: { $action } was pressed { $since } ms ago; presses of the same action within { $window } ms are dropped
shutting-down = the app is shutting down

## Failures of the settings window's calls and of the tray

# $call: the name of the call the settings window asked for
error-unknown-call = The settings window asked for a call this app does not know: { $call }
# $field: the argument's name as the page spells it (e.g. allowCustomHost); $problem: what is wrong (English)
error-bad-argument = The settings window sent a bad argument — { $field }: { $problem }
# $detail: the technical reason (English)
error-settings-file = The settings file could not be saved: { $detail }
error-window-titles = The titles of the open windows could not be read: { $detail }
error-audit-read = The audit log could not be read: { $detail }
error-no-downloads = There is no Downloads or home folder to write to
# $path: the file; $detail: the technical reason (English)
error-write = { $path } could not be written: { $detail }
# $name: the icon's name
error-icon = The tray icon { $name } could not be loaded: { $detail }
error-tray = The tray icon failed: { $detail }
error-internal = The app could not encode its answer: { $detail }
error-too-large = The answer was too large to show

## Links (rccontrol://pause)

link-unknown-title = Link ignored
link-unknown-body = Recording Control understands rccontrol://pause and rccontrol://resume only.
link-off-title = A link asked to { $action } the recording: ignored
link-off-body = rccontrol:// links are off. Switch them on in Settings → Safety if your CRM uses them.
# A link asks to pause and waits for the agent's confirmation
link-confirm-title = A link asks to pause the recording
link-confirm-body = Press Pause to pause it. Ignore this if you did not click a pause link: web pages can open links too.
link-confirm-button = Pause
# The same where notifications have no buttons (Windows, macOS)
link-confirm-body-no-button = Press Pause in the tray menu, or the Pause hotkey, to pause it. Ignore this if you did not click a pause link: web pages can open links too.

## The control socket

socket-failed-title = rcctl cannot reach the app
socket-failed-body = The control socket could not start: { $detail }. rcctl will call 8x8 directly.

## Desktop problems

no-notification-daemon = No notification service is running: outcomes appear only in the tray menu and the log. Start your desktop's notification daemon (e.g. dunst).
no-session-bus = No session bus for notifications ({ $detail }): outcomes appear only in the tray menu and the log.
no-tray = No system tray found: the icon is not visible. Use the hotkeys or `rcctl`; launching the app again opens its settings window.

## Global hotkeys

hotkeys-unavailable-title = Global hotkeys are not available
# $key: a key combination, e.g. Ctrl+Alt+P
hotkey-inactive-title = Hotkey { $key } is not active
hotkey-register-failed = { $key } could not be registered ({ $detail }); choose another key in Settings
hotkey-taken-elsewhere = already registered by another application
hotkeys-no-display = Global hotkeys need an X11 display, and this session has none (Wayland). Bind `rcctl pause` and `rcctl resume` in your desktop's keyboard-shortcut settings instead.

## Wayland: shortcuts through the desktop's own dialog (XDG desktop portal)

# The names the desktop shows in its shortcut dialog
portal-pause-description = Pause the call recording
portal-resume-description = Resume the call recording
portal-toggle-description = Pause or resume the call recording
portal-bound-title = Shortcuts set by your desktop
# $list: the bound shortcuts, e.g. "Pause: Ctrl+Alt+P, Resume: Ctrl+Alt+R"
portal-bound-body = { $list }
portal-binding = { $name }: { $trigger }
portal-unbound = not set
portal-unavailable-title = Your desktop offers no global shortcuts to apps
# $detail: the technical reason (English)
portal-unavailable-body = Bind `rcctl pause` and `rcctl resume` in your desktop's keyboard settings instead. ({ $detail })
portal-cancelled = The shortcut dialog was closed without binding keys. Open Settings to try again.
hotkey-role-pause = Pause
hotkey-role-resume = Resume
hotkey-role-toggle = Toggle
settings-window-failed = The settings window could not open
settings-window-restart = Recording Control was updated: quit it from the tray and start it again to open the settings.

# Live state notifications. $action: "pause" / "resume"
live-paused-confirmed = Recording paused — confirmed by 8x8
live-resumed-confirmed = Recording resumed — confirmed by 8x8
live-not-reported-title = 8x8 accepted the { $action } but did not report the change
live-not-reported-body = The recording may not have changed (for example, recording had not started on this call). The tray now shows what 8x8 reports.
live-elsewhere-paused-aw = Recording was paused from Agent Workspace
live-elsewhere-resumed-aw = Recording was resumed from Agent Workspace
live-elsewhere-paused-api = Recording was paused by another application
live-elsewhere-resumed-api = Recording was resumed by another application
live-elsewhere-body = Reported by 8x8's event stream.
live-new-call = New call — recording
live-new-call-unrecorded = New call — not recorded
live-new-call-body = The pause of the previous call does not carry over to this one.
live-call-ended-paused = Call ended while paused — the pause ended with it
live-down-title = Live recording state lost
live-down-body = Until 8x8's event stream is back, the tray shows what the app believes (not verified).
live-up-title = Live recording state is back — confirmed by 8x8
live-rejected-title = Event Streaming rejected the credential
live-rejected-body = Live state stays off until the Event Streaming credential is set again (Settings, or rcctl setup --stream-credential).
live-no-credential = Live state is on, but no Event Streaming credential is stored: set it in Settings (or rcctl setup --stream-credential).
badge-title-live = Recording Control — paused (confirmed by 8x8)
badge-line-live = ● REC PAUSED { $elapsed } ✓
badge-tooltip-live = 8x8 reports the call recording paused. Click Resume to record again.
# $line: the tray's state line
state-line-live-down = { $line } · live state lost
state-line-live-rejected = { $line } · Event Streaming rejected the credential
live-confirmed-body = Confirmed by 8x8.
error-relay = The relay enrollment did not complete: { $detail }
