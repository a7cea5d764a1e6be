using System.Collections.Immutable;
using DocLint.Prose;

namespace DocLint.Rules.Common;

/// <summary>
/// The Hill's inline hover card, scraped into the sentence after a lawmaker's name: the name again, run into the first
/// of several headlines of other pages, then "MORE" ("Reps. John Lewis John LewisDemocrats ramp up oversight … The 13
/// House Democrats who back … MORE (Ga.)"). The headlines are page furniture (GUIDELINES section 5), never the author's
/// figures or sources; the gold labels nothing in 94 such sentences (new46). A card is read only whole: from the joined
/// word to its "MORE" in the same sentence.
/// </summary>
internal static class LinkCards
{
    // The card's closing link text, written in capitals.
    private const string CardEnd = "MORE";

    // The name the card repeats stands just before it ("Donald John TrumpKamala …" after "President Trump").
    private const int NameReach = 6;

    /// <summary>
    /// The sentence's cards as token ranges, first to last, each from its joined word to its "MORE" inclusive; empty when
    /// it has none. Found once per sentence (<see cref="Semantics.SentenceSemantics.InLinkCard"/>) for every rule that asks.
    /// </summary>
    public static (int Start, int End)[] Find(Sentence sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var tokens = sentence.Tokens;
        List<(int Start, int End)>? cards = null;
        for (var start = 0; start < tokens.Length; start++)
        {
            if (!OpensCard(tokens, start))
            {
                continue;
            }

            var end = start + 1;
            while (end < tokens.Length && !ClosesCard(tokens[end]))
            {
                end++;
            }

            // A card is read only whole: with no "MORE" after it, neither it nor anything later is one.
            if (end == tokens.Length)
            {
                break;
            }

            (cards ??= []).Add((start, end));
            start = end;
        }

        return cards is null ? [] : [.. cards];
    }

    // A word with the name's last letter run into a headline's first capital or digit ("LewisDemocrats",
    // "McConnellGOP", "Warren2020", "WolfChad"), where one side of the join repeats a word just before it.
    private static bool OpensCard(ImmutableArray<Token> tokens, int index)
    {
        var text = tokens[index].Text;
        if (!tokens[index].IsWord)
        {
            return false;
        }

        for (var join = 2; join < text.Length; join++)
        {
            if (!char.IsLower(text[join - 1]) || !(char.IsUpper(text[join]) || char.IsDigit(text[join])))
            {
                continue;
            }

            var name = text[..join];
            var rest = text[join..];
            for (var before = Math.Max(0, index - NameReach); before < index; before++)
            {
                if (tokens[before].Text == name || tokens[before].Text == rest)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool ClosesCard(Token token) =>
        token.Text == CardEnd
        || (token.Text.StartsWith(CardEnd, StringComparison.Ordinal) && ApostropheS.IsClitic(token.Text[CardEnd.Length..]));
}
