using System.Collections.Immutable;
using System.Text;
using DocLint.Analysis;
using DocLint.Configuration;
using DocLint.Diagnostics;
using DocLint.Documents;
using DocLint.Text;

namespace DocLint.Rules.Tests.Conformance;

public sealed class RulePageConformanceTests
{
    private static readonly Lazy<LintEngine> Engine = new(() => new LintEngine(BuiltInAnalyzers.Create()));

    public static TheoryData<string> Ids => DescriptorConformanceTests.Ids;

    public static TheoryData<string> RuleIds { get; } = new(
        BuiltInAnalyzers.AllDescriptors.Where(d => d.Category != RuleCategories.Infrastructure).Select(d => d.Id));

    [Theory]
    [MemberData(nameof(Ids))]
    public void Page_exists(string id) =>
        Assert.True(File.Exists(RepositoryPaths.RulePage(id)), $"Missing rule page rules/{id}.md");

    [Fact]
    public void No_page_without_a_descriptor()
    {
        var known = BuiltInAnalyzers.AllDescriptors.Select(d => d.Id + ".md").ToHashSet(StringComparer.Ordinal);
        var orphans = Directory.EnumerateFiles(RepositoryPaths.RulesDirectory, "DL*.md")
            .Select(Path.GetFileName)
            .Where(name => !known.Contains(name!));
        Assert.Empty(orphans);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void First_line_is_the_id_and_title(string id)
    {
        var expected = RuleDocumentation.TitleLine(DescriptorConformanceTests.Find(id));
        var actual = RulePage.Load(RepositoryPaths.RulePage(id)).FirstLine;
        Assert.True(expected == actual, $"rules/{id}.md line 1 must be:\n{expected}\nbut is:\n{actual}");
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Generated_region_matches_the_descriptor(string id)
    {
        var expected = RuleDocumentation.GeneratedRegion(DescriptorConformanceTests.Find(id));
        var actual = RulePage.Load(RepositoryPaths.RulePage(id)).GeneratedRegion();
        Assert.True(expected == actual, $"rules/{id}.md must contain exactly this region:\n{expected}\nbut has:\n{actual ?? "(no generated region)"}");
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Sections_come_from_the_ordered_set(string id)
    {
        var headings = RulePage.Load(RepositoryPaths.RulePage(id)).Headings;
        var order = RuleDocumentation.SectionOrder;
        var positions = headings.Select(h => order.ToList().IndexOf(h)).ToList();
        var message = $"rules/{id}.md has sections [{string.Join(", ", headings)}]; allowed, in this order: [{string.Join(", ", order)}]";
        Assert.NotEmpty(headings);
        Assert.True(positions.All(p => p >= 0), message);
        Assert.True(positions.Zip(positions.Skip(1)).All(pair => pair.First < pair.Second), message);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Bad_examples_are_reported_and_good_examples_are_not(string id)
    {
        var page = RulePage.Load(RepositoryPaths.RulePage(id));
        var bad = page.Blocks.Where(b => b.IsBadExample).ToList();
        var good = page.Blocks.Where(b => b.IsGoodExample).ToList();
        Assert.True(bad.Count > 0 && good.Count > 0, $"rules/{id}.md needs at least one doclint-bad and one doclint-good example");

        var failures = new StringBuilder();
        foreach (var block in bad)
        {
            var found = Lint(block.Content);
            if (!found.Any(d => d.Id == id))
            {
                failures.AppendLine($"line {block.Line}: the doclint-bad example gives no {id}; it gives [{Describe(found)}]:\n{block.Content}");
            }
        }

        foreach (var block in good)
        {
            var found = Lint(block.Content).Where(d => d.Id == id).ToList();
            if (found.Count > 0)
            {
                failures.AppendLine($"line {block.Line}: the doclint-good example gives {Describe(found)}:\n{block.Content}");
            }
        }

        Assert.True(failures.Length == 0, $"rules/{id}.md:\n{failures}");
    }

    private static ImmutableArray<Diagnostic> Lint(string markdown)
    {
        var document = DocumentLoader.Parse("example.md", SourceText.From(markdown));
        return Engine.Value.Lint(document, DocumentSettings.Default).Diagnostics;
    }

    private static string Describe(IEnumerable<Diagnostic> diagnostics) =>
        string.Join(", ", diagnostics.Select(d => $"{d.Id} '{d.FlaggedText}'"));
}
