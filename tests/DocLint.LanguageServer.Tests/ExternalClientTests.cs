using System.Text.Json;
using System.Text.Json.Nodes;

namespace DocLint.LanguageServer.Tests;

/// <summary>
/// The real `doclint lsp` process driven by real clients: the VS Code LSP client libraries from Node, headless
/// Neovim's built-in client, and the VS Code extension packaged into a .vsix. Each installs what it needs (npm ci,
/// apt-get as root) and fails if it cannot. One class, so the installs never run at the same time.
/// </summary>
[Trait("Category", "EndToEnd")]
public sealed class ExternalClientTests : IDisposable
{
    private const string Draft = "# Budget\n\nThe deficit will probably reach $2.5 billion.\n\nUndoubtedly, the council made a mistake.\n";
    private readonly string _workspace = Directory.CreateTempSubdirectory("doclint-lsp-e2e-").FullName;

    public void Dispose() => Directory.Delete(_workspace, recursive: true);

    private static string Doclint => Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "doclint.exe" : "doclint");

    [Fact]
    public async Task The_VS_Code_client_library_opens_edits_acts_hovers_reads_the_lens_and_shuts_down()
    {
        await ExternalProcess.RequireAsync("npm", "npm");
        var client = Path.Combine(AppContext.BaseDirectory, "lsp-client");
        var install = await ExternalProcess.RunAsync("npm", ["ci", "--no-audit", "--no-fund"], client);
        Assert.True(install.ExitCode == 0, install.Output);
        await File.WriteAllTextAsync(Path.Combine(_workspace, "draft.md"), Draft);
        var opened = await CliFindings.LintAsync(_workspace, "draft.md");
        var edited = Draft.Replace("probably", "surely", StringComparison.Ordinal);
        await File.WriteAllTextAsync(Path.Combine(_workspace, "draft.md"), edited);
        // The lens is read after the edit, so it is the edited text's score.
        var scoreLens = await ScoreLensAsync();
        var expected = new JsonObject
        {
            ["text"] = Draft,
            ["opened"] = new JsonArray([.. opened.Select(f => JsonValue.Create(f))]),
            ["edited"] = new JsonArray([.. (await CliFindings.LintAsync(_workspace, "draft.md")).Select(f => JsonValue.Create(f))]),
            ["scoreLens"] = scoreLens,
        };
        await File.WriteAllTextAsync(Path.Combine(_workspace, "expected.json"), expected.ToJsonString());

        var run = await ExternalProcess.RunAsync("node", [Path.Combine(client, "lsp-client-test.js"), Doclint, _workspace, Path.Combine(_workspace, "expected.json")], client, timeoutSeconds: 120);

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("ok - shutdown and exit with code 0", run.Output, StringComparison.Ordinal);
        Assert.Contains("DL2001 warning 2:32-2:44 ", string.Join('\n', opened), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Headless_Neovim_shows_the_CLIs_findings_at_the_same_places()
    {
        await ExternalProcess.RequireAsync("nvim", "neovim");
        var file = Path.Combine(_workspace, "draft.md");
        await File.WriteAllTextAsync(file, Draft);
        var expected = await CliFindings.LintAsync(_workspace, "draft.md");
        var result = Path.Combine(_workspace, "result.json");
        var environment = new Dictionary<string, string>
        {
            // --stdio as many clients pass it: the server must accept it.
            ["DOCLINT_CMD"] = new JsonArray(Doclint, "lsp", "--stdio").ToJsonString(),
            ["DOCLINT_ROOT"] = _workspace,
            ["DOCLINT_RESULT"] = result,
            ["HOME"] = _workspace, // no user config, shada or swap files from the machine
        };
        var script = Path.Combine(AppContext.BaseDirectory, "nvim", "check-diagnostics.lua");

        var run = await ExternalProcess.RunAsync("nvim", ["--headless", "--clean", "-n", file, "-c", $"luafile {script}"], _workspace, environment, timeoutSeconds: 90);

        Assert.True(run.ExitCode == 0 && File.Exists(result), run.Output);
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(result));
        Assert.True(json.RootElement.GetProperty("ok").GetBoolean(), "Neovim saw no diagnostics within 30 s");
        // vim.diagnostic columns are bytes; the draft is ASCII, so they equal the UTF-16 columns the CLI prints.
        var severities = new Dictionary<int, string> { [1] = "error", [2] = "warning", [3] = "info" };
        var actual = json.RootElement.GetProperty("diagnostics").EnumerateArray()
            .Select(d => $"{d.GetProperty("code").GetString()} {severities[d.GetProperty("severity").GetInt32()]} {d.GetProperty("lnum").GetInt32()}:{d.GetProperty("col").GetInt32()}-{d.GetProperty("end_lnum").GetInt32()}:{d.GetProperty("end_col").GetInt32()} {d.GetProperty("message").GetString()}")
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.Equal(expected, actual);
        Assert.Equal(5, actual.Count);
    }

    [Fact]
    public async Task The_VS_Code_extension_compiles_starts_doclint_lsp_and_packages_into_a_vsix_with_its_manifest()
    {
        await ExternalProcess.RequireAsync("npm", "npm");
        var extension = Path.Combine(DocLint.Cli.Tests.RepositoryPaths.Root, "editors", "vscode");
        foreach (var old in Directory.GetFiles(extension, "*.vsix"))
        {
            File.Delete(old);
        }

        var install = await ExternalProcess.RunAsync("npm", ["ci", "--no-audit", "--no-fund"], extension);
        Assert.True(install.ExitCode == 0, install.Output);
        var compile = await ExternalProcess.RunAsync("npx", ["tsc", "-p", "./"], extension);
        Assert.True(compile.ExitCode == 0, compile.Output);

        // The command line the extension hands the language client: `doclint lsp` and nothing else (with a stdio
        // transport the client would append --stdio, which the server rejects), and DOTNET_TieredPGO=0 unless the
        // user's environment sets it.
        var script = Path.Combine(AppContext.BaseDirectory, "lsp-client", "extension-server-options.js");
        var started = await ExternalProcess.RunAsync("node", [script, Path.Combine(extension, "out", "extension.js")], extension);
        Assert.True(started.ExitCode == 0, started.Output);
        Assert.Equal(
            [
                """{"command":"/opt/doclint/doclint","args":["lsp"],"options":{"env":{"DOTNET_TieredPGO":"0"}}}""",
                """{"command":"/opt/doclint/doclint","args":["lsp"],"options":{"env":{"DOTNET_TieredPGO":"1"}}}""",
            ],
            started.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        var package = await ExternalProcess.RunAsync("npx", ["vsce", "package", "--skip-license", "-o", Path.Combine(_workspace, "doclint.vsix")], extension);
        Assert.True(package.ExitCode == 0, package.Output);

        using var vsix = System.IO.Compression.ZipFile.OpenRead(Path.Combine(_workspace, "doclint.vsix"));
        var entries = vsix.Entries.Select(e => e.FullName).ToList();
        Assert.Contains("extension.vsixmanifest", entries);
        Assert.Contains("extension/out/extension.js", entries);
        Assert.Contains("extension/node_modules/vscode-languageclient/package.json", entries);
        using var manifest = JsonDocument.Parse(vsix.GetEntry("extension/package.json")!.Open());
        Assert.Equal("./out/extension.js", manifest.RootElement.GetProperty("main").GetString());
        Assert.Equal(["onLanguage:markdown", "onLanguage:plaintext"], manifest.RootElement.GetProperty("activationEvents").EnumerateArray().Select(e => e.GetString()));
    }

    private async Task<string> ScoreLensAsync()
    {
        using var output = new StringWriter { NewLine = "\n" };
        await DocLint.Cli.DocLintApplication.RunAsync(["draft.md"], new DocLint.Cli.CliConsole(output, TextWriter.Null, () => new MemoryStream()) { WorkingDirectory = _workspace });
        var line = output.ToString().Split('\n').Single(l => l.StartsWith("draft.md: source reliability ", StringComparison.Ordinal));
        return "S" + line["draft.md: s".Length..];
    }
}
