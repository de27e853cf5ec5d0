## rcctl, the command-line tool. Commands (rcctl setup, rcctl resume), flags
## (--email, --direct), environment variables (RCCTL_TOKEN, RCCONTROL_LANG),
## file paths and key names stay exactly as they are.

## Around every error and warning.

# "rcctl" is the program name: keep it. $message: the error, already a sentence.
rcctl-error = rcctl: { $message }
# $message: the warning, already a sentence.
rcctl-warning = rcctl: advertencia: { $message }
# $variable: the environment variable's name (RCCONTROL_LANG). $given: its value.
# $allowed: the language tags it accepts, comma-separated.
rcctl-language-unknown = { $variable }: “{ $given }” no está disponible; usa auto o uno de estos: { $allowed }

## What rcctl was doing when a local file or the terminal failed.
## The system's error follows after a colon.

rcctl-doing-runtime = error al iniciar el entorno de ejecución asíncrono
# $path: a file
rcctl-doing-read = error al leer { $path }
rcctl-doing-remove = error al eliminar { $path }
rcctl-doing-write-csv = error al escribir el CSV
rcctl-doing-read-demo-log = error al leer el registro de auditoría de la demo
rcctl-doing-token-terminal = error al leer el token desde la terminal
rcctl-doing-token-stdin = error al leer el token desde la entrada estándar

## rcctl pause / rcctl resume: the line after the action.

# $message: what 8x8 answered (one of the outcome sentences). $http: "HTTP 200" or
# "no HTTP answer". $ms: milliseconds the action took.
rcctl-report-line = { $message } ({ $http }, { $ms } ms)
# Like rcctl-report-line, when the request was sent more than once. $attempts: how many times.
rcctl-report-line-attempts = { $message } ({ $http }, { $ms } ms, { $attempts ->
        [one] { $attempts } intento
       *[other] { $attempts } intentos
    })
# $status: the HTTP status code, e.g. 200
rcctl-report-http = HTTP { $status }
rcctl-report-no-http = sin respuesta HTTP
# The desktop app could not be reached, so rcctl sends the action itself.
# $error: why the app could not be reached.
rcctl-app-unreachable = { $error }; se llama directamente a 8x8
rcctl-app-other-user = el socket de control { $address } lo atiende otro usuario ({ $found }; tú eres { $ours }): no se le envió nada
# The desktop app answered but did not do the action. $action: pause or resume
# (the command); $reason: the app's explanation.
rcctl-app-refused = la aplicación Recording Control está abierta, pero no { $action ->
        [pause] pausó
       *[other] reanudó
    } la grabación: { $reason }
# The path in RCCTL_SOCKET cannot be used. $variable: RCCTL_SOCKET; $error: why.
rcctl-socket-unusable = { $variable }: { $error }; no se usa la aplicación
rcctl-app-answered-status = la aplicación respondió con un estado en lugar de un reporte
# The request went to the desktop app but no answer came back. $error: what went
# wrong; $action: pause or resume.
rcctl-app-no-reply = { $error } — estado de la grabación sin confirmar (la aplicación todavía podría { $action ->
        [pause] pausarla
       *[other] reanudarla
    })

## rcctl status: one line per item, a label then its value.
## Keep each label short: the values are aligned after the longest one.

rcctl-status-settings-file = Configuración:
# Why the settings cannot be used (the reason follows).
rcctl-status-problem = Problema:
# The 8x8 cluster, e.g. vcc-na7.8x8.com
rcctl-status-cluster = Cluster:
# The company's tenant name in 8x8
rcctl-status-tenant = Tenant:
rcctl-status-email = Email del agente:
rcctl-status-agent-id = ID de agente:
# Shown when neither the e-mail nor the agent ID is set.
rcctl-status-agent = Agente:
# An extra certificate authority file to trust.
rcctl-status-ca-file = Archivo de CA:
rcctl-status-proxy = Proxy:
# Whether servers outside 8x8.com are accepted.
rcctl-status-custom-hosts = Hosts personalizados:
# The action token (never shown, only whether it is there).
rcctl-status-token = Token:
# The keychain account (tenant@host) the token is for
rcctl-status-account = Cuenta:
rcctl-status-keychain = Llavero:
# The recording state as last known.
rcctl-status-state = Estado:
# How pause and resume are sent: through the running app, or directly to 8x8.
rcctl-status-via = Vía:
rcctl-status-audit-log = Registro:
# The administrator's managed configuration file.
rcctl-status-managed = Config. administrada:

# No proxy is set: the proxy environment variables (HTTPS_PROXY) apply.
rcctl-status-proxy-environment = - (variables de entorno)
rcctl-status-custom-hosts-allowed = permitidos
rcctl-status-custom-hosts-no = no permitidos
rcctl-status-token-env = presente (RCCTL_TOKEN)
rcctl-status-token-env-elsewhere = definido, pero no para este tenant y host (RCCTL_TOKEN_FOR): no se usa
rcctl-status-token-keychain = presente (llavero del sistema)
rcctl-status-token-unknown = desconocido (no se puede acceder al llavero)
rcctl-status-token-absent = ausente
# $service: the keychain's name, e.g. Secret Service
rcctl-status-keychain-reachable = accesible ({ $service })
# $version: the desktop app's version number
rcctl-status-via-app = aplicación { $version }
# The desktop app runs in its demo mode, against a simulator. Keep "DEMO" as the app shows it.
rcctl-status-via-app-demo = aplicación { $version } (DEMO)
rcctl-status-via-direct-flag = directa (--direct)
rcctl-status-via-direct-no-app = directa (la aplicación no está abierta)
# $problem: why the app gave no usable answer
rcctl-status-via-direct-problem = directa (problema con la aplicación: { $problem })
# $error: the system's error
rcctl-status-problem-runtime = error al iniciar el entorno de ejecución asíncrono: { $error }
# $answer: the app's error message
rcctl-status-problem-app-error = la aplicación respondió: { $answer }
rcctl-status-problem-action-report = la aplicación respondió con un reporte de acción
# The managed configuration file is there but broken. $problem: what is wrong.
rcctl-status-managed-not-applied = NO APLICADA: { $problem }
# $path: the managed configuration file
rcctl-status-managed-defaults = { $path } (valores predeterminados, sin bloqueos)
# $fields: the setting names the administrator locked, e.g. tenant, email
rcctl-status-managed-locked = { $path } (bloqueados: { $fields })
rcctl-status-managed-none = ninguna

## rcctl log

# $path: the audit log file
rcctl-log-empty = Todavía no hay acciones registradas ({ $path }).
# $ms: milliseconds
rcctl-log-latency = { $ms } ms

## rcctl setup

# $flags: the missing command-line flags, e.g. --cluster, --tenant
rcctl-setup-needs = setup necesita { $flags } (no se configuraron antes ni los define una configuración administrada)
# $path: where the unreadable old settings file was moved
rcctl-setup-kept-corrupt = el archivo de configuración anterior no era válido; se conservó como { $path }
# The prompt for the secret action token; the typed characters are not shown.
rcctl-setup-token-prompt = Token de acción (no se muestra al escribir):
# $path: the settings file
rcctl-setup-saved = Configuración guardada en { $path }
rcctl-setup-no-token = No se guardó ningún token: defínelo en RCCTL_TOKEN.
# $keychain: the keychain's name, e.g. Secret Service. $service and $account: the
# entry's service and account, as the keychain lists them.
rcctl-setup-token-stored = Token guardado en el llavero del sistema: { $keychain }, servicio “{ $service }”, cuenta “{ $account }”.
# Use the same words as outcome-no-call-resume begins with.
rcctl-setup-check = Verifícalo cuando NO estés en una llamada: `rcctl resume` debería responder “No hay ninguna llamada activa”.

## rcctl forget

# $account: the keychain account, e.g. acme01@vcc-na7.8x8.com
rcctl-forget-token-removed = Token de { $account }: eliminado del llavero del sistema
rcctl-forget-token-none = Token de { $account }: no había ninguno guardado
# $path: a file that was deleted
rcctl-forget-removed = Se eliminó { $path }
# $path: the audit log file, which forget does not delete
rcctl-forget-log-kept = Se conserva el registro de auditoría: { $path }

## rcctl demo: a built-in simulator of 8x8; no real account or call.
## Keep "DEMO": it marks every demo line.

# $line: the rest of the line
rcctl-demo-line = DEMO  { $line }
# $url: the simulator's address. $tenant and $email: the demo tenant and agent.
rcctl-demo-welcome = Recording Control con el simulador integrado de 8x8 en { $url } (tenant { $tenant }, agente { $email }, en una llamada).
# "help" is a demo command: keep it.
rcctl-demo-welcome-help = No afecta ninguna cuenta ni llamada real. Escribe `help` para ver los comandos.
rcctl-demo-call-started = Ahora el agente está en una llamada (grabando).
rcctl-demo-call-ended = La llamada terminó.
rcctl-demo-recording-enabled = Grabación habilitada para el agente.
rcctl-demo-recording-disabled = Grabación deshabilitada para el agente.
# $believed: what Recording Control believes (a state line); $truth: the simulator's real state.
rcctl-demo-status = Según Recording Control: { $believed } · estado real en el simulador: { $truth }
rcctl-demo-truth-no-call = sin llamada
rcctl-demo-truth-paused = en llamada, en pausa
rcctl-demo-truth-recording = en llamada, grabando
rcctl-demo-truth-unknown = desconocido
# One audit log entry. $time, $trigger, $action and $outcome are log values and stay in English.
rcctl-demo-log-entry = { $time }  { $trigger } { $action } → { $outcome } ({ $ms } ms)
# $command: what was typed. "help" is a demo command: keep it.
rcctl-demo-unknown-command = Comando desconocido: “{ $command }”. Escribe `help`.

## rcctl demo: the list of commands ("help"). The commands themselves stay in English.

rcctl-demo-help-title = Comandos de la DEMO:
rcctl-demo-help-pause = pausar la grabación
rcctl-demo-help-resume = reanudar la grabación
rcctl-demo-help-call-start = el agente simulado atiende una llamada
rcctl-demo-help-call-end = la llamada termina (después, pause responde “No hay ninguna llamada activa”)
rcctl-demo-help-enable = deshabilitar/habilitar la grabación para el agente
rcctl-demo-help-status = el estado según Recording Control
rcctl-demo-help-log = las últimas acciones del registro de auditoría (temporal)
rcctl-demo-help-help = esta lista
rcctl-demo-help-quit = salir de la demo

## Estado en vivo (8x8 Event Streaming). La credencial nunca se muestra.

rcctl-doing-credential-terminal = leyendo la credencial de Event Streaming desde la terminal
rcctl-doing-credential-stdin = leyendo la credencial de Event Streaming desde la entrada estándar
rcctl-setup-credential-prompt = Credencial de Event Streaming (entrada oculta):
rcctl-setup-credential-own-step = --stream-credential es un paso aparte: el token de acción y la credencial de Event Streaming nunca se leen en la misma ejecución. Guarda primero el token de acción para { $account } (`rcctl setup` sin --stream-credential) y después ejecuta `rcctl setup --stream-credential`.
rcctl-setup-credential-stored = Credencial de Event Streaming guardada en el llavero del sistema: { $keychain }, servicio "{ $service }", cuenta "{ $account }".
rcctl-setup-live-off = El estado en vivo está desactivado: actívalo con `rcctl setup --live-state on --stream-agent-id ID`.
rcctl-setup-no-credential = El estado en vivo está activado, pero no hay ninguna credencial de Event Streaming guardada para { $account }: guárdala con `rcctl setup --stream-credential`.
rcctl-status-live = Estado en vivo:
rcctl-status-live-live = conectado — estados confirmados por 8x8
rcctl-status-live-connecting = conectando con 8x8 Event Streaming
rcctl-status-live-down = caído: sin verificar
rcctl-status-live-rejected = 8x8 rechazó la credencial de Event Streaming
rcctl-status-live-off = desactivado
rcctl-status-live-no-credential = activado, pero no hay credencial de Event Streaming guardada para { $account }: ejecuta `rcctl setup --stream-credential`
rcctl-status-live-unknown = activado; desconocido (la aplicación en ejecución no lo indica)
rcctl-status-live-no-app = activado; sin conexión (la aplicación no se está ejecutando)
rcctl-forget-credential-removed = Credencial de Event Streaming para { $account }: eliminada del llavero del sistema
rcctl-forget-credential-none = Credencial de Event Streaming para { $account }: no había ninguna guardada

## Relay mode
rcctl-relay-needs-code = --relay necesita --enroll CÓDIGO: el código de registro de un solo uso de tu administrador
rcctl-relay-needs-url = --enroll necesita --relay URL (la dirección del relé), salvo que la configuración administrada de tu administrador fije relay_url
rcctl-relay-no-credential = En modo relé, el relé entrega el estado en vivo: en esta computadora no se guarda ninguna credencial de Event Streaming
rcctl-relay-enrolled = Registrada en { $relay }: esta computadora ({ $device }) actúa por { $email } en el tenant { $tenant }. En esta computadora no se guarda ningún token de acción.
rcctl-relay-key-stored = Clave del dispositivo guardada en el llavero del sistema: { $keychain }, servicio "{ $service }", cuenta "{ $account }".
rcctl-relay-live-on = Estado en vivo: activado (lo entrega el relé).
rcctl-relay-live-off = Estado en vivo: desactivado (el relé no lo entrega para ti).
rcctl-status-relay = Relé:
rcctl-status-relay-off = desactivado (directo a 8x8)
rcctl-status-token-device-key = ninguno en esta computadora: modo relé, la clave del dispositivo está en el llavero del sistema
rcctl-status-token-no-device-key = ninguno: modo relé, pero sin clave de dispositivo — no registrada (rcctl setup --enroll CÓDIGO)
