## rcctl, the command-line tool. Commands (rcctl setup, rcctl resume), flags
## (--email, --direct), environment variables (RCCTL_TOKEN, RCCONTROL_LANG),
## file paths and key names stay exactly as they are.

## Around every error and warning.

# "rcctl" is the program name: keep it. $message: the error, already a sentence.
rcctl-error = rcctl: { $message }
# $message: the warning, already a sentence.
rcctl-warning = rcctl: warning: { $message }
# $variable: the environment variable's name (RCCONTROL_LANG). $given: its value.
# $allowed: the language tags it accepts, comma-separated.
rcctl-language-unknown = { $variable }: "{ $given }" is not available; use auto or one of { $allowed }

## What rcctl was doing when a local file or the terminal failed.
## The system's error follows after a colon.

rcctl-doing-runtime = starting the async runtime
# $path: a file
rcctl-doing-read = reading { $path }
rcctl-doing-remove = removing { $path }
rcctl-doing-write-csv = writing CSV
rcctl-doing-read-demo-log = reading the demo audit log
rcctl-doing-token-terminal = reading the token from the terminal
rcctl-doing-token-stdin = reading the token from standard input

## rcctl pause / rcctl resume: the line after the action.

# $message: what 8x8 answered (one of the outcome sentences). $http: "HTTP 200" or
# "no HTTP answer". $ms: milliseconds the action took.
rcctl-report-line = { $message } ({ $http }, { $ms } ms)
# Like rcctl-report-line, when the request was sent more than once. $attempts: how many times.
rcctl-report-line-attempts = { $message } ({ $http }, { $ms } ms, { $attempts ->
        [one] { $attempts } attempt
       *[other] { $attempts } attempts
    })
# $status: the HTTP status code, e.g. 200
rcctl-report-http = HTTP { $status }
rcctl-report-no-http = no HTTP answer
# The desktop app could not be reached, so rcctl sends the action itself.
# $error: why the app could not be reached.
rcctl-app-unreachable = { $error }; calling 8x8 directly
# The control socket answering there belongs to another user of the machine
# (a squatter): rcctl sent it nothing. $address: the socket or pipe;
# $found: its user (uid or SID); $ours: this user's.
rcctl-app-other-user = the control socket { $address } is served by another user ({ $found }; you are { $ours }): nothing was sent to it
# The desktop app answered but did not do the action. $action: pause or resume
# (the command); $reason: the app's explanation.
rcctl-app-refused = the Recording Control app is running but did not { $action ->
        [pause] pause
       *[other] resume
    }: { $reason }
# The path in RCCTL_SOCKET cannot be used. $variable: RCCTL_SOCKET; $error: why.
rcctl-socket-unusable = { $variable }: { $error }; not using the app
rcctl-app-answered-status = the app answered with a status instead of a report
# The request went to the desktop app but no answer came back. $error: what went
# wrong; $action: pause or resume.
rcctl-app-no-reply = { $error } — recording state unconfirmed (the app may still { $action ->
        [pause] pause
       *[other] resume
    })

## rcctl status: one line per item, a label then its value.
## Keep each label short: the values are aligned after the longest one.

rcctl-status-settings-file = Settings file:
# Why the settings cannot be used (the reason follows).
rcctl-status-problem = Problem:
# The 8x8 cluster, e.g. vcc-na7.8x8.com
rcctl-status-cluster = Cluster:
# The company's tenant name in 8x8
rcctl-status-tenant = Tenant:
rcctl-status-email = Agent e-mail:
rcctl-status-agent-id = Agent ID:
# Shown when neither the e-mail nor the agent ID is set.
rcctl-status-agent = Agent:
# An extra certificate authority file to trust.
rcctl-status-ca-file = CA file:
rcctl-status-proxy = Proxy:
# Whether servers outside 8x8.com are accepted.
rcctl-status-custom-hosts = Custom hosts:
# The action token (never shown, only whether it is there).
rcctl-status-token = Token:
# The keychain account (tenant@host) the token is for
rcctl-status-account = Account:
rcctl-status-keychain = Keychain:
# The recording state as last known.
rcctl-status-state = State:
# How pause and resume are sent: through the running app, or directly to 8x8.
rcctl-status-via = Via:
rcctl-status-audit-log = Audit log:
# The administrator's managed configuration file.
rcctl-status-managed = Managed:

# No proxy is set: the proxy environment variables (HTTPS_PROXY) apply.
rcctl-status-proxy-environment = - (environment)
rcctl-status-custom-hosts-allowed = allowed
rcctl-status-custom-hosts-no = no
rcctl-status-token-env = present (RCCTL_TOKEN)
rcctl-status-token-env-elsewhere = set, but not for this tenant and host (RCCTL_TOKEN_FOR): not used
rcctl-status-token-keychain = present (OS keychain)
rcctl-status-token-unknown = unknown (keychain not reachable)
rcctl-status-token-absent = absent
# $service: the keychain's name, e.g. Secret Service
rcctl-status-keychain-reachable = reachable ({ $service })
# $version: the desktop app's version number
rcctl-status-via-app = app { $version }
# The desktop app runs in its demo mode, against a simulator. Keep "DEMO" as the app shows it.
rcctl-status-via-app-demo = app { $version } (DEMO)
rcctl-status-via-direct-flag = direct (--direct)
rcctl-status-via-direct-no-app = direct (app not running)
# $problem: why the app gave no usable answer
rcctl-status-via-direct-problem = direct (app problem: { $problem })
# $error: the system's error
rcctl-status-problem-runtime = starting the async runtime: { $error }
# $answer: the app's error message
rcctl-status-problem-app-error = the app answered: { $answer }
rcctl-status-problem-action-report = the app answered with an action report
# The managed configuration file is there but broken. $problem: what is wrong.
rcctl-status-managed-not-applied = NOT APPLIED: { $problem }
# $path: the managed configuration file
rcctl-status-managed-defaults = { $path } (defaults, no locks)
# $fields: the setting names the administrator locked, e.g. tenant, email
rcctl-status-managed-locked = { $path } (locked: { $fields })
rcctl-status-managed-none = none

## rcctl log

# $path: the audit log file
rcctl-log-empty = No actions logged yet ({ $path }).
# $ms: milliseconds
rcctl-log-latency = { $ms } ms

## rcctl setup

# $flags: the missing command-line flags, e.g. --cluster, --tenant
rcctl-setup-needs = setup needs { $flags } (not set before, nor by a managed configuration)
# $path: where the unreadable old settings file was moved
rcctl-setup-kept-corrupt = the previous settings file did not parse; kept it as { $path }
# The prompt for the secret action token; the typed characters are not shown.
rcctl-setup-token-prompt = Action token (input hidden):
# $path: the settings file
rcctl-setup-saved = Settings saved to { $path }
rcctl-setup-no-token = No token stored: provide it in RCCTL_TOKEN.
# $keychain: the keychain's name, e.g. Secret Service. $service and $account: the
# entry's service and account, as the keychain lists them.
rcctl-setup-token-stored = Token stored in the OS keychain: { $keychain }, service "{ $service }", account "{ $account }".
# Use the same words as outcome-no-call-resume begins with.
rcctl-setup-check = Check it while NOT on a call: `rcctl resume` should answer "No active call".

## rcctl forget

# $account: the keychain account, e.g. acme01@vcc-na7.8x8.com
rcctl-forget-token-removed = Token for { $account }: removed from the OS keychain
rcctl-forget-token-none = Token for { $account }: none was stored
# $path: a file that was deleted
rcctl-forget-removed = Removed { $path }
# $path: the audit log file, which forget does not delete
rcctl-forget-log-kept = The audit log is kept: { $path }

## rcctl demo: a built-in simulator of 8x8; no real account or call.
## Keep "DEMO": it marks every demo line.

# $line: the rest of the line
rcctl-demo-line = DEMO  { $line }
# $url: the simulator's address. $tenant and $email: the demo tenant and agent.
rcctl-demo-welcome = Recording Control against a built-in 8x8 simulator at { $url } (tenant { $tenant }, agent { $email }, on a call).
# "help" is a demo command: keep it.
rcctl-demo-welcome-help = No real account or call is touched. Type `help` for commands.
rcctl-demo-call-started = The agent is now on a call (recording).
rcctl-demo-call-ended = The call ended.
rcctl-demo-recording-enabled = Recording enabled for the agent.
rcctl-demo-recording-disabled = Recording disabled for the agent.
# $believed: what Recording Control believes (a state line); $truth: the simulator's real state.
rcctl-demo-status = App says: { $believed } · simulator truth: { $truth }
rcctl-demo-truth-no-call = no call
rcctl-demo-truth-paused = on a call, paused
rcctl-demo-truth-recording = on a call, recording
rcctl-demo-truth-unknown = unknown
# One audit log entry. $time, $trigger, $action and $outcome are log values and stay in English.
rcctl-demo-log-entry = { $time }  { $trigger } { $action } → { $outcome } ({ $ms } ms)
# $command: what was typed. "help" is a demo command: keep it.
rcctl-demo-unknown-command = Unknown command "{ $command }". Type `help`.

## rcctl demo: the list of commands ("help"). The commands themselves stay in English.

rcctl-demo-help-title = DEMO commands:
rcctl-demo-help-pause = pause the recording
rcctl-demo-help-resume = resume the recording
rcctl-demo-help-call-start = the simulated agent takes a call
rcctl-demo-help-call-end = the call ends (then pause answers "No active call")
rcctl-demo-help-enable = switch recording off/on for the agent
rcctl-demo-help-status = the believed state
rcctl-demo-help-log = the last actions from the (temporary) audit log
rcctl-demo-help-help = this list
rcctl-demo-help-quit = leave the demo

## Live state (8x8 Event Streaming). The credential is never shown.

rcctl-doing-credential-terminal = reading the Event Streaming credential from the terminal
rcctl-doing-credential-stdin = reading the Event Streaming credential from standard input
# The prompt for the secret Event Streaming credential; the typed characters are not shown.
rcctl-setup-credential-prompt = Event Streaming credential (input hidden):
# $account: the action token's keychain account, e.g. acme01@vcc-na7.8x8.com
rcctl-setup-credential-own-step = --stream-credential is a step of its own: the action token and the Event Streaming credential are never read in the same run. Store the action token for { $account } first (`rcctl setup` without --stream-credential), then run `rcctl setup --stream-credential`.
# $keychain: the keychain's name. $service and $account: the entry, as the keychain lists it.
rcctl-setup-credential-stored = Event Streaming credential stored in the OS keychain: { $keychain }, service "{ $service }", account "{ $account }".
rcctl-setup-live-off = Live state is off: switch it on with `rcctl setup --live-state on --stream-agent-id ID`.
# $account: the credential's keychain account, e.g. events:acme01@vcc-na7.8x8.com
rcctl-setup-no-credential = Live state is on, but no Event Streaming credential is stored for { $account }: store it with `rcctl setup --stream-credential`.
# The row of rcctl status about live state.
rcctl-status-live = Live state:
rcctl-status-live-live = connected — states confirmed by 8x8
rcctl-status-live-connecting = connecting to 8x8 Event Streaming
rcctl-status-live-down = down: not verified
rcctl-status-live-rejected = 8x8 rejected the Event Streaming credential
rcctl-status-live-off = off
# $account: the credential's keychain account
rcctl-status-live-no-credential = on, but no Event Streaming credential stored for { $account }: run `rcctl setup --stream-credential`
rcctl-status-live-unknown = on; unknown (the running app does not say)
rcctl-status-live-no-app = on; not connected (the app is not running)
# $account: the credential's keychain account
rcctl-forget-credential-removed = Event Streaming credential for { $account }: removed from the OS keychain
rcctl-forget-credential-none = Event Streaming credential for { $account }: none was stored

## Relay mode
rcctl-relay-needs-code = --relay needs --enroll CODE: the one-time enrollment code from your administrator
rcctl-relay-needs-url = --enroll needs --relay URL (the relay's address), unless your administrator's managed configuration sets relay_url
rcctl-relay-no-credential = In relay mode the relay serves the live state: no Event Streaming credential is kept on this computer
rcctl-relay-enrolled = Enrolled with { $relay }: this computer ({ $device }) acts for { $email } in tenant { $tenant }. No action token is kept on this computer.
rcctl-relay-key-stored = Device key stored in the OS keychain: { $keychain }, service "{ $service }", account "{ $account }".
rcctl-relay-live-on = Live state: on (served by the relay).
rcctl-relay-live-off = Live state: off (the relay does not serve it for you).
rcctl-status-relay = Relay:
rcctl-status-relay-off = off (direct to 8x8)
rcctl-status-token-device-key = none on this computer: relay mode, the device key is in the OS keychain
rcctl-status-token-no-device-key = none: relay mode, but no device key — not enrolled (rcctl setup --enroll CODE)
