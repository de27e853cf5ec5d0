## rcctl, the command-line tool. Commands (rcctl setup, rcctl resume), flags
## (--email, --direct), environment variables (RCCTL_TOKEN, RCCONTROL_LANG),
## file paths and key names stay exactly as they are.

## Around every error and warning.

# "rcctl" is the program name: keep it. $message: the error, already a sentence.
rcctl-error = rcctl: { $message }
# $message: the warning, already a sentence.
rcctl-warning = rcctl: คำเตือน: { $message }
# $variable: the environment variable's name (RCCONTROL_LANG). $given: its value.
# $allowed: the language tags it accepts, comma-separated.
rcctl-language-unknown = { $variable }: ไม่มีภาษา "{ $given }" — ใช้ auto หรือค่าใดค่าหนึ่งใน { $allowed }

## What rcctl was doing when a local file or the terminal failed.
## The system's error follows after a colon.

rcctl-doing-runtime = เริ่ม async runtime ไม่สำเร็จ
# $path: a file
rcctl-doing-read = อ่าน { $path } ไม่สำเร็จ
rcctl-doing-remove = ลบ { $path } ไม่สำเร็จ
rcctl-doing-write-csv = เขียน CSV ไม่สำเร็จ
rcctl-doing-read-demo-log = อ่านล็อกการตรวจสอบของเดโมไม่สำเร็จ
rcctl-doing-token-terminal = อ่าน token จากเทอร์มินัลไม่สำเร็จ
rcctl-doing-token-stdin = อ่าน token จากอินพุตมาตรฐานไม่สำเร็จ

## rcctl pause / rcctl resume: the line after the action.

# $message: what 8x8 answered (one of the outcome sentences). $http: "HTTP 200" or
# "no HTTP answer". $ms: milliseconds the action took.
rcctl-report-line = { $message } ({ $http }, { $ms } ms)
# Like rcctl-report-line, when the request was sent more than once. $attempts: how many times.
rcctl-report-line-attempts = { $message } ({ $http }, { $ms } ms, ส่ง { $attempts } ครั้ง)
# $status: the HTTP status code, e.g. 200
rcctl-report-http = HTTP { $status }
rcctl-report-no-http = ไม่มีการตอบกลับ HTTP
# The desktop app could not be reached, so rcctl sends the action itself.
# $error: why the app could not be reached.
rcctl-app-unreachable = { $error } — จะเรียก 8x8 โดยตรงแทน
rcctl-app-other-user = ซ็อกเก็ตควบคุม { $address } ถูกให้บริการโดยผู้ใช้อื่น ({ $found }; คุณคือ { $ours }) จึงไม่ได้ส่งสิ่งใดไป
# The desktop app answered but did not do the action. $action: pause or resume
# (the command); $reason: the app's explanation.
rcctl-app-refused = แอป Recording Control ทำงานอยู่ แต่ไม่ได้{ $action ->
        [pause] หยุดบันทึกชั่วคราว
       *[other] บันทึกต่อ
    }: { $reason }
# The path in RCCTL_SOCKET cannot be used. $variable: RCCTL_SOCKET; $error: why.
rcctl-socket-unusable = { $variable }: { $error } — จะไม่ส่งผ่านแอป
rcctl-app-answered-status = แอปตอบกลับเป็นสถานะ ไม่ใช่รายงานผล
# The request went to the desktop app but no answer came back. $error: what went
# wrong; $action: pause or resume.
rcctl-app-no-reply = { $error } — ยืนยันสถานะการบันทึกไม่ได้ (แอปอาจยัง{ $action ->
        [pause] หยุดบันทึกชั่วคราว
       *[other] บันทึกต่อ
    }ให้ภายหลัง)

## rcctl status: one line per item, a label then its value.
## Keep each label short: the values are aligned after the longest one.

rcctl-status-settings-file = ไฟล์การตั้งค่า:
# Why the settings cannot be used (the reason follows).
rcctl-status-problem = ปัญหา:
# The 8x8 cluster, e.g. vcc-na7.8x8.com
rcctl-status-cluster = Cluster:
# The company's tenant name in 8x8
rcctl-status-tenant = Tenant:
rcctl-status-email = อีเมลเอเจนต์:
rcctl-status-agent-id = Agent ID:
# Shown when neither the e-mail nor the agent ID is set.
rcctl-status-agent = เอเจนต์:
# An extra certificate authority file to trust.
rcctl-status-ca-file = ไฟล์ CA:
rcctl-status-proxy = Proxy:
# Whether servers outside 8x8.com are accepted.
rcctl-status-custom-hosts = โฮสต์กำหนดเอง:
# The action token (never shown, only whether it is there).
rcctl-status-token = Token:
# The keychain account (tenant@host) the token is for
rcctl-status-account = บัญชี:
rcctl-status-keychain = Keychain:
# The recording state as last known.
rcctl-status-state = สถานะ:
# How pause and resume are sent: through the running app, or directly to 8x8.
rcctl-status-via = ส่งผ่าน:
rcctl-status-audit-log = ล็อกการตรวจสอบ:
# The administrator's managed configuration file.
rcctl-status-managed = ค่าจากผู้ดูแล:

# No proxy is set: the proxy environment variables (HTTPS_PROXY) apply.
rcctl-status-proxy-environment = - (ใช้ตัวแปรสภาพแวดล้อม)
rcctl-status-custom-hosts-allowed = อนุญาต
rcctl-status-custom-hosts-no = ไม่อนุญาต
rcctl-status-token-env = มี (RCCTL_TOKEN)
rcctl-status-token-env-elsewhere = ตั้งค่าไว้ แต่ไม่ใช่สำหรับ tenant และโฮสต์นี้ (RCCTL_TOKEN_FOR): ไม่ได้ใช้
rcctl-status-token-keychain = มี (keychain ของระบบ)
rcctl-status-token-unknown = ไม่ทราบ (ติดต่อ keychain ไม่ได้)
rcctl-status-token-absent = ไม่มี
# $service: the keychain's name, e.g. Secret Service
rcctl-status-keychain-reachable = ใช้งานได้ ({ $service })
# $version: the desktop app's version number
rcctl-status-via-app = แอป { $version }
# The desktop app runs in its demo mode, against a simulator. Keep "DEMO" as the app shows it.
rcctl-status-via-app-demo = แอป { $version } (DEMO)
rcctl-status-via-direct-flag = โดยตรง (--direct)
rcctl-status-via-direct-no-app = โดยตรง (แอปไม่ได้ทำงาน)
# $problem: why the app gave no usable answer
rcctl-status-via-direct-problem = โดยตรง (แอปมีปัญหา: { $problem })
# $error: the system's error
rcctl-status-problem-runtime = เริ่ม async runtime ไม่สำเร็จ: { $error }
# $answer: the app's error message
rcctl-status-problem-app-error = แอปตอบกลับว่า: { $answer }
rcctl-status-problem-action-report = แอปตอบกลับเป็นรายงานผลการสั่งงาน
# The managed configuration file is there but broken. $problem: what is wrong.
rcctl-status-managed-not-applied = ไม่ได้นำไปใช้: { $problem }
# $path: the managed configuration file
rcctl-status-managed-defaults = { $path } (ค่าเริ่มต้น ไม่มีการล็อก)
# $fields: the setting names the administrator locked, e.g. tenant, email
rcctl-status-managed-locked = { $path } (ล็อกไว้: { $fields })
rcctl-status-managed-none = ไม่มี

## rcctl log

# $path: the audit log file
rcctl-log-empty = ยังไม่มีรายการในล็อก ({ $path })
# $ms: milliseconds
rcctl-log-latency = { $ms } ms

## rcctl setup

# $flags: the missing command-line flags, e.g. --cluster, --tenant
rcctl-setup-needs = setup ต้องระบุ { $flags } (ยังไม่เคยตั้งไว้ และไม่มีในการกำหนดค่าจากผู้ดูแลระบบ)
# $path: where the unreadable old settings file was moved
rcctl-setup-kept-corrupt = อ่านไฟล์การตั้งค่าเดิมไม่ได้ จึงเก็บสำรองไว้เป็น { $path }
# The prompt for the secret action token; the typed characters are not shown.
rcctl-setup-token-prompt = Action token (ไม่แสดงสิ่งที่พิมพ์):
# $path: the settings file
rcctl-setup-saved = บันทึกการตั้งค่าไว้ที่ { $path } แล้ว
rcctl-setup-no-token = ไม่ได้เก็บ token ไว้: ให้ระบุใน RCCTL_TOKEN
# $keychain: the keychain's name, e.g. Secret Service. $service and $account: the
# entry's service and account, as the keychain lists them.
rcctl-setup-token-stored = เก็บ token ไว้ใน keychain ของระบบแล้ว: { $keychain }, บริการ "{ $service }", บัญชี "{ $account }"
# Use the same words as outcome-no-call-resume begins with.
rcctl-setup-check = ตรวจสอบขณะที่ไม่ได้อยู่ในสาย: `rcctl resume` ควรตอบว่า "ไม่มีสายที่กำลังสนทนา"

## rcctl forget

# $account: the keychain account, e.g. acme01@vcc-na7.8x8.com
rcctl-forget-token-removed = token ของ { $account }: ลบออกจาก keychain ของระบบแล้ว
rcctl-forget-token-none = token ของ { $account }: ไม่ได้เก็บไว้
# $path: a file that was deleted
rcctl-forget-removed = ลบ { $path } แล้ว
# $path: the audit log file, which forget does not delete
rcctl-forget-log-kept = ยังเก็บล็อกการตรวจสอบไว้: { $path }

## rcctl demo: a built-in simulator of 8x8; no real account or call.
## Keep "DEMO": it marks every demo line.

# $line: the rest of the line
rcctl-demo-line = DEMO  { $line }
# $url: the simulator's address. $tenant and $email: the demo tenant and agent.
rcctl-demo-welcome = Recording Control ทำงานกับเครื่องจำลอง 8x8 ในตัวที่ { $url } (tenant { $tenant }, เอเจนต์ { $email }, อยู่ในสาย)
# "help" is a demo command: keep it.
rcctl-demo-welcome-help = ไม่มีผลกับบัญชีหรือสายจริงใด ๆ พิมพ์ `help` เพื่อดูคำสั่ง
rcctl-demo-call-started = ตอนนี้เอเจนต์อยู่ในสายแล้ว (กำลังบันทึก)
rcctl-demo-call-ended = วางสายแล้ว
rcctl-demo-recording-enabled = เปิดใช้การบันทึกสายสำหรับเอเจนต์แล้ว
rcctl-demo-recording-disabled = ปิดใช้การบันทึกสายสำหรับเอเจนต์แล้ว
# $believed: what Recording Control believes (a state line); $truth: the simulator's real state.
rcctl-demo-status = แอปแสดงว่า: { $believed } · สถานะจริงในเครื่องจำลอง: { $truth }
rcctl-demo-truth-no-call = ไม่มีสาย
rcctl-demo-truth-paused = อยู่ในสาย หยุดบันทึกชั่วคราว
rcctl-demo-truth-recording = อยู่ในสาย กำลังบันทึก
rcctl-demo-truth-unknown = ไม่ทราบ
# One audit log entry. $time, $trigger, $action and $outcome are log values and stay in English.
rcctl-demo-log-entry = { $time }  { $trigger } { $action } → { $outcome } ({ $ms } ms)
# $command: what was typed. "help" is a demo command: keep it.
rcctl-demo-unknown-command = ไม่รู้จักคำสั่ง "{ $command }" พิมพ์ `help` เพื่อดูคำสั่ง

## rcctl demo: the list of commands ("help"). The commands themselves stay in English.

rcctl-demo-help-title = คำสั่งใน DEMO:
rcctl-demo-help-pause = หยุดบันทึกชั่วคราว
rcctl-demo-help-resume = บันทึกต่อ
rcctl-demo-help-call-start = เอเจนต์จำลองรับสาย
rcctl-demo-help-call-end = วางสาย (หลังจากนั้น pause จะตอบว่า "ไม่มีสายที่กำลังสนทนา")
rcctl-demo-help-enable = ปิด/เปิดการบันทึกสายสำหรับเอเจนต์
rcctl-demo-help-status = สถานะที่แอปเข้าใจ
rcctl-demo-help-log = การดำเนินการล่าสุดจากล็อกการตรวจสอบ (ชั่วคราว)
rcctl-demo-help-help = รายการนี้
rcctl-demo-help-quit = ออกจากเดโม

## สถานะสด (8x8 Event Streaming) จะไม่แสดงข้อมูลรับรองเลย

rcctl-doing-credential-terminal = กำลังอ่านข้อมูลรับรอง Event Streaming จากเทอร์มินัล
rcctl-doing-credential-stdin = กำลังอ่านข้อมูลรับรอง Event Streaming จากอินพุตมาตรฐาน
rcctl-setup-credential-prompt = ข้อมูลรับรอง Event Streaming (ซ่อนการพิมพ์):
rcctl-setup-credential-own-step = --stream-credential เป็นขั้นตอนแยกต่างหาก: จะไม่อ่านโทเค็นการดำเนินการและข้อมูลรับรอง Event Streaming ในการเรียกใช้ครั้งเดียวกัน ให้บันทึกโทเค็นการดำเนินการสำหรับ { $account } ก่อน (`rcctl setup` โดยไม่มี --stream-credential) แล้วจึงเรียก `rcctl setup --stream-credential`
rcctl-setup-credential-stored = บันทึกข้อมูลรับรอง Event Streaming ในพวงกุญแจของระบบแล้ว: { $keychain }, บริการ "{ $service }", บัญชี "{ $account }"
rcctl-setup-live-off = สถานะสดปิดอยู่: เปิดได้ด้วย `rcctl setup --live-state on --stream-agent-id ID`
rcctl-setup-no-credential = สถานะสดเปิดอยู่ แต่ไม่มีข้อมูลรับรอง Event Streaming ที่บันทึกไว้สำหรับ { $account }: บันทึกด้วย `rcctl setup --stream-credential`
rcctl-status-live = สถานะสด:
rcctl-status-live-live = เชื่อมต่อแล้ว — สถานะยืนยันโดย 8x8
rcctl-status-live-connecting = กำลังเชื่อมต่อกับ 8x8 Event Streaming
rcctl-status-live-down = ขาดการเชื่อมต่อ: ไม่ได้ยืนยัน
rcctl-status-live-rejected = 8x8 ปฏิเสธข้อมูลรับรอง Event Streaming
rcctl-status-live-off = ปิด
rcctl-status-live-no-credential = เปิด แต่ไม่มีข้อมูลรับรอง Event Streaming ที่บันทึกไว้สำหรับ { $account }: เรียก `rcctl setup --stream-credential`
rcctl-status-live-unknown = เปิด; ไม่ทราบ (แอปที่ทำงานอยู่ไม่ได้แจ้ง)
rcctl-status-live-no-app = เปิด; ไม่ได้เชื่อมต่อ (แอปไม่ได้ทำงาน)
rcctl-forget-credential-removed = ข้อมูลรับรอง Event Streaming สำหรับ { $account }: ลบออกจากพวงกุญแจของระบบแล้ว
rcctl-forget-credential-none = ข้อมูลรับรอง Event Streaming สำหรับ { $account }: ไม่มีที่บันทึกไว้

## Relay mode
rcctl-relay-needs-code = --relay ต้องใช้คู่กับ --enroll CODE: รหัสลงทะเบียนแบบใช้ครั้งเดียวจากผู้ดูแลระบบ
rcctl-relay-needs-url = --enroll ต้องใช้คู่กับ --relay URL (ที่อยู่ของรีเลย์) เว้นแต่การกำหนดค่าที่ผู้ดูแลระบบจัดการไว้กำหนด relay_url
rcctl-relay-no-credential = ในโหมดรีเลย์ รีเลย์เป็นผู้ให้สถานะสด: ไม่มีการเก็บข้อมูลรับรอง Event Streaming ไว้ในคอมพิวเตอร์เครื่องนี้
rcctl-relay-enrolled = ลงทะเบียนกับ { $relay } แล้ว: คอมพิวเตอร์เครื่องนี้ ({ $device }) ทำงานแทน { $email } ในเทแนนต์ { $tenant } ไม่มีการเก็บโทเค็นการดำเนินการไว้ในคอมพิวเตอร์เครื่องนี้
rcctl-relay-key-stored = เก็บคีย์อุปกรณ์ไว้ในพวงกุญแจของระบบแล้ว: { $keychain } บริการ "{ $service }" บัญชี "{ $account }"
rcctl-relay-live-on = สถานะสด: เปิด (รีเลย์เป็นผู้ให้)
rcctl-relay-live-off = สถานะสด: ปิด (รีเลย์ไม่ได้ให้สถานะนี้แก่คุณ)
rcctl-status-relay = รีเลย์:
rcctl-status-relay-off = ปิด (ตรงไปยัง 8x8)
rcctl-status-token-device-key = ไม่มีในคอมพิวเตอร์เครื่องนี้: โหมดรีเลย์ คีย์อุปกรณ์อยู่ในพวงกุญแจของระบบ
rcctl-status-token-no-device-key = ไม่มี: โหมดรีเลย์ แต่ไม่มีคีย์อุปกรณ์ — ยังไม่ได้ลงทะเบียน (rcctl setup --enroll CODE)
