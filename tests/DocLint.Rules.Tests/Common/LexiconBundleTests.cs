using DocLint.Lexicons;
using DocLint.Rules.Common;
using DocLint.Rules.Tests.Conformance;

namespace DocLint.Rules.Tests.Common;

/// <summary>
/// The lexicon bundle (perf39) is where the rules read every rules/lexicons list: each list's text read from it must
/// be its file's text, decoded as an embedded text is, and it must hold every list, or a rule would read other words
/// than the files say.
/// </summary>
public sealed class LexiconBundleTests
{
    public static TheoryData<string> Lists() => new(Names());

    private static IEnumerable<string> Names() =>
        Directory.EnumerateFiles(Path.Combine(RepositoryPaths.RulesDirectory, "lexicons"), "*.txt")
            .Select(Path.GetFileNameWithoutExtension)
            .OfType<string>()
            .Order(StringComparer.Ordinal);

    [Theory]
    [MemberData(nameof(Lists))]
    public void A_list_reads_from_the_bundle_as_its_file_says(string name)
    {
        var file = EmbeddedText.Decode(File.ReadAllBytes(Path.Combine(RepositoryPaths.RulesDirectory, "lexicons", name + ".txt")));

        Assert.Equal(file, LexiconBundle.Read(name));
    }

    [Fact]
    public void The_bundle_holds_every_list_and_no_other()
    {
        Assert.Equal(Names(), LexiconBundle.Names.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_name_no_list_has_is_not_in_the_bundle() => Assert.Null(LexiconBundle.Read("class-no-such-list"));
}
