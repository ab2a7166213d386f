; Inno Setup script for Outreach Kit on Windows (not built or tested on the project's Linux
; machine). Build on Windows:
;   1. bash packaging/build.sh            (Git Bash; makes dist\outreach-kit\outreach-kit.exe)
;   2. dist\outreach-kit\outreach-kit.exe --self-test
;   3. iscc /DAppVersion=0.1.0 packaging\windows\outreach-kit.iss
; Output: dist\OutreachKit-<version>-setup.exe. Installs per user by default (no admin rights
; needed on a borrowed laptop); the data dir in %LOCALAPPDATA%\outreach-kit is never removed.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Outreach Kit"
#define AppExe "outreach-kit.exe"
#define Root "..\.."

[Setup]
; The AppId keeps upgrades and uninstall tied together: never change it.
AppId={{6F1B4C2A-5E1D-4C8B-9A43-0D7E2B8F5A61}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Outreach Kit contributors
DefaultDirName={autopf}\Outreach Kit
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#Root}\dist
OutputBaseFilename=OutreachKit-{#AppVersion}-setup
SetupIconFile={#Root}\assets\icons\outreach-kit.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
; The GPL is shown before installing; LICENSE and THIRD-PARTY-NOTICES.txt are in the bundle.
LicenseFile={#Root}\LICENSE

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#Root}\dist\outreach-kit\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; A one-folder bundle: remove the old _internal folder so no stale library outlives an upgrade.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
