## rcctl, the command-line tool. Commands (rcctl setup, rcctl resume), flags
## (--email, --direct), environment variables (RCCTL_TOKEN, RCCONTROL_LANG),
## file paths and key names stay exactly as they are.

## Around every error and warning.

# "rcctl" is the program name: keep it. $message: the error, already a sentence.
rcctl-error = rcctl: { $message }
# $message: the warning, already a sentence.
rcctl-warning = rcctl: aviso: { $message }
# $variable: the environment variable's name (RCCONTROL_LANG). $given: its value.
# $allowed: the language tags it accepts, comma-separated.
rcctl-language-unknown = { $variable }: "{ $given }" não está disponível; use auto ou um destes: { $allowed }

## What rcctl was doing when a local file or the terminal failed.
## The system's error follows after a colon.

rcctl-doing-runtime = não foi possível iniciar o runtime assíncrono
# $path: a file
rcctl-doing-read = não foi possível ler { $path }
rcctl-doing-remove = não foi possível remover { $path }
rcctl-doing-write-csv = não foi possível gravar o CSV
rcctl-doing-read-demo-log = não foi possível ler o log de auditoria da demo
rcctl-doing-token-terminal = não foi possível ler o token no terminal
rcctl-doing-token-stdin = não foi possível ler o token da entrada padrão

## rcctl pause / rcctl resume: the line after the action.

# $message: what 8x8 answered (one of the outcome sentences). $http: "HTTP 200" or
# "no HTTP answer". $ms: milliseconds the action took.
rcctl-report-line = { $message } ({ $http }, { $ms } ms)
# Like rcctl-report-line, when the request was sent more than once. $attempts: how many times.
rcctl-report-line-attempts = { $message } ({ $http }, { $ms } ms, { $attempts ->
        [one] { $attempts } tentativa
       *[other] { $attempts } tentativas
    })
# $status: the HTTP status code, e.g. 200
rcctl-report-http = HTTP { $status }
rcctl-report-no-http = sem resposta HTTP
# The desktop app could not be reached, so rcctl sends the action itself.
# $error: why the app could not be reached.
rcctl-app-unreachable = { $error }; chamando a 8x8 diretamente
rcctl-app-other-user = o socket de controle { $address } é servido por outro usuário ({ $found }; você é { $ours }): nada foi enviado a ele
# The desktop app answered but did not do the action. $action: pause or resume
# (the command); $reason: the app's explanation.
rcctl-app-refused = o app Recording Control está aberto, mas não { $action ->
        [pause] pausou
       *[other] retomou
    } a gravação: { $reason }
# The path in RCCTL_SOCKET cannot be used. $variable: RCCTL_SOCKET; $error: why.
rcctl-socket-unusable = { $variable }: { $error }; o app não será usado
rcctl-app-answered-status = o app respondeu com um status em vez de um relatório
# The request went to the desktop app but no answer came back. $error: what went
# wrong; $action: pause or resume.
rcctl-app-no-reply = { $error } — estado da gravação não confirmado (o app ainda pode { $action ->
        [pause] pausar
       *[other] retomar
    } a gravação)

## rcctl status: one line per item, a label then its value.
## Keep each label short: the values are aligned after the longest one.

rcctl-status-settings-file = Configurações:
# Why the settings cannot be used (the reason follows).
rcctl-status-problem = Problema:
# The 8x8 cluster, e.g. vcc-na7.8x8.com
rcctl-status-cluster = Cluster:
# The company's tenant name in 8x8
rcctl-status-tenant = Tenant:
rcctl-status-email = E-mail do agente:
rcctl-status-agent-id = ID do agente:
# Shown when neither the e-mail nor the agent ID is set.
rcctl-status-agent = Agente:
# An extra certificate authority file to trust.
rcctl-status-ca-file = Arquivo de CA:
rcctl-status-proxy = Proxy:
# Whether servers outside 8x8.com are accepted.
rcctl-status-custom-hosts = Outros hosts:
# The action token (never shown, only whether it is there).
rcctl-status-token = Token de ação:
# The keychain account (tenant@host) the token is for
rcctl-status-account = Conta:
rcctl-status-keychain = Chaveiro:
# The recording state as last known.
rcctl-status-state = Estado:
# How pause and resume are sent: through the running app, or directly to 8x8.
rcctl-status-via = Envio:
rcctl-status-audit-log = Log de auditoria:
# The administrator's managed configuration file.
rcctl-status-managed = Config. gerenciada:

# No proxy is set: the proxy environment variables (HTTPS_PROXY) apply.
rcctl-status-proxy-environment = - (variáveis de ambiente)
rcctl-status-custom-hosts-allowed = permitidos
rcctl-status-custom-hosts-no = não
rcctl-status-token-env = presente (RCCTL_TOKEN)
rcctl-status-token-env-elsewhere = definido, mas não para este tenant e host (RCCTL_TOKEN_FOR): não é usado
rcctl-status-token-keychain = presente (chaveiro do sistema)
rcctl-status-token-unknown = desconhecido (chaveiro inacessível)
rcctl-status-token-absent = ausente
# $service: the keychain's name, e.g. Secret Service
rcctl-status-keychain-reachable = acessível ({ $service })
# $version: the desktop app's version number
rcctl-status-via-app = pelo app { $version }
# The desktop app runs in its demo mode, against a simulator. Keep "DEMO" as the app shows it.
rcctl-status-via-app-demo = pelo app { $version } (DEMO)
rcctl-status-via-direct-flag = direto (--direct)
rcctl-status-via-direct-no-app = direto (o app não está aberto)
# $problem: why the app gave no usable answer
rcctl-status-via-direct-problem = direto (problema no app: { $problem })
# $error: the system's error
rcctl-status-problem-runtime = não foi possível iniciar o runtime assíncrono: { $error }
# $answer: the app's error message
rcctl-status-problem-app-error = o app respondeu: { $answer }
rcctl-status-problem-action-report = o app respondeu com um relatório de ação
# The managed configuration file is there but broken. $problem: what is wrong.
rcctl-status-managed-not-applied = NÃO APLICADA: { $problem }
# $path: the managed configuration file
rcctl-status-managed-defaults = { $path } (padrões, sem bloqueios)
# $fields: the setting names the administrator locked, e.g. tenant, email
rcctl-status-managed-locked = { $path } (bloqueados: { $fields })
rcctl-status-managed-none = nenhuma

## rcctl log

# $path: the audit log file
rcctl-log-empty = Nenhuma ação registrada ainda ({ $path }).
# $ms: milliseconds
rcctl-log-latency = { $ms } ms

## rcctl setup

# $flags: the missing command-line flags, e.g. --cluster, --tenant
rcctl-setup-needs = faltam { $flags } para o setup (não foram definidos antes nem por uma configuração gerenciada)
# $path: where the unreadable old settings file was moved
rcctl-setup-kept-corrupt = o arquivo de configurações anterior estava inválido; ele foi guardado como { $path }
# The prompt for the secret action token; the typed characters are not shown.
rcctl-setup-token-prompt = Token de ação (não aparece na tela):
# $path: the settings file
rcctl-setup-saved = Configurações salvas em { $path }
rcctl-setup-no-token = Nenhum token armazenado: informe-o em RCCTL_TOKEN.
# $keychain: the keychain's name, e.g. Secret Service. $service and $account: the
# entry's service and account, as the keychain lists them.
rcctl-setup-token-stored = Token armazenado no chaveiro do sistema: { $keychain }, serviço "{ $service }", conta "{ $account }".
# Use the same words as outcome-no-call-resume begins with.
rcctl-setup-check = Teste quando NÃO estiver em uma chamada: `rcctl resume` deve responder "Nenhuma chamada ativa".

## rcctl forget

# $account: the keychain account, e.g. acme01@vcc-na7.8x8.com
rcctl-forget-token-removed = Token de { $account }: removido do chaveiro do sistema
rcctl-forget-token-none = Token de { $account }: nenhum estava armazenado
# $path: a file that was deleted
rcctl-forget-removed = Removido: { $path }
# $path: the audit log file, which forget does not delete
rcctl-forget-log-kept = O log de auditoria foi mantido: { $path }

## rcctl demo: a built-in simulator of 8x8; no real account or call.
## Keep "DEMO": it marks every demo line.

# $line: the rest of the line
rcctl-demo-line = DEMO  { $line }
# $url: the simulator's address. $tenant and $email: the demo tenant and agent.
rcctl-demo-welcome = Recording Control conectado a um simulador 8x8 integrado em { $url } (tenant { $tenant }, agente { $email }, em uma chamada).
# "help" is a demo command: keep it.
rcctl-demo-welcome-help = Nenhuma conta ou chamada real é afetada. Digite `help` para ver os comandos.
rcctl-demo-call-started = O agente agora está em uma chamada (gravando).
rcctl-demo-call-ended = A chamada terminou.
rcctl-demo-recording-enabled = Gravação habilitada para o agente.
rcctl-demo-recording-disabled = Gravação desabilitada para o agente.
# $believed: what Recording Control believes (a state line); $truth: the simulator's real state.
rcctl-demo-status = Segundo o app: { $believed } · estado real no simulador: { $truth }
rcctl-demo-truth-no-call = nenhuma chamada
rcctl-demo-truth-paused = em chamada, pausada
rcctl-demo-truth-recording = em chamada, gravando
rcctl-demo-truth-unknown = desconhecido
# One audit log entry. $time, $trigger, $action and $outcome are log values and stay in English.
rcctl-demo-log-entry = { $time }  { $trigger } { $action } → { $outcome } ({ $ms } ms)
# $command: what was typed. "help" is a demo command: keep it.
rcctl-demo-unknown-command = Comando desconhecido: "{ $command }". Digite `help`.

## rcctl demo: the list of commands ("help"). The commands themselves stay in English.

rcctl-demo-help-title = Comandos da DEMO:
rcctl-demo-help-pause = pausar a gravação
rcctl-demo-help-resume = retomar a gravação
rcctl-demo-help-call-start = o agente simulado atende uma chamada
rcctl-demo-help-call-end = a chamada termina (depois disso, pause responde "Nenhuma chamada ativa")
rcctl-demo-help-enable = desligar/ligar a gravação para o agente
rcctl-demo-help-status = o estado presumido
rcctl-demo-help-log = as últimas ações do log de auditoria (temporário)
rcctl-demo-help-help = esta lista
rcctl-demo-help-quit = sair da demo

## Estado ao vivo (8x8 Event Streaming). A credencial nunca é mostrada.

rcctl-doing-credential-terminal = lendo a credencial do Event Streaming no terminal
rcctl-doing-credential-stdin = lendo a credencial do Event Streaming da entrada padrão
rcctl-setup-credential-prompt = Credencial do Event Streaming (entrada oculta):
rcctl-setup-credential-own-step = --stream-credential é uma etapa à parte: o token de ação e a credencial do Event Streaming nunca são lidos na mesma execução. Guarde primeiro o token de ação para { $account } (`rcctl setup` sem --stream-credential) e depois execute `rcctl setup --stream-credential`.
rcctl-setup-credential-stored = Credencial do Event Streaming guardada no chaveiro do sistema: { $keychain }, serviço "{ $service }", conta "{ $account }".
rcctl-setup-live-off = O estado ao vivo está desligado: ligue-o com `rcctl setup --live-state on --stream-agent-id ID`.
rcctl-setup-no-credential = O estado ao vivo está ligado, mas nenhuma credencial do Event Streaming está guardada para { $account }: guarde-a com `rcctl setup --stream-credential`.
rcctl-status-live = Estado ao vivo:
rcctl-status-live-live = conectado — estados confirmados pela 8x8
rcctl-status-live-connecting = conectando ao 8x8 Event Streaming
rcctl-status-live-down = fora do ar: não verificado
rcctl-status-live-rejected = a 8x8 recusou a credencial do Event Streaming
rcctl-status-live-off = desligado
rcctl-status-live-no-credential = ligado, mas nenhuma credencial do Event Streaming guardada para { $account }: execute `rcctl setup --stream-credential`
rcctl-status-live-unknown = ligado; desconhecido (o app em execução não informa)
rcctl-status-live-no-app = ligado; não conectado (o app não está em execução)
rcctl-forget-credential-removed = Credencial do Event Streaming para { $account }: removida do chaveiro do sistema
rcctl-forget-credential-none = Credencial do Event Streaming para { $account }: nenhuma estava guardada

## Relay mode
rcctl-relay-needs-code = --relay precisa de --enroll CÓDIGO: o código de inscrição de uso único do administrador
rcctl-relay-needs-url = --enroll precisa de --relay URL (o endereço do relay), a menos que a configuração gerenciada do administrador defina relay_url
rcctl-relay-no-credential = No modo relay, o relay fornece o estado ao vivo: nenhuma credencial de Event Streaming é guardada neste computador
rcctl-relay-enrolled = Inscrito em { $relay }: este computador ({ $device }) age por { $email } no tenant { $tenant }. Nenhum token de ação é guardado neste computador.
rcctl-relay-key-stored = Chave do dispositivo guardada no chaveiro do sistema: { $keychain }, serviço "{ $service }", conta "{ $account }".
rcctl-relay-live-on = Estado ao vivo: ligado (fornecido pelo relay).
rcctl-relay-live-off = Estado ao vivo: desligado (o relay não o fornece para você).
rcctl-status-relay = Relay:
rcctl-status-relay-off = desligado (direto para a 8x8)
rcctl-status-token-device-key = nenhum neste computador: modo relay, a chave do dispositivo está no chaveiro do sistema
rcctl-status-token-no-device-key = nenhum: modo relay, mas sem chave do dispositivo — não inscrito (rcctl setup --enroll CÓDIGO)
