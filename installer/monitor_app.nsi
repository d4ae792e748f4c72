; Windows installer for Monitor de Campo (NSIS 3). Per user, without administrator rights.
;
;   makensis /DVERSION=0.1.0 /DSOURCE=..\dist\MonitorDeCampo /DOUTFILE=..\dist\MonitorDeCampo-0.1.0-instalador.exe installer\monitor_app.nsi
;
; SOURCE is the one-folder build (python installer/build.py). The installer copies it to
; %LOCALAPPDATA%\Programs\MonitorDeCampo, adds a Start-menu entry and (optionally) a desktop
; icon, and registers an uninstaller under the user's "Apps". Installing again over an
; installed copy upgrades it in place. Uninstalling removes the program and leaves the data
; folder (%LOCALAPPDATA%\MonitorDeCampo: the database, keys, photos, logs) untouched.

Unicode true
!include "MUI2.nsh"

!ifndef VERSION
  !error "Pass the version: /DVERSION=X.Y.Z"
!endif
!ifndef SOURCE
  !define SOURCE "..\dist\MonitorDeCampo"
!endif
!ifndef OUTFILE
  !define OUTFILE "..\dist\MonitorDeCampo-${VERSION}-instalador.exe"
!endif

!define APP_NAME "Monitor de Campo"
!define APP_KEY "MonitorDeCampo"
!define WINDOW_EXE "MonitorDeCampo.exe"
!define CONSOLE_EXE "monitor-app.exe"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP_KEY}"

Name "${APP_NAME} ${VERSION}"
OutFile "${OUTFILE}"
RequestExecutionLevel user
InstallDir "$LOCALAPPDATA\Programs\${APP_KEY}"
InstallDirRegKey HKCU "Software\${APP_KEY}" "InstallDir"
SetCompressor /SOLID lzma
ShowInstDetails nevershow

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=1034 "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=1034 "FileDescription" "Instalador de ${APP_NAME}"
VIAddVersionKey /LANG=1034 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=1034 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=1034 "LegalCopyright" "MIT"

!define MUI_ICON "monitor_app.ico"
!define MUI_UNICON "monitor_app.ico"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\${WINDOW_EXE}"
!define MUI_FINISHPAGE_RUN_TEXT "Abrir ${APP_NAME}"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "Spanish"

; The program must not be running while its files are replaced (an upgrade).
!macro WAIT_UNTIL_CLOSED
  retry:
  ClearErrors
  IfFileExists "$INSTDIR\${WINDOW_EXE}" 0 closed
  Rename "$INSTDIR\${WINDOW_EXE}" "$INSTDIR\${WINDOW_EXE}.check"
  IfErrors 0 renamed
  MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION \
    "${APP_NAME} está abierto. Ciérrelo y pulse Reintentar." IDRETRY retry
  Abort
  renamed:
  Rename "$INSTDIR\${WINDOW_EXE}.check" "$INSTDIR\${WINDOW_EXE}"
  closed:
!macroend

Section "!${APP_NAME}" SecProgram
  SectionIn RO
  SetShellVarContext current
  SetOutPath "$INSTDIR"
  !insertmacro WAIT_UNTIL_CLOSED
  ; An upgrade replaces the whole bundled runtime: no file of the old version stays behind.
  RMDir /r "$INSTDIR\_internal"
  File /r "${SOURCE}\*"
  WriteUninstaller "$INSTDIR\desinstalar.exe"
  CreateShortcut "$SMPROGRAMS\${APP_NAME}.lnk" "$INSTDIR\${WINDOW_EXE}" "" "$INSTDIR\${WINDOW_EXE}" 0
  WriteRegStr HKCU "Software\${APP_KEY}" "InstallDir" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${APP_NAME}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${WINDOW_EXE}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\desinstalar.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\desinstalar.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

Section "Ícono en el escritorio" SecDesktop
  SetShellVarContext current
  CreateShortcut "$DESKTOP\${APP_NAME}.lnk" "$INSTDIR\${WINDOW_EXE}" "" "$INSTDIR\${WINDOW_EXE}" 0
SectionEnd

LangString DESC_PROGRAM ${LANG_SPANISH} "El programa y la línea de comandos (monitor-app.exe)."
LangString DESC_DESKTOP ${LANG_SPANISH} "Un acceso directo en el escritorio."
!insertmacro MUI_FUNCTION_DESCRIPTION_BEGIN
  !insertmacro MUI_DESCRIPTION_TEXT ${SecProgram} $(DESC_PROGRAM)
  !insertmacro MUI_DESCRIPTION_TEXT ${SecDesktop} $(DESC_DESKTOP)
!insertmacro MUI_FUNCTION_DESCRIPTION_END

; Only what the installer put there goes: the data folder (%LOCALAPPDATA%\MonitorDeCampo) and
; anything a person saved in the program's folder stay.
Section "Uninstall"
  SetShellVarContext current
  !insertmacro WAIT_UNTIL_CLOSED
  Delete "$SMPROGRAMS\${APP_NAME}.lnk"
  Delete "$DESKTOP\${APP_NAME}.lnk"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${WINDOW_EXE}"
  Delete "$INSTDIR\${CONSOLE_EXE}"
  Delete "$INSTDIR\desinstalar.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  DeleteRegKey HKCU "Software\${APP_KEY}"
SectionEnd
