; NSIS script for the Outreach Kit installer on Windows. Built by packaging/windows/build.sh
; (makensis on Debian), which passes:
;   VERSION    the app's version (kit/__init__.py), e.g. 0.1.0
;   VIVERSION  the same as four numbers for the file properties, e.g. 0.1.0.0
;   APPDIR     the one-folder app PyInstaller made (outreach-kit.exe and _internal\)
;   ROOT       the repository (LICENSE, the icon)
;   OUTFILE    where the installer goes: dist/windows/OutreachKit-Setup-<version>.exe
;
; Per user, without administrator rights (a volunteer's own laptop, or a borrowed one): the app
; goes to %LOCALAPPDATA%\Programs\Outreach Kit, the Start-menu shortcut and the "Apps" entry are
; the user's own (HKCU). The data folder (%LOCALAPPDATA%\outreach-kit: sign-ups, backups, logs)
; is never touched by the installer, and the uninstaller removes it only when asked: a ticked
; box on its components page, or /REMOVEDATA on the command line. Silent: /S (both).

; A 64-bit installer (the app is 64-bit only; Debian's Wine runs 64-bit programs alone).
Target amd64-unicode
ManifestDPIAware true
SetCompressor /SOLID lzma
RequestExecutionLevel user

!define APPNAME "Outreach Kit"
!define APPEXE "outreach-kit.exe"
!define PUBLISHER "Outreach Kit contributors"
!define UNINSTKEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\OutreachKit"
!define DATADIR "$LOCALAPPDATA\outreach-kit"

Name "${APPNAME}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APPNAME}"
InstallDirRegKey HKCU "${UNINSTKEY}" "InstallLocation"
BrandingText "${APPNAME} ${VERSION}"

; The installer's own properties (Explorer > Properties > Details).
VIProductVersion "${VIVERSION}"
VIFileVersion "${VIVERSION}"
VIAddVersionKey "ProductName" "${APPNAME}"
VIAddVersionKey "ProductVersion" "${VERSION}"
VIAddVersionKey "FileVersion" "${VERSION}"
VIAddVersionKey "CompanyName" "${PUBLISHER}"
VIAddVersionKey "FileDescription" "${APPNAME} ${VERSION} installer"
VIAddVersionKey "LegalCopyright" "${PUBLISHER}, GPL-3.0-or-later"

!include "MUI2.nsh"
!include "FileFunc.nsh"

!define MUI_ICON "${ROOT}\assets\icons\outreach-kit.ico"
!define MUI_UNICON "${ROOT}\assets\icons\outreach-kit.ico"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\${APPEXE}"

; The GPL is shown before installing; LICENSE and THIRD-PARTY-NOTICES.txt are in the app too.
!insertmacro MUI_PAGE_LICENSE "${ROOT}\LICENSE"
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_COMPONENTS
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"

Section "${APPNAME}" SecApp
  SectionIn RO
  SetOutPath "$INSTDIR"
  ; A one-folder app: an upgrade removes the old _internal folder, so no stale library outlives it.
  RMDir /r "$INSTDIR\_internal"
  File /r "${APPDIR}\*"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateShortcut "$SMPROGRAMS\${APPNAME}.lnk" "$INSTDIR\${APPEXE}" "" "$INSTDIR\${APPEXE}" 0

  WriteRegStr HKCU "${UNINSTKEY}" "DisplayName" "${APPNAME}"
  WriteRegStr HKCU "${UNINSTKEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTKEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINSTKEY}" "DisplayIcon" "$INSTDIR\${APPEXE}"
  WriteRegStr HKCU "${UNINSTKEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTKEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTKEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTKEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTKEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKCU "${UNINSTKEY}" "EstimatedSize" "$0"
SectionEnd

Section "un.${APPNAME} (the program)" UnSecApp
  SectionIn RO
  Delete "$SMPROGRAMS\${APPNAME}.lnk"
  ; Only what the installer put there: a folder the user chose may hold other files.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${APPEXE}"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINSTKEY}"
SectionEnd

; Not ticked: the sign-ups, backups and logs stay unless the user asks for them to go.
Section /o "un.Also delete my data (sign-ups, backups, logs)" UnSecData
  RMDir /r "${DATADIR}"
SectionEnd

Function un.onInit
  ; /REMOVEDATA on the command line ticks the data section (for a silent uninstall: /S).
  ${GetParameters} $0
  ClearErrors
  ${GetOptions} $0 "/REMOVEDATA" $1
  IfErrors +2 0
  SectionSetFlags ${UnSecData} ${SF_SELECTED}
FunctionEnd

!insertmacro MUI_UNFUNCTION_DESCRIPTION_BEGIN
  !insertmacro MUI_DESCRIPTION_TEXT ${UnSecApp} "The program, its Start-menu shortcut and its entry in Apps."
  !insertmacro MUI_DESCRIPTION_TEXT ${UnSecData} "The data folder ${DATADIR}: every sign-up, backup and log on this computer. Export or sync them first."
!insertmacro MUI_UNFUNCTION_DESCRIPTION_END
