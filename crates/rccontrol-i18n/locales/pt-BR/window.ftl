## Settings window (ui/index.html, ui/app.js).
## A placeholder such as { $file } is filled in by the page; keep it as it is.
## Key names (Ctrl+Alt+P), file paths, "rcctl" commands and "8x8" stay as they are.

## Top of the window: title, state, buttons

# The window's title bar.
window-page-title = Recording Control — Configurações
# The product's name, as the page heading. Usually kept as it is.
window-app-name = Recording Control
# Shown for a moment while the page waits for the app.
window-loading = Carregando…
# Shown when the page cannot talk to the app. $message is the app's error text.
window-error = Erro: { $message }
# Banner at the top while the demo mode is on.
window-demo-banner = DEMO — conectado ao simulador 8x8 integrado. Nenhuma chamada real é afetada.
window-pause-button = Pausar gravação
window-resume-button = Retomar gravação
window-demo-start = Experimentar a demo
window-demo-leave = Sair da demo
# Shown under the buttons while the app sends the action to 8x8.
window-pausing = Pausando…
window-resuming = Retomando…
# Name, for screen readers, of the list of problems under the buttons (no tray icon, no notifications…).
window-environment-label = Problemas neste ambiente gráfico

## Settings set by an administrator (managed configuration)

# Banner when some fields are locked. $file is the path of the administrator's settings file.
window-managed-locked = Algumas configurações são definidas pelo seu administrador ({ $file }) e não podem ser alteradas aqui.
# Banner when the administrator only gives defaults. $file is the path of the administrator's settings file.
window-managed-defaults = Seu administrador fornece as configurações padrão ({ $file }).
# Tooltip of a locked field. $file is the path of the administrator's settings file.
window-locked-title = Definido pelo seu administrador em { $file }
# Added after the label of a locked field.
window-locked-note = · bloqueado: definido pelo seu administrador

## Language

window-language-heading = Idioma
window-language-label = Idioma do Recording Control
# First choice of the language list: follow the language of the computer.
window-language-auto = Automático (idioma do sistema)
window-language-help = Usado nesta janela, no menu da bandeja e nas notificações. Muda quando você salvar.

## Connection

window-connection-heading = Conexão
# An 8x8 cluster is the server group of the company's account.
window-cluster-label = Cluster
# Example text in the empty Cluster field. "vcc-na7" is a cluster name: keep it.
window-cluster-placeholder = vcc-na7, ou cole a URL de login do Agent Workspace
# Followed by an example address: https://vcc-na7.8x8.com/AGUI/…
window-cluster-help = Ele aparece no endereço da sua página de login do Agent Workspace:
# The company's account name at 8x8.
window-tenant-label = Tenant
# Title of the choice between "E-mail" and "Agent ID" below it.
window-identity-legend = Identificar-me por
window-identity-email = E-mail
window-identity-agent-id = ID de agente
# Example text in the empty E-mail field.
window-identity-email-placeholder = nome.sobrenome@example.com
# Example text in the empty Agent ID field.
window-identity-agent-id-placeholder = Seu ID de agente
# The secret key that allows pausing and resuming recordings.
window-token-label = Token de ação
window-token-help = Guardado só no chaveiro do sistema e nunca mais exibido. O token vale para todo o tenant: mantenha-o em sigilo.
# In the empty token field when a token is already stored. $service is the keychain's name, e.g. "Windows Credential Manager".
window-token-stored = Já guardado ({ $service }). Deixe vazio para mantê-lo.
# In the empty token field when no token is stored yet.
window-token-paste = Cole o token de ação
# A section that opens on click: settings for company networks.
window-network-summary = Rede corporativa
window-proxy-label = URL do proxy
# Example text in the empty Proxy field: an empty field uses the system's proxy settings.
window-proxy-placeholder = http://proxy.example.com:3128 (vazio: configurações do sistema)
window-ca-file-label = Arquivo de certificado CA adicional (PEM)
window-custom-host = Permitir servidor fora de *.8x8.com (só servidores de teste)

## Hotkeys

window-hotkeys-heading = Teclas de atalho
# “Record” is the button next to each hotkey (window-hotkey-record).
window-hotkeys-hint = Clique em “Capturar” e pressione as teclas (ou escolha uma tecla de mídia do seu headset). Vazio = desativado.
# Names of the three hotkeys, also used in other messages as $action or $hotkey.
window-hotkey-pause = Pausar
window-hotkey-resume = Retomar
# A hotkey that pauses when recording and resumes when paused.
window-hotkey-toggle = Alternar
# Button: start listening for the keys of a hotkey.
window-hotkey-record = Capturar
# Button: remove a hotkey.
window-hotkey-clear = Limpar
# Names, for screen readers, of the buttons and lists of each hotkey row.
window-hotkey-record-pause = Capturar o atalho Pausar
window-hotkey-record-resume = Capturar o atalho Retomar
window-hotkey-record-toggle = Capturar o atalho Alternar
window-hotkey-media-pause = Tecla de mídia para Pausar
window-hotkey-media-resume = Tecla de mídia para Retomar
window-hotkey-media-toggle = Tecla de mídia para Alternar
window-hotkey-clear-pause = Limpar o atalho Pausar
window-hotkey-clear-resume = Limpar o atalho Retomar
window-hotkey-clear-toggle = Limpar o atalho Alternar
# First entry of the media key list of each hotkey.
window-media-key-choose = Tecla de mídia…
# A media key that cannot be used on this computer. $key is the key's name, e.g. "MediaPlayPause".
window-media-key-unsupported = { $key } (só Windows/macOS)
# $keys is a list of key names, e.g. "MediaPlay, MediaPause".
window-media-note = Estas teclas de mídia só funcionam no Windows e no macOS, não aqui (X11): { $keys }
window-media-key-unsupported-windows = { $key } (não é tecla de mídia no Windows)
window-media-note-windows = No Windows, estas seriam registradas como as teclas Pause/Break e Play, não como as teclas de mídia do seu headset: { $keys }. Use Reproduzir/Pausar (MediaPlayPause), Parar, Próxima ou Anterior faixa, ou uma tecla de volume.
window-toggle-help = O atalho Alternar vem desativado: a 8x8 não informa ao app se a gravação está pausada, então ele pode enviar o contrário do que você quer. A notificação dele mostra qual ação foi enviada.
# Shown in a hotkey field while it waits for the keys.
window-hotkey-press-keys = Pressione as teclas…
# State of a hotkey, under its row.
window-hotkey-active = Ativo
window-hotkey-off = Desativado
# $reason is the app's explanation.
window-hotkey-not-active = Inativo: { $reason }
# $reason is the app's explanation.
window-hotkey-unavailable = Indisponível: { $reason }
window-hotkey-portal = Definido pelo seu ambiente gráfico (veja abaixo)
# Error after recording keys. $hotkey is Pause, Resume or Toggle; $problem is the app's explanation.
window-hotkey-error = Atalho { $hotkey }: { $problem }

## Shortcuts on Wayland desktops (set through the desktop, not by the app)

window-wayland-heading = Atalhos no Wayland
window-wayland-bound = Seu ambiente gráfico gerencia estes atalhos:
# One line per shortcut. $action is Pause, Resume or Toggle; $keys are the keys as the desktop shows them, e.g. "Ctrl+Alt+P".
window-wayland-binding = { $action }: { $keys } — definido nas configurações do seu ambiente gráfico
# A shortcut without keys yet. $action is Pause, Resume or Toggle.
window-wayland-binding-unset = { $action }: ainda sem teclas — defina-as nas configurações do seu ambiente gráfico
window-wayland-unavailable = Seu ambiente gráfico não oferece atalhos globais para apps.
window-wayland-failed = Seu ambiente gráfico não conseguiu configurar atalhos globais para este app.
# The desktop asked the agent to confirm the shortcuts and the agent closed that request.
window-wayland-cancelled = Os atalhos não foram configurados: a solicitação do ambiente gráfico foi cancelada.
# Shown while the app asks the desktop for the shortcuts.
window-wayland-setting-up = Configurando os atalhos com o seu ambiente gráfico…
# Followed by the commands "rcctl pause" and "rcctl resume".
window-wayland-commands = Para usar teclas mesmo assim, adicione estes comandos como atalhos personalizados nas configurações de teclado do seu ambiente gráfico:

## Safety

window-safety-heading = Segurança
window-safety-hint = Uma gravação esquecida em pausa é um incidente de conformidade. Estas opções evitam que isso aconteça por engano.
# Label of a number field; the number of seconds is typed in the field below.
window-reminder-label = Lembrete durante a pausa, a cada … segundos
window-reminder-help = O primeiro lembrete vem após esse tempo e se repete no mesmo intervalo. 0 = sem lembretes.
# Label of a number field; the number of seconds is typed in the field below.
window-max-pause-label = Retomar automaticamente após … segundos em pausa
window-max-pause-help = Contado a partir da primeira pausa: pressionar Pausar de novo não prolonga o prazo. 0 = nunca (padrão).
# Label of a number field; the number of milliseconds is typed in the field below.
window-throttle-label = Ignorar repetições da mesma ação em menos de … milissegundos
window-throttle-help = Evita cliques duplos e botões de headset que disparam mais de uma vez. 0 = desativado.

## On-screen badge shown while the recording is paused

window-badge-heading = Indicador na tela
window-badge-label = Mostrar um indicador na tela enquanto a gravação estiver pausada
window-badge-corner-label = Canto da tela
window-badge-corner-top-left = Superior esquerdo
window-badge-corner-top-right = Superior direito
window-badge-corner-bottom-left = Inferior esquerdo
window-badge-corner-bottom-right = Inferior direito

## Automatic pause in payment windows

window-rules-heading = Pausar automaticamente em janelas de pagamento
window-rules-hint = Enquanto uma janela cujo título contém um destes textos estiver em primeiro plano, a gravação fica pausada; quando nenhuma estiver, ela é retomada — mas só se uma regra a pausou. Uma pausa feita por você nunca é retomada por uma regra.
# Name, for screen readers, of the list of rules.
window-rules-label = Regras de pausa automática
# $reason is the app's explanation.
window-rules-unavailable = Indisponível neste ambiente gráfico: { $reason }. As regras são mantidas, mas não têm efeito aqui.
# $method is the technical way the app sees windows, e.g. "X11".
window-rules-watching = Monitorando a janela em primeiro plano ({ $method }).
# $method is the technical way the app sees windows, e.g. "X11".
window-rules-ready = Funciona aqui ({ $method }) assim que uma regra for salva.
window-rule-add = Adicionar regra
window-rules-preview = Testar com as janelas abertas
# Column headers of the test table.
window-rules-preview-title = Título da janela
window-rules-preview-rule = Regra correspondente
# In the test table: this window would pause the recording. $rule is the matching rule.
window-rules-preview-pauses = pausa ({ $rule })
window-rules-preview-none = Nenhuma janela com título está aberta.
# Example text in an empty rule field: a part of a payment window's title.
window-rule-placeholder = Dados do cartão
# Name, for screen readers, of a rule field. $number is the rule's number (1, 2, …).
window-rule-pattern-label = Regra { $number }: parte do título de uma janela
# Checkbox next to a rule: the rule is a regular expression, not plain text.
window-rule-regex = expressão regular
window-rule-remove = Remover
# Name, for screen readers, of the Remove button. $number is the rule's number (1, 2, …).
window-rule-remove-label = Remover a regra { $number }

## Links from other programs

# CRM: the customer database program the agent works in.
window-links-heading = Links do seu CRM
# Followed by the two links, rccontrol://pause and rccontrol://resume.
window-deep-link-label = Aceitar links de pausar e retomar
window-link-confirm-label = Perguntar antes de um link pausar a gravação
window-link-confirm-help = Uma página da web também pode abrir um link: com isto ativado, um link de pausa só pausa depois que você confirmar.
window-deep-link-help = Desativado por padrão: qualquer página da web poderia acionar esse link. Cada uso fica registrado no log de auditoria.

## Start

window-start-heading = Inicialização
window-autostart = Iniciar o Recording Control ao fazer login

## Saving

window-save = Salvar
window-saving = Salvando…
# “Check settings” is the button below the form (window-check-button).
window-saved = Salvo. Use “Verificar configurações” quando não estiver em uma chamada.
window-fix-fields = Corrija os campos marcados em vermelho.
window-token-missing = Falta o token.
# Under the token field when saving without a token.
window-token-required = Cole o token de ação. Ele fica guardado só no chaveiro do sistema.

## Check settings

window-check-heading = Verificar configurações
# “resume” is the action the button sends.
window-check-hint = Use só quando não estiver em uma chamada: envia uma retomada. A resposta mostra se as suas configurações estão corretas.
window-check-button = Verificar configurações
window-check-sending = Enviando retomada…
# $message is what 8x8 answered; $verdict is what it means for the settings.
window-check-result = { $message }. { $verdict }

## Last actions (audit log)

window-log-heading = Últimas ações
window-export = Exportar o log de auditoria (CSV)
window-exporting = Exportando…
# $path is the file the log was saved to.
window-exported = Salvo em { $path }
# Column headers of the table of last actions.
window-log-time = Hora
window-log-from = Origem
window-log-action = Ação
window-log-outcome = Resultado
window-log-message = O que aconteceu
window-log-empty = Nenhuma ação ainda.
# $path is the audit log file.
window-audit-file = Log de auditoria: { $path }
# Column "From" of the table: what started the action.
window-log-from-cli = rcctl
window-log-from-hotkey = tecla de atalho
window-log-from-tray = menu da bandeja
# Another program talking to the app through its local connection.
window-log-from-socket = outro programa
window-log-from-rule = regra de pausa automática
window-log-from-timer = temporizador
window-log-from-link = link
window-log-from-window = esta janela
window-log-from-notification = notificação
window-log-from-exit = encerramento do app
# Column "Action" of the table.
window-log-action-pause = pausa
window-log-action-resume = retomada
# Column "Outcome" of the table.
window-log-outcome-applied = aplicada
window-log-outcome-no-active-call = nenhuma chamada ativa
window-log-outcome-not-enabled = gravação não habilitada
window-log-outcome-unrecognised = resposta desconhecida
window-log-outcome-bad-request = solicitação recusada
window-log-outcome-unauthorized = não autorizado
window-log-outcome-agent-not-found = agente não encontrado
window-log-outcome-server-error = erro no servidor
window-log-outcome-rate-limited = limite de solicitações
window-log-outcome-redirected = redirecionado
window-log-outcome-timeout = sem resposta a tempo
window-log-outcome-network = erro de rede
window-log-outcome-tls = erro de conexão segura

## First run and the rest of the settings

# Shown above the connection fields while nothing is configured yet.
window-first-run-intro = Quatro informações do seu administrador conectam o app ao 8x8: o cluster, o tenant, seu e-mail ou ID de agente e o token de ação. Depois, “Salvar” e “Verificar configurações” quando você não estiver em uma chamada.
# Beside the "Try the demo" button, below the connection fields.
window-demo-offer = Não tem os dados do 8x8 em mãos? Experimente o app com um simulador integrado: nenhuma chamada real é afetada.
# The collapsible section that holds every setting besides the connection.
window-more-summary = Mais configurações: atalhos, redes de segurança, links, iniciar com o login

## Estado ao vivo (8x8 Event Streaming). A credencial nunca é mostrada.

window-live-heading = Estado ao vivo (8x8 Event Streaming)
window-live-hint = Mostra o estado da gravação informado pela própria 8x8, em vez do que o app deduz das respostas. Precisa do seu ID de agente da 8x8 e da credencial do Event Streaming fornecida pelo administrador.
window-live-label = Mostrar o estado ao vivo do 8x8 Event Streaming
window-live-agent-id-label = Seu ID de agente da 8x8 para o Event Streaming
window-live-agent-id-help = Obrigatório com o estado ao vivo ligado, mesmo que você seja identificado por e-mail acima.
window-live-host-label = Host do Event Streaming (só se a 8x8 tiver fornecido um)
window-live-host-help = Vazio: o host da região do seu cluster, mostrado em cinza.
window-live-host-none = Ainda não há host do Event Streaming para este cluster: digite o que a 8x8 forneceu
window-live-credential-label = Credencial do Event Streaming
window-live-credential-help = Uma chave do Admin Console que começa com eght_, ou o Data Request Token. Guardada só no chaveiro do sistema e nunca mostrada de novo. Vale para todo o tenant: mantenha em segredo.
window-live-credential-stored = Já guardada ({ $service }). Deixe vazio para mantê-la.
window-live-credential-paste = Cole a credencial do Event Streaming
window-live-credential-state-stored = Credencial: guardada no chaveiro do sistema
window-live-credential-state-none = Credencial: não guardada
window-live-status-off = Estado ao vivo: desligado
window-live-status-connecting = Estado ao vivo: conectando ao 8x8 Event Streaming…
window-live-status-live = Estado ao vivo: conectado — estados confirmados pela 8x8
window-live-status-down = Estado ao vivo: fora do ar — os estados mostrados não estão verificados
window-live-status-rejected = Estado ao vivo: a 8x8 recusou a credencial do Event Streaming — cole uma nova
window-live-status-no-credential = Estado ao vivo: ligado, mas nenhuma credencial do Event Streaming está guardada — cole-a abaixo e salve

## The relay section
window-relay-heading = Relay da empresa
window-relay-hint = Se a sua empresa tem um relay, inscreva este computador com o código de uso único do administrador: assim nenhum token de ação fica neste computador, e o relay registra cada ação de forma central.
window-relay-url-label = Endereço do relay
window-relay-code-label = Código de inscrição
window-relay-enroll = Inscrever este computador
window-relay-status-on = Inscrito em { $relay } como { $device }, age por { $email } no tenant { $tenant }. Nenhum token de ação fica neste computador.
window-relay-status-off = Fora do modo relay: este computador fala direto com a 8x8.
window-relay-enrolled = Inscrito: agora o relay age por você.
