using DocLint.Rules.Certainty;
using DocLint.Rules.Tests.Semantics;

namespace DocLint.Rules.Tests.Certainty;

/// <summary>
/// The clause DL4001 reads back to the last punctuation mark (mend47: one walk for the negation look-back, the awaited
/// frame's opener and the stated-content subject, which each wrote it).
/// </summary>
public sealed class PunctuatedClauseTests
{
    // "In Washington , the policy is not clear ." : tokens 0-1, the comma 2, then 3-7, the stop 8.
    [Theory]
    [InlineData(6, int.MaxValue, 3)]
    [InlineData(3, int.MaxValue, 3)]
    [InlineData(1, int.MaxValue, 0)]
    [InlineData(0, int.MaxValue, 0)]
    // A mark belongs to the clause it closes.
    [InlineData(2, int.MaxValue, 0)]
    [InlineData(8, int.MaxValue, 3)]
    // The negation look-back reaches two tokens at most, and never past the comma.
    [InlineData(8, 2, 6)]
    [InlineData(4, 2, 3)]
    [InlineData(1, 2, 0)]
    [InlineData(6, 0, 6)]
    public void Starts_after_the_last_punctuation_mark_within_reach(int index, int reach, int expected)
    {
        var tokens = SemanticsFixture.Of("In Washington, the policy is not clear.").Sentence.Tokens;

        Assert.Equal(expected, PunctuatedClause.StartOf(tokens, index, reach));
    }
}
