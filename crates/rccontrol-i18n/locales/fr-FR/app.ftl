## The tray app: menu, notifications, badge, desktop problems.
## "Recording Control" is the product name; "DEMO" marks the built-in simulator; keep "rcctl" and key names as they are.

app-name = Recording Control

## Tray menu

tray-pause = Mettre l'enregistrement en pause
tray-resume = Reprendre l'enregistrement
# A menu item; $label is "Pause recording" or "Resume recording", $key the hotkey, e.g. Ctrl+Alt+P
tray-with-key = { $label }    { $key }
tray-settings = Paramètres…
tray-demo = Essayer la démo
tray-leave-demo = Quitter la démo
tray-log = Ouvrir le journal
tray-autostart = Lancer à l'ouverture de session
tray-quit = Quitter
# Shown instead of "Quit" while the recording is paused: choosing it resumes first.
tray-resume-and-quit = Reprendre et quitter
# The tray icon's tooltip; $line is the state line, e.g. "Recording paused · 2:14"
tray-tooltip = Recording Control — { $line }
not-configured = Non configuré
# The state line in demo mode; $line is the state line
demo-line = DEMO · { $line }

## Words used inside notifications

action-pause = pause
action-resume = reprise
# How an action was triggered, after "via"
trigger-name = { $trigger ->
        [hotkey] raccourci clavier
        [tray] menu de l'icône
        [socket] rcctl
        [cli] rcctl
        [window] fenêtre des paramètres
        [timer] minuteur
        [rule] règle de pause automatique
        [link] lien
        [notification] notification
        [badge] indicateur à l'écran
        [exit] fermeture de l'appli
       *[other] { $trigger }
    }
# Short durations: "45 s", "2 min", "1 h 5 min"
duration-seconds = { $s } s
duration-minutes = { $min } min
duration-hours = { $h } h { $min } min

## Notifications after an action

# $action: "pause" or "resume" (from action-pause/action-resume); $message: what 8x8 answered
notify-toggle = Bascule ({ $action }) : { $message }
notify-timer-resumed = Enregistrement repris automatiquement (durée de pause maximale atteinte)
notify-timer-failed = Échec de la reprise automatique : { $message }
# $rule: the auto-pause rule that matched, e.g. "Card details"
notify-rule-paused-named = Enregistrement en pause : fenêtre de paiement au premier plan (règle { $rule })
notify-rule-paused = Enregistrement en pause : fenêtre de paiement au premier plan
notify-rule-resumed = Enregistrement repris : la fenêtre de paiement n'est plus au premier plan
notify-rule-failed = Règle de pause automatique : { $message }
# The second line: "pause via hotkey · HTTP 200 · 42 ms"; $status is "HTTP 200" or notify-no-answer
notify-details = { $action } par { $trigger } · { $status } · { $ms } ms
notify-no-answer = pas de réponse
notify-http = HTTP { $code }
notify-demo-prefix = DEMO · { $text }

## Reminders while paused

# $duration: how long it has been paused, e.g. "2 min"
reminder-certain = Enregistrement toujours en pause ({ $duration }) — reprendre ?
reminder-uncertain = L'enregistrement est peut-être toujours en pause ({ $duration })
# A pause or resume got no clear answer (timeout, network or server error)
reminder-unsure-body = 8x8 n'a pas confirmé la dernière pause ou reprise. Cliquez sur Reprendre pour être sûr que l'appel est enregistré.
# A pause older than one unanswered reminder; $duration: how long ago it was accepted
reminder-same-call = Toujours le même appel ? En pause depuis { $duration } — l'enregistrement a peut-être repris
reminder-same-call-body = L'application ne voit pas la fin d'un appel, et un nouvel appel est enregistré dès son début. Cliquez sur Pause si cet appel doit être en pause, sinon sur Reprendre.
reminder-auto = Cliquez sur Reprendre une fois les données de carte recueillies. Reprise automatique dans { $duration }.
reminder-plain = Cliquez sur Reprendre une fois les données de carte recueillies.
# Buttons of the reminder notification
reminder-button = Reprendre
reminder-button-long = Reprendre l'enregistrement
reminder-button-pause = Pause

## On-screen badge while paused

# The badge's window title (screen readers and window lists show it)
badge-title = Recording Control — enregistrement en pause
# The badge text; $elapsed is m:ss or h:mm:ss. Keep it short and in capitals where the language has them.
badge-line = ● ENREG. EN PAUSE { $elapsed }
badge-resume = Reprendre
badge-tooltip = L'enregistrement de l'appel est en pause. Cliquez sur Reprendre pour enregistrer à nouveau.
# The badge while the pause is in doubt (no clear answer, or the call may have ended)
badge-title-unsure = Recording Control — peut-être en pause
badge-line-unsure = ● PEUT-ÊTRE EN PAUSE { $elapsed }
badge-tooltip-unsure = 8x8 n'a pas confirmé, ou l'appel est peut-être terminé : l'enregistrement est peut-être en pause ou en cours. Cliquez sur Reprendre pour être sûr qu'il enregistre.

## The app itself

quit-notice = Recording Control a été fermé.
nothing-sent = Rien n'a été envoyé
# A press repeated within the press throttle; $action: pause or resume; $window: e.g. 1 s
press-ignored-title = Ignoré : { $action } appuyé à nouveau en moins de { $window }
press-ignored-body = Le premier appui compte. Appuyez à nouveau ensuite si c'était voulu.
# $detail: the technical reason (English)
demo-failed = Impossible de lancer la démo
autostart-failed = Impossible de modifier le lancement à l'ouverture de session
something-missing = Recording Control : il manque quelque chose
managed-not-applied = Configuration gérée non appliquée
not-configured-title = Recording Control n'est pas configuré
# $reason: why, e.g. "Not configured — open Settings… or try the demo"
not-configured-body = { $reason }. Dans le menu de l'icône, ouvrez Paramètres… ou choisissez Essayer la démo.
not-configured-reason = Non configuré — ouvrez Paramètres… ou essayez la démo
# $detail: the technical reason (English)
not-configured-detail = Non configuré : { $detail }
demo-title = Recording Control — DEMO
demo-body = Connecté au simulateur 8x8 intégré : aucun appel réel n'est touché.
window-title = Recording Control — Paramètres
# $action: pause or resume (from action-pause/action-resume); $since and $window in milliseconds
throttled = ignoré : une { $action } a déjà été demandée il y a { $since } ms ; les demandes répétées de la même action en moins de { $window } ms ne sont pas prises en compte
shutting-down = l'application est en cours de fermeture

## Failures of the settings window's calls and of the tray

error-unknown-call = La fenêtre des paramètres a demandé un appel que cette application ne connaît pas : { $call }
error-bad-argument = La fenêtre des paramètres a envoyé un argument non valide — { $field } : { $problem }
error-settings-file = Le fichier des paramètres n'a pas pu être enregistré : { $detail }
error-window-titles = Les titres des fenêtres ouvertes n'ont pas pu être lus : { $detail }
error-audit-read = Le journal d'audit n'a pas pu être lu : { $detail }
error-no-downloads = Aucun dossier Téléchargements ni dossier personnel où écrire
error-write = { $path } n'a pas pu être écrit : { $detail }
error-icon = L'icône de la zone de notification { $name } n'a pas pu être chargée : { $detail }
error-tray = L'icône de la zone de notification a échoué : { $detail }
error-internal = L'application n'a pas pu encoder sa réponse : { $detail }
error-too-large = La réponse était trop volumineuse pour être affichée

## Links (rccontrol://pause)

link-unknown-title = Lien ignoré
link-unknown-body = Recording Control ne comprend que rccontrol://pause et rccontrol://resume.
link-off-title = Un lien a demandé la { $action } de l'enregistrement : ignoré
link-off-body = Les liens rccontrol:// sont désactivés. Activez-les dans Paramètres → Sécurité si votre CRM les utilise.
# A link asks to pause and waits for the agent's confirmation
link-confirm-title = Un lien demande de mettre l'enregistrement en pause
link-confirm-body = Cliquez sur Pause pour le mettre en pause. Ignorez ceci si vous n'avez pas cliqué sur un lien de pause : les pages web peuvent aussi ouvrir des liens.
link-confirm-button = Pause
# The same where notifications have no buttons (Windows, macOS)
link-confirm-body-no-button = Choisissez Pause dans le menu de la barre, ou utilisez le raccourci Pause. Ignorez ceci si vous n'avez pas cliqué sur un lien de pause : les pages web peuvent aussi ouvrir des liens.

## The control socket

socket-failed-title = rcctl ne parvient pas à joindre l'application
socket-failed-body = Le socket de contrôle n'a pas pu démarrer : { $detail }. rcctl appellera 8x8 directement.

## Desktop problems

no-notification-daemon = Aucun service de notifications n'est actif : les résultats n'apparaissent que dans le menu de l'icône et dans le journal. Lancez le démon de notifications de votre bureau (p. ex. dunst).
no-session-bus = Pas de bus de session pour les notifications ({ $detail }) : les résultats n'apparaissent que dans le menu de l'icône et dans le journal.
no-tray = Aucune zone de notification trouvée : l'icône n'est pas visible. Utilisez les raccourcis clavier ou `rcctl` ; relancer l'application ouvre sa fenêtre de paramètres.

## Global hotkeys

hotkeys-unavailable-title = Les raccourcis clavier globaux ne sont pas disponibles
# $key: a key combination, e.g. Ctrl+Alt+P
hotkey-inactive-title = Le raccourci { $key } n'est pas actif
hotkey-register-failed = Impossible d'activer { $key } ({ $detail }) ; choisissez une autre touche dans les Paramètres
hotkey-taken-elsewhere = déjà utilisé par une autre application
hotkeys-no-display = Les raccourcis clavier globaux nécessitent un affichage X11, absent de cette session (Wayland). Associez plutôt `rcctl pause` et `rcctl resume` à des raccourcis dans les paramètres clavier de votre bureau.

## Wayland: shortcuts through the desktop's own dialog (XDG desktop portal)

# The names the desktop shows in its shortcut dialog
portal-pause-description = Mettre en pause l'enregistrement de l'appel
portal-resume-description = Reprendre l'enregistrement de l'appel
portal-toggle-description = Mettre en pause ou reprendre l'enregistrement de l'appel
portal-bound-title = Raccourcis définis par votre bureau
# $list: the bound shortcuts, e.g. "Pause: Ctrl+Alt+P, Resume: Ctrl+Alt+R"
portal-bound-body = { $list }
portal-binding = { $name } : { $trigger }
portal-unbound = non défini
portal-unavailable-title = Votre bureau ne propose pas de raccourcis globaux aux applications
# $detail: the technical reason (English)
portal-unavailable-body = Associez plutôt `rcctl pause` et `rcctl resume` à des raccourcis dans les paramètres clavier de votre bureau. ({ $detail })
portal-cancelled = La fenêtre des raccourcis a été fermée sans qu'aucune touche ne soit associée. Ouvrez les Paramètres pour réessayer.
hotkey-role-pause = Pause
hotkey-role-resume = Reprise
hotkey-role-toggle = Bascule
settings-window-failed = La fenêtre des paramètres n’a pas pu s’ouvrir
settings-window-restart = Recording Control a été mis à jour : quittez-le depuis la zone de notification et relancez-le pour ouvrir les paramètres.

live-paused-confirmed = Enregistrement en pause — confirmé par 8x8
live-resumed-confirmed = Enregistrement repris — confirmé par 8x8
live-not-reported-title = 8x8 a accepté « { $action } » mais n’a signalé aucun changement
live-not-reported-body = L’enregistrement n’a peut-être pas changé (par exemple s’il n’avait pas commencé sur cet appel). L’icône montre maintenant ce que 8x8 signale.
live-elsewhere-paused-aw = L’enregistrement a été mis en pause depuis Agent Workspace
live-elsewhere-resumed-aw = L’enregistrement a été repris depuis Agent Workspace
live-elsewhere-paused-api = L’enregistrement a été mis en pause par une autre application
live-elsewhere-resumed-api = L’enregistrement a été repris par une autre application
live-elsewhere-body = Signalé par le flux d’événements de 8x8.
live-new-call = Nouvel appel — enregistré
live-new-call-unrecorded = Nouvel appel — non enregistré
live-new-call-body = La pause de l’appel précédent ne s’applique pas à celui-ci.
live-call-ended-paused = Appel terminé pendant la pause — la pause a pris fin avec lui
live-down-title = État d’enregistrement en direct perdu
live-down-body = Jusqu’au retour du flux d’événements de 8x8, l’icône montre ce que l’application suppose (non vérifié).
live-up-title = État d’enregistrement en direct rétabli — confirmé par 8x8
live-rejected-title = Event Streaming a refusé l’identifiant
live-rejected-body = L’état en direct reste désactivé jusqu’à ce que l’identifiant Event Streaming soit de nouveau défini (Paramètres, ou rcctl setup --stream-credential).
live-no-credential = L’état en direct est activé, mais aucun identifiant Event Streaming n’est enregistré : définissez-le dans les Paramètres (ou avec rcctl setup --stream-credential).
badge-title-live = Recording Control — en pause (confirmé par 8x8)
badge-line-live = ● ENREG. EN PAUSE { $elapsed } ✓
badge-tooltip-live = 8x8 signale l’enregistrement de l’appel en pause. Cliquez sur Reprendre pour enregistrer à nouveau.
# $line: the tray's state line
state-line-live-down = { $line } · état en direct perdu
state-line-live-rejected = { $line } · Event Streaming a refusé l’identifiant
live-confirmed-body = Confirmé par 8x8.
error-relay = L'inscription auprès du relais n'a pas abouti : { $detail }
