using DocLint.Rules.Hedging;
using DocLint.Rules.Tests.Semantics;

namespace DocLint.Rules.Tests.Hedging;

/// <summary>
/// The embedded-question walk DL1002 asks: from a modal back over the question's subject to the word that opens the
/// question or free relative, or nothing when the modal is the main clause's.
/// </summary>
public sealed class EmbeddedQuestionReaderTests
{
    [Theory]
    // A question word, then a subject (pronoun, name, noun), then the modal.
    [InlineData("Reporters asked how he could explain them.", "could", "how")]
    [InlineData("It is unclear what Republicans may demand.", "may", "what")]
    [InlineData("The poll shows why some people might be inclined to stay.", "might", "why")]
    // A demonstrative subject.
    [InlineData("He gave few details about what that might entail.", "might", "what")]
    [InlineData("Nobody knows how exactly this might play out.", "might", "how")]
    // An abbreviation inside the subject.
    [InlineData("Officials did not say what role the U.S. could play.", "could", "what")]
    // A participle before the subject's noun, straight after the question word or the question's noun.
    [InlineData("It is unclear what impact loosened restrictions could have.", "could", "what")]
    [InlineData("The study asks how increased political polarization could be detected.", "could", "how")]
    // hedges54: coordinated participles before the noun; a verb's tag after a determiner and a modifier.
    [InlineData("Economists are reframing what a reopened or rehabilitated economy might look like.", "might", "what")]
    [InlineData("Analysts asked how this deepening divide might affect the vote.", "might", "how")]
    // A concessive free relative, at the start of a sentence too.
    [InlineData("The plan will go ahead, whatever the case may be.", "may", "whatever")]
    [InlineData("However cathartic it may be, the vote changes nothing.", "may", "However")]
    // "whether", past the five words class-modal-clause-openers reaches (hedges32).
    [InlineData("Nobody asked whether his handling of the outbreak may hurt the president.", "may", "whether")]
    // No subject between the question word and the modal: the author's guess.
    [InlineData("It was in what could be the largest protest in years.", "could", "")]
    // A finite verb or "to" between them makes the modal the main clause's.
    [InlineData("How the court is viewed could affect the ruling.", "could", "")]
    [InlineData("What we saw in Britain could happen here.", "could", "")]
    [InlineData("How to pay for them could become the main question.", "could", "")]
    // A participle after the subject is the question's verb, coordinated too.
    [InlineData("Nobody knows how the plan changed and raised prices could matter.", "could", "")]
    [InlineData("Nobody knows how the plan changed prices could matter.", "could", "")]
    // Opening a sentence or what follows a colon, the question word promises an explanation.
    [InlineData("Why Beto O'Rourke could be the nominee.", "could", "")]
    [InlineData("Don't miss: Why flexible work options could be a game changer.", "could", "")]
    // A finite verb after "whether" ends its clause before the modal.
    [InlineData("Whether the governor signs the bill matters because the state court may strike it down.", "may", "")]
    // A linking "however" before a content clause.
    [InlineData("There is the possibility however that he may win.", "may", "")]
    // A comma between the opener and the modal ends the walk.
    [InlineData("Whatever happens, prices may rise.", "may", "")]
    // No question word at all.
    [InlineData("The plan could fail next year.", "could", "")]
    public void Finds_the_word_that_opens_the_modals_question(string text, string modal, string opener)
    {
        var fixture = SemanticsFixture.Of(text);
        var tokens = fixture.Sentence.Tokens;
        var grammar = fixture.Document.Grammar(fixture.Sentence);

        var index = EmbeddedQuestionReader.OpenerOf(tokens, grammar, fixture.IndexOf(modal));

        Assert.Equal(opener, index < 0 ? "" : tokens[index].Text);
        Assert.Equal(opener.Length > 0, EmbeddedQuestionReader.IsInside(tokens, grammar, fixture.IndexOf(modal)));
    }
}
