## What 8x8 answered to a pause or resume: the main line of the notification.

outcome-paused = 录音已暂停
outcome-resumed = 录音已恢复
outcome-no-call-pause = 当前没有通话，未暂停任何录音
outcome-no-call-resume = 当前没有通话，未恢复任何录音
outcome-not-enabled = 您的账号未启用录音
outcome-unrecognised = 8x8 返回了无法识别的应答：录音状态未确认
# $status: the HTTP status code, e.g. 400
outcome-bad-request = 8x8 拒绝了请求（HTTP { $status }），未做任何更改
outcome-unauthorized = 8x8 拒绝了令牌，请打开设置
# $tenant: the company's tenant name in 8x8, e.g. acme01
outcome-agent-not-found = 在租户 { $tenant } 中找不到该坐席
outcome-server-error = 8x8 服务器出错（HTTP { $status }），录音状态未确认
outcome-redirected = 8x8 返回了重定向（HTTP { $status }，未跟随），请检查集群
outcome-timeout = 无法连接 8x8（超时）
outcome-network = 无法连接 8x8（网络错误）
outcome-tls = 无法安全连接 8x8（TLS 证书不受信任或无效）

## "Check settings": what a test resume (sent while not on a call) says about the settings.

verdict-good = 设置正确：8x8 已接受令牌并找到了您的账号（当前没有通话）。
verdict-good-resumed = 设置正确，但您当时正在通话中，该通话的录音已恢复。
verdict-not-enabled = 设置正确，但您的账号未启用录音：请联系管理员。
verdict-unauthorized = 8x8 拒绝了租户或令牌：请检查租户，并重新粘贴令牌。
verdict-agent-not-found = 8x8 在该租户中找不到此坐席：请检查邮箱地址或坐席 ID。
verdict-bad-request = 8x8 拒绝了请求：请检查集群。
verdict-redirected = 集群返回了重定向：请检查集群。
verdict-tls = 服务器证书不受信任：请检查集群，或添加贵公司的 CA 文件。
verdict-unreachable = 无法连接 8x8：请检查集群、代理和网络。
verdict-unclear = 8x8 的应答不明确：请过一分钟再试。

## The believed recording state: the first line of the tray menu and of the settings window.

state-unknown = 录音状态未知
# $time: a clock time, e.g. 14:05 UTC
state-resumed-at = 正在录音（于 { $time } 恢复；8x8 已接受，未核实）
state-recording-unverified = 正在录音（未核实）
# $time: when 8x8 accepted the pause; $elapsed: how long since, m:ss or h:mm:ss
state-paused-at = 于 { $time } 暂停 · { $elapsed }（8x8 已接受，未核实）
# A pause whose answer proved nothing (timeout, network or server error)
state-maybe-paused = 可能自 { $time } 起已暂停 · { $elapsed }（8x8 未确认）
# An accepted pause older than one unanswered reminder: the call may have ended
state-call-may-have-ended = 于 { $time } 暂停 — 通话可能已结束：录音可能已重新开始（未核实）
state-no-call = 当前没有通话
state-not-enabled = 您的账号未启用录音
# $message: why the last action failed (one of the outcome messages)
state-error = 错误：{ $message }

## Refused settings. Each follows the setting's name, e.g. "tenant: is empty; …".
## Setting names, key names, URLs, "https://" and command-line flags stay as they are.

-cluster-allowed = 请输入集群名称（如 vcc-na7）或主机名（如 vcc-na7.8x8.com），或粘贴 Agent Workspace 登录网址（https://vcc-na7.8x8.com/AGUI/…）
cluster-empty = 为空；{ -cluster-allowed }
cluster-spaces = 包含空格或控制字符；{ -cluster-allowed }
cluster-http = 不允许使用 http://：只能通过 https:// 连接 8x8
# $scheme: what the address started with, e.g. ftp
cluster-scheme = 不允许使用 { $scheme }://：请使用 https://
# $value: what was typed, in quotes
cluster-not-a-name = { $value } 不是有效的集群名称（只能包含字母、数字和 '-'）；{ -cluster-allowed }
# $detail: the URL parser's technical reason (English)
cluster-not-a-url = { $value } 不是有效的主机名或 URL（{ $detail }）；{ -cluster-allowed }
cluster-credentials = 不能包含用户名或密码；请粘贴不含登录凭据的地址
cluster-no-host = { $value } 中没有主机名；{ -cluster-allowed }
# $host: a host name without a dot, e.g. h00
cluster-one-label = { $host } 中没有点号：保存后会被当作 8x8 集群 { $host }.8x8.com；请填写完整的主机名（如 { $host }.example.com）或 IP 地址
cluster-not-8x8 = { $host } 不是 8x8 主机（*.8x8.com）；{ -cluster-allowed }；如需连接测试服务器，请明确允许自定义主机（--allow-custom-host）

## For the tenant and the agent ID. $max: the longest allowed length (128).
id-empty = 为空；要求：1 到 { $max } 个字符，不能包含 / ? # %、空格或控制字符，也不能是 . 或 ..
id-too-long = 超过 { $max } 个字符；要求：1 到 { $max } 个字符，不能包含 / ? # %、空格或控制字符，也不能是 . 或 ..
# $kind: space, control or other; $char: the character (quoted) or its code, e.g. U+0007
id-bad-char = 包含{ $kind ->
        [space] 空格
        [control] 控制字符（{ $char }）
       *[other] 字符 { $char }
    }；要求：1 到 { $max } 个字符，不能包含 / ? # %、空格或控制字符，也不能是 . 或 ..
id-dots = 不能是“{ $value }”；要求：1 到 { $max } 个字符，不能包含 / ? # %、空格或控制字符，也不能是 . 或 ..

-email-allowed = 形如 first.last@example.com 的地址（只能有一个 @，不能有空格）
email-empty = 为空；请输入{ -email-allowed }
email-too-long = 超过 { $max } 个字符
email-bad-char = 包含{ $kind ->
        [space] 空格
        [control] 控制字符（{ $char }）
       *[other] 字符 { $char }
    }；请输入{ -email-allowed }
# $count: how many @ the address has (0, 2, 3…)
email-ats = 包含 { $count } 个 '@'；请输入{ -email-allowed }
email-no-local = @ 前面没有内容；请输入{ -email-allowed }
email-no-domain = @ 后面没有内容；请输入{ -email-allowed }
identity-both = 请填写邮箱地址或坐席 ID 其中一项，不能同时填写

token-empty = 为空；请粘贴 Configuration Manager 中的操作令牌
token-too-long = 过长；请只粘贴操作令牌（8x8 令牌长度为 32–64 个字符）
token-spaces = 包含空格或控制字符；请只粘贴操作令牌
# The token field when cluster, tenant, proxy or CA file changed without a new token
token-needed-again = 需要重新输入：集群、租户、代理或 CA 文件已更改，已保存的令牌绝不会发送到未授权的目标；请粘贴操作令牌

-proxy-allowed = 形如 http://proxy.example.com:3128 的 URL（http 或 https）
proxy-not-a-url = { $value } 不是有效的 URL（{ $detail }）；请输入{ -proxy-allowed }
proxy-scheme = 不支持 { $scheme }:// 协议；请输入{ -proxy-allowed }
proxy-no-host = 没有主机名；请输入{ -proxy-allowed }
# $detail: the HTTP library's technical reason (English)
proxy-refused = 被拒绝：{ $detail }

# $file: a file path; $detail: the system's reason (English)
ca-unreadable = 无法读取 { $file }：{ $detail }
ca-not-pem = { $file } 不是 PEM 证书文件：{ $detail }
ca-empty = { $file } 中没有 PEM 证书（应包含 -----BEGIN CERTIFICATE-----）

field-unknown = 未知字段 { $name }
# $file: the administrator's managed configuration file
field-locked = 已被管理员在 { $file } 中锁定，无法在此处更改

-hotkey-allowed = 带修饰键的组合键（如 Ctrl+Alt+P、Ctrl+Shift+F9），或单独一个媒体键（MediaPause、MediaTrackNext、AudioVolumeMute…）
hotkey-two-keys = { $value } 包含多个主键；请使用{ -hotkey-allowed }
hotkey-unknown-key = 无法识别按键 { $key }；请使用{ -hotkey-allowed }
hotkey-no-key = { $value } 只有修饰键，没有主键；请使用{ -hotkey-allowed }
hotkey-bare = 单独使用 { $key }（或只加 Shift）会拦截正常输入；请加上 Ctrl、Alt 或 Super
hotkey-unsupported = { $key } 无法在 Linux/X11 上注册（仅支持 Windows 和 macOS）；请使用 MediaPlay、MediaPause 或 MediaTrackNext
hotkey-not-media-on-windows = 在 Windows 上，{ $key } 不是媒体键：它会被注册为 Pause/Break 键或 Play 键，而不是耳机发送的按键；请使用以下之一：{ $keys }
# $other: the name of the other hotkey setting, e.g. "pause hotkey"
hotkey-taken = { $key } 已用作 { $other }；请选择其他按键

# $max: 50; $count: how many were given
rules-too-many = 最多允许 { $max } 条规则，当前为 { $count } 条
# $n: the rule's number in the list, from 1
rule-empty = 规则 { $n } 为空：请填写窗口标题的一部分，如“银行卡信息”
rule-too-long = 规则 { $n } 超过 { $max } 个字符
rule-bad-regex = 规则 { $n } 不是有效的正则表达式（{ $detail }）；关闭“正则表达式”即可按输入的原文匹配

# $value: what was given; $min, $max: the allowed range in seconds
reminder-range = 不允许 { $value } 秒：请填写 0（关闭）或 { $min }–{ $max } 秒
max-pause-range = 不允许 { $value } 秒：请填写 0（不限制）或 { $min }–{ $max } 秒（最长 4 小时）
throttle-range = 不允许 { $value } 毫秒：请填写 0（关闭）到 { $max } 毫秒

# $value: what was given; $allowed: the language tags, e.g. "en-US, es-ES, …"
language-unknown = “{ $value }”不可用；请使用 auto 或以下之一：{ $allowed }
# $value: what was given; $allowed: top-left, top-right, bottom-left, bottom-right
corner-unknown = { $value } 不是有效的屏幕角落；请使用以下之一：{ $allowed }

# Client hardening
outcome-rate-limited = 8x8 正在限制请求（HTTP 429），未做任何更改；请稍后再试
verdict-rate-limited = 8x8 目前正在限制请求（HTTP 429），因此无法检查设置：请过一分钟再试。
# $max: the longest tenant accepted (128)
tenant-colon = 包含“:”，HTTP Basic 认证无法在租户中传递该字符；要求：1 到 { $max } 个字符，不能包含 : / ? # %、空格或控制字符，也不能是 . 或 ..
email-slash = 包含“/”，该字符无法在请求路径中发送；请输入{ -email-allowed }

## 管理员的托管配置未应用时
managed-malformed = 托管配置 { $file } 无效（{ $problem }），其中任何内容都不会应用——请联系管理员
managed-untrusted-owner = 未应用托管配置：{ $path } 的所有者不是管理员（所有者 { $owner }）
managed-untrusted-group-or-others = 未应用托管配置：组或其他用户可以写入 { $path }
managed-untrusted-changed-by = 未应用托管配置：{ $who } 可以更改 { $path }，而不仅仅是管理员
managed-untrusted-not-a-file = 未应用托管配置：{ $path } 不是普通文件
managed-untrusted-unreadable = 未应用托管配置：无法检查 { $path } 的所有者（{ $detail }）

live-field-invalid = { $problem }
live-agent-id-needed = 开启实时状态时必填：您的 8x8 坐席 ID（如 agAglVJkg0TU28dok9y9UQKg），即使操作使用的是电子邮件
state-live-paused = 录音已暂停 · { $elapsed } — 8x8 已确认
state-live-paused-aw = 录音已在 Agent Workspace 中暂停 · { $elapsed } — 8x8 已确认
state-live-recording = 正在录音 — 8x8 已确认
state-live-no-call = 无通话 — 8x8 已确认
state-live-not-recorded = 通话中，未在录音 — 8x8 已确认
state-live-lost-paused = 自 { $time } 起暂停 · { $elapsed } — 实时状态中断：未验证
live-host-unknown = 8x8 尚未为 { $cluster } 提供 Event Streaming 主机：请设置 Event Streaming 主机（host 或 host:port）
live-credential-empty = 为空：请粘贴 Event Streaming 凭据（以 eght_ 开头的 Admin Console 密钥，或 Data Request Token）
live-credential-invalid = 不是有效凭据：最多 { $max } 个可打印字符，且不含空格

## Relay mode: the relay's refusals
outcome-device-revoked = 中继拒绝了这台电脑的密钥：密钥已被吊销——请向管理员索取新的注册码
outcome-device-unknown = 中继不认识这台电脑的密钥——请用管理员提供的注册码重新注册
outcome-relay-limited = 中继正在限制这台电脑的请求——没有向 8x8 发送任何内容；请稍后再试
outcome-relay-unreachable = 无法连接中继——没有向 8x8 发送任何内容
outcome-relay-failed = 中继出错（HTTP { $status }）——录音状态未确认
verdict-device-refused = 中继拒绝了这台电脑的密钥：请用管理员提供的新注册码重新注册。
verdict-relay-limited = 中继正在限制请求，因此无法检查设置：请一分钟后再试。
verdict-relay-unreachable = 无法连接中继：请检查其地址、代理和您的网络。
relay-url-invalid = { $value } 不是中继地址：请填写 https://主机 或 https://主机:端口（{ $detail }）
