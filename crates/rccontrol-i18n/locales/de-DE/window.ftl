## Settings window (ui/index.html, ui/app.js).
## A placeholder such as { $file } is filled in by the page; keep it as it is.
## Key names (Ctrl+Alt+P), file paths, "rcctl" commands and "8x8" stay as they are.

## Top of the window: title, state, buttons

# The window's title bar.
window-page-title = Recording Control – Einstellungen
# The product's name, as the page heading. Usually kept as it is.
window-app-name = Recording Control
# Shown for a moment while the page waits for the app.
window-loading = Wird geladen…
# Shown when the page cannot talk to the app. $message is the app's error text.
window-error = Fehler: { $message }
# Banner at the top while the demo mode is on.
window-demo-banner = DEMO – verbunden mit dem integrierten 8x8-Simulator. Echte Anrufe sind nicht betroffen.
window-pause-button = Aufnahme pausieren
window-resume-button = Aufnahme fortsetzen
window-demo-start = Demo ausprobieren
window-demo-leave = Demo beenden
# Shown under the buttons while the app sends the action to 8x8.
window-pausing = Wird pausiert…
window-resuming = Wird fortgesetzt…
# Name, for screen readers, of the list of problems under the buttons (no tray icon, no notifications…).
window-environment-label = Probleme mit diesem Desktop

## Settings set by an administrator (managed configuration)

# Banner when some fields are locked. $file is the path of the administrator's settings file.
window-managed-locked = Einige Einstellungen legt Ihr Administrator fest ({ $file }); sie können hier nicht geändert werden.
# Banner when the administrator only gives defaults. $file is the path of the administrator's settings file.
window-managed-defaults = Ihr Administrator gibt Standardeinstellungen vor ({ $file }).
# Tooltip of a locked field. $file is the path of the administrator's settings file.
window-locked-title = Von Ihrem Administrator festgelegt in { $file }
# Added after the label of a locked field.
window-locked-note = · gesperrt: vom Administrator festgelegt

## Language

window-language-heading = Sprache
window-language-label = Sprache von Recording Control
# First choice of the language list: follow the language of the computer.
window-language-auto = Automatisch (Systemsprache)
window-language-help = Gilt für dieses Fenster, das Tray-Menü und die Benachrichtigungen. Wird beim Speichern übernommen.

## Connection

window-connection-heading = Verbindung
# An 8x8 cluster is the server group of the company's account.
window-cluster-label = Cluster
# Example text in the empty Cluster field. "vcc-na7" is a cluster name: keep it.
window-cluster-placeholder = vcc-na7 oder Anmelde-URL des Agent Workspace einfügen
# Followed by an example address: https://vcc-na7.8x8.com/AGUI/…
window-cluster-help = Steht in der Adresse Ihrer Agent-Workspace-Anmeldeseite:
# The company's account name at 8x8.
window-tenant-label = Tenant
# Title of the choice between "E-mail" and "Agent ID" below it.
window-identity-legend = Identifizieren über
window-identity-email = E-Mail
window-identity-agent-id = Agent-ID
# Example text in the empty E-mail field.
window-identity-email-placeholder = vorname.nachname@example.com
# Example text in the empty Agent ID field.
window-identity-agent-id-placeholder = Ihre Agent-ID
# The secret key that allows pausing and resuming recordings.
window-token-label = Aktions-Token
window-token-help = Wird nur im Schlüsselbund des Systems gespeichert und nie wieder angezeigt. Das Token gilt für den ganzen Tenant: Halten Sie es geheim.
# In the empty token field when a token is already stored. $service is the keychain's name, e.g. "Windows Credential Manager".
window-token-stored = Gespeichert in: { $service }. Zum Beibehalten leer lassen.
# In the empty token field when no token is stored yet.
window-token-paste = Aktions-Token einfügen
# A section that opens on click: settings for company networks.
window-network-summary = Firmennetzwerk
window-proxy-label = Proxy-URL
# Example text in the empty Proxy field: an empty field uses the system's proxy settings.
window-proxy-placeholder = http://proxy.example.com:3128 (leer: Systemeinstellungen)
window-ca-file-label = Zusätzliche CA-Zertifikatsdatei (PEM)
window-custom-host = Server außerhalb von *.8x8.com erlauben (nur Testserver)

## Hotkeys

window-hotkeys-heading = Hotkeys
# “Record” is the button next to each hotkey (window-hotkey-record).
window-hotkeys-hint = Klicken Sie auf „Erfassen“ und drücken Sie dann die Tasten (oder wählen Sie eine Medientaste Ihres Headsets). Leer = aus.
# Names of the three hotkeys, also used in other messages as $action or $hotkey.
window-hotkey-pause = Pausieren
window-hotkey-resume = Fortsetzen
# A hotkey that pauses when recording and resumes when paused.
window-hotkey-toggle = Umschalten
# Button: start listening for the keys of a hotkey.
window-hotkey-record = Erfassen
# Button: remove a hotkey.
window-hotkey-clear = Löschen
# Names, for screen readers, of the buttons and lists of each hotkey row.
window-hotkey-record-pause = Hotkey zum Pausieren erfassen
window-hotkey-record-resume = Hotkey zum Fortsetzen erfassen
window-hotkey-record-toggle = Hotkey zum Umschalten erfassen
window-hotkey-media-pause = Medientaste zum Pausieren
window-hotkey-media-resume = Medientaste zum Fortsetzen
window-hotkey-media-toggle = Medientaste zum Umschalten
window-hotkey-clear-pause = Hotkey zum Pausieren löschen
window-hotkey-clear-resume = Hotkey zum Fortsetzen löschen
window-hotkey-clear-toggle = Hotkey zum Umschalten löschen
# First entry of the media key list of each hotkey.
window-media-key-choose = Medientaste…
# A media key that cannot be used on this computer. $key is the key's name, e.g. "MediaPlayPause".
window-media-key-unsupported = { $key } (nur Windows/macOS)
# $keys is a list of key names, e.g. "MediaPlay, MediaPause".
window-media-note = Diese Medientasten funktionieren nur unter Windows und macOS, nicht hier (X11): { $keys }
window-media-key-unsupported-windows = { $key } (unter Windows keine Medientaste)
window-media-note-windows = Unter Windows würden diese als Pause/Untbr- und Play-Taste registriert, nicht als die Medientasten Ihres Headsets: { $keys }. Verwenden Sie Play/Pause (MediaPlayPause), Stopp, nächsten oder vorherigen Titel oder eine Lautstärketaste.
window-toggle-help = „Umschalten“ ist standardmäßig aus: 8x8 meldet der App nicht, ob die Aufnahme pausiert ist – Umschalten kann also das Gegenteil des Gewünschten senden. Die Benachrichtigung zeigt, welche Aktion gesendet wurde.
# Shown in a hotkey field while it waits for the keys.
window-hotkey-press-keys = Tasten drücken…
# State of a hotkey, under its row.
window-hotkey-active = Aktiv
window-hotkey-off = Aus
# $reason is the app's explanation.
window-hotkey-not-active = Nicht aktiv: { $reason }
# $reason is the app's explanation.
window-hotkey-unavailable = Nicht verfügbar: { $reason }
window-hotkey-portal = Vom Desktop festgelegt (siehe unten)
# Error after recording keys. $hotkey is Pause, Resume or Toggle; $problem is the app's explanation.
window-hotkey-error = Hotkey „{ $hotkey }“: { $problem }

## Shortcuts on Wayland desktops (set through the desktop, not by the app)

window-wayland-heading = Tastenkürzel unter Wayland
window-wayland-bound = Ihr Desktop verwaltet diese Tastenkürzel:
# One line per shortcut. $action is Pause, Resume or Toggle; $keys are the keys as the desktop shows them, e.g. "Ctrl+Alt+P".
window-wayland-binding = { $action }: { $keys } – festgelegt in den Einstellungen Ihres Desktops
# A shortcut without keys yet. $action is Pause, Resume or Toggle.
window-wayland-binding-unset = { $action }: noch keine Tasten – legen Sie sie in den Einstellungen Ihres Desktops fest
window-wayland-unavailable = Ihr Desktop stellt Apps keine globalen Tastenkürzel bereit.
window-wayland-failed = Ihr Desktop konnte für diese App keine globalen Tastenkürzel einrichten.
# The desktop asked the agent to confirm the shortcuts and the agent closed that request.
window-wayland-cancelled = Die Tastenkürzel wurden nicht eingerichtet: Die Anfrage des Desktops wurde abgebrochen.
# Shown while the app asks the desktop for the shortcuts.
window-wayland-setting-up = Tastenkürzel werden mit Ihrem Desktop eingerichtet…
# Followed by the commands "rcctl pause" and "rcctl resume".
window-wayland-commands = Um trotzdem Tasten zu nutzen, legen Sie diese Befehle in den Tastatureinstellungen Ihres Desktops als eigene Tastenkürzel an:

## Safety

window-safety-heading = Sicherheit
window-safety-hint = Eine versehentlich pausiert gebliebene Aufnahme ist ein Compliance-Verstoß. Diese Einstellungen beugen dem vor.
# Label of a number field; the number of seconds is typed in the field below.
window-reminder-label = Während der Pause erinnern, alle … Sekunden
window-reminder-help = Die erste Erinnerung kommt nach dieser Zeit, danach im selben Abstand. 0 = keine Erinnerungen.
# Label of a number field; the number of seconds is typed in the field below.
window-max-pause-label = Automatisch fortsetzen nach … Sekunden Pause
window-max-pause-help = Zählt ab der ersten Pause: Erneutes Pausieren verlängert die Zeit nicht. 0 = nie (Standard).
# Label of a number field; the number of milliseconds is typed in the field below.
window-throttle-label = Wiederholtes Drücken derselben Aktion innerhalb von … Millisekunden ignorieren
window-throttle-help = Fängt doppeltes Drücken und prellende Headset-Tasten ab. 0 = aus.

## On-screen badge shown while the recording is paused

window-badge-heading = Bildschirmanzeige
window-badge-label = Während der Pause eine Anzeige auf dem Bildschirm einblenden
window-badge-corner-label = Bildschirmecke
window-badge-corner-top-left = Oben links
window-badge-corner-top-right = Oben rechts
window-badge-corner-bottom-left = Unten links
window-badge-corner-bottom-right = Unten rechts

## Automatic pause in payment windows

window-rules-heading = In Zahlungsfenstern automatisch pausieren
window-rules-hint = Solange ein Fenster im Vordergrund ist, dessen Titel einen dieser Texte enthält, ist die Aufnahme pausiert; sonst wird sie fortgesetzt – aber nur, wenn eine Regel sie pausiert hat. Eine Pause, die Sie selbst ausgelöst haben, wird nie durch eine Regel beendet.
# Name, for screen readers, of the list of rules.
window-rules-label = Auto-Pause-Regeln
# $reason is the app's explanation.
window-rules-unavailable = Auf diesem Desktop nicht verfügbar: { $reason }. Die Regeln bleiben gespeichert, wirken hier aber nicht.
# $method is the technical way the app sees windows, e.g. "X11".
window-rules-watching = Überwacht das Fenster im Vordergrund ({ $method }).
# $method is the technical way the app sees windows, e.g. "X11".
window-rules-ready = Funktioniert hier ({ $method }), sobald eine Regel gespeichert ist.
window-rule-add = Regel hinzufügen
window-rules-preview = Mit offenen Fenstern testen
# Column headers of the test table.
window-rules-preview-title = Fenstertitel
window-rules-preview-rule = Passende Regel
# In the test table: this window would pause the recording. $rule is the matching rule.
window-rules-preview-pauses = pausiert ({ $rule })
window-rules-preview-none = Keine Fenster mit Titel geöffnet.
# Example text in an empty rule field: a part of a payment window's title.
window-rule-placeholder = Kartendaten
# Name, for screen readers, of a rule field. $number is the rule's number (1, 2, …).
window-rule-pattern-label = Regel { $number }: Teil eines Fenstertitels
# Checkbox next to a rule: the rule is a regular expression, not plain text.
window-rule-regex = regulärer Ausdruck
window-rule-remove = Entfernen
# Name, for screen readers, of the Remove button. $number is the rule's number (1, 2, …).
window-rule-remove-label = Regel { $number } entfernen

## Links from other programs

# CRM: the customer database program the agent works in.
window-links-heading = Links aus Ihrem CRM
# Followed by the two links, rccontrol://pause and rccontrol://resume.
window-deep-link-label = Links zum Pausieren und Fortsetzen zulassen
window-link-confirm-label = Nachfragen, bevor ein Link die Aufnahme pausiert
window-link-confirm-help = Auch eine Webseite kann einen Link öffnen: Ist dies an, pausiert ein Pause-Link erst nach Ihrer Bestätigung.
window-deep-link-help = Standardmäßig aus: Jede Webseite könnte einen solchen Link auslösen. Jede Verwendung wird im Audit-Protokoll festgehalten.

## Start

window-start-heading = Programmstart
window-autostart = Recording Control bei der Anmeldung starten

## Saving

window-save = Speichern
window-saving = Wird gespeichert…
# “Check settings” is the button below the form (window-check-button).
window-saved = Gespeichert. Nutzen Sie „Einstellungen prüfen“ außerhalb eines Anrufs.
window-fix-fields = Korrigieren Sie die rot markierten Felder.
window-token-missing = Das Token fehlt.
# Under the token field when saving without a token.
window-token-required = Fügen Sie das Aktions-Token ein. Es wird nur im Schlüsselbund gespeichert.

## Check settings

window-check-heading = Einstellungen prüfen
# “resume” is the action the button sends.
window-check-hint = Nur außerhalb eines Anrufs verwenden: Es wird „Fortsetzen“ gesendet. Die Antwort zeigt, ob Ihre Einstellungen stimmen.
window-check-button = Einstellungen prüfen
window-check-sending = „Fortsetzen“ wird gesendet…
# $message is what 8x8 answered; $verdict is what it means for the settings.
window-check-result = { $message }. { $verdict }

## Last actions (audit log)

window-log-heading = Letzte Aktionen
window-export = Audit-Protokoll exportieren (CSV)
window-exporting = Wird exportiert…
# $path is the file the log was saved to.
window-exported = Gespeichert unter { $path }
# Column headers of the table of last actions.
window-log-time = Zeit
window-log-from = Auslöser
window-log-action = Aktion
window-log-outcome = Ergebnis
window-log-message = Meldung
window-log-empty = Noch keine Aktionen.
# $path is the audit log file.
window-audit-file = Audit-Protokoll: { $path }
# Column "From" of the table: what started the action.
window-log-from-cli = rcctl
window-log-from-hotkey = Hotkey
window-log-from-tray = Tray-Menü
# Another program talking to the app through its local connection.
window-log-from-socket = Anderes Programm
window-log-from-rule = Auto-Pause-Regel
window-log-from-timer = Timer
window-log-from-link = Link
window-log-from-window = Dieses Fenster
window-log-from-notification = Benachrichtigung
window-log-from-exit = Beenden der App
# Column "Action" of the table.
window-log-action-pause = Pausieren
window-log-action-resume = Fortsetzen
# Column "Outcome" of the table.
window-log-outcome-applied = Ausgeführt
window-log-outcome-no-active-call = Kein aktiver Anruf
window-log-outcome-not-enabled = Aufnahme nicht aktiviert
window-log-outcome-unrecognised = Unbekannte Antwort
window-log-outcome-bad-request = Anfrage abgelehnt
window-log-outcome-unauthorized = Nicht autorisiert
window-log-outcome-agent-not-found = Agent nicht gefunden
window-log-outcome-server-error = Serverfehler
window-log-outcome-rate-limited = Anfragen begrenzt
window-log-outcome-redirected = Weitergeleitet
window-log-outcome-timeout = Zeitüberschreitung
window-log-outcome-network = Netzwerkfehler
window-log-outcome-tls = Fehler bei sicherer Verbindung

## First run and the rest of the settings

# Shown above the connection fields while nothing is configured yet.
window-first-run-intro = Vier Angaben von Ihrer Administration verbinden die App mit 8x8: der Cluster, der Mandant, Ihre E-Mail-Adresse oder Agenten-ID und das Aktions-Token. Dann „Speichern“ und, wenn Sie nicht in einem Gespräch sind, „Einstellungen prüfen“.
# Beside the "Try the demo" button, below the connection fields.
window-demo-offer = Keine 8x8-Zugangsdaten zur Hand? Probieren Sie die App mit einem eingebauten Simulator aus: Kein echtes Gespräch ist betroffen.
# The collapsible section that holds every setting besides the connection.
window-more-summary = Weitere Einstellungen: Tastenkürzel, Sicherheitsnetze, Links, Start bei der Anmeldung

## Live-Status (8x8 Event Streaming). Die Zugangsdaten werden nie angezeigt.

window-live-heading = Live-Status (8x8 Event Streaming)
window-live-hint = Zeigt den Aufnahmestatus, den 8x8 selbst meldet, statt dessen, was die App aus den Antworten ableitet. Benötigt Ihre 8x8-Agenten-ID und die Event-Streaming-Zugangsdaten von Ihrem Administrator.
window-live-label = Live-Status von 8x8 Event Streaming anzeigen
window-live-agent-id-label = Ihre 8x8-Agenten-ID für Event Streaming
window-live-agent-id-help = Erforderlich, wenn der Live-Status an ist, auch wenn Sie oben per E-Mail identifiziert werden.
window-live-host-label = Event-Streaming-Host (nur wenn 8x8 Ihnen einen genannt hat)
window-live-host-help = Leer: der Host der Region Ihres Clusters, grau angezeigt.
window-live-host-none = Für diesen Cluster gibt es noch keinen Event-Streaming-Host: Geben Sie den von 8x8 genannten ein
window-live-credential-label = Event-Streaming-Zugangsdaten
window-live-credential-help = Ein Admin-Console-Schlüssel, der mit eght_ beginnt, oder das Data Request Token. Nur im Schlüsselbund des Systems gespeichert und nie wieder angezeigt. Gilt für den ganzen Mandanten: geheim halten.
window-live-credential-stored = Gespeichert in: { $service }. Zum Beibehalten leer lassen.
window-live-credential-paste = Event-Streaming-Zugangsdaten einfügen
window-live-credential-state-stored = Zugangsdaten: im Schlüsselbund gespeichert
window-live-credential-state-none = Zugangsdaten: nicht gespeichert
window-live-status-off = Live-Status: aus
window-live-status-connecting = Live-Status: Verbindung zu 8x8 Event Streaming wird hergestellt…
window-live-status-live = Live-Status: verbunden — Status von 8x8 bestätigt
window-live-status-down = Live-Status: unterbrochen — angezeigte Status sind nicht bestätigt
window-live-status-rejected = Live-Status: 8x8 hat die Event-Streaming-Zugangsdaten abgelehnt — fügen Sie neue ein
window-live-status-no-credential = Live-Status: an, aber keine Event-Streaming-Zugangsdaten gespeichert — unten einfügen und speichern

## The relay section
window-relay-heading = Firmen-Relay
window-relay-hint = Wenn Ihre Firma ein Relay betreibt, registrieren Sie diesen Computer mit dem einmaligen Code Ihrer Administration: Dann wird kein Aktions-Token auf diesem Computer gespeichert, und das Relay protokolliert jede Aktion zentral.
window-relay-url-label = Relay-Adresse
window-relay-code-label = Registrierungscode
window-relay-enroll = Diesen Computer registrieren
window-relay-status-on = Bei { $relay } registriert als { $device }, handelt für { $email } im Tenant { $tenant }. Auf diesem Computer wird kein Aktions-Token gespeichert.
window-relay-status-off = Nicht im Relay-Modus: Dieser Computer spricht direkt mit 8x8.
window-relay-enrolled = Registriert: Das Relay handelt jetzt für Sie.
