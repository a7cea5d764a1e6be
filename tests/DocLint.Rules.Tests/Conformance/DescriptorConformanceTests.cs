using System.Text.RegularExpressions;
using DocLint.Diagnostics;

namespace DocLint.Rules.Tests.Conformance;

public sealed partial class DescriptorConformanceTests
{
    public static TheoryData<string> Ids { get; } = new(BuiltInAnalyzers.AllDescriptors.Select(d => d.Id));

    [Fact]
    public void Ids_are_unique()
    {
        var duplicates = BuiltInAnalyzers.AllDescriptors.GroupBy(d => d.Id, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key);
        Assert.Empty(duplicates);
    }

    [Fact]
    public void Every_analyzer_descriptor_is_listed_in_AllDescriptors()
    {
        var declared = BuiltInAnalyzers.Create().SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id);
        Assert.Subset(BuiltInAnalyzers.AllDescriptors.Select(d => d.Id).ToHashSet(StringComparer.Ordinal), declared.ToHashSet(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Id_has_the_DL_form_and_lies_in_its_categorys_range(string id)
    {
        var descriptor = Find(id);
        Assert.Matches(IdPattern(), descriptor.Id);
        Assert.Equal(RuleCategories.FromId(descriptor.Id), descriptor.Category);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Title_is_present_and_has_no_trailing_period(string id)
    {
        var title = Find(id).Title;
        Assert.False(string.IsNullOrWhiteSpace(title));
        Assert.Equal(title.Trim(), title);
        Assert.False(title.EndsWith('.'), $"{id}'s title ends with a period: '{title}'");
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Help_link_points_at_the_rule_page(string id) =>
        Assert.EndsWith($"rules/{id}.md", Find(id).HelpLinkUri, StringComparison.Ordinal);

    internal static DiagnosticDescriptor Find(string id) =>
        BuiltInAnalyzers.AllDescriptors.Single(d => d.Id == id);

    [GeneratedRegex(@"^DL\d{4}$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
