; Inno Setup script for Pinscribe on Windows (Inno Setup 6.3 or newer). UTF-8 with BOM.
;
; Input: the PyInstaller one-folder bundle in dist\pinscribe (packaging\pinscribe.spec, built
; on Windows) and the icon in build\icons\pinscribe.ico (packaging\render_icons.py).
;   iscc /DAppVersion=0.1.0 packaging\windows\pinscribe.iss
; Output: dist\pinscribe-<version>-windows-x64-setup.exe
;
; Installs per user by default (no administrator rights needed; the user may choose
; "for all users"), adds a start-menu entry, an optional desktop icon, and makes
; Pinscribe the program that opens *.pinscribe projects. Uninstalling removes the
; program and the file association; projects are never touched.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Pinscribe"
#define AppId "io.github.pinscribe.Pinscribe"
#define ProgId "Pinscribe.Project"
#define GuiExe "pinscribe-gui.exe"
#define Root "..\.."

[Setup]
AppId={{5B0C6E64-7E0B-4C53-9B7A-6F1B2C1D9A51}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=The Pinscribe developers
AppComments=Turn photos of workshop pinboards into themed results, offline.
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
#if FileExists(AddBackslash(SourcePath) + Root + "\LICENSE")
LicenseFile={#Root}\LICENSE
#endif
OutputDir={#Root}\dist
OutputBaseFilename=pinscribe-{#AppVersion}-windows-x64-setup
SetupIconFile={#Root}\build\icons\pinscribe.ico
UninstallDisplayIcon={app}\{#GuiExe}
UninstallDisplayName={#AppName} {#AppVersion}
ChangesAssociations=yes
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "de"; MessagesFile: "compiler:Languages\German.isl"

[CustomMessages]
en.ProjectType=Pinscribe project
de.ProjectType=Pinscribe-Projekt
en.AppComment=Turn photos of workshop pinboards into themed results
de.AppComment=Fotos von Workshop-Pinnwänden in geordnete Ergebnisse verwandeln
en.AssocTask=Open .pinscribe projects with Pinscribe
de.AssocTask=.pinscribe-Projekte mit Pinscribe öffnen

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "association"; Description: "{cm:AssocTask}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
; The whole bundle: pinscribe.exe (command line), pinscribe-gui.exe (the app), _internal\.
Source: "{#Root}\dist\pinscribe\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "{#Root}\build\icons\pinscribe.ico"; DestDir: "{app}"; Flags: ignoreversion

[InstallDelete]
; An update replaces the bundle completely (no stale libraries from the old version).
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#GuiExe}"; IconFilename: "{app}\pinscribe.ico"; Comment: "{cm:AppComment}"; AppUserModelID: "{#AppId}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#GuiExe}"; IconFilename: "{app}\pinscribe.ico"; Tasks: desktopicon

[Registry]
; File association (per user with PrivilegesRequired=lowest: HKA is HKCU, else HKLM).
Root: HKA; Subkey: "Software\Classes\.pinscribe"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue; Tasks: association
Root: HKA; Subkey: "Software\Classes\.pinscribe"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-pinscribe"; Flags: uninsdeletevalue; Tasks: association
Root: HKA; Subkey: "Software\Classes\.pinscribe\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue; Tasks: association
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "{cm:ProjectType}"; Flags: uninsdeletekey; Tasks: association
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\pinscribe.ico,0"; Tasks: association
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#GuiExe}"" ""%1"""; Tasks: association
Root: HKA; Subkey: "Software\Classes\Applications\{#GuiExe}\SupportedTypes"; ValueType: string; ValueName: ".pinscribe"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#GuiExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
