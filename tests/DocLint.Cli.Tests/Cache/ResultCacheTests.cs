using System.Collections.Frozen;
using DocLint.Cli.Cache;
using DocLint.Cli.Tests.Formats;


namespace DocLint.Cli.Tests.Cache;

/// <summary>
/// doclint --cache end to end, on real folders: a warm run prints byte for byte what a run without the cache
/// prints, anything that decides a report makes a miss, failures are never stored, a damaged entry is a miss, and
/// the cache folder never holds, nor is walked as, an input.
/// </summary>
public sealed class ResultCacheTests : IDisposable
{
    private const string Article = "# Budget\n\nCritics say the plan will probably fail. Officials said costs rose 40 percent.\n\nIt is clearly the worst budget in years.\n";

    private const string Notes = "Experts believe the figures were 12 percent higher.\nThe mayor said so on Monday.\n";

    private readonly TemporaryDirectory _directory = new();

    public ResultCacheTests()
    {
        // Every rule at its default severity (TemporaryDirectory switches the claims rule off): a score and
        // claim findings belong in what is replayed.
        _directory.Write(".editorconfig", "root = true\n");
        _directory.Write(Path.Combine("docs", "budget.md"), Article);
        _directory.Write(Path.Combine("docs", "notes.txt"), Notes);
    }

    public void Dispose() => _directory.Dispose();

    private string CacheFolder => Path.Combine(_directory.Path, CacheLocation.DefaultName);

    [Theory]
    [InlineData("msbuild")]
    [InlineData("json")]
    [InlineData("sarif")]
    [InlineData("github")]
    public async Task A_warm_run_prints_exactly_what_a_run_without_the_cache_prints(string format)
    {
        string[] lint = ["docs", "--include", "*.txt", "--format", format, "--min-score", "90"];

        var uncached = await CliRun.InAsync(_directory.Path, lint);
        var cold = await CliRun.InAsync(_directory.Path, [.. lint, "--cache"]);
        var warm = await CliRun.InAsync(_directory.Path, [.. lint, "--cache"]);

        Assert.Contains("DL3001", uncached.Out, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.LintFailed, uncached.ExitCode);
        Assert.Equal(uncached, cold);
        Assert.Equal(uncached, warm);
        Assert.Equal(2, Entries().Count);
    }

    [Fact]
    public async Task A_warm_run_replays_the_stored_report_instead_of_linting()
    {
        await CliRun.InAsync(_directory.Path, "docs", "--cache");
        // Rewrite the entry with a message no lint produces: a warm run that prints it read the entry.
        var entry = Assert.Single(Entries());
        var format = Format();
        var stored = format.Read(File.ReadAllBytes(entry))!;
        var changed = stored with { Diagnostics = [.. stored.Diagnostics.Select(d => d with { Message = "replayed: " + d.Message })] };
        File.WriteAllBytes(entry, format.Write(changed)!);

        var warm = await CliRun.InAsync(_directory.Path, "docs", "--cache");

        Assert.Contains("warning DL3001: replayed: 'Critics say'", warm.Out, StringComparison.Ordinal);
        Assert.DoesNotContain(": warning DL3001: 'Critics say'", warm.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_changed_document_or_setting_is_linted_again()
    {
        await CliRun.InAsync(_directory.Path, "docs", "--cache");

        _directory.Write(Path.Combine("docs", "budget.md"), Article.Replace("Critics say", "The auditor said", StringComparison.Ordinal));
        var edited = await CliRun.InAsync(_directory.Path, "docs", "--cache");
        Assert.Equal(await CliRun.InAsync(_directory.Path, "docs"), edited);
        Assert.DoesNotContain("'Critics say'", edited.Out, StringComparison.Ordinal);

        var switchedOff = await CliRun.InAsync(_directory.Path, "docs", "--cache", "--nowarn", "DL4001");
        Assert.Equal(await CliRun.InAsync(_directory.Path, "docs", "--nowarn", "DL4001"), switchedOff);

        _directory.Write(Path.Combine("docs", ".editorconfig"), "[*.md]\ndotnet_diagnostic.DL2002.severity = error\n");
        var configured = await CliRun.InAsync(_directory.Path, "docs", "--cache");
        Assert.Equal(await CliRun.InAsync(_directory.Path, "docs"), configured);
        Assert.Contains("error DL2002", configured.Out, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.LintFailed, configured.ExitCode);
    }

    [Fact]
    public async Task A_baseline_is_applied_to_cached_documents_as_to_linted_ones()
    {
        await CliRun.InAsync(_directory.Path, "docs", "--include", "*.txt", "--cache");
        var baseline = await CliRun.InAsync(_directory.Path, "baseline", "docs", "--include", "*.txt", "-o", "baseline.json");
        Assert.Equal(ExitCodes.Success, baseline.ExitCode);
        // One accepted finding is fixed: the baseline then has an entry nothing matches, which the run reports.
        _directory.Write(Path.Combine("docs", "notes.txt"), Notes.Replace("Experts believe", "The auditor found", StringComparison.Ordinal));

        string[] lint = ["docs", "--include", "*.txt", "--baseline", "baseline.json", "--format", "json"];
        var uncached = await CliRun.InAsync(_directory.Path, lint);
        var cold = await CliRun.InAsync(_directory.Path, [.. lint, "--cache"]);
        var warm = await CliRun.InAsync(_directory.Path, [.. lint, "--cache"]);

        Assert.DoesNotContain("\"DL3001\"", uncached.Out, StringComparison.Ordinal);
        Assert.Contains("baseline", uncached.Error, StringComparison.Ordinal);
        Assert.Equal(uncached, cold);
        Assert.Equal(uncached, warm);
    }

    [Fact]
    public async Task A_damaged_entry_is_a_miss_and_is_written_again()
    {
        var cold = await CliRun.InAsync(_directory.Path, "docs", "--cache", "--format", "json");
        var entry = Assert.Single(Entries());
        var whole = File.ReadAllBytes(entry);
        File.WriteAllBytes(entry, whole[..(whole.Length / 2)]);

        var truncated = await CliRun.InAsync(_directory.Path, "docs", "--cache", "--format", "json");
        Assert.Equal(cold, truncated);
        Assert.Equal(whole, File.ReadAllBytes(entry));

        whole[whole.Length / 3] ^= 0x20;
        File.WriteAllBytes(entry, whole);
        var flipped = await CliRun.InAsync(_directory.Path, "docs", "--cache", "--format", "json");
        Assert.Equal(cold, flipped);
    }

    [Fact]
    public async Task A_document_that_could_not_be_linted_is_not_stored()
    {
        _directory.Write(Path.Combine("docs", "empty.md"), string.Empty);

        var first = await CliRun.InAsync(_directory.Path, "docs", "--cache");
        var second = await CliRun.InAsync(_directory.Path, "docs", "--cache");

        Assert.Contains("docs/empty.md: error DL0013", first.Out, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.UsageOrInputError, first.ExitCode);
        Assert.Equal(first, second);
        Assert.Single(Entries());
    }

    [Fact]
    public async Task Prune_deletes_the_entries_the_run_did_not_use()
    {
        await CliRun.InAsync(_directory.Path, "docs", "--include", "*.txt", "--cache");
        Assert.Equal(2, Entries().Count);
        var stray = Path.Combine(CacheFolder, "keep.txt");
        File.WriteAllText(stray, "not an entry\n");

        var run = await CliRun.InAsync(_directory.Path, "docs", "--cache", "--cache-prune");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        var left = Assert.Single(Entries());
        Assert.Equal("docs/budget.md", Format().Read(File.ReadAllBytes(left))!.Path);
        Assert.True(File.Exists(stray));
    }

    [Fact]
    public async Task A_glob_never_walks_into_the_cache_folder()
    {
        string[] lint = ["**/*", "--cache", "--cache-location", "results"];
        await CliRun.InAsync(_directory.Path, lint);

        var warm = await CliRun.InAsync(_directory.Path, lint);

        Assert.NotEmpty(Directory.EnumerateFiles(Path.Combine(_directory.Path, "results"), "*", SearchOption.AllDirectories));
        Assert.DoesNotContain("results/", warm.Out + warm.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cache_location_that_holds_an_input_is_refused()
    {
        var run = await CliRun.InAsync(_directory.Path, "docs", "--cache", "--cache-location", "docs");

        Assert.Equal(ExitCodes.UsageOrInputError, run.ExitCode);
        Assert.Equal($"error: --cache-location docs holds an input ({Path.Combine(_directory.Path, "docs", "budget.md")}), or links to a folder that does; DocLint never writes among the files it lints.\n", run.Error);
        Assert.Equal(string.Empty, run.Out);
        Assert.Equal([Path.Combine(_directory.Path, "docs", "budget.md"), Path.Combine(_directory.Path, "docs", "notes.txt")], Directory.EnumerateFileSystemEntries(Path.Combine(_directory.Path, "docs")).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_cache_location_linked_to_the_inputs_is_refused()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        Directory.CreateSymbolicLink(Path.Combine(_directory.Path, "cache"), Path.Combine(_directory.Path, "docs"));

        var run = await CliRun.InAsync(_directory.Path, "docs/budget.md", "--cache", "--cache-location", "cache");

        Assert.Equal(ExitCodes.UsageOrInputError, run.ExitCode);
        Assert.StartsWith("error: --cache-location cache holds an input (", run.Error, StringComparison.Ordinal);
        Assert.Equal(2, Directory.EnumerateFileSystemEntries(Path.Combine(_directory.Path, "docs")).Count());
    }

    [Fact]
    public async Task An_input_that_links_into_the_cache_location_is_refused()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var target = _directory.Write(Path.Combine("results", "kept.md"), Article);
        File.CreateSymbolicLink(Path.Combine(_directory.Path, "linked.md"), target);

        var run = await CliRun.InAsync(_directory.Path, "linked.md", "--cache", "--cache-location", "results");

        Assert.Equal(ExitCodes.UsageOrInputError, run.ExitCode);
        Assert.Equal($"error: --cache-location results holds an input ({Path.Combine(_directory.Path, "linked.md")}), or links to a folder that does; DocLint never writes among the files it lints.\n", run.Error);
        Assert.Equal([target], Directory.EnumerateFileSystemEntries(Path.Combine(_directory.Path, "results")));
    }

    [Theory]
    [InlineData("docs/budget.md", "error: --cache-location docs/budget.md is a file, not a folder; DocLint keeps its cache entries in a folder of their own.\n")]
    [InlineData("docs/budget.md/cache", "error: could not create --cache-location docs/budget.md/cache: ")]
    public async Task A_cache_location_that_cannot_be_a_folder_is_one_line_and_exit_code_2(string location, string error)
    {
        var run = await CliRun.InAsync(_directory.Path, "docs", "--cache", "--cache-location", location);

        Assert.Equal(ExitCodes.UsageOrInputError, run.ExitCode);
        Assert.StartsWith(error, run.Error, StringComparison.Ordinal);
        Assert.Equal(1, run.Error.Count(c => c == '\n'));
        Assert.Equal(Article, File.ReadAllText(Path.Combine(_directory.Path, "docs", "budget.md")));
    }

    [Theory]
    [InlineData("--cache-location", "results")]
    [InlineData("--cache-prune")]
    public async Task Cache_options_without_cache_are_a_usage_error(params string[] option)
    {
        var run = await CliRun.InAsync(_directory.Path, ["docs", .. option]);

        Assert.Equal(ExitCodes.UsageOrInputError, run.ExitCode);
        Assert.StartsWith("error: --cache-location and --cache-prune need --cache.\n", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(CacheFolder));
    }

    private List<string> Entries() =>
        Directory.Exists(CacheFolder)
            ? [.. Directory.EnumerateFiles(CacheFolder, "*", SearchOption.AllDirectories).Where(f => Path.GetFileName(f).Length == 32)]
            : [];

    private static CacheEntryFormat Format() =>
        new(DocLinter.CreateEngine().AllDescriptors.ToFrozenDictionary(d => d.Id, StringComparer.Ordinal));
}
