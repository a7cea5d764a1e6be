using DocLint.Rules.Semantics;

namespace DocLint.Rules.Tests.Semantics;

/// <summary>The verbs of saying that report a person's own act (rules/lexicons/speech-acts.txt).</summary>
public sealed class SpeechActsTests
{
    [Theory]
    [InlineData("said", true)]
    [InlineData("added", true)]
    [InlineData("told", true)]
    [InlineData("tweeted", true)]
    [InlineData("blamed", true)]
    [InlineData("showed", false)]
    [InlineData("found", false)]
    public void Holds_the_verbs_of_a_persons_own_act(string word, bool expected)
    {
        Assert.Equal(expected, SpeechActs.Verbs.ContainsWord(word));
    }
}
