; Inno Setup script of the Windows installer: the same one-folder bundle, built on Windows with
; `python installer\build.py bundle`, then `iscc installer\windows\miji-desk.iss`.
; Every [Files] line names the role it carries (installer/roles.py); a test checks that the
; roles of the Linux bundle are all here.

#define AppVersion "0.1.0"
#define Bundle "..\..\dist\miji-desk"

[Setup]
AppId={{6E0C2C51-9B7A-4C51-9D1B-3F3A8E1D5A10}
AppName=Miji Desk 涉密载体台账
AppVersion={#AppVersion}
DefaultDirName={autopf}\Miji Desk
DefaultGroupName=Miji Desk
OutputBaseFilename=miji-desk-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
ArchitecturesInstallIn64BitMode=x64compatible
; The clerk's vault and backups live in her own data folder and on dedicated media:
; uninstalling removes only what is listed here.
UninstallFilesDir={app}\uninstall

[Languages]
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Files]
; role: program
Source: "{#Bundle}\miji-desk.exe"; DestDir: "{app}"; Flags: ignoreversion
; role: icon
Source: "{#Bundle}\miji-desk.svg"; DestDir: "{app}"; Flags: ignoreversion
Source: "miji-desk.ico"; DestDir: "{app}"; Flags: ignoreversion skipifsourcedoesntexist
; role: python-runtime
Source: "{#Bundle}\_internal\base_library.zip"; DestDir: "{app}\_internal"; Flags: ignoreversion
Source: "{#Bundle}\_internal\python3*.dll"; DestDir: "{app}\_internal"; Flags: ignoreversion
; role: qt-libraries
Source: "{#Bundle}\_internal\PySide6\Qt6*.dll"; DestDir: "{app}\_internal\PySide6"; Flags: ignoreversion
; role: qt-plugin:platforms
Source: "{#Bundle}\_internal\PySide6\plugins\platforms\*"; DestDir: "{app}\_internal\PySide6\plugins\platforms"; Flags: ignoreversion
; role: qt-plugin:printsupport
Source: "{#Bundle}\_internal\PySide6\plugins\printsupport\*"; DestDir: "{app}\_internal\PySide6\plugins\printsupport"; Flags: ignoreversion skipifsourcedoesntexist
; role: qt-plugin:imageformats
Source: "{#Bundle}\_internal\PySide6\plugins\imageformats\*"; DestDir: "{app}\_internal\PySide6\plugins\imageformats"; Flags: ignoreversion
; role: qt-plugin:iconengines
Source: "{#Bundle}\_internal\PySide6\plugins\iconengines\*"; DestDir: "{app}\_internal\PySide6\plugins\iconengines"; Flags: ignoreversion
; role: qt-plugin:styles
Source: "{#Bundle}\_internal\PySide6\plugins\styles\*"; DestDir: "{app}\_internal\PySide6\plugins\styles"; Flags: ignoreversion skipifsourcedoesntexist
; role: qt-plugin:platforminputcontexts (Linux only: IBus and compose; Windows uses its own IME)
; role: qt-plugin:xcbglintegrations (Linux only: X11)
; role: qt-translations
Source: "{#Bundle}\_internal\PySide6\translations\*_zh_CN.qm"; DestDir: "{app}\_internal\PySide6\translations"; Flags: ignoreversion
; role: app-fonts
Source: "{#Bundle}\_internal\miji_desk\resources\fonts\*"; DestDir: "{app}\_internal\miji_desk\resources\fonts"; Flags: ignoreversion
; role: app-translations
Source: "{#Bundle}\_internal\miji_desk\resources\translations\*"; DestDir: "{app}\_internal\miji_desk\resources\translations"; Flags: ignoreversion
; role: python-packages (everything else PyInstaller collected: the app, reportlab, sqlcipher3 …)
Source: "{#Bundle}\_internal\*"; DestDir: "{app}\_internal"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Miji Desk 涉密载体台账"; Filename: "{app}\miji-desk.exe"
Name: "{group}\Miji Desk 自检"; Filename: "{app}\miji-desk.exe"; Parameters: "--self-test"

[Run]
; The self-test after installing: a failure is shown, the installation stays.
Filename: "{app}\miji-desk.exe"; Parameters: "--self-test"; Flags: runhidden waituntilterminated; StatusMsg: "自检…"
