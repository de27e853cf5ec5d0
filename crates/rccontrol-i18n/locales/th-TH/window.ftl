## Settings window (ui/index.html, ui/app.js).
## A placeholder such as { $file } is filled in by the page; keep it as it is.
## Key names (Ctrl+Alt+P), file paths, "rcctl" commands and "8x8" stay as they are.

## Top of the window: title, state, buttons

# The window's title bar.
window-page-title = Recording Control — การตั้งค่า
# The product's name, as the page heading. Usually kept as it is.
window-app-name = Recording Control
# Shown for a moment while the page waits for the app.
window-loading = กำลังโหลด…
# Shown when the page cannot talk to the app. $message is the app's error text.
window-error = ข้อผิดพลาด: { $message }
# Banner at the top while the demo mode is on.
window-demo-banner = DEMO — เชื่อมต่อกับเครื่องจำลอง 8x8 ในตัว ไม่มีผลกับสายจริงใด ๆ
window-pause-button = หยุดบันทึกชั่วคราว
window-resume-button = บันทึกต่อ
window-demo-start = ลองใช้เดโม
window-demo-leave = ออกจากเดโม
# Shown under the buttons while the app sends the action to 8x8.
window-pausing = กำลังหยุดบันทึกชั่วคราว…
window-resuming = กำลังกลับมาบันทึกต่อ…
# Name, for screen readers, of the list of problems under the buttons (no tray icon, no notifications…).
window-environment-label = ปัญหาของเดสก์ท็อปนี้

## Settings set by an administrator (managed configuration)

# Banner when some fields are locked. $file is the path of the administrator's settings file.
window-managed-locked = ผู้ดูแลระบบกำหนดการตั้งค่าบางรายการไว้ ({ $file }) จึงเปลี่ยนที่นี่ไม่ได้
# Banner when the administrator only gives defaults. $file is the path of the administrator's settings file.
window-managed-defaults = ผู้ดูแลระบบกำหนดค่าเริ่มต้นไว้ให้ ({ $file })
# Tooltip of a locked field. $file is the path of the administrator's settings file.
window-locked-title = ผู้ดูแลระบบกำหนดไว้ใน { $file }
# Added after the label of a locked field.
window-locked-note = · ล็อกไว้โดยผู้ดูแลระบบ

## Language

window-language-heading = ภาษา
window-language-label = ภาษาของ Recording Control
# First choice of the language list: follow the language of the computer.
window-language-auto = อัตโนมัติ (ภาษาของระบบ)
window-language-help = ใช้ในหน้าต่างนี้ เมนูถาดระบบ และการแจ้งเตือน จะเปลี่ยนเมื่อบันทึกการตั้งค่า

## Connection

window-connection-heading = การเชื่อมต่อ
# An 8x8 cluster is the server group of the company's account.
window-cluster-label = Cluster
# Example text in the empty Cluster field. "vcc-na7" is a cluster name: keep it.
window-cluster-placeholder = vcc-na7 หรือวาง URL หน้าเข้าสู่ระบบ Agent Workspace
# Followed by an example address: https://vcc-na7.8x8.com/AGUI/…
window-cluster-help = ดูได้จากที่อยู่ของหน้าเข้าสู่ระบบ Agent Workspace:
# The company's account name at 8x8.
window-tenant-label = Tenant
# Title of the choice between "E-mail" and "Agent ID" below it.
window-identity-legend = ระบุตัวตนด้วย
window-identity-email = อีเมล
window-identity-agent-id = Agent ID
# Example text in the empty E-mail field.
window-identity-email-placeholder = first.last@example.com
# Example text in the empty Agent ID field.
window-identity-agent-id-placeholder = agent ID ของคุณ
# The secret key that allows pausing and resuming recordings.
window-token-label = Action token
window-token-help = เก็บไว้ในคีย์เชนของระบบปฏิบัติการเท่านั้น และจะไม่แสดงอีก token นี้ใช้ได้กับทั้ง tenant: โปรดเก็บเป็นความลับ
# In the empty token field when a token is already stored. $service is the keychain's name, e.g. "Windows Credential Manager".
window-token-stored = เก็บไว้ใน { $service } แล้ว เว้นว่างไว้เพื่อใช้ token เดิม
# In the empty token field when no token is stored yet.
window-token-paste = วาง action token
# A section that opens on click: settings for company networks.
window-network-summary = เครือข่ายองค์กร
window-proxy-label = URL ของ proxy
# Example text in the empty Proxy field: an empty field uses the system's proxy settings.
window-proxy-placeholder = http://proxy.example.com:3128 (เว้นว่าง: ใช้การตั้งค่าระบบ)
window-ca-file-label = ไฟล์ใบรับรอง CA เพิ่มเติม (PEM)
window-custom-host = อนุญาตเซิร์ฟเวอร์นอก *.8x8.com (เฉพาะเซิร์ฟเวอร์ทดสอบ)

## Hotkeys

window-hotkeys-heading = ปุ่มลัด
# “Record” is the button next to each hotkey (window-hotkey-record).
window-hotkeys-hint = คลิก “กำหนดปุ่ม” แล้วกดปุ่มที่ต้องการ (หรือเลือกปุ่มมีเดียที่ชุดหูฟังส่งมา) เว้นว่าง = ปิด
# Names of the three hotkeys, also used in other messages as $action or $hotkey.
window-hotkey-pause = หยุดชั่วคราว
window-hotkey-resume = บันทึกต่อ
# A hotkey that pauses when recording and resumes when paused.
window-hotkey-toggle = สลับ
# Button: start listening for the keys of a hotkey.
window-hotkey-record = กำหนดปุ่ม
# Button: remove a hotkey.
window-hotkey-clear = ล้าง
# Names, for screen readers, of the buttons and lists of each hotkey row.
window-hotkey-record-pause = กำหนดปุ่มลัดหยุดชั่วคราว
window-hotkey-record-resume = กำหนดปุ่มลัดบันทึกต่อ
window-hotkey-record-toggle = กำหนดปุ่มลัดสลับ
window-hotkey-media-pause = ปุ่มมีเดียสำหรับหยุดชั่วคราว
window-hotkey-media-resume = ปุ่มมีเดียสำหรับบันทึกต่อ
window-hotkey-media-toggle = ปุ่มมีเดียสำหรับสลับ
window-hotkey-clear-pause = ล้างปุ่มลัดหยุดชั่วคราว
window-hotkey-clear-resume = ล้างปุ่มลัดบันทึกต่อ
window-hotkey-clear-toggle = ล้างปุ่มลัดสลับ
# First entry of the media key list of each hotkey.
window-media-key-choose = ปุ่มมีเดีย…
# A media key that cannot be used on this computer. $key is the key's name, e.g. "MediaPlayPause".
window-media-key-unsupported = { $key } (เฉพาะ Windows/macOS)
# $keys is a list of key names, e.g. "MediaPlay, MediaPause".
window-media-note = ปุ่มมีเดียเหล่านี้ใช้ได้เฉพาะบน Windows และ macOS ใช้ที่นี่ (X11) ไม่ได้: { $keys }
window-media-key-unsupported-windows = { $key } (ไม่ใช่ปุ่มมีเดียบน Windows)
window-media-note-windows = บน Windows ปุ่มเหล่านี้จะถูกลงทะเบียนเป็นปุ่ม Pause/Break และ Play ไม่ใช่ปุ่มมีเดียของหูฟัง: { $keys } ให้ใช้ เล่น/หยุดชั่วคราว (MediaPlayPause) หยุด เพลงถัดไปหรือก่อนหน้า หรือปุ่มปรับเสียง
window-toggle-help = ปุ่มสลับปิดไว้โดยค่าเริ่มต้น เพราะ 8x8 ไม่แจ้งแอปว่าการบันทึกหยุดชั่วคราวอยู่หรือไม่ ปุ่มสลับจึงอาจส่งคำสั่งตรงข้ามกับที่คุณต้องการ การแจ้งเตือนจะบอกว่าส่งคำสั่งใดไป
# Shown in a hotkey field while it waits for the keys.
window-hotkey-press-keys = กดปุ่มที่ต้องการ…
# State of a hotkey, under its row.
window-hotkey-active = ใช้งานอยู่
window-hotkey-off = ปิด
# $reason is the app's explanation.
window-hotkey-not-active = ไม่ทำงาน: { $reason }
# $reason is the app's explanation.
window-hotkey-unavailable = ใช้ไม่ได้: { $reason }
window-hotkey-portal = กำหนดโดยเดสก์ท็อปของคุณ (ดูด้านล่าง)
# Error after recording keys. $hotkey is Pause, Resume or Toggle; $problem is the app's explanation.
window-hotkey-error = ปุ่มลัด{ $hotkey }: { $problem }

## Shortcuts on Wayland desktops (set through the desktop, not by the app)

window-wayland-heading = ปุ่มลัดบน Wayland
window-wayland-bound = เดสก์ท็อปของคุณเป็นผู้จัดการปุ่มลัดเหล่านี้:
# One line per shortcut. $action is Pause, Resume or Toggle; $keys are the keys as the desktop shows them, e.g. "Ctrl+Alt+P".
window-wayland-binding = { $action }: { $keys } — กำหนดไว้ในการตั้งค่าเดสก์ท็อป
# A shortcut without keys yet. $action is Pause, Resume or Toggle.
window-wayland-binding-unset = { $action }: ยังไม่มีปุ่ม — กำหนดได้ในการตั้งค่าเดสก์ท็อป
window-wayland-unavailable = เดสก์ท็อปของคุณไม่รองรับปุ่มลัดทั่วทั้งระบบสำหรับแอป
window-wayland-failed = เดสก์ท็อปของคุณตั้งค่าปุ่มลัดทั่วทั้งระบบให้แอปนี้ไม่ได้
# The desktop asked the agent to confirm the shortcuts and the agent closed that request.
window-wayland-cancelled = ยังไม่ได้ตั้งค่าปุ่มลัด: คำขอของเดสก์ท็อปถูกยกเลิก
# Shown while the app asks the desktop for the shortcuts.
window-wayland-setting-up = กำลังตั้งค่าปุ่มลัดกับเดสก์ท็อป…
# Followed by the commands "rcctl pause" and "rcctl resume".
window-wayland-commands = หากยังต้องการใช้ปุ่มลัด ให้เพิ่มคำสั่งเหล่านี้เป็นปุ่มลัดที่กำหนดเองในการตั้งค่าแป้นพิมพ์ของเดสก์ท็อป:

## Safety

window-safety-heading = ความปลอดภัย
window-safety-hint = การลืมบันทึกต่อหลังหยุดชั่วคราวถือเป็นการละเมิดข้อกำหนด ตัวเลือกเหล่านี้ช่วยป้องกันไม่ให้เกิดขึ้นโดยไม่ตั้งใจ
# Label of a number field; the number of seconds is typed in the field below.
window-reminder-label = เตือนขณะหยุดชั่วคราว ทุก … วินาที
window-reminder-help = เตือนครั้งแรกเมื่อครบเวลานี้ แล้วเตือนซ้ำทุกช่วงเวลาเท่ากัน 0 = ไม่เตือน
# Label of a number field; the number of seconds is typed in the field below.
window-max-pause-label = บันทึกต่ออัตโนมัติเมื่อหยุดชั่วคราวครบ … วินาที
window-max-pause-help = นับจากการหยุดครั้งแรก การกดหยุดชั่วคราวซ้ำจะไม่ยืดเวลาออกไป 0 = ไม่บันทึกต่ออัตโนมัติ (ค่าเริ่มต้น)
# Label of a number field; the number of milliseconds is typed in the field below.
window-throttle-label = ข้ามการกดคำสั่งเดิมซ้ำภายใน … มิลลิวินาที
window-throttle-help = ป้องกันการกดซ้ำโดยไม่ตั้งใจและปุ่มชุดหูฟังที่ส่งสัญญาณซ้ำ 0 = ปิด

## On-screen badge shown while the recording is paused

window-badge-heading = ป้ายบนหน้าจอ
window-badge-label = แสดงป้ายบนหน้าจอขณะหยุดบันทึกชั่วคราว
window-badge-corner-label = มุมหน้าจอ
window-badge-corner-top-left = ซ้ายบน
window-badge-corner-top-right = ขวาบน
window-badge-corner-bottom-left = ซ้ายล่าง
window-badge-corner-bottom-right = ขวาล่าง

## Automatic pause in payment windows

window-rules-heading = หยุดบันทึกอัตโนมัติในหน้าต่างชำระเงิน
window-rules-hint = เมื่อหน้าต่างที่ชื่อมีข้อความเหล่านี้อยู่ด้านหน้า ระบบจะหยุดบันทึกชั่วคราว และจะบันทึกต่อเมื่อไม่มีหน้าต่างแบบนั้นแล้ว — แต่เฉพาะกรณีที่กฎเป็นผู้หยุดเท่านั้น หากคุณหยุดเอง กฎจะไม่บันทึกต่อให้
# Name, for screen readers, of the list of rules.
window-rules-label = กฎหยุดอัตโนมัติ
# $reason is the app's explanation.
window-rules-unavailable = ใช้บนเดสก์ท็อปนี้ไม่ได้: { $reason } กฎยังเก็บไว้ แต่จะไม่ทำงานที่นี่
# $method is the technical way the app sees windows, e.g. "X11".
window-rules-watching = กำลังตรวจดูหน้าต่างที่อยู่ด้านหน้า ({ $method })
# $method is the technical way the app sees windows, e.g. "X11".
window-rules-ready = ใช้ได้บนเดสก์ท็อปนี้ ({ $method }) เมื่อบันทึกกฎอย่างน้อยหนึ่งข้อแล้ว
window-rule-add = เพิ่มกฎ
window-rules-preview = ทดสอบกับหน้าต่างที่เปิดอยู่
# Column headers of the test table.
window-rules-preview-title = ชื่อหน้าต่าง
window-rules-preview-rule = กฎที่ตรงกัน
# In the test table: this window would pause the recording. $rule is the matching rule.
window-rules-preview-pauses = หยุดชั่วคราว ({ $rule })
window-rules-preview-none = ไม่มีหน้าต่างที่มีชื่อเปิดอยู่
# Example text in an empty rule field: a part of a payment window's title.
window-rule-placeholder = Card details
# Name, for screen readers, of a rule field. $number is the rule's number (1, 2, …).
window-rule-pattern-label = กฎข้อ { $number }: ข้อความบางส่วนของชื่อหน้าต่าง
# Checkbox next to a rule: the rule is a regular expression, not plain text.
window-rule-regex = regex
window-rule-remove = ลบ
# Name, for screen readers, of the Remove button. $number is the rule's number (1, 2, …).
window-rule-remove-label = ลบกฎข้อ { $number }

## Links from other programs

# CRM: the customer database program the agent works in.
window-links-heading = ลิงก์จาก CRM ของคุณ
# Followed by the two links, rccontrol://pause and rccontrol://resume.
window-deep-link-label = รับคำสั่งจากลิงก์หยุดชั่วคราวและบันทึกต่อ
window-link-confirm-label = ถามก่อนที่ลิงก์จะหยุดการบันทึกชั่วคราว
window-link-confirm-help = หน้าเว็บก็เปิดลิงก์ได้: เมื่อเปิดตัวเลือกนี้ ลิงก์หยุดชั่วคราวจะหยุดการบันทึกหลังจากคุณยืนยันเท่านั้น
window-deep-link-help = ปิดไว้โดยค่าเริ่มต้น เพราะหน้าเว็บใดก็เรียกลิงก์แบบนี้ได้ ทุกครั้งที่ใช้จะถูกเก็บไว้ในล็อกการตรวจสอบ

## Start

window-start-heading = การเริ่มทำงาน
window-autostart = เริ่ม Recording Control เมื่อเข้าสู่ระบบ

## Saving

window-save = บันทึกการตั้งค่า
window-saving = กำลังบันทึกการตั้งค่า…
# “Check settings” is the button below the form (window-check-button).
window-saved = บันทึกการตั้งค่าแล้ว กด “ตรวจสอบการตั้งค่า” ขณะที่ไม่ได้อยู่ในสาย
window-fix-fields = แก้ไขช่องที่ขึ้นสีแดง
window-token-missing = ยังไม่มี token
# Under the token field when saving without a token.
window-token-required = วาง action token โดย token จะเก็บไว้ในคีย์เชนเท่านั้น

## Check settings

window-check-heading = ตรวจสอบการตั้งค่า
# “resume” is the action the button sends.
window-check-hint = ใช้เฉพาะเมื่อไม่ได้อยู่ในสาย เพราะจะส่งคำสั่ง “บันทึกต่อ” ผลลัพธ์จะบอกว่าการตั้งค่าของคุณถูกต้องหรือไม่
window-check-button = ตรวจสอบการตั้งค่า
window-check-sending = กำลังส่งคำสั่งบันทึกต่อ…
# $message is what 8x8 answered; $verdict is what it means for the settings.
window-check-result = { $message } — { $verdict }

## Last actions (audit log)

window-log-heading = การทำงานล่าสุด
window-export = ส่งออกล็อกการตรวจสอบ (CSV)
window-exporting = กำลังส่งออก…
# $path is the file the log was saved to.
window-exported = ส่งออกไปที่ { $path } แล้ว
# Column headers of the table of last actions.
window-log-time = เวลา
window-log-from = ที่มา
window-log-action = คำสั่ง
window-log-outcome = ผลลัพธ์
window-log-message = รายละเอียด
window-log-empty = ยังไม่มีรายการ
# $path is the audit log file.
window-audit-file = ล็อกการตรวจสอบ: { $path }
# Column "From" of the table: what started the action.
window-log-from-cli = rcctl
window-log-from-hotkey = ปุ่มลัด
window-log-from-tray = เมนูถาดระบบ
# Another program talking to the app through its local connection.
window-log-from-socket = โปรแกรมอื่น
window-log-from-rule = กฎหยุดอัตโนมัติ
window-log-from-timer = ตัวจับเวลา
window-log-from-link = ลิงก์
window-log-from-window = หน้าต่างนี้
window-log-from-notification = การแจ้งเตือน
window-log-from-exit = การปิดแอป
# Column "Action" of the table.
window-log-action-pause = หยุดชั่วคราว
window-log-action-resume = บันทึกต่อ
# Column "Outcome" of the table.
window-log-outcome-applied = สำเร็จ
window-log-outcome-no-active-call = ไม่มีสายที่กำลังสนทนา
window-log-outcome-not-enabled = ไม่ได้เปิดใช้การบันทึก
window-log-outcome-unrecognised = คำตอบที่ไม่รู้จัก
window-log-outcome-bad-request = คำขอถูกปฏิเสธ
window-log-outcome-unauthorized = ไม่ได้รับอนุญาต
window-log-outcome-agent-not-found = ไม่พบเอเจนต์
window-log-outcome-server-error = เซิร์ฟเวอร์ขัดข้อง
window-log-outcome-rate-limited = ถูกจำกัดจำนวนคำขอ
window-log-outcome-redirected = ถูกเปลี่ยนเส้นทาง
window-log-outcome-timeout = หมดเวลารอคำตอบ
window-log-outcome-network = เครือข่ายขัดข้อง
window-log-outcome-tls = เชื่อมต่ออย่างปลอดภัยไม่ได้

## First run and the rest of the settings

# Shown above the connection fields while nothing is configured yet.
window-first-run-intro = ข้อมูลสี่อย่างจากผู้ดูแลระบบของคุณเชื่อมแอปกับ 8x8: คลัสเตอร์ เทแนนต์ อีเมลหรือรหัสเอเจนต์ของคุณ และโทเค็นการดำเนินการ จากนั้นกด “บันทึกการตั้งค่า” แล้วกด “ตรวจสอบการตั้งค่า” ขณะที่ไม่ได้อยู่ในสาย
# Beside the "Try the demo" button, below the connection fields.
window-demo-offer = ยังไม่มีข้อมูล 8x8 ใช่ไหม ลองใช้แอปกับเครื่องจำลองในตัว: ไม่มีการแตะต้องสายจริงใด ๆ
# The collapsible section that holds every setting besides the connection.
window-more-summary = การตั้งค่าเพิ่มเติม: ปุ่มลัด ระบบป้องกัน ลิงก์ การเริ่มเมื่อเข้าสู่ระบบ

## สถานะสด (8x8 Event Streaming) จะไม่แสดงข้อมูลรับรองเลย

window-live-heading = สถานะสด (8x8 Event Streaming)
window-live-hint = แสดงสถานะการบันทึกที่ 8x8 รายงานเอง แทนสิ่งที่แอปคาดจากคำตอบ ต้องใช้รหัสเอเจนต์ 8x8 ของคุณและข้อมูลรับรอง Event Streaming จากผู้ดูแลระบบ
window-live-label = แสดงสถานะสดจาก 8x8 Event Streaming
window-live-agent-id-label = รหัสเอเจนต์ 8x8 ของคุณสำหรับ Event Streaming
window-live-agent-id-help = จำเป็นเมื่อเปิดสถานะสด แม้ว่าด้านบนจะระบุตัวคุณด้วยอีเมล
window-live-host-label = โฮสต์ Event Streaming (เฉพาะเมื่อ 8x8 ให้มา)
window-live-host-help = เว้นว่าง: ใช้โฮสต์ของภูมิภาคคลัสเตอร์ของคุณ ซึ่งแสดงเป็นสีเทา
window-live-host-none = คลัสเตอร์นี้ยังไม่มีโฮสต์ Event Streaming: กรอกโฮสต์ที่ 8x8 ให้มา
window-live-credential-label = ข้อมูลรับรอง Event Streaming
window-live-credential-help = คีย์ Admin Console ที่ขึ้นต้นด้วย eght_ หรือ Data Request Token เก็บไว้ในพวงกุญแจของระบบเท่านั้นและจะไม่แสดงอีก ใช้ได้ทั้ง tenant: โปรดเก็บเป็นความลับ
window-live-credential-stored = เก็บไว้ใน { $service } แล้ว เว้นว่างไว้เพื่อใช้ข้อมูลเดิม
window-live-credential-paste = วางข้อมูลรับรอง Event Streaming
window-live-credential-state-stored = ข้อมูลรับรอง: เก็บไว้ในพวงกุญแจของระบบแล้ว
window-live-credential-state-none = ข้อมูลรับรอง: ยังไม่ได้เก็บ
window-live-status-off = สถานะสด: ปิด
window-live-status-connecting = สถานะสด: กำลังเชื่อมต่อกับ 8x8 Event Streaming…
window-live-status-live = สถานะสด: เชื่อมต่อแล้ว — สถานะยืนยันโดย 8x8
window-live-status-down = สถานะสด: ขาดการเชื่อมต่อ — สถานะที่แสดงยังไม่ได้ยืนยัน
window-live-status-rejected = สถานะสด: 8x8 ปฏิเสธข้อมูลรับรอง Event Streaming — โปรดวางข้อมูลใหม่
window-live-status-no-credential = สถานะสด: เปิดอยู่ แต่ยังไม่มีข้อมูลรับรอง Event Streaming — วางด้านล่างแล้วบันทึก

## The relay section
window-relay-heading = รีเลย์ของบริษัท
window-relay-hint = หากบริษัทของคุณมีรีเลย์ ให้ลงทะเบียนคอมพิวเตอร์เครื่องนี้ด้วยรหัสแบบใช้ครั้งเดียวจากผู้ดูแลระบบ: จะไม่มีการเก็บโทเค็นการดำเนินการไว้ในคอมพิวเตอร์เครื่องนี้ และรีเลย์จะบันทึกทุกการดำเนินการไว้ที่ศูนย์กลาง
window-relay-url-label = ที่อยู่ของรีเลย์
window-relay-code-label = รหัสลงทะเบียน
window-relay-enroll = ลงทะเบียนคอมพิวเตอร์เครื่องนี้
window-relay-status-on = ลงทะเบียนกับ { $relay } ในชื่อ { $device } แล้ว ทำงานแทน { $email } ในเทแนนต์ { $tenant } ไม่มีการเก็บโทเค็นการดำเนินการไว้ในคอมพิวเตอร์เครื่องนี้
window-relay-status-off = ไม่ได้อยู่ในโหมดรีเลย์: คอมพิวเตอร์เครื่องนี้ติดต่อ 8x8 โดยตรง
window-relay-enrolled = ลงทะเบียนแล้ว: ตอนนี้รีเลย์ทำงานแทนคุณ
