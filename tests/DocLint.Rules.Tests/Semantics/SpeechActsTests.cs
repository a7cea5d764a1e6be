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
    // A written statement is the writer's act: "the unnamed official wrote" (DL3001), "As Klein writes" (DL5001).
    [InlineData("wrote", true)]
    [InlineData("writes", true)]
    [InlineData("written", false)]
    [InlineData("showed", false)]
    [InlineData("found", false)]
    public void Holds_the_verbs_of_a_persons_own_act(string word, bool expected)
    {
        Assert.Equal(expected, SpeechActs.Verbs.ContainsWord(word));
    }
}
