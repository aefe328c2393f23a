; Inno Setup script: the Windows installer of Tessere (run on Windows, after
; `python packaging\build.py` has made dist\tessere\ with the same spec):
;   iscc packaging\windows\tessere.iss
; It installs for the current user (no administrator needed on district
; laptops), adds the Start menu entry, and on upgrade replaces the program
; only: the databases live in the user's data folder and are never touched.
#define AppVersion "0.1.0"

[Setup]
AppId={{6E0C8B8A-6A35-4C5E-9F1B-7C1D2B7E9A11}
AppName=Tessere
AppVersion={#AppVersion}
AppPublisher=Tessere
DefaultDirName={localappdata}\Programs\Tessere
DefaultGroupName=Tessere
PrivilegesRequired=lowest
OutputDir=..\..\dist
OutputBaseFilename=tessere-{#AppVersion}-windows-setup
SetupIconFile=..\icons\tessere.ico
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "italian"; MessagesFile: "compiler:Languages\Italian.isl"

[Files]
Source: "..\..\dist\tessere\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[InstallDelete]
; a new version's files replace the old ones whole (no stale modules)
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{group}\Tessere"; Filename: "{app}\tessere.exe"
Name: "{group}\Verifica dell'installazione"; Filename: "{app}\tessere-cli.exe"; Parameters: "--self-test"

[Run]
Filename: "{app}\tessere.exe"; Description: "Avvia Tessere"; Flags: nowait postinstall skipifsilent
