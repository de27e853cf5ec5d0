## What 8x8 answered to a pause or resume: the main line of the notification.

outcome-paused = หยุดบันทึกชั่วคราวแล้ว
outcome-resumed = กลับมาบันทึกต่อแล้ว
outcome-no-call-pause = ไม่มีสายที่กำลังสนทนา — จึงไม่ได้หยุดบันทึก
outcome-no-call-resume = ไม่มีสายที่กำลังสนทนา — จึงไม่ได้บันทึกต่อ
outcome-not-enabled = ยังไม่ได้เปิดใช้การบันทึกสายสำหรับคุณ
outcome-unrecognised = 8x8 ตอบกลับในรูปแบบที่ไม่รู้จัก: ยืนยันสถานะการบันทึกไม่ได้
# $status: the HTTP status code, e.g. 400
outcome-bad-request = 8x8 ปฏิเสธคำขอ (HTTP { $status }) — ไม่มีการเปลี่ยนแปลงใด ๆ
outcome-unauthorized = 8x8 ไม่ยอมรับ token — โปรดเปิดการตั้งค่า
# $tenant: the company's tenant name in 8x8, e.g. acme01
outcome-agent-not-found = ไม่พบเอเจนต์ใน tenant { $tenant }
outcome-server-error = เซิร์ฟเวอร์ 8x8 ขัดข้อง (HTTP { $status }) — ยืนยันสถานะการบันทึกไม่ได้
outcome-redirected = 8x8 ตอบกลับด้วยการเปลี่ยนเส้นทาง (HTTP { $status }) ซึ่งระบบไม่ได้ทำตาม — ตรวจสอบ cluster
outcome-timeout = ติดต่อ 8x8 ไม่ได้ (หมดเวลา)
outcome-network = ติดต่อ 8x8 ไม่ได้ (เครือข่ายขัดข้อง)
outcome-tls = เชื่อมต่อ 8x8 อย่างปลอดภัยไม่ได้ (ใบรับรอง TLS ไม่น่าเชื่อถือหรือไม่ถูกต้อง)

## "Check settings": what a test resume (sent while not on a call) says about the settings.

verdict-good = การตั้งค่าถูกต้อง: 8x8 ยอมรับ token และพบบัญชีของคุณ (ไม่มีสายที่กำลังสนทนา)
verdict-good-resumed = การตั้งค่าถูกต้อง — แต่คุณกำลังอยู่ในสาย และระบบได้กลับมาบันทึกสายนั้นต่อแล้ว
verdict-not-enabled = การตั้งค่าถูกต้อง แต่ยังไม่ได้เปิดใช้การบันทึกสายสำหรับคุณ: โปรดติดต่อผู้ดูแลระบบ
verdict-unauthorized = 8x8 ไม่ยอมรับ tenant หรือ token: ตรวจสอบ tenant แล้ววาง token อีกครั้ง
verdict-agent-not-found = 8x8 ไม่พบเอเจนต์นี้ใน tenant: ตรวจสอบอีเมลหรือ agent ID
verdict-bad-request = 8x8 ปฏิเสธคำขอ: ตรวจสอบ cluster
verdict-redirected = cluster ตอบกลับด้วยการเปลี่ยนเส้นทาง: ตรวจสอบ cluster
verdict-tls = ใบรับรองของเซิร์ฟเวอร์ไม่น่าเชื่อถือ: ตรวจสอบ cluster หรือเพิ่ม CA file ของบริษัท
verdict-unreachable = ติดต่อ 8x8 ไม่ได้: ตรวจสอบ cluster, proxy และเครือข่ายของคุณ
verdict-unclear = 8x8 ตอบกลับไม่ชัดเจน: ลองอีกครั้งในอีกสักครู่

## The believed recording state: the first line of the tray menu and of the settings window.

state-unknown = ไม่ทราบสถานะการบันทึก
# $time: a clock time, e.g. 14:05 UTC
state-resumed-at = กำลังบันทึก — บันทึกต่อเมื่อ { $time } (8x8 รับคำขอแล้ว; ยังไม่ได้ยืนยัน)
state-recording-unverified = กำลังบันทึก (ยังไม่ได้ยืนยัน)
# $time: when 8x8 accepted the pause; $elapsed: how long since, m:ss or h:mm:ss
state-paused-at = หยุดชั่วคราวเมื่อ { $time } · { $elapsed } (8x8 รับคำขอแล้ว; ยังไม่ได้ยืนยัน)
# A pause whose answer proved nothing (timeout, network or server error)
state-maybe-paused = อาจหยุดชั่วคราวตั้งแต่ { $time } · { $elapsed } (8x8 ไม่ได้ยืนยัน)
# An accepted pause older than one unanswered reminder: the call may have ended
state-call-may-have-ended = หยุดชั่วคราวเมื่อ { $time } — สายอาจจบไปแล้ว: การบันทึกอาจเริ่มใหม่แล้ว (ยังไม่ได้ยืนยัน)
state-no-call = ไม่มีสายที่กำลังสนทนา
state-not-enabled = ยังไม่ได้เปิดใช้การบันทึกสายสำหรับคุณ
# $message: why the last action failed (one of the outcome messages)
state-error = ข้อผิดพลาด: { $message }

## Refused settings. Each follows the setting's name, e.g. "tenant: is empty; …".
## Setting names, key names, URLs, "https://" and command-line flags stay as they are.

-cluster-allowed = ป้อนชื่อ cluster เช่น vcc-na7, ชื่อโฮสต์ เช่น vcc-na7.8x8.com หรือวาง URL หน้าเข้าสู่ระบบ Agent Workspace (https://vcc-na7.8x8.com/AGUI/…)
cluster-empty = ยังไม่ได้กรอก — { -cluster-allowed }
cluster-spaces = มีช่องว่างหรืออักขระควบคุม — { -cluster-allowed }
cluster-http = ใช้ http:// ไม่ได้: เชื่อมต่อ 8x8 ได้ทาง https:// เท่านั้น
# $scheme: what the address started with, e.g. ftp
cluster-scheme = ใช้ { $scheme }:// ไม่ได้: ให้ใช้ https://
# $value: what was typed, in quotes
cluster-not-a-name = { $value } ไม่ใช่ชื่อ cluster (ใช้ได้เฉพาะตัวอักษร ตัวเลข และ '-') — { -cluster-allowed }
# $detail: the URL parser's technical reason (English)
cluster-not-a-url = { $value } ไม่ใช่ชื่อโฮสต์หรือ URL ที่ถูกต้อง ({ $detail }) — { -cluster-allowed }
cluster-credentials = ต้องไม่มีชื่อผู้ใช้หรือรหัสผ่าน — วางที่อยู่โดยไม่ใส่ข้อมูลเข้าสู่ระบบ
cluster-no-host = { $value } ไม่มีชื่อโฮสต์ — { -cluster-allowed }
# $host: a host name without a dot, e.g. h00
cluster-one-label = { $host } ไม่มีจุด: หากบันทึกแบบนี้ ระบบจะถือว่าเป็น cluster ของ 8x8 ชื่อ { $host }.8x8.com — ให้ใส่ชื่อโฮสต์แบบเต็ม (เช่น { $host }.example.com) หรือที่อยู่ IP
cluster-not-8x8 = { $host } ไม่ใช่โฮสต์ของ 8x8 (*.8x8.com) — { -cluster-allowed } หรืออนุญาตโฮสต์ที่กำหนดเองอย่างชัดแจ้ง (--allow-custom-host) สำหรับเซิร์ฟเวอร์ทดสอบ

## For the tenant and the agent ID. $max: the longest allowed length (128).
id-empty = ยังไม่ได้กรอก — ค่าที่ใช้ได้: ยาว 1 ถึง { $max } อักขระ ห้ามมี / ? # % ช่องว่าง หรืออักขระควบคุม และต้องไม่ใช่ . หรือ ..
id-too-long = ยาวเกิน { $max } อักขระ — ค่าที่ใช้ได้: ยาว 1 ถึง { $max } อักขระ ห้ามมี / ? # % ช่องว่าง หรืออักขระควบคุม และต้องไม่ใช่ . หรือ ..
# $kind: space, control or other; $char: the character (quoted) or its code, e.g. U+0007
id-bad-char = มี{ $kind ->
        [space] ช่องว่าง
        [control] อักขระควบคุม ({ $char })
       *[other] อักขระ { $char }
    } — ค่าที่ใช้ได้: ยาว 1 ถึง { $max } อักขระ ห้ามมี / ? # % ช่องว่าง หรืออักขระควบคุม และต้องไม่ใช่ . หรือ ..
id-dots = ต้องไม่เป็น "{ $value }" — ค่าที่ใช้ได้: ยาว 1 ถึง { $max } อักขระ ห้ามมี / ? # % ช่องว่าง หรืออักขระควบคุม และต้องไม่ใช่ . หรือ ..

-email-allowed = ที่อยู่แบบ first.last@example.com (มี @ เพียงตัวเดียว และไม่มีช่องว่าง)
email-empty = ยังไม่ได้กรอก — ป้อน{ -email-allowed }
email-too-long = ยาวเกิน { $max } อักขระ
email-bad-char = มี{ $kind ->
        [space] ช่องว่าง
        [control] อักขระควบคุม ({ $char })
       *[other] อักขระ { $char }
    } — ป้อน{ -email-allowed }
# $count: how many @ the address has (0, 2, 3…)
email-ats = มีเครื่องหมาย '@' { $count } ตัว — ป้อน{ -email-allowed }
email-no-local = ไม่มีข้อความก่อน @ — ป้อน{ -email-allowed }
email-no-domain = ไม่มีข้อความหลัง @ — ป้อน{ -email-allowed }
identity-both = ระบุอีเมลหรือ agent ID อย่างใดอย่างหนึ่ง ไม่ใช่ทั้งสองอย่าง

token-empty = ยังไม่ได้กรอก — วาง action token จาก Configuration Manager
token-too-long = ยาวเกินไป — วางเฉพาะ action token (token ของ 8x8 ยาว 32–64 อักขระ)
token-spaces = มีช่องว่างหรืออักขระควบคุม — วางเฉพาะ action token
# The token field when cluster, tenant, proxy or CA file changed without a new token
token-needed-again = ต้องใส่อีกครั้ง: คลัสเตอร์ tenant พร็อกซี หรือไฟล์ CA เปลี่ยนไป และโทเค็นที่บันทึกไว้จะไม่ถูกส่งไปยังปลายทางอื่นนอกจากที่ให้ไว้ วางโทเค็นสำหรับการดำเนินการ

-proxy-allowed = URL แบบ http://proxy.example.com:3128 (http หรือ https)
proxy-not-a-url = { $value } ไม่ใช่ URL ({ $detail }) — ป้อน{ -proxy-allowed }
proxy-scheme = ไม่รองรับ { $scheme }:// — ป้อน{ -proxy-allowed }
proxy-no-host = ไม่มีชื่อโฮสต์ — ป้อน{ -proxy-allowed }
# $detail: the HTTP library's technical reason (English)
proxy-refused = ถูกปฏิเสธ: { $detail }

# $file: a file path; $detail: the system's reason (English)
ca-unreadable = อ่านไฟล์ { $file } ไม่ได้: { $detail }
ca-not-pem = { $file } ไม่ใช่ไฟล์ใบรับรอง PEM: { $detail }
ca-empty = { $file } ไม่มีใบรับรอง PEM (ควรมี -----BEGIN CERTIFICATE-----)

field-unknown = ไม่รู้จักฟิลด์ { $name }
# $file: the administrator's managed configuration file
field-locked = ผู้ดูแลระบบล็อกไว้ใน { $file } — เปลี่ยนที่นี่ไม่ได้

-hotkey-allowed = ปุ่มหลักร่วมกับปุ่มปรับเปลี่ยน เช่น Ctrl+Alt+P, Ctrl+Shift+F9 หรือปุ่มมีเดียปุ่มเดียว (MediaPause, MediaTrackNext, AudioVolumeMute…)
hotkey-two-keys = { $value } มีปุ่มหลักมากกว่าหนึ่งปุ่ม — ให้ใช้{ -hotkey-allowed }
hotkey-unknown-key = แอปนี้ไม่รู้จักปุ่ม { $key } — ให้ใช้{ -hotkey-allowed }
hotkey-no-key = { $value } มีแต่ปุ่มปรับเปลี่ยน ไม่มีปุ่มหลัก — ให้ใช้{ -hotkey-allowed }
hotkey-bare = ใช้ { $key } ปุ่มเดียว (หรือกับ Shift เท่านั้น) จะทำให้พิมพ์ตามปกติไม่ได้ — เพิ่ม Ctrl, Alt หรือ Super
hotkey-unsupported = ลงทะเบียน { $key } บน Linux/X11 ไม่ได้ (ใช้ได้เฉพาะบน Windows และ macOS) — ให้ใช้ MediaPlay, MediaPause หรือ MediaTrackNext
hotkey-not-media-on-windows = บน Windows { $key } ไม่ใช่ปุ่มมีเดีย: จะถูกลงทะเบียนเป็นปุ่ม Pause/Break หรือปุ่ม Play ไม่ใช่ปุ่มที่หูฟังส่งมา — ให้ใช้ปุ่มใดปุ่มหนึ่งต่อไปนี้: { $keys }
# $other: the name of the other hotkey setting, e.g. "pause hotkey"
hotkey-taken = { $key } ถูกใช้เป็น { $other } อยู่แล้ว — เลือกปุ่มอื่น

# $max: 50; $count: how many were given
rules-too-many = มีกฎได้ไม่เกิน { $max } ข้อ แต่ระบุมา { $count } ข้อ
# $n: the rule's number in the list, from 1
rule-empty = กฎข้อ { $n } ว่างอยู่: ใส่ข้อความบางส่วนของชื่อหน้าต่าง เช่น Card details
rule-too-long = กฎข้อ { $n } ยาวเกิน { $max } อักขระ
rule-bad-regex = กฎข้อ { $n } ไม่ใช่ regular expression ที่ถูกต้อง ({ $detail }) — ปิด “regex” เพื่อจับคู่ข้อความตามที่พิมพ์ไว้

# $value: what was given; $min, $max: the allowed range in seconds
reminder-range = ใช้ { $value } วินาทีไม่ได้: ใส่ 0 (ปิด) หรือ { $min }–{ $max } วินาที
max-pause-range = ใช้ { $value } วินาทีไม่ได้: ใส่ 0 (ไม่จำกัด) หรือ { $min }–{ $max } วินาที (สูงสุด 4 ชั่วโมง)
throttle-range = ใช้ { $value } มิลลิวินาทีไม่ได้: ใส่ 0 (ปิด) ถึง { $max } มิลลิวินาที

# $value: what was given; $allowed: the language tags, e.g. "en-US, es-ES, …"
language-unknown = ไม่มีภาษา "{ $value }" — ใช้ auto หรือค่าใดค่าหนึ่งใน { $allowed }
# $value: what was given; $allowed: top-left, top-right, bottom-left, bottom-right
corner-unknown = { $value } ไม่ใช่ชื่อมุม — ใช้ค่าใดค่าหนึ่งใน { $allowed }

# Client hardening
outcome-rate-limited = 8x8 กำลังจำกัดจำนวนคำขอ (HTTP 429) — ไม่มีการเปลี่ยนแปลงใด ๆ ลองอีกครั้งในอีกสักครู่
verdict-rate-limited = 8x8 กำลังจำกัดจำนวนคำขออยู่ (HTTP 429) จึงตรวจสอบการตั้งค่าไม่ได้: ลองอีกครั้งในอีกหนึ่งนาที
# $max: the longest tenant accepted (128)
tenant-colon = มี ":" ซึ่งการยืนยันตัวตนแบบ HTTP Basic ส่งใน tenant ไม่ได้ — ค่าที่ใช้ได้: ยาว 1 ถึง { $max } อักขระ ห้ามมี : / ? # % ช่องว่าง หรืออักขระควบคุม และต้องไม่ใช่ . หรือ ..
email-slash = มี "/" ซึ่งส่งในพาธของคำขอไม่ได้ — ป้อน{ -email-allowed }

## การกำหนดค่าจากผู้ดูแลระบบ เมื่อไม่ได้นำมาใช้
managed-malformed = การกำหนดค่าจากผู้ดูแลระบบ { $file } ไม่ถูกต้อง ({ $problem }) — จึงไม่ได้นำส่วนใดมาใช้ โปรดติดต่อผู้ดูแลระบบ
managed-untrusted-owner = ไม่ได้ใช้การกำหนดค่าจากผู้ดูแลระบบ: { $path } ไม่ได้เป็นของผู้ดูแลระบบ (เจ้าของ { $owner })
managed-untrusted-group-or-others = ไม่ได้ใช้การกำหนดค่าจากผู้ดูแลระบบ: กลุ่มหรือผู้ใช้อื่นเขียน { $path } ได้
managed-untrusted-changed-by = ไม่ได้ใช้การกำหนดค่าจากผู้ดูแลระบบ: { $who } แก้ไข { $path } ได้ ไม่ใช่เฉพาะผู้ดูแลระบบ
managed-untrusted-not-a-file = ไม่ได้ใช้การกำหนดค่าจากผู้ดูแลระบบ: { $path } ไม่ใช่ไฟล์ปกติ
managed-untrusted-unreadable = ไม่ได้ใช้การกำหนดค่าจากผู้ดูแลระบบ: ตรวจสอบเจ้าของ { $path } ไม่ได้ ({ $detail })

live-field-invalid = { $problem }
live-agent-id-needed = จำเป็นเมื่อเปิดสถานะสด: รหัสเอเจนต์ 8x8 ของคุณ (เช่น agAglVJkg0TU28dok9y9UQKg) แม้การสั่งงานจะใช้อีเมลของคุณ
state-live-paused = หยุดบันทึกชั่วคราว · { $elapsed } — 8x8 ยืนยันแล้ว
state-live-paused-aw = หยุดบันทึกชั่วคราวจาก Agent Workspace · { $elapsed } — 8x8 ยืนยันแล้ว
state-live-recording = กำลังบันทึก — 8x8 ยืนยันแล้ว
state-live-no-call = ไม่มีสาย — 8x8 ยืนยันแล้ว
state-live-not-recorded = อยู่ในสายที่ไม่ได้บันทึก — 8x8 ยืนยันแล้ว
state-live-lost-paused = หยุดชั่วคราวเมื่อ { $time } · { $elapsed } — สถานะสดขาดหาย: ยังไม่ยืนยัน
live-host-unknown = 8x8 ยังไม่มีโฮสต์ Event Streaming สำหรับ { $cluster }: ตั้งค่าโฮสต์ Event Streaming (host หรือ host:port)
live-credential-empty = ว่างเปล่า: วางข้อมูลรับรอง Event Streaming (คีย์ Admin Console ที่ขึ้นต้นด้วย eght_ หรือ Data Request Token)
live-credential-invalid = ไม่ใช่ข้อมูลรับรอง: อักขระที่พิมพ์ได้ไม่เกิน { $max } ตัวและไม่มีช่องว่าง

## Relay mode: the relay's refusals
outcome-device-revoked = รีเลย์ปฏิเสธคีย์ของคอมพิวเตอร์เครื่องนี้: คีย์ถูกเพิกถอนแล้ว — ขอรหัสลงทะเบียนใหม่จากผู้ดูแลระบบ
outcome-device-unknown = รีเลย์ไม่รู้จักคีย์ของคอมพิวเตอร์เครื่องนี้ — ลงทะเบียนใหม่ด้วยรหัสจากผู้ดูแลระบบ
outcome-relay-limited = รีเลย์กำลังจำกัดคำขอของคอมพิวเตอร์เครื่องนี้ — ไม่ได้ส่งอะไรไปยัง 8x8; ลองอีกครั้งในอีกสักครู่
outcome-relay-unreachable = ติดต่อรีเลย์ไม่ได้ — ไม่ได้ส่งอะไรไปยัง 8x8
outcome-relay-failed = รีเลย์ขัดข้อง (HTTP { $status }) — ยังไม่ยืนยันสถานะการบันทึก
verdict-device-refused = รีเลย์ปฏิเสธคีย์ของคอมพิวเตอร์เครื่องนี้: ลงทะเบียนใหม่ด้วยรหัสใหม่จากผู้ดูแลระบบ
verdict-relay-limited = รีเลย์กำลังจำกัดคำขออยู่ จึงตรวจสอบการตั้งค่าไม่ได้: ลองอีกครั้งในอีกหนึ่งนาที
verdict-relay-unreachable = ติดต่อรีเลย์ไม่ได้: ตรวจสอบที่อยู่ของรีเลย์ พร็อกซี และเครือข่ายของคุณ
relay-url-invalid = { $value } ไม่ใช่ที่อยู่ของรีเลย์: ใส่ https://host หรือ https://host:port ({ $detail })
