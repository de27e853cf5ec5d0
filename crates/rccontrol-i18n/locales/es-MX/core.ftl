## What 8x8 answered to a pause or resume: the main line of the notification.

outcome-paused = Grabación pausada
outcome-resumed = Grabación reanudada
outcome-no-call-pause = No hay ninguna llamada activa: no se pausó nada
outcome-no-call-resume = No hay ninguna llamada activa: no se reanudó nada
outcome-not-enabled = La grabación no está habilitada para ti
outcome-unrecognised = Respuesta de 8x8 no reconocida: estado de la grabación sin confirmar
# $status: the HTTP status code, e.g. 400
outcome-bad-request = 8x8 rechazó la solicitud (HTTP { $status }): no se cambió nada
outcome-unauthorized = 8x8 rechazó el token: abre la configuración
# $tenant: the company's tenant name in 8x8, e.g. acme01
outcome-agent-not-found = No se encontró al agente en el tenant { $tenant }
outcome-server-error = Error del servidor de 8x8 (HTTP { $status }): estado de la grabación sin confirmar
outcome-redirected = 8x8 respondió con una redirección (HTTP { $status }) que no se siguió: revisa el cluster
outcome-timeout = No se pudo conectar con 8x8 (tiempo de espera agotado)
outcome-network = No se pudo conectar con 8x8 (error de red)
outcome-tls = No se pudo conectar con 8x8 de forma segura (certificado TLS no válido o no confiable)

## "Check settings": what a test resume (sent while not on a call) says about the settings.

verdict-good = La configuración es correcta: 8x8 aceptó el token y te encontró (no hay ninguna llamada activa).
verdict-good-resumed = La configuración es correcta, pero estabas en una llamada y se reanudó su grabación.
verdict-not-enabled = La configuración es correcta, pero la grabación no está habilitada para ti: pregúntale a tu administrador.
verdict-unauthorized = 8x8 rechazó el tenant o el token: revisa el tenant y vuelve a pegar el token.
verdict-agent-not-found = 8x8 no reconoce a este agente en el tenant: revisa el email o el ID de agente.
verdict-bad-request = 8x8 rechazó la solicitud: revisa el cluster.
verdict-redirected = El cluster respondió con una redirección: revisa el cluster.
verdict-tls = El certificado del servidor no es de confianza: revisa el cluster o agrega el certificado de CA de tu empresa (CA file).
verdict-unreachable = No se pudo conectar con 8x8: revisa el cluster, el proxy y tu red.
verdict-unclear = La respuesta de 8x8 no es clara: inténtalo de nuevo en un minuto.

## The believed recording state: the first line of the tray menu and of the settings window.

state-unknown = Estado de la grabación desconocido
# $time: a clock time, e.g. 14:05 UTC
state-resumed-at = Grabando — reanudada a las { $time } (aceptado por 8x8; sin verificar)
state-recording-unverified = Grabando (sin verificar)
# $time: when 8x8 accepted the pause; $elapsed: how long since, m:ss or h:mm:ss
state-paused-at = En pausa desde las { $time } · { $elapsed } (aceptado por 8x8; sin verificar)
# A pause whose answer proved nothing (timeout, network or server error)
state-maybe-paused = Quizá en pausa desde las { $time } · { $elapsed } (8x8 no lo confirmó)
# An accepted pause older than one unanswered reminder: the call may have ended
state-call-may-have-ended = En pausa desde las { $time } — puede que la llamada haya terminado: la grabación puede estar activa de nuevo (sin verificar)
state-no-call = No hay ninguna llamada activa
state-not-enabled = La grabación no está habilitada para ti
# $message: why the last action failed (one of the outcome messages)
state-error = Error: { $message }

## Refused settings. Each follows the setting's name, e.g. "tenant: is empty; …".
## Setting names, key names, URLs, "https://" and command-line flags stay as they are.

-cluster-allowed = ingresa un nombre de cluster como vcc-na7, un host como vcc-na7.8x8.com, o pega la URL de inicio de sesión de Agent Workspace (https://vcc-na7.8x8.com/AGUI/…)
cluster-empty = está vacío; { -cluster-allowed }
cluster-spaces = contiene espacios o caracteres de control; { -cluster-allowed }
cluster-http = no se admite http://: solo se puede acceder a 8x8 por https://
# $scheme: what the address started with, e.g. ftp
cluster-scheme = no se admite { $scheme }://: usa https://
# $value: what was typed, in quotes
cluster-not-a-name = { $value } no es un nombre de cluster (solo letras, números y “-”); { -cluster-allowed }
# $detail: the URL parser's technical reason (English)
cluster-not-a-url = { $value } no es un host ni una URL válidos ({ $detail }); { -cluster-allowed }
cluster-credentials = no debe contener ningún nombre de usuario ni contraseña; pega la dirección sin credenciales
cluster-no-host = { $value } no tiene host; { -cluster-allowed }
# $host: a host name without a dot, e.g. h00
cluster-one-label = { $host } no tiene ningún punto: al guardarlo, se interpretaría como el cluster de 8x8 { $host }.8x8.com; escribe el nombre de host completo (p. ej., { $host }.example.com) o una dirección IP
cluster-not-8x8 = { $host } no es un host de 8x8 (*.8x8.com); { -cluster-allowed }, o permite hosts personalizados de forma explícita (--allow-custom-host) para un servidor de pruebas

# For the tenant and the agent ID. $max: the longest allowed length (128).
id-empty = está vacío; se admite: de 1 a { $max } caracteres, sin / ? # %, espacios ni caracteres de control, y que no sea . ni ..
id-too-long = tiene más de { $max } caracteres; se admite: de 1 a { $max } caracteres, sin / ? # %, espacios ni caracteres de control, y que no sea . ni ..
# $kind: space, control or other; $char: the character (quoted) or its code, e.g. U+0007
id-bad-char = contiene { $kind ->
        [space] un espacio
        [control] un carácter de control ({ $char })
       *[other] { $char }
    }; se admite: de 1 a { $max } caracteres, sin / ? # %, espacios ni caracteres de control, y que no sea . ni ..
id-dots = no puede ser “{ $value }”; se admite: de 1 a { $max } caracteres, sin / ? # %, espacios ni caracteres de control, y que no sea . ni ..

-email-allowed = una dirección como nombre.apellido@example.com (exactamente una @, sin espacios)
email-empty = está vacío; ingresa { -email-allowed }
email-too-long = tiene más de { $max } caracteres
email-bad-char = contiene { $kind ->
        [space] un espacio
        [control] un carácter de control ({ $char })
       *[other] { $char }
    }; ingresa { -email-allowed }
# $count: how many @ the address has (0, 2, 3…)
email-ats = tiene { $count ->
        [one] { $count } arroba (@)
       *[other] { $count } arrobas (@)
    }; ingresa { -email-allowed }
email-no-local = no tiene nada antes de la @; ingresa { -email-allowed }
email-no-domain = no tiene nada después de la @; ingresa { -email-allowed }
identity-both = escribe un email o un ID de agente, pero no ambos

token-empty = está vacío; pega el token de acción de Configuration Manager
token-too-long = es demasiado largo; pega solo el token de acción (los tokens de 8x8 tienen entre 32 y 64 caracteres)
token-spaces = contiene espacios o caracteres de control; pega solo el token de acción
# The token field when cluster, tenant, proxy or CA file changed without a new token
token-needed-again = se necesita de nuevo: el clúster, el tenant, el proxy o el archivo de CA cambiaron, y el token guardado nunca se envía a un destino para el que no se proporcionó; pegue el token de acción

-proxy-allowed = una URL como http://proxy.example.com:3128 (http o https)
proxy-not-a-url = { $value } no es una URL ({ $detail }); ingresa { -proxy-allowed }
proxy-scheme = no se admite el esquema { $scheme }://; ingresa { -proxy-allowed }
proxy-no-host = no tiene host; ingresa { -proxy-allowed }
# $detail: the HTTP library's technical reason (English)
proxy-refused = fue rechazado: { $detail }

# $file: a file path; $detail: the system's reason (English)
ca-unreadable = no se puede leer { $file }: { $detail }
ca-not-pem = { $file } no es un archivo de certificado PEM: { $detail }
ca-empty = { $file } no contiene ningún certificado PEM (se esperaba -----BEGIN CERTIFICATE-----)

field-unknown = campo desconocido: { $name }
# $file: the administrator's managed configuration file
field-locked = tu administrador lo bloqueó en { $file }; no se puede cambiar aquí

-hotkey-allowed = una tecla con modificadores, como Ctrl+Alt+P o Ctrl+Shift+F9, o una tecla multimedia sola (MediaPause, MediaTrackNext, AudioVolumeMute…)
hotkey-two-keys = { $value } tiene más de una tecla; usa { -hotkey-allowed }
hotkey-unknown-key = esta aplicación no reconoce la tecla { $key }; usa { -hotkey-allowed }
hotkey-no-key = { $value } no tiene ninguna tecla, solo modificadores; usa { -hotkey-allowed }
hotkey-bare = { $key } sola (o solo con Shift) interceptaría la escritura normal; agrega Ctrl, Alt o Super
hotkey-unsupported = { $key } no se puede registrar en Linux/X11 (solo en Windows y macOS); usa MediaPlay, MediaPause o MediaTrackNext
hotkey-not-media-on-windows = En Windows, { $key } no es una tecla multimedia: se registraría como la tecla Pausa/Interrumpir o Play, no como la que envía una diadema; usa una de estas: { $keys }
# $other: the name of the other hotkey setting, e.g. "pause hotkey"
hotkey-taken = { $key } ya se usa en { $other }; elige otra tecla

# $max: 50; $count: how many were given
rules-too-many = se admiten como máximo { $max } reglas, pero hay { $count }
# $n: the rule's number in the list, from 1
rule-empty = la regla { $n } está vacía: escribe parte del título de una ventana, p. ej., Datos de la tarjeta
rule-too-long = la regla { $n } tiene más de { $max } caracteres
rule-bad-regex = la regla { $n } no es una expresión regular válida ({ $detail }); desactiva “regex” para buscar el texto tal cual

# $value: what was given; $min, $max: the allowed range in seconds
reminder-range = el valor { $value } s no es válido: escribe 0 (desactivado) o entre { $min } y { $max } segundos
max-pause-range = el valor { $value } s no es válido: escribe 0 (sin límite) o entre { $min } y { $max } segundos (hasta 4 horas)
throttle-range = el valor { $value } ms no es válido: escribe entre 0 (desactivado) y { $max } ms

# $value: what was given; $allowed: the language tags, e.g. "en-US, es-ES, …"
language-unknown = “{ $value }” no está disponible; usa auto o uno de estos: { $allowed }
# $value: what was given; $allowed: top-left, top-right, bottom-left, bottom-right
corner-unknown = { $value } no es una esquina; usa una de estas: { $allowed }

# Client hardening
outcome-rate-limited = 8x8 está limitando las solicitudes (HTTP 429): no se cambió nada; inténtalo de nuevo en un momento
verdict-rate-limited = 8x8 está limitando las solicitudes en este momento (HTTP 429), así que no se pudo comprobar la configuración: inténtalo de nuevo en un minuto.
# $max: the longest tenant accepted (128)
tenant-colon = contiene “:”, que la autenticación HTTP Basic no puede transmitir en el tenant; se admite: de 1 a { $max } caracteres, sin : / ? # %, espacios ni caracteres de control, y que no sea . ni ..
email-slash = contiene “/”, que no se puede enviar en la ruta de la solicitud; ingresa { -email-allowed }

## La configuración administrada del administrador, cuando no se aplica
managed-malformed = la configuración administrada { $file } no es válida ({ $problem }); no se aplica nada de ella: consulta a tu administrador
managed-untrusted-owner = No se aplicó la configuración administrada: { $path } no pertenece a un administrador (propietario { $owner })
managed-untrusted-group-or-others = No se aplicó la configuración administrada: el grupo u otros usuarios pueden escribir en { $path }
managed-untrusted-changed-by = No se aplicó la configuración administrada: { $who } puede modificar { $path }, no solo los administradores
managed-untrusted-not-a-file = No se aplicó la configuración administrada: { $path } no es un archivo normal
managed-untrusted-unreadable = No se aplicó la configuración administrada: no se puede verificar quién es el propietario de { $path } ({ $detail })

live-field-invalid = { $problem }
live-agent-id-needed = necesario con el estado en vivo activado: tu ID de agente de 8x8 (como agAglVJkg0TU28dok9y9UQKg), aunque las acciones usen tu correo
state-live-paused = Grabación en pausa · { $elapsed } — confirmado por 8x8
state-live-paused-aw = Grabación pausada desde Agent Workspace · { $elapsed } — confirmado por 8x8
state-live-recording = Grabando — confirmado por 8x8
state-live-no-call = Sin llamada — confirmado por 8x8
state-live-not-recorded = En una llamada que no se graba — confirmado por 8x8
state-live-lost-paused = En pausa desde las { $time } · { $elapsed } — se perdió el estado en vivo: sin verificar
live-host-unknown = 8x8 aún no publica un host de Event Streaming para { $cluster }: indica el host de Event Streaming (host o host:puerto)
live-credential-empty = vacía: pega la credencial de Event Streaming (una clave de Admin Console que empieza con eght_, o el Data Request Token)
live-credential-invalid = no es una credencial: como máximo { $max } caracteres imprimibles sin espacios

## Relay mode: the relay's refusals
outcome-device-revoked = El relé rechazó la clave de esta computadora: fue revocada — pide a tu administrador un nuevo código de registro
outcome-device-unknown = El relé no conoce la clave de esta computadora — regístrala de nuevo con un código de tu administrador
outcome-relay-limited = El relé está limitando las solicitudes de esta computadora — no se envió nada a 8x8; inténtalo de nuevo en un momento
outcome-relay-unreachable = No se pudo conectar con el relé — no se envió nada a 8x8
outcome-relay-failed = Error del relé (HTTP { $status }) — estado de la grabación sin confirmar
verdict-device-refused = El relé rechazó la clave de esta computadora: regístrala de nuevo con un código nuevo de tu administrador.
verdict-relay-limited = El relé está limitando las solicitudes en este momento, así que no se pudo revisar la configuración: inténtalo en un minuto.
verdict-relay-unreachable = No se pudo conectar con el relé: revisa su dirección, el proxy y tu red.
relay-url-invalid = { $value } no es una dirección de relé: escribe https://host o https://host:puerto ({ $detail })
