## rcctl, the command-line tool. Commands (rcctl setup, rcctl resume), flags
## (--email, --direct), environment variables (RCCTL_TOKEN, RCCONTROL_LANG),
## file paths and key names stay exactly as they are.

## Around every error and warning.

# "rcctl" is the program name: keep it. $message: the error, already a sentence.
rcctl-error = rcctl：{ $message }
# $message: the warning, already a sentence.
rcctl-warning = rcctl：警告：{ $message }
# $variable: the environment variable's name (RCCONTROL_LANG). $given: its value.
# $allowed: the language tags it accepts, comma-separated.
rcctl-language-unknown = { $variable }：“{ $given }”不可用；请使用 auto 或以下之一：{ $allowed }

## What rcctl was doing when a local file or the terminal failed.
## The system's error follows after a colon.

rcctl-doing-runtime = 启动异步运行时失败
# $path: a file
rcctl-doing-read = 读取 { $path } 失败
rcctl-doing-remove = 删除 { $path } 失败
rcctl-doing-write-csv = 写入 CSV 失败
rcctl-doing-read-demo-log = 读取演示审计日志失败
rcctl-doing-token-terminal = 从终端读取令牌失败
rcctl-doing-token-stdin = 从标准输入读取令牌失败

## rcctl pause / rcctl resume: the line after the action.

# $message: what 8x8 answered (one of the outcome sentences). $http: "HTTP 200" or
# "no HTTP answer". $ms: milliseconds the action took.
rcctl-report-line = { $message }（{ $http }，{ $ms } 毫秒）
# Like rcctl-report-line, when the request was sent more than once. $attempts: how many times.
rcctl-report-line-attempts = { $message }（{ $http }，{ $ms } 毫秒，共尝试 { $attempts } 次）
# $status: the HTTP status code, e.g. 200
rcctl-report-http = HTTP { $status }
rcctl-report-no-http = 无 HTTP 应答
# The desktop app could not be reached, so rcctl sends the action itself.
# $error: why the app could not be reached.
rcctl-app-unreachable = { $error }；将直接调用 8x8
rcctl-app-other-user = 控制套接字 { $address } 由另一个用户提供服务（{ $found }；您是 { $ours }）：未向其发送任何内容
# The desktop app answered but did not do the action. $action: pause or resume
# (the command); $reason: the app's explanation.
rcctl-app-refused = Recording Control 应用正在运行，但未{ $action ->
        [pause] 暂停
       *[other] 恢复
    }录音：{ $reason }
# The path in RCCTL_SOCKET cannot be used. $variable: RCCTL_SOCKET; $error: why.
rcctl-socket-unusable = { $variable }：{ $error }；不经由应用发送
rcctl-app-answered-status = 应用返回的是状态，而不是操作报告
# The request went to the desktop app but no answer came back. $error: what went
# wrong; $action: pause or resume.
rcctl-app-no-reply = { $error }，录音状态未确认（应用可能仍会{ $action ->
        [pause] 暂停
       *[other] 恢复
    }录音）

## rcctl status: one line per item, a label then its value.
## Keep each label short: the values are aligned after the longest one.

rcctl-status-settings-file = 设置文件：
# Why the settings cannot be used (the reason follows).
rcctl-status-problem = 问题：
# The 8x8 cluster, e.g. vcc-na7.8x8.com
rcctl-status-cluster = 集群：
# The company's tenant name in 8x8
rcctl-status-tenant = 租户：
rcctl-status-email = 坐席邮箱：
rcctl-status-agent-id = 坐席 ID：
# Shown when neither the e-mail nor the agent ID is set.
rcctl-status-agent = 坐席：
# An extra certificate authority file to trust.
rcctl-status-ca-file = CA 文件：
rcctl-status-proxy = 代理：
# Whether servers outside 8x8.com are accepted.
rcctl-status-custom-hosts = 自定义主机：
# The action token (never shown, only whether it is there).
rcctl-status-token = 令牌：
# The keychain account (tenant@host) the token is for
rcctl-status-account = 账户：
rcctl-status-keychain = 钥匙串：
# The recording state as last known.
rcctl-status-state = 状态：
# How pause and resume are sent: through the running app, or directly to 8x8.
rcctl-status-via = 发送途径：
rcctl-status-audit-log = 审计日志：
# The administrator's managed configuration file.
rcctl-status-managed = 托管配置：

# No proxy is set: the proxy environment variables (HTTPS_PROXY) apply.
rcctl-status-proxy-environment = -（使用环境变量）
rcctl-status-custom-hosts-allowed = 允许
rcctl-status-custom-hosts-no = 否
rcctl-status-token-env = 已提供（RCCTL_TOKEN）
rcctl-status-token-env-elsewhere = 已设置，但不是用于此租户和主机（RCCTL_TOKEN_FOR）：未使用
rcctl-status-token-keychain = 已存储（系统钥匙串）
rcctl-status-token-unknown = 未知（无法访问钥匙串）
rcctl-status-token-absent = 无
# $service: the keychain's name, e.g. Secret Service
rcctl-status-keychain-reachable = 可访问（{ $service }）
# $version: the desktop app's version number
rcctl-status-via-app = 应用 { $version }
# The desktop app runs in its demo mode, against a simulator. Keep "DEMO" as the app shows it.
rcctl-status-via-app-demo = 应用 { $version }（DEMO）
rcctl-status-via-direct-flag = 直接发送（--direct）
rcctl-status-via-direct-no-app = 直接发送（应用未运行）
# $problem: why the app gave no usable answer
rcctl-status-via-direct-problem = 直接发送（应用出现问题：{ $problem }）
# $error: the system's error
rcctl-status-problem-runtime = 启动异步运行时失败：{ $error }
# $answer: the app's error message
rcctl-status-problem-app-error = 应用返回：{ $answer }
rcctl-status-problem-action-report = 应用返回的是操作报告
# The managed configuration file is there but broken. $problem: what is wrong.
rcctl-status-managed-not-applied = 未应用：{ $problem }
# $path: the managed configuration file
rcctl-status-managed-defaults = { $path }（默认值，无锁定项）
# $fields: the setting names the administrator locked, e.g. tenant, email
rcctl-status-managed-locked = { $path }（已锁定：{ $fields }）
rcctl-status-managed-none = 无

## rcctl log

# $path: the audit log file
rcctl-log-empty = 尚无操作记录（{ $path }）。
# $ms: milliseconds
rcctl-log-latency = { $ms } 毫秒

## rcctl setup

# $flags: the missing command-line flags, e.g. --cluster, --tenant
rcctl-setup-needs = setup 需要 { $flags }（之前未设置，托管配置中也没有）
# $path: where the unreadable old settings file was moved
rcctl-setup-kept-corrupt = 原设置文件无法解析，已另存为 { $path }
# The prompt for the secret action token; the typed characters are not shown.
rcctl-setup-token-prompt = 操作令牌（输入时不显示）：
# $path: the settings file
rcctl-setup-saved = 设置已保存到 { $path }
rcctl-setup-no-token = 未存储令牌：请通过 RCCTL_TOKEN 提供。
# $keychain: the keychain's name, e.g. Secret Service. $service and $account: the
# entry's service and account, as the keychain lists them.
rcctl-setup-token-stored = 令牌已存入系统钥匙串：{ $keychain }，服务“{ $service }”，账户“{ $account }”。
# Use the same words as outcome-no-call-resume begins with.
rcctl-setup-check = 请务必在没有通话时验证：`rcctl resume` 应返回“当前没有通话”。

## rcctl forget

# $account: the keychain account, e.g. acme01@vcc-na7.8x8.com
rcctl-forget-token-removed = { $account } 的令牌：已从系统钥匙串中删除
rcctl-forget-token-none = { $account } 的令牌：未曾存储
# $path: a file that was deleted
rcctl-forget-removed = 已删除 { $path }
# $path: the audit log file, which forget does not delete
rcctl-forget-log-kept = 审计日志已保留：{ $path }

## rcctl demo: a built-in simulator of 8x8; no real account or call.
## Keep "DEMO": it marks every demo line.

# $line: the rest of the line
rcctl-demo-line = DEMO  { $line }
# $url: the simulator's address. $tenant and $email: the demo tenant and agent.
rcctl-demo-welcome = Recording Control 正在连接内置的 8x8 模拟器 { $url }（租户 { $tenant }，坐席 { $email }，通话中）。
# "help" is a demo command: keep it.
rcctl-demo-welcome-help = 不会涉及任何真实账号或通话。输入 `help` 查看命令。
rcctl-demo-call-started = 坐席已接通电话（正在录音）。
rcctl-demo-call-ended = 通话已结束。
rcctl-demo-recording-enabled = 已为该坐席启用录音。
rcctl-demo-recording-disabled = 已为该坐席停用录音。
# $believed: what Recording Control believes (a state line); $truth: the simulator's real state.
rcctl-demo-status = 应用显示：{ $believed } · 模拟器实际：{ $truth }
rcctl-demo-truth-no-call = 没有通话
rcctl-demo-truth-paused = 通话中，录音已暂停
rcctl-demo-truth-recording = 通话中，正在录音
rcctl-demo-truth-unknown = 未知
# One audit log entry. $time, $trigger, $action and $outcome are log values and stay in English.
rcctl-demo-log-entry = { $time }  { $trigger } { $action } → { $outcome }（{ $ms } 毫秒）
# $command: what was typed. "help" is a demo command: keep it.
rcctl-demo-unknown-command = 未知命令“{ $command }”。请输入 `help`。

## rcctl demo: the list of commands ("help"). The commands themselves stay in English.

rcctl-demo-help-title = DEMO 命令：
rcctl-demo-help-pause = 暂停录音
rcctl-demo-help-resume = 恢复录音
rcctl-demo-help-call-start = 模拟坐席接听一通电话
rcctl-demo-help-call-end = 结束通话（之后 pause 会返回“当前没有通话”）
rcctl-demo-help-enable = 为该坐席关闭/开启录音
rcctl-demo-help-status = 应用认为的录音状态
rcctl-demo-help-log = （临时）审计日志中的最近操作
rcctl-demo-help-help = 显示此列表
rcctl-demo-help-quit = 退出演示

## 实时状态（8x8 Event Streaming）。凭据从不显示。

rcctl-doing-credential-terminal = 从终端读取 Event Streaming 凭据
rcctl-doing-credential-stdin = 从标准输入读取 Event Streaming 凭据
rcctl-setup-credential-prompt = Event Streaming 凭据（输入已隐藏）：
rcctl-setup-credential-own-step = --stream-credential 是单独的一步：操作令牌和 Event Streaming 凭据绝不会在同一次运行中读取。请先为 { $account } 保存操作令牌（不带 --stream-credential 运行 `rcctl setup`），再运行 `rcctl setup --stream-credential`。
rcctl-setup-credential-stored = Event Streaming 凭据已保存到系统钥匙串：{ $keychain }，服务“{ $service }”，账户“{ $account }”。
rcctl-setup-live-off = 实时状态已关闭：使用 `rcctl setup --live-state on --stream-agent-id ID` 开启。
rcctl-setup-no-credential = 实时状态已开启，但没有为 { $account } 保存 Event Streaming 凭据：请用 `rcctl setup --stream-credential` 保存。
rcctl-status-live = 实时状态：
rcctl-status-live-live = 已连接 — 状态由 8x8 确认
rcctl-status-live-connecting = 正在连接 8x8 Event Streaming
rcctl-status-live-down = 已断开：未经确认
rcctl-status-live-rejected = 8x8 拒绝了 Event Streaming 凭据
rcctl-status-live-off = 关闭
rcctl-status-live-no-credential = 已开启，但没有为 { $account } 保存 Event Streaming 凭据：请运行 `rcctl setup --stream-credential`
rcctl-status-live-unknown = 已开启；未知（正在运行的应用未提供）
rcctl-status-live-no-app = 已开启；未连接（应用未运行）
rcctl-forget-credential-removed = { $account } 的 Event Streaming 凭据：已从系统钥匙串中删除
rcctl-forget-credential-none = { $account } 的 Event Streaming 凭据：没有保存

## Relay mode
rcctl-relay-needs-code = --relay 需要 --enroll 注册码：管理员提供的一次性注册码
rcctl-relay-needs-url = --enroll 需要 --relay URL（中继地址），除非管理员的托管配置设置了 relay_url
rcctl-relay-no-credential = 中继模式下由中继提供实时状态：这台电脑上不保存任何 Event Streaming 凭据
rcctl-relay-enrolled = 已在 { $relay } 注册：这台电脑（{ $device }）代表租户 { $tenant } 中的 { $email } 操作。这台电脑上不保存任何操作令牌。
rcctl-relay-key-stored = 设备密钥已存入系统钥匙串：{ $keychain }，服务“{ $service }”，账户“{ $account }”。
rcctl-relay-live-on = 实时状态：开（由中继提供）。
rcctl-relay-live-off = 实时状态：关（中继不为您提供）。
rcctl-status-relay = 中继：
rcctl-status-relay-off = 关（直连 8x8）
rcctl-status-token-device-key = 这台电脑上没有：中继模式，设备密钥在系统钥匙串中
rcctl-status-token-no-device-key = 没有：中继模式，但没有设备密钥——尚未注册（rcctl setup --enroll 注册码）
