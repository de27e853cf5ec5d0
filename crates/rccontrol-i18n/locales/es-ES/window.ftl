## Settings window (ui/index.html, ui/app.js).
## A placeholder such as { $file } is filled in by the page; keep it as it is.
## Key names (Ctrl+Alt+P), file paths, "rcctl" commands and "8x8" stay as they are.

## Top of the window: title, state, buttons

# The window's title bar.
window-page-title = Recording Control — Configuración
# The product's name, as the page heading. Usually kept as it is.
window-app-name = Recording Control
# Shown for a moment while the page waits for the app.
window-loading = Cargando…
# Shown when the page cannot talk to the app. $message is the app's error text.
window-error = Error: { $message }
# Banner at the top while the demo mode is on.
window-demo-banner = DEMO — conectado al simulador integrado de 8x8. No afecta a ninguna llamada real.
window-pause-button = Pausar grabación
window-resume-button = Reanudar grabación
window-demo-start = Probar la demo
window-demo-leave = Salir de la demo
# Shown under the buttons while the app sends the action to 8x8.
window-pausing = Pausando…
window-resuming = Reanudando…
# Name, for screen readers, of the list of problems under the buttons (no tray icon, no notifications…).
window-environment-label = Problemas en este escritorio

## Settings set by an administrator (managed configuration)

# Banner when some fields are locked. $file is the path of the administrator's settings file.
window-managed-locked = Tu administrador ha fijado algunas opciones ({ $file }) y no se pueden cambiar aquí.
# Banner when the administrator only gives defaults. $file is the path of the administrator's settings file.
window-managed-defaults = Tu administrador proporciona la configuración predeterminada ({ $file }).
# Tooltip of a locked field. $file is the path of the administrator's settings file.
window-locked-title = Fijado por tu administrador en { $file }
# Added after the label of a locked field.
window-locked-note = · bloqueado por tu administrador

## Language

window-language-heading = Idioma
window-language-label = Idioma de Recording Control
# First choice of the language list: follow the language of the computer.
window-language-auto = Automático (idioma del sistema)
window-language-help = Se usa en esta ventana, en el menú de la bandeja y en las notificaciones. El cambio se aplica al guardar.

## Connection

window-connection-heading = Conexión
# An 8x8 cluster is the server group of the company's account.
window-cluster-label = Cluster
# Example text in the empty Cluster field. "vcc-na7" is a cluster name: keep it.
window-cluster-placeholder = vcc-na7, o pega la URL de inicio de sesión de Agent Workspace
# Followed by an example address: https://vcc-na7.8x8.com/AGUI/…
window-cluster-help = Aparece en la dirección de tu página de inicio de sesión de Agent Workspace:
# The company's account name at 8x8.
window-tenant-label = Tenant
# Title of the choice between "E-mail" and "Agent ID" below it.
window-identity-legend = Identificarme con
window-identity-email = Email
window-identity-agent-id = ID de agente
# Example text in the empty E-mail field.
window-identity-email-placeholder = nombre.apellido@example.com
# Example text in the empty Agent ID field.
window-identity-agent-id-placeholder = Tu ID de agente
# The secret key that allows pausing and resuming recordings.
window-token-label = Token de acción
window-token-help = Se guarda solo en el llavero del sistema y no se vuelve a mostrar. El token es válido para todo el tenant: mantenlo en secreto.
# In the empty token field when a token is already stored. $service is the keychain's name, e.g. "Windows Credential Manager".
window-token-stored = Guardado en { $service }. Déjalo vacío para conservarlo.
# In the empty token field when no token is stored yet.
window-token-paste = Pega el token de acción
# A section that opens on click: settings for company networks.
window-network-summary = Red corporativa
window-proxy-label = URL del proxy
# Example text in the empty Proxy field: an empty field uses the system's proxy settings.
window-proxy-placeholder = http://proxy.example.com:3128 (vacío: configuración del sistema)
window-ca-file-label = Archivo de certificado de CA adicional (PEM)
window-custom-host = Permitir un servidor fuera de *.8x8.com (solo servidores de pruebas)

## Hotkeys

window-hotkeys-heading = Atajos de teclado
# “Record” is the button next to each hotkey (window-hotkey-record).
window-hotkeys-hint = Haz clic en «Asignar» y pulsa las teclas (o elige una tecla multimedia de tus auriculares). Vacío = desactivado.
# Names of the three hotkeys, also used in other messages as $action or $hotkey.
window-hotkey-pause = Pausar
window-hotkey-resume = Reanudar
# A hotkey that pauses when recording and resumes when paused.
window-hotkey-toggle = Alternar
# Button: start listening for the keys of a hotkey.
window-hotkey-record = Asignar
# Button: remove a hotkey.
window-hotkey-clear = Borrar
# Names, for screen readers, of the buttons and lists of each hotkey row.
window-hotkey-record-pause = Asignar el atajo Pausar
window-hotkey-record-resume = Asignar el atajo Reanudar
window-hotkey-record-toggle = Asignar el atajo Alternar
window-hotkey-media-pause = Tecla multimedia para Pausar
window-hotkey-media-resume = Tecla multimedia para Reanudar
window-hotkey-media-toggle = Tecla multimedia para Alternar
window-hotkey-clear-pause = Borrar el atajo Pausar
window-hotkey-clear-resume = Borrar el atajo Reanudar
window-hotkey-clear-toggle = Borrar el atajo Alternar
# First entry of the media key list of each hotkey.
window-media-key-choose = Tecla multimedia…
# A media key that cannot be used on this computer. $key is the key's name, e.g. "MediaPlayPause".
window-media-key-unsupported = { $key } (solo Windows/macOS)
# $keys is a list of key names, e.g. "MediaPlay, MediaPause".
window-media-note = Estas teclas multimedia solo funcionan en Windows y macOS, no aquí (X11): { $keys }
window-media-key-unsupported-windows = { $key } (no es tecla multimedia en Windows)
window-media-note-windows = En Windows se registrarían como las teclas Pausa/Interrumpir y Play, no como las teclas multimedia de tu auricular: { $keys }. Usa Reproducir/Pausa (MediaPlayPause), Detener, Pista siguiente o anterior, o una tecla de volumen.
window-toggle-help = «Alternar» está desactivado por defecto: 8x8 no puede indicar a la aplicación si la grabación está en pausa, así que este atajo podría enviar lo contrario de lo que quieres. Su notificación indica qué acción ha enviado.
# Shown in a hotkey field while it waits for the keys.
window-hotkey-press-keys = Pulsa las teclas…
# State of a hotkey, under its row.
window-hotkey-active = Activo
window-hotkey-off = Desactivado
# $reason is the app's explanation.
window-hotkey-not-active = No activo: { $reason }
# $reason is the app's explanation.
window-hotkey-unavailable = No disponible: { $reason }
window-hotkey-portal = La asigna tu escritorio (ver abajo)
# Error after recording keys. $hotkey is Pause, Resume or Toggle; $problem is the app's explanation.
window-hotkey-error = Atajo «{ $hotkey }»: { $problem }

## Shortcuts on Wayland desktops (set through the desktop, not by the app)

window-wayland-heading = Atajos en Wayland
window-wayland-bound = Tu escritorio gestiona estos atajos:
# One line per shortcut. $action is Pause, Resume or Toggle; $keys are the keys as the desktop shows them, e.g. "Ctrl+Alt+P".
window-wayland-binding = { $action }: { $keys } — se define en la configuración de tu escritorio
# A shortcut without keys yet. $action is Pause, Resume or Toggle.
window-wayland-binding-unset = { $action }: aún sin teclas — asígnalas en la configuración de tu escritorio
window-wayland-unavailable = Tu escritorio no ofrece atajos globales a las aplicaciones.
window-wayland-failed = Tu escritorio no ha podido configurar atajos globales para esta aplicación.
# The desktop asked the agent to confirm the shortcuts and the agent closed that request.
window-wayland-cancelled = No se han configurado los atajos: se ha cancelado la solicitud del escritorio.
# Shown while the app asks the desktop for the shortcuts.
window-wayland-setting-up = Configurando los atajos con tu escritorio…
# Followed by the commands "rcctl pause" and "rcctl resume".
window-wayland-commands = Para usar teclas de todos modos, añade estos comandos como atajos personalizados en la configuración de teclado de tu escritorio:

## Safety

window-safety-heading = Seguridad
window-safety-hint = Dejar una grabación en pausa es un incumplimiento normativo. Estas opciones evitan que ocurra por error.
# Label of a number field; the number of seconds is typed in the field below.
window-reminder-label = Recordarme la pausa cada … segundos
window-reminder-help = El primer recordatorio llega pasado este tiempo y se repite con el mismo intervalo. 0 = sin recordatorios.
# Label of a number field; the number of seconds is typed in the field below.
window-max-pause-label = Reanudar automáticamente tras … segundos en pausa
window-max-pause-help = Cuenta desde la primera pausa: volver a pulsar Pausar no amplía el plazo. 0 = nunca (predeterminado).
# Label of a number field; the number of milliseconds is typed in the field below.
window-throttle-label = Ignorar la misma acción repetida en menos de … milisegundos
window-throttle-help = Evita las pulsaciones dobles y los rebotes de los botones de los auriculares. 0 = desactivado.

## On-screen badge shown while the recording is paused

window-badge-heading = Indicador en pantalla
window-badge-label = Mostrar un indicador en pantalla mientras la grabación está en pausa
window-badge-corner-label = Esquina de la pantalla
window-badge-corner-top-left = Arriba a la izquierda
window-badge-corner-top-right = Arriba a la derecha
window-badge-corner-bottom-left = Abajo a la izquierda
window-badge-corner-bottom-right = Abajo a la derecha

## Automatic pause in payment windows

window-rules-heading = Pausa automática en ventanas de pago
window-rules-hint = Mientras esté en primer plano una ventana cuyo título contenga alguno de estos textos, la grabación se pausa; cuando no haya ninguna, se reanuda, pero solo si la pausó una regla. Una regla nunca reanuda una pausa que hayas hecho tú.
# Name, for screen readers, of the list of rules.
window-rules-label = Reglas de pausa automática
# $reason is the app's explanation.
window-rules-unavailable = No disponible en este escritorio: { $reason }. Las reglas se conservan, pero aquí no hacen nada.
# $method is the technical way the app sees windows, e.g. "X11".
window-rules-watching = Vigilando la ventana en primer plano ({ $method }).
# $method is the technical way the app sees windows, e.g. "X11".
window-rules-ready = Funciona aquí ({ $method }) en cuanto guardes una regla.
window-rule-add = Añadir regla
window-rules-preview = Probar con las ventanas abiertas
# Column headers of the test table.
window-rules-preview-title = Título de la ventana
window-rules-preview-rule = Regla que coincide
# In the test table: this window would pause the recording. $rule is the matching rule.
window-rules-preview-pauses = pausa ({ $rule })
window-rules-preview-none = No hay ninguna ventana abierta con título.
# Example text in an empty rule field: a part of a payment window's title.
window-rule-placeholder = Datos de la tarjeta
# Name, for screen readers, of a rule field. $number is the rule's number (1, 2, …).
window-rule-pattern-label = Regla { $number }: parte del título de una ventana
# Checkbox next to a rule: the rule is a regular expression, not plain text.
window-rule-regex = expresión regular
window-rule-remove = Quitar
# Name, for screen readers, of the Remove button. $number is the rule's number (1, 2, …).
window-rule-remove-label = Quitar la regla { $number }

## Links from other programs

# CRM: the customer database program the agent works in.
window-links-heading = Enlaces desde tu CRM
# Followed by the two links, rccontrol://pause and rccontrol://resume.
window-deep-link-label = Aceptar enlaces para pausar y reanudar
window-link-confirm-label = Preguntar antes de que un enlace pause la grabación
window-link-confirm-help = Una página web también puede abrir un enlace: con esto activado, un enlace de pausa solo pausa cuando usted lo confirma.
window-deep-link-help = Desactivado de forma predeterminada: cualquier página web podría abrir uno de estos enlaces. Cada uso queda anotado en el registro de auditoría.

## Start

window-start-heading = Inicio
window-autostart = Abrir Recording Control al iniciar sesión

## Saving

window-save = Guardar
window-saving = Guardando…
# “Check settings” is the button below the form (window-check-button).
window-saved = Guardado. Usa «Comprobar configuración» cuando no estés en una llamada.
window-fix-fields = Corrige los campos marcados en rojo.
window-token-missing = Falta el token.
# Under the token field when saving without a token.
window-token-required = Pega el token de acción. Solo se guarda en el llavero del sistema.

## Check settings

window-check-heading = Comprobar configuración
# “resume” is the action the button sends.
window-check-hint = Úsalo solo cuando no estés en una llamada: envía «reanudar». La respuesta te indica si tu configuración es correcta.
window-check-button = Comprobar configuración
window-check-sending = Enviando «reanudar»…
# $message is what 8x8 answered; $verdict is what it means for the settings.
window-check-result = { $message }. { $verdict }

## Last actions (audit log)

window-log-heading = Últimas acciones
window-export = Exportar el registro de auditoría (CSV)
window-exporting = Exportando…
# $path is the file the log was saved to.
window-exported = Guardado en { $path }
# Column headers of the table of last actions.
window-log-time = Hora
window-log-from = Origen
window-log-action = Acción
window-log-outcome = Resultado
window-log-message = Qué ha pasado
window-log-empty = Todavía no hay acciones.
# $path is the audit log file.
window-audit-file = Registro de auditoría: { $path }
# Column "From" of the table: what started the action.
window-log-from-cli = rcctl
window-log-from-hotkey = atajo de teclado
window-log-from-tray = menú de la bandeja
# Another program talking to the app through its local connection.
window-log-from-socket = otro programa
window-log-from-rule = regla de pausa automática
window-log-from-timer = temporizador
window-log-from-link = enlace
window-log-from-window = esta ventana
window-log-from-notification = notificación
window-log-from-exit = cierre de la app
# Column "Action" of the table.
window-log-action-pause = pausar
window-log-action-resume = reanudar
# Column "Outcome" of the table.
window-log-outcome-applied = aplicada
window-log-outcome-no-active-call = sin llamada activa
window-log-outcome-not-enabled = grabación no activada
window-log-outcome-unrecognised = respuesta desconocida
window-log-outcome-bad-request = solicitud rechazada
window-log-outcome-unauthorized = no autorizada
window-log-outcome-agent-not-found = agente no encontrado
window-log-outcome-server-error = error del servidor
window-log-outcome-rate-limited = límite de solicitudes
window-log-outcome-redirected = redirigida
window-log-outcome-timeout = sin respuesta a tiempo
window-log-outcome-network = error de red
window-log-outcome-tls = error de conexión segura

## First run and the rest of the settings

# Shown above the connection fields while nothing is configured yet.
window-first-run-intro = Cuatro datos que le da su administrador conectan la aplicación con 8x8: el clúster, el inquilino, su correo electrónico o ID de agente y el token de acción. Después, Guardar, y «Comprobar configuración» cuando no esté en una llamada.
# Beside the "Try the demo" button, below the connection fields.
window-demo-offer = ¿No tiene a mano los datos de 8x8? Pruebe la aplicación con un simulador integrado: no se toca ninguna llamada real.
# The collapsible section that holds every setting besides the connection.
window-more-summary = Más ajustes: atajos de teclado, redes de seguridad, enlaces, inicio al iniciar sesión

## Estado en directo (8x8 Event Streaming). La credencial nunca se muestra.

window-live-heading = Estado en directo (8x8 Event Streaming)
window-live-hint = Muestra el estado de grabación que informa el propio 8x8, en lugar de lo que la aplicación deduce de sus respuestas. Necesita su ID de agente de 8x8 y la credencial de Event Streaming de su administrador.
window-live-label = Mostrar el estado en directo de 8x8 Event Streaming
window-live-agent-id-label = Su ID de agente de 8x8 para Event Streaming
window-live-agent-id-help = Obligatorio con el estado en directo activado, aunque arriba se le identifique por correo electrónico.
window-live-host-label = Host de Event Streaming (solo si 8x8 le ha dado uno)
window-live-host-help = Vacío: el host de la región de su clúster, mostrado en gris.
window-live-host-none = Este clúster aún no tiene host de Event Streaming: escriba el que le haya dado 8x8
window-live-credential-label = Credencial de Event Streaming
window-live-credential-help = Una clave de Admin Console que empieza por eght_, o el Data Request Token. Solo se guarda en el llavero del sistema y no se vuelve a mostrar. Vale para todo el tenant: manténgala en secreto.
window-live-credential-stored = Guardada en { $service }. Déjelo vacío para conservarla.
window-live-credential-paste = Pegue la credencial de Event Streaming
window-live-credential-state-stored = Credencial: guardada en el llavero del sistema
window-live-credential-state-none = Credencial: no guardada
window-live-status-off = Estado en directo: desactivado
window-live-status-connecting = Estado en directo: conectando con 8x8 Event Streaming…
window-live-status-live = Estado en directo: conectado — estados confirmados por 8x8
window-live-status-down = Estado en directo: caído — los estados mostrados no están verificados
window-live-status-rejected = Estado en directo: 8x8 ha rechazado la credencial de Event Streaming — pegue una nueva
window-live-status-no-credential = Estado en directo: activado, pero no hay credencial de Event Streaming guardada — péguela abajo y guarde

## The relay section
window-relay-heading = Relé de la empresa
window-relay-hint = Si su empresa tiene un relé, registre este equipo con el código de un solo uso de su administrador: así no se guarda ningún token de acción en este equipo y el relé registra cada acción de forma central.
window-relay-url-label = Dirección del relé
window-relay-code-label = Código de registro
window-relay-enroll = Registrar este equipo
window-relay-status-on = Registrado en { $relay } como { $device }, actúa por { $email } en el tenant { $tenant }. En este equipo no se guarda ningún token de acción.
window-relay-status-off = Sin modo relé: este equipo habla directamente con 8x8.
window-relay-enrolled = Registrado: ahora el relé actúa por usted.
