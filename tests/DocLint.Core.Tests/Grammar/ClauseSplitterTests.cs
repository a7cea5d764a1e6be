using DocLint.Grammar;

namespace DocLint.Core.Tests.Grammar;

public sealed class ClauseSplitterTests
{
    private static readonly Chunker Chunker = new(GrammarLexicons.Default);
    private static readonly ClauseSplitter Splitter = new(GrammarLexicons.Default);

    [Theory]
    [InlineData(
        "Officials_NNS said_VBD that_IN the_DT plan_NN failed_VBD ._.",
        "Main: Officials said | Subordinate: that the plan failed .")]
    [InlineData(
        "The_DT plan_NN ,_, which_WDT critics_NNS oppose_VBP ,_, passed_VBD easily_RB ._.",
        "Main: The plan , | Relative: which critics oppose , | Main: passed easily .")]
    [InlineData(
        "Prices_NNS rose_VBD ,_, and_CC wages_NNS fell_VBD ._.",
        "Main: Prices rose , | Coordinate: and wages fell .")]
    [InlineData(
        "Cats_NNS and_CC dogs_NNS were_VBD rescued_VBN ._.",
        "Main: Cats and dogs were rescued .")]
    [InlineData(
        "If_IN the_DT talks_NNS fail_VBP ,_, workers_NNS will_MD strike_VB ._.",
        "Subordinate: If the talks fail , | Main: workers will strike .")]
    [InlineData(
        "The_DT mayor_NN may_MD run_VB again_RB ,_, though_IN she_PRP has_VBZ not_RB decided_VBN ._.",
        "Main: The mayor may run again , | Subordinate: though she has not decided .")]
    [InlineData(
        "Turnout_NN fell_VBD ;_: analysts_NNS blamed_VBD the_DT weather_NN ._.",
        "Main: Turnout fell | Coordinate: ; analysts blamed the weather .")]
    [InlineData(
        "Nobody_NN knows_VBZ when_WRB the_DT vote_NN will_MD happen_VB ._.",
        "Main: Nobody knows | Subordinate: when the vote will happen .")]
    public void Splits_sentences_into_flat_clauses(string tagged, string expected)
    {
        var line = Tagged.Line(tagged);
        var chunks = Chunker.Find(line.Tokens, line.Tags);

        var clauses = Splitter.Split(line.Tokens, line.Tags, chunks);

        Assert.Equal(expected, Tagged.Render(line.Tokens, clauses));
        Assert.Equal(line.Tokens.Length, clauses.Sum(c => c.Length));
    }
}
