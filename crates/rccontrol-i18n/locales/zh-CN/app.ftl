## The tray app: menu, notifications, badge, desktop problems.
## "Recording Control" is the product name; "DEMO" marks the built-in simulator; keep "rcctl" and key names as they are.

app-name = Recording Control

## Tray menu

tray-pause = 暂停录音
tray-resume = 恢复录音
# A menu item; $label is "Pause recording" or "Resume recording", $key the hotkey, e.g. Ctrl+Alt+P
tray-with-key = { $label }    { $key }
tray-settings = 设置…
tray-demo = 试用演示
tray-leave-demo = 退出演示
tray-log = 打开日志
tray-autostart = 登录时启动
tray-quit = 退出
# Shown instead of "Quit" while the recording is paused: choosing it resumes first.
tray-resume-and-quit = 恢复并退出
# The tray icon's tooltip; $line is the state line, e.g. "Recording paused · 2:14"
tray-tooltip = Recording Control：{ $line }
not-configured = 未配置
# The state line in demo mode; $line is the state line
demo-line = DEMO · { $line }

## Words used inside notifications

action-pause = 暂停
action-resume = 恢复
# How an action was triggered, after "via"
trigger-name = { $trigger ->
        [hotkey] 快捷键
        [tray] 托盘菜单
        [socket] rcctl
        [cli] rcctl
        [window] 设置窗口
        [timer] 定时器
        [rule] 自动暂停规则
        [link] 链接
        [notification] 通知
        [badge] 屏幕浮窗
        [exit] 应用退出
       *[other] { $trigger }
    }
# Short durations: "45 s", "2 min", "1 h 5 min"
duration-seconds = { $s } 秒
duration-minutes = { $min } 分钟
duration-hours = { $h } 小时 { $min } 分钟

## Notifications after an action

# $action: "pause" or "resume" (from action-pause/action-resume); $message: what 8x8 answered
notify-toggle = 切换键发送了“{ $action }”：{ $message }
notify-timer-resumed = 录音已自动恢复（已达到最长暂停时间）
notify-timer-failed = 自动恢复失败：{ $message }
# $rule: the auto-pause rule that matched, e.g. "Card details"
notify-rule-paused-named = 录音已暂停：付款窗口位于前台（规则“{ $rule }”）
notify-rule-paused = 录音已暂停：付款窗口位于前台
notify-rule-resumed = 录音已恢复：付款窗口已不在前台
notify-rule-failed = 自动暂停规则：{ $message }
# The second line: "pause via hotkey · HTTP 200 · 42 ms"; $status is "HTTP 200" or notify-no-answer
notify-details = { $action }（{ $trigger }） · { $status } · { $ms } 毫秒
notify-no-answer = 无应答
notify-http = HTTP { $code }
notify-demo-prefix = DEMO · { $text }

## Reminders while paused

# $duration: how long it has been paused, e.g. "2 min"
reminder-certain = 录音仍处于暂停状态（{ $duration }），要恢复吗？
reminder-uncertain = 录音可能仍处于暂停状态（{ $duration }）
# A pause or resume got no clear answer (timeout, network or server error)
reminder-unsure-body = 8x8 未确认上一次暂停或恢复。请点击“恢复”以确保通话正在录音。
# A pause older than one unanswered reminder; $duration: how long ago it was accepted
reminder-same-call = 还是同一通电话吗？已暂停 { $duration } —— 录音可能已重新开始
reminder-same-call-body = 本应用无法得知通话何时结束，而新通话会从头开始录音。若此通话需要暂停，请点击“暂停”，否则点击“恢复”。
reminder-auto = 银行卡信息处理完毕后，请点击“恢复”。{ $duration }后将自动恢复。
reminder-plain = 银行卡信息处理完毕后，请点击“恢复”。
# Buttons of the reminder notification
reminder-button = 恢复
reminder-button-long = 恢复录音
reminder-button-pause = 暂停

## On-screen badge while paused

# The badge's window title (screen readers and window lists show it)
badge-title = Recording Control：已暂停
# The badge text; $elapsed is m:ss or h:mm:ss. Keep it short and in capitals where the language has them.
badge-line = ● 录音已暂停 { $elapsed }
badge-resume = 恢复
badge-tooltip = 通话录音已暂停。点击“恢复”继续录音。
# The badge while the pause is in doubt (no clear answer, or the call may have ended)
badge-title-unsure = Recording Control：可能已暂停
badge-line-unsure = ● 可能已暂停 { $elapsed }
badge-tooltip-unsure = 8x8 未确认，或通话可能已结束：录音可能已暂停，也可能正在进行。点击“恢复”以确保正在录音。

## The app itself

quit-notice = Recording Control 已退出。
nothing-sent = 未发送任何内容
# A press repeated within the press throttle; $action: pause or resume; $window: e.g. 1 s
press-ignored-title = 已忽略：在 { $window } 内再次按下了“{ $action }”
press-ignored-body = 以第一次按下为准。如确有需要，请稍后再按。
# $detail: the technical reason (English)
demo-failed = 无法启动演示
autostart-failed = 无法更改“登录时启动”设置
something-missing = Recording Control：缺少某些组件
managed-not-applied = 未应用托管配置
not-configured-title = Recording Control 尚未配置
# $reason: why, e.g. "Not configured — open Settings… or try the demo"
not-configured-body = { $reason }。请从托盘菜单中选择“设置…”或“试用演示”。
not-configured-reason = 未配置，请打开设置或试用演示
# $detail: the technical reason (English)
not-configured-detail = 未配置：{ $detail }
demo-title = Recording Control：DEMO 演示
demo-body = 正在使用内置的 8x8 模拟器运行，不会影响任何真实通话。
window-title = Recording Control：设置
# $action: pause or resume (from action-pause/action-resume); $since and $window in milliseconds
throttled = 已忽略：{ $since } 毫秒前刚按过“{ $action }”；同一操作在 { $window } 毫秒内重复按下会被丢弃
shutting-down = 应用正在关闭

## Failures of the settings window's calls and of the tray

error-unknown-call = 设置窗口请求了本应用不认识的调用：{ $call }
error-bad-argument = 设置窗口发送了无效的参数 — { $field }：{ $problem }
error-settings-file = 无法保存设置文件：{ $detail }
error-window-titles = 无法读取已打开窗口的标题：{ $detail }
error-audit-read = 无法读取审计日志：{ $detail }
error-no-downloads = 没有可写入的“下载”文件夹或主文件夹
error-write = 无法写入 { $path }：{ $detail }
error-icon = 无法加载托盘图标 { $name }：{ $detail }
error-tray = 托盘图标出错：{ $detail }
error-internal = 应用无法编码其应答：{ $detail }
error-too-large = 应答太大，无法显示

## Links (rccontrol://pause)

link-unknown-title = 已忽略链接
link-unknown-body = Recording Control 只支持 rccontrol://pause 和 rccontrol://resume。
link-off-title = 已忽略要求{ $action }录音的链接
link-off-body = rccontrol:// 链接已关闭。如果您的 CRM 使用这些链接，请在“设置 → 安全”中开启。
# A link asks to pause and waits for the agent's confirmation
link-confirm-title = 有链接请求暂停录音
link-confirm-body = 点击“暂停”即可暂停。若您没有点击暂停链接，请忽略：网页也可能打开链接。
link-confirm-button = 暂停
# The same where notifications have no buttons (Windows, macOS)
link-confirm-body-no-button = 请在托盘菜单中选择“暂停”，或按暂停快捷键。若您没有点击暂停链接，请忽略：网页也可能打开链接。

## The control socket

socket-failed-title = rcctl 无法连接到应用
socket-failed-body = 控制套接字无法启动：{ $detail }。rcctl 将直接调用 8x8。

## Desktop problems

no-notification-daemon = 没有正在运行的通知服务：结果只会显示在托盘菜单和日志中。请启动桌面的通知守护进程（如 dunst）。
no-session-bus = 没有可用于通知的会话总线（{ $detail }）：结果只会显示在托盘菜单和日志中。
no-tray = 未找到系统托盘：图标无法显示。请使用快捷键或 `rcctl`；再次启动应用即可打开设置窗口。

## Global hotkeys

hotkeys-unavailable-title = 全局快捷键不可用
# $key: a key combination, e.g. Ctrl+Alt+P
hotkey-inactive-title = 快捷键 { $key } 未生效
hotkey-register-failed = 无法注册 { $key }（{ $detail }）；请在设置中选择其他按键
hotkey-taken-elsewhere = 已被其他应用占用
hotkeys-no-display = 全局快捷键需要 X11 显示，而当前会话没有（Wayland）。请改为在桌面的键盘快捷键设置中绑定 `rcctl pause` 和 `rcctl resume`。

## Wayland: shortcuts through the desktop's own dialog (XDG desktop portal)

# The names the desktop shows in its shortcut dialog
portal-pause-description = 暂停通话录音
portal-resume-description = 恢复通话录音
portal-toggle-description = 暂停或恢复通话录音
portal-bound-title = 桌面已设置的快捷键
# $list: the bound shortcuts, e.g. "Pause: Ctrl+Alt+P, Resume: Ctrl+Alt+R"
portal-bound-body = { $list }
portal-binding = { $name }：{ $trigger }
portal-unbound = 未设置
portal-unavailable-title = 您的桌面不向应用提供全局快捷键
# $detail: the technical reason (English)
portal-unavailable-body = 请改为在桌面的键盘设置中绑定 `rcctl pause` 和 `rcctl resume`。（{ $detail }）
portal-cancelled = 快捷键对话框已关闭，未绑定任何按键。请打开设置重试。
hotkey-role-pause = 暂停
hotkey-role-resume = 恢复
hotkey-role-toggle = 切换
settings-window-failed = 无法打开设置窗口
settings-window-restart = Recording Control 已更新：请从系统托盘退出并重新启动，然后再打开设置。

live-paused-confirmed = 录音已暂停 — 8x8 已确认
live-resumed-confirmed = 录音已恢复 — 8x8 已确认
live-not-reported-title = 8x8 接受了“{ $action }”，但未报告任何变化
live-not-reported-body = 录音可能没有变化（例如本通话尚未开始录音）。托盘现在显示 8x8 报告的状态。
live-elsewhere-paused-aw = 录音已在 Agent Workspace 中暂停
live-elsewhere-resumed-aw = 录音已在 Agent Workspace 中恢复
live-elsewhere-paused-api = 录音被其他应用暂停
live-elsewhere-resumed-api = 录音被其他应用恢复
live-elsewhere-body = 由 8x8 事件流报告。
live-new-call = 新通话 — 正在录音
live-new-call-unrecorded = 新通话 — 未录音
live-new-call-body = 上一通话的暂停不会延续到本通话。
live-call-ended-paused = 通话在暂停中结束 — 暂停随之结束
live-down-title = 实时录音状态中断
live-down-body = 在 8x8 事件流恢复之前，托盘显示应用推断的状态（未验证）。
live-up-title = 实时录音状态已恢复 — 8x8 已确认
live-rejected-title = Event Streaming 拒绝了凭据
live-rejected-body = 在重新设置 Event Streaming 凭据之前（设置，或 rcctl setup --stream-credential），实时状态保持关闭。
live-no-credential = 实时状态已开启，但未保存 Event Streaming 凭据：请在设置中设置（或使用 rcctl setup --stream-credential）。
badge-title-live = Recording Control — 已暂停（8x8 已确认）
badge-line-live = ● 录音已暂停 { $elapsed } ✓
badge-tooltip-live = 8x8 报告通话录音已暂停。点击“恢复”重新录音。
# $line: the tray's state line
state-line-live-down = { $line } · 实时状态中断
state-line-live-rejected = { $line } · Event Streaming 拒绝了凭据
live-confirmed-body = 8x8 已确认。
error-relay = 中继注册未完成：{ $detail }
