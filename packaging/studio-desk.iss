; Inno Setup 6 script: the Windows installer for the one-folder app. Windows only, so never built in
; CI here; a starting point to check on the first Windows build.
;   1. .venv\Scripts\pyinstaller --noconfirm build.spec        -> dist\StudioDesk\StudioDesk.exe
;   2. "%ProgramFiles(x86)%\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 packaging\studio-desk.iss
;                                                              -> dist\StudioDesk-0.1.0-windows-x64-setup.exe
#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif

[Setup]
AppId={{7757630E-E12D-42BF-8F79-E798B442E92D}
AppName=Studio Desk
AppVersion={#AppVersion}
AppPublisher=Studio Desk
DefaultDirName={autopf}\Studio Desk
DefaultGroupName=Studio Desk
DisableProgramGroupPage=yes
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\dist
OutputBaseFilename=StudioDesk-{#AppVersion}-windows-x64-setup
SetupIconFile=..\resources\icons\studio-desk.ico
UninstallDisplayIcon={app}\StudioDesk.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "tr"; MessagesFile: "compiler:Languages\Turkish.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; the whole PyInstaller folder: StudioDesk.exe (window), studio-desk.exe (command line), _internalSource: "..\dist\StudioDesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Studio Desk"; Filename: "{app}\StudioDesk.exe"
Name: "{autodesktop}\Studio Desk"; Filename: "{app}\StudioDesk.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\StudioDesk.exe"; Description: "{cm:LaunchProgram,Studio Desk}"; Flags: nowait postinstall skipifsilent
