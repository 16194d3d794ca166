<#
.SYNOPSIS
  Build the Concern Logger MSI on a Windows machine: the PyInstaller bundle, a smoke test of it, then the MSI.

.DESCRIPTION
  Run from a checkout, in PowerShell 5.1 or later, on 64-bit Windows 10/11 with:
    - Python 3.11 (python.org installer; `py -3.11` must work): the pinned wheels in requirements-win.lock are for 3.11
    - WiX Toolset 3.14 (candle.exe and light.exe; its installer sets the WIX environment variable).
      WiX 4 and later read a different schema: convert the source with `wix convert` first, untested.

    powershell -ExecutionPolicy Bypass -File packaging\windows\build-msi.ps1

  Makes .venv-win\ (the build's own Python environment), build\ (work files), dist\concern-logger\ (the bundle:
  concern-logger.exe for IT and scripts, ConcernLogger.exe for the Start menu) and
  dist\ConcernLogger-<version>-x64.msi, and prints their sizes.

.PARAMETER SkipBundle
  Use the bundle already in dist\concern-logger\ instead of building it again.
#>
param([switch]$SkipBundle)

$ErrorActionPreference = "Stop"
$Root = (Resolve-Path (Join-Path $PSScriptRoot "..\..")).Path
Set-Location $Root

function Write-Utf8([string]$Path, [string]$Text) {
    [IO.File]::WriteAllText($Path, $Text)  # UTF-8 without a byte-order mark (Set-Content -Encoding utf8 adds one)
}

function Invoke-Checked([string]$What, [scriptblock]$Command) {
    Write-Host "[build-msi] $What"
    & $Command
    if ($LASTEXITCODE -ne 0) { throw "$What failed (exit code $LASTEXITCODE)" }
}

# 1. The build's Python environment.
$Venv = Join-Path $Root ".venv-win"
$Py = Join-Path $Venv "Scripts\python.exe"
if (-not (Test-Path $Py)) {
    Invoke-Checked "creating .venv-win" { py -3.11 -m venv $Venv }
}
Invoke-Checked "installing the pinned packages (requirements-win.lock, hashes checked), then the app" {
    & $Py -m pip install --quiet --require-hashes --only-binary=:all: `
        --requirement (Join-Path $Root "packaging\windows\requirements-win.lock")
    if ($LASTEXITCODE -eq 0) { & $Py -m pip install --quiet --no-deps --no-build-isolation -e "$Root" }
}
$Version = (& $Py -c "import desktop_app; print(desktop_app.__version__)").Trim()

# 2. Icons, then the bundle (the spec picks up the .ico through CONCERN_LOGGER_ICON).
$Icons = Join-Path $Root "build\icons"
Invoke-Checked "drawing the icons" { & $Py (Join-Path $Root "packaging\icons\make_icons.py") $Icons }
$env:CONCERN_LOGGER_ICON = Join-Path $Icons "concern-logger.ico"
$Bundle = Join-Path $Root "dist\concern-logger"
if (-not $SkipBundle) {
    Invoke-Checked "making the PyInstaller bundle" {
        & $Py -m PyInstaller --noconfirm --log-level WARN --distpath (Join-Path $Root "dist") `
            --workpath (Join-Path $Root "build\pyinstaller") (Join-Path $Root "packaging\concern-logger.spec")
    }
}
foreach ($exe in @("concern-logger.exe", "ConcernLogger.exe")) {
    if (-not (Test-Path (Join-Path $Bundle $exe))) { throw "the bundle has no $exe" }
}

# 3. Smoke test: the bundled program sets up a school, records a concern and verifies it, with Qt offscreen.
$Smoke = Join-Path $env:TEMP ("concern-logger-smoke-" + [guid]::NewGuid())
New-Item -ItemType Directory -Path $Smoke | Out-Null
$Cli = Join-Path $Bundle "concern-logger.exe"
$env:QT_QPA_PLATFORM = "offscreen"
$env:CONCERN_LOGGER_CONFIG = Join-Path $Smoke "config.toml"
Write-Utf8 $env:CONCERN_LOGGER_CONFIG "[lock]`nidle_minutes = 5`n"
$Pass = "smoke-test-passphrase"
Invoke-Checked "smoke test: setup" {
    "$Pass`n$Pass" | & $Cli --data-dir "$Smoke\school" setup --school "Smoke Test School" --lead smoke.lead --lead-name "Smoke Lead"
}
Write-Utf8 "$Smoke\roster.csv" "upn,forename,surname,date_of_birth,year_group`nA123456789012,Zofia,Test,2019-03-04,R`n"
Invoke-Checked "smoke test: roster" { $Pass | & $Cli --data-dir "$Smoke\school" roster import "$Smoke\roster.csv" --as smoke.lead }
Write-Utf8 "$Smoke\concern.json" '{"pupil": "A123456789012", "occurred_at": "2026-03-04T10:15", "category": "neglect", "what_happened": "Smoke test concern."}'
Invoke-Checked "smoke test: record" { $Pass | & $Cli --data-dir "$Smoke\school" record --as smoke.lead --from "$Smoke\concern.json" }
Invoke-Checked "smoke test: verify" { $Pass | & $Cli --data-dir "$Smoke\school" verify --as smoke.lead }
Remove-Item Env:\QT_QPA_PLATFORM, Env:\CONCERN_LOGGER_CONFIG
Remove-Item -Recurse -Force $Smoke

# 4. The MSI: the bundle's file list, then candle and light (WiX Toolset 3).
$Wix = if ($env:WIX) { Join-Path $env:WIX "bin" } else { "C:\Program Files (x86)\WiX Toolset v3.14\bin" }
$Candle = Join-Path $Wix "candle.exe"
$Light = Join-Path $Wix "light.exe"
if (-not (Test-Path $Candle)) { throw "WiX Toolset 3 not found in ${Wix}: install WiX 3.14 or set WIX" }
$Work = Join-Path $Root "build\msi"
if (Test-Path $Work) { Remove-Item -Recurse -Force $Work }
New-Item -ItemType Directory -Path $Work | Out-Null
Invoke-Checked "listing the bundle's files" {
    & $Py (Join-Path $Root "packaging\windows\harvest.py") $Bundle (Join-Path $Work "BundleFiles.wxs") --win64
}
Invoke-Checked "compiling (candle)" {
    & $Candle -nologo -arch x64 -out "$Work\" "-dVersion=$Version" "-dBundleDir=$Bundle" `
        "-dIconFile=$env:CONCERN_LOGGER_ICON" (Join-Path $Root "packaging\windows\ConcernLogger.wxs") `
        (Join-Path $Work "BundleFiles.wxs")
}
$Msi = Join-Path $Root "dist\ConcernLogger-$Version-x64.msi"
Invoke-Checked "linking (light)" {
    & $Light -nologo -spdb -out $Msi (Join-Path $Work "ConcernLogger.wixobj") (Join-Path $Work "BundleFiles.wixobj")
}

$BundleBytes = (Get-ChildItem -Recurse -File $Bundle | Measure-Object -Property Length -Sum).Sum
Write-Host ("[build-msi] bundle: {0:N1} MB in {1}" -f ($BundleBytes / 1MB), $Bundle)
Write-Host ("[build-msi] msi:    {0:N1} MB in {1}" -f ((Get-Item $Msi).Length / 1MB), $Msi)
Write-Host "[build-msi] silent install: msiexec /i `"$Msi`" /qn HUB_URL=... SCHOOL_FILE=... IDLE_LOCK_MINUTES=5 /l*v install.log"
