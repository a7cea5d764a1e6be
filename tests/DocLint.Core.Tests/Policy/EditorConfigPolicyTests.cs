using DocLint.Configuration;
using DocLint.Configuration.EditorConfig;
using DocLint.Core.Tests.Configuration.EditorConfig;
using DocLint.Diagnostics;

namespace DocLint.Core.Tests.Policy;

public sealed class EditorConfigPolicyTests
{
    private static PolicyResolver Resolver(InMemoryEditorConfigFileSource files, CommandLinePolicy? commandLine = null) =>
        new(
            new EditorConfigResolver(files),
            new EditorConfigPolicyReader(PolicyTestRules.All, path => Path.GetRelativePath(VirtualTree.Root, path).Replace('\\', '/')),
            commandLine ?? CommandLinePolicy.None);

    private static DiagnosticSeverity? Severity(PolicyResolver resolver, string file, DiagnosticDescriptor rule) =>
        resolver.For(VirtualTree.PathOf(file)).Severities.Apply(rule);

    [Fact]
    public void Rule_beats_category_beats_all_rules_whatever_the_order_of_the_lines()
    {
        var files = new InMemoryEditorConfigFileSource().Add(".editorconfig", """
            root = true
            [*.md]
            dotnet_diagnostic.DL1901.severity = error
            doclint_analyzer_diagnostic.category-Hedging.severity = suggestion
            doclint_analyzer_diagnostic.severity = none
            """);
        var resolver = Resolver(files);

        Assert.Equal(DiagnosticSeverity.Error, Severity(resolver, "a.md", PolicyTestRules.Hedge));
        Assert.Equal(DiagnosticSeverity.Info, Severity(resolver, "a.md", PolicyTestRules.Modal));
        Assert.Null(Severity(resolver, "a.md", PolicyTestRules.Certain));
        Assert.Empty(resolver.Problems);
    }

    [Fact]
    public void Nearest_file_wins_later_section_wins_and_root_stops_the_search()
    {
        var files = new InMemoryEditorConfigFileSource()
            .Add(".editorconfig", "[*.md]\ndotnet_diagnostic.DL4901.severity = none\n")
            .Add("repo/.editorconfig", "root = true\n[*.md]\ndotnet_diagnostic.DL1901.severity = error\ndotnet_diagnostic.DL1902.severity = warning\n[news/*.md]\ndotnet_diagnostic.DL1902.severity = silent\n")
            .Add("repo/press/.editorconfig", "[*.md]\ndotnet_diagnostic.DL1901.severity = suggestion\n");
        var resolver = Resolver(files);

        Assert.Equal(DiagnosticSeverity.Error, Severity(resolver, "repo/a.md", PolicyTestRules.Hedge));
        Assert.Equal(DiagnosticSeverity.Info, Severity(resolver, "repo/press/a.md", PolicyTestRules.Hedge));
        Assert.Equal(DiagnosticSeverity.Warning, Severity(resolver, "repo/a.md", PolicyTestRules.Modal));
        Assert.Equal(DiagnosticSeverity.Hidden, Severity(resolver, "repo/news/a.md", PolicyTestRules.Modal));
        // The outer file is above root = true: its "none" never applies.
        Assert.Equal(DiagnosticSeverity.Warning, Severity(resolver, "repo/a.md", PolicyTestRules.Certain));
        Assert.Null(Severity(resolver, "b.md", PolicyTestRules.Certain));
    }

    [Fact]
    public void CSharp_settings_do_not_leak_into_prose()
    {
        var files = new InMemoryEditorConfigFileSource().Add(".editorconfig", """
            root = true
            [*]
            dotnet_analyzer_diagnostic.severity = error
            dotnet_analyzer_diagnostic.category-Style.severity = error
            dotnet_diagnostic.CA1822.severity = error
            dotnet_diagnostic.IDE0055.severity = bogus
            """);
        var resolver = Resolver(files);

        Assert.Equal(DiagnosticSeverity.Warning, Severity(resolver, "a.md", PolicyTestRules.Hedge));
        Assert.Empty(resolver.Problems);
    }

    [Fact]
    public void Bad_keys_and_values_are_DL0002_at_their_file_and_line_and_the_rest_still_applies()
    {
        var files = new InMemoryEditorConfigFileSource().Add(".editorconfig", """
            root = true
            [*.md]
            dotnet_diagnostic.DL9999.severity = error
            dotnet_diagnostic.DL1901.severity = loud
            doclint_analyzer_diagnostic.category-Hedgng.severity = none
            doclint_min_score = 101
            doclint_require_suppression_reason = maybe
            doclint_colour = red
            doclint_genre = poetry
            doclint.DL9998.allowed_terms = x
            dotnet_diagnostic.DL1902.severity = error
            """);
        var resolver = Resolver(files);

        var settings = resolver.For(VirtualTree.PathOf("a.md"));

        Assert.Equal(DiagnosticSeverity.Error, settings.Severities.Apply(PolicyTestRules.Modal));
        Assert.Equal(DiagnosticSeverity.Warning, settings.Severities.Apply(PolicyTestRules.Hedge));
        Assert.Null(settings.MinScore);
        Assert.Equal(
            [
                ".editorconfig(3): 'DL9999' in 'dotnet_diagnostic.dl9999.severity' is not a DocLint rule ID; the setting was ignored",
                ".editorconfig(4): 'loud' is not a valid severity for 'dotnet_diagnostic.dl1901.severity'; expected error, warning, suggestion, silent, none or default",
                ".editorconfig(5): 'hedgng' in 'doclint_analyzer_diagnostic.category-hedgng.severity' is not a DocLint category (Infrastructure, Hedging, Figures, Sources, Certainty, Claims); the setting was ignored",
                ".editorconfig(6): '101' is not a valid value for 'doclint_min_score'; expected a whole number from 0 to 100",
                ".editorconfig(7): 'maybe' is not a valid value for 'doclint_require_suppression_reason'; expected true or false",
                ".editorconfig(8): 'doclint_colour' is not a DocLint setting; see docs/configuration.md",
                ".editorconfig(9): 'poetry' is not a valid value for 'doclint_genre'; expected news, research or reference",
                ".editorconfig(10): 'DL9998' in 'doclint.dl9998.allowed_terms' is not a DocLint rule ID; the option was ignored",
            ],
            resolver.Problems.Select(p => $"{p.Location.Path}({p.Location.LineSpan.Start.Line + 1}): {p.Message}"));
        Assert.All(resolver.Problems, p => Assert.Equal(("DL0002", DiagnosticSeverity.Warning), (p.Id, p.Severity)));
    }

    [Fact]
    public void A_problem_is_reported_once_however_many_documents_it_applies_to()
    {
        var files = new InMemoryEditorConfigFileSource().Add(".editorconfig", "root = true\n[*.md]\ndotnet_diagnostic.DL1901.severity = loud\n");
        var resolver = Resolver(files);

        resolver.For(VirtualTree.PathOf("a.md"));
        resolver.For(VirtualTree.PathOf("sub/b.md"));

        Assert.Single(resolver.Problems);
        Assert.Equal(1, files.ReadsOf(".editorconfig"));
    }

    [Fact]
    public void Rule_options_min_score_and_reason_policy_reach_the_document_settings()
    {
        var files = new InMemoryEditorConfigFileSource().Add(".editorconfig", """
            root = true
            [*.md]
            doclint.DL1901.additional_terms = by and large, all but
            doclint_min_score = 70
            doclint_require_suppression_reason = true
            doclint_genre = Research
            indent_style = space
            """);

        var settings = Resolver(files).For(VirtualTree.PathOf("a.md"));

        Assert.Equal(["by and large", "all but"], settings.Options.GetList("doclint.DL1901.additional_terms"));
        Assert.Null(settings.Options.Get("indent_style"));
        Assert.Equal("research", settings.Options.Get("doclint_genre"));
        Assert.Equal(70, settings.MinScore);
        Assert.True(settings.RequireSuppressionReason);
    }

    [Fact]
    public void Command_line_comes_last_nowarn_beats_an_error_and_warnaserror_ids_promote_only_those_ids()
    {
        var files = new InMemoryEditorConfigFileSource().Add(".editorconfig", "root = true\n[*.md]\ndotnet_diagnostic.DL1901.severity = error\n");
        var commandLine = new CommandLinePolicy
        {
            NoWarnIds = CommandLinePolicy.ParseIds(["dl1901"]),
            WarningsAsErrorsIds = CommandLinePolicy.ParseIds(["DL4901,DL1902"]),
            InlineSuppressions = false,
        };
        var resolver = Resolver(files, commandLine);

        Assert.Null(Severity(resolver, "a.md", PolicyTestRules.Hedge));
        Assert.Equal(DiagnosticSeverity.Error, Severity(resolver, "a.md", PolicyTestRules.Certain));
        // Only warnings are promoted: DL1902 is a suggestion.
        Assert.Equal(DiagnosticSeverity.Info, Severity(resolver, "a.md", PolicyTestRules.Modal));
        Assert.False(resolver.For(VirtualTree.PathOf("a.md")).InlineSuppressions);
    }

    // perf33 reads the policy of a document no property reaches once and hands the same one to every such document
    // (EditorConfigPolicyReader): it must carry no origin or problem of a configured document read before or after it,
    // and a document whose files have problems must still get its own.
    [Fact]
    public void A_document_no_property_reaches_gets_the_one_default_policy_and_no_other_documents_origins_or_problems()
    {
        var files = new InMemoryEditorConfigFileSource()
            .Add(".editorconfig", "root = true\n[*.md]\ndotnet_diagnostic.DL1901.severity = error\n")
            .Add("sub/.editorconfig", "[*.md\n");
        var resolver = Resolver(files);

        var first = resolver.Explain(VirtualTree.PathOf("a.txt"));
        var configured = resolver.Explain(VirtualTree.PathOf("a.md"));
        var troubled = resolver.Explain(VirtualTree.PathOf("sub/c.txt"));
        var last = resolver.Explain(VirtualTree.PathOf("b.txt"));

        Assert.Same(first, last);
        Assert.Empty(last.SeverityOrigins);
        Assert.Empty(last.Problems);
        Assert.Equal(DiagnosticSeverity.Warning, last.Settings.Severities.Apply(PolicyTestRules.Hedge));
        Assert.Equal(DiagnosticSeverity.Error, configured.Settings.Severities.Apply(PolicyTestRules.Hedge));
        Assert.Equal([PolicyTestRules.Hedge.Id], configured.SeverityOrigins.Keys);
        Assert.NotSame(first, troubled);
        Assert.Single(troubled.Problems);
    }

    [Fact]
    public void Explanation_names_the_line_that_decided_each_severity()
    {
        var files = new InMemoryEditorConfigFileSource().Add(".editorconfig", "root = true\n[*.md]\ndoclint_analyzer_diagnostic.category-Hedging.severity = error\ndotnet_diagnostic.DL1902.severity = none\n");
        var resolver = Resolver(files);
        var policy = resolver.Explain(VirtualTree.PathOf("a.md"));
        var commandLine = new CommandLinePolicy { NoWarnIds = CommandLinePolicy.ParseIds(["DL4901"]) };

        var explained = PolicyTestRules.All.Where(d => d.Category != RuleCategories.Infrastructure)
            .Select(d => SeverityExplanation.For(d, policy, commandLine))
            .Select(e => $"{e.Descriptor.Id} {e.SeverityWord} {e.Origin.Description}");

        Assert.Equal(["DL1901 error .editorconfig:3", "DL1902 none .editorconfig:4", "DL4901 none command line"], explained);
    }
}
