using DocLint.Grammar;

namespace DocLint.Core.Tests.Grammar;

public sealed class EntityGuesserTests
{
    private static readonly EntityGuesser Guesser = new(GrammarLexicons.Default);

    // Entity guesses over hand-given tags, so these rows test the cues and not the tagger.
    [Theory]
    [InlineData(
        "Sen._NNP Elizabeth_NNP Warren_NNP told_VBD Fox_NNP News_NNP that_IN the_DT Department_NNP of_IN Justice_NNP erred_VBD ._.",
        "Person: Sen. Elizabeth Warren | Outlet: Fox News | Organization: Department of Justice")]
    [InlineData(
        "A_DT U.S._NNP official_NN told_VBD The_DT New_NNP York_NNP Times_NNP ._.",
        "Name: U.S. | Outlet: The New York Times")]
    [InlineData(
        "Researchers_NNS at_IN Stanford_NNP University_NNP and_CC the_DT FBI_NNP disagreed_VBD ._.",
        "Organization: Stanford University | Organization: FBI")]
    [InlineData(
        "President_NNP Biden_NNP and_CC Chancellor_NNP Olaf_NNP Scholz_NNP met_VBD in_IN Berlin_NNP ._.",
        "Person: President Biden | Person: Chancellor Olaf Scholz | Name: Berlin")]
    [InlineData(
        "Critics_NNS say_VBP the_DT hill_NN is_VBZ steep_JJ ._.",
        "")]
    [InlineData(
        "Acme_NNP Corp._NNP said_VBD profits_NNS rose_VBD ,_, according_VBG to_TO Reuters_NNP ._.",
        "Organization: Acme Corp. | Outlet: Reuters")]
    [InlineData(
        "Trump's_NNP|POS lawyers_NNS met_VBD the_DT Bank_NNP of_IN the_DT West_NNP ._.",
        "Name: Trump's | Organization: Bank of the West")]
    [InlineData(
        "Officials_NNS at_IN the_DT Department_NNP of_IN Health_NNP and_CC Human_NNP Services_NNPS agreed_VBD ._.",
        "Organization: Department of Health and Human Services")]
    [InlineData(
        "Secretary_NNP of_IN State_NNP Antony_NNP Blinken_NNP spoke_VBD ._.",
        "Person: Secretary of State Antony Blinken")]
    public void Guesses_entities_from_capitals_titles_organisation_words_and_outlets(string tagged, string expected)
    {
        var line = Tagged.Line(tagged);

        var entities = Guesser.Guess(line.Tokens, line.Tags);

        Assert.Equal(expected, Tagged.Render(line.Tokens, entities));
    }

    [Fact]
    public void A_sentence_initial_capital_is_a_name_only_when_tagged_as_one()
    {
        var common = Tagged.Line("Officials_NNS declined_VBD ._.");
        var name = Tagged.Line("Warren_NNP declined_VBD ._.");

        Assert.Empty(Guesser.Guess(common.Tokens, common.Tags));
        Assert.Equal("Name: Warren", Tagged.Render(name.Tokens, Guesser.Guess(name.Tokens, name.Tags)));
    }

    [Fact]
    public void Each_guess_says_which_cue_decided_it()
    {
        var line = Tagged.Line("Dr._NNP Ann_NNP Lee_NNP of_IN Acme_NNP Inc._NNP spoke_VBD to_TO CNN_NNP ._.");

        var entities = Guesser.Guess(line.Tokens, line.Tags);

        Assert.Equal(["Person dr.", "Organization inc.", "Outlet cnn"], entities.Select(e => $"{e.Kind} {e.Cue}"));
    }
}
