using DocLint.Analysis;
using DocLint.Rules;

namespace DocLint.Sdk.Tests;

/// <summary>The facade is the library's surface (PublicAPI.*.txt guards its members); every rule is reachable through it.</summary>
public sealed class PublicSurfaceTests
{
    [Fact]
    public void The_sdk_assembly_exports_only_the_facade()
    {
        var exported = typeof(DocLinter).Assembly.GetExportedTypes().Select(t => t.FullName).Order(StringComparer.Ordinal);

        Assert.Equal(["DocLint.DocLinter", "DocLint.DocLinterOptions", "DocLint.LintSettings"], exported);
    }

    [Fact]
    public void Every_analyzer_in_the_rules_assembly_is_registered()
    {
        var declared = typeof(BuiltInAnalyzers).Assembly.GetTypes()
            .Where(t => typeof(ProseAnalyzer).IsAssignableFrom(t) && !t.IsAbstract)
            .Select(t => t.FullName)
            .Order(StringComparer.Ordinal);
        var registered = BuiltInAnalyzers.Create().Select(a => a.GetType().FullName).Order(StringComparer.Ordinal);

        Assert.Equal(declared, registered);
        var ids = DocLinter.Create().Descriptors.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        Assert.Subset(ids, BuiltInAnalyzers.Create().SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).ToHashSet(StringComparer.Ordinal));
    }

    [Fact]
    public void The_documented_call_is_the_example_project_code()
    {
        var doc = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "library.md")).ReplaceLineEndings("\n");
        var example = File.ReadAllText(Path.Combine(RepositoryPaths.Examples, "library", "Program.cs")).ReplaceLineEndings("\n");
        var start = doc.IndexOf("```csharp\n", StringComparison.Ordinal) + "```csharp\n".Length;
        var block = doc[start..doc.IndexOf("```", start, StringComparison.Ordinal)];

        foreach (var line in block.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(l => l.StartsWith("var ", StringComparison.Ordinal)))
        {
            Assert.Contains(line, example, StringComparison.Ordinal);
        }

        Assert.Contains("DocLinter.Create(", block, StringComparison.Ordinal);
    }
}
