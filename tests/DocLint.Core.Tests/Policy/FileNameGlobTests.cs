using System.Text.RegularExpressions;
using DocLint.Configuration.EditorConfig;

namespace DocLint.Core.Tests.Policy;

/// <summary>The regex-free fast path must agree with the full glob translator wherever it applies.</summary>
public sealed class FileNameGlobTests
{
    private static readonly string[] Paths =
        ["/a.md", "/docs/a.md", "/a.markdown", "/a.txt", "/a.md.txt", "/.md", "/README.md", "/docs/README.md", "/readme.md", "/a.mdx", "/x/y/z.txt", "/a", "/expected-output.txt"];

    [Theory]
    [InlineData("*")]
    [InlineData("*.md")]
    [InlineData("*.{md,markdown,txt}")]
    [InlineData("README.md")]
    [InlineData("*-output.txt")]
    [InlineData("a*.*")]
    [InlineData("{README,expected-output}.md")]
    public void Agrees_with_the_translator_on_every_path(string sectionName)
    {
        var simple = FileNameGlob.TryCreate(sectionName);
        var regex = new Regex(EditorConfigGlobTranslator.ToRegexPattern("/**/" + sectionName), RegexOptions.CultureInvariant | RegexOptions.Singleline);

        Assert.NotNull(simple);
        Assert.Equal(Paths.Select(p => regex.IsMatch(p)), Paths.Select(p => simple.IsMatch(p)));
    }

    [Theory]
    [InlineData("**.md")]
    [InlineData("docs/*.md")]
    [InlineData("*.[mt]d")]
    [InlineData("{single}.md")]
    [InlineData("{a,}.md")]
    [InlineData("file{1..3}.md")]
    [InlineData("a?.md")]
    [InlineData("{README,expected-output}.{md,txt}")]
    public void Leaves_every_other_name_to_the_regex(string sectionName) =>
        Assert.Null(FileNameGlob.TryCreate(sectionName));
}
