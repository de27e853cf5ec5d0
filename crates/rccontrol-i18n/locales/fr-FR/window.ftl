## Settings window (ui/index.html, ui/app.js).
## A placeholder such as { $file } is filled in by the page; keep it as it is.
## Key names (Ctrl+Alt+P), file paths, "rcctl" commands and "8x8" stay as they are.

## Top of the window: title, state, buttons

# The window's title bar.
window-page-title = Recording Control — Paramètres
# The product's name, as the page heading. Usually kept as it is.
window-app-name = Recording Control
# Shown for a moment while the page waits for the app.
window-loading = Chargement…
# Shown when the page cannot talk to the app. $message is the app's error text.
window-error = Erreur : { $message }
# Banner at the top while the demo mode is on.
window-demo-banner = DEMO — connecté au simulateur 8x8 intégré. Aucun appel réel n'est touché.
window-pause-button = Mettre en pause
window-resume-button = Reprendre
window-demo-start = Essayer la démo
window-demo-leave = Quitter la démo
# Shown under the buttons while the app sends the action to 8x8.
window-pausing = Mise en pause…
window-resuming = Reprise…
# Name, for screen readers, of the list of problems under the buttons (no tray icon, no notifications…).
window-environment-label = Problèmes détectés sur ce bureau

## Settings set by an administrator (managed configuration)

# Banner when some fields are locked. $file is the path of the administrator's settings file.
window-managed-locked = Certains paramètres sont définis par votre administrateur ({ $file }) et ne peuvent pas être modifiés ici.
# Banner when the administrator only gives defaults. $file is the path of the administrator's settings file.
window-managed-defaults = Votre administrateur fournit des paramètres par défaut ({ $file }).
# Tooltip of a locked field. $file is the path of the administrator's settings file.
window-locked-title = Défini par votre administrateur dans { $file }
# Added after the label of a locked field.
window-locked-note = · verrouillé : défini par votre administrateur

## Language

window-language-heading = Langue
window-language-label = Langue de Recording Control
# First choice of the language list: follow the language of the computer.
window-language-auto = Automatique (langue du système)
window-language-help = Utilisée dans cette fenêtre, le menu de l'icône et les notifications. S'applique dès que vous enregistrez.

## Connection

window-connection-heading = Connexion
# An 8x8 cluster is the server group of the company's account.
window-cluster-label = Cluster
# Example text in the empty Cluster field. "vcc-na7" is a cluster name: keep it.
window-cluster-placeholder = vcc-na7, ou collez l'URL de connexion d'Agent Workspace
# Followed by an example address: https://vcc-na7.8x8.com/AGUI/…
window-cluster-help = Il figure dans l'adresse de votre page de connexion Agent Workspace :
# The company's account name at 8x8.
window-tenant-label = Tenant
# Title of the choice between "E-mail" and "Agent ID" below it.
window-identity-legend = M'identifier par
window-identity-email = E-mail
window-identity-agent-id = ID d'agent
# Example text in the empty E-mail field.
window-identity-email-placeholder = prenom.nom@example.com
# Example text in the empty Agent ID field.
window-identity-agent-id-placeholder = Votre ID d'agent
# The secret key that allows pausing and resuming recordings.
window-token-label = Token d'action
window-token-help = Conservé uniquement dans le trousseau du système, jamais réaffiché. Le token vaut pour tout le tenant : gardez-le secret.
# In the empty token field when a token is already stored. $service is the keychain's name, e.g. "Windows Credential Manager".
window-token-stored = Déjà stocké ({ $service }). Laissez vide pour le conserver.
# In the empty token field when no token is stored yet.
window-token-paste = Collez le token d'action
# A section that opens on click: settings for company networks.
window-network-summary = Réseau d'entreprise
window-proxy-label = URL du proxy
# Example text in the empty Proxy field: an empty field uses the system's proxy settings.
window-proxy-placeholder = http://proxy.example.com:3128 (vide : paramètres système)
window-ca-file-label = Fichier de certificats CA supplémentaire (PEM)
window-custom-host = Autoriser un serveur hors de *.8x8.com (serveurs de test uniquement)

## Hotkeys

window-hotkeys-heading = Raccourcis clavier
# “Record” is the button next to each hotkey (window-hotkey-record).
window-hotkeys-hint = Cliquez sur « Capturer », puis appuyez sur les touches (ou choisissez une touche multimédia de votre casque). Vide = désactivé.
# Names of the three hotkeys, also used in other messages as $action or $hotkey.
window-hotkey-pause = Pause
window-hotkey-resume = Reprise
# A hotkey that pauses when recording and resumes when paused.
window-hotkey-toggle = Bascule
# Button: start listening for the keys of a hotkey.
window-hotkey-record = Capturer
# Button: remove a hotkey.
window-hotkey-clear = Effacer
# Names, for screen readers, of the buttons and lists of each hotkey row.
window-hotkey-record-pause = Capturer le raccourci Pause
window-hotkey-record-resume = Capturer le raccourci Reprise
window-hotkey-record-toggle = Capturer le raccourci Bascule
window-hotkey-media-pause = Touche multimédia pour Pause
window-hotkey-media-resume = Touche multimédia pour Reprise
window-hotkey-media-toggle = Touche multimédia pour Bascule
window-hotkey-clear-pause = Effacer le raccourci Pause
window-hotkey-clear-resume = Effacer le raccourci Reprise
window-hotkey-clear-toggle = Effacer le raccourci Bascule
# First entry of the media key list of each hotkey.
window-media-key-choose = Touche multimédia…
# A media key that cannot be used on this computer. $key is the key's name, e.g. "MediaPlayPause".
window-media-key-unsupported = { $key } (Windows/macOS uniquement)
# $keys is a list of key names, e.g. "MediaPlay, MediaPause".
window-media-note = Ces touches multimédia ne fonctionnent que sous Windows et macOS, pas ici (X11) : { $keys }
window-media-key-unsupported-windows = { $key } (pas une touche multimédia sous Windows)
window-media-note-windows = Sous Windows, celles-ci seraient enregistrées comme les touches Pause/Attn et Lecture, pas comme les touches multimédia de votre casque : { $keys }. Utilisez Lecture/Pause (MediaPlayPause), Arrêt, Piste suivante ou précédente, ou une touche de volume.
window-toggle-help = Le raccourci Bascule est désactivé par défaut : 8x8 ne peut pas indiquer à l'application si l'enregistrement est en pause, il risque donc d'envoyer l'inverse de ce que vous voulez. Sa notification indique l'action envoyée.
# Shown in a hotkey field while it waits for the keys.
window-hotkey-press-keys = Appuyez sur les touches…
# State of a hotkey, under its row.
window-hotkey-active = Actif
window-hotkey-off = Désactivé
# $reason is the app's explanation.
window-hotkey-not-active = Inactif : { $reason }
# $reason is the app's explanation.
window-hotkey-unavailable = Indisponible : { $reason }
window-hotkey-portal = Défini par votre bureau (voir ci-dessous)
# Error after recording keys. $hotkey is Pause, Resume or Toggle; $problem is the app's explanation.
window-hotkey-error = Raccourci { $hotkey } : { $problem }

## Shortcuts on Wayland desktops (set through the desktop, not by the app)

window-wayland-heading = Raccourcis sous Wayland
window-wayland-bound = Votre bureau gère ces raccourcis :
# One line per shortcut. $action is Pause, Resume or Toggle; $keys are the keys as the desktop shows them, e.g. "Ctrl+Alt+P".
window-wayland-binding = { $action } : { $keys } — défini dans les paramètres de votre bureau
# A shortcut without keys yet. $action is Pause, Resume or Toggle.
window-wayland-binding-unset = { $action } : aucune touche pour l'instant — à définir dans les paramètres de votre bureau
window-wayland-unavailable = Votre bureau ne propose pas de raccourcis globaux aux applications.
window-wayland-failed = Votre bureau n'a pas pu configurer de raccourcis globaux pour cette application.
# The desktop asked the agent to confirm the shortcuts and the agent closed that request.
window-wayland-cancelled = Les raccourcis n'ont pas été configurés : la demande du bureau a été annulée.
# Shown while the app asks the desktop for the shortcuts.
window-wayland-setting-up = Configuration des raccourcis avec votre bureau…
# Followed by the commands "rcctl pause" and "rcctl resume".
window-wayland-commands = Pour utiliser quand même des touches, ajoutez ces commandes comme raccourcis personnalisés dans les paramètres clavier de votre bureau :

## Safety

window-safety-heading = Sécurité
window-safety-hint = Un enregistrement resté en pause est un incident de conformité. Ces options évitent que cela arrive par erreur.
# Label of a number field; the number of seconds is typed in the field below.
window-reminder-label = Rappel pendant la pause, toutes les … secondes
window-reminder-help = Le premier rappel arrive après ce délai, puis se répète au même intervalle. 0 = aucun rappel.
# Label of a number field; the number of seconds is typed in the field below.
window-max-pause-label = Reprendre automatiquement après … secondes de pause
window-max-pause-help = Le délai court depuis la première pause : appuyer de nouveau sur Pause ne le prolonge pas. 0 = jamais (par défaut).
# Label of a number field; the number of milliseconds is typed in the field below.
window-throttle-label = Ignorer la répétition d'une même action en moins de … millisecondes
window-throttle-help = Évite les doubles appuis et les rebonds des boutons de casque. 0 = désactivé.

## On-screen badge shown while the recording is paused

window-badge-heading = Indicateur à l'écran
window-badge-label = Afficher un indicateur à l'écran quand l'enregistrement est en pause
window-badge-corner-label = Coin de l'écran
window-badge-corner-top-left = En haut à gauche
window-badge-corner-top-right = En haut à droite
window-badge-corner-bottom-left = En bas à gauche
window-badge-corner-bottom-right = En bas à droite

## Automatic pause in payment windows

window-rules-heading = Pause automatique dans les fenêtres de paiement
window-rules-hint = Tant qu'une fenêtre dont le titre contient l'un de ces textes est au premier plan, l'enregistrement est en pause ; quand aucune ne l'est, il reprend — mais seulement si c'est une règle qui l'a mis en pause. Une pause que vous avez faite vous-même n'est jamais levée par une règle.
# Name, for screen readers, of the list of rules.
window-rules-label = Règles de pause automatique
# $reason is the app's explanation.
window-rules-unavailable = Indisponible sur ce bureau : { $reason }. Les règles sont conservées mais restent sans effet ici.
# $method is the technical way the app sees windows, e.g. "X11".
window-rules-watching = Surveillance de la fenêtre au premier plan ({ $method }).
# $method is the technical way the app sees windows, e.g. "X11".
window-rules-ready = Fonctionne ici ({ $method }) dès qu'une règle est enregistrée.
window-rule-add = Ajouter une règle
window-rules-preview = Tester sur les fenêtres ouvertes
# Column headers of the test table.
window-rules-preview-title = Titre de la fenêtre
window-rules-preview-rule = Règle correspondante
# In the test table: this window would pause the recording. $rule is the matching rule.
window-rules-preview-pauses = met en pause ({ $rule })
window-rules-preview-none = Aucune fenêtre avec un titre n'est ouverte.
# Example text in an empty rule field: a part of a payment window's title.
window-rule-placeholder = Données de carte
# Name, for screen readers, of a rule field. $number is the rule's number (1, 2, …).
window-rule-pattern-label = Règle { $number } : partie d'un titre de fenêtre
# Checkbox next to a rule: the rule is a regular expression, not plain text.
window-rule-regex = expression régulière
window-rule-remove = Supprimer
# Name, for screen readers, of the Remove button. $number is the rule's number (1, 2, …).
window-rule-remove-label = Supprimer la règle { $number }

## Links from other programs

# CRM: the customer database program the agent works in.
window-links-heading = Liens depuis votre CRM
# Followed by the two links, rccontrol://pause and rccontrol://resume.
window-deep-link-label = Accepter les liens de pause et de reprise
window-link-confirm-label = Demander avant qu'un lien mette l'enregistrement en pause
window-link-confirm-help = Une page web peut aussi ouvrir un lien : avec cette option, un lien de pause ne met en pause qu'après votre confirmation.
window-deep-link-help = Désactivé par défaut : n'importe quelle page web pourrait déclencher un tel lien. Chaque utilisation est consignée dans le journal d'audit.

## Start

window-start-heading = Démarrage
window-autostart = Lancer Recording Control à l'ouverture de session

## Saving

window-save = Enregistrer
window-saving = Enregistrement des paramètres…
# “Check settings” is the button below the form (window-check-button).
window-saved = Paramètres enregistrés. Utilisez « Vérifier les paramètres » en dehors d'un appel.
window-fix-fields = Corrigez les champs signalés en rouge.
window-token-missing = Le token est manquant.
# Under the token field when saving without a token.
window-token-required = Collez le token d'action. Il est conservé uniquement dans le trousseau du système.

## Check settings

window-check-heading = Vérifier les paramètres
# “resume” is the action the button sends.
window-check-hint = À utiliser uniquement en dehors d'un appel : envoie une reprise. La réponse indique si vos paramètres sont corrects.
window-check-button = Vérifier les paramètres
window-check-sending = Envoi d'une reprise…
# $message is what 8x8 answered; $verdict is what it means for the settings.
window-check-result = { $message }. { $verdict }

## Last actions (audit log)

window-log-heading = Dernières actions
window-export = Exporter le journal d'audit (CSV)
window-exporting = Exportation…
# $path is the file the log was saved to.
window-exported = Exporté dans { $path }
# Column headers of the table of last actions.
window-log-time = Heure
window-log-from = Origine
window-log-action = Action
window-log-outcome = Résultat
window-log-message = Détail
window-log-empty = Aucune action pour l'instant.
# $path is the audit log file.
window-audit-file = Journal d'audit : { $path }
# Column "From" of the table: what started the action.
window-log-from-cli = rcctl
window-log-from-hotkey = raccourci clavier
window-log-from-tray = menu de l'icône
# Another program talking to the app through its local connection.
window-log-from-socket = autre programme
window-log-from-rule = règle de pause automatique
window-log-from-timer = minuteur
window-log-from-link = lien
window-log-from-window = cette fenêtre
window-log-from-notification = notification
window-log-from-exit = fermeture de l'appli
# Column "Action" of the table.
window-log-action-pause = pause
window-log-action-resume = reprise
# Column "Outcome" of the table.
window-log-outcome-applied = appliquée
window-log-outcome-no-active-call = aucun appel en cours
window-log-outcome-not-enabled = enregistrement non activé
window-log-outcome-unrecognised = réponse inconnue
window-log-outcome-bad-request = requête refusée
window-log-outcome-unauthorized = non autorisé
window-log-outcome-agent-not-found = agent introuvable
window-log-outcome-server-error = erreur du serveur
window-log-outcome-rate-limited = requêtes limitées
window-log-outcome-redirected = redirigé
window-log-outcome-timeout = pas de réponse à temps
window-log-outcome-network = erreur réseau
window-log-outcome-tls = erreur de connexion sécurisée

## First run and the rest of the settings

# Shown above the connection fields while nothing is configured yet.
window-first-run-intro = Quatre informations fournies par votre administrateur relient l’application à 8x8 : le cluster, le tenant, votre e-mail ou ID d’agent, et le jeton d’action. Puis Enregistrer, et « Vérifier les paramètres » quand vous n’êtes pas en appel.
# Beside the "Try the demo" button, below the connection fields.
window-demo-offer = Pas d’identifiants 8x8 sous la main ? Essayez l’application avec un simulateur intégré : aucun appel réel n’est touché.
# The collapsible section that holds every setting besides the connection.
window-more-summary = Plus de réglages : raccourcis, filets de sécurité, liens, démarrage à l’ouverture de session

## État en direct (8x8 Event Streaming). L’identifiant n’est jamais affiché.

window-live-heading = État en direct (8x8 Event Streaming)
window-live-hint = Affiche l’état d’enregistrement que 8x8 signale lui-même, au lieu de ce que l’app déduit de ses réponses. Nécessite votre ID d’agent 8x8 et l’identifiant Event Streaming fourni par votre administrateur.
window-live-label = Afficher l’état en direct de 8x8 Event Streaming
window-live-agent-id-label = Votre ID d’agent 8x8 pour Event Streaming
window-live-agent-id-help = Obligatoire quand l’état en direct est activé, même si vous êtes identifié par e-mail ci-dessus.
window-live-host-label = Hôte Event Streaming (seulement si 8x8 vous en a donné un)
window-live-host-help = Vide : l’hôte de la région de votre cluster, affiché en gris.
window-live-host-none = Pas encore d’hôte Event Streaming pour ce cluster : saisissez celui que 8x8 vous a donné
window-live-credential-label = Identifiant Event Streaming
window-live-credential-help = Une clé Admin Console commençant par eght_, ou le Data Request Token. Conservé uniquement dans le trousseau du système, jamais réaffiché. Il vaut pour tout le tenant : gardez-le secret.
window-live-credential-stored = Déjà stocké ({ $service }). Laissez vide pour le conserver.
window-live-credential-paste = Collez l’identifiant Event Streaming
window-live-credential-state-stored = Identifiant : stocké dans le trousseau du système
window-live-credential-state-none = Identifiant : non stocké
window-live-status-off = État en direct : désactivé
window-live-status-connecting = État en direct : connexion à 8x8 Event Streaming…
window-live-status-live = État en direct : connecté — états confirmés par 8x8
window-live-status-down = État en direct : interrompu — les états affichés ne sont pas vérifiés
window-live-status-rejected = État en direct : 8x8 a refusé l’identifiant Event Streaming — collez-en un nouveau
window-live-status-no-credential = État en direct : activé, mais aucun identifiant Event Streaming n’est stocké — collez-le ci-dessous et enregistrez

## The relay section
window-relay-heading = Relais de l'entreprise
window-relay-hint = Si votre entreprise exploite un relais, inscrivez cet ordinateur avec le code à usage unique de votre administrateur : aucun jeton d'action n'est alors conservé sur cet ordinateur, et le relais enregistre chaque action de façon centrale.
window-relay-url-label = Adresse du relais
window-relay-code-label = Code d'inscription
window-relay-enroll = Inscrire cet ordinateur
window-relay-status-on = Inscrit auprès de { $relay } sous { $device }, agit pour { $email } dans le tenant { $tenant }. Aucun jeton d'action n'est conservé sur cet ordinateur.
window-relay-status-off = Pas en mode relais : cet ordinateur parle directement à 8x8.
window-relay-enrolled = Inscrit : le relais agit désormais pour vous.
