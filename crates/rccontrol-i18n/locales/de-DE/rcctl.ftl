## rcctl, the command-line tool. Commands (rcctl setup, rcctl resume), flags
## (--email, --direct), environment variables (RCCTL_TOKEN, RCCONTROL_LANG),
## file paths and key names stay exactly as they are.

## Around every error and warning.

# "rcctl" is the program name: keep it. $message: the error, already a sentence.
rcctl-error = rcctl: { $message }
# $message: the warning, already a sentence.
rcctl-warning = rcctl: Warnung: { $message }
# $variable: the environment variable's name (RCCONTROL_LANG). $given: its value.
# $allowed: the language tags it accepts, comma-separated.
rcctl-language-unknown = { $variable }: „{ $given }“ ist nicht verfügbar; erlaubt: auto oder { $allowed }

## What rcctl was doing when a local file or the terminal failed.
## The system's error follows after a colon.

rcctl-doing-runtime = Fehler beim Starten der Async-Laufzeitumgebung
# $path: a file
rcctl-doing-read = Fehler beim Lesen von { $path }
rcctl-doing-remove = Fehler beim Entfernen von { $path }
rcctl-doing-write-csv = Fehler beim Schreiben der CSV-Ausgabe
rcctl-doing-read-demo-log = Fehler beim Lesen des Demo-Audit-Protokolls
rcctl-doing-token-terminal = Fehler beim Lesen des Tokens vom Terminal
rcctl-doing-token-stdin = Fehler beim Lesen des Tokens von der Standardeingabe

## rcctl pause / rcctl resume: the line after the action.

# $message: what 8x8 answered (one of the outcome sentences). $http: "HTTP 200" or
# "no HTTP answer". $ms: milliseconds the action took.
rcctl-report-line = { $message } ({ $http }, { $ms } ms)
# Like rcctl-report-line, when the request was sent more than once. $attempts: how many times.
rcctl-report-line-attempts = { $message } ({ $http }, { $ms } ms, { $attempts ->
        [one] { $attempts } Versuch
       *[other] { $attempts } Versuche
    })
# $status: the HTTP status code, e.g. 200
rcctl-report-http = HTTP { $status }
rcctl-report-no-http = keine HTTP-Antwort
# The desktop app could not be reached, so rcctl sends the action itself.
# $error: why the app could not be reached.
rcctl-app-unreachable = { $error }; 8x8 wird direkt aufgerufen
rcctl-app-other-user = der Steuer-Socket { $address } wird von einem anderen Benutzer bedient ({ $found }; Sie sind { $ours }): nichts wurde an ihn gesendet
# The desktop app answered but did not do the action. $action: pause or resume
# (the command); $reason: the app's explanation.
rcctl-app-refused = die App Recording Control läuft, hat die Aufnahme aber nicht { $action ->
        [pause] pausiert
       *[other] fortgesetzt
    }: { $reason }
# The path in RCCTL_SOCKET cannot be used. $variable: RCCTL_SOCKET; $error: why.
rcctl-socket-unusable = { $variable }: { $error }; die App wird nicht verwendet
rcctl-app-answered-status = die App hat mit einem Status statt mit einem Bericht geantwortet
# The request went to the desktop app but no answer came back. $error: what went
# wrong; $action: pause or resume.
rcctl-app-no-reply = { $error } – Aufnahmestatus nicht bestätigt (die App könnte die Aufnahme noch { $action ->
        [pause] pausieren
       *[other] fortsetzen
    })

## rcctl status: one line per item, a label then its value.
## Keep each label short: the values are aligned after the longest one.

rcctl-status-settings-file = Einstellungsdatei:
# Why the settings cannot be used (the reason follows).
rcctl-status-problem = Problem:
# The 8x8 cluster, e.g. vcc-na7.8x8.com
rcctl-status-cluster = Cluster:
# The company's tenant name in 8x8
rcctl-status-tenant = Tenant:
rcctl-status-email = E-Mail:
rcctl-status-agent-id = Agent-ID:
# Shown when neither the e-mail nor the agent ID is set.
rcctl-status-agent = Agent:
# An extra certificate authority file to trust.
rcctl-status-ca-file = CA-Datei:
rcctl-status-proxy = Proxy:
# Whether servers outside 8x8.com are accepted.
rcctl-status-custom-hosts = Eigene Hosts:
# The action token (never shown, only whether it is there).
rcctl-status-token = Token:
# The keychain account (tenant@host) the token is for
rcctl-status-account = Konto:
rcctl-status-keychain = Schlüsselbund:
# The recording state as last known.
rcctl-status-state = Status:
# How pause and resume are sent: through the running app, or directly to 8x8.
rcctl-status-via = Kanal:
rcctl-status-audit-log = Audit-Protokoll:
# The administrator's managed configuration file.
rcctl-status-managed = Verwaltet:

# No proxy is set: the proxy environment variables (HTTPS_PROXY) apply.
rcctl-status-proxy-environment = - (Umgebungsvariablen)
rcctl-status-custom-hosts-allowed = erlaubt
rcctl-status-custom-hosts-no = nein
rcctl-status-token-env = vorhanden (RCCTL_TOKEN)
rcctl-status-token-env-elsewhere = gesetzt, aber nicht für diesen Tenant und Host (RCCTL_TOKEN_FOR): nicht verwendet
rcctl-status-token-keychain = vorhanden (Schlüsselbund des Systems)
rcctl-status-token-unknown = unbekannt (Schlüsselbund nicht erreichbar)
rcctl-status-token-absent = nicht vorhanden
# $service: the keychain's name, e.g. Secret Service
rcctl-status-keychain-reachable = erreichbar ({ $service })
# $version: the desktop app's version number
rcctl-status-via-app = App { $version }
# The desktop app runs in its demo mode, against a simulator. Keep "DEMO" as the app shows it.
rcctl-status-via-app-demo = App { $version } (DEMO)
rcctl-status-via-direct-flag = direkt (--direct)
rcctl-status-via-direct-no-app = direkt (App läuft nicht)
# $problem: why the app gave no usable answer
rcctl-status-via-direct-problem = direkt (Problem mit der App: { $problem })
# $error: the system's error
rcctl-status-problem-runtime = Fehler beim Starten der Async-Laufzeitumgebung: { $error }
# $answer: the app's error message
rcctl-status-problem-app-error = die App hat geantwortet: { $answer }
rcctl-status-problem-action-report = die App hat mit einem Aktionsbericht geantwortet
# The managed configuration file is there but broken. $problem: what is wrong.
rcctl-status-managed-not-applied = NICHT ANGEWENDET: { $problem }
# $path: the managed configuration file
rcctl-status-managed-defaults = { $path } (Standardwerte, keine Sperren)
# $fields: the setting names the administrator locked, e.g. tenant, email
rcctl-status-managed-locked = { $path } (gesperrt: { $fields })
rcctl-status-managed-none = keine

## rcctl log

# $path: the audit log file
rcctl-log-empty = Noch keine Aktionen protokolliert ({ $path }).
# $ms: milliseconds
rcctl-log-latency = { $ms } ms

## rcctl setup

# $flags: the missing command-line flags, e.g. --cluster, --tenant
rcctl-setup-needs = setup benötigt { $flags } (weder zuvor noch durch eine verwaltete Konfiguration festgelegt)
# $path: where the unreadable old settings file was moved
rcctl-setup-kept-corrupt = die bisherige Einstellungsdatei war nicht lesbar; sie wurde als { $path } aufbewahrt
# The prompt for the secret action token; the typed characters are not shown.
rcctl-setup-token-prompt = Aktions-Token (Eingabe wird nicht angezeigt):
# $path: the settings file
rcctl-setup-saved = Einstellungen gespeichert in { $path }
rcctl-setup-no-token = Kein Token gespeichert: Geben Sie es in RCCTL_TOKEN an.
# $keychain: the keychain's name, e.g. Secret Service. $service and $account: the
# entry's service and account, as the keychain lists them.
rcctl-setup-token-stored = Token im Schlüsselbund des Systems gespeichert: { $keychain }, Dienst „{ $service }“, Konto „{ $account }“.
# Use the same words as outcome-no-call-resume begins with.
rcctl-setup-check = Testen Sie es, während Sie NICHT in einem Anruf sind: `rcctl resume` sollte „Kein aktiver Anruf“ melden.

## rcctl forget

# $account: the keychain account, e.g. acme01@vcc-na7.8x8.com
rcctl-forget-token-removed = Token für { $account }: aus dem Schlüsselbund des Systems entfernt
rcctl-forget-token-none = Token für { $account }: keines gespeichert
# $path: a file that was deleted
rcctl-forget-removed = { $path } entfernt
# $path: the audit log file, which forget does not delete
rcctl-forget-log-kept = Das Audit-Protokoll bleibt erhalten: { $path }

## rcctl demo: a built-in simulator of 8x8; no real account or call.
## Keep "DEMO": it marks every demo line.

# $line: the rest of the line
rcctl-demo-line = DEMO  { $line }
# $url: the simulator's address. $tenant and $email: the demo tenant and agent.
rcctl-demo-welcome = Recording Control mit integriertem 8x8-Simulator unter { $url } (Tenant { $tenant }, Agent { $email }, im Anruf).
# "help" is a demo command: keep it.
rcctl-demo-welcome-help = Echte Konten und Anrufe sind nicht betroffen. Geben Sie `help` ein, um die Befehle zu sehen.
rcctl-demo-call-started = Der Agent ist jetzt in einem Anruf (Aufnahme läuft).
rcctl-demo-call-ended = Der Anruf wurde beendet.
rcctl-demo-recording-enabled = Aufnahme für den Agenten aktiviert.
rcctl-demo-recording-disabled = Aufnahme für den Agenten deaktiviert.
# $believed: what Recording Control believes (a state line); $truth: the simulator's real state.
rcctl-demo-status = Laut App: { $believed } · tatsächlich (Simulator): { $truth }
rcctl-demo-truth-no-call = kein Anruf
rcctl-demo-truth-paused = im Anruf, pausiert
rcctl-demo-truth-recording = im Anruf, Aufnahme läuft
rcctl-demo-truth-unknown = unbekannt
# One audit log entry. $time, $trigger, $action and $outcome are log values and stay in English.
rcctl-demo-log-entry = { $time }  { $trigger } { $action } → { $outcome } ({ $ms } ms)
# $command: what was typed. "help" is a demo command: keep it.
rcctl-demo-unknown-command = Unbekannter Befehl „{ $command }“. Geben Sie `help` ein.

## rcctl demo: the list of commands ("help"). The commands themselves stay in English.

rcctl-demo-help-title = DEMO-Befehle:
rcctl-demo-help-pause = Aufnahme pausieren
rcctl-demo-help-resume = Aufnahme fortsetzen
rcctl-demo-help-call-start = der simulierte Agent nimmt einen Anruf an
rcctl-demo-help-call-end = der Anruf endet (danach meldet pause „Kein aktiver Anruf“)
rcctl-demo-help-enable = Aufnahme für den Agenten aus-/einschalten
rcctl-demo-help-status = angenommener Aufnahmestatus
rcctl-demo-help-log = die letzten Aktionen aus dem (temporären) Audit-Protokoll
rcctl-demo-help-help = diese Liste
rcctl-demo-help-quit = Demo beenden

## Live-Status (8x8 Event Streaming). Die Zugangsdaten werden nie angezeigt.

rcctl-doing-credential-terminal = beim Lesen der Event-Streaming-Zugangsdaten vom Terminal
rcctl-doing-credential-stdin = beim Lesen der Event-Streaming-Zugangsdaten von der Standardeingabe
rcctl-setup-credential-prompt = Event-Streaming-Zugangsdaten (Eingabe verborgen):
rcctl-setup-credential-own-step = --stream-credential ist ein eigener Schritt: Aktionstoken und Event-Streaming-Zugangsdaten werden nie im selben Lauf gelesen. Speichern Sie zuerst das Aktionstoken für { $account } (`rcctl setup` ohne --stream-credential) und führen Sie dann `rcctl setup --stream-credential` aus.
rcctl-setup-credential-stored = Event-Streaming-Zugangsdaten im Schlüsselbund des Systems gespeichert: { $keychain }, Dienst „{ $service }“, Konto „{ $account }“.
rcctl-setup-live-off = Der Live-Status ist aus: Schalten Sie ihn mit `rcctl setup --live-state on --stream-agent-id ID` ein.
rcctl-setup-no-credential = Der Live-Status ist an, aber für { $account } sind keine Event-Streaming-Zugangsdaten gespeichert: Speichern Sie sie mit `rcctl setup --stream-credential`.
rcctl-status-live = Live-Status:
rcctl-status-live-live = verbunden — Status von 8x8 bestätigt
rcctl-status-live-connecting = Verbindung zu 8x8 Event Streaming wird hergestellt
rcctl-status-live-down = unterbrochen: nicht bestätigt
rcctl-status-live-rejected = 8x8 hat die Event-Streaming-Zugangsdaten abgelehnt
rcctl-status-live-off = aus
rcctl-status-live-no-credential = an, aber keine Event-Streaming-Zugangsdaten für { $account } gespeichert: Führen Sie `rcctl setup --stream-credential` aus
rcctl-status-live-unknown = an; unbekannt (die laufende App sagt es nicht)
rcctl-status-live-no-app = an; nicht verbunden (die App läuft nicht)
rcctl-forget-credential-removed = Event-Streaming-Zugangsdaten für { $account }: aus dem Schlüsselbund des Systems entfernt
rcctl-forget-credential-none = Event-Streaming-Zugangsdaten für { $account }: keine gespeichert

## Relay mode
rcctl-relay-needs-code = --relay braucht --enroll CODE: den einmaligen Registrierungscode Ihrer Administration
rcctl-relay-needs-url = --enroll braucht --relay URL (die Adresse des Relays), außer die verwaltete Konfiguration Ihrer Administration setzt relay_url
rcctl-relay-no-credential = Im Relay-Modus liefert das Relay den Live-Status: Auf diesem Computer werden keine Event-Streaming-Zugangsdaten gespeichert
rcctl-relay-enrolled = Bei { $relay } registriert: Dieser Computer ({ $device }) handelt für { $email } im Tenant { $tenant }. Auf diesem Computer wird kein Aktions-Token gespeichert.
rcctl-relay-key-stored = Geräteschlüssel im Schlüsselbund des Systems gespeichert: { $keychain }, Dienst "{ $service }", Konto "{ $account }".
rcctl-relay-live-on = Live-Status: an (vom Relay geliefert).
rcctl-relay-live-off = Live-Status: aus (das Relay liefert ihn für Sie nicht).
rcctl-status-relay = Relay:
rcctl-status-relay-off = aus (direkt zu 8x8)
rcctl-status-token-device-key = keins auf diesem Computer: Relay-Modus, der Geräteschlüssel liegt im Schlüsselbund des Systems
rcctl-status-token-no-device-key = keins: Relay-Modus, aber kein Geräteschlüssel — nicht registriert (rcctl setup --enroll CODE)
