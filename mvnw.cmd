@REM Maven wrapper for the Awards API (Windows).
@REM 1. A Maven 3.8 or newer on PATH is used as it is.
@REM 2. Otherwise the pinned Maven is downloaded from MVNW_REPOURL into %USERPROFILE%\.m2\wrapper\dists.
@REM 3. Otherwise it stops and says what to do.
@echo off
setlocal
set "BASEDIR=%~dp0"
where mvn >nul 2>nul
if %ERRORLEVEL%==0 (
  mvn %*
  exit /b %ERRORLEVEL%
)
for /f "usebackq tokens=1,* delims==" %%a in ("%BASEDIR%.mvn\wrapper\maven-wrapper.properties") do (
  if "%%a"=="mavenVersion" set "MVN_VERSION=%%b"
  if "%%a"=="distributionPath" set "MVN_PATH=%%b"
)
set "MVN_HOME=%USERPROFILE%\.m2\wrapper\dists\apache-maven-%MVN_VERSION%"
if exist "%MVN_HOME%\apache-maven-%MVN_VERSION%\bin\mvn.cmd" goto run
if "%MVNW_REPOURL%"=="" (
  echo mvnw: no Maven on PATH and MVNW_REPOURL is not set. 1>&2
  echo   Install Maven 3.8 or newer, or set MVNW_REPOURL to a Maven repository serving %MVN_PATH%. 1>&2
  exit /b 1
)
powershell -NoProfile -Command "$ErrorActionPreference='Stop'; $t=Join-Path $env:TEMP ('mvnw-'+[guid]::NewGuid()); New-Item -ItemType Directory $t | Out-Null; Invoke-WebRequest -Uri ($env:MVNW_REPOURL.TrimEnd('/')+'/'+$env:MVN_PATH) -OutFile \"$t\maven.zip\"; Expand-Archive \"$t\maven.zip\" -DestinationPath $env:MVN_HOME -Force; Remove-Item -Recurse $t"
if not %ERRORLEVEL%==0 exit /b 1
:run
"%MVN_HOME%\apache-maven-%MVN_VERSION%\bin\mvn.cmd" %*
exit /b %ERRORLEVEL%
