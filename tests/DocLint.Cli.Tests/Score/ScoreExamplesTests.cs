namespace DocLint.Cli.Tests.Score;

/// <summary>Scores of small, hand-read documents: what the model promises a reader.</summary>
public sealed class ScoreExamplesTests
{
    [Fact]
    public void A_document_without_claims_is_not_rated_and_gets_the_neutral_value()
    {
        // A question, the author's marked opinion and an instruction: nothing a reader could check.
        var score = ScoreHarness.Score("Is the harbour worth saving?\n\nI think the harbour is the best part of town.\n\nRead the council's plan before you vote.\n");

        Assert.False(score.IsRated);
        Assert.Equal(50, score.Value);
        Assert.Equal("N/A", score.Grade);
        Assert.Equal(0, score.Tally.Claims);
        Assert.Equal(22, score.Tally.Words);
    }

    [Fact]
    public void A_document_with_only_a_heading_is_not_rated()
    {
        var score = ScoreHarness.Score("# Notes\n");

        Assert.False(score.IsRated);
        Assert.Equal(50, score.Value);
        Assert.Equal("Notes", Assert.Single(score.Sections).Title);
    }

    [Fact]
    public void A_claim_with_its_source_named_outscores_the_same_claim_without()
    {
        var unsourced = ScoreHarness.Score("Unemployment rose to 7 percent last year.\n");
        var named = ScoreHarness.Score("Unemployment rose to 7 percent last year, according to the Office for National Statistics.\n");
        var linked = ScoreHarness.Score("Unemployment rose to [7 percent](https://example.org/stats) last year.\n");

        Assert.Equal((1, 0, 1), (unsourced.Tally.Claims, unsourced.Tally.SourcedClaims, unsourced.Tally.UnsourcedFigures));
        Assert.Equal((1, 1, 0), (named.Tally.Claims, named.Tally.SourcedClaims, named.Tally.UnsourcedFigures));
        Assert.Equal((1, 1, 1), (linked.Tally.Claims, linked.Tally.SourcedClaims, linked.Tally.Evidence));
        Assert.True(named.Value > unsourced.Value);
        Assert.True(linked.Value > unsourced.Value);
    }

    [Fact]
    public void Dates_and_years_are_not_figures_by_the_same_reading_the_figure_rules_use()
    {
        // One definition of a figure (issue 9): 1750 is a year to the figure rules, so it is one to the score too.
        const string Text = "The council meets on May 14 to vote on the deal it first discussed in 2019.\n\nThe harbour wall was built in 1750 by the town.\n";
        var score = ScoreHarness.Score(Text);

        Assert.Equal(2, score.Tally.Claims);
        Assert.All(ScoreHarness.Facts(Text).Sentences, s => Assert.False(s.Claim.HasFigure));
        Assert.Equal(0, score.Tally.UnsourcedFigures);
    }

    [Fact]
    public void Numbers_in_table_cells_are_not_claims_of_their_own()
    {
        var score = ScoreHarness.Score("| Cache size | Hit rate |\n|---:|---:|\n| 256 MB | 37% |\n| 1 GB | 71% |\n");

        Assert.Equal(0, score.Tally.Claims);
    }

    [Fact]
    public void Headings_split_the_score_into_sections()
    {
        var score = ScoreHarness.Score(
            "# Budget\n\nUnemployment rose to 7 percent last year, according to the Office for National Statistics.\n\n"
            + "## Traffic\n\nCritics say the plan is a mistake. Obviously, the council will approve it.\n");

        Assert.Equal(["Budget", "Traffic"], score.Sections.Select(s => s.Title));
        Assert.Equal((1, 1), (score.Sections[0].Tally.Claims, score.Sections[0].Tally.SourcedClaims));
        Assert.Equal((2, 0, 1, 1), (score.Sections[1].Tally.Claims, score.Sections[1].Tally.SourcedClaims, score.Sections[1].Tally.UnnamedSources, score.Sections[1].Tally.Certainty));
        Assert.True(score.Sections[0].Value > score.Sections[1].Value);
        Assert.Equal(score.Sections.Sum(s => s.Tally.Words), score.Tally.Words);
    }

    [Fact]
    public void Hedges_no_source_in_their_sentence_stands_behind_count_against_the_score_and_a_few_elsewhere_do_not()
    {
        var sourced = "Unemployment rose to 7 percent last year, according to the Office for National Statistics.\n\n";
        var hedgedBack = ScoreHarness.Score(sourced + "The bridge may perhaps open next spring if the data hold.\n");
        var plainBack = ScoreHarness.Score(sourced + "The bridge will open next spring if the data hold.\n");
        var hedgedOwnSource = ScoreHarness.Score(sourced + "The bridge may perhaps open next spring, according to the city's transport plan.\n");
        var hedgedUnsourced = ScoreHarness.Score("Perhaps unemployment rose to 7 percent last year.\n");

        // The second claim is sourced by a reference back to the named source, but nothing in its sentence names who
        // stands behind its hedges.
        Assert.Equal((2, 2), (hedgedBack.Tally.Hedges, hedgedBack.Tally.HedgesOnUnsourcedClaims));
        Assert.Equal(0, hedgedOwnSource.Tally.HedgesOnUnsourcedClaims);
        Assert.Equal(1, hedgedUnsourced.Tally.HedgesOnUnsourcedClaims);
        // Support 2 + 1.5 for the sourced figure claim + 1 for the claim referring back to it + 1 for the one named
        // source. Without hedges: 550 / (5.5 + 1.5) = 79. With its two hedges at a full point each, since nothing in its
        // own sentence names who stands behind them: 550 / (5.5 + 1.5 + 2) = 61. A hedge on an unsourced figure claim
        // costs a full point on top of the claim (1.5; its figure finding costs nothing): 200 / (2 + 1.5 + 1.5 + 1) = 33.
        Assert.Equal(79, plainBack.Value);
        Assert.Equal(61, hedgedBack.Value);
        Assert.True(hedgedOwnSource.Value > hedgedBack.Value, $"{hedgedOwnSource.Value} vs {hedgedBack.Value}");
        Assert.Equal(33, hedgedUnsourced.Value);
    }

    [Fact]
    public void The_authors_sentence_beside_a_named_statement_is_left_out_of_the_count()
    {
        var sourced = "Unemployment rose to 7 percent last year, according to the Office for National Statistics. ";
        var alone = ScoreHarness.Score(sourced + "\n");
        var aside = ScoreHarness.Score(sourced + "The bridge will open next spring.\n");
        var hedgedAside = ScoreHarness.Score(sourced + "The bridge may perhaps open next spring.\n");

        // Neither credited to the statistics office nor counted as a bare assertion (rules/SCORE.md): the score is that of
        // the sourced claim alone, 450 / (4.5 + 1.5) = 75. Its hedges count with the other hedges, beyond the allowance of
        // 5 per 1,000 words of judged claims (12 words): 450 / (6 + 0.25 x (2 - 0.06)) = 69.
        Assert.Equal((1, 1), (aside.Tally.Claims, aside.Tally.SourcedClaims));
        Assert.Equal(75, alone.Value);
        Assert.Equal(alone.Value, aside.Value);
        Assert.Equal((2, 0), (hedgedAside.Tally.Hedges, hedgedAside.Tally.HedgesOnUnsourcedClaims));
        Assert.Equal(69, hedgedAside.Value);
    }

    [Fact]
    public void Several_named_sources_outscore_one_source_repeated()
    {
        // Same claims, same statuses: two on-record voices corroborate; one voice named twice (in full, then by surname) is one.
        var two = ScoreHarness.Score(
            "The mayor approved the contract on Friday, council clerk Ann Lee said.\n\n"
            + "The contract covers the harbour wall, the engineer Tom Price told reporters.\n");
        var one = ScoreHarness.Score(
            "The mayor approved the contract on Friday, council clerk Ann Lee said.\n\n"
            + "The contract covers the harbour wall, Lee told reporters.\n");

        Assert.Equal((2, 2), (two.Tally.Claims, two.Tally.SourcedClaims));
        Assert.Equal((2, 2), (one.Tally.Claims, one.Tally.SourcedClaims));
        Assert.Equal(2, two.Tally.NamedSources);
        Assert.Equal(1, one.Tally.NamedSources);
        // Support 2 + 2 claims + 2 sources against 1.5: 600 / 7.5 = 80; with one source 500 / 6.5 = 77.
        Assert.Equal(80, two.Value);
        Assert.Equal(77, one.Value);
    }

    [Fact]
    public void A_claim_sourced_only_by_its_paragraph_names_no_new_source()
    {
        var score = ScoreHarness.Score("\"The contract covers the whole of the old harbour wall.\" The mayor approved it on Friday, council clerk Ann Lee said.\n");
        var namedAlone = ScoreHarness.Score("The mayor approved it on Friday, council clerk Ann Lee said.\n");

        Assert.Equal((2, 2), (score.Tally.Claims, score.Tally.SourcedClaims));
        Assert.Equal(1, score.Tally.NamedSources);
        // The quotation is Ann Lee's: it earns a sourced claim's credit (500 / (5 + 1.5) = 77 against 400 / (4 + 1.5) = 73
        // alone), but names no second source.
        Assert.Equal((77, 73), (score.Value, namedAlone.Value));
    }
}
