## The tray app: menu, notifications, badge, desktop problems.
## "Recording Control" is the product name; "DEMO" marks the built-in simulator; keep "rcctl" and key names as they are.

app-name = Recording Control

## Tray menu

tray-pause = Pausar gravação
tray-resume = Retomar gravação
# A menu item; $label is "Pause recording" or "Resume recording", $key the hotkey, e.g. Ctrl+Alt+P
tray-with-key = { $label }    { $key }
tray-settings = Configurações…
tray-demo = Experimentar a demo
tray-leave-demo = Sair da demo
tray-log = Abrir log
tray-autostart = Iniciar ao fazer login
tray-quit = Sair
# Shown instead of "Quit" while the recording is paused: choosing it resumes first.
tray-resume-and-quit = Retomar e sair
# The tray icon's tooltip; $line is the state line, e.g. "Recording paused · 2:14"
tray-tooltip = Recording Control — { $line }
not-configured = Não configurado
# The state line in demo mode; $line is the state line
demo-line = DEMO · { $line }

## Words used inside notifications

action-pause = pausa
action-resume = retomada
# How an action was triggered, after "via"
trigger-name = { $trigger ->
        [hotkey] tecla de atalho
        [tray] menu da bandeja
        [socket] rcctl
        [cli] rcctl
        [window] janela de configurações
        [timer] temporizador
        [rule] regra de pausa automática
        [link] link
        [notification] notificação
        [badge] indicador na tela
        [exit] encerramento do app
       *[other] { $trigger }
    }
# Short durations: "45 s", "2 min", "1 h 5 min"
duration-seconds = { $s } s
duration-minutes = { $min } min
duration-hours = { $h } h { $min } min

## Notifications after an action

# $action: "pause" or "resume" (from action-pause/action-resume); $message: what 8x8 answered
notify-toggle = Alternar ({ $action }): { $message }
notify-timer-resumed = Gravação retomada automaticamente (tempo máximo de pausa atingido)
notify-timer-failed = Falha na retomada automática: { $message }
# $rule: the auto-pause rule that matched, e.g. "Card details"
notify-rule-paused-named = Gravação pausada: janela de pagamento em primeiro plano (regra { $rule })
notify-rule-paused = Gravação pausada: janela de pagamento em primeiro plano
notify-rule-resumed = Gravação retomada: a janela de pagamento não está mais em primeiro plano
notify-rule-failed = Regra de pausa automática: { $message }
# The second line: "pause via hotkey · HTTP 200 · 42 ms"; $status is "HTTP 200" or notify-no-answer
notify-details = { $action } via { $trigger } · { $status } · { $ms } ms
notify-no-answer = sem resposta
notify-http = HTTP { $code }
notify-demo-prefix = DEMO · { $text }

## Reminders while paused

# $duration: how long it has been paused, e.g. "2 min"
reminder-certain = Gravação ainda pausada ({ $duration }) — retomar?
reminder-uncertain = A gravação talvez ainda esteja pausada ({ $duration })
# A pause or resume got no clear answer (timeout, network or server error)
reminder-unsure-body = A 8x8 não confirmou a última pausa ou retomada. Clique em Retomar para garantir que a chamada seja gravada.
# A pause older than one unanswered reminder; $duration: how long ago it was accepted
reminder-same-call = Ainda é a mesma chamada? Pausada há { $duration } — a gravação pode estar ativa de novo
reminder-same-call-body = O app não vê quando uma chamada termina, e uma chamada nova é gravada desde o início. Clique em Pausar se esta chamada precisa estar pausada, ou em Retomar se não.
reminder-auto = Clique em Retomar quando terminar de coletar os dados do cartão. Retomada automática em { $duration }.
reminder-plain = Clique em Retomar quando terminar de coletar os dados do cartão.
# Buttons of the reminder notification
reminder-button = Retomar
reminder-button-long = Retomar gravação
reminder-button-pause = Pausar

## On-screen badge while paused

# The badge's window title (screen readers and window lists show it)
badge-title = Recording Control — gravação pausada
# The badge text; $elapsed is m:ss or h:mm:ss. Keep it short and in capitals where the language has them.
badge-line = ● GRAVAÇÃO PAUSADA { $elapsed }
badge-resume = Retomar
badge-tooltip = A gravação da chamada está pausada. Clique em Retomar para voltar a gravar.
# The badge while the pause is in doubt (no clear answer, or the call may have ended)
badge-title-unsure = Recording Control — talvez pausada
badge-line-unsure = ● TALVEZ PAUSADA { $elapsed }
badge-tooltip-unsure = A 8x8 não confirmou, ou a chamada pode ter terminado: a gravação pode estar pausada ou ativa. Clique em Retomar para garantir que ela grave.

## The app itself

quit-notice = O Recording Control foi encerrado.
nothing-sent = Nada foi enviado
# A press repeated within the press throttle; $action: pause or resume; $window: e.g. 1 s
press-ignored-title = Ignorado: { $action } pressionado de novo em menos de { $window }
press-ignored-body = Vale o primeiro toque. Pressione de novo depois se era essa a intenção.
# $detail: the technical reason (English)
demo-failed = Não foi possível iniciar a demo
autostart-failed = Não foi possível alterar a opção Iniciar ao fazer login
something-missing = Recording Control: está faltando algo
managed-not-applied = Configuração gerenciada não aplicada
not-configured-title = O Recording Control não está configurado
# $reason: why, e.g. "Not configured — open Settings… or try the demo"
not-configured-body = { $reason }. No menu da bandeja, abra Configurações… ou escolha Experimentar a demo.
not-configured-reason = Não configurado — abra Configurações… ou experimente a demo
# $detail: the technical reason (English)
not-configured-detail = Não configurado: { $detail }
demo-title = Recording Control — DEMO
demo-body = Conectado ao simulador 8x8 integrado: nenhuma chamada real é afetada.
window-title = Recording Control — Configurações
# $action: pause or resume (from action-pause/action-resume); $since and $window in milliseconds
throttled = ignorado: a { $action } foi acionada há { $since } ms; acionamentos repetidos da mesma ação em menos de { $window } ms são descartados
shutting-down = o app está sendo encerrado

## Failures of the settings window's calls and of the tray

error-unknown-call = A janela de configurações pediu uma chamada que este app não conhece: { $call }
error-bad-argument = A janela de configurações enviou um argumento inválido — { $field }: { $problem }
error-settings-file = Não foi possível salvar o arquivo de configurações: { $detail }
error-window-titles = Não foi possível ler os títulos das janelas abertas: { $detail }
error-audit-read = Não foi possível ler o log de auditoria: { $detail }
error-no-downloads = Não há pasta de Downloads nem pasta pessoal onde gravar
error-write = Não foi possível gravar { $path }: { $detail }
error-icon = Não foi possível carregar o ícone da bandeja { $name }: { $detail }
error-tray = O ícone da bandeja falhou: { $detail }
error-internal = O app não conseguiu codificar sua resposta: { $detail }
error-too-large = A resposta era grande demais para ser exibida

## Links (rccontrol://pause)

link-unknown-title = Link ignorado
link-unknown-body = O Recording Control só entende rccontrol://pause e rccontrol://resume.
link-off-title = Um link pediu a { $action } da gravação: ignorado
link-off-body = Os links rccontrol:// estão desativados. Ative-os em Configurações → Segurança se o seu CRM usa esses links.
# A link asks to pause and waits for the agent's confirmation
link-confirm-title = Um link pede para pausar a gravação
link-confirm-body = Clique em Pausar para pausar. Ignore se você não clicou em um link de pausa: páginas da web também podem abrir links.
link-confirm-button = Pausar
# The same where notifications have no buttons (Windows, macOS)
link-confirm-body-no-button = Clique em Pausar no menu da bandeja, ou use o atalho de Pausar. Ignore se você não clicou em um link de pausa: páginas da web também podem abrir links.

## The control socket

socket-failed-title = O rcctl não consegue se comunicar com o app
socket-failed-body = Não foi possível iniciar o socket de controle: { $detail }. O rcctl vai chamar a 8x8 diretamente.

## Desktop problems

no-notification-daemon = Nenhum serviço de notificações em execução: os resultados aparecem só no menu da bandeja e no log. Inicie o serviço de notificações do seu ambiente gráfico (ex.: dunst).
no-session-bus = Sem barramento de sessão para as notificações ({ $detail }): os resultados aparecem só no menu da bandeja e no log.
no-tray = Nenhuma bandeja do sistema encontrada: o ícone não fica visível. Use as teclas de atalho ou `rcctl`; abrir o app de novo mostra a janela de configurações.

## Global hotkeys

hotkeys-unavailable-title = As teclas de atalho globais não estão disponíveis
# $key: a key combination, e.g. Ctrl+Alt+P
hotkey-inactive-title = A tecla de atalho { $key } não está ativa
hotkey-register-failed = Não foi possível registrar { $key } ({ $detail }); escolha outra tecla nas Configurações
hotkey-taken-elsewhere = já está em uso por outro aplicativo
hotkeys-no-display = As teclas de atalho globais precisam de um display X11, e esta sessão não tem (Wayland). Em vez disso, associe `rcctl pause` e `rcctl resume` a atalhos nas configurações de teclado do seu ambiente gráfico.

## Wayland: shortcuts through the desktop's own dialog (XDG desktop portal)

# The names the desktop shows in its shortcut dialog
portal-pause-description = Pausar a gravação da chamada
portal-resume-description = Retomar a gravação da chamada
portal-toggle-description = Pausar ou retomar a gravação da chamada
portal-bound-title = Atalhos definidos pelo seu ambiente gráfico
# $list: the bound shortcuts, e.g. "Pause: Ctrl+Alt+P, Resume: Ctrl+Alt+R"
portal-bound-body = { $list }
portal-binding = { $name }: { $trigger }
portal-unbound = não definido
portal-unavailable-title = Seu ambiente gráfico não oferece atalhos globais para apps
# $detail: the technical reason (English)
portal-unavailable-body = Em vez disso, associe `rcctl pause` e `rcctl resume` a atalhos nas configurações de teclado do seu ambiente gráfico. ({ $detail })
portal-cancelled = A janela de atalhos foi fechada sem definir teclas. Abra as Configurações para tentar de novo.
hotkey-role-pause = Pausar
hotkey-role-resume = Retomar
hotkey-role-toggle = Alternar
settings-window-failed = Não foi possível abrir a janela de configurações
settings-window-restart = O Recording Control foi atualizado: feche-o pela bandeja do sistema e abra-o novamente para ver as configurações.

live-paused-confirmed = Gravação pausada — confirmado pela 8x8
live-resumed-confirmed = Gravação retomada — confirmado pela 8x8
live-not-reported-title = A 8x8 aceitou “{ $action }”, mas não informou a mudança
live-not-reported-body = Talvez a gravação não tenha mudado (por exemplo, se ela ainda não tinha começado nesta chamada). O ícone mostra agora o que a 8x8 informa.
live-elsewhere-paused-aw = A gravação foi pausada pelo Agent Workspace
live-elsewhere-resumed-aw = A gravação foi retomada pelo Agent Workspace
live-elsewhere-paused-api = A gravação foi pausada por outro aplicativo
live-elsewhere-resumed-api = A gravação foi retomada por outro aplicativo
live-elsewhere-body = Informado pelo fluxo de eventos da 8x8.
live-new-call = Nova chamada — gravando
live-new-call-unrecorded = Nova chamada — sem gravação
live-new-call-body = A pausa da chamada anterior não vale para esta.
live-call-ended-paused = A chamada terminou em pausa — a pausa terminou com ela
live-down-title = Estado de gravação ao vivo perdido
live-down-body = Até o fluxo de eventos da 8x8 voltar, o ícone mostra o que o aplicativo supõe (não verificado).
live-up-title = O estado de gravação ao vivo voltou — confirmado pela 8x8
live-rejected-title = O Event Streaming recusou a credencial
live-rejected-body = O estado ao vivo fica desligado até a credencial do Event Streaming ser definida de novo (Configurações, ou rcctl setup --stream-credential).
live-no-credential = O estado ao vivo está ligado, mas nenhuma credencial do Event Streaming está guardada: defina-a nas Configurações (ou com rcctl setup --stream-credential).
badge-title-live = Recording Control — pausada (confirmado pela 8x8)
badge-line-live = ● GRAV. PAUSADA { $elapsed } ✓
badge-tooltip-live = A 8x8 informa que a gravação da chamada está pausada. Clique em Retomar para gravar de novo.
# $line: the tray's state line
state-line-live-down = { $line } · estado ao vivo perdido
state-line-live-rejected = { $line } · o Event Streaming recusou a credencial
live-confirmed-body = Confirmado pela 8x8.
error-relay = A inscrição no relay não foi concluída: { $detail }
