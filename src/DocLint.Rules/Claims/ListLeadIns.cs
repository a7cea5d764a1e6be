using System.Collections.Immutable;
using DocLint.Documents;
using DocLint.Prose;

namespace DocLint.Rules.Claims;

/// <summary>
/// A paragraph's last sentence that ends in a colon before a list ("Here are six takeaways from what happened:", "This
/// leaves the Democratic Party with two options:", "The pared-down plan … would:"): a lead-in whose content is the
/// list's items, which are read as claims one by one, not a claim of its own. The list is a list item block (Markdown)
/// or a paragraph that opens with a list marker ("1. ", "1) ", "A) ", "• ", "- "), as scraped text keeps it. A colon
/// before prose or a quotation ("Two deaths have so far been confirmed from the storm since it made landfall:", then
/// a paragraph on each) introduces no list and the sentence stays a claim.
/// </summary>
internal static class ListLeadIns
{
    /// <summary>The most digits a numbered marker has ("12. ").</summary>
    private const int MaxMarkerDigits = 2;

    public static bool IsLeadIn(ImmutableArray<ProseBlock> blocks, ProseBlock block, Sentence sentence, bool isLastInBlock) =>
        isLastInBlock && EndsInColon(sentence.Tokens) && block.Index + 1 < blocks.Length && OpensList(blocks[block.Index + 1]);

    private static bool EndsInColon(ImmutableArray<Token> tokens)
    {
        var last = tokens.Length - 1;
        while (last > 0 && tokens[last].Kind == TokenKind.Quote)
        {
            last--;
        }

        return last >= 0 && tokens[last].Text == ":";
    }

    private static bool OpensList(ProseBlock next)
    {
        if (next.Kind == ProseBlockKind.ListItem)
        {
            return true;
        }

        var text = next.Text.AsSpan().TrimStart();
        if (text.Length >= 2 && text[0] is '\u2022' or '\u00b7' or '-' or '*' or '\u2013' && text[1] == ' ')
        {
            return true;
        }

        var digits = 0;
        while (digits < text.Length && digits < MaxMarkerDigits && char.IsAsciiDigit(text[digits]))
        {
            digits++;
        }

        // "1. ", "12) "; a capital letter only before ")" ("A) they can surrender."), since "J. Edgar Hoover" opens prose.
        var marker = digits > 0 ? digits : text.Length > 0 && char.IsAsciiLetterUpper(text[0]) ? 1 : 0;
        return marker > 0 && marker + 1 < text.Length && text[marker + 1] == ' '
            && (text[marker] == ')' || (digits > 0 && text[marker] == '.'));
    }
}
