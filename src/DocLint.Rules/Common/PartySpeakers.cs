using System.Collections.Immutable;
using DocLint.Prose;

namespace DocLint.Rules.Common;

/// <summary>
/// The one test of "a party's members speaking as the party", which the source reader (SourcePhraseClassifier) and the
/// claim reader (ClaimSignals) both ask; written twice, the two answered "Key Democrats say" differently.
/// </summary>
internal static class PartySpeakers
{
    // How far back the claim reader looks for a subset word when it has only the party word, not the whole phrase
    // ("other Senate Republicans", "Key House Democrats").
    private const int LookBackTokens = 2;

    /// <summary>
    /// "Republicans said", "Senate Democrats insist": <paramref name="head"/> is a capitalised party's members
    /// (class-party-members.txt) and no word from <paramref name="start"/> up to it picks out some of them ("other
    /// Republicans", "Key Democrats": class-party-subset-words.txt). The capital matters: "Social democrats believe" is an
    /// ideology's followers, a group at large.
    /// </summary>
    public static bool IsParty(ImmutableArray<Token> tokens, int start, int head)
    {
        if (!tokens[head].IsCapitalized || !WordClasses.PartyMembers.Contains(tokens[head].Text))
        {
            return false;
        }

        for (var i = start; i < head; i++)
        {
            if (WordClasses.PartySubsetWords.Contains(tokens[i].Text))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// <see cref="IsParty(ImmutableArray{Token}, int, int)"/> for a reader that knows only the party word: the words just
    /// before it that belong to its noun phrase stand in for the phrase.
    /// </summary>
    public static bool IsParty(ImmutableArray<Token> tokens, int head)
    {
        var start = head;
        while (start > 0 && head - start < LookBackTokens && TokenSpans.IsWord(tokens[start - 1]))
        {
            start--;
        }

        return IsParty(tokens, start, head);
    }
}
