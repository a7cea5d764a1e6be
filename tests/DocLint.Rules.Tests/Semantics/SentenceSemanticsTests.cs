using DocLint.Analysis;
using DocLint.Rules.Semantics;

namespace DocLint.Rules.Tests.Semantics;

public sealed class SentenceSemanticsTests
{
    [Theory]
    [InlineData("Maria Lopez said the plan will fail.", true, false, false)]
    [InlineData("Experts say the plan will fail.", false, true, false)]
    [InlineData("A U.S. official said the plan will fail.", false, true, false)]
    [InlineData("The singer reportedly left.", false, false, true)]
    [InlineData("The plan will fail [3].", true, false, false)]
    [InlineData("We estimate that the plan will cost $5 million.", true, false, false)]
    [InlineData("We think that the plan will fail.", false, false, false)]
    public void Sums_up_the_sources_a_sentence_gives(string text, bool named, bool vague, bool impersonal)
    {
        var fixture = SemanticsFixture.Of(text);
        var semantics = SentenceSemantics.Of(fixture.Document, fixture.Sentence);

        Assert.Equal((named, vague, impersonal), (semantics.HasNamedSource, semantics.HasVagueSource, semantics.HasImpersonalAttribution));
    }

    [Theory]
    [InlineData("The council approved the budget.", false, false, true)]
    [InlineData("Clinton is saying the plan will fail.", true, false, false)]
    [InlineData("Clinton said the plan will fail.", true, true, false)]
    public void A_named_actor_or_a_participial_source_covers_only_its_own_sentence(string text, bool named, bool neighbours, bool actor)
    {
        var fixture = SemanticsFixture.Of(text);
        var semantics = SentenceSemantics.Of(fixture.Document, fixture.Sentence);

        Assert.Equal((named, neighbours, actor), (semantics.HasNamedSource, semantics.HasNamedSourceForNeighbours, semantics.HasNamedActor));
    }

    [Fact]
    public void Is_read_once_per_sentence_and_shared()
    {
        var fixture = SemanticsFixture.Of("Experts say the plan will fail.");

        Assert.Same(SentenceSemantics.Of(fixture.Document, fixture.Sentence), SentenceSemantics.Of(fixture.Document, fixture.Sentence));
    }
}
