using System.Collections.Immutable;
using DocLint.Analysis;
using Verify = DocLint.Rules.Tests.Verification.AnalyzerVerifier<DocLint.Rules.Hedging.HedgingPhraseAnalyzer>;

namespace DocLint.Rules.Tests.Hedging;

/// <summary>doclint_genre: research and reference add the cues learned for them (rules/lexicons/hedges-research.txt,
/// hedges-reference.txt) and let the genre's hedge model decide; news, the default, does neither.</summary>
public sealed class DL1001GenreTests
{
    public static TheoryData<string, string, string> GenreCues { get; } = new()
    {
        { "research", "We asked [|whether|] the kinase binds the receptor.", "We asked whether the kinase binds the receptor." },
        { "research", "These observations [|suggested|] a second pathway.", "These observations suggested a second pathway." },
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

    // In research and reference the genre's hedge model (rules/models/hedge-model-{genre}.tsv) decides each candidate.
    public static TheoryData<string, string> ModelDecisions { get; } = new()
    {
        { "research", "We then tested [|whether|] the kinase binds the receptor." },
        // CoNLL-2010 counts "potential" before a noun as uncertain; the model learned it from the full papers.
        { "research", "The kinase is a [|potential|] target for therapy." },
        { "research", "These findings [|imply|] a second route of infection." },
        { "research", "Likely voters favoured the incumbent." },
        { "research", "The cells were grown in the dark for two days." },
        { "reference", "[|Many|] historians dispute the date." },
        { "reference", "The bridge was opened in 1932." },
    };

    [Theory]
    [MemberData(nameof(ModelDecisions))]
    public void The_genre_model_decides_its_candidates(string genre, string markup) => Verify.VerifyMarkdown(markup, Genre(genre));

    [Fact]
    public void Terms_the_user_adds_fire_under_a_genre_model() =>
        Verify.VerifyMarkdown(
            "The kinase is [|druggable|].",
            new AnalyzerOptions(ImmutableDictionary<string, string>.Empty.Add("doclint_genre", "research").Add("doclint.DL1001.additional_terms", "druggable")));

    [Fact]
    public void Allowed_terms_leave_the_genre_models_candidates() =>
        Verify.VerifyMarkdown(
            "We then tested whether the kinase binds the receptor.",
            new AnalyzerOptions(ImmutableDictionary<string, string>.Empty.Add("doclint_genre", "research").Add("doclint.DL1001.allowed_terms", "whether")));

    private static AnalyzerOptions Genre(string genre) =>
        new(ImmutableDictionary<string, string>.Empty.Add("doclint_genre", genre));
}
