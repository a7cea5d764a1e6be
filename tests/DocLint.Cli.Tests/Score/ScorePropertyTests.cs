using System.Collections.Immutable;
using DocLint.Configuration;

namespace DocLint.Cli.Tests.Score;

/// <summary>The score's properties over seeded random documents built from sentences with known findings.</summary>
public sealed class ScorePropertyTests
{
    public static TheoryData<int> Seeds()
    {
        var seeds = new TheoryData<int>();
        for (var seed = 1; seed <= 60; seed++)
        {
            seeds.Add(seed);
        }

        return seeds;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Naming_the_source_of_a_claim_never_lowers_the_score(int seed)
    {
        var random = new Random(seed);
        var claim = ProseGenerator.Pick(random, ProseGenerator.Claims);
        var document = ProseGenerator.Document(random);
        var withUnsourced = ProseGenerator.Insert(new Random(seed), document, claim.Unsourced);
        var withNamed = ProseGenerator.Insert(new Random(seed), document, claim.Named);

        var before = ScoreHarness.Score(ProseGenerator.Render(withUnsourced));
        var after = ScoreHarness.Score(ProseGenerator.Render(withNamed));

        Assert.True(after.Value >= before.Value, $"{before.Value} -> {after.Value}\n{ProseGenerator.Render(withNamed)}");
        // A named source can also source a neighbouring figure (the rules read the next sentence), so at least as many.
        Assert.True(after.Tally.SourcedClaims >= before.Tally.SourcedClaims);
        Assert.True(after.Tally.UnsourcedFigures <= before.Tally.UnsourcedFigures);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Adding_an_unnamed_source_or_an_unsourced_figure_never_raises_the_score(int seed)
    {
        var random = new Random(seed);
        var document = ProseGenerator.Document(random);
        var before = ScoreHarness.Score(ProseGenerator.Render(document));
        foreach (var sentence in ProseGenerator.UnnamedSources.Concat(ProseGenerator.UnsourcedFigures))
        {
            var at = new Random(seed).Next(document.Count + 1);
            var markdown = ProseGenerator.Render(ProseGenerator.InsertParagraph(document, at, sentence));
            var after = ScoreHarness.Score(markdown);
            Assert.True(after.Value <= before.Value, $"'{sentence}': {before.Value} -> {after.Value}");

            // A figure on the subject of a dataset named earlier in its paragraph is the dataset's (DL2001 leaves it,
            // guidelines sections 4 and 5): only then may the added sentence add no finding.
            var findingsBefore = before.Tally.UnnamedSources + before.Tally.UnsourcedFigures;
            var findingsAfter = after.Tally.UnnamedSources + after.Tally.UnsourcedFigures;
            var covered = ProseGenerator.UnsourcedFigures.Contains(sentence) && ScoreHarness.IsCoveredByDataset(markdown, at, sentence);
            Assert.True(covered ? findingsAfter >= findingsBefore : findingsAfter > findingsBefore, $"'{sentence}' (covered: {covered}): {findingsBefore} -> {findingsAfter}");
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Adding_a_booster_never_raises_the_score(int seed)
    {
        var random = new Random(seed);
        var document = ProseGenerator.Document(random);
        var sentence = ProseGenerator.Pick(random, ProseGenerator.Neutral);
        var booster = ProseGenerator.Pick(random, ProseGenerator.Boosters);
        var plain = ProseGenerator.Insert(new Random(seed), document, sentence);
        var boosted = ProseGenerator.Insert(new Random(seed), document, $"{booster}, {char.ToLowerInvariant(sentence[0])}{sentence[1..]}");

        var before = ScoreHarness.Score(ProseGenerator.Render(plain));
        var after = ScoreHarness.Score(ProseGenerator.Render(boosted));

        Assert.True(after.Value <= before.Value, $"{before.Value} -> {after.Value}");
        Assert.Equal(before.Tally.Certainty + 1, after.Tally.Certainty);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Line_endings_and_wrapping_do_not_change_the_score(int seed)
    {
        var document = ProseGenerator.Document(new Random(seed));
        var reference = ScoreHarness.Score(ProseGenerator.Render(document));
        var variants = new[]
        {
            ProseGenerator.Render(document, "\r\n"),
            ProseGenerator.Render(document, "\r"),
            ProseGenerator.Render(document, "\n", width: 40),
            ProseGenerator.Render(document, "\r\n", width: 72),
        };

        foreach (var variant in variants)
        {
            var score = ScoreHarness.Score(variant);
            Assert.Equal(reference.Value, score.Value);
            Assert.Equal(reference.Tally, score.Tally);
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Findings_switched_off_by_configuration_do_not_count(int seed)
    {
        var document = ProseGenerator.Render(ProseGenerator.Document(new Random(seed)));
        var figuresOff = DocumentSettings.Default with
        {
            Severities = SeverityPolicy.Default with
            {
                CategorySeverities = ImmutableDictionary<string, ReportSeverity>.Empty.Add("Figures", ReportSeverity.None),
            },
        };
        var sourcesOff = DocumentSettings.Default with
        {
            Severities = SeverityPolicy.Default with { NoWarnIds = ["DL3001", "DL3002"] },
        };

        var all = ScoreHarness.Score(document);
        var withoutFigures = ScoreHarness.Score(document, figuresOff);
        var withoutSources = ScoreHarness.Score(document, sourcesOff);

        Assert.Equal(0, withoutFigures.Tally.UnsourcedFigures);
        Assert.Equal(0, withoutSources.Tally.UnnamedSources);
        Assert.True(withoutFigures.Value >= all.Value);
        Assert.True(withoutSources.Value >= all.Value);
    }
}
