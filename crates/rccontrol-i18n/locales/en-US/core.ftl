## What 8x8 answered to a pause or resume: the main line of the notification.

outcome-paused = Recording paused
outcome-resumed = Recording resumed
outcome-no-call-pause = No active call — nothing was paused
outcome-no-call-resume = No active call — nothing was resumed
outcome-not-enabled = Recording is not enabled for you
outcome-unrecognised = 8x8 answered, but not in a known way: recording state unconfirmed
# $status: the HTTP status code, e.g. 400
outcome-bad-request = 8x8 refused the request (HTTP { $status }) — nothing was changed
outcome-unauthorized = 8x8 rejected the token — open Settings
# $tenant: the company's tenant name in 8x8, e.g. acme01
outcome-agent-not-found = Agent not found in tenant { $tenant }
outcome-server-error = 8x8 had a server error (HTTP { $status }) — recording state unconfirmed
outcome-redirected = 8x8 answered with a redirect (HTTP { $status }), which was not followed — check the cluster
outcome-timeout = Could not reach 8x8 (timeout)
outcome-network = Could not reach 8x8 (network error)
outcome-tls = Could not reach 8x8 securely (TLS certificate not trusted or invalid)

## "Check settings": what a test resume (sent while not on a call) says about the settings.

verdict-good = Settings are good: 8x8 accepted the token and found you (no active call).
verdict-good-resumed = Settings are good — but you were on a call, and its recording was resumed.
verdict-not-enabled = Settings are good, but recording is not enabled for you: ask your administrator.
verdict-unauthorized = 8x8 rejected the tenant or token: check the tenant and paste the token again.
verdict-agent-not-found = 8x8 does not know this agent in the tenant: check the e-mail or agent ID.
verdict-bad-request = 8x8 refused the request: check the cluster.
verdict-redirected = The cluster answered with a redirect: check the cluster.
verdict-tls = The server's certificate is not trusted: check the cluster, or add your company's CA file.
verdict-unreachable = 8x8 could not be reached: check the cluster, the proxy and your network.
verdict-unclear = 8x8 answered, but not clearly: try again in a minute.

## The believed recording state: the first line of the tray menu and of the settings window.

state-unknown = Recording state unknown
# $time: a clock time, e.g. 14:05 UTC
state-resumed-at = Recording — resumed at { $time } (8x8 accepted; not verified)
state-recording-unverified = Recording (not verified)
# $time: when 8x8 accepted the pause; $elapsed: how long since, m:ss or h:mm:ss
state-paused-at = Paused at { $time } · { $elapsed } (8x8 accepted; not verified)
# A pause whose answer proved nothing (timeout, network or server error)
state-maybe-paused = May be paused since { $time } · { $elapsed } (8x8 did not confirm)
# An accepted pause older than one unanswered reminder: the call may have ended
state-call-may-have-ended = Paused at { $time } — the call may have ended: recording may be running again (not verified)
state-no-call = No active call
state-not-enabled = Recording is not enabled for you
# $message: why the last action failed (one of the outcome messages)
state-error = Error: { $message }

## Refused settings. Each follows the setting's name, e.g. "tenant: is empty; …".
## Setting names, key names, URLs, "https://" and command-line flags stay as they are.

-cluster-allowed = enter a cluster name such as vcc-na7, a host such as vcc-na7.8x8.com, or paste your Agent Workspace login URL (https://vcc-na7.8x8.com/AGUI/…)
cluster-empty = is empty; { -cluster-allowed }
cluster-spaces = contains spaces or control characters; { -cluster-allowed }
cluster-http = http:// is not allowed: 8x8 is reached over https:// only
# $scheme: what the address started with, e.g. ftp
cluster-scheme = { $scheme }:// is not allowed: use https://
# $value: what was typed, in quotes
cluster-not-a-name = { $value } is not a cluster name (letters, digits and '-' only); { -cluster-allowed }
# $detail: the URL parser's technical reason (English)
cluster-not-a-url = { $value } is not a valid host or URL ({ $detail }); { -cluster-allowed }
cluster-credentials = must not contain a user name or password; paste the address without credentials
cluster-no-host = { $value } has no host; { -cluster-allowed }
# $host: a host name without a dot, e.g. h00
cluster-one-label = { $host } has no dot: saved, it would read as the 8x8 cluster { $host }.8x8.com; give the full host name (e.g. { $host }.example.com) or an IP address
cluster-not-8x8 = { $host } is not an 8x8 host (*.8x8.com); { -cluster-allowed }, or allow custom hosts explicitly (--allow-custom-host) for a test server

## For the tenant and the agent ID. $max: the longest allowed length (128).
id-empty = is empty; allowed: 1 to { $max } characters, without / ? # %, spaces or control characters, and not . or ..
id-too-long = is longer than { $max } characters; allowed: 1 to { $max } characters, without / ? # %, spaces or control characters, and not . or ..
# $kind: space, control or other; $char: the character (quoted) or its code, e.g. U+0007
id-bad-char = contains { $kind ->
        [space] a space
        [control] a control character ({ $char })
       *[other] { $char }
    }; allowed: 1 to { $max } characters, without / ? # %, spaces or control characters, and not . or ..
id-dots = cannot be "{ $value }"; allowed: 1 to { $max } characters, without / ? # %, spaces or control characters, and not . or ..

-email-allowed = an address like first.last@example.com (exactly one @, no spaces)
email-empty = is empty; enter { -email-allowed }
email-too-long = is longer than { $max } characters
email-bad-char = contains { $kind ->
        [space] a space
        [control] a control character ({ $char })
       *[other] { $char }
    }; enter { -email-allowed }
# $count: how many @ the address has (0, 2, 3…)
email-ats = has { $count } '@' characters; enter { -email-allowed }
email-no-local = has nothing before the @; enter { -email-allowed }
email-no-domain = has nothing after the @; enter { -email-allowed }
identity-both = give either an e-mail or an agent ID, not both

token-empty = is empty; paste the action token from Configuration Manager
token-too-long = is too long; paste only the action token (8x8 tokens are 32–64 characters)
token-spaces = contains spaces or control characters; paste only the action token
# The token field when cluster, tenant, proxy or CA file changed without a new token
token-needed-again = is needed again: the cluster, tenant, proxy or CA file changed, and the stored token is never sent anywhere it was not given for; paste the action token

-proxy-allowed = a URL like http://proxy.example.com:3128 (http or https)
proxy-not-a-url = { $value } is not a URL ({ $detail }); enter { -proxy-allowed }
proxy-scheme = scheme { $scheme }:// is not supported; enter { -proxy-allowed }
proxy-no-host = has no host; enter { -proxy-allowed }
# $detail: the HTTP library's technical reason (English)
proxy-refused = was refused: { $detail }

# $file: a file path; $detail: the system's reason (English)
ca-unreadable = { $file } cannot be read: { $detail }
ca-not-pem = { $file } is not a PEM certificate file: { $detail }
ca-empty = { $file } holds no PEM certificate (expected -----BEGIN CERTIFICATE-----)

field-unknown = unknown field { $name }
# $file: the administrator's managed configuration file
field-locked = is locked by your administrator in { $file }; it cannot be changed here

-hotkey-allowed = a key with modifiers like Ctrl+Alt+P, Ctrl+Shift+F9, or a media key alone (MediaPause, MediaTrackNext, AudioVolumeMute…)
hotkey-two-keys = { $value } has more than one key; use { -hotkey-allowed }
hotkey-unknown-key = { $key } is not a key this app knows; use { -hotkey-allowed }
hotkey-no-key = { $value } has no key, only modifiers; use { -hotkey-allowed }
hotkey-bare = { $key } alone (or with Shift only) would swallow normal typing; add Ctrl, Alt or Super
hotkey-unsupported = { $key } cannot be registered on Linux/X11 (only on Windows and macOS); use MediaPlay, MediaPause or MediaTrackNext
# $key: a media key's name, e.g. "MediaPause"; $keys: the keys that work on Windows, e.g. "MediaStop, MediaTrackNext"
hotkey-not-media-on-windows = On Windows, { $key } is not a media key: it would be registered as the Pause/Break or Play key, not the key a headset sends; use one of { $keys }
# $other: the name of the other hotkey setting, e.g. "pause hotkey"
hotkey-taken = { $key } is already the { $other }; choose another key

# $max: 50; $count: how many were given
rules-too-many = at most { $max } rules are allowed, { $count } given
# $n: the rule's number in the list, from 1
rule-empty = rule { $n } is empty: give part of a window title, e.g. Card details
rule-too-long = rule { $n } is longer than { $max } characters
rule-bad-regex = rule { $n } is not a valid regular expression ({ $detail }); switch off “regex” to match the text as typed

# $value: what was given; $min, $max: the allowed range in seconds
reminder-range = { $value } s is not allowed: give 0 (off) or { $min }–{ $max } seconds
max-pause-range = { $value } s is not allowed: give 0 (no limit) or { $min }–{ $max } seconds (up to 4 hours)
throttle-range = { $value } ms is not allowed: give 0 (off) to { $max } ms

# $value: what was given; $allowed: the language tags, e.g. "en-US, es-ES, …"
language-unknown = "{ $value }" is not available; use auto or one of { $allowed }
# $value: what was given; $allowed: top-left, top-right, bottom-left, bottom-right
corner-unknown = { $value } is not a corner; use one of { $allowed }

# Client hardening
outcome-rate-limited = 8x8 is limiting requests (HTTP 429) — nothing was changed; try again in a moment
verdict-rate-limited = 8x8 is limiting requests right now (HTTP 429), so the settings could not be checked: try again in a minute.
# $max: the longest tenant accepted (128)
tenant-colon = contains ":", which HTTP Basic auth cannot carry in the tenant; allowed: 1 to { $max } characters, without : / ? # %, spaces or control characters, and not . or ..
email-slash = contains "/", which cannot be sent in the request path; enter { -email-allowed }

## The administrator's managed configuration, when it is not applied
# $file: the managed configuration file; $problem: what is wrong with it (English)
managed-malformed = the managed configuration { $file } is not valid ({ $problem }); nothing of it is applied — ask your administrator
# $path: the managed configuration file or a folder above it; $owner: its owner ("uid 1001" on Linux and macOS, a SID such as S-1-5-21-…-1001 on Windows)
managed-untrusted-owner = Managed configuration not applied: { $path } is not owned by an administrator (owner { $owner })
# $path: the managed configuration file or a folder above it (Linux, macOS)
managed-untrusted-group-or-others = Managed configuration not applied: { $path } is writable by group or others
# $path: the managed configuration file or a folder above it; $who: a Windows account or group, as a SID (S-1-5-32-545 is Users)
managed-untrusted-changed-by = Managed configuration not applied: { $path } can be changed by { $who }, not only by administrators
# $path: the managed configuration file, which is a link or a special file
managed-untrusted-not-a-file = Managed configuration not applied: { $path } is not a regular file
# $path: the managed configuration file or a folder above it; $detail: the system's reason (English)
managed-untrusted-unreadable = Managed configuration not applied: who owns { $path } cannot be checked ({ $detail })

# Live state (8x8 Event Streaming). $problem: why the value is refused (English detail)
live-field-invalid = { $problem }
live-agent-id-needed = needed when live state is on: your 8x8 agent ID (like agAglVJkg0TU28dok9y9UQKg), even when actions use your e-mail
# $elapsed: m:ss
state-live-paused = Recording paused · { $elapsed } — confirmed by 8x8
state-live-paused-aw = Recording paused from Agent Workspace · { $elapsed } — confirmed by 8x8
state-live-recording = Recording — confirmed by 8x8
state-live-no-call = No call — confirmed by 8x8
state-live-not-recorded = On a call that is not being recorded — confirmed by 8x8
# $time: HH:MM UTC; $elapsed: m:ss
state-live-lost-paused = Paused at { $time } · { $elapsed } — live state lost: not verified
live-host-unknown = 8x8 publishes no Event Streaming host for { $cluster } yet: set the Event Streaming host (host or host:port)
# The Event Streaming credential (never repeated). $max: the longest accepted
live-credential-empty = empty: paste the Event Streaming credential (an Admin Console key starting with eght_, or the Data Request Token)
live-credential-invalid = not a credential: at most { $max } printable characters without spaces

## Relay mode: the relay's refusals
outcome-device-revoked = The relay refused this computer's key: it was revoked — ask your administrator for a new enrollment code
outcome-device-unknown = The relay does not know this computer's key — enroll again with a code from your administrator
outcome-relay-limited = The relay is limiting this computer's requests — nothing was sent to 8x8; try again in a moment
outcome-relay-unreachable = Could not reach the relay — nothing was sent to 8x8
outcome-relay-failed = The relay failed (HTTP { $status }) — recording state unconfirmed
verdict-device-refused = The relay refused this computer's key: enroll again with a new code from your administrator.
verdict-relay-limited = The relay is limiting requests right now, so the settings could not be checked: try again in a minute.
verdict-relay-unreachable = The relay could not be reached: check its address, the proxy and your network.
relay-url-invalid = { $value } is not a relay address: give https://host or https://host:port ({ $detail })
