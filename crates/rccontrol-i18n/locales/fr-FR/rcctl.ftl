## rcctl, the command-line tool. Commands (rcctl setup, rcctl resume), flags
## (--email, --direct), environment variables (RCCTL_TOKEN, RCCONTROL_LANG),
## file paths and key names stay exactly as they are.

## Around every error and warning.

# "rcctl" is the program name: keep it. $message: the error, already a sentence.
rcctl-error = rcctl : { $message }
# $message: the warning, already a sentence.
rcctl-warning = rcctl : avertissement : { $message }
# $variable: the environment variable's name (RCCONTROL_LANG). $given: its value.
# $allowed: the language tags it accepts, comma-separated.
rcctl-language-unknown = { $variable } : « { $given } » n'est pas disponible ; utilisez auto ou l'une de ces valeurs : { $allowed }

## What rcctl was doing when a local file or the terminal failed.
## The system's error follows after a colon.

rcctl-doing-runtime = impossible de démarrer le runtime asynchrone
# $path: a file
rcctl-doing-read = impossible de lire { $path }
rcctl-doing-remove = impossible de supprimer { $path }
rcctl-doing-write-csv = impossible d'écrire le CSV
rcctl-doing-read-demo-log = impossible de lire le journal d'audit de la démo
rcctl-doing-token-terminal = impossible de lire le token depuis le terminal
rcctl-doing-token-stdin = impossible de lire le token depuis l'entrée standard

## rcctl pause / rcctl resume: the line after the action.

# $message: what 8x8 answered (one of the outcome sentences). $http: "HTTP 200" or
# "no HTTP answer". $ms: milliseconds the action took.
rcctl-report-line = { $message } ({ $http }, { $ms } ms)
# Like rcctl-report-line, when the request was sent more than once. $attempts: how many times.
rcctl-report-line-attempts = { $message } ({ $http }, { $ms } ms, { $attempts ->
        [one] { $attempts } tentative
       *[other] { $attempts } tentatives
    })
# $status: the HTTP status code, e.g. 200
rcctl-report-http = HTTP { $status }
rcctl-report-no-http = pas de réponse HTTP
# The desktop app could not be reached, so rcctl sends the action itself.
# $error: why the app could not be reached.
rcctl-app-unreachable = { $error } ; appel direct à 8x8
rcctl-app-other-user = le socket de contrôle { $address } est servi par un autre utilisateur ({ $found } ; vous êtes { $ours }) : rien ne lui a été envoyé
# The desktop app answered but did not do the action. $action: pause or resume
# (the command); $reason: the app's explanation.
rcctl-app-refused = l'application Recording Control est lancée, mais n'a pas { $action ->
        [pause] mis l'enregistrement en pause
       *[other] repris l'enregistrement
    } : { $reason }
# The path in RCCTL_SOCKET cannot be used. $variable: RCCTL_SOCKET; $error: why.
rcctl-socket-unusable = { $variable } : { $error } ; l'application ne sera pas utilisée
rcctl-app-answered-status = l'application a répondu par un état au lieu d'un compte rendu
# The request went to the desktop app but no answer came back. $error: what went
# wrong; $action: pause or resume.
rcctl-app-no-reply = { $error } — état de l'enregistrement non confirmé (l'application peut encore { $action ->
        [pause] mettre l'enregistrement en pause
       *[other] reprendre l'enregistrement
    })

## rcctl status: one line per item, a label then its value.
## Keep each label short: the values are aligned after the longest one.

rcctl-status-settings-file = Paramètres :
# Why the settings cannot be used (the reason follows).
rcctl-status-problem = Problème :
# The 8x8 cluster, e.g. vcc-na7.8x8.com
rcctl-status-cluster = Cluster :
# The company's tenant name in 8x8
rcctl-status-tenant = Tenant :
rcctl-status-email = E-mail agent :
rcctl-status-agent-id = ID d'agent :
# Shown when neither the e-mail nor the agent ID is set.
rcctl-status-agent = Agent :
# An extra certificate authority file to trust.
rcctl-status-ca-file = Fichier CA :
rcctl-status-proxy = Proxy :
# Whether servers outside 8x8.com are accepted.
rcctl-status-custom-hosts = Autres hôtes :
# The action token (never shown, only whether it is there).
rcctl-status-token = Token :
# The keychain account (tenant@host) the token is for
rcctl-status-account = Compte :
rcctl-status-keychain = Trousseau :
# The recording state as last known.
rcctl-status-state = État :
# How pause and resume are sent: through the running app, or directly to 8x8.
rcctl-status-via = Via :
rcctl-status-audit-log = Journal d'audit :
# The administrator's managed configuration file.
rcctl-status-managed = Config. gérée :

# No proxy is set: the proxy environment variables (HTTPS_PROXY) apply.
rcctl-status-proxy-environment = - (variables d'environnement)
rcctl-status-custom-hosts-allowed = autorisés
rcctl-status-custom-hosts-no = non
rcctl-status-token-env = présent (RCCTL_TOKEN)
rcctl-status-token-env-elsewhere = défini, mais pas pour ce tenant et cet hôte (RCCTL_TOKEN_FOR) : non utilisé
rcctl-status-token-keychain = présent (trousseau du système)
rcctl-status-token-unknown = inconnu (trousseau inaccessible)
rcctl-status-token-absent = absent
# $service: the keychain's name, e.g. Secret Service
rcctl-status-keychain-reachable = accessible ({ $service })
# $version: the desktop app's version number
rcctl-status-via-app = application { $version }
# The desktop app runs in its demo mode, against a simulator. Keep "DEMO" as the app shows it.
rcctl-status-via-app-demo = application { $version } (DEMO)
rcctl-status-via-direct-flag = direct (--direct)
rcctl-status-via-direct-no-app = direct (application non lancée)
# $problem: why the app gave no usable answer
rcctl-status-via-direct-problem = direct (problème avec l'application : { $problem })
# $error: the system's error
rcctl-status-problem-runtime = impossible de démarrer le runtime asynchrone : { $error }
# $answer: the app's error message
rcctl-status-problem-app-error = l'application a répondu : { $answer }
rcctl-status-problem-action-report = l'application a répondu par un compte rendu d'action
# The managed configuration file is there but broken. $problem: what is wrong.
rcctl-status-managed-not-applied = NON APPLIQUÉE : { $problem }
# $path: the managed configuration file
rcctl-status-managed-defaults = { $path } (valeurs par défaut, aucun verrouillage)
# $fields: the setting names the administrator locked, e.g. tenant, email
rcctl-status-managed-locked = { $path } (verrouillés : { $fields })
rcctl-status-managed-none = aucune

## rcctl log

# $path: the audit log file
rcctl-log-empty = Aucune action enregistrée pour l'instant ({ $path }).
# $ms: milliseconds
rcctl-log-latency = { $ms } ms

## rcctl setup

# $flags: the missing command-line flags, e.g. --cluster, --tenant
rcctl-setup-needs = il manque { $flags } pour setup (ni définis auparavant, ni fournis par une configuration gérée)
# $path: where the unreadable old settings file was moved
rcctl-setup-kept-corrupt = l'ancien fichier de paramètres était illisible ; il a été conservé sous { $path }
# The prompt for the secret action token; the typed characters are not shown.
rcctl-setup-token-prompt = Token d'action (saisie masquée) :
# $path: the settings file
rcctl-setup-saved = Paramètres enregistrés dans { $path }
rcctl-setup-no-token = Aucun token enregistré : fournissez-le via RCCTL_TOKEN.
# $keychain: the keychain's name, e.g. Secret Service. $service and $account: the
# entry's service and account, as the keychain lists them.
rcctl-setup-token-stored = Token enregistré dans le trousseau du système : { $keychain }, service « { $service } », compte « { $account } ».
# Use the same words as outcome-no-call-resume begins with.
rcctl-setup-check = Faites le test quand vous n'êtes PAS en appel : `rcctl resume` doit répondre « Aucun appel en cours ».

## rcctl forget

# $account: the keychain account, e.g. acme01@vcc-na7.8x8.com
rcctl-forget-token-removed = Token de { $account } : supprimé du trousseau du système
rcctl-forget-token-none = Token de { $account } : aucun n'était enregistré
# $path: a file that was deleted
rcctl-forget-removed = Supprimé : { $path }
# $path: the audit log file, which forget does not delete
rcctl-forget-log-kept = Le journal d'audit est conservé : { $path }

## rcctl demo: a built-in simulator of 8x8; no real account or call.
## Keep "DEMO": it marks every demo line.

# $line: the rest of the line
rcctl-demo-line = DEMO  { $line }
# $url: the simulator's address. $tenant and $email: the demo tenant and agent.
rcctl-demo-welcome = Recording Control connecté à un simulateur 8x8 intégré sur { $url } (tenant { $tenant }, agent { $email }, en appel).
# "help" is a demo command: keep it.
rcctl-demo-welcome-help = Aucun compte ni appel réel n'est touché. Tapez `help` pour voir les commandes.
rcctl-demo-call-started = L'agent est maintenant en appel (enregistrement en cours).
rcctl-demo-call-ended = L'appel est terminé.
rcctl-demo-recording-enabled = Enregistrement activé pour l'agent.
rcctl-demo-recording-disabled = Enregistrement désactivé pour l'agent.
# $believed: what Recording Control believes (a state line); $truth: the simulator's real state.
rcctl-demo-status = Selon l’appli : { $believed } · état réel du simulateur : { $truth }
rcctl-demo-truth-no-call = aucun appel
rcctl-demo-truth-paused = en appel, en pause
rcctl-demo-truth-recording = en appel, enregistrement en cours
rcctl-demo-truth-unknown = inconnu
# One audit log entry. $time, $trigger, $action and $outcome are log values and stay in English.
rcctl-demo-log-entry = { $time }  { $trigger } { $action } → { $outcome } ({ $ms } ms)
# $command: what was typed. "help" is a demo command: keep it.
rcctl-demo-unknown-command = Commande inconnue : « { $command } ». Tapez `help`.

## rcctl demo: the list of commands ("help"). The commands themselves stay in English.

rcctl-demo-help-title = Commandes de la DEMO :
rcctl-demo-help-pause = mettre l'enregistrement en pause
rcctl-demo-help-resume = reprendre l'enregistrement
rcctl-demo-help-call-start = l'agent simulé prend un appel
rcctl-demo-help-call-end = l'appel se termine (pause répond alors « Aucun appel en cours »)
rcctl-demo-help-enable = désactiver/activer l'enregistrement pour l'agent
rcctl-demo-help-status = l'état supposé
rcctl-demo-help-log = les dernières actions du journal d'audit (temporaire)
rcctl-demo-help-help = cette liste
rcctl-demo-help-quit = quitter la démo

## État en direct (8x8 Event Streaming). L’identifiant n’est jamais affiché.

rcctl-doing-credential-terminal = lecture de l’identifiant Event Streaming depuis le terminal
rcctl-doing-credential-stdin = lecture de l’identifiant Event Streaming depuis l’entrée standard
rcctl-setup-credential-prompt = Identifiant Event Streaming (saisie masquée) :
rcctl-setup-credential-own-step = --stream-credential est une étape à part : le jeton d’action et l’identifiant Event Streaming ne sont jamais lus dans la même exécution. Enregistrez d’abord le jeton d’action pour { $account } (`rcctl setup` sans --stream-credential), puis lancez `rcctl setup --stream-credential`.
rcctl-setup-credential-stored = Identifiant Event Streaming enregistré dans le trousseau du système : { $keychain }, service « { $service } », compte « { $account } ».
rcctl-setup-live-off = L’état en direct est désactivé : activez-le avec `rcctl setup --live-state on --stream-agent-id ID`.
rcctl-setup-no-credential = L’état en direct est activé, mais aucun identifiant Event Streaming n’est enregistré pour { $account } : enregistrez-le avec `rcctl setup --stream-credential`.
rcctl-status-live = État en direct :
rcctl-status-live-live = connecté — états confirmés par 8x8
rcctl-status-live-connecting = connexion à 8x8 Event Streaming
rcctl-status-live-down = interrompu : non vérifié
rcctl-status-live-rejected = 8x8 a refusé l’identifiant Event Streaming
rcctl-status-live-off = désactivé
rcctl-status-live-no-credential = activé, mais aucun identifiant Event Streaming enregistré pour { $account } : lancez `rcctl setup --stream-credential`
rcctl-status-live-unknown = activé ; inconnu (l’application en cours ne le dit pas)
rcctl-status-live-no-app = activé ; non connecté (l’application ne tourne pas)
rcctl-forget-credential-removed = Identifiant Event Streaming pour { $account } : supprimé du trousseau du système
rcctl-forget-credential-none = Identifiant Event Streaming pour { $account } : aucun n’était enregistré

## Relay mode
rcctl-relay-needs-code = --relay nécessite --enroll CODE : le code d'inscription à usage unique de votre administrateur
rcctl-relay-needs-url = --enroll nécessite --relay URL (l'adresse du relais), sauf si la configuration gérée de votre administrateur fixe relay_url
rcctl-relay-no-credential = En mode relais, le relais fournit l'état en direct : aucun identifiant Event Streaming n'est conservé sur cet ordinateur
rcctl-relay-enrolled = Inscrit auprès de { $relay } : cet ordinateur ({ $device }) agit pour { $email } dans le tenant { $tenant }. Aucun jeton d'action n'est conservé sur cet ordinateur.
rcctl-relay-key-stored = Clé de l'appareil enregistrée dans le trousseau du système : { $keychain }, service « { $service } », compte « { $account } ».
rcctl-relay-live-on = État en direct : activé (fourni par le relais).
rcctl-relay-live-off = État en direct : désactivé (le relais ne le fournit pas pour vous).
rcctl-status-relay = Relais :
rcctl-status-relay-off = désactivé (directement vers 8x8)
rcctl-status-token-device-key = aucun sur cet ordinateur : mode relais, la clé de l'appareil est dans le trousseau du système
rcctl-status-token-no-device-key = aucun : mode relais, mais pas de clé d'appareil — non inscrit (rcctl setup --enroll CODE)
