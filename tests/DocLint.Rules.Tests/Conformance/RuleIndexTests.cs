namespace DocLint.Rules.Tests.Conformance;

public sealed class RuleIndexTests
{
    [Fact]
    public void Index_table_lists_every_descriptor()
    {
        var expected = RuleDocumentation.IndexRegion(BuiltInAnalyzers.AllDescriptors);
        var page = RulePage.Load(Path.Combine(RepositoryPaths.RulesDirectory, "README.md"));
        var actual = page.GeneratedRegion();
        Assert.True(expected == actual, $"rules/README.md must contain exactly this region:\n{expected}\nbut has:\n{actual ?? "(no generated region)"}");
    }
}
