## What 8x8 answered to a pause or resume: the main line of the notification.

outcome-paused = Enregistrement en pause
outcome-resumed = Enregistrement repris
outcome-no-call-pause = Aucun appel en cours — rien n'a été mis en pause
outcome-no-call-resume = Aucun appel en cours — rien n'a été repris
outcome-not-enabled = L'enregistrement n'est pas activé pour vous
outcome-unrecognised = Réponse inattendue de 8x8 : état de l'enregistrement non confirmé
# $status: the HTTP status code, e.g. 400
outcome-bad-request = 8x8 a refusé la requête (HTTP { $status }) — rien n'a été modifié
outcome-unauthorized = 8x8 a rejeté le token — ouvrez les Paramètres
# $tenant: the company's tenant name in 8x8, e.g. acme01
outcome-agent-not-found = Agent introuvable dans le tenant { $tenant }
outcome-server-error = Erreur du serveur 8x8 (HTTP { $status }) — état de l'enregistrement non confirmé
outcome-redirected = 8x8 a répondu par une redirection (HTTP { $status }), qui n'a pas été suivie — vérifiez le cluster
outcome-timeout = Impossible de joindre 8x8 (délai dépassé)
outcome-network = Impossible de joindre 8x8 (erreur réseau)
outcome-tls = Impossible de joindre 8x8 de façon sécurisée (certificat TLS non approuvé ou invalide)

## "Check settings": what a test resume (sent while not on a call) says about the settings.

verdict-good = Paramètres corrects : 8x8 a accepté le token et reconnu votre compte (aucun appel en cours).
verdict-good-resumed = Paramètres corrects — mais vous étiez en appel, et son enregistrement a été repris.
verdict-not-enabled = Paramètres corrects, mais l'enregistrement n'est pas activé pour vous : contactez votre administrateur.
verdict-unauthorized = 8x8 a rejeté le tenant ou le token : vérifiez le tenant et collez à nouveau le token.
verdict-agent-not-found = 8x8 ne connaît pas cet agent dans le tenant : vérifiez l'e-mail ou l'ID d'agent.
verdict-bad-request = 8x8 a refusé la requête : vérifiez le cluster.
verdict-redirected = Le cluster a répondu par une redirection : vérifiez le cluster.
verdict-tls = Le certificat du serveur n'est pas approuvé : vérifiez le cluster ou ajoutez le fichier CA de votre entreprise.
verdict-unreachable = Impossible de joindre 8x8 : vérifiez le cluster, le proxy et votre réseau.
verdict-unclear = 8x8 a répondu, mais pas clairement : réessayez dans une minute.

## The believed recording state: the first line of the tray menu and of the settings window.

state-unknown = État de l'enregistrement inconnu
# $time: a clock time, e.g. 14:05 UTC
state-resumed-at = Enregistrement en cours — repris à { $time } (accepté par 8x8 ; non vérifié)
state-recording-unverified = Enregistrement en cours (non vérifié)
# $time: when 8x8 accepted the pause; $elapsed: how long since, m:ss or h:mm:ss
state-paused-at = En pause depuis { $time } · { $elapsed } (accepté par 8x8 ; non vérifié)
# A pause whose answer proved nothing (timeout, network or server error)
state-maybe-paused = Peut-être en pause depuis { $time } · { $elapsed } (8x8 n'a pas confirmé)
# An accepted pause older than one unanswered reminder: the call may have ended
state-call-may-have-ended = En pause depuis { $time } — l'appel est peut-être terminé : l'enregistrement a peut-être repris (non vérifié)
state-no-call = Aucun appel en cours
state-not-enabled = L'enregistrement n'est pas activé pour vous
# $message: why the last action failed (one of the outcome messages)
state-error = Erreur : { $message }

## Refused settings. Each follows the setting's name, e.g. "tenant: is empty; …".
## Setting names, key names, URLs, "https://" and command-line flags stay as they are.

-cluster-allowed = saisissez un nom de cluster comme vcc-na7, un hôte comme vcc-na7.8x8.com, ou collez l'URL de connexion d'Agent Workspace (https://vcc-na7.8x8.com/AGUI/…)
cluster-empty = est vide ; { -cluster-allowed }
cluster-spaces = contient des espaces ou des caractères de contrôle ; { -cluster-allowed }
cluster-http = http:// n'est pas autorisé : 8x8 n'est joignable qu'en https://
# $scheme: what the address started with, e.g. ftp
cluster-scheme = { $scheme }:// n'est pas autorisé : utilisez https://
# $value: what was typed, in quotes
cluster-not-a-name = { $value } n'est pas un nom de cluster (lettres, chiffres et '-' uniquement) ; { -cluster-allowed }
# $detail: the URL parser's technical reason (English)
cluster-not-a-url = { $value } n'est ni un hôte ni une URL valide ({ $detail }) ; { -cluster-allowed }
cluster-credentials = ne doit contenir ni nom d'utilisateur ni mot de passe ; collez l'adresse sans identifiants
cluster-no-host = { $value } ne contient pas d'hôte ; { -cluster-allowed }
# $host: a host name without a dot, e.g. h00
cluster-one-label = { $host } ne contient pas de point : une fois enregistré, il serait lu comme le cluster 8x8 { $host }.8x8.com ; indiquez le nom d'hôte complet (p. ex. { $host }.example.com) ou une adresse IP
cluster-not-8x8 = { $host } n'est pas un hôte 8x8 (*.8x8.com) ; { -cluster-allowed }, ou, pour un serveur de test, autorisez explicitement les hôtes personnalisés (--allow-custom-host)

## For the tenant and the agent ID. $max: the longest allowed length (128).
id-empty = est vide ; autorisé : de 1 à { $max } caractères, sans / ? # %, espaces ni caractères de contrôle, et différent de . ou ..
id-too-long = dépasse { $max } caractères ; autorisé : de 1 à { $max } caractères, sans / ? # %, espaces ni caractères de contrôle, et différent de . ou ..
# $kind: space, control or other; $char: the character (quoted) or its code, e.g. U+0007
id-bad-char = contient { $kind ->
        [space] un espace
        [control] un caractère de contrôle ({ $char })
       *[other] { $char }
    } ; autorisé : de 1 à { $max } caractères, sans / ? # %, espaces ni caractères de contrôle, et différent de . ou ..
id-dots = ne peut pas être « { $value } » ; autorisé : de 1 à { $max } caractères, sans / ? # %, espaces ni caractères de contrôle, et différent de . ou ..

-email-allowed = une adresse comme prenom.nom@example.com (un seul @, sans espaces)
email-empty = est vide ; saisissez { -email-allowed }
email-too-long = dépasse { $max } caractères
email-bad-char = contient { $kind ->
        [space] un espace
        [control] un caractère de contrôle ({ $char })
       *[other] { $char }
    } ; saisissez { -email-allowed }
# $count: how many @ the address has (0, 2, 3…)
email-ats = { $count ->
        [0] ne contient aucun '@'
        [one] contient { $count } caractère '@'
       *[other] contient { $count } caractères '@'
    } ; saisissez { -email-allowed }
email-no-local = n'a rien avant le @ ; saisissez { -email-allowed }
email-no-domain = n'a rien après le @ ; saisissez { -email-allowed }
identity-both = indiquez soit un e-mail, soit un ID d'agent, mais pas les deux

token-empty = est vide ; collez le token d'action fourni par Configuration Manager
token-too-long = est trop long ; collez uniquement le token d'action (les tokens 8x8 font de 32 à 64 caractères)
token-spaces = contient des espaces ou des caractères de contrôle ; collez uniquement le token d'action
# The token field when cluster, tenant, proxy or CA file changed without a new token
token-needed-again = est de nouveau nécessaire : le cluster, le tenant, le proxy ou le fichier de CA a changé, et le jeton enregistré n'est jamais envoyé ailleurs que là où il a été donné ; collez le jeton d'action

-proxy-allowed = une URL comme http://proxy.example.com:3128 (http ou https)
proxy-not-a-url = { $value } n'est pas une URL ({ $detail }) ; saisissez { -proxy-allowed }
proxy-scheme = le schéma { $scheme }:// n'est pas pris en charge ; saisissez { -proxy-allowed }
proxy-no-host = ne contient pas d'hôte ; saisissez { -proxy-allowed }
# $detail: the HTTP library's technical reason (English)
proxy-refused = a été refusé : { $detail }

# $file: a file path; $detail: the system's reason (English)
ca-unreadable = impossible de lire { $file } : { $detail }
ca-not-pem = { $file } n'est pas un fichier de certificats PEM : { $detail }
ca-empty = { $file } ne contient aucun certificat PEM (attendu : -----BEGIN CERTIFICATE-----)

field-unknown = champ inconnu : { $name }
# $file: the administrator's managed configuration file
field-locked = est verrouillé par votre administrateur dans { $file } ; impossible de le modifier ici

-hotkey-allowed = une touche avec modificateurs, comme Ctrl+Alt+P ou Ctrl+Shift+F9, ou une touche multimédia seule (MediaPause, MediaTrackNext, AudioVolumeMute…)
hotkey-two-keys = { $value } contient plus d'une touche ; utilisez { -hotkey-allowed }
hotkey-unknown-key = { $key } n'est pas une touche reconnue par l'application ; utilisez { -hotkey-allowed }
hotkey-no-key = { $value } ne contient que des modificateurs, sans touche ; utilisez { -hotkey-allowed }
hotkey-bare = { $key } sans modificateur (ou avec Shift seul) intercepterait la saisie normale ; ajoutez Ctrl, Alt ou Super
hotkey-unsupported = { $key } n'est pas utilisable sous Linux/X11 (uniquement sous Windows et macOS) ; utilisez MediaPlay, MediaPause ou MediaTrackNext
hotkey-not-media-on-windows = Sous Windows, { $key } n'est pas une touche multimédia : elle serait enregistrée comme la touche Pause/Attn ou Lecture, pas comme celle qu'envoie un casque ; utilisez l'une de celles-ci : { $keys }
# $other: the name of the other hotkey setting, e.g. "pause hotkey"
hotkey-taken = { $key } est déjà utilisé pour { $other } ; choisissez une autre touche

# $max: 50; $count: how many were given
rules-too-many = { $max } règles au maximum sont autorisées, { $count } ont été indiquées
# $n: the rule's number in the list, from 1
rule-empty = la règle { $n } est vide : indiquez une partie d'un titre de fenêtre, p. ex. Données de carte
rule-too-long = la règle { $n } dépasse { $max } caractères
rule-bad-regex = la règle { $n } n'est pas une expression régulière valide ({ $detail }) ; décochez « expression régulière » pour rechercher le texte tel qu'il est saisi

# $value: what was given; $min, $max: the allowed range in seconds
reminder-range = { $value } s n'est pas autorisé : indiquez 0 (désactivé) ou une valeur de { $min } à { $max } secondes
max-pause-range = { $value } s n'est pas autorisé : indiquez 0 (sans limite) ou une valeur de { $min } à { $max } secondes (4 heures maximum)
throttle-range = { $value } ms n'est pas autorisé : indiquez une valeur de 0 (désactivé) à { $max } ms

# $value: what was given; $allowed: the language tags, e.g. "en-US, es-ES, …"
language-unknown = « { $value } » n'est pas disponible ; utilisez auto ou l'une de ces valeurs : { $allowed }
# $value: what was given; $allowed: top-left, top-right, bottom-left, bottom-right
corner-unknown = { $value } n'est pas un coin valide ; utilisez l'une de ces valeurs : { $allowed }

# Client hardening
outcome-rate-limited = 8x8 limite les requêtes (HTTP 429) — rien n'a été modifié ; réessayez dans un instant
verdict-rate-limited = 8x8 limite les requêtes en ce moment (HTTP 429), les paramètres n'ont donc pas pu être vérifiés : réessayez dans une minute.
# $max: the longest tenant accepted (128)
tenant-colon = contient « : », que l'authentification HTTP Basic ne peut pas transmettre dans le tenant ; autorisé : de 1 à { $max } caractères, sans : / ? # %, espaces ni caractères de contrôle, et différent de . ou ..
email-slash = contient « / », qui ne peut pas être envoyé dans le chemin de la requête ; saisissez { -email-allowed }

## La configuration gérée par l'administrateur, quand elle n'est pas appliquée
managed-malformed = la configuration gérée { $file } n'est pas valide ({ $problem }) ; rien n'en est appliqué — adressez-vous à votre administrateur
managed-untrusted-owner = Configuration gérée non appliquée : { $path } n'appartient pas à un administrateur (propriétaire { $owner })
managed-untrusted-group-or-others = Configuration gérée non appliquée : le groupe ou les autres utilisateurs peuvent écrire dans { $path }
managed-untrusted-changed-by = Configuration gérée non appliquée : { $path } peut être modifié par { $who }, pas seulement par les administrateurs
managed-untrusted-not-a-file = Configuration gérée non appliquée : { $path } n'est pas un fichier ordinaire
managed-untrusted-unreadable = Configuration gérée non appliquée : impossible de vérifier le propriétaire de { $path } ({ $detail })

live-field-invalid = { $problem }
live-agent-id-needed = requis quand l’état en direct est activé : votre ID d’agent 8x8 (comme agAglVJkg0TU28dok9y9UQKg), même si les actions utilisent votre e-mail
state-live-paused = Enregistrement en pause · { $elapsed } — confirmé par 8x8
state-live-paused-aw = Enregistrement mis en pause depuis Agent Workspace · { $elapsed } — confirmé par 8x8
state-live-recording = Enregistrement en cours — confirmé par 8x8
state-live-no-call = Aucun appel — confirmé par 8x8
state-live-not-recorded = En appel non enregistré — confirmé par 8x8
state-live-lost-paused = En pause depuis { $time } · { $elapsed } — état en direct perdu : non vérifié
live-host-unknown = 8x8 ne publie pas encore d’hôte Event Streaming pour { $cluster } : indiquez l’hôte Event Streaming (hôte ou hôte:port)
live-credential-empty = vide : collez l’identifiant Event Streaming (une clé Admin Console commençant par eght_, ou le Data Request Token)
live-credential-invalid = pas un identifiant : au plus { $max } caractères imprimables sans espace

## Relay mode: the relay's refusals
outcome-device-revoked = Le relais a refusé la clé de cet ordinateur : elle a été révoquée — demandez un nouveau code d'inscription à votre administrateur
outcome-device-unknown = Le relais ne connaît pas la clé de cet ordinateur — inscrivez-le à nouveau avec un code de votre administrateur
outcome-relay-limited = Le relais limite les requêtes de cet ordinateur — rien n'a été envoyé à 8x8 ; réessayez dans un instant
outcome-relay-unreachable = Impossible de joindre le relais — rien n'a été envoyé à 8x8
outcome-relay-failed = Erreur du relais (HTTP { $status }) — état de l'enregistrement non confirmé
verdict-device-refused = Le relais a refusé la clé de cet ordinateur : inscrivez-le à nouveau avec un nouveau code de votre administrateur.
verdict-relay-limited = Le relais limite les requêtes en ce moment, les paramètres n'ont donc pas pu être vérifiés : réessayez dans une minute.
verdict-relay-unreachable = Impossible de joindre le relais : vérifiez son adresse, le proxy et votre réseau.
relay-url-invalid = { $value } n'est pas une adresse de relais : indiquez https://hôte ou https://hôte:port ({ $detail })
