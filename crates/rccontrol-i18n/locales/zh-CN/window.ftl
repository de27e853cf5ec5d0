## Settings window (ui/index.html, ui/app.js).
## A placeholder such as { $file } is filled in by the page; keep it as it is.
## Key names (Ctrl+Alt+P), file paths, "rcctl" commands and "8x8" stay as they are.

## Top of the window: title, state, buttons

# The window's title bar.
window-page-title = Recording Control：设置
# The product's name, as the page heading. Usually kept as it is.
window-app-name = Recording Control
# Shown for a moment while the page waits for the app.
window-loading = 正在加载…
# Shown when the page cannot talk to the app. $message is the app's error text.
window-error = 错误：{ $message }
# Banner at the top while the demo mode is on.
window-demo-banner = DEMO：已连接内置的 8x8 模拟器，不会影响任何真实通话。
window-pause-button = 暂停录音
window-resume-button = 恢复录音
window-demo-start = 试用演示
window-demo-leave = 退出演示
# Shown under the buttons while the app sends the action to 8x8.
window-pausing = 正在暂停…
window-resuming = 正在恢复…
# Name, for screen readers, of the list of problems under the buttons (no tray icon, no notifications…).
window-environment-label = 此桌面环境存在的问题

## Settings set by an administrator (managed configuration)

# Banner when some fields are locked. $file is the path of the administrator's settings file.
window-managed-locked = 部分设置由管理员设定（{ $file }），无法在此更改。
# Banner when the administrator only gives defaults. $file is the path of the administrator's settings file.
window-managed-defaults = 管理员提供了默认设置（{ $file }）。
# Tooltip of a locked field. $file is the path of the administrator's settings file.
window-locked-title = 由管理员在 { $file } 中设定
# Added after the label of a locked field.
window-locked-note = · 已锁定：由管理员设定

## Language

window-language-heading = 语言
window-language-label = 显示语言
# First choice of the language list: follow the language of the computer.
window-language-auto = 自动（跟随系统语言）
window-language-help = 用于此窗口、托盘菜单和通知。保存后生效。

## Connection

window-connection-heading = 连接
# An 8x8 cluster is the server group of the company's account.
window-cluster-label = 集群
# Example text in the empty Cluster field. "vcc-na7" is a cluster name: keep it.
window-cluster-placeholder = vcc-na7，或粘贴 Agent Workspace 登录网址
# Followed by an example address: https://vcc-na7.8x8.com/AGUI/…
window-cluster-help = 可从 Agent Workspace 登录页的地址中找到：
# The company's account name at 8x8.
window-tenant-label = 租户
# Title of the choice between "E-mail" and "Agent ID" below it.
window-identity-legend = 识别方式
window-identity-email = 邮箱地址
window-identity-agent-id = 坐席 ID
# Example text in the empty E-mail field.
window-identity-email-placeholder = zhangsan@example.com
# Example text in the empty Agent ID field.
window-identity-agent-id-placeholder = 您的坐席 ID
# The secret key that allows pausing and resuming recordings.
window-token-label = 操作令牌
window-token-help = 仅保存在系统钥匙串中，之后不再显示。该令牌对整个租户有效，请妥善保密。
# In the empty token field when a token is already stored. $service is the keychain's name, e.g. "Windows Credential Manager".
window-token-stored = 已保存在 { $service } 中。留空即保留原令牌。
# In the empty token field when no token is stored yet.
window-token-paste = 粘贴操作令牌
# A section that opens on click: settings for company networks.
window-network-summary = 企业网络
window-proxy-label = 代理 URL
# Example text in the empty Proxy field: an empty field uses the system's proxy settings.
window-proxy-placeholder = http://proxy.example.com:3128（留空：使用系统设置）
window-ca-file-label = 额外的 CA 证书文件（PEM）
window-custom-host = 允许 *.8x8.com 以外的服务器（仅限测试服务器）

## Hotkeys

window-hotkeys-heading = 快捷键
# “Record” is the button next to each hotkey (window-hotkey-record).
window-hotkeys-hint = 点击“录制”，然后按下按键（或选择耳机发送的媒体键）。留空 = 关闭。
# Names of the three hotkeys, also used in other messages as $action or $hotkey.
window-hotkey-pause = 暂停
window-hotkey-resume = 恢复
# A hotkey that pauses when recording and resumes when paused.
window-hotkey-toggle = 切换
# Button: start listening for the keys of a hotkey.
window-hotkey-record = 录制
# Button: remove a hotkey.
window-hotkey-clear = 清除
# Names, for screen readers, of the buttons and lists of each hotkey row.
window-hotkey-record-pause = 录制“暂停”快捷键
window-hotkey-record-resume = 录制“恢复”快捷键
window-hotkey-record-toggle = 录制“切换”快捷键
window-hotkey-media-pause = “暂停”的媒体键
window-hotkey-media-resume = “恢复”的媒体键
window-hotkey-media-toggle = “切换”的媒体键
window-hotkey-clear-pause = 清除“暂停”快捷键
window-hotkey-clear-resume = 清除“恢复”快捷键
window-hotkey-clear-toggle = 清除“切换”快捷键
# First entry of the media key list of each hotkey.
window-media-key-choose = 媒体键…
# A media key that cannot be used on this computer. $key is the key's name, e.g. "MediaPlayPause".
window-media-key-unsupported = { $key }（仅限 Windows/macOS）
# $keys is a list of key names, e.g. "MediaPlay, MediaPause".
window-media-note = 以下媒体键仅适用于 Windows 和 macOS，在此处（X11）无效：{ $keys }
window-media-key-unsupported-windows = { $key }（在 Windows 上不是媒体键）
window-media-note-windows = 在 Windows 上，这些键会被注册为 Pause/Break 键和 Play 键，而不是耳机的媒体键：{ $keys }。请使用播放/暂停（MediaPlayPause）、停止、下一曲或上一曲，或音量键。
window-toggle-help = “切换”默认关闭：8x8 无法告知应用录音是否已暂停，因此切换键可能发送与您预期相反的操作。切换后的通知会显示实际发送的操作。
# Shown in a hotkey field while it waits for the keys.
window-hotkey-press-keys = 请按下按键…
# State of a hotkey, under its row.
window-hotkey-active = 已生效
window-hotkey-off = 已关闭
# $reason is the app's explanation.
window-hotkey-not-active = 未生效：{ $reason }
# $reason is the app's explanation.
window-hotkey-unavailable = 不可用：{ $reason }
window-hotkey-portal = 由桌面环境设置（见下方）
# Error after recording keys. $hotkey is Pause, Resume or Toggle; $problem is the app's explanation.
window-hotkey-error = “{ $hotkey }”快捷键：{ $problem }

## Shortcuts on Wayland desktops (set through the desktop, not by the app)

window-wayland-heading = Wayland 下的快捷键
window-wayland-bound = 以下快捷键由您的桌面管理：
# One line per shortcut. $action is Pause, Resume or Toggle; $keys are the keys as the desktop shows them, e.g. "Ctrl+Alt+P".
window-wayland-binding = { $action }：{ $keys }（在桌面设置中设定）
# A shortcut without keys yet. $action is Pause, Resume or Toggle.
window-wayland-binding-unset = { $action }：尚未设置按键（请在桌面设置中设定）
window-wayland-unavailable = 您的桌面不向应用提供全局快捷键。
window-wayland-failed = 您的桌面无法为此应用设置全局快捷键。
# The desktop asked the agent to confirm the shortcuts and the agent closed that request.
window-wayland-cancelled = 快捷键未设置：桌面的请求已被取消。
# Shown while the app asks the desktop for the shortcuts.
window-wayland-setting-up = 正在通过桌面设置快捷键…
# Followed by the commands "rcctl pause" and "rcctl resume".
window-wayland-commands = 如仍想使用按键，请在桌面的键盘设置中将以下命令添加为自定义快捷键：

## Safety

window-safety-heading = 安全
window-safety-hint = 录音暂停后未恢复属于合规事件。以下设置可防止因疏忽造成这种情况。
# Label of a number field; the number of seconds is typed in the field below.
window-reminder-label = 暂停期间每隔 … 秒提醒一次
window-reminder-help = 暂停达到该时长后首次提醒，之后按相同间隔重复提醒。0 = 不提醒。
# Label of a number field; the number of seconds is typed in the field below.
window-max-pause-label = 暂停 … 秒后自动恢复
window-max-pause-help = 从首次暂停开始计时：再次按“暂停”不会延长时间。0 = 从不（默认）。
# Label of a number field; the number of milliseconds is typed in the field below.
window-throttle-label = 同一操作在 … 毫秒内重复按下时忽略
window-throttle-help = 可过滤连按两次和耳机按键抖动。0 = 关闭。

## On-screen badge shown while the recording is paused

window-badge-heading = 屏幕浮窗
window-badge-label = 录音暂停时在屏幕上显示浮窗
window-badge-corner-label = 屏幕角落
window-badge-corner-top-left = 左上角
window-badge-corner-top-right = 右上角
window-badge-corner-bottom-left = 左下角
window-badge-corner-bottom-right = 右下角

## Automatic pause in payment windows

window-rules-heading = 在付款窗口中自动暂停
window-rules-hint = 当标题包含以下任一内容的窗口位于前台时，录音会暂停；没有这样的窗口时，录音会恢复，但仅限由规则暂停的录音。您手动暂停的录音不会被规则恢复。
# Name, for screen readers, of the list of rules.
window-rules-label = 自动暂停规则
# $reason is the app's explanation.
window-rules-unavailable = 此桌面不支持：{ $reason }。规则会保留，但在此处不起作用。
# $method is the technical way the app sees windows, e.g. "X11".
window-rules-watching = 正在监视前台窗口（{ $method }）。
# $method is the technical way the app sees windows, e.g. "X11".
window-rules-ready = 保存规则后即可在此生效（{ $method }）。
window-rule-add = 添加规则
window-rules-preview = 用当前打开的窗口测试
# Column headers of the test table.
window-rules-preview-title = 窗口标题
window-rules-preview-rule = 匹配的规则
# In the test table: this window would pause the recording. $rule is the matching rule.
window-rules-preview-pauses = 将暂停（{ $rule }）
window-rules-preview-none = 没有打开带标题的窗口。
# Example text in an empty rule field: a part of a payment window's title.
window-rule-placeholder = 银行卡信息
# Name, for screen readers, of a rule field. $number is the rule's number (1, 2, …).
window-rule-pattern-label = 规则 { $number }：窗口标题的一部分
# Checkbox next to a rule: the rule is a regular expression, not plain text.
window-rule-regex = 正则表达式
window-rule-remove = 删除
# Name, for screen readers, of the Remove button. $number is the rule's number (1, 2, …).
window-rule-remove-label = 删除规则 { $number }

## Links from other programs

# CRM: the customer database program the agent works in.
window-links-heading = 来自 CRM 的链接
# Followed by the two links, rccontrol://pause and rccontrol://resume.
window-deep-link-label = 响应暂停和恢复链接
window-link-confirm-label = 链接暂停录音前先询问
window-link-confirm-help = 网页也可能打开链接：开启后，暂停链接只有在您确认后才会暂停录音。
window-deep-link-help = 默认关闭：任何网页都可能触发此类链接。每次使用都会记入审计日志。

## Start

window-start-heading = 启动
window-autostart = 登录时启动 Recording Control

## Saving

window-save = 保存
window-saving = 正在保存…
# “Check settings” is the button below the form (window-check-button).
window-saved = 已保存。请在未通话时使用“检查设置”。
window-fix-fields = 请修正标红的字段。
window-token-missing = 缺少令牌。
# Under the token field when saving without a token.
window-token-required = 请粘贴操作令牌。令牌仅保存在钥匙串中。

## Check settings

window-check-heading = 检查设置
# “resume” is the action the button sends.
window-check-hint = 仅在未通话时使用：此操作会发送“恢复”。根据应答即可判断设置是否正确。
window-check-button = 检查设置
window-check-sending = 正在发送“恢复”…
# $message is what 8x8 answered; $verdict is what it means for the settings.
window-check-result = { $message }。{ $verdict }

## Last actions (audit log)

window-log-heading = 最近操作
window-export = 导出审计日志（CSV）
window-exporting = 正在导出…
# $path is the file the log was saved to.
window-exported = 已保存到 { $path }
# Column headers of the table of last actions.
window-log-time = 时间
window-log-from = 来源
window-log-action = 操作
window-log-outcome = 结果
window-log-message = 详情
window-log-empty = 暂无操作。
# $path is the audit log file.
window-audit-file = 审计日志：{ $path }
# Column "From" of the table: what started the action.
window-log-from-cli = rcctl
window-log-from-hotkey = 快捷键
window-log-from-tray = 托盘菜单
# Another program talking to the app through its local connection.
window-log-from-socket = 其他程序
window-log-from-rule = 自动暂停规则
window-log-from-timer = 定时器
window-log-from-link = 链接
window-log-from-window = 此窗口
window-log-from-notification = 通知
window-log-from-exit = 应用退出
# Column "Action" of the table.
window-log-action-pause = 暂停
window-log-action-resume = 恢复
# Column "Outcome" of the table.
window-log-outcome-applied = 已执行
window-log-outcome-no-active-call = 当前没有通话
window-log-outcome-not-enabled = 未启用录音
window-log-outcome-unrecognised = 无法识别的应答
window-log-outcome-bad-request = 请求被拒绝
window-log-outcome-unauthorized = 未授权
window-log-outcome-agent-not-found = 找不到坐席
window-log-outcome-server-error = 服务器错误
window-log-outcome-rate-limited = 请求受限
window-log-outcome-redirected = 已重定向
window-log-outcome-timeout = 应答超时
window-log-outcome-network = 网络错误
window-log-outcome-tls = 安全连接错误

## First run and the rest of the settings

# Shown above the connection fields while nothing is configured yet.
window-first-run-intro = 管理员提供的四项信息将应用连接到 8x8：集群、租户、您的电子邮件或座席 ID，以及操作令牌。然后点击“保存”，并在不通话时点击“检查设置”。
# Beside the "Try the demo" button, below the connection fields.
window-demo-offer = 手头没有 8x8 的信息？用内置模拟器试用本应用：不会影响任何真实通话。
# The collapsible section that holds every setting besides the connection.
window-more-summary = 更多设置：快捷键、安全保护、链接、登录时启动

## 实时状态（8x8 Event Streaming）。凭据从不显示。

window-live-heading = 实时状态（8x8 Event Streaming）
window-live-hint = 显示 8x8 自己报告的录音状态，而不是应用根据应答推断的状态。需要你的 8x8 坐席 ID 和管理员提供的 Event Streaming 凭据。
window-live-label = 显示来自 8x8 Event Streaming 的实时状态
window-live-agent-id-label = 用于 Event Streaming 的 8x8 坐席 ID
window-live-agent-id-help = 开启实时状态时必填，即使上面用电子邮件标识你。
window-live-host-label = Event Streaming 主机（仅当 8x8 提供了主机时填写）
window-live-host-help = 留空：使用你的集群所在区域的主机，以灰色显示。
window-live-host-none = 此集群尚无 Event Streaming 主机：请输入 8x8 提供的主机
window-live-credential-label = Event Streaming 凭据
window-live-credential-help = 以 eght_ 开头的 Admin Console 密钥，或 Data Request Token。仅保存在系统钥匙串中，不会再次显示。它适用于整个租户：请保密。
window-live-credential-stored = 已保存在 { $service } 中。留空即保留原凭据。
window-live-credential-paste = 粘贴 Event Streaming 凭据
window-live-credential-state-stored = 凭据：已保存在系统钥匙串中
window-live-credential-state-none = 凭据：未保存
window-live-status-off = 实时状态：关闭
window-live-status-connecting = 实时状态：正在连接 8x8 Event Streaming…
window-live-status-live = 实时状态：已连接 — 状态由 8x8 确认
window-live-status-down = 实时状态：已断开 — 显示的状态未经确认
window-live-status-rejected = 实时状态：8x8 拒绝了 Event Streaming 凭据 — 请粘贴新的凭据
window-live-status-no-credential = 实时状态：已开启，但未保存 Event Streaming 凭据 — 请在下方粘贴并保存

## The relay section
window-relay-heading = 公司中继
window-relay-hint = 如果贵公司运行中继，请用管理员提供的一次性注册码注册这台电脑：这样这台电脑上不保存任何操作令牌，中继会集中记录每次操作。
window-relay-url-label = 中继地址
window-relay-code-label = 注册码
window-relay-enroll = 注册这台电脑
window-relay-status-on = 已在 { $relay } 注册为 { $device }，代表租户 { $tenant } 中的 { $email } 操作。这台电脑上不保存任何操作令牌。
window-relay-status-off = 未使用中继模式：这台电脑直接连接 8x8。
window-relay-enrolled = 已注册：中继现在代表您操作。
