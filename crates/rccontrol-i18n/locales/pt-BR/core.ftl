## What 8x8 answered to a pause or resume: the main line of the notification.

outcome-paused = Gravação pausada
outcome-resumed = Gravação retomada
outcome-no-call-pause = Nenhuma chamada ativa — nada foi pausado
outcome-no-call-resume = Nenhuma chamada ativa — nada foi retomado
outcome-not-enabled = A gravação não está habilitada para você
outcome-unrecognised = A 8x8 respondeu de forma inesperada: estado da gravação não confirmado
# $status: the HTTP status code, e.g. 400
outcome-bad-request = A 8x8 recusou a solicitação (HTTP { $status }) — nada foi alterado
outcome-unauthorized = A 8x8 rejeitou o token — abra as Configurações
# $tenant: the company's tenant name in 8x8, e.g. acme01
outcome-agent-not-found = Agente não encontrado no tenant { $tenant }
outcome-server-error = Erro no servidor da 8x8 (HTTP { $status }) — estado da gravação não confirmado
outcome-redirected = A 8x8 respondeu com um redirecionamento (HTTP { $status }), que não foi seguido — verifique o cluster
outcome-timeout = Não foi possível conectar à 8x8 (tempo esgotado)
outcome-network = Não foi possível conectar à 8x8 (erro de rede)
outcome-tls = Não foi possível conectar à 8x8 com segurança (certificado TLS inválido ou não confiável)

## "Check settings": what a test resume (sent while not on a call) says about the settings.

verdict-good = Configurações corretas: a 8x8 aceitou o token e encontrou você (nenhuma chamada ativa).
verdict-good-resumed = Configurações corretas — mas você estava em uma chamada, e a gravação dela foi retomada.
verdict-not-enabled = Configurações corretas, mas a gravação não está habilitada para você: fale com o seu administrador.
verdict-unauthorized = A 8x8 rejeitou o tenant ou o token: verifique o tenant e cole o token de novo.
verdict-agent-not-found = A 8x8 não reconhece este agente no tenant: verifique o e-mail ou o ID de agente.
verdict-bad-request = A 8x8 recusou a solicitação: verifique o cluster.
verdict-redirected = O cluster respondeu com um redirecionamento: verifique o cluster.
verdict-tls = O certificado do servidor não é confiável: verifique o cluster ou adicione o arquivo de CA da sua empresa.
verdict-unreachable = Não foi possível conectar à 8x8: verifique o cluster, o proxy e a sua rede.
verdict-unclear = A 8x8 respondeu, mas de forma pouco clara: tente de novo em um minuto.

## The believed recording state: the first line of the tray menu and of the settings window.

state-unknown = Estado da gravação desconhecido
# $time: a clock time, e.g. 14:05 UTC
state-resumed-at = Gravando — retomada às { $time } (aceito pela 8x8; não verificado)
state-recording-unverified = Gravando (não verificado)
# $time: when 8x8 accepted the pause; $elapsed: how long since, m:ss or h:mm:ss
state-paused-at = Pausada às { $time } · { $elapsed } (aceito pela 8x8; não verificado)
# A pause whose answer proved nothing (timeout, network or server error)
state-maybe-paused = Talvez pausada desde { $time } · { $elapsed } (a 8x8 não confirmou)
# An accepted pause older than one unanswered reminder: the call may have ended
state-call-may-have-ended = Pausada às { $time } — a chamada pode ter terminado: a gravação pode estar ativa de novo (não verificado)
state-no-call = Nenhuma chamada ativa
state-not-enabled = A gravação não está habilitada para você
# $message: why the last action failed (one of the outcome messages)
state-error = Erro: { $message }

## Refused settings. Each follows the setting's name, e.g. "tenant: is empty; …".
## Setting names, key names, URLs, "https://" and command-line flags stay as they are.

-cluster-allowed = informe um nome de cluster como vcc-na7, um host como vcc-na7.8x8.com ou cole a URL de login do Agent Workspace (https://vcc-na7.8x8.com/AGUI/…)
cluster-empty = está vazio; { -cluster-allowed }
cluster-spaces = contém espaços ou caracteres de controle; { -cluster-allowed }
cluster-http = http:// não é permitido: a 8x8 só é acessada por https://
# $scheme: what the address started with, e.g. ftp
cluster-scheme = { $scheme }:// não é permitido: use https://
# $value: what was typed, in quotes
cluster-not-a-name = { $value } não é um nome de cluster (só letras, números e '-'); { -cluster-allowed }
# $detail: the URL parser's technical reason (English)
cluster-not-a-url = { $value } não é um host ou uma URL válida ({ $detail }); { -cluster-allowed }
cluster-credentials = não pode conter nome de usuário nem senha; cole o endereço sem as credenciais
cluster-no-host = { $value } não tem host; { -cluster-allowed }
# $host: a host name without a dot, e.g. h00
cluster-one-label = { $host } não tem ponto: se for salvo assim, será lido como o cluster 8x8 { $host }.8x8.com; informe o nome completo do host (ex.: { $host }.example.com) ou um endereço IP
cluster-not-8x8 = { $host } não é um host da 8x8 (*.8x8.com); { -cluster-allowed } ou, para um servidor de teste, permita explicitamente hosts personalizados (--allow-custom-host)

## For the tenant and the agent ID. $max: the longest allowed length (128).
id-empty = está vazio; permitido: de 1 a { $max } caracteres, sem / ? # %, espaços ou caracteres de controle, e diferente de . e ..
id-too-long = tem mais de { $max } caracteres; permitido: de 1 a { $max } caracteres, sem / ? # %, espaços ou caracteres de controle, e diferente de . e ..
# $kind: space, control or other; $char: the character (quoted) or its code, e.g. U+0007
id-bad-char = contém { $kind ->
        [space] um espaço
        [control] um caractere de controle ({ $char })
       *[other] { $char }
    }; permitido: de 1 a { $max } caracteres, sem / ? # %, espaços ou caracteres de controle, e diferente de . e ..
id-dots = não pode ser "{ $value }"; permitido: de 1 a { $max } caracteres, sem / ? # %, espaços ou caracteres de controle, e diferente de . e ..

-email-allowed = um endereço como nome.sobrenome@example.com (exatamente um @, sem espaços)
email-empty = está vazio; informe { -email-allowed }
email-too-long = tem mais de { $max } caracteres
email-bad-char = contém { $kind ->
        [space] um espaço
        [control] um caractere de controle ({ $char })
       *[other] { $char }
    }; informe { -email-allowed }
# $count: how many @ the address has (0, 2, 3…)
email-ats = { $count ->
        [0] não tem nenhum '@'
        [one] tem { $count } caractere '@'
       *[other] tem { $count } caracteres '@'
    }; informe { -email-allowed }
email-no-local = não tem nada antes do @; informe { -email-allowed }
email-no-domain = não tem nada depois do @; informe { -email-allowed }
identity-both = informe um e-mail ou um ID de agente, não os dois

token-empty = está vazio; cole o token de ação do Configuration Manager
token-too-long = é longo demais; cole apenas o token de ação (os tokens da 8x8 têm de 32 a 64 caracteres)
token-spaces = contém espaços ou caracteres de controle; cole apenas o token de ação
# The token field when cluster, tenant, proxy or CA file changed without a new token
token-needed-again = é necessário de novo: o cluster, o tenant, o proxy ou o arquivo de CA mudou, e o token salvo nunca é enviado a um destino para o qual não foi fornecido; cole o token de ação

-proxy-allowed = uma URL como http://proxy.example.com:3128 (http ou https)
proxy-not-a-url = { $value } não é uma URL ({ $detail }); informe { -proxy-allowed }
proxy-scheme = o esquema { $scheme }:// não é compatível; informe { -proxy-allowed }
proxy-no-host = não tem host; informe { -proxy-allowed }
# $detail: the HTTP library's technical reason (English)
proxy-refused = foi recusado: { $detail }

# $file: a file path; $detail: the system's reason (English)
ca-unreadable = não é possível ler { $file }: { $detail }
ca-not-pem = { $file } não é um arquivo de certificado PEM: { $detail }
ca-empty = { $file } não contém nenhum certificado PEM (esperado: -----BEGIN CERTIFICATE-----)

field-unknown = campo desconhecido: { $name }
# $file: the administrator's managed configuration file
field-locked = foi bloqueado pelo seu administrador em { $file }; não pode ser alterado aqui

-hotkey-allowed = uma tecla com modificadores, como Ctrl+Alt+P ou Ctrl+Shift+F9, ou uma tecla de mídia sozinha (MediaPause, MediaTrackNext, AudioVolumeMute…)
hotkey-two-keys = { $value } tem mais de uma tecla; use { -hotkey-allowed }
hotkey-unknown-key = { $key } não é uma tecla reconhecida pelo app; use { -hotkey-allowed }
hotkey-no-key = { $value } só tem modificadores, nenhuma tecla; use { -hotkey-allowed }
hotkey-bare = { $key } sem modificador (ou só com Shift) capturaria a digitação normal; adicione Ctrl, Alt ou Super
hotkey-unsupported = { $key } não pode ser usada no Linux/X11 (só no Windows e no macOS); use MediaPlay, MediaPause ou MediaTrackNext
hotkey-not-media-on-windows = No Windows, { $key } não é uma tecla de mídia: ela seria registrada como a tecla Pause/Break ou Play, não como a que um headset envia; use uma destas: { $keys }
# $other: the name of the other hotkey setting, e.g. "pause hotkey"
hotkey-taken = { $key } já está em uso em { $other }; escolha outra tecla

# $max: 50; $count: how many were given
rules-too-many = são permitidas no máximo { $max } regras, mas foram informadas { $count }
# $n: the rule's number in the list, from 1
rule-empty = a regra { $n } está vazia: informe parte do título de uma janela, por exemplo Dados do cartão
rule-too-long = a regra { $n } tem mais de { $max } caracteres
rule-bad-regex = a regra { $n } não é uma expressão regular válida ({ $detail }); desmarque “expressão regular” para buscar o texto exatamente como foi digitado

# $value: what was given; $min, $max: the allowed range in seconds
reminder-range = { $value } s não é permitido: informe 0 (desativado) ou de { $min } a { $max } segundos
max-pause-range = { $value } s não é permitido: informe 0 (sem limite) ou de { $min } a { $max } segundos (até 4 horas)
throttle-range = { $value } ms não é permitido: informe de 0 (desativado) a { $max } ms

# $value: what was given; $allowed: the language tags, e.g. "en-US, es-ES, …"
language-unknown = "{ $value }" não está disponível; use auto ou um destes: { $allowed }
# $value: what was given; $allowed: top-left, top-right, bottom-left, bottom-right
corner-unknown = { $value } não é um canto válido; use um destes: { $allowed }

# Client hardening
outcome-rate-limited = A 8x8 está limitando as solicitações (HTTP 429) — nada foi alterado; tente de novo em instantes
verdict-rate-limited = A 8x8 está limitando as solicitações agora (HTTP 429), então não foi possível verificar as configurações: tente de novo em um minuto.
# $max: the longest tenant accepted (128)
tenant-colon = contém ":", que a autenticação HTTP Basic não consegue transmitir no tenant; permitido: de 1 a { $max } caracteres, sem : / ? # %, espaços ou caracteres de controle, e diferente de . e ..
email-slash = contém "/", que não pode ser enviado no caminho da solicitação; informe { -email-allowed }

## A configuração gerenciada do administrador, quando não é aplicada
managed-malformed = a configuração gerenciada { $file } não é válida ({ $problem }); nada dela é aplicado — fale com seu administrador
managed-untrusted-owner = Configuração gerenciada não aplicada: { $path } não pertence a um administrador (proprietário { $owner })
managed-untrusted-group-or-others = Configuração gerenciada não aplicada: o grupo ou outros usuários podem gravar em { $path }
managed-untrusted-changed-by = Configuração gerenciada não aplicada: { $path } pode ser alterado por { $who }, não só por administradores
managed-untrusted-not-a-file = Configuração gerenciada não aplicada: { $path } não é um arquivo comum
managed-untrusted-unreadable = Configuração gerenciada não aplicada: não é possível verificar o proprietário de { $path } ({ $detail })

live-field-invalid = { $problem }
live-agent-id-needed = necessário com o estado ao vivo ligado: seu ID de agente 8x8 (como agAglVJkg0TU28dok9y9UQKg), mesmo quando as ações usam seu e-mail
state-live-paused = Gravação pausada · { $elapsed } — confirmado pela 8x8
state-live-paused-aw = Gravação pausada pelo Agent Workspace · { $elapsed } — confirmado pela 8x8
state-live-recording = Gravando — confirmado pela 8x8
state-live-no-call = Sem chamada — confirmado pela 8x8
state-live-not-recorded = Em uma chamada que não está sendo gravada — confirmado pela 8x8
state-live-lost-paused = Pausada às { $time } · { $elapsed } — estado ao vivo perdido: não verificado
live-host-unknown = A 8x8 ainda não publica um host de Event Streaming para { $cluster }: informe o host de Event Streaming (host ou host:porta)
live-credential-empty = vazia: cole a credencial do Event Streaming (uma chave do Admin Console que começa com eght_, ou o Data Request Token)
live-credential-invalid = não é uma credencial: no máximo { $max } caracteres imprimíveis sem espaços

## Relay mode: the relay's refusals
outcome-device-revoked = O relay recusou a chave deste computador: ela foi revogada — peça ao administrador um novo código de inscrição
outcome-device-unknown = O relay não conhece a chave deste computador — inscreva-o de novo com um código do administrador
outcome-relay-limited = O relay está limitando as solicitações deste computador — nada foi enviado à 8x8; tente de novo em instantes
outcome-relay-unreachable = Não foi possível alcançar o relay — nada foi enviado à 8x8
outcome-relay-failed = Falha no relay (HTTP { $status }) — estado da gravação não confirmado
verdict-device-refused = O relay recusou a chave deste computador: inscreva-o de novo com um novo código do administrador.
verdict-relay-limited = O relay está limitando as solicitações agora, então as configurações não puderam ser verificadas: tente de novo em um minuto.
verdict-relay-unreachable = Não foi possível alcançar o relay: verifique o endereço dele, o proxy e a sua rede.
relay-url-invalid = { $value } não é um endereço de relay: informe https://host ou https://host:porta ({ $detail })
