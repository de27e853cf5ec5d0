## The tray app: menu, notifications, badge, desktop problems.
## "Recording Control" is the product name; "DEMO" marks the built-in simulator; keep "rcctl" and key names as they are.

app-name = Recording Control

## Tray menu

tray-pause = หยุดบันทึกชั่วคราว
tray-resume = บันทึกต่อ
# A menu item; $label is "Pause recording" or "Resume recording", $key the hotkey, e.g. Ctrl+Alt+P
tray-with-key = { $label }    { $key }
tray-settings = การตั้งค่า…
tray-demo = ลองใช้เดโม
tray-leave-demo = ออกจากเดโม
tray-log = เปิดไฟล์ล็อก
tray-autostart = เริ่มทำงานเมื่อเข้าสู่ระบบ
tray-quit = ออก
# Shown instead of "Quit" while the recording is paused: choosing it resumes first.
tray-resume-and-quit = บันทึกต่อแล้วออก
# The tray icon's tooltip; $line is the state line, e.g. "Recording paused · 2:14"
tray-tooltip = Recording Control — { $line }
not-configured = ยังไม่ได้ตั้งค่า
# The state line in demo mode; $line is the state line
demo-line = DEMO · { $line }

## Words used inside notifications

action-pause = หยุดบันทึกชั่วคราว
action-resume = บันทึกต่อ
# How an action was triggered, after "via"
trigger-name = { $trigger ->
        [hotkey] ปุ่มลัด
        [tray] เมนูถาดระบบ
        [socket] rcctl
        [cli] rcctl
        [window] หน้าต่างการตั้งค่า
        [timer] ตัวจับเวลา
        [rule] กฎหยุดอัตโนมัติ
        [link] ลิงก์
        [notification] การแจ้งเตือน
        [badge] ป้ายบนหน้าจอ
        [exit] การปิดแอป
       *[other] { $trigger }
    }
# Short durations: "45 s", "2 min", "1 h 5 min"
duration-seconds = { $s } วินาที
duration-minutes = { $min } นาที
duration-hours = { $h } ชม. { $min } นาที

## Notifications after an action

# $action: "pause" or "resume" (from action-pause/action-resume); $message: what 8x8 answered
notify-toggle = ปุ่มสลับส่งคำสั่ง{ $action }: { $message }
notify-timer-resumed = กลับมาบันทึกต่ออัตโนมัติแล้ว (ครบเวลาหยุดชั่วคราวสูงสุด)
notify-timer-failed = บันทึกต่ออัตโนมัติไม่สำเร็จ: { $message }
# $rule: the auto-pause rule that matched, e.g. "Card details"
notify-rule-paused-named = หยุดบันทึกชั่วคราวแล้ว: หน้าต่างชำระเงินอยู่ด้านหน้า (กฎ { $rule })
notify-rule-paused = หยุดบันทึกชั่วคราวแล้ว: หน้าต่างชำระเงินอยู่ด้านหน้า
notify-rule-resumed = กลับมาบันทึกต่อแล้ว: หน้าต่างชำระเงินไม่ได้อยู่ด้านหน้าแล้ว
notify-rule-failed = กฎหยุดอัตโนมัติ: { $message }
# The second line: "pause via hotkey · HTTP 200 · 42 ms"; $status is "HTTP 200" or notify-no-answer
notify-details = { $action } ผ่าน{ $trigger } · { $status } · { $ms } ms
notify-no-answer = ไม่มีการตอบกลับ
notify-http = HTTP { $code }
notify-demo-prefix = DEMO · { $text }

## Reminders while paused

# $duration: how long it has been paused, e.g. "2 min"
reminder-certain = ยังหยุดบันทึกชั่วคราวอยู่ ({ $duration }) — ต้องการบันทึกต่อหรือไม่
reminder-uncertain = การบันทึกอาจยังหยุดชั่วคราวอยู่ ({ $duration })
# A pause or resume got no clear answer (timeout, network or server error)
reminder-unsure-body = 8x8 ไม่ได้ยืนยันการหยุดหรือการบันทึกต่อครั้งล่าสุด กด “บันทึกต่อ” เพื่อให้แน่ใจว่าสายถูกบันทึก
# A pause older than one unanswered reminder; $duration: how long ago it was accepted
reminder-same-call = ยังเป็นสายเดิมอยู่หรือไม่ หยุดชั่วคราวมา { $duration } แล้ว — การบันทึกอาจเริ่มใหม่แล้ว
reminder-same-call-body = แอปมองไม่เห็นว่าสายจบเมื่อใด และสายใหม่จะถูกบันทึกตั้งแต่ต้น กด “หยุดชั่วคราว” หากสายนี้ต้องหยุดบันทึก หรือกด “บันทึกต่อ” หากไม่ต้อง
reminder-auto = กด “บันทึกต่อ” เมื่อรับข้อมูลบัตรเสร็จแล้ว ระบบจะบันทึกต่ออัตโนมัติในอีก { $duration }
reminder-plain = กด “บันทึกต่อ” เมื่อรับข้อมูลบัตรเสร็จแล้ว
# Buttons of the reminder notification
reminder-button = บันทึกต่อ
reminder-button-long = กลับมาบันทึกต่อ
reminder-button-pause = หยุดชั่วคราว

## On-screen badge while paused

# The badge's window title (screen readers and window lists show it)
badge-title = Recording Control — หยุดบันทึกชั่วคราว
# The badge text; $elapsed is m:ss or h:mm:ss. Keep it short and in capitals where the language has them.
badge-line = ● หยุดบันทึกชั่วคราว { $elapsed }
badge-resume = บันทึกต่อ
badge-tooltip = การบันทึกสายหยุดชั่วคราวอยู่ คลิก “บันทึกต่อ” เพื่อกลับมาบันทึก
# The badge while the pause is in doubt (no clear answer, or the call may have ended)
badge-title-unsure = Recording Control — อาจหยุดชั่วคราวอยู่
badge-line-unsure = ● อาจหยุดบันทึกอยู่ { $elapsed }
badge-tooltip-unsure = 8x8 ไม่ได้ยืนยัน หรือสายอาจจบไปแล้ว: การบันทึกอาจหยุดอยู่หรือกำลังบันทึก คลิก “บันทึกต่อ” เพื่อให้แน่ใจว่ากำลังบันทึก

## The app itself

quit-notice = Recording Control ปิดแล้ว
nothing-sent = ไม่ได้ส่งคำสั่งใด ๆ
# A press repeated within the press throttle; $action: pause or resume; $window: e.g. 1 s
press-ignored-title = ไม่ดำเนินการ: กด{ $action }ซ้ำภายใน { $window }
press-ignored-body = การกดครั้งแรกเท่านั้นที่นับ หากตั้งใจ ให้กดอีกครั้งหลังจากนั้น
# $detail: the technical reason (English)
demo-failed = เริ่มเดโมไม่ได้
autostart-failed = เปลี่ยนการเริ่มทำงานเมื่อเข้าสู่ระบบไม่ได้
something-missing = Recording Control: มีบางอย่างขาดหายไป
managed-not-applied = ไม่ได้ใช้การกำหนดค่าจากผู้ดูแลระบบ
not-configured-title = Recording Control ยังไม่ได้ตั้งค่า
# $reason: why, e.g. "Not configured — open Settings… or try the demo"
not-configured-body = { $reason } เปิด “การตั้งค่า…” หรือ “ลองใช้เดโม” ได้จากเมนูถาดระบบ
not-configured-reason = ยังไม่ได้ตั้งค่า — เปิด “การตั้งค่า…” หรือลองใช้เดโม
# $detail: the technical reason (English)
not-configured-detail = ยังไม่ได้ตั้งค่า: { $detail }
demo-title = Recording Control — โหมด DEMO
demo-body = กำลังทำงานกับเครื่องจำลอง 8x8 ในตัว: ไม่มีผลกับสายจริงใด ๆ
window-title = Recording Control — การตั้งค่า
# $action: pause or resume (from action-pause/action-resume); $since and $window in milliseconds
throttled = ข้ามแล้ว: เพิ่งกด{ $action }ไปเมื่อ { $since } มิลลิวินาทีก่อน การกดคำสั่งเดียวกันซ้ำภายใน { $window } มิลลิวินาทีจะถูกข้าม
shutting-down = แอปกำลังปิดตัว

## Failures of the settings window's calls and of the tray

error-unknown-call = หน้าต่างการตั้งค่าขอคำสั่งที่แอปนี้ไม่รู้จัก: { $call }
error-bad-argument = หน้าต่างการตั้งค่าส่งอาร์กิวเมนต์ที่ไม่ถูกต้อง — { $field }: { $problem }
error-settings-file = ไม่สามารถบันทึกไฟล์การตั้งค่าได้: { $detail }
error-window-titles = ไม่สามารถอ่านชื่อของหน้าต่างที่เปิดอยู่ได้: { $detail }
error-audit-read = ไม่สามารถอ่านบันทึกการตรวจสอบได้: { $detail }
error-no-downloads = ไม่มีโฟลเดอร์ดาวน์โหลดหรือโฟลเดอร์หลักสำหรับเขียนไฟล์
error-write = ไม่สามารถเขียน { $path } ได้: { $detail }
error-icon = ไม่สามารถโหลดไอคอนถาด { $name } ได้: { $detail }
error-tray = ไอคอนถาดทำงานล้มเหลว: { $detail }
error-internal = แอปไม่สามารถเข้ารหัสคำตอบได้: { $detail }
error-too-large = คำตอบมีขนาดใหญ่เกินกว่าจะแสดงได้

## Links (rccontrol://pause)

link-unknown-title = ละเว้นลิงก์แล้ว
link-unknown-body = Recording Control รองรับเฉพาะ rccontrol://pause และ rccontrol://resume
link-off-title = มีลิงก์สั่ง{ $action }: ละเว้นแล้ว
link-off-body = ลิงก์ rccontrol:// ปิดอยู่ หาก CRM ของคุณใช้ลิงก์เหล่านี้ ให้เปิดที่ การตั้งค่า → ความปลอดภัย
# A link asks to pause and waits for the agent's confirmation
link-confirm-title = ลิงก์ขอให้หยุดการบันทึกชั่วคราว
link-confirm-body = กด “หยุดชั่วคราว” เพื่อหยุด หากคุณไม่ได้คลิกลิงก์หยุดชั่วคราว ให้เพิกเฉย: หน้าเว็บก็เปิดลิงก์ได้เช่นกัน
link-confirm-button = หยุดชั่วคราว
# The same where notifications have no buttons (Windows, macOS)
link-confirm-body-no-button = เลือก “หยุดชั่วคราว” ในเมนูถาด หรือกดปุ่มลัดหยุดชั่วคราว หากคุณไม่ได้คลิกลิงก์หยุดชั่วคราว ให้เพิกเฉย: หน้าเว็บก็เปิดลิงก์ได้เช่นกัน

## The control socket

socket-failed-title = rcctl ติดต่อแอปไม่ได้
socket-failed-body = เริ่ม control socket ไม่ได้ ({ $detail }) — rcctl จะเรียก 8x8 โดยตรงแทน

## Desktop problems

no-notification-daemon = ไม่มีบริการแจ้งเตือนที่ทำงานอยู่: ผลลัพธ์จะแสดงเฉพาะในเมนูถาดระบบและไฟล์ล็อก โปรดเริ่ม notification daemon ของเดสก์ท็อป (เช่น dunst)
no-session-bus = ไม่มี session bus สำหรับการแจ้งเตือน ({ $detail }): ผลลัพธ์จะแสดงเฉพาะในเมนูถาดระบบและไฟล์ล็อก
no-tray = ไม่พบถาดระบบ จึงไม่แสดงไอคอน ให้ใช้ปุ่มลัดหรือ `rcctl` แทน หากเปิดแอปซ้ำ จะเปิดหน้าต่างการตั้งค่าขึ้นมา

## Global hotkeys

hotkeys-unavailable-title = ใช้ปุ่มลัดทั่วทั้งระบบไม่ได้
# $key: a key combination, e.g. Ctrl+Alt+P
hotkey-inactive-title = ปุ่มลัด { $key } ไม่ทำงาน
hotkey-register-failed = ลงทะเบียน { $key } ไม่ได้ ({ $detail }) — เลือกปุ่มอื่นในการตั้งค่า
hotkey-taken-elsewhere = แอปพลิเคชันอื่นใช้ปุ่มนี้อยู่แล้ว
hotkeys-no-display = ปุ่มลัดทั่วทั้งระบบต้องใช้จอแสดงผล X11 แต่เซสชันนี้ไม่มี (Wayland) ให้กำหนด `rcctl pause` และ `rcctl resume` เป็นปุ่มลัดในการตั้งค่าแป้นพิมพ์ของเดสก์ท็อปแทน

## Wayland: shortcuts through the desktop's own dialog (XDG desktop portal)

# The names the desktop shows in its shortcut dialog
portal-pause-description = หยุดบันทึกสายชั่วคราว
portal-resume-description = กลับมาบันทึกสายต่อ
portal-toggle-description = หยุดบันทึกสายชั่วคราวหรือบันทึกต่อ
portal-bound-title = ปุ่มลัดที่เดสก์ท็อปตั้งไว้
# $list: the bound shortcuts, e.g. "Pause: Ctrl+Alt+P, Resume: Ctrl+Alt+R"
portal-bound-body = { $list }
portal-binding = { $name }: { $trigger }
portal-unbound = ยังไม่ได้ตั้ง
portal-unavailable-title = เดสก์ท็อปของคุณไม่รองรับปุ่มลัดทั่วทั้งระบบสำหรับแอป
# $detail: the technical reason (English)
portal-unavailable-body = ให้กำหนด `rcctl pause` และ `rcctl resume` เป็นปุ่มลัดในการตั้งค่าแป้นพิมพ์ของเดสก์ท็อปแทน ({ $detail })
portal-cancelled = หน้าต่างปุ่มลัดถูกปิดโดยยังไม่ได้กำหนดปุ่ม เปิดการตั้งค่าเพื่อลองอีกครั้ง
hotkey-role-pause = หยุดชั่วคราว
hotkey-role-resume = บันทึกต่อ
hotkey-role-toggle = สลับ
settings-window-failed = ไม่สามารถเปิดหน้าต่างการตั้งค่าได้
settings-window-restart = Recording Control ได้รับการอัปเดตแล้ว: ปิดโปรแกรมจากถาดระบบแล้วเปิดใหม่อีกครั้งเพื่อเปิดการตั้งค่า

live-paused-confirmed = หยุดบันทึกชั่วคราวแล้ว — 8x8 ยืนยันแล้ว
live-resumed-confirmed = บันทึกต่อแล้ว — 8x8 ยืนยันแล้ว
live-not-reported-title = 8x8 รับคำสั่ง { $action } แล้ว แต่ไม่ได้รายงานการเปลี่ยนแปลง
live-not-reported-body = การบันทึกอาจไม่ได้เปลี่ยน (เช่น สายนี้ยังไม่เริ่มบันทึก) ตอนนี้ถาดแสดงสิ่งที่ 8x8 รายงาน
live-elsewhere-paused-aw = การบันทึกถูกหยุดชั่วคราวจาก Agent Workspace
live-elsewhere-resumed-aw = การบันทึกถูกทำต่อจาก Agent Workspace
live-elsewhere-paused-api = แอปพลิเคชันอื่นหยุดการบันทึกชั่วคราว
live-elsewhere-resumed-api = แอปพลิเคชันอื่นทำการบันทึกต่อ
live-elsewhere-body = รายงานโดยสตรีมเหตุการณ์ของ 8x8
live-new-call = สายใหม่ — กำลังบันทึก
live-new-call-unrecorded = สายใหม่ — ไม่บันทึก
live-new-call-body = การหยุดชั่วคราวของสายก่อนหน้าไม่มีผลกับสายนี้
live-call-ended-paused = สายจบขณะหยุดชั่วคราว — การหยุดชั่วคราวจบไปพร้อมกัน
live-down-title = สถานะการบันทึกแบบสดขาดหาย
live-down-body = จนกว่าสตรีมเหตุการณ์ของ 8x8 จะกลับมา ถาดจะแสดงสิ่งที่แอปเชื่อ (ยังไม่ยืนยัน)
live-up-title = สถานะการบันทึกแบบสดกลับมาแล้ว — 8x8 ยืนยันแล้ว
live-rejected-title = Event Streaming ปฏิเสธข้อมูลรับรอง
live-rejected-body = สถานะสดจะปิดอยู่จนกว่าจะตั้งข้อมูลรับรอง Event Streaming ใหม่ (การตั้งค่า หรือ rcctl setup --stream-credential)
live-no-credential = เปิดสถานะสดอยู่ แต่ยังไม่มีข้อมูลรับรอง Event Streaming: ตั้งค่าได้ในการตั้งค่า (หรือ rcctl setup --stream-credential)
badge-title-live = Recording Control — หยุดชั่วคราว (8x8 ยืนยันแล้ว)
badge-line-live = ● หยุดบันทึก { $elapsed } ✓
badge-tooltip-live = 8x8 รายงานว่าการบันทึกสายหยุดชั่วคราว คลิกทำต่อเพื่อบันทึกอีกครั้ง
# $line: the tray's state line
state-line-live-down = { $line } · สถานะสดขาดหาย
state-line-live-rejected = { $line } · Event Streaming ปฏิเสธข้อมูลรับรอง
live-confirmed-body = 8x8 ยืนยันแล้ว
error-relay = การลงทะเบียนกับรีเลย์ไม่สำเร็จ: { $detail }
