## The tray app: menu, notifications, badge, desktop problems.
## "Recording Control" is the product name; "DEMO" marks the built-in simulator; keep "rcctl" and key names as they are.

app-name = Recording Control

## Tray menu

tray-pause = Aufnahme pausieren
tray-resume = Aufnahme fortsetzen
# A menu item; $label is "Pause recording" or "Resume recording", $key the hotkey, e.g. Ctrl+Alt+P
tray-with-key = { $label }    { $key }
tray-settings = Einstellungen…
tray-demo = Demo ausprobieren
tray-leave-demo = Demo beenden
tray-log = Protokoll öffnen
tray-autostart = Bei Anmeldung starten
tray-quit = Beenden
# Shown instead of "Quit" while the recording is paused: choosing it resumes first.
tray-resume-and-quit = Fortsetzen und beenden
# The tray icon's tooltip; $line is the state line, e.g. "Recording paused · 2:14"
tray-tooltip = Recording Control – { $line }
not-configured = Nicht eingerichtet
# The state line in demo mode; $line is the state line
demo-line = DEMO · { $line }

## Words used inside notifications

action-pause = Pausieren
action-resume = Fortsetzen
# How an action was triggered, after "via"
trigger-name = { $trigger ->
        [hotkey] Hotkey
        [tray] Tray-Menü
        [socket] rcctl
        [cli] rcctl
        [window] Einstellungsfenster
        [timer] Timer
        [rule] Auto-Pause-Regel
        [link] Link
        [notification] Benachrichtigung
        [badge] Bildschirmanzeige
        [exit] Beenden der App
       *[other] { $trigger }
    }
# Short durations: "45 s", "2 min", "1 h 5 min"
duration-seconds = { $s } Sek.
duration-minutes = { $min } Min.
duration-hours = { $h } Std. { $min } Min.

## Notifications after an action

# $action: "pause" or "resume" (from action-pause/action-resume); $message: what 8x8 answered
notify-toggle = Umschalten hat „{ $action }“ gesendet: { $message }
notify-timer-resumed = Aufnahme automatisch fortgesetzt (maximale Pausendauer erreicht)
notify-timer-failed = Automatisches Fortsetzen fehlgeschlagen: { $message }
# $rule: the auto-pause rule that matched, e.g. "Card details"
notify-rule-paused-named = Aufnahme pausiert: Zahlungsfenster im Vordergrund (Regel { $rule })
notify-rule-paused = Aufnahme pausiert: Zahlungsfenster im Vordergrund
notify-rule-resumed = Aufnahme fortgesetzt: Zahlungsfenster nicht mehr im Vordergrund
notify-rule-failed = Auto-Pause-Regel: { $message }
# The second line: "pause via hotkey · HTTP 200 · 42 ms"; $status is "HTTP 200" or notify-no-answer
notify-details = { $action } über { $trigger } · { $status } · { $ms } ms
notify-no-answer = keine Antwort
notify-http = HTTP { $code }
notify-demo-prefix = DEMO · { $text }

## Reminders while paused

# $duration: how long it has been paused, e.g. "2 min"
reminder-certain = Aufnahme noch pausiert ({ $duration }) – fortsetzen?
reminder-uncertain = Aufnahme möglicherweise noch pausiert ({ $duration })
# A pause or resume got no clear answer (timeout, network or server error)
reminder-unsure-body = 8x8 hat das letzte Pausieren oder Fortsetzen nicht bestätigt. Klicken Sie auf „Fortsetzen“, damit das Gespräch sicher aufgenommen wird.
# A pause older than one unanswered reminder; $duration: how long ago it was accepted
reminder-same-call = Noch derselbe Anruf? Vor { $duration } pausiert – die Aufnahme läuft möglicherweise wieder
reminder-same-call-body = Die App sieht nicht, wann ein Anruf endet, und ein neuer Anruf wird von Anfang an aufgenommen. Klicken Sie auf „Pausieren“, wenn dieser Anruf pausiert sein muss, sonst auf „Fortsetzen“.
reminder-auto = Klicken Sie auf „Fortsetzen“, sobald die Kartendaten erfasst sind. Automatisches Fortsetzen in { $duration }.
reminder-plain = Klicken Sie auf „Fortsetzen“, sobald die Kartendaten erfasst sind.
# Buttons of the reminder notification
reminder-button = Fortsetzen
reminder-button-long = Aufnahme fortsetzen
reminder-button-pause = Pausieren

## On-screen badge while paused

# The badge's window title (screen readers and window lists show it)
badge-title = Recording Control – pausiert
# The badge text; $elapsed is m:ss or h:mm:ss. Keep it short and in capitals where the language has them.
badge-line = ● AUFNAHME PAUSIERT { $elapsed }
badge-resume = Fortsetzen
badge-tooltip = Die Gesprächsaufnahme ist pausiert. Klicken Sie auf „Fortsetzen“, um wieder aufzunehmen.
# The badge while the pause is in doubt (no clear answer, or the call may have ended)
badge-title-unsure = Recording Control – möglicherweise pausiert
badge-line-unsure = ● VIELLEICHT PAUSIERT { $elapsed }
badge-tooltip-unsure = 8x8 hat nicht bestätigt, oder der Anruf ist vielleicht beendet: Die Aufnahme ist möglicherweise pausiert oder läuft. Klicken Sie auf „Fortsetzen“, damit sicher aufgenommen wird.

## The app itself

quit-notice = Recording Control wurde beendet.
nothing-sent = Nichts gesendet
# A press repeated within the press throttle; $action: pause or resume; $window: e.g. 1 s
press-ignored-title = Ignoriert: „{ $action }“ innerhalb von { $window } erneut gedrückt
press-ignored-body = Der erste Druck zählt. Drücken Sie danach erneut, wenn Sie es so wollten.
# $detail: the technical reason (English)
demo-failed = Die Demo konnte nicht gestartet werden
autostart-failed = „Bei Anmeldung starten“ konnte nicht geändert werden
something-missing = Recording Control: Es fehlt etwas
managed-not-applied = Verwaltete Konfiguration nicht angewendet
not-configured-title = Recording Control ist nicht eingerichtet
# $reason: why, e.g. "Not configured — open Settings… or try the demo"
not-configured-body = { $reason }. Wählen Sie im Tray-Menü „Einstellungen…“ oder „Demo ausprobieren“.
not-configured-reason = Nicht eingerichtet – öffnen Sie die Einstellungen oder probieren Sie die Demo aus
# $detail: the technical reason (English)
not-configured-detail = Nicht eingerichtet: { $detail }
demo-title = Recording Control – DEMO
demo-body = Läuft mit dem integrierten 8x8-Simulator: Echte Anrufe sind nicht betroffen.
window-title = Recording Control – Einstellungen
# $action: pause or resume (from action-pause/action-resume); $since and $window in milliseconds
throttled = ignoriert: { $action } wurde vor { $since } ms gedrückt; Wiederholungen derselben Aktion innerhalb von { $window } ms werden verworfen
shutting-down = die App wird beendet

## Failures of the settings window's calls and of the tray

error-unknown-call = Das Einstellungsfenster hat einen Aufruf angefordert, den diese App nicht kennt: { $call }
error-bad-argument = Das Einstellungsfenster hat ein ungültiges Argument gesendet — { $field }: { $problem }
error-settings-file = Die Einstellungsdatei konnte nicht gespeichert werden: { $detail }
error-window-titles = Die Titel der offenen Fenster konnten nicht gelesen werden: { $detail }
error-audit-read = Das Audit-Protokoll konnte nicht gelesen werden: { $detail }
error-no-downloads = Es gibt keinen Download- oder Home-Ordner zum Speichern
error-write = { $path } konnte nicht geschrieben werden: { $detail }
error-icon = Das Tray-Symbol { $name } konnte nicht geladen werden: { $detail }
error-tray = Das Tray-Symbol hat versagt: { $detail }
error-internal = Die App konnte ihre Antwort nicht kodieren: { $detail }
error-too-large = Die Antwort war zu groß zum Anzeigen

## Links (rccontrol://pause)

link-unknown-title = Link ignoriert
link-unknown-body = Recording Control versteht nur rccontrol://pause und rccontrol://resume.
link-off-title = Link zum { $action } der Aufnahme ignoriert
link-off-body = rccontrol://-Links sind ausgeschaltet. Schalten Sie sie unter Einstellungen → Sicherheit ein, wenn Ihr CRM sie verwendet.
# A link asks to pause and waits for the agent's confirmation
link-confirm-title = Ein Link möchte die Aufnahme pausieren
link-confirm-body = Klicken Sie auf „Pausieren“, um zu pausieren. Ignorieren Sie dies, wenn Sie keinen Pause-Link geklickt haben: auch Webseiten können Links öffnen.
link-confirm-button = Pausieren
# The same where notifications have no buttons (Windows, macOS)
link-confirm-body-no-button = Wählen Sie „Pausieren“ im Tray-Menü oder drücken Sie das Pausieren-Tastenkürzel. Ignorieren Sie dies, wenn Sie keinen Pause-Link geklickt haben: auch Webseiten können Links öffnen.

## The control socket

socket-failed-title = rcctl erreicht die App nicht
socket-failed-body = Der Steuer-Socket konnte nicht starten: { $detail }. rcctl ruft 8x8 direkt auf.

## Desktop problems

no-notification-daemon = Kein Benachrichtigungsdienst aktiv: Ergebnisse erscheinen nur im Tray-Menü und im Protokoll. Starten Sie den Benachrichtigungsdienst Ihres Desktops (z. B. dunst).
no-session-bus = Kein Session-Bus für Benachrichtigungen ({ $detail }): Ergebnisse erscheinen nur im Tray-Menü und im Protokoll.
no-tray = Kein System-Tray gefunden: Das Symbol ist nicht sichtbar. Verwenden Sie die Hotkeys oder `rcctl`; wenn Sie die App erneut starten, öffnet sich das Einstellungsfenster.

## Global hotkeys

hotkeys-unavailable-title = Globale Hotkeys sind nicht verfügbar
# $key: a key combination, e.g. Ctrl+Alt+P
hotkey-inactive-title = Hotkey { $key } ist nicht aktiv
hotkey-register-failed = { $key } konnte nicht registriert werden ({ $detail }); wählen Sie in den Einstellungen eine andere Taste
hotkey-taken-elsewhere = bereits von einer anderen Anwendung belegt
hotkeys-no-display = Globale Hotkeys benötigen ein X11-Display, doch diese Sitzung hat keines (Wayland). Legen Sie stattdessen `rcctl pause` und `rcctl resume` in den Tastenkürzel-Einstellungen Ihres Desktops fest.

## Wayland: shortcuts through the desktop's own dialog (XDG desktop portal)

# The names the desktop shows in its shortcut dialog
portal-pause-description = Gesprächsaufnahme pausieren
portal-resume-description = Gesprächsaufnahme fortsetzen
portal-toggle-description = Gesprächsaufnahme pausieren oder fortsetzen
portal-bound-title = Von Ihrem Desktop festgelegte Tastenkürzel
# $list: the bound shortcuts, e.g. "Pause: Ctrl+Alt+P, Resume: Ctrl+Alt+R"
portal-bound-body = { $list }
portal-binding = { $name }: { $trigger }
portal-unbound = nicht festgelegt
portal-unavailable-title = Ihr Desktop stellt Apps keine globalen Tastenkürzel bereit
# $detail: the technical reason (English)
portal-unavailable-body = Legen Sie stattdessen `rcctl pause` und `rcctl resume` in den Tastatureinstellungen Ihres Desktops fest. ({ $detail })
portal-cancelled = Der Tastenkürzel-Dialog wurde geschlossen, ohne Tasten zuzuweisen. Öffnen Sie die Einstellungen, um es erneut zu versuchen.
hotkey-role-pause = Pausieren
hotkey-role-resume = Fortsetzen
hotkey-role-toggle = Umschalten
settings-window-failed = Das Einstellungsfenster konnte nicht geöffnet werden
settings-window-restart = Recording Control wurde aktualisiert: Beenden Sie es über den Infobereich und starten Sie es neu, um die Einstellungen zu öffnen.

live-paused-confirmed = Aufnahme pausiert — von 8x8 bestätigt
live-resumed-confirmed = Aufnahme fortgesetzt — von 8x8 bestätigt
live-not-reported-title = 8x8 hat „{ $action }“ angenommen, aber keine Änderung gemeldet
live-not-reported-body = Die Aufnahme hat sich womöglich nicht geändert (etwa weil sie in diesem Anruf noch nicht begonnen hatte). Das Symbol zeigt jetzt, was 8x8 meldet.
live-elsewhere-paused-aw = Die Aufnahme wurde in Agent Workspace pausiert
live-elsewhere-resumed-aw = Die Aufnahme wurde in Agent Workspace fortgesetzt
live-elsewhere-paused-api = Die Aufnahme wurde von einer anderen Anwendung pausiert
live-elsewhere-resumed-api = Die Aufnahme wurde von einer anderen Anwendung fortgesetzt
live-elsewhere-body = Gemeldet vom Ereignisstrom von 8x8.
live-new-call = Neuer Anruf — wird aufgenommen
live-new-call-unrecorded = Neuer Anruf — wird nicht aufgenommen
live-new-call-body = Die Pause des vorigen Anrufs gilt für diesen nicht.
live-call-ended-paused = Anruf während der Pause beendet — die Pause endete mit ihm
live-down-title = Live-Aufnahmestatus verloren
live-down-body = Bis der Ereignisstrom von 8x8 zurück ist, zeigt das Symbol, was die App annimmt (nicht bestätigt).
live-up-title = Live-Aufnahmestatus wieder da — von 8x8 bestätigt
live-rejected-title = Event Streaming hat die Zugangsdaten abgelehnt
live-rejected-body = Der Live-Status bleibt aus, bis die Event-Streaming-Zugangsdaten neu gesetzt sind (Einstellungen oder rcctl setup --stream-credential).
live-no-credential = Der Live-Status ist an, aber es sind keine Event-Streaming-Zugangsdaten gespeichert: Setzen Sie sie in den Einstellungen (oder mit rcctl setup --stream-credential).
badge-title-live = Recording Control — pausiert (von 8x8 bestätigt)
badge-line-live = ● AUFNAHME PAUSIERT { $elapsed } ✓
badge-tooltip-live = 8x8 meldet die Anrufaufnahme als pausiert. Klicken Sie auf Fortsetzen, um wieder aufzunehmen.
# $line: the tray's state line
state-line-live-down = { $line } · Live-Status verloren
state-line-live-rejected = { $line } · Event Streaming hat die Zugangsdaten abgelehnt
live-confirmed-body = Von 8x8 bestätigt.
error-relay = Die Registrierung beim Relay wurde nicht abgeschlossen: { $detail }
