using DocLint.Lexicons;
using DocLint.Rules.Common;

namespace DocLint.Rules.Tests.Common;

/// <summary>
/// The lexicon bundle (perf39) stands in for the lists' own resources: each list's text read from it must be the text
/// its own resource gives, and it must hold every list, or a rule would read other words than the files say.
/// </summary>
public sealed class LexiconBundleTests
{
    private const string Prefix = "DocLint.Lexicons.";

    public static TheoryData<string> Lists() => new(Names());

    private static IEnumerable<string> Names() =>
        typeof(LexiconBundle).Assembly.GetManifestResourceNames()
            .Where(r => r.StartsWith(Prefix, StringComparison.Ordinal) && r.EndsWith(".txt", StringComparison.Ordinal))
            .Select(r => r[Prefix.Length..^".txt".Length])
            .Order(StringComparer.Ordinal);

    [Theory]
    [MemberData(nameof(Lists))]
    public void A_list_reads_from_the_bundle_as_from_its_own_resource(string name)
    {
        var own = EmbeddedText.Read(typeof(LexiconBundle).Assembly, $"{Prefix}{name}.txt");

        Assert.NotNull(own);
        Assert.Equal(own, LexiconBundle.Read(name));
    }

    [Fact]
    public void The_bundle_holds_every_list_and_no_other()
    {
        Assert.Equal(Names(), LexiconBundle.Names.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_name_no_list_has_is_not_in_the_bundle() => Assert.Null(LexiconBundle.Read("class-no-such-list"));
}
