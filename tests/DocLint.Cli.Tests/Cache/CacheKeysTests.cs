using System.Collections.Immutable;
using DocLint.Analysis;
using DocLint.Baselines;
using DocLint.Cli.Cache;
using DocLint.Configuration;
using DocLint.Documents;
using DocLint.Pipeline;

namespace DocLint.Cli.Tests.Cache;

/// <summary>
/// A key changes with everything that decides a document's report, and only with that: the size and time limits
/// decide only whether a document fails, and failures are never stored.
/// </summary>
public sealed class CacheKeysTests
{
    private static readonly byte[] Build = [1, 2, 3];

    private static readonly byte[] Content = "Critics say it failed.\n"u8.ToArray();

    private static readonly DocumentSettings Settings = DocumentSettings.Default with
    {
        Severities = SeverityPolicy.Default with { RuleSeverities = SeverityPolicy.Default.RuleSeverities.Add("DL2001", ReportSeverity.Error) },
        Options = new AnalyzerOptions(ImmutableDictionary<string, string>.Empty.Add("doclint.DL2001.allowed_terms", "may")),
        MinScore = 70,
    };

    private static readonly ImmutableArray<BaselineEntry> Baseline = [new("DL3001", "a.md", "Critics say", "Critics say it failed.", 1)];

    private readonly UInt128 _key = new CacheKeys(Build, UnratedScores.Ignore).For("a.md", Settings, Baseline, Content);

    [Fact]
    public void The_same_inputs_give_the_same_key()
    {
        Assert.Equal(_key, new CacheKeys([1, 2, 3], UnratedScores.Ignore).For("a.md", Settings with { }, [.. Baseline], Content.ToArray()));
    }

    public static TheoryData<string, Func<UInt128>> Changes() => new()
    {
        { "build", () => new CacheKeys([1, 2, 4], UnratedScores.Ignore).For("a.md", Settings, Baseline, Content) },
        { "unrated", () => new CacheKeys(Build, UnratedScores.Fail).For("a.md", Settings, Baseline, Content) },
        { "path and kind", () => Keys().For("a.txt", Settings, Baseline, Content) },
        { "content", () => Keys().For("a.md", Settings, Baseline, [.. Content, (byte)' ']) },
        { "rule severity", () => Keys().For("a.md", Settings with { Severities = Settings.Severities with { RuleSeverities = Settings.Severities.RuleSeverities.SetItem("DL2001", ReportSeverity.Warning) } }, Baseline, Content) },
        { "category severity", () => Keys().For("a.md", Settings with { Severities = Settings.Severities with { CategorySeverities = Settings.Severities.CategorySeverities.Add("Hedging", ReportSeverity.None) } }, Baseline, Content) },
        { "all rules", () => Keys().For("a.md", Settings with { Severities = Settings.Severities with { AllRulesSeverity = ReportSeverity.Error } }, Baseline, Content) },
        { "warnaserror", () => Keys().For("a.md", Settings with { Severities = Settings.Severities with { WarningsAsErrors = true } }, Baseline, Content) },
        { "warnaserror ids", () => Keys().For("a.md", Settings with { Severities = Settings.Severities with { WarningsAsErrorsIds = ["DL3001"] } }, Baseline, Content) },
        { "nowarn", () => Keys().For("a.md", Settings with { Severities = Settings.Severities with { NoWarnIds = ["DL3001"] } }, Baseline, Content) },
        { "rule option", () => Keys().For("a.md", Settings with { Options = new AnalyzerOptions(ImmutableDictionary<string, string>.Empty.Add("doclint.DL2001.allowed_terms", "might")) }, Baseline, Content) },
        { "min score", () => Keys().For("a.md", Settings with { MinScore = null }, Baseline, Content) },
        { "suppression reason", () => Keys().For("a.md", Settings with { RequireSuppressionReason = true }, Baseline, Content) },
        { "inline suppressions", () => Keys().For("a.md", Settings with { InlineSuppressions = false }, Baseline, Content) },
        { "baseline", () => Keys().For("a.md", Settings, [Baseline[0] with { Count = 2 }], Content) },
        { "no baseline", () => Keys().For("a.md", Settings, [], Content) },
    };

    [Theory]
    [MemberData(nameof(Changes))]
    public void Anything_that_decides_the_report_changes_the_key(string change, Func<UInt128> changed)
    {
        Assert.False(_key == changed(), change);
    }

    [Fact]
    public void The_limits_do_not_change_the_key()
    {
        var limits = Settings with { Limits = new DocumentLimits(5, TimeSpan.FromSeconds(1)) };

        Assert.Equal(_key, Keys().For("a.md", limits, Baseline, Content));
    }

    [Theory]
    [InlineData(typeof(DocumentSettings), "InlineSuppressions Limits MinScore Options RequireSuppressionReason Severities")]
    [InlineData(typeof(SeverityPolicy), "AllRulesSeverity CategorySeverities NoWarnIds RuleSeverities WarningsAsErrors WarningsAsErrorsIds")]
    [InlineData(typeof(LintSessionOptions), "Baseline MaxFileSize MinScore Overrides Policy TimeBudget Unrated")]
    public void The_key_knows_every_setting(Type type, string properties)
    {
        // A new setting must go into CacheKeys (or be shown not to change a report), then be listed here.
        Assert.Equal(properties, PropertyNames.Of(type));
    }

    private static CacheKeys Keys() => new(Build, UnratedScores.Ignore);
}
