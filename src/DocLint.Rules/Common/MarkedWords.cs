using System.Text;
using DocLint.Lexicons;
using DocLint.Prose;

namespace DocLint.Rules.Common;

/// <summary>
/// Whether any token of a sentence is a word of a case-blind class of one-word ASCII entries, answered from the
/// sentence's lexicon marks (<see cref="RuleLexiconSet"/>) where a reader's gate asked the class of every token
/// (issue 11). The class compares with OrdinalIgnoreCase and the lexicon's keys are lower-cased: on ASCII the two
/// agree, so an ASCII token the class holds is marked; a sentence with text outside ASCII asks the class of each such
/// token as before ("ſaid" is read however the class reads it).
/// </summary>
internal static class MarkedWords
{
    public static bool Any(SentenceLexicons lexicons, Lexicon words, Sentence sentence, Func<Token, bool> isWord) =>
        lexicons.Any(words) || (!Ascii.IsValid(sentence.AsSpan()) && AnyOutsideAscii(sentence, isWord));

    private static bool AnyOutsideAscii(Sentence sentence, Func<Token, bool> isWord)
    {
        foreach (var token in sentence.Tokens)
        {
            if (!Ascii.IsValid(token.Text) && isWord(token))
            {
                return true;
            }
        }

        return false;
    }
}
