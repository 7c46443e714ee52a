# Builds the Windows installer (.msi) of Mark-DNA with jpackage (JDK 17+) and WiX 3:
#   powershell -ExecutionPolicy Bypass -File installer\windows\build.ps1 [-Scope machine|user|both] [-Test]
# -Scope machine: installs for all users into Program Files (needs admin rights; the usual
#                 choice for deployment tools), file markdna-<version>.msi
# -Scope user:    installs for the current user into %LOCALAPPDATA%\markdna, no admin rights,
#                 file markdna-<version>-user.msi
# -Scope both:    both files (default)
# Both carry the same fixed upgrade code, so a newer version replaces an older one of the same
# scope; switching scope means uninstalling the old one first. Every install gets a Start menu
# entry (group "Mark-DNA" with the umlaut), an optional desktop shortcut and a folder chooser.
# The launchers: markdna.exe (the GUI, no console window) and markdna-cli.exe (a console
# launcher for the commands: markdna-cli.exe check --db FILE).
# Reads markdna.jar and lib\ from $env:MARKDNA_BUILD_DIR (default target\; run mvnw.cmd package
# on Windows so lib\ holds the Windows JavaFX jars), writes to $env:MARKDNA_DIST_DIR (default
# target-installer\). This file is ASCII on purpose: Windows PowerShell 5 reads scripts without
# a BOM as ANSI, so the umlaut is built from its code point.
param(
    [ValidateSet('machine', 'user', 'both')] [string] $Scope = 'both',
    [switch] $Test
)
$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

# Generated once; never change it, or new versions install beside old ones instead of replacing them.
$UpgradeUuid = '34044102-0bec-4ed4-8b1a-689546874bab'
$AppName = 'markdna'
$DisplayName = 'M' + [char]0x00E4 + 'rk-DNA'
$Vendor = if ($env:MARKDNA_VENDOR) { $env:MARKDNA_VENDOR } else { $DisplayName }
$Description = "$DisplayName - inventory of forensic DNA marking"

$InstallerDir = Split-Path -Parent $PSScriptRoot
$RepoDir = Split-Path -Parent $InstallerDir
$BuildDir = if ($env:MARKDNA_BUILD_DIR) { $env:MARKDNA_BUILD_DIR } else { Join-Path $RepoDir 'target' }
$DistDir = if ($env:MARKDNA_DIST_DIR) { $env:MARKDNA_DIST_DIR } else { Join-Path $RepoDir 'target-installer' }

function Invoke-Tool([string] $Exe, [string[]] $ToolArgs) {
    & $Exe @ToolArgs
    if ($LASTEXITCODE -ne 0) { throw "$Exe failed with exit code $LASTEXITCODE" }
}

foreach ($tool in 'jpackage', 'jlink') {
    if (-not (Get-Command $tool -ErrorAction SilentlyContinue)) { throw "$tool not found: put a JDK 17+ bin folder on the PATH" }
}
if (-not (Get-Command 'candle.exe' -ErrorAction SilentlyContinue)) {
    throw 'WiX 3 (candle.exe, light.exe) not found on the PATH: install WiX Toolset 3.14 (choco install wixtoolset)'
}

# Version: the pom's own <version> (two-space indent), qualifier dropped, numeric MAJOR.MINOR.PATCH.
$Version = $env:MARKDNA_VERSION
if (-not $Version) {
    $pom = Get-Content -Raw -Encoding UTF8 (Join-Path $RepoDir 'pom.xml')
    $m = [regex]::Match($pom, '(?m)^  <version>([^<]+)</version>')
    if (-not $m.Success) { throw 'no <version> in pom.xml' }
    $Version = $m.Groups[1].Value
}
$Version = ($Version -replace '^v', '') -replace '[-+].*$', ''
$parts = @($Version.Split('.'))
if ($parts.Count -lt 1 -or $parts.Count -gt 3 -or ($parts | Where-Object { $_ -notmatch '^\d+$' })) {
    throw "version '$Version' is not numeric MAJOR.MINOR.PATCH"
}
while ($parts.Count -lt 3) { $parts += '0' }
$Version = $parts -join '.'
# MSI: MAJOR and MINOR at most 255, PATCH at most 65535
if ([int]$parts[0] -gt 255 -or [int]$parts[1] -gt 255 -or [int]$parts[2] -gt 65535) { throw "version $Version out of MSI range" }
Write-Host "== $DisplayName $Version for Windows ($Scope)"

# Stage only the jar and lib\ (jpackage packs the whole --input folder).
if (-not (Test-Path (Join-Path $BuildDir 'markdna.jar'))) { throw "$BuildDir\markdna.jar missing: run mvnw.cmd package -DskipTests first" }
if (Get-ChildItem (Join-Path $BuildDir 'lib') -Filter 'javafx-graphics-*-linux.jar' -ErrorAction SilentlyContinue) {
    throw 'lib\ holds the Linux JavaFX jars: run mvnw.cmd package on Windows'
}
New-Item -ItemType Directory -Force $DistDir | Out-Null
$InputDir = Join-Path $DistDir 'input'
Remove-Item -Recurse -Force $InputDir -ErrorAction SilentlyContinue
New-Item -ItemType Directory -Force $InputDir | Out-Null
Copy-Item (Join-Path $BuildDir 'markdna.jar') $InputDir
Copy-Item -Recurse (Join-Path $BuildDir 'lib') (Join-Path $InputDir 'lib')

# Trimmed runtime: the hand-written module list (jdeps stops at POI's SparseBitSet).
$Modules = ((Get-Content (Join-Path $InstallerDir 'jdk-modules.txt')) -join '') -replace '\s', ''
$RuntimeDir = Join-Path $DistDir 'runtime'
Remove-Item -Recurse -Force $RuntimeDir -ErrorAction SilentlyContinue
Write-Host "== jlink: $Modules"
Invoke-Tool 'jlink' @('--add-modules', $Modules, '--include-locales=en,sv', '--strip-debug', '--no-header-files',
    '--no-man-pages', '--compress=2', '--output', $RuntimeDir)

$Common = @(
    '--name', $AppName,
    '--app-version', $Version,
    '--vendor', $Vendor,
    '--description', $Description,
    '--copyright', "Copyright $((Get-Date).Year) $Vendor",
    '--input', $InputDir,
    '--main-jar', 'markdna.jar',
    '--main-class', 'se.markdna.Launcher',
    '--runtime-image', $RuntimeDir,
    '--java-options', '-Xmx1g',
    '--icon', (Join-Path $InstallerDir 'icon\markdna.ico'),
    '--add-launcher', "markdna-cli=$(Join-Path $PSScriptRoot 'markdna-cli.properties')"
)

$scopes = if ($Scope -eq 'both') { @('machine', 'user') } else { @($Scope) }
foreach ($s in $scopes) {
    $out = Join-Path $DistDir "msi-$s"
    Remove-Item -Recurse -Force $out -ErrorAction SilentlyContinue
    $msiArgs = @('--type', 'msi') + $Common + @(
        '--dest', $out,
        '--win-upgrade-uuid', $UpgradeUuid,
        '--win-menu',
        '--win-menu-group', $DisplayName,
        '--win-shortcut-prompt',
        '--win-shortcut',
        '--win-dir-chooser'
    )
    if ($s -eq 'user') { $msiArgs += '--win-per-user-install' }
    Write-Host "== jpackage --type msi ($s)"
    Invoke-Tool 'jpackage' $msiArgs
    $suffix = if ($s -eq 'user') { '-user' } else { '' }
    $msi = Join-Path $DistDir "$AppName-$Version$suffix.msi"
    Move-Item -Force (Join-Path $out "$AppName-$Version.msi") $msi
    Remove-Item -Recurse -Force $out
    Get-Item $msi | Format-Table Name, Length
}

if ($Test) {
    # The launchers as installed, from an app-image built with the same arguments.
    $img = Join-Path $DistDir 'image'
    Remove-Item -Recurse -Force $img -ErrorAction SilentlyContinue
    Invoke-Tool 'jpackage' (@('--type', 'app-image') + $Common + @('--dest', $img))
    $cli = Join-Path $img "$AppName\markdna-cli.exe"
    $tmp = Join-Path ([IO.Path]::GetTempPath()) ("markdna-test-" + [guid]::NewGuid())
    New-Item -ItemType Directory $tmp | Out-Null
    $env:JAVA_TOOL_OPTIONS = "-Dmarkdna.data.dir=$tmp\data"
    try {
        Invoke-Tool $cli @('--version')
        Invoke-Tool $cli @('demo', '--db', "$tmp\x.db")
        $check = & $cli check --db "$tmp\x.db"
        if ($LASTEXITCODE -ne 0 -or -not ($check -match 'integrity: ok')) { throw "check failed: $check" }
        $check | Write-Host
        Write-Host '== smoke test passed'
    } finally {
        Remove-Item Env:\JAVA_TOOL_OPTIONS
        Remove-Item -Recurse -Force $tmp -ErrorAction SilentlyContinue
    }
}
