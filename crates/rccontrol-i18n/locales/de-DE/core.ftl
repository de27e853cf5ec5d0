## What 8x8 answered to a pause or resume: the main line of the notification.

outcome-paused = Aufnahme pausiert
outcome-resumed = Aufnahme fortgesetzt
outcome-no-call-pause = Kein aktiver Anruf – nichts pausiert
outcome-no-call-resume = Kein aktiver Anruf – nichts fortgesetzt
outcome-not-enabled = Die Aufnahme ist für Sie nicht aktiviert
outcome-unrecognised = Unbekannte Antwort von 8x8: Aufnahmestatus nicht bestätigt
# $status: the HTTP status code, e.g. 400
outcome-bad-request = 8x8 hat die Anfrage abgelehnt (HTTP { $status }) – nichts geändert
outcome-unauthorized = 8x8 hat das Token abgelehnt – öffnen Sie die Einstellungen
# $tenant: the company's tenant name in 8x8, e.g. acme01
outcome-agent-not-found = Agent im Tenant { $tenant } nicht gefunden
outcome-server-error = Serverfehler bei 8x8 (HTTP { $status }) – Aufnahmestatus nicht bestätigt
outcome-redirected = 8x8 hat mit einer Weiterleitung geantwortet (HTTP { $status }), die nicht befolgt wurde – prüfen Sie den Cluster
outcome-timeout = 8x8 nicht erreichbar (Zeitüberschreitung)
outcome-network = 8x8 nicht erreichbar (Netzwerkfehler)
outcome-tls = Keine sichere Verbindung zu 8x8 (TLS-Zertifikat nicht vertrauenswürdig oder ungültig)

## "Check settings": what a test resume (sent while not on a call) says about the settings.

verdict-good = Die Einstellungen sind in Ordnung: 8x8 hat das Token akzeptiert und Sie gefunden (kein aktiver Anruf).
verdict-good-resumed = Die Einstellungen sind in Ordnung – aber Sie waren in einem Anruf, dessen Aufnahme dabei fortgesetzt wurde.
verdict-not-enabled = Die Einstellungen sind in Ordnung, aber die Aufnahme ist für Sie nicht aktiviert: Wenden Sie sich an Ihren Administrator.
verdict-unauthorized = 8x8 hat Tenant oder Token abgelehnt: Prüfen Sie den Tenant und fügen Sie das Token erneut ein.
verdict-agent-not-found = 8x8 kennt diesen Agenten im Tenant nicht: Prüfen Sie die E-Mail-Adresse oder die Agent-ID.
verdict-bad-request = 8x8 hat die Anfrage abgelehnt: Prüfen Sie den Cluster.
verdict-redirected = Der Cluster hat mit einer Weiterleitung geantwortet: Prüfen Sie den Cluster.
verdict-tls = Dem Zertifikat des Servers wird nicht vertraut: Prüfen Sie den Cluster oder fügen Sie die CA-Datei Ihres Unternehmens hinzu.
verdict-unreachable = 8x8 ist nicht erreichbar: Prüfen Sie den Cluster, den Proxy und Ihr Netzwerk.
verdict-unclear = Die Antwort von 8x8 ist nicht eindeutig: Versuchen Sie es in einer Minute erneut.

## The believed recording state: the first line of the tray menu and of the settings window.

state-unknown = Aufnahmestatus unbekannt
# $time: a clock time, e.g. 14:05 UTC
state-resumed-at = Aufnahme läuft – fortgesetzt um { $time } (von 8x8 angenommen; nicht überprüft)
state-recording-unverified = Aufnahme läuft (nicht überprüft)
# $time: when 8x8 accepted the pause; $elapsed: how long since, m:ss or h:mm:ss
state-paused-at = Pausiert um { $time } · { $elapsed } (von 8x8 angenommen; nicht überprüft)
# A pause whose answer proved nothing (timeout, network or server error)
state-maybe-paused = Möglicherweise pausiert seit { $time } · { $elapsed } (von 8x8 nicht bestätigt)
# An accepted pause older than one unanswered reminder: the call may have ended
state-call-may-have-ended = Pausiert um { $time } – der Anruf ist vielleicht beendet: die Aufnahme läuft möglicherweise wieder (nicht überprüft)
state-no-call = Kein aktiver Anruf
state-not-enabled = Die Aufnahme ist für Sie nicht aktiviert
# $message: why the last action failed (one of the outcome messages)
state-error = Fehler: { $message }

## Refused settings. Each follows the setting's name, e.g. "tenant: is empty; …".
## Setting names, key names, URLs, "https://" and command-line flags stay as they are.

-cluster-allowed = geben Sie einen Clusternamen wie vcc-na7 oder einen Host wie vcc-na7.8x8.com ein, oder fügen Sie die Anmelde-URL Ihres Agent Workspace ein (https://vcc-na7.8x8.com/AGUI/…)
cluster-empty = ist leer; { -cluster-allowed }
cluster-spaces = enthält Leer- oder Steuerzeichen; { -cluster-allowed }
cluster-http = http:// ist nicht erlaubt: 8x8 ist nur über https:// erreichbar
# $scheme: what the address started with, e.g. ftp
cluster-scheme = { $scheme }:// ist nicht erlaubt: verwenden Sie https://
# $value: what was typed, in quotes
cluster-not-a-name = { $value } ist kein Clustername (nur Buchstaben, Ziffern und '-'); { -cluster-allowed }
# $detail: the URL parser's technical reason (English)
cluster-not-a-url = { $value } ist kein gültiger Host und keine gültige URL ({ $detail }); { -cluster-allowed }
cluster-credentials = darf keinen Benutzernamen und kein Passwort enthalten; fügen Sie die Adresse ohne Zugangsdaten ein
cluster-no-host = { $value } enthält keinen Host; { -cluster-allowed }
# $host: a host name without a dot, e.g. h00
cluster-one-label = { $host } enthält keinen Punkt: So gespeichert, würde es als 8x8-Cluster { $host }.8x8.com gelten; geben Sie den vollständigen Hostnamen (z. B. { $host }.example.com) oder eine IP-Adresse an
cluster-not-8x8 = { $host } ist kein 8x8-Host (*.8x8.com); { -cluster-allowed }, oder erlauben Sie für einen Testserver ausdrücklich eigene Hosts (--allow-custom-host)

## For the tenant and the agent ID. $max: the longest allowed length (128).
id-empty = ist leer; erlaubt: 1 bis { $max } Zeichen, ohne / ? # %, Leer- oder Steuerzeichen, und nicht . oder ..
id-too-long = ist länger als { $max } Zeichen; erlaubt: 1 bis { $max } Zeichen, ohne / ? # %, Leer- oder Steuerzeichen, und nicht . oder ..
# $kind: space, control or other; $char: the character (quoted) or its code, e.g. U+0007
id-bad-char = enthält { $kind ->
        [space] ein Leerzeichen
        [control] ein Steuerzeichen ({ $char })
       *[other] das Zeichen { $char }
    }; erlaubt: 1 bis { $max } Zeichen, ohne / ? # %, Leer- oder Steuerzeichen, und nicht . oder ..
id-dots = darf nicht „{ $value }“ sein; erlaubt: 1 bis { $max } Zeichen, ohne / ? # %, Leer- oder Steuerzeichen, und nicht . oder ..

-email-allowed = eine Adresse wie first.last@example.com (genau ein @, keine Leerzeichen)
email-empty = ist leer; geben Sie { -email-allowed } ein
email-too-long = ist länger als { $max } Zeichen
email-bad-char = enthält { $kind ->
        [space] ein Leerzeichen
        [control] ein Steuerzeichen ({ $char })
       *[other] das Zeichen { $char }
    }; geben Sie { -email-allowed } ein
# $count: how many @ the address has (0, 2, 3…)
email-ats = enthält { $count } '@'-Zeichen; geben Sie { -email-allowed } ein
email-no-local = enthält nichts vor dem @; geben Sie { -email-allowed } ein
email-no-domain = enthält nichts nach dem @; geben Sie { -email-allowed } ein
identity-both = geben Sie entweder eine E-Mail-Adresse oder eine Agent-ID an, nicht beides

token-empty = ist leer; fügen Sie das Aktions-Token aus dem Configuration Manager ein
token-too-long = ist zu lang; fügen Sie nur das Aktions-Token ein (8x8-Tokens haben 32–64 Zeichen)
token-spaces = enthält Leer- oder Steuerzeichen; fügen Sie nur das Aktions-Token ein
# The token field when cluster, tenant, proxy or CA file changed without a new token
token-needed-again = wird erneut benötigt: Cluster, Tenant, Proxy oder CA-Datei haben sich geändert, und das gespeicherte Token wird nie an ein anderes Ziel gesendet als das, für das es eingegeben wurde; fügen Sie das Aktions-Token ein

-proxy-allowed = eine URL wie http://proxy.example.com:3128 (http oder https)
proxy-not-a-url = { $value } ist keine URL ({ $detail }); geben Sie { -proxy-allowed } ein
proxy-scheme = das Schema { $scheme }:// wird nicht unterstützt; geben Sie { -proxy-allowed } ein
proxy-no-host = enthält keinen Host; geben Sie { -proxy-allowed } ein
# $detail: the HTTP library's technical reason (English)
proxy-refused = wurde abgelehnt: { $detail }

# $file: a file path; $detail: the system's reason (English)
ca-unreadable = { $file } kann nicht gelesen werden: { $detail }
ca-not-pem = { $file } ist keine PEM-Zertifikatsdatei: { $detail }
ca-empty = { $file } enthält kein PEM-Zertifikat (erwartet: -----BEGIN CERTIFICATE-----)

field-unknown = unbekanntes Feld { $name }
# $file: the administrator's managed configuration file
field-locked = wurde von Ihrem Administrator in { $file } festgelegt und kann hier nicht geändert werden

-hotkey-allowed = eine Tastenkombination wie Ctrl+Alt+P oder Ctrl+Shift+F9 oder eine einzelne Medientaste (MediaPause, MediaTrackNext, AudioVolumeMute…)
hotkey-two-keys = { $value } enthält mehr als eine Taste; verwenden Sie { -hotkey-allowed }
hotkey-unknown-key = { $key } ist keine bekannte Taste; verwenden Sie { -hotkey-allowed }
hotkey-no-key = { $value } enthält nur Zusatztasten, keine eigentliche Taste; verwenden Sie { -hotkey-allowed }
hotkey-bare = { $key } allein (oder nur mit Shift) würde normale Eingaben abfangen; nehmen Sie Ctrl, Alt oder Super hinzu
hotkey-unsupported = { $key } kann unter Linux/X11 nicht registriert werden (nur unter Windows und macOS); verwenden Sie MediaPlay, MediaPause oder MediaTrackNext
hotkey-not-media-on-windows = Unter Windows ist { $key } keine Medientaste: Sie würde als Pause/Untbr- bzw. Play-Taste registriert, nicht als die Taste, die ein Headset sendet; verwenden Sie eine von { $keys }
# $other: the name of the other hotkey setting, e.g. "pause hotkey"
hotkey-taken = { $key } ist bereits als { $other } belegt; wählen Sie eine andere Taste

# $max: 50; $count: how many were given
rules-too-many = höchstens { $max } Regeln erlaubt, { $count } angegeben
# $n: the rule's number in the list, from 1
rule-empty = Regel { $n } ist leer: Geben Sie einen Teil eines Fenstertitels an, z. B. Kartendaten
rule-too-long = Regel { $n } ist länger als { $max } Zeichen
rule-bad-regex = Regel { $n } ist kein gültiger regulärer Ausdruck ({ $detail }); schalten Sie „regulärer Ausdruck“ aus, um den Text wörtlich zu vergleichen

# $value: what was given; $min, $max: the allowed range in seconds
reminder-range = { $value } s ist nicht erlaubt: Geben Sie 0 (aus) oder { $min }–{ $max } Sekunden an
max-pause-range = { $value } s ist nicht erlaubt: Geben Sie 0 (keine Grenze) oder { $min }–{ $max } Sekunden an (bis zu 4 Stunden)
throttle-range = { $value } ms ist nicht erlaubt: Geben Sie 0 (aus) bis { $max } ms an

# $value: what was given; $allowed: the language tags, e.g. "en-US, es-ES, …"
language-unknown = „{ $value }“ ist nicht verfügbar; erlaubt: auto oder { $allowed }
# $value: what was given; $allowed: top-left, top-right, bottom-left, bottom-right
corner-unknown = { $value } ist keine Ecke; erlaubt: { $allowed }

# Client hardening
outcome-rate-limited = 8x8 begrenzt gerade die Anfragen (HTTP 429) – nichts geändert; versuchen Sie es gleich noch einmal
verdict-rate-limited = 8x8 begrenzt gerade die Anfragen (HTTP 429), daher konnten die Einstellungen nicht geprüft werden: Versuchen Sie es in einer Minute erneut.
# $max: the longest tenant accepted (128)
tenant-colon = enthält „:“, das die HTTP-Basic-Anmeldung im Tenant nicht übertragen kann; erlaubt: 1 bis { $max } Zeichen, ohne : / ? # %, Leer- oder Steuerzeichen, und nicht . oder ..
email-slash = enthält „/“, das im Pfad der Anfrage nicht gesendet werden kann; geben Sie { -email-allowed } ein

## Die verwaltete Konfiguration des Administrators, wenn sie nicht angewendet wird
managed-malformed = die verwaltete Konfiguration { $file } ist ungültig ({ $problem }); nichts davon wird angewendet – wenden Sie sich an Ihren Administrator
managed-untrusted-owner = Verwaltete Konfiguration nicht angewendet: { $path } gehört keinem Administrator (Eigentümer { $owner })
managed-untrusted-group-or-others = Verwaltete Konfiguration nicht angewendet: { $path } ist für die Gruppe oder andere beschreibbar
managed-untrusted-changed-by = Verwaltete Konfiguration nicht angewendet: { $path } kann von { $who } geändert werden, nicht nur von Administratoren
managed-untrusted-not-a-file = Verwaltete Konfiguration nicht angewendet: { $path } ist keine normale Datei
managed-untrusted-unreadable = Verwaltete Konfiguration nicht angewendet: Der Eigentümer von { $path } lässt sich nicht prüfen ({ $detail })

live-field-invalid = { $problem }
live-agent-id-needed = nötig, wenn der Live-Status an ist: Ihre 8x8-Agenten-ID (etwa agAglVJkg0TU28dok9y9UQKg), auch wenn Aktionen Ihre E-Mail verwenden
state-live-paused = Aufnahme pausiert · { $elapsed } — von 8x8 bestätigt
state-live-paused-aw = Aufnahme in Agent Workspace pausiert · { $elapsed } — von 8x8 bestätigt
state-live-recording = Aufnahme läuft — von 8x8 bestätigt
state-live-no-call = Kein Anruf — von 8x8 bestätigt
state-live-not-recorded = Im Anruf, der nicht aufgenommen wird — von 8x8 bestätigt
state-live-lost-paused = Pausiert um { $time } · { $elapsed } — Live-Status verloren: nicht bestätigt
live-host-unknown = 8x8 nennt für { $cluster } noch keinen Event-Streaming-Host: Legen Sie den Event-Streaming-Host fest (Host oder Host:Port)
live-credential-empty = leer: fügen Sie die Event-Streaming-Zugangsdaten ein (einen Admin-Console-Schlüssel, der mit eght_ beginnt, oder das Data Request Token)
live-credential-invalid = keine gültigen Zugangsdaten: höchstens { $max } druckbare Zeichen ohne Leerzeichen

## Relay mode: the relay's refusals
outcome-device-revoked = Das Relay hat den Schlüssel dieses Computers abgelehnt: Er wurde widerrufen — bitten Sie Ihre Administration um einen neuen Registrierungscode
outcome-device-unknown = Das Relay kennt den Schlüssel dieses Computers nicht — registrieren Sie ihn erneut mit einem Code Ihrer Administration
outcome-relay-limited = Das Relay begrenzt die Anfragen dieses Computers — an 8x8 wurde nichts gesendet; versuchen Sie es gleich noch einmal
outcome-relay-unreachable = Das Relay ist nicht erreichbar — an 8x8 wurde nichts gesendet
outcome-relay-failed = Fehler im Relay (HTTP { $status }) — Aufnahmestatus unbestätigt
verdict-device-refused = Das Relay hat den Schlüssel dieses Computers abgelehnt: Registrieren Sie ihn erneut mit einem neuen Code Ihrer Administration.
verdict-relay-limited = Das Relay begrenzt gerade die Anfragen, daher konnten die Einstellungen nicht geprüft werden: Versuchen Sie es in einer Minute erneut.
verdict-relay-unreachable = Das Relay ist nicht erreichbar: Prüfen Sie seine Adresse, den Proxy und Ihr Netzwerk.
relay-url-invalid = { $value } ist keine Relay-Adresse: Geben Sie https://host oder https://host:port an ({ $detail })
