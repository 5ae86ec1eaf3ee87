; Priorizar's Windows installer (Inno Setup 6.3 or newer).
;
;   iscc packaging\priorizar.iss
;
; after PyInstaller has built build\dist\Priorizar (packaging\priorizar.spec); writes
; build\installer\Priorizar-<version>-setup.exe. .github\workflows\windows.yml does both.
;
; - Per user: no administrator rights asked (PrivilegesRequired=lowest). The program goes to
;   %LOCALAPPDATA%\Programs\Priorizar ({userpf}); the shortcuts to the user's Start menu (and, if
;   chosen, desktop); the uninstaller registers under the user's own "Apps" list.
; - Spanish and English, as Windows is set; in any other language the installer asks, Spanish
;   first.
; - The version is read from Priorizar.exe, whose version resource the spec writes from
;   app.__version__.
; - An update is the newer installer run over the old one: same AppId, same folder, the old
;   program files replaced. The user's data is not in the program's folder (decision records are
;   wherever the user saved them; settings in HKCU\Software\Priorizar; autosaves in
;   %LOCALAPPDATA%\Priorizar; own presets in %APPDATA%\Priorizar), so updates and the uninstaller
;   leave it alone.
; - No file associations, no registry entries of its own, nothing outside the user's profile.

#define AppName "Priorizar"
#define AppExe "Priorizar.exe"
#ifndef BundleDir
  #define BundleDir AddBackslash(SourcePath) + "..\build\dist\Priorizar"
#endif
#define AppVersion GetStringFileInfo(AddBackslash(BundleDir) + AppExe, "ProductVersion")
#define AppVersionNumbers GetVersionNumbersString(AddBackslash(BundleDir) + AppExe)

[Setup]
; The same AppId in every version: it is how an update finds the installed program. Never change.
AppId={{CE558751-4455-438C-80DF-780E1FA844D8}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
VersionInfoVersion={#AppVersionNumbers}
VersionInfoProductName={#AppName}
VersionInfoDescription={#AppName} installer
PrivilegesRequired=lowest
DefaultDirName={userpf}\{#AppName}
; ask for the folder on a first installation only; an update goes where the program is
DisableDirPage=auto
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
ShowLanguageDialog=auto
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Qt 6 needs Windows 10 1809 or newer
MinVersion=10.0.17763
OutputDir=..\build\installer
OutputBaseFilename={#AppName}-{#AppVersion}-setup
SetupIconFile=priorizar.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
WizardStyle=modern
Compression=lzma2
SolidCompression=yes
; an update closes a running Priorizar first (after asking), so its files can be replaced
CloseApplications=yes
RestartApplications=no
ChangesAssociations=no

[Languages]
Name: "es"; MessagesFile: "compiler:Languages\Spanish.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; the bundle of an older version goes whole, so none of its libraries linger beside the new ones
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{userdocs}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{userdocs}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; WorkingDir: "{userdocs}"; Flags: nowait postinstall skipifsilent
