## The tray app: menu, notifications, badge, desktop problems.
## "Recording Control" is the product name; "DEMO" marks the built-in simulator; keep "rcctl" and key names as they are.

app-name = Recording Control

## Tray menu

tray-pause = Pausar grabación
tray-resume = Reanudar grabación
# A menu item; $label is "Pause recording" or "Resume recording", $key the hotkey, e.g. Ctrl+Alt+P
tray-with-key = { $label }    { $key }
tray-settings = Configuración…
tray-demo = Probar la demo
tray-leave-demo = Salir de la demo
tray-log = Abrir registro
tray-autostart = Abrir al iniciar sesión
tray-quit = Salir
# Shown instead of "Quit" while the recording is paused: choosing it resumes first.
tray-resume-and-quit = Reanudar y salir
# The tray icon's tooltip; $line is the state line, e.g. "Recording paused · 2:14"
tray-tooltip = Recording Control — { $line }
not-configured = Sin configurar
# The state line in demo mode; $line is the state line
demo-line = DEMO · { $line }

## Words used inside notifications

action-pause = pausar
action-resume = reanudar
# How an action was triggered, after "via"
trigger-name = { $trigger ->
        [hotkey] atajo de teclado
        [tray] menú de la bandeja
        [socket] rcctl
        [cli] rcctl
        [window] ventana de configuración
        [timer] temporizador
        [rule] regla de pausa automática
        [link] enlace
        [notification] notificación
        [exit] cierre de la app
       *[other] { $trigger }
    }
# Short durations: "45 s", "2 min", "1 h 5 min"
duration-seconds = { $s } s
duration-minutes = { $min } min
duration-hours = { $h } h { $min } min

## Notifications after an action

# $action: "pause" or "resume" (from action-pause/action-resume); $message: what 8x8 answered
notify-toggle = Alternar: se envió “{ $action }” — { $message }
notify-timer-resumed = Grabación reanudada automáticamente (se alcanzó el tiempo máximo de pausa)
notify-timer-failed = Error en la reanudación automática: { $message }
# $rule: the auto-pause rule that matched, e.g. "Card details"
notify-rule-paused-named = Grabación pausada: ventana de pago en primer plano (regla “{ $rule }”)
notify-rule-paused = Grabación pausada: ventana de pago en primer plano
notify-rule-resumed = Grabación reanudada: la ventana de pago ya no está en primer plano
notify-rule-failed = Regla de pausa automática: { $message }
# The second line: "pause via hotkey · HTTP 200 · 42 ms"; $status is "HTTP 200" or notify-no-answer
notify-details = { $action } vía { $trigger } · { $status } · { $ms } ms
notify-no-answer = sin respuesta
notify-http = HTTP { $code }
notify-demo-prefix = DEMO · { $text }

## Reminders while paused

# $duration: how long it has been paused, e.g. "2 min"
reminder-certain = La grabación sigue en pausa ({ $duration }). ¿Reanudar?
reminder-uncertain = Puede que la grabación siga en pausa ({ $duration })
# A pause or resume got no clear answer (timeout, network or server error)
reminder-unsure-body = 8x8 no confirmó la última pausa o reanudación. Presione Reanudar para asegurarse de que la llamada se grabe.
# A pause older than one unanswered reminder; $duration: how long ago it was accepted
reminder-same-call = ¿Sigue siendo la misma llamada? En pausa desde hace { $duration }: la grabación puede estar activa de nuevo
reminder-same-call-body = La aplicación no ve cuándo termina una llamada, y una llamada nueva se graba desde el inicio. Presione Pausar si esta llamada debe estar en pausa, o Reanudar si no.
reminder-auto = Presiona Reanudar cuando termines con los datos de la tarjeta. Reanudación automática en { $duration }.
reminder-plain = Presiona Reanudar cuando termines con los datos de la tarjeta.
# Buttons of the reminder notification
reminder-button = Reanudar
reminder-button-long = Reanudar grabación
reminder-button-pause = Pausar

## On-screen badge while paused

# The badge's window title (screen readers and window lists show it)
badge-title = Recording Control — en pausa
# The badge text; $elapsed is m:ss or h:mm:ss. Keep it short and in capitals where the language has them.
badge-line = ● REC EN PAUSA { $elapsed }
badge-resume = Reanudar
badge-tooltip = La grabación de la llamada está en pausa. Haz clic en Reanudar para volver a grabar.
# The badge while the pause is in doubt (no clear answer, or the call may have ended)
badge-title-unsure = Recording Control — quizá en pausa
badge-line-unsure = ● QUIZÁ EN PAUSA { $elapsed }
badge-tooltip-unsure = 8x8 no lo confirmó, o la llamada puede haber terminado: la grabación puede estar en pausa o activa. Haga clic en Reanudar para asegurarse de que grabe.

## The app itself

quit-notice = Recording Control se cerró.
nothing-sent = No se envió nada
# A press repeated within the press throttle; $action: pause or resume; $window: e.g. 1 s
press-ignored-title = Ignorado: { $action } presionado de nuevo en menos de { $window }
press-ignored-body = Cuenta la primera pulsación. Presione de nuevo después si esa era su intención.
# $detail: the technical reason (English)
demo-failed = No se pudo iniciar la demo
autostart-failed = No se pudo cambiar “Abrir al iniciar sesión”
something-missing = Recording Control: falta algo
managed-not-applied = No se aplicó la configuración administrada
not-configured-title = Recording Control no está configurado
# $reason: why, e.g. "Not configured — open Settings… or try the demo"
not-configured-body = { $reason }. En el menú de la bandeja, elige Configuración… o Probar la demo.
not-configured-reason = Sin configurar — abre Configuración… o prueba la demo
# $detail: the technical reason (English)
not-configured-detail = Sin configurar: { $detail }
demo-title = Recording Control — DEMO
demo-body = Usando el simulador integrado de 8x8: no afecta a ninguna llamada real.
window-title = Recording Control — Configuración
# $action: pause or resume (from action-pause/action-resume); $since and $window in milliseconds
throttled = ignorado: se presionó “{ $action }” hace { $since } ms; se descartan las repeticiones de la misma acción en menos de { $window } ms
shutting-down = la aplicación se está cerrando

## Failures of the settings window's calls and of the tray

error-unknown-call = La ventana de configuración pidió una llamada que esta aplicación no conoce: { $call }
error-bad-argument = La ventana de configuración envió un argumento no válido — { $field }: { $problem }
error-settings-file = No se pudo guardar el archivo de configuración: { $detail }
error-window-titles = No se pudieron leer los títulos de las ventanas abiertas: { $detail }
error-audit-read = No se pudo leer el registro de auditoría: { $detail }
error-no-downloads = No hay carpeta de Descargas ni carpeta personal donde escribir
error-write = No se pudo escribir { $path }: { $detail }
error-icon = No se pudo cargar el ícono de la bandeja { $name }: { $detail }
error-tray = El ícono de la bandeja falló: { $detail }
error-internal = La aplicación no pudo codificar su respuesta: { $detail }
error-too-large = La respuesta era demasiado grande para mostrarla

## Links (rccontrol://pause)

link-unknown-title = Enlace ignorado
link-unknown-body = Recording Control solo entiende rccontrol://pause y rccontrol://resume.
link-off-title = Un enlace pidió { $action } la grabación: se ignoró
link-off-body = Los enlaces rccontrol:// están desactivados. Actívalos en Configuración → Seguridad si tu CRM los usa.
# A link asks to pause and waits for the agent's confirmation
link-confirm-title = Un enlace pide pausar la grabación
link-confirm-body = Presione Pausar para pausarla. Ignore esto si no hizo clic en un enlace de pausa: las páginas web también pueden abrir enlaces.
link-confirm-button = Pausar
# The same where notifications have no buttons (Windows, macOS)
link-confirm-body-no-button = Presione Pausar en el menú de la bandeja, o el atajo de Pausar, para pausarla. Ignore esto si no hizo clic en un enlace de pausa: las páginas web también pueden abrir enlaces.

## The control socket

socket-failed-title = rcctl no puede comunicarse con la aplicación
socket-failed-body = No se pudo iniciar el socket de control: { $detail }. rcctl llamará directamente a 8x8.

## Desktop problems

no-notification-daemon = No hay ningún servicio de notificaciones en ejecución: los resultados solo aparecen en el menú de la bandeja y en el registro. Inicia el servicio de notificaciones de tu escritorio (p. ej., dunst).
no-session-bus = No hay bus de sesión para las notificaciones ({ $detail }): los resultados solo aparecen en el menú de la bandeja y en el registro.
no-tray = No se encontró la bandeja del sistema: el ícono no está visible. Usa los atajos de teclado o `rcctl`; si vuelves a abrir la aplicación, se abrirá su ventana de configuración.

## Global hotkeys

hotkeys-unavailable-title = Los atajos de teclado globales no están disponibles
# $key: a key combination, e.g. Ctrl+Alt+P
hotkey-inactive-title = El atajo { $key } no está activo
hotkey-register-failed = No se pudo registrar { $key } ({ $detail }); elige otra tecla en Configuración
hotkey-taken-elsewhere = ya lo registró otra aplicación
hotkeys-no-display = Los atajos de teclado globales necesitan una pantalla X11 y esta sesión no la tiene (Wayland). Asigna `rcctl pause` y `rcctl resume` en la configuración de atajos de teclado de tu escritorio.

## Wayland: shortcuts through the desktop's own dialog (XDG desktop portal)

# The names the desktop shows in its shortcut dialog
portal-pause-description = Pausar la grabación de la llamada
portal-resume-description = Reanudar la grabación de la llamada
portal-toggle-description = Pausar o reanudar la grabación de la llamada
portal-bound-title = Atajos configurados por tu escritorio
# $list: the bound shortcuts, e.g. "Pause: Ctrl+Alt+P, Resume: Ctrl+Alt+R"
portal-bound-body = { $list }
portal-binding = { $name }: { $trigger }
portal-unbound = sin asignar
portal-unavailable-title = Tu escritorio no ofrece atajos globales a las aplicaciones
# $detail: the technical reason (English)
portal-unavailable-body = Asigna `rcctl pause` y `rcctl resume` en la configuración de teclado de tu escritorio. ({ $detail })
portal-cancelled = Se cerró el cuadro de diálogo de atajos sin asignar teclas. Abre Configuración para volver a intentarlo.
hotkey-role-pause = Pausar
hotkey-role-resume = Reanudar
hotkey-role-toggle = Alternar
settings-window-failed = No se pudo abrir la ventana de configuración
settings-window-restart = Recording Control se actualizó: ciérralo desde la bandeja del sistema y vuelve a abrirlo para ver la configuración.

live-paused-confirmed = Grabación en pausa — confirmado por 8x8
live-resumed-confirmed = Grabación reanudada — confirmado por 8x8
live-not-reported-title = 8x8 aceptó la acción «{ $action }» pero no informó el cambio
live-not-reported-body = Es posible que la grabación no haya cambiado (por ejemplo, si aún no empezaba en esta llamada). La bandeja muestra ahora lo que informa 8x8.
live-elsewhere-paused-aw = La grabación se pausó desde Agent Workspace
live-elsewhere-resumed-aw = La grabación se reanudó desde Agent Workspace
live-elsewhere-paused-api = Otra aplicación pausó la grabación
live-elsewhere-resumed-api = Otra aplicación reanudó la grabación
live-elsewhere-body = Informado por el flujo de eventos de 8x8.
live-new-call = Nueva llamada — grabando
live-new-call-unrecorded = Nueva llamada — sin grabar
live-new-call-body = La pausa de la llamada anterior no pasa a esta.
live-call-ended-paused = La llamada terminó en pausa — la pausa terminó con ella
live-down-title = Se perdió el estado de grabación en vivo
live-down-body = Hasta que vuelva el flujo de eventos de 8x8, la bandeja muestra lo que la aplicación cree (sin verificar).
live-up-title = Volvió el estado de grabación en vivo — confirmado por 8x8
live-rejected-title = Event Streaming rechazó la credencial
live-rejected-body = El estado en vivo sigue apagado hasta que vuelvas a configurar la credencial de Event Streaming (Configuración, o rcctl setup --stream-credential).
live-no-credential = El estado en vivo está activado, pero no hay credencial de Event Streaming guardada: configúrala en Configuración (o con rcctl setup --stream-credential).
badge-title-live = Recording Control — en pausa (confirmado por 8x8)
badge-line-live = ● GRAB. EN PAUSA { $elapsed } ✓
badge-tooltip-live = 8x8 indica que la grabación de la llamada está en pausa. Haz clic en Reanudar para volver a grabar.
# $line: the tray's state line
state-line-live-down = { $line } · se perdió el estado en vivo
state-line-live-rejected = { $line } · Event Streaming rechazó la credencial
live-confirmed-body = Confirmado por 8x8.
error-relay = El registro en el relé no se completó: { $detail }
