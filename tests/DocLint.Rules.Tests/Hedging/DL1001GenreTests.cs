using System.Collections.Immutable;
using DocLint.Analysis;
using Verify = DocLint.Rules.Tests.Verification.AnalyzerVerifier<DocLint.Rules.Hedging.HedgingPhraseAnalyzer>;

namespace DocLint.Rules.Tests.Hedging;

/// <summary>doclint_genre: research and reference add the cues learned for them (rules/lexicons/hedges-research.txt,
/// hedges-reference.txt); news, the default, does not.</summary>
public sealed class DL1001GenreTests
{
    public static TheoryData<string, string, string> GenreCues { get; } = new()
    {
        { "research", "We asked [|whether|] the kinase binds the receptor.", "We asked whether the kinase binds the receptor." },
        { "research", "The peaks [|indicate|] a second pathway.", "The peaks indicate a second pathway." },
        { "reference", "The album is [|considered|] a classic of the genre.", "The album is considered a classic of the genre." },
        { "reference", "[|Some|] historians dispute the date.", "Some historians dispute the date." },
    };

    [Theory]
    [MemberData(nameof(GenreCues))]
    public void The_genre_adds_its_learned_cues(string genre, string markup, string text)
    {
        Verify.VerifyMarkdown(markup, Genre(genre));
        Verify.VerifyNoDiagnostics(text);
        Verify.VerifyMarkdown(text, Genre("news"));
    }

    [Fact]
    public void One_genre_does_not_bring_the_other_genres_cues() =>
        Verify.VerifyMarkdown("The album is considered a classic of the genre.", Genre("research"));

    [Fact]
    public void The_genre_keeps_the_default_hedges_and_their_exemptions()
    {
        Verify.VerifyMarkdown("The plan will [|probably|] fail.", Genre("reference"));
        Verify.VerifyMarkdown("\"Some historians dispute the date,\" said Ana Ruiz.", Genre("reference"));
    }

    [Fact]
    public void Allowed_terms_still_apply_under_a_genre() =>
        Verify.VerifyMarkdown(
            "[|Some|] historians are considered reliable.",
            new AnalyzerOptions(ImmutableDictionary<string, string>.Empty.Add("doclint_genre", "reference").Add("doclint.DL1001.allowed_terms", "considered")));

    private static AnalyzerOptions Genre(string genre) =>
        new(ImmutableDictionary<string, string>.Empty.Add("doclint_genre", genre));
}
