using System.Text.Json;
using System.Text.Json.Nodes;
using DocLint.LanguageServer.Workspace;
using DocLint.Text;

namespace DocLint.LanguageServer.Tests;

public sealed class LanguageServerTests : IDisposable
{
    private const string Draft = "# Budget\n\nThe deficit will probably reach $2.5 billion.\n\nUndoubtedly, the council made a mistake.\n";
    private readonly string _directory = Directory.CreateTempSubdirectory("doclint-lsp-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string Uri(string name) => new Uri(Path.Combine(_directory, name)).AbsoluteUri;

    private async Task<List<string>> CliAsync(string name, string text)
    {
        await File.WriteAllTextAsync(Path.Combine(_directory, name), text);
        return await CliFindings.LintAsync(_directory, name);
    }

    [Fact]
    public async Task Diagnostics_have_the_CLIs_ranges_severities_and_messages_for_an_article_with_editorconfig_and_astral_characters()
    {
        // .editorconfig raises DL1001 to error and silences DL5001: the server must resolve settings as the CLI does.
        await File.WriteAllTextAsync(Path.Combine(_directory, ".editorconfig"), "root = true\n\n[*.md]\ndotnet_diagnostic.DL1001.severity = error\ndotnet_diagnostic.DL5001.severity = none\n");
        var article = await File.ReadAllTextAsync(Path.Combine(DocLint.Cli.Tests.RepositoryPaths.Examples, "news-report.md"));
        // An emoji is two UTF-16 code units: the finding after it must start at character 21, as LSP counts.
        var text = "🎉 The plan will obviously fail and will probably cost more.\n\n" + article;
        var expected = await CliAsync("article.md", text);
        await using var client = new LspTestClient();
        await client.InitializeAsync(_directory);

        await client.OpenAsync(Uri("article.md"), text);
        var published = await client.DiagnosticsAsync(Uri("article.md"), 1);

        var actual = CliFindings.FromLsp(published);
        Assert.Equal(expected, actual);
        Assert.Contains("DL4001 warning 0:17-0:26 'obviously' asserts certainty without support; show the evidence instead", actual);
        Assert.Contains(actual, f => f.StartsWith("DL1001 error ", StringComparison.Ordinal));
        Assert.DoesNotContain(actual, f => f.StartsWith("DL5001", StringComparison.Ordinal));
        var first = published.EnumerateArray().First(d => d.GetProperty("code").GetString() == "DL4001");
        Assert.Equal("https://github.com/doclint/doclint/blob/main/rules/DL4001.md", first.GetProperty("codeDescription").GetProperty("href").GetString());
        Assert.Equal("doclint", first.GetProperty("source").GetString());
    }

    [Fact]
    public async Task Incremental_edits_are_applied_and_republished_with_the_CLIs_ranges_for_the_new_text()
    {
        await using var client = await OpenDraftAsync(Draft);

        // Type "clearly " before "made" on line 4, then replace "probably" with "likely" on line 2.
        await client.ChangeAsync(Uri("draft.md"), 2, new JsonObject { ["range"] = LspTestClient.Range(4, 25, 4, 25), ["text"] = "clearly " });
        await client.ChangeAsync(Uri("draft.md"), 3, new JsonObject { ["range"] = LspTestClient.Range(2, 17, 2, 25), ["text"] = "surely" });
        var published = await client.DiagnosticsAsync(Uri("draft.md"), 3);

        var edited = "# Budget\n\nThe deficit will surely reach $2.5 billion.\n\nUndoubtedly, the council clearly made a mistake.\n";
        Assert.Equal(await CliAsync("draft.md", edited), CliFindings.FromLsp(published));
        Assert.Contains("DL4001 warning 2:17-2:23 'surely' asserts certainty without support; show the evidence instead", CliFindings.FromLsp(published));
    }

    [Fact]
    public async Task Suppress_on_this_line_inserts_the_comment_with_a_reason_placeholder_and_the_finding_goes()
    {
        await using var client = await OpenDraftAsync(Draft);

        var response = await CodeActionsAsync(client, 2, 20);

        var actions = response.EnumerateArray().ToList();
        Assert.Equal(
            ["Suppress DL5001 on this line (with a reason)", "Suppress DL5001 in this file", "Suppress DL1001 on this line (with a reason)", "Suppress DL1001 in this file"],
            actions.Select(a => a.GetProperty("title").GetString()));
        var suppress = actions[2];
        Assert.Equal("quickfix", suppress.GetProperty("kind").GetString());
        Assert.Equal("DL1001", suppress.GetProperty("diagnostics")[0].GetProperty("code").GetString());
        var edit = suppress.GetProperty("edit").GetProperty("changes").GetProperty(Uri("draft.md"))[0];
        Assert.Equal("<!-- doclint-disable-next-line DL1001 -- reason -->\n", edit.GetProperty("newText").GetString());
        Assert.Equal("{\"start\":{\"line\":2,\"character\":0},\"end\":{\"line\":2,\"character\":0}}", edit.GetProperty("range").GetRawText());

        // Apply it as the editor would: the hedge is no longer reported, and the server agrees with the CLI.
        await client.ChangeAsync(Uri("draft.md"), 2, new JsonObject { ["range"] = JsonNode.Parse(edit.GetProperty("range").GetRawText()), ["text"] = edit.GetProperty("newText").GetString() });
        var after = CliFindings.FromLsp(await client.DiagnosticsAsync(Uri("draft.md"), 2));
        Assert.DoesNotContain(after, f => f.StartsWith("DL1001", StringComparison.Ordinal));
        Assert.Equal(await CliAsync("draft.md", Draft.Insert(10, "<!-- doclint-disable-next-line DL1001 -- reason -->\n")), after);
    }

    [Fact]
    public async Task Suppress_in_this_file_goes_after_front_matter_and_silences_the_rule_everywhere()
    {
        var text = "---\ntitle: Budget\n---\n" + Draft;
        await using var client = await OpenDraftAsync(text);

        var response = await CodeActionsAsync(client, 5, 18);
        var file = response.EnumerateArray().Single(a => a.GetProperty("title").GetString() == "Suppress DL1001 in this file");
        var edit = file.GetProperty("edit").GetProperty("changes").GetProperty(Uri("draft.md"))[0];

        Assert.Equal("<!-- doclint-disable-file DL1001 -->\n", edit.GetProperty("newText").GetString());
        Assert.Equal(3, edit.GetProperty("range").GetProperty("start").GetProperty("line").GetInt32());
        await client.ChangeAsync(Uri("draft.md"), 2, new JsonObject { ["range"] = LspTestClient.Range(3, 0, 3, 0), ["text"] = edit.GetProperty("newText").GetString() });
        Assert.DoesNotContain(CliFindings.FromLsp(await client.DiagnosticsAsync(Uri("draft.md"), 2)), f => f.StartsWith("DL1001", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_booster_has_a_preferred_fix_that_drops_it_and_capitalises_the_sentence()
    {
        await using var client = await OpenDraftAsync(Draft);

        var response = await CodeActionsAsync(client, 4, 3);

        var fix = response[0];
        Assert.Equal("Drop 'Undoubtedly'", fix.GetProperty("title").GetString());
        Assert.True(fix.GetProperty("isPreferred").GetBoolean());
        var edit = fix.GetProperty("edit").GetProperty("changes").GetProperty(Uri("draft.md"))[0];
        Assert.Equal("T", edit.GetProperty("newText").GetString());
        Assert.Equal("{\"start\":{\"line\":4,\"character\":0},\"end\":{\"line\":4,\"character\":14}}", edit.GetProperty("range").GetRawText());
    }

    [Theory]
    [InlineData("The plan will obviously fail.", 14, 23, "The plan will fail.")]
    [InlineData("Undoubtedly, the council erred.", 0, 11, "The council erred.")]
    [InlineData("It failed, obviously.", 11, 20, "It failed.")]
    [InlineData("Of course the plan failed.", 0, 9, "The plan failed.")]
    public void Dropping_a_booster_removes_the_phrase_and_the_space_or_comma_that_set_it_off(string sentence, int start, int end, string expected)
    {
        var source = SourceText.From(sentence);
        var (span, newText) = Features.BoosterRemoval.Edit(source, TextSpan.FromBounds(start, end));

        Assert.Equal(expected, sentence[..span.Start] + newText + sentence[span.End..]);
    }

    [Fact]
    public async Task Hover_on_a_finding_shows_the_rule_pages_title_and_why()
    {
        await using var client = await OpenDraftAsync(Draft);

        var hover = (await client.RequestAsync("textDocument/hover", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = Uri("draft.md") },
            ["position"] = new JsonObject { ["line"] = 4, ["character"] = 5 },
        })).GetProperty("result");
        var nothing = (await client.RequestAsync("textDocument/hover", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = Uri("draft.md") },
            ["position"] = new JsonObject { ["line"] = 0, ["character"] = 3 },
        })).GetProperty("result");

        var markdown = hover.GetProperty("contents").GetProperty("value").GetString()!;
        Assert.Equal("markdown", hover.GetProperty("contents").GetProperty("kind").GetString());
        Assert.StartsWith("**DL4001: Unsupported certainty**\n\n'Undoubtedly' asserts certainty without support; show the evidence instead\n\nBoosters (\"obviously\", \"undoubtedly\",", markdown, StringComparison.Ordinal);
        Assert.Contains("[DL4001 rule page](https://github.com/doclint/doclint/blob/main/rules/DL4001.md)", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("## Examples", markdown, StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, nothing.ValueKind);
    }

    [Fact]
    public async Task The_code_lens_on_line_zero_is_the_CLIs_score_line()
    {
        await File.WriteAllTextAsync(Path.Combine(_directory, "draft.md"), Draft);
        using var output = new StringWriter { NewLine = "\n" };
        await DocLint.Cli.DocLintApplication.RunAsync(["draft.md"], new DocLint.Cli.CliConsole(output, TextWriter.Null, () => new MemoryStream()) { WorkingDirectory = _directory });
        var scoreLine = output.ToString().Split('\n').Single(l => l.StartsWith("draft.md: source reliability ", StringComparison.Ordinal));
        await using var client = new LspTestClient();
        await client.InitializeAsync(_directory);
        await client.OpenAsync(Uri("draft.md"), Draft);

        var lenses = (await client.RequestAsync("textDocument/codeLens", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = Uri("draft.md") } })).GetProperty("result");

        var lens = Assert.Single(lenses.EnumerateArray());
        Assert.Equal("{\"start\":{\"line\":0,\"character\":0},\"end\":{\"line\":0,\"character\":0}}", lens.GetProperty("range").GetRawText());
        Assert.Equal("S" + scoreLine["draft.md: s".Length..], lens.GetProperty("command").GetProperty("title").GetString());
        Assert.StartsWith("Source reliability 25/100 (F) — 0 of 2 claims sourced", lens.GetProperty("command").GetProperty("title").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_changed_editorconfig_reported_by_the_client_relints_open_documents_with_the_new_severity()
    {
        await using var client = new LspTestClient();
        await client.InitializeAsync(_directory);
        await client.OpenAsync(Uri("draft.md"), Draft);
        Assert.Contains(CliFindings.FromLsp(await client.DiagnosticsAsync(Uri("draft.md"), 1)), f => f.StartsWith("DL4001 warning", StringComparison.Ordinal));

        await File.WriteAllTextAsync(Path.Combine(_directory, ".editorconfig"), "root = true\n\n[*.md]\ndotnet_diagnostic.DL4001.severity = error\n");
        await client.NotifyAsync("workspace/didChangeWatchedFiles", new JsonObject
        {
            ["changes"] = new JsonArray(new JsonObject { ["uri"] = Uri(".editorconfig"), ["type"] = 1 }),
        });

        Assert.Contains(CliFindings.FromLsp(await client.DiagnosticsAsync(Uri("draft.md"), 1)), f => f.StartsWith("DL4001 error 4:0-4:11", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Settings_from_workspace_configuration_apply_a_minimum_score_and_the_watchers_are_registered()
    {
        var asked = new List<string>();
        await using var client = new LspTestClient(request =>
        {
            var method = request.GetProperty("method").GetString()!;
            lock (asked)
            {
                asked.Add(method);
            }

            return method == "workspace/configuration" ? new JsonArray(new JsonObject { ["minScore"] = 90 }) : null;
        });
        var capabilities = new JsonObject
        {
            ["workspace"] = new JsonObject { ["configuration"] = true, ["didChangeWatchedFiles"] = new JsonObject { ["dynamicRegistration"] = true } },
        };
        await client.InitializeAsync(_directory, capabilities);
        var registration = await client.NextAsync("client/registerCapability");
        await client.NextAsync("workspace/configuration");
        await client.OpenAsync(Uri("draft.md"), Draft);

        // Linted once with or without the settings, depending on timing; the minimum must show by the next publish.
        var gate = await WaitForAsync(client, Uri("draft.md"), 1, d => d.Any(f => f.StartsWith("DL0020 error 0:0-0:0", StringComparison.Ordinal)));
        Assert.Contains("DL0020 error 0:0-0:0 Source reliability 25/100 (F) is below the minimum score 90", gate);
        var globs = registration.GetProperty("registrations")[0].GetProperty("registerOptions").GetProperty("watchers").EnumerateArray().Select(w => w.GetProperty("globPattern").GetString());
        Assert.Contains("**/.editorconfig", globs);
    }

    [Fact]
    public async Task Shutdown_then_exit_ends_with_0_and_exit_without_shutdown_with_1()
    {
        var clean = new LspTestClient();
        await clean.InitializeAsync(_directory);
        var shutdown = await clean.RequestAsync("shutdown", null);
        var afterShutdown = await clean.RequestAsync("textDocument/codeLens", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = Uri("x.md") } });
        await clean.NotifyAsync("exit", null);
        var rude = new LspTestClient();
        await rude.InitializeAsync(_directory);
        await rude.NotifyAsync("exit", null);

        Assert.Equal(JsonValueKind.Null, shutdown.GetProperty("result").ValueKind);
        Assert.Equal(-32600, afterShutdown.GetProperty("error").GetProperty("code").GetInt32());
        Assert.Equal(0, await clean.Exit);
        Assert.Equal(1, await rude.Exit);
        await clean.DisposeAsync();
        await rude.DisposeAsync();
    }

    [Fact]
    public async Task A_request_before_initialize_is_refused_and_an_unknown_one_is_method_not_found()
    {
        await using var client = new LspTestClient();
        var early = await client.RequestAsync("textDocument/hover", new JsonObject());
        await client.InitializeAsync(_directory);
        var unknown = await client.RequestAsync("textDocument/rename", new JsonObject());

        Assert.Equal(-32002, early.GetProperty("error").GetProperty("code").GetInt32());
        Assert.Equal(-32601, unknown.GetProperty("error").GetProperty("code").GetInt32());
    }

    [Fact]
    public void Incremental_changes_apply_in_order_in_UTF16_units_and_clamp_past_the_end()
    {
        var source = SourceText.From("a🎉b\r\nsecond line\n");
        var changes = new[]
        {
            new Protocol.TextDocumentContentChangeEvent(new Protocol.Range(new Protocol.Position(0, 3), new Protocol.Position(0, 4)), "B"),
            new Protocol.TextDocumentContentChangeEvent(new Protocol.Range(new Protocol.Position(1, 7), new Protocol.Position(1, 99)), "row"),
            new Protocol.TextDocumentContentChangeEvent(new Protocol.Range(new Protocol.Position(9, 0), new Protocol.Position(9, 0)), "end"),
        };

        Assert.Equal("a🎉B\r\nsecond row\nend", IncrementalText.Apply(source, changes).Text);
        Assert.Equal("whole", IncrementalText.Apply(source, [new Protocol.TextDocumentContentChangeEvent(null, "whole")]).Text);
    }

    private async Task<LspTestClient> OpenDraftAsync(string text)
    {
        var client = new LspTestClient();
        await client.InitializeAsync(_directory);
        await client.OpenAsync(Uri("draft.md"), text);
        await client.DiagnosticsAsync(Uri("draft.md"), 1);
        return client;
    }

    private async Task<JsonElement> CodeActionsAsync(LspTestClient client, int line, int character)
    {
        var response = await client.RequestAsync("textDocument/codeAction", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = Uri("draft.md") },
            ["range"] = LspTestClient.Range(line, character, line, character),
            ["context"] = new JsonObject { ["diagnostics"] = new JsonArray() },
        });
        return response.GetProperty("result");
    }

    private static async Task<List<string>> WaitForAsync(LspTestClient client, string uri, int version, Func<List<string>, bool> done)
    {
        while (true)
        {
            var findings = CliFindings.FromLsp(await client.DiagnosticsAsync(uri, version));
            if (done(findings))
            {
                return findings;
            }
        }
    }
}
